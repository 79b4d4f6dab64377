#pragma once
// The storage port of draft congress documents and the comments on them (GLOSSARY: Document,
// Draft, Comment, CommentSynthesis; app/documents.h has the use cases): documents of a congress,
// their versions with sections and paragraphs, publications, comments with their anchors and
// moderation, the near-duplicate groups of a synthesis, dispositions and the comments a later
// version took in. Implemented over portable SQL by storage::SqlDocumentStore, which both
// engines' stores derive from. Every method is one statement or one transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "documents/documents.h"

namespace daihoi::app {

struct DocumentRecord {
  int64_t id = 0;
  std::string org_code;  // the congress's organization
  std::string term;      // the congress's term, "2020-2025"
  documents::DocumentKind kind = documents::DocumentKind::kPoliticalReport;
  std::string title;  // "Báo cáo chính trị của Ban Chấp hành Đảng bộ quận khóa XXV …"
  std::string created_at;  // UTC, set by the store
};

struct VersionRecord {
  int64_t id = 0;
  int64_t document_id = 0;
  int number = 0;  // 1, 2, … within the document, set by the store
  documents::VersionStatus status = documents::VersionStatus::kDraft;
  std::string change_log;   // what changed from the previous version
  std::string source_name;  // the file it was imported from; empty when typed in
  std::string created_by;   // the actor's login
  std::string created_at;   // UTC, set by the store
  int64_t sections = 0;     // filled by reads
  int64_t paragraphs = 0;   // filled by reads
};

// Where and when a version is open for comment.
struct PublicationRecord {
  int64_t version_id = 0;
  bool is_public = false;          // on the public page (citizens, no account)
  std::vector<std::string> units;  // subordinate organizations asked to comment, by code
  Date open;                       // first day comments are taken
  Date close;                      // last day (inclusive)
  std::string published_by;
  std::string published_at;  // UTC, set by the store
};

struct DispositionRecord {
  documents::Disposition disposition = documents::Disposition::kAccepted;
  std::string explanation;  // why (required unless accepted)
  std::string decided_by;
  std::string decided_at;  // UTC, set by the store
};

struct CommentRecord {
  int64_t id = 0;
  int64_t version_id = 0;
  documents::Anchor anchor;  // anchor.section_ordinal: the section (0 for the whole document)
  std::string text;
  documents::CommentSource source = documents::CommentSource::kCitizen;
  std::string org_code;               // the unit, for a unit's comment; else empty
  bool on_behalf_of_meeting = false;  // a unit's meeting (hội nghị) agreed on it
  int64_t agreed_members = 0;         // how many members agreed; 0 when not given
  std::string citizen_name;           // a citizen's or former leader's name; may be empty
  std::string citizen_contact;        // PERSONAL: phone or e-mail; see ListComments
  documents::CommentStatus status = documents::CommentStatus::kShown;
  std::string hide_reason;  // why it was hidden
  std::string created_by;   // the actor's login ("public" on the public page)
  std::string created_at;   // UTC; set by the store when empty
  std::string client_hash;  // SHA-256 of the client's address (public comments), for rate limits
  std::optional<int64_t> group_id;               // its group in the last synthesis
  std::optional<DispositionRecord> disposition;  // its own disposition
};

struct CommentFilter {
  int64_t version_id = 0;              // required
  std::optional<int> section_ordinal;  // only this section
  std::optional<documents::CommentStatus> status;
  std::optional<documents::CommentSource> source;
  std::string org_code;             // only this unit's comments; empty: all
  std::optional<int64_t> group_id;  // only this group's members
  std::string text;  // substring of the text (case-insensitive for ASCII); empty: all
  int64_t offset = 0;
  int64_t limit = 100;  // 0: no limit
};

struct CommentGroupRecord {
  int64_t id = 0;
  int64_t version_id = 0;
  int section_ordinal = 0;
  int64_t representative_id = 0;  // a member's comment id
  std::string representative_text;
  int64_t size = 0;            // members
  int64_t agreed_members = 0;  // sum over the members
  std::optional<DispositionRecord> disposition;
};

// A group to store: its members (the representative among them) and the disposition it carries.
struct NewCommentGroup {
  int section_ordinal = 0;
  int64_t representative_id = 0;
  std::vector<int64_t> members;
  int64_t agreed_members = 0;  // sum over the members (stored with the group)
  std::optional<DispositionRecord> disposition;
};

// What the synthesis reads of each shown comment (one compact row, for a million comments).
struct SynthesisRow {
  int64_t id = 0;
  int section_ordinal = 0;
  documents::CommentSource source = documents::CommentSource::kCitizen;
  std::string org_code;
  int64_t agreed_members = 0;
  std::optional<documents::Disposition> own;
  std::optional<documents::Disposition> group;
  std::optional<int64_t> group_id;
  std::string text;  // only when asked for
};

class DocumentStore {
 public:
  virtual ~DocumentStore() = default;

  // A new document (id and created_at set by the store); kNotFound for an unknown organization.
  virtual Result<int64_t> CreateDocument(const DocumentRecord& document) = 0;
  virtual Result<std::optional<DocumentRecord>> FindDocument(int64_t id) = 0;
  // By kind then id; every term when `term` is empty; kNotFound for an unknown organization.
  virtual Result<std::vector<DocumentRecord>> Documents(const std::string& org_code,
                                                        const std::string& term) = 0;

  // Stores the next version of the document (number = last + 1, status draft) with its content
  // and the comments and groups (of earlier versions) it takes in; returns its id. kNotFound for
  // an unknown document.
  virtual Result<int64_t> AddVersion(const VersionRecord& version,
                                     const documents::Content& content,
                                     const std::vector<int64_t>& takes_in_comments,
                                     const std::vector<int64_t>& takes_in_groups) = 0;
  // Replaces the content and change log of a version (the use case allows it while a draft).
  virtual Status ReplaceContent(int64_t version_id, const documents::Content& content,
                                const std::string& change_log) = 0;
  virtual Result<std::optional<VersionRecord>> FindVersion(int64_t id) = 0;
  // By number.
  virtual Result<std::vector<VersionRecord>> Versions(int64_t document_id) = 0;
  virtual Result<documents::Content> VersionContent(int64_t version_id) = 0;
  // What a version took in: comment ids and group ids, ascending.
  virtual Result<std::vector<int64_t>> TakenInComments(int64_t version_id) = 0;
  virtual Result<std::vector<int64_t>> TakenInGroups(int64_t version_id) = 0;

  // Marks the version published with its publication (replacing an earlier publication of it)
  // and every other published version of the document superseded, in one transaction.
  virtual Status Publish(const PublicationRecord& publication) = 0;
  virtual Result<std::optional<PublicationRecord>> FindPublication(int64_t version_id) = 0;
  // Publications open to the public on `day` (open <= day <= close), newest first.
  virtual Result<std::vector<PublicationRecord>> PublicPublications(Date day) = 0;

  // One comment; id set by the store, created_at too when empty. Returns the id.
  virtual Result<int64_t> AddComment(const CommentRecord& comment) = 0;
  // Many comments in batches of multi-row INSERTs (prepared once) inside one transaction: all or
  // nothing. Returns how many were stored. The bulk path of imports and the benchmark.
  virtual Result<int64_t> AddComments(const std::vector<CommentRecord>& comments) = 0;
  virtual Result<std::optional<CommentRecord>> FindComment(int64_t id) = 0;
  // In id order.
  virtual Result<Page<CommentRecord>> Comments(const CommentFilter& filter) = 0;
  // Comments (of any version) with this client hash created at or after `since_utc`.
  virtual Result<int64_t> CountCommentsFrom(const std::string& client_hash,
                                            const std::string& since_utc) = 0;
  // kNotFound for an unknown comment.
  virtual Status SetCommentStatus(int64_t comment_id, documents::CommentStatus status,
                                  const std::string& hide_reason) = 0;
  // Sets (or clears: nullopt) a comment's own disposition; kNotFound when unknown.
  virtual Status SetCommentDisposition(int64_t comment_id,
                                       const std::optional<DispositionRecord>& disposition) = 0;

  // Replaces the version's groups and memberships with `groups`, in one transaction (batched
  // like AddComments). Members must be comments of the version (kInvalidInput otherwise).
  virtual Status ReplaceGroups(int64_t version_id, const std::vector<NewCommentGroup>& groups) = 0;
  // Largest first, then by id; representative text and agreed sums filled.
  virtual Result<std::vector<CommentGroupRecord>> Groups(int64_t version_id) = 0;
  virtual Result<std::optional<CommentGroupRecord>> FindGroup(int64_t group_id) = 0;
  virtual Status SetGroupDisposition(int64_t group_id,
                                     const std::optional<DispositionRecord>& disposition) = 0;

  // The shown comments of a version for the synthesis, in id order; texts only when `with_text`.
  virtual Result<std::vector<SynthesisRow>> SynthesisRows(int64_t version_id, bool with_text) = 0;
  // Comments of the version per status: pending, shown, hidden.
  virtual Result<std::vector<int64_t>> StatusCounts(int64_t version_id) = 0;
  // Shown comments per section ordinal (0: the whole document), by ordinal; sections without
  // one are left out.
  virtual Result<std::vector<std::pair<int, int64_t>>> ShownPerSection(int64_t version_id) = 0;
};

inline DocumentStore& DocumentsOf(Store& store) { return dynamic_cast<DocumentStore&>(store); }

}  // namespace daihoi::app
