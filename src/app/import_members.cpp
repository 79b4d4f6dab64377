// Use case: import members (CONTRACTS.md "Data", members), upserted by id. Every org_code must
// name a stored organization (organizations are imported first).

#include <unordered_map>
#include <unordered_set>

#include "app/import_parse.h"

namespace daihoi::app::import_detail {

Result<ImportReport> ImportMembers(Store& store, const Table& table, const ImportOptions& options) {
  ImportReport report;
  report.kind = ImportKind::kMembers;
  report.file = table.file;
  Errors errors(report.errors);
  Rows rows;
  if (!Rows::Match(ImportKind::kMembers, table, errors, rows)) {
    errors.Finish();
    return report;
  }
  auto stored_codes = StoredOrgCodes(store);
  if (!stored_codes) return stored_codes.error();
  const std::unordered_set<std::string>& org_codes = *stored_codes;

  const int64_t total = static_cast<int64_t>(rows.size());
  Progress progress(options, 2 * total);
  std::vector<org::Member> members;
  std::unordered_map<std::string, long> line_of_id;
  for (size_t i = 0; i < rows.size(); ++i) {
    progress.Step(static_cast<int64_t>(i));
    if (rows.Blank(i)) continue;
    ++report.rows;
    const long line = rows.Line(i);
    bool bad = false;
    org::Member m;
    m.id = rows.Text(i, "id");
    m.full_name = rows.Text(i, "full_name");
    m.org_code = rows.Text(i, "org_code");
    if (m.id.empty()) {
      errors.Add(line, "id", "mã đảng viên trống (empty id)");
      bad = true;
    } else if (auto [it, inserted] = line_of_id.emplace(m.id, line); !inserted) {
      errors.Add(line, "id",
                 "mã đảng viên trùng (duplicate id) '" + m.id + "', đã có ở dòng (also on row) " +
                     std::to_string(it->second));
      bad = true;
    }
    if (m.full_name.empty()) {
      errors.Add(line, "full_name", "họ và tên trống (empty full name)");
      bad = true;
    }
    if (m.org_code.empty()) {
      errors.Add(line, "org_code", "mã tổ chức trống (empty org_code)");
      bad = true;
    } else if (!org_codes.contains(m.org_code)) {
      errors.Add(line, "org_code",
                 "tổ chức không tồn tại (unknown organization) '" + m.org_code + "'");
      bad = true;
    }
    if (std::string gender = rows.Text(i, "gender"); !gender.empty()) {
      if (auto g = ParseGender(gender)) {
        m.gender = *g;
      } else {
        errors.Add(line, "gender",
                   "giới tính phải là Nam/Nữ (male/female), không phải '" + gender + "'");
        bad = true;
      }
    }
    m.birth_date = ParseDateCell(rows.Text(i, "birth_date"), line, "birth_date", errors, bad);
    m.party_join_date =
        ParseDateCell(rows.Text(i, "party_join_date"), line, "party_join_date", errors, bad);
    m.full_member_date =
        ParseDateCell(rows.Text(i, "full_member_date"), line, "full_member_date", errors, bad);
    if (m.birth_date && m.party_join_date && *m.party_join_date <= *m.birth_date) {
      errors.Add(line, "party_join_date", "ngày vào Đảng trước ngày sinh (joined before birth)");
      bad = true;
    }
    if (m.party_join_date && m.full_member_date && *m.full_member_date < *m.party_join_date) {
      errors.Add(line, "full_member_date",
                 "ngày chính thức trước ngày vào Đảng (full member before joining)");
      bad = true;
    }
    if (std::string status = rows.Text(i, "status"); !status.empty()) {
      if (auto s = ParseStatus(status)) {
        m.status = *s;
      } else {
        errors.Add(line, "status",
                   "trạng thái không hợp lệ (unknown status) '" + status +
                       "': full, probationary, suspended, transferred, exempt");
        bad = true;
      }
    }
    if (!bad) members.push_back(std::move(m));
  }
  errors.Finish();
  if (!report.errors.empty()) return report;

  std::vector<std::string> ids;
  ids.reserve(members.size());
  for (const org::Member& m : members) ids.push_back(m.id);
  auto existing = store.ExistingMemberIds(ids);
  if (!existing) return existing.error();
  report.updated = static_cast<int64_t>(existing->size());
  report.inserted = static_cast<int64_t>(members.size()) - report.updated;
  if (options.dry_run) return report;

  Status written = WriteInOneTransaction(
      store, members, [&](const auto& batch) { return store.UpsertMembers(batch); }, progress,
      total);
  if (!written) return written.error();
  report.written = true;
  if (options.progress) options.progress(2 * total, 2 * total);
  return report;
}

}  // namespace daihoi::app::import_detail
