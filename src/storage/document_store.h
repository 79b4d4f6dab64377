#pragma once
// app::DocumentStore over portable SQL (storage/sql.h): migration 13 (documents,
// document_versions, document_sections, document_paragraphs, document_publications,
// publication_units, comments, comment_groups, comment_group_members, version_takes_in).
// SqliteStore and PostgresStore derive from it. Bulk writes (a version's text, AddComments,
// ReplaceGroups) go as multi-row INSERTs of a fixed batch size, so each engine prepares the
// statement once and a million comments take a few thousand statements.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/document_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlDocumentStore : public app::DocumentStore, public virtual HasSql {
 public:
  Result<int64_t> CreateDocument(const app::DocumentRecord& document) override;
  Result<std::optional<app::DocumentRecord>> FindDocument(int64_t id) override;
  Result<std::vector<app::DocumentRecord>> Documents(const std::string& org_code,
                                                     const std::string& term) override;

  Result<int64_t> AddVersion(const app::VersionRecord& version, const documents::Content& content,
                             const std::vector<int64_t>& takes_in_comments,
                             const std::vector<int64_t>& takes_in_groups) override;
  Status ReplaceContent(int64_t version_id, const documents::Content& content,
                        const std::string& change_log) override;
  Result<std::optional<app::VersionRecord>> FindVersion(int64_t id) override;
  Result<std::vector<app::VersionRecord>> Versions(int64_t document_id) override;
  Result<documents::Content> VersionContent(int64_t version_id) override;
  Result<std::vector<int64_t>> TakenInComments(int64_t version_id) override;
  Result<std::vector<int64_t>> TakenInGroups(int64_t version_id) override;

  Status Publish(const app::PublicationRecord& publication) override;
  Result<std::optional<app::PublicationRecord>> FindPublication(int64_t version_id) override;
  Result<std::vector<app::PublicationRecord>> PublicPublications(Date day) override;

  Result<int64_t> AddComment(const app::CommentRecord& comment) override;
  Result<int64_t> AddComments(const std::vector<app::CommentRecord>& comments) override;
  Result<std::optional<app::CommentRecord>> FindComment(int64_t id) override;
  Result<app::Page<app::CommentRecord>> Comments(const app::CommentFilter& filter) override;
  Result<int64_t> CountCommentsFrom(const std::string& client_hash,
                                    const std::string& since_utc) override;
  Status SetCommentStatus(int64_t comment_id, documents::CommentStatus status,
                          const std::string& hide_reason) override;
  Status SetCommentDisposition(int64_t comment_id,
                               const std::optional<app::DispositionRecord>& disposition) override;

  Status ReplaceGroups(int64_t version_id,
                       const std::vector<app::NewCommentGroup>& groups) override;
  Result<std::vector<app::CommentGroupRecord>> Groups(int64_t version_id) override;
  Result<std::optional<app::CommentGroupRecord>> FindGroup(int64_t group_id) override;
  Status SetGroupDisposition(int64_t group_id,
                             const std::optional<app::DispositionRecord>& disposition) override;

  Result<std::vector<app::SynthesisRow>> SynthesisRows(int64_t version_id, bool with_text) override;
  Result<std::vector<int64_t>> StatusCounts(int64_t version_id) override;
  Result<std::vector<std::pair<int, int64_t>>> ShownPerSection(int64_t version_id) override;

 protected:
  ~SqlDocumentStore() = default;

 private:
  Status WriteContent(int64_t version_id, const documents::Content& content);
  Result<std::vector<app::VersionRecord>> ReadVersions(const std::string& where, int64_t key);
  Result<std::vector<app::CommentGroupRecord>> ReadGroups(const std::string& where, int64_t key);
};

}  // namespace daihoi::storage
