#pragma once
// JSON ↔ draft congress documents and the comments on them (app/documents.h) for the API
// (docs/api.md, "Draft documents and comments"). Field names are the glossary's English
// identifiers; every enum is its word ("political_report", "pending", "not_accepted") with a
// Vietnamese `…_label` beside it for the web app.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/documents.h"
#include "common/result.h"

namespace daihoi::json {

// {"id", "document_id", "number", "status", "status_label", "change_log", "source_name",
// "created_by", "created_at", "sections", "paragraphs"}.
nlohmann::ordered_json VersionToJson(const app::VersionRecord& version);

// {"id", "org_code", "org_name", "term", "kind", "kind_label", "title", "created_at",
// "versions": [Version]}.
nlohmann::ordered_json DocumentViewToJson(const app::DocumentView& view);

// {"sections": [{"ordinal", "heading", "level", "paragraphs": [{"ordinal", "key", "text"}]}]}.
nlohmann::ordered_json ContentToJson(const documents::Content& content);

// {"is_public", "units", "open", "close", "published_by", "published_at"}.
nlohmann::ordered_json PublicationToJson(const app::PublicationRecord& publication);

// {"document": {…without versions}, "version": Version, "content", "publication" | null,
// "takes_in_comments", "takes_in_groups", "comments": {"pending", "shown", "hidden"}}.
nlohmann::ordered_json VersionViewToJson(const app::VersionView& view);

// {"paragraphs_added", …, "sections": [{"change", "old_ordinal", "new_ordinal", "old_heading",
// "new_heading", "paragraphs": [{"change", "old_key", "new_key", "old_text", "new_text",
// "words": [{"op": "same" | "inserted" | "deleted", "text"}]}]}]}.
nlohmann::ordered_json DiffToJson(const documents::ContentDiff& diff);

// {"section", "paragraph_key", "quote", "before", "after", "section_heading"}.
nlohmann::ordered_json AnchorToJson(const documents::Anchor& anchor);

// {"disposition", "label", "explanation", "decided_by", "decided_at"}, null when absent.
nlohmann::ordered_json DispositionToJson(const std::optional<app::DispositionRecord>& record);

// A comment as ListComments shows it; "citizen_contact" only when the reader may see it.
nlohmann::ordered_json CommentViewToJson(const app::CommentView& view);

// A group of the synthesis: {"id", "section", "section_heading", "representative_id",
// "representative_text", "size", "agreed_members", "units", "citizens", "former_leaders",
// "unit_comments", "disposition"}.
nlohmann::ordered_json GroupViewToJson(const app::GroupView& view);

// One count row; `key_name` names its key ("section", "org_code" or "source").
nlohmann::ordered_json CountRowToJson(const documents::CountRow& row, const char* key_name);

// The synthesis: {"document", "version", "counts": {"comments", "per_section", "per_unit",
// "per_source"}, "pending", "groups_total", "comments_grouped", "groups"}. Section rows carry
// their heading and unit rows their name when `content` / `unit_names` know them.
nlohmann::ordered_json SynthesisToJson(const app::SynthesisView& view,
                                       const documents::Content& content,
                                       const std::map<std::string, std::string>& unit_names);

// The public page: {"version_id", "title", "kind", "kind_label", "org_name", "term", "number",
// "open", "close"}.
nlohmann::ordered_json PublicDraftSummaryToJson(const app::PublicDraftSummary& draft);

// Request bodies → use-case inputs; kInvalidInput naming the field.
// {"public", "units", "open", "close"}.
Result<app::PublicationInput> PublicationFromJson(const nlohmann::json& body);
// {"section", "quote", "occurrence", "text", "source", "org_code", "on_behalf_of_meeting",
// "agreed_members", "citizen_name", "citizen_contact"}.
Result<app::CommentInput> CommentInputFromJson(const nlohmann::json& body);
// {"section", "quote", "occurrence", "text", "name", "contact", "website"} (the honeypot).
Result<app::PublicCommentInput> PublicCommentFromJson(const nlohmann::json& body);
// {"disposition": word | null, "explanation"}.
Result<app::DispositionInput> DispositionFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
