// Use case: a whole file of comments, checked first and written in one transaction through the
// bulk path (app/documents.h, ImportComments).
#include <map>
#include <set>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<int64_t> ImportComments(Store& store, const Clock& clock, const Actor& actor,
                               const std::vector<CommentInput>& rows,
                               const std::string& file_name) {
  DocumentStore& docs = DocumentsOf(store);
  const Date today = VietnamDay(clock);
  const std::string now = UtcText(clock.NowMs());
  struct Version {
    Loaded loaded;
    documents::Content content;
  };
  std::map<int64_t, Version> versions;
  std::set<std::pair<int64_t, std::string>> allowed;  // (version, unit) already authorized
  std::vector<CommentRecord> records;
  records.reserve(rows.size());
  std::set<std::string> org_codes;
  for (size_t index = 0; index < rows.size(); ++index) {
    const CommentInput& row = rows[index];
    const auto at_row = [&](Error error) {
      error.file = file_name;
      error.row = static_cast<long>(index) + 2;  // the header is row 1
      return error;
    };
    auto it = versions.find(row.version_id);
    if (it == versions.end()) {
      auto loaded = LoadVersion(store, row.version_id);
      if (!loaded.ok()) return at_row(loaded.error());
      auto content = docs.VersionContent(row.version_id);
      if (!content.ok()) return content.error();
      it = versions.emplace(row.version_id, Version{*loaded, std::move(*content)}).first;
    }
    const auto key = std::make_pair(row.version_id, row.org_code);
    if (!allowed.count(key)) {
      if (Status s = AuthorizeComment(store, actor, it->second.loaded, row, today); !s) {
        return at_row(s.error());
      }
      allowed.insert(key);
    }
    auto comment = CommentOf(row, it->second.content, actor);
    if (!comment.ok()) return at_row(comment.error());
    if (!comment->org_code.empty() && org_codes.insert(comment->org_code).second) {
      auto organization = store.FindOrganization(comment->org_code);
      if (!organization.ok()) return organization.error();
      if (!*organization) {
        return at_row(
            InvalidInput("không có tổ chức đảng '" + comment->org_code + "' (unknown organization)",
                         "org_code"));
      }
    }
    comment->created_at = now;
    records.push_back(std::move(*comment));
  }
  if (records.empty())
    return InvalidInput("tệp không có ý kiến nào (no comment in the file)", "file");
  int64_t stored = 0;
  Status written = store.InTransaction([&]() -> Status {
    auto added = docs.AddComments(records);
    if (!added.ok()) return added.error();
    stored = *added;
    std::string version_list;
    for (const auto& [id, version] : versions) {
      version_list += (version_list.empty() ? "" : ",") + std::to_string(id);
    }
    return RecordChange(store, actor,
                        {"comment.import", versions.begin()->second.loaded.document.org_code,
                         ChangeText({{"versions", version_list},
                                     {"comments", std::to_string(stored)},
                                     {"file", file_name}})});
  });
  if (!written) return written.error();
  return stored;
}

}  // namespace daihoi::app
