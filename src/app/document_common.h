#pragma once
// What the document use cases share (app/documents.h): loading a version with its document,
// the reading rule, text checks and building a comment record from its input.

#include <cstdint>
#include <string>
#include <utility>

#include "app/documents.h"

namespace daihoi::app::documents_detail {

inline constexpr size_t kMaxCommentChars = 5000;
inline constexpr size_t kMaxTitleChars = 500;

struct Loaded {
  DocumentRecord document;
  VersionRecord version;
};

// kNotFound naming `field` for an unknown version.
Result<Loaded> LoadVersion(Store& store, int64_t version_id,
                           const std::string& field = "version_id");

// kReadRegistry at the congress's organization, or kUnitCongress at a unit the version is
// published to; the first refusal otherwise.
Status AuthorizeRead(Store& store, const Actor& actor, const Loaded& loaded);

// Whether the actor holds kPlan at the congress's organization (sees contacts, enters any
// comment at any time).
bool Plans(Store& store, const Actor& actor, const DocumentRecord& document);

// text::Normalize'd; kInvalidInput naming `field` when empty (and `required`) or longer than
// `max_chars` characters.
Result<std::string> CleanText(const std::string& text, const std::string& field, size_t max_chars,
                              bool required);

// The text of a version as stored: every heading and paragraph text::Normalize'd, numbered
// (documents::Numbered); kInvalidInput naming `content` when no section is left.
Result<documents::Content> CleanContent(const documents::Content& content);

// The organization's name, or its code when unknown.
std::string OrgName(Store& store, const std::string& code);

// The version and its publication when open to the public on `day` (show_public_draft.cpp);
// kNotFound otherwise, the same answer as for an unknown version.
Result<std::pair<Loaded, PublicationRecord>> OpenToPublic(Store& store, int64_t version_id,
                                                          Date day);

// Whether `day` is inside the publication's dates.
bool IsOpen(const PublicationRecord& publication, Date day);

// The anchor of a comment on `content` (documents::MakeAnchor), kInvalidInput naming `section`
// or `quote`.
Result<documents::Anchor> AnchorOn(const documents::Content& content, int section_ordinal,
                                   const std::string& quote, int occurrence);

// The record of a signed-in user's comment, checked (fields as in app/documents.h), without
// authorization: the caller decides who may add it.
Result<CommentRecord> CommentOf(const CommentInput& input, const documents::Content& content,
                                const Actor& actor);

// Who may add `input` on the loaded version (app/documents.h, AddComment): kPlan at the
// congress's organization at any time while published; a unit clerk for its unit, when the
// version is published to it and open on `day`. kConflict when the version is not published.
Status AuthorizeComment(Store& store, const Actor& actor, const Loaded& loaded,
                        const CommentInput& input, Date day);

}  // namespace daihoi::app::documents_detail
