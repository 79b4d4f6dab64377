#include "storage/document_store.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace daihoi::storage {
namespace {

using documents::CommentSource;
using documents::CommentStatus;
using documents::Disposition;

// Multi-row INSERTs: `head` is "INSERT INTO t (a, b) VALUES ", `columns` values per row. Full
// batches share one statement text (prepared once by the engine); the remainder gets its own.
class BatchInsert {
 public:
  BatchInsert(Sql& sql, std::string head, int columns, int rows_per_batch, std::string tail = {})
      : sql_(sql),
        head_(std::move(head)),
        tail_(std::move(tail)),
        columns_(columns),
        rows_per_batch_(rows_per_batch) {}

  Status Add(SqlParams row) {
    for (SqlValue& value : row) params_.push_back(std::move(value));
    // With RETURNING the caller flushes (FlushReturning) to read the rows back.
    if (++rows_ == rows_per_batch_ && tail_.empty()) return Flush();
    return {};
  }

  Status Flush() {
    if (rows_ == 0) return {};
    auto r = sql_.Run(Statement(rows_), params_);
    params_.clear();
    rows_ = 0;
    if (!r) return r.error();
    return {};
  }

  // For INSERT … RETURNING: runs the rows now and hands each returned row to `on_row`.
  Status FlushReturning(const std::function<void(const SqlRow&)>& on_row) {
    if (rows_ == 0) return {};
    auto s = sql_.Query(Statement(rows_), params_, on_row);
    params_.clear();
    rows_ = 0;
    return s;
  }
  bool Full() const { return rows_ == rows_per_batch_; }

 private:
  const std::string& Statement(int rows) {
    auto it = statements_.find(rows);
    if (it != statements_.end()) return it->second;
    std::string sql = head_;
    int parameter = 0;
    for (int row = 0; row < rows; ++row) {
      sql += row == 0 ? "(" : ", (";
      for (int column = 0; column < columns_; ++column) {
        if (column > 0) sql += ", ";
        sql += "$" + std::to_string(++parameter);
      }
      sql += ")";
    }
    sql += tail_;
    return statements_.emplace(rows, std::move(sql)).first->second;
  }

  Sql& sql_;
  std::string head_;
  std::string tail_;
  int columns_;
  int rows_per_batch_;
  int rows_ = 0;
  SqlParams params_;
  std::map<int, std::string> statements_;
};

Error UnknownVersion(int64_t id) {
  Error error = NotFound("không có phiên bản dự thảo " + std::to_string(id) + " (unknown version)");
  error.field = "version_id";
  return error;
}

const char* const kDocumentSelect =
    "SELECT d.id, o.code, d.term, d.kind, d.title, d.created_at FROM documents d "
    "JOIN organizations o ON o.id = d.org_id ";

app::DocumentRecord ReadDocument(const SqlRow& row) {
  app::DocumentRecord document;
  document.id = row.Int(0);
  document.org_code = row.Text(1);
  document.term = row.Text(2);
  document.kind =
      documents::ParseDocumentKind(row.Text(3)).value_or(documents::DocumentKind::kOther);
  document.title = row.Text(4);
  document.created_at = row.Text(5);
  return document;
}

const char* const kCommentSelect =
    "SELECT c.id, c.version_id, c.section_ordinal, c.paragraph_key, c.quote, c.quote_before, "
    "c.quote_after, c.section_heading, c.text, c.source, o.code, c.on_behalf_of_meeting, "
    "c.agreed_members, c.citizen_name, c.citizen_contact, c.status, c.hide_reason, c.created_by, "
    "c.created_at, c.client_hash, m.group_id, c.disposition, c.explanation, c.decided_by, "
    "c.decided_at FROM comments c LEFT JOIN organizations o ON o.id = c.org_id "
    "LEFT JOIN comment_group_members m ON m.comment_id = c.id ";

std::optional<app::DispositionRecord> ReadDisposition(const SqlRow& row, int column) {
  auto disposition = documents::ParseDisposition(row.Text(column));
  if (!disposition) return std::nullopt;
  return app::DispositionRecord{*disposition, row.Text(column + 1), row.Text(column + 2),
                                row.Text(column + 3)};
}

app::CommentRecord ReadComment(const SqlRow& row) {
  app::CommentRecord c;
  c.id = row.Int(0);
  c.version_id = row.Int(1);
  c.anchor.section_ordinal = static_cast<int>(row.Int(2));
  c.anchor.paragraph_key = row.Text(3);
  c.anchor.quote = row.Text(4);
  c.anchor.before = row.Text(5);
  c.anchor.after = row.Text(6);
  c.anchor.section_heading = row.Text(7);
  c.text = row.Text(8);
  c.source = documents::ParseCommentSource(row.Text(9)).value_or(CommentSource::kCitizen);
  c.org_code = row.Text(10);
  c.on_behalf_of_meeting = row.Flag(11);
  c.agreed_members = row.Int(12);
  c.citizen_name = row.Text(13);
  c.citizen_contact = row.Text(14);
  c.status = documents::ParseCommentStatus(row.Text(15)).value_or(CommentStatus::kPending);
  c.hide_reason = row.Text(16);
  c.created_by = row.Text(17);
  c.created_at = row.Text(18);
  c.client_hash = row.Text(19);
  c.group_id = row.OptionalInt(20);
  c.disposition = ReadDisposition(row, 21);
  return c;
}

constexpr int kCommentColumns = 19;
const char* const kCommentInsert =
    "INSERT INTO comments (version_id, section_ordinal, paragraph_key, quote, quote_before, "
    "quote_after, section_heading, text, source, org_id, on_behalf_of_meeting, agreed_members, "
    "citizen_name, citizen_contact, status, hide_reason, created_by, created_at, client_hash) "
    "VALUES ";

SqlParams CommentParams(const app::CommentRecord& c, std::optional<int64_t> org_id,
                        const std::string& now) {
  return {c.version_id,
          c.anchor.section_ordinal,
          c.anchor.paragraph_key,
          c.anchor.quote,
          c.anchor.before,
          c.anchor.after,
          c.anchor.section_heading,
          c.text,
          documents::ToString(c.source),
          org_id,
          c.on_behalf_of_meeting,
          c.agreed_members,
          c.citizen_name,
          c.citizen_contact,
          documents::ToString(c.status),
          c.hide_reason,
          c.created_by,
          c.created_at.empty() ? now : c.created_at,
          c.client_hash};
}

}  // namespace

Result<int64_t> SqlDocumentStore::CreateDocument(const app::DocumentRecord& document) {
  auto org_id = sql().OrgId(document.org_code);
  if (!org_id.ok()) return org_id.error();
  return sql().InsertId(
      "INSERT INTO documents (org_id, term, kind, title, created_at) VALUES ($1, "
      "$2, $3, $4, " +
          sql().NowUtc() + ") RETURNING id",
      {*org_id, document.term, documents::ToString(document.kind), document.title});
}

Result<std::optional<app::DocumentRecord>> SqlDocumentStore::FindDocument(int64_t id) {
  std::optional<app::DocumentRecord> found;
  auto s = sql().Query(std::string(kDocumentSelect) + "WHERE d.id = $1", {id},
                       [&](const SqlRow& row) { found = ReadDocument(row); });
  if (!s) return s.error();
  return found;
}

Result<std::vector<app::DocumentRecord>> SqlDocumentStore::Documents(const std::string& org_code,
                                                                     const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<app::DocumentRecord> out;
  auto s =
      sql().Query(std::string(kDocumentSelect) +
                      "WHERE d.org_id = $1 AND ($2 = '' OR d.term = $2) ORDER BY CASE d.kind "
                      "WHEN 'political_report' THEN 0 WHEN 'review_report' THEN 1 ELSE 2 "
                      "END, d.id",
                  {*org_id, term}, [&](const SqlRow& row) { out.push_back(ReadDocument(row)); });
  if (!s) return s.error();
  return out;
}

Status SqlDocumentStore::WriteContent(int64_t version_id, const documents::Content& content) {
  BatchInsert sections(
      sql(), "INSERT INTO document_sections (version_id, ordinal, heading, level) VALUES ", 4, 100);
  BatchInsert paragraphs(
      sql(), "INSERT INTO document_paragraphs (version_id, section_ordinal, ordinal, text) VALUES ",
      4, 100);
  for (const documents::Section& section : content.sections) {
    if (auto s = sections.Add({version_id, section.ordinal, section.heading, section.level}); !s) {
      return s;
    }
    for (const documents::Paragraph& paragraph : section.paragraphs) {
      if (auto s = paragraphs.Add({version_id, section.ordinal, paragraph.ordinal, paragraph.text});
          !s) {
        return s;
      }
    }
  }
  if (auto s = sections.Flush(); !s) return s;
  return paragraphs.Flush();
}

Result<int64_t> SqlDocumentStore::AddVersion(const app::VersionRecord& version,
                                             const documents::Content& content,
                                             const std::vector<int64_t>& takes_in_comments,
                                             const std::vector<int64_t>& takes_in_groups) {
  int64_t id = 0;
  auto s = sql().Transaction([&]() -> Status {
    auto exists = sql().FirstInt("SELECT id FROM documents WHERE id = $1", {version.document_id});
    if (!exists.ok()) return exists.error();
    if (!*exists) {
      Error error = NotFound("không có văn kiện " + std::to_string(version.document_id) +
                             " (unknown document)");
      error.field = "document_id";
      return error;
    }
    auto inserted = sql().InsertId(
        "INSERT INTO document_versions (document_id, number, status, change_log, source_name, "
        "created_by, created_at) VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM "
        "document_versions WHERE document_id = $1), 'draft', $2, $3, $4, " +
            sql().NowUtc() + ") RETURNING id",
        {version.document_id, version.change_log, version.source_name, version.created_by});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    if (auto w = WriteContent(id, content); !w) return w;
    BatchInsert takes(
        sql(), "INSERT INTO version_takes_in (version_id, comment_id, group_id) VALUES ", 3, 200);
    for (int64_t comment : takes_in_comments) {
      if (auto a = takes.Add({id, comment, nullptr}); !a) return a;
    }
    for (int64_t group : takes_in_groups) {
      if (auto a = takes.Add({id, nullptr, group}); !a) return a;
    }
    return takes.Flush();
  });
  if (!s) return s.error();
  return id;
}

Status SqlDocumentStore::ReplaceContent(int64_t version_id, const documents::Content& content,
                                        const std::string& change_log) {
  return sql().Transaction([&]() -> Status {
    auto updated = sql().Run("UPDATE document_versions SET change_log = $2 WHERE id = $1",
                             {version_id, change_log});
    if (!updated.ok()) return updated.error();
    if (*updated == 0) return UnknownVersion(version_id);
    for (const char* table : {"document_paragraphs", "document_sections"}) {
      auto r =
          sql().Run(std::string("DELETE FROM ") + table + " WHERE version_id = $1", {version_id});
      if (!r.ok()) return r.error();
    }
    return WriteContent(version_id, content);
  });
}

Result<std::vector<app::VersionRecord>> SqlDocumentStore::ReadVersions(const std::string& where,
                                                                       int64_t key) {
  std::vector<app::VersionRecord> out;
  auto s = sql().Query(
      "SELECT v.id, v.document_id, v.number, v.status, v.change_log, v.source_name, v.created_by, "
      "v.created_at, (SELECT count(*) FROM document_sections s WHERE s.version_id = v.id), "
      "(SELECT count(*) FROM document_paragraphs p WHERE p.version_id = v.id) "
      "FROM document_versions v WHERE " +
          where + " ORDER BY v.number",
      {key}, [&](const SqlRow& row) {
        app::VersionRecord v;
        v.id = row.Int(0);
        v.document_id = row.Int(1);
        v.number = static_cast<int>(row.Int(2));
        v.status =
            documents::ParseVersionStatus(row.Text(3)).value_or(documents::VersionStatus::kDraft);
        v.change_log = row.Text(4);
        v.source_name = row.Text(5);
        v.created_by = row.Text(6);
        v.created_at = row.Text(7);
        v.sections = row.Int(8);
        v.paragraphs = row.Int(9);
        out.push_back(std::move(v));
      });
  if (!s) return s.error();
  return out;
}

Result<std::optional<app::VersionRecord>> SqlDocumentStore::FindVersion(int64_t id) {
  auto versions = ReadVersions("v.id = $1", id);
  if (!versions.ok()) return versions.error();
  if (versions->empty()) return std::optional<app::VersionRecord>();
  return std::optional<app::VersionRecord>(versions->front());
}

Result<std::vector<app::VersionRecord>> SqlDocumentStore::Versions(int64_t document_id) {
  return ReadVersions("v.document_id = $1", document_id);
}

Result<documents::Content> SqlDocumentStore::VersionContent(int64_t version_id) {
  documents::Content content;
  auto s = sql().Query(
      "SELECT ordinal, heading, level FROM document_sections WHERE version_id = $1 ORDER BY "
      "ordinal",
      {version_id}, [&](const SqlRow& row) {
        documents::Section section;
        section.ordinal = static_cast<int>(row.Int(0));
        section.heading = row.Text(1);
        section.level = static_cast<int>(row.Int(2));
        content.sections.push_back(std::move(section));
      });
  if (!s) return s.error();
  std::unordered_map<int, size_t> index;
  for (size_t i = 0; i < content.sections.size(); ++i) index[content.sections[i].ordinal] = i;
  s = sql().Query(
      "SELECT section_ordinal, ordinal, text FROM document_paragraphs WHERE version_id = $1 "
      "ORDER BY section_ordinal, ordinal",
      {version_id}, [&](const SqlRow& row) {
        const int section = static_cast<int>(row.Int(0));
        auto it = index.find(section);
        if (it == index.end()) return;
        documents::Paragraph paragraph;
        paragraph.ordinal = static_cast<int>(row.Int(1));
        paragraph.key = documents::ParagraphKey(section, paragraph.ordinal);
        paragraph.text = row.Text(2);
        content.sections[it->second].paragraphs.push_back(std::move(paragraph));
      });
  if (!s) return s.error();
  return content;
}

Result<std::vector<int64_t>> SqlDocumentStore::TakenInComments(int64_t version_id) {
  std::vector<int64_t> ids;
  auto s = sql().Query(
      "SELECT comment_id FROM version_takes_in WHERE version_id = $1 AND comment_id IS NOT NULL "
      "ORDER BY comment_id",
      {version_id}, [&](const SqlRow& row) { ids.push_back(row.Int(0)); });
  if (!s) return s.error();
  return ids;
}

Result<std::vector<int64_t>> SqlDocumentStore::TakenInGroups(int64_t version_id) {
  std::vector<int64_t> ids;
  auto s = sql().Query(
      "SELECT group_id FROM version_takes_in WHERE version_id = $1 AND group_id IS NOT NULL "
      "ORDER BY group_id",
      {version_id}, [&](const SqlRow& row) { ids.push_back(row.Int(0)); });
  if (!s) return s.error();
  return ids;
}

Status SqlDocumentStore::Publish(const app::PublicationRecord& publication) {
  return sql().Transaction([&]() -> Status {
    const int64_t id = publication.version_id;
    auto document = sql().FirstInt("SELECT document_id FROM document_versions WHERE id = $1", {id});
    if (!document.ok()) return document.error();
    if (!*document) return UnknownVersion(id);
    std::vector<int64_t> unit_ids;
    for (const std::string& code : publication.units) {
      auto org_id = sql().OrgId(code);
      if (!org_id.ok()) {
        Error error = org_id.error();
        error.field = "units";
        return error;
      }
      unit_ids.push_back(*org_id);
    }
    for (const auto& [statement, params] : std::vector<std::pair<std::string, SqlParams>>{
             {"UPDATE document_versions SET status = 'superseded' WHERE document_id = $1 AND "
              "status = 'published' AND id <> $2",
              {**document, id}},
             {"UPDATE document_versions SET status = 'published' WHERE id = $1", {id}},
             {"DELETE FROM publication_units WHERE version_id = $1", {id}},
             {"DELETE FROM document_publications WHERE version_id = $1", {id}},
         }) {
      if (auto r = sql().Run(statement, params); !r) return r.error();
    }
    auto r = sql().Run(
        "INSERT INTO document_publications (version_id, is_public, open_date, close_date, "
        "published_by, published_at) VALUES ($1, $2, $3, $4, $5, " +
            sql().NowUtc() + ")",
        {id, publication.is_public, publication.open, publication.close, publication.published_by});
    if (!r) return r.error();
    std::sort(unit_ids.begin(), unit_ids.end());
    unit_ids.erase(std::unique(unit_ids.begin(), unit_ids.end()), unit_ids.end());
    BatchInsert units(sql(), "INSERT INTO publication_units (version_id, org_id) VALUES ", 2, 100);
    for (int64_t org_id : unit_ids) {
      if (auto a = units.Add({id, org_id}); !a) return a;
    }
    return units.Flush();
  });
}

namespace {
const char* const kPublicationSelect =
    "SELECT p.version_id, p.is_public, p.open_date, p.close_date, p.published_by, p.published_at "
    "FROM document_publications p ";
}  // namespace

Result<std::optional<app::PublicationRecord>> SqlDocumentStore::FindPublication(
    int64_t version_id) {
  auto list = [&]() -> Result<std::vector<app::PublicationRecord>> {
    std::vector<app::PublicationRecord> out;
    auto s = sql().Query(std::string(kPublicationSelect) + "WHERE p.version_id = $1", {version_id},
                         [&](const SqlRow& row) {
                           app::PublicationRecord p;
                           p.version_id = row.Int(0);
                           p.is_public = row.Flag(1);
                           p.open = row.OptionalDate(2).value_or(Date());
                           p.close = row.OptionalDate(3).value_or(Date());
                           p.published_by = row.Text(4);
                           p.published_at = row.Text(5);
                           out.push_back(std::move(p));
                         });
    if (!s) return s.error();
    return out;
  }();
  if (!list.ok()) return list.error();
  if (list->empty()) return std::optional<app::PublicationRecord>();
  app::PublicationRecord publication = list->front();
  auto s = sql().Query(
      "SELECT o.code FROM publication_units u JOIN organizations o ON o.id = u.org_id "
      "WHERE u.version_id = $1 ORDER BY o.code",
      {version_id}, [&](const SqlRow& row) { publication.units.push_back(row.Text(0)); });
  if (!s) return s.error();
  return std::optional<app::PublicationRecord>(std::move(publication));
}

Result<std::vector<app::PublicationRecord>> SqlDocumentStore::PublicPublications(Date day) {
  std::vector<int64_t> ids;
  auto s = sql().Query(
      "SELECT p.version_id FROM document_publications p JOIN document_versions v ON v.id = "
      "p.version_id WHERE p.is_public = 1 AND v.status = 'published' AND p.open_date <= $1 AND "
      "p.close_date >= $1 ORDER BY p.published_at DESC, p.version_id DESC",
      {day}, [&](const SqlRow& row) { ids.push_back(row.Int(0)); });
  if (!s) return s.error();
  std::vector<app::PublicationRecord> out;
  for (int64_t id : ids) {
    auto publication = FindPublication(id);
    if (!publication.ok()) return publication.error();
    if (*publication) out.push_back(**publication);
  }
  return out;
}

Result<int64_t> SqlDocumentStore::AddComment(const app::CommentRecord& comment) {
  std::optional<int64_t> org_id;
  if (!comment.org_code.empty()) {
    auto found = sql().OrgId(comment.org_code);
    if (!found.ok()) return found.error();
    org_id = *found;
  }
  auto now = sql().FirstText("SELECT " + sql().NowUtc());
  if (!now.ok()) return now.error();
  SqlParams params = CommentParams(comment, org_id, now->value_or(""));
  std::string statement = kCommentInsert;
  statement += "(";
  for (int i = 1; i <= kCommentColumns; ++i) {
    statement += (i > 1 ? ", $" : "$") + std::to_string(i);
  }
  statement += ") RETURNING id";
  return sql().InsertId(statement, params);
}

Result<int64_t> SqlDocumentStore::AddComments(const std::vector<app::CommentRecord>& comments) {
  int64_t stored = 0;
  auto s = sql().Transaction([&]() -> Status {
    auto now = sql().FirstText("SELECT " + sql().NowUtc());
    if (!now.ok()) return now.error();
    std::unordered_map<std::string, int64_t> org_ids;
    // 200 rows × 19 values: under SQLite's and PostgreSQL's parameter limits.
    BatchInsert insert(sql(), kCommentInsert, kCommentColumns, 200);
    for (const app::CommentRecord& comment : comments) {
      std::optional<int64_t> org_id;
      if (!comment.org_code.empty()) {
        auto it = org_ids.find(comment.org_code);
        if (it == org_ids.end()) {
          auto found = sql().OrgId(comment.org_code);
          if (!found.ok()) return found.error();
          it = org_ids.emplace(comment.org_code, *found).first;
        }
        org_id = it->second;
      }
      if (auto a = insert.Add(CommentParams(comment, org_id, now->value_or(""))); !a) return a;
      ++stored;
    }
    return insert.Flush();
  });
  if (!s) return s.error();
  return stored;
}

Result<std::optional<app::CommentRecord>> SqlDocumentStore::FindComment(int64_t id) {
  std::optional<app::CommentRecord> found;
  auto s = sql().Query(std::string(kCommentSelect) + "WHERE c.id = $1", {id},
                       [&](const SqlRow& row) { found = ReadComment(row); });
  if (!s) return s.error();
  return found;
}

Result<app::Page<app::CommentRecord>> SqlDocumentStore::Comments(const app::CommentFilter& filter) {
  std::string where = "WHERE c.version_id = $1";
  SqlParams params = {filter.version_id};
  const auto add = [&](const std::string& condition, SqlValue value) {
    params.push_back(std::move(value));
    where += " AND " + condition + "$" + std::to_string(params.size());
  };
  if (filter.section_ordinal) add("c.section_ordinal = ", *filter.section_ordinal);
  if (filter.status) add("c.status = ", documents::ToString(*filter.status));
  if (filter.source) add("c.source = ", documents::ToString(*filter.source));
  if (!filter.org_code.empty()) add("o.code = ", filter.org_code);
  if (filter.group_id) add("m.group_id = ", *filter.group_id);
  if (!filter.text.empty()) {
    params.push_back(filter.text);
    where += " AND lower(c.text) LIKE '%' || lower(CAST($" + std::to_string(params.size()) +
             " AS TEXT)) || '%'";
  }
  app::Page<app::CommentRecord> page;
  auto total = sql().FirstInt(
      "SELECT count(*) FROM comments c LEFT JOIN organizations o ON o.id = c.org_id "
      "LEFT JOIN comment_group_members m ON m.comment_id = c.id " +
          where,
      params);
  if (!total.ok()) return total.error();
  page.total = total->value_or(0);
  std::string statement = std::string(kCommentSelect) + where + " ORDER BY c.id";
  if (filter.limit > 0 || filter.offset > 0) {
    params.push_back(filter.limit > 0 ? filter.limit : INT64_MAX);
    statement += " LIMIT $" + std::to_string(params.size());
    params.push_back(filter.offset);
    statement += " OFFSET $" + std::to_string(params.size());
  }
  auto s = sql().Query(statement, params,
                       [&](const SqlRow& row) { page.items.push_back(ReadComment(row)); });
  if (!s) return s.error();
  return page;
}

Result<int64_t> SqlDocumentStore::CountCommentsFrom(const std::string& client_hash,
                                                    const std::string& since_utc) {
  auto count = sql().FirstInt(
      "SELECT count(*) FROM comments WHERE client_hash = $1 AND client_hash <> '' AND "
      "created_at >= $2",
      {client_hash, since_utc});
  if (!count.ok()) return count.error();
  return count->value_or(0);
}

Status SqlDocumentStore::SetCommentStatus(int64_t comment_id, documents::CommentStatus status,
                                          const std::string& hide_reason) {
  auto r = sql().Run("UPDATE comments SET status = $2, hide_reason = $3 WHERE id = $1",
                     {comment_id, documents::ToString(status), hide_reason});
  if (!r) return r.error();
  if (*r == 0)
    return NotFound("không có ý kiến " + std::to_string(comment_id) + " (unknown comment)");
  return {};
}

namespace {

SqlParams DispositionParams(int64_t id, const std::optional<app::DispositionRecord>& d) {
  if (!d) return {id, nullptr, "", ""};
  return {id, documents::ToString(d->disposition), d->explanation, d->decided_by};
}

std::string DispositionSet(Sql& sql) {
  return " SET disposition = $2, explanation = $3, decided_by = $4, decided_at = CASE WHEN $4 = "
         "'' THEN '' ELSE " +
         sql.NowUtc() + " END WHERE id = $1";
}

}  // namespace

Status SqlDocumentStore::SetCommentDisposition(
    int64_t comment_id, const std::optional<app::DispositionRecord>& disposition) {
  auto r = sql().Run("UPDATE comments" + DispositionSet(sql()),
                     DispositionParams(comment_id, disposition));
  if (!r) return r.error();
  if (*r == 0)
    return NotFound("không có ý kiến " + std::to_string(comment_id) + " (unknown comment)");
  return {};
}

Status SqlDocumentStore::ReplaceGroups(int64_t version_id,
                                       const std::vector<app::NewCommentGroup>& groups) {
  return sql().Transaction([&]() -> Status {
    for (const char* statement :
         {"DELETE FROM comment_group_members WHERE group_id IN (SELECT id FROM comment_groups "
          "WHERE version_id = $1)",
          "DELETE FROM comment_groups WHERE version_id = $1"}) {
      if (auto r = sql().Run(statement, {version_id}); !r) return r.error();
    }
    // Group ids come back with their representative (unique per group), in whatever order the
    // engine returns the rows of a multi-row INSERT.
    std::unordered_map<int64_t, int64_t> group_of_representative;
    group_of_representative.reserve(groups.size());
    BatchInsert insert(
        sql(),
        "INSERT INTO comment_groups (version_id, section_ordinal, representative_id, "
        "size, agreed_members, disposition, explanation, decided_by, decided_at) "
        "VALUES ",
        9, 100, " RETURNING id, representative_id");
    const auto on_row = [&](const SqlRow& row) {
      group_of_representative[row.Int(1)] = row.Int(0);
    };
    for (const app::NewCommentGroup& group : groups) {
      const auto& d = group.disposition;
      SqlParams row = {version_id,
                       group.section_ordinal,
                       group.representative_id,
                       static_cast<int64_t>(group.members.size()),
                       group.agreed_members,
                       d ? SqlValue(documents::ToString(d->disposition)) : SqlValue(nullptr),
                       d ? d->explanation : std::string(),
                       d ? d->decided_by : std::string(),
                       d ? d->decided_at : std::string()};
      if (auto a = insert.Add(std::move(row)); !a) return a;
      if (insert.Full()) {
        if (auto f = insert.FlushReturning(on_row); !f) return f;
      }
    }
    if (auto f = insert.FlushReturning(on_row); !f) return f;
    BatchInsert members(sql(), "INSERT INTO comment_group_members (comment_id, group_id) VALUES ",
                        2, 500);
    for (const app::NewCommentGroup& group : groups) {
      const int64_t group_id = group_of_representative.at(group.representative_id);
      for (int64_t comment : group.members) {
        if (auto a = members.Add({comment, group_id}); !a) return a;
      }
    }
    if (auto f = members.Flush(); !f) return f;
    auto foreign = sql().FirstInt(
        "SELECT count(*) FROM comment_group_members m JOIN comment_groups g ON g.id = m.group_id "
        "JOIN comments c ON c.id = m.comment_id WHERE g.version_id = $1 AND c.version_id <> $1",
        {version_id});
    if (!foreign.ok()) return foreign.error();
    if (foreign->value_or(0) > 0) {
      return InvalidInput(
          "nhóm có ý kiến của phiên bản khác (a group member is not a comment of "
          "the version)",
          "groups");
    }
    return {};
  });
}

Result<std::vector<app::CommentGroupRecord>> SqlDocumentStore::ReadGroups(const std::string& where,
                                                                          int64_t key) {
  std::vector<app::CommentGroupRecord> out;
  auto s = sql().Query(
      "SELECT g.id, g.version_id, g.section_ordinal, g.representative_id, c.text, g.size, "
      "g.agreed_members, g.disposition, g.explanation, g.decided_by, g.decided_at "
      "FROM comment_groups g JOIN comments c ON c.id = g.representative_id WHERE " +
          where + " ORDER BY g.size DESC, g.id",
      {key}, [&](const SqlRow& row) {
        app::CommentGroupRecord g;
        g.id = row.Int(0);
        g.version_id = row.Int(1);
        g.section_ordinal = static_cast<int>(row.Int(2));
        g.representative_id = row.Int(3);
        g.representative_text = row.Text(4);
        g.size = row.Int(5);
        g.agreed_members = row.Int(6);
        g.disposition = ReadDisposition(row, 7);
        out.push_back(std::move(g));
      });
  if (!s) return s.error();
  return out;
}

Result<std::vector<app::CommentGroupRecord>> SqlDocumentStore::Groups(int64_t version_id) {
  return ReadGroups("g.version_id = $1", version_id);
}

Result<std::optional<app::CommentGroupRecord>> SqlDocumentStore::FindGroup(int64_t group_id) {
  auto groups = ReadGroups("g.id = $1", group_id);
  if (!groups.ok()) return groups.error();
  if (groups->empty()) return std::optional<app::CommentGroupRecord>();
  return std::optional<app::CommentGroupRecord>(groups->front());
}

Status SqlDocumentStore::SetGroupDisposition(
    int64_t group_id, const std::optional<app::DispositionRecord>& disposition) {
  auto r = sql().Run("UPDATE comment_groups" + DispositionSet(sql()),
                     DispositionParams(group_id, disposition));
  if (!r) return r.error();
  if (*r == 0)
    return NotFound("không có nhóm ý kiến " + std::to_string(group_id) + " (unknown group)");
  return {};
}

Result<std::vector<app::SynthesisRow>> SqlDocumentStore::SynthesisRows(int64_t version_id,
                                                                       bool with_text) {
  std::vector<app::SynthesisRow> out;
  auto s = sql().Query(
      std::string("SELECT c.id, c.section_ordinal, c.source, o.code, c.agreed_members, "
                  "c.disposition, g.disposition, m.group_id, ") +
          (with_text ? "c.text" : "''") +
          " FROM comments c LEFT JOIN organizations o ON o.id = c.org_id "
          "LEFT JOIN comment_group_members m ON m.comment_id = c.id "
          "LEFT JOIN comment_groups g ON g.id = m.group_id "
          "WHERE c.version_id = $1 AND c.status = 'shown' ORDER BY c.id",
      {version_id}, [&](const SqlRow& row) {
        app::SynthesisRow r;
        r.id = row.Int(0);
        r.section_ordinal = static_cast<int>(row.Int(1));
        r.source = documents::ParseCommentSource(row.Text(2)).value_or(CommentSource::kCitizen);
        r.org_code = row.Text(3);
        r.agreed_members = row.Int(4);
        r.own = documents::ParseDisposition(row.Text(5));
        r.group = documents::ParseDisposition(row.Text(6));
        r.group_id = row.OptionalInt(7);
        r.text = row.Text(8);
        out.push_back(std::move(r));
      });
  if (!s) return s.error();
  return out;
}

Result<std::vector<int64_t>> SqlDocumentStore::StatusCounts(int64_t version_id) {
  std::vector<int64_t> counts(3, 0);
  auto s =
      sql().Query("SELECT status, count(*) FROM comments WHERE version_id = $1 GROUP BY status",
                  {version_id}, [&](const SqlRow& row) {
                    auto status = documents::ParseCommentStatus(row.Text(0));
                    if (status) counts[static_cast<size_t>(*status)] = row.Int(1);
                  });
  if (!s) return s.error();
  return counts;
}

Result<std::vector<std::pair<int, int64_t>>> SqlDocumentStore::ShownPerSection(int64_t version_id) {
  std::vector<std::pair<int, int64_t>> out;
  auto s = sql().Query(
      "SELECT section_ordinal, count(*) FROM comments WHERE version_id = $1 AND status = 'shown' "
      "GROUP BY section_ordinal ORDER BY section_ordinal",
      {version_id},
      [&](const SqlRow& row) { out.emplace_back(static_cast<int>(row.Int(0)), row.Int(1)); });
  if (!s) return s.error();
  return out;
}

}  // namespace daihoi::storage
