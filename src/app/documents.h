#pragma once
// Draft congress documents and the consultation on them (GLOSSARY: văn kiện Document, dự thảo
// Draft, góp ý Comment, tổng hợp ý kiến CommentSynthesis; the pure model is
// documents/documents.h, the storage port app/ports/document_store.h). One file per use case:
// save_draft.cpp, edit_draft.cpp, list_documents.cpp, show_draft.cpp, diff_drafts.cpp,
// publish_draft.cpp, list_public_drafts.cpp, show_public_draft.cpp, add_public_comment.cpp,
// add_comment.cpp, import_comments.cpp, list_comments.cpp, moderate_comment.cpp,
// build_synthesis.cpp, show_synthesis.cpp, set_disposition.cpp, carry_over_comments.cpp;
// document_common.cpp holds what they share.
//
// Authorization (docs/security.md), at the congress's organization unless said otherwise:
//   - drafts, publishing, moderation, synthesis, dispositions, comments entered by the documents
//     subcommittee (any source): kPlan;
//   - reading a draft and its comments: kReadRegistry, or kUnitCongress at one of the units the
//     version is published to (a ward's clerk reads the draft it comments on);
//   - a unit's comment: kUnitCongress at the commenting unit, which must be one the version is
//     published to, while the publication is open (open <= today <= close, Vietnam time);
//   - the public page: no grant at all (the anonymous actor "public"), only while the version is
//     published to the public and open; otherwise kNotFound, so unpublished drafts do not leak.
// A citizen's contact is personal: only kPlan at the congress's organization sees it.
//
// Every write appends one audit record in its transaction (app/audit.h): "draft.save",
// "draft.edit", "draft.publish", "comment.add", "comment.public", "comment.import",
// "comment.moderate", "comment.group", "comment.dispose". Texts, names and contacts are never
// copied into the audit text (only ids and counts).
//
// Errors: kInvalidInput naming the field (`version_id`, `section`, `quote`, `text`, `source`,
// `org_code`, `agreed_members`, `units`, `open`, `close`, `explanation`, …); for an import also
// the file and the 1-based row (the header is row 1); kNotFound for an unknown document, version,
// comment or group; kConflict for editing a version no longer a draft or commenting on one not
// published; kForbidden outside scope; kRuleViolation for the public page's abuse controls
// (rate limit).

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/clock.h"
#include "app/ports/document_store.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "documents/documents.h"

namespace daihoi::app {

// ---------------------------------------------------------------------------------------------
// Drafts.

struct DraftInput {
  // Adds the next version to this document; when absent a new document is created from
  // org_code, term, kind and title (all required then, title at most 500 characters).
  std::optional<int64_t> document_id;
  std::string org_code;
  std::string term;
  documents::DocumentKind kind = documents::DocumentKind::kPoliticalReport;
  std::string title;
  std::string change_log;      // optional for version 1
  std::string source_name;     // the imported file's name; empty when typed in
  documents::Content content;  // at least one section; renumbered (documents::Numbered)
  // Comments and groups of earlier versions of the same document this version takes in.
  std::vector<int64_t> takes_in_comments;
  std::vector<int64_t> takes_in_groups;
};

struct DraftRef {
  int64_t document_id = 0;
  int64_t version_id = 0;
  int number = 0;
};

// kPlan. Texts pass text::Normalize. Returns the new version.
Result<DraftRef> SaveDraft(Store& store, const Actor& actor, const DraftInput& input);

// Replaces the text (and change log) of a version while it is a draft (kConflict after it is
// published). kPlan.
Status EditDraft(Store& store, const Actor& actor, int64_t version_id,
                 const documents::Content& content, const std::string& change_log);

struct DocumentView {
  DocumentRecord document;
  std::string org_name;
  std::vector<VersionRecord> versions;  // by number, with section and paragraph counts
};

// The documents of a congress (every term when `term` is empty). kReadRegistry.
Result<std::vector<DocumentView>> ListDocuments(Store& store, const Actor& actor,
                                                const std::string& org_code,
                                                const std::string& term);

struct VersionView {
  DocumentRecord document;
  std::string org_name;
  VersionRecord version;
  documents::Content content;
  std::optional<PublicationRecord> publication;
  std::map<std::string, std::string> unit_names;  // the publication's units: code → name
  std::vector<int64_t> takes_in_comments;
  std::vector<int64_t> takes_in_groups;
  // Comments on the version per status.
  int64_t pending = 0;
  int64_t shown = 0;
  int64_t hidden = 0;
};

// kReadRegistry, or kUnitCongress at a unit the version is published to.
Result<VersionView> ShowDraft(Store& store, const Actor& actor, int64_t version_id);

// Two versions of the same document (kInvalidInput naming `new_version` otherwise). Reading
// rights as ShowDraft on both.
Result<documents::ContentDiff> DiffDrafts(Store& store, const Actor& actor, int64_t old_version,
                                          int64_t new_version);

struct PublicationInput {
  bool is_public = false;
  std::vector<std::string> units;  // org codes strictly below the congress's organization
  std::optional<Date> open;        // required
  std::optional<Date> close;       // required, not before open
};

// Publishes the version (at least one of is_public / units, else kInvalidInput naming `units`);
// an earlier published version of the document becomes superseded. Publishing again replaces
// the publication (to move the dates or add units). kPlan.
Status PublishDraft(Store& store, const Actor& actor, int64_t version_id,
                    const PublicationInput& input);

// ---------------------------------------------------------------------------------------------
// The public page (no account).

struct PublicDraftSummary {
  int64_t version_id = 0;
  std::string title;
  documents::DocumentKind kind = documents::DocumentKind::kPoliticalReport;
  std::string org_name;
  std::string term;
  int number = 0;
  Date open;
  Date close;
};

// Versions published to the public and open today (Vietnam time), newest first.
Result<std::vector<PublicDraftSummary>> ListPublicDrafts(Store& store, const Clock& clock);

struct PublicDraftView {
  PublicDraftSummary draft;
  documents::Content content;
  // Shown comments per section ordinal (index 0: the whole document), for "N ý kiến".
  std::vector<int64_t> comments_per_section;
};

// kNotFound unless the version is published to the public and open today.
Result<PublicDraftView> ShowPublicDraft(Store& store, const Clock& clock, int64_t version_id);

// The abuse controls of the public page (parameters, not constants).
struct PublicCommentPolicy {
  size_t max_text_chars = 5000;  // in characters (UTF-8 code points)
  size_t max_name_chars = 200;
  size_t max_contact_chars = 200;
  int max_per_window = 5;        // comments per client address …
  int64_t window_seconds = 600;  // … in this many seconds
};

struct PublicCommentInput {
  int64_t version_id = 0;
  int section_ordinal = 0;  // 0: the whole document
  std::string quote;        // optional: a quoted range of the section
  int occurrence = 0;       // which occurrence of the quote (from 0)
  std::string text;         // required
  std::string name;         // optional
  std::string contact;      // optional (phone or e-mail); personal
  std::string honeypot;     // a field hidden from people: must be empty (kInvalidInput otherwise)
  std::string client_address;  // the caller's IP address; only its SHA-256 is stored
};

// A citizen's comment: status pending (the moderation queue), actor "public". kNotFound when
// the version is not open to the public today; kInvalidInput for the size limits, an unknown
// section or quote, a filled honeypot; kRuleViolation (field `client_address`) when the address
// gave max_per_window comments in the window. Returns the comment's id.
Result<int64_t> AddPublicComment(Store& store, const Clock& clock, const PublicCommentInput& input,
                                 const PublicCommentPolicy& policy = {});

// ---------------------------------------------------------------------------------------------
// Comments of units, former leaders and citizens' letters (signed-in users).

struct CommentInput {
  int64_t version_id = 0;
  int section_ordinal = 0;  // 0: the whole document
  std::string quote;
  int occurrence = 0;
  std::string text;  // required, at most 5,000 characters
  documents::CommentSource source = documents::CommentSource::kUnit;
  std::string org_code;  // required for a unit: the commenting unit
  bool on_behalf_of_meeting = false;
  int64_t agreed_members = 0;  // >= 0; only with on_behalf_of_meeting
  std::string citizen_name;    // citizens and former leaders
  std::string citizen_contact;
};

// Stored shown. A unit clerk (kUnitCongress at org_code) comments only for a unit the version is
// published to, while open; kPlan at the congress's organization enters any source at any time
// while the version is published. Returns the id.
Result<int64_t> AddComment(Store& store, const Clock& clock, const Actor& actor,
                           const CommentInput& input);

// A whole file of comments (CLI `comment import`, the XLSX/CSV upload): every row is checked
// first (errors carry `file`, `row` = index + 2 and the field), then all are written in one
// transaction through the bulk path, or none. Each row is authorized as AddComment. Returns how
// many were stored.
Result<int64_t> ImportComments(Store& store, const Clock& clock, const Actor& actor,
                               const std::vector<CommentInput>& rows, const std::string& file_name);

struct CommentQuery {
  int64_t version_id = 0;  // required
  std::optional<int> section_ordinal;
  std::optional<documents::CommentStatus> status;
  std::optional<documents::CommentSource> source;
  std::string org_code;
  std::optional<int64_t> group_id;
  std::string text;
  int64_t offset = 0;
  int64_t limit = 100;  // 0: all (exports)
};

struct CommentView {
  CommentRecord comment;  // citizen_contact emptied unless contact_visible
  std::string org_name;   // the unit's name, for a unit's comment
  std::string section_heading;
  bool contact_visible = false;
  std::optional<DispositionRecord> group_disposition;  // of its group, when grouped
  // EffectiveDisposition: its own, else its group's.
  std::optional<documents::Disposition> effective;
  std::string effective_explanation;
};

// Reading rights as ShowDraft; a unit clerk without kReadRegistry at the congress sees only its
// own unit's comments.
Result<Page<CommentView>> ListComments(Store& store, const Actor& actor, const CommentQuery& query);

// pending → shown / hidden (a reason required: kInvalidInput naming `reason`), or back. kPlan.
Status ModerateComment(Store& store, const Actor& actor, int64_t comment_id,
                       documents::CommentStatus status, const std::string& reason);

// ---------------------------------------------------------------------------------------------
// Synthesis and dispositions.

struct GroupView {
  CommentGroupRecord group;
  std::string section_heading;
  std::vector<std::string> units;  // org codes of the unit members, sorted, distinct
  int64_t citizens = 0;            // members per source
  int64_t former_leaders = 0;
  int64_t unit_comments = 0;
};

struct SynthesisFilter {
  std::optional<int> section_ordinal;
  std::optional<documents::CommentSource> source;  // groups with a member of this source
  std::string org_code;                            // groups with a member from this unit
  // "undecided", or a documents::Disposition word; empty: all.
  std::string disposition;
  int64_t min_size = 1;
  int64_t offset = 0;
  int64_t limit = 100;  // 0: all
};

struct SynthesisView {
  DocumentRecord document;
  std::string org_name;
  VersionRecord version;
  documents::SynthesisCounts counts;  // over the shown comments
  int64_t pending = 0;                // comments still waiting for moderation
  std::vector<GroupView> groups;      // filtered, largest first
  int64_t groups_total = 0;           // groups matching the filter, ignoring offset/limit
  int64_t comments_grouped = 0;       // members over all groups
};

// Groups the shown comments (documents::GroupComments) and stores the groups, replacing the
// previous ones; a new group keeps the disposition of the previous group whose representative
// it contains. kPlan. Returns the unfiltered synthesis (first 100 groups).
Result<SynthesisView> BuildSynthesis(Store& store, const Actor& actor, int64_t version_id,
                                     const documents::GroupingParams& params = {});

// The stored synthesis with current counts. kPlan (the subcommittee's own work).
Result<SynthesisView> ShowSynthesis(Store& store, const Actor& actor, int64_t version_id,
                                    const SynthesisFilter& filter = {});

struct DispositionInput {
  enum class Target { kComment, kGroup };
  Target target = Target::kComment;
  int64_t id = 0;
  // nullopt clears it (a member then follows its group again).
  std::optional<documents::Disposition> disposition;
  std::string explanation;  // required for explained and not_accepted
};

// A comment's own disposition overrides its group's. kPlan.
Status SetDisposition(Store& store, const Actor& actor, const DispositionInput& input);

struct CarriedComment {
  CommentRecord comment;         // of the previous version (contact emptied)
  documents::Reanchored anchor;  // on this version
  bool taken_in = false;         // listed by this version's takes-in
};

// The comments of the version before `version_id` re-anchored to its text (exact, fuzzy or
// orphaned). Reading rights as ShowDraft (contacts never shown here).
Result<std::vector<CarriedComment>> CarryOverComments(Store& store, const Actor& actor,
                                                      int64_t version_id);

// "Vietnam today": the civil date at UTC+7 of a clock's time.
Date VietnamDay(const Clock& clock);

// The actor of the public page: no grants, recorded as "public".
Actor PublicActor();

struct DemoData;
// The demo's documents (demo_documents.cpp): Ba Đình's political report draft for congress
// XXVI, published to the public and to three wards 1/4–30/4/2020, with ~40 comments. Once:
// nothing when a document of BADINH 2020-2025 exists or the organization is missing.
Status LoadDocumentsDemo(Store& store);

}  // namespace daihoi::app
