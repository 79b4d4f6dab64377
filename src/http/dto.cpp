#include "http/dto.h"

#include <algorithm>

#include "http/params.h"

namespace daihoi::http {
namespace {

nlohmann::json DateOrNull(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToIso();
}

}  // namespace

nlohmann::json ToJson(const org::Level& level) {
  return {{"code", level.code}, {"name", level.name}, {"rank", level.rank}};
}

nlohmann::json ToJson(const org::Organization& organization) {
  nlohmann::json out = {
      {"code", organization.code},         {"name", organization.name},
      {"level", organization.level},       {"parent_code", organization.parent_code},
      {"category", organization.category},
  };
  if (organization.members) {
    out["members"] = *organization.members;
  } else {
    out["members"] = nullptr;
  }
  return out;
}

nlohmann::json ToJson(const org::Member& member, const access::PersonalFields& fields) {
  // docs/security.md: a personal field the reader may not see is left out, not emptied.
  nlohmann::json out = {
      {"id", member.id},
      {"full_name", member.full_name},
      {"gender", member.gender},
  };
  if (fields.birth_date) out["birth_date"] = DateOrNull(member.birth_date);
  if (fields.party_dates) {
    out["party_join_date"] = DateOrNull(member.party_join_date);
    out["full_member_date"] = DateOrNull(member.full_member_date);
  }
  out["org_code"] = member.org_code;
  if (fields.status) out["status"] = org::ToString(member.status);
  return out;
}

nlohmann::json ToJson(const org::LevelCount& count) {
  return {
      {"level", count.level},
      {"organizations", count.organizations},
      {"members", count.members},
  };
}

nlohmann::json ToJson(const app::ImportReport& report) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& error : report.errors) {
    errors.push_back({{"row", error.row}, {"column", error.column}, {"message", error.message}});
  }
  return {
      {"kind", ToString(report.kind)}, {"file", report.file},       {"rows", report.rows},
      {"inserted", report.inserted},   {"updated", report.updated}, {"written", report.written},
      {"errors", std::move(errors)},
  };
}

nlohmann::json TablePreview(const app::Table& table, size_t max_rows) {
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json row_numbers = nlohmann::json::array();
  size_t shown = std::min(max_rows, table.rows.size());
  for (size_t row_index = 0; row_index < shown; ++row_index) {
    rows.push_back(table.rows[row_index]);
    // The file row each entry starts on; without the reader's numbers, header row 1 then i + 2.
    row_numbers.push_back(row_index < table.row_numbers.size() ? table.row_numbers[row_index]
                                                               : static_cast<long>(row_index) + 2);
  }
  return {
      {"header", table.header}, {"rows", std::move(rows)}, {"row_numbers", std::move(row_numbers)}};
}

int64_t SubtreeMembers(const std::vector<org::LevelCount>& counts, const std::string& root_level) {
  for (const auto& count : counts) {
    if (count.level == root_level) return count.members;
  }
  return 0;
}

int64_t SubtreeOrganizations(const std::vector<org::LevelCount>& counts) {
  int64_t total = 0;
  for (const auto& count : counts) total += count.organizations;
  return total;
}

}  // namespace daihoi::http
