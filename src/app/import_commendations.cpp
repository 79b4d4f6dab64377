// Use case: a commendation list from a CSV or XLSX file, every row checked before any is
// written (app/groups.h).
#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

std::optional<teams::RecipientKind> ParseKind(std::string_view text) {
  if (auto kind = teams::ParseRecipientKind(text)) return kind;
  const std::string key = HeaderKey(text);
  if (key == "tap the" || key == "to chuc") return teams::RecipientKind::kCollective;
  if (key == "ca nhan" || key == "dang vien") return teams::RecipientKind::kIndividual;
  return std::nullopt;
}

}  // namespace

Result<ImportReport> ImportCommendations(Store& store, const Actor& actor,
                                         const CongressRef& congress, const Table& table,
                                         bool dry_run) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  ImportReport report;
  report.file = table.file;
  const std::vector<Column>& columns = CommendationColumns();

  // Header: English names, Vietnamese headers or their aliases.
  std::map<std::string_view, size_t> cell_of;
  for (size_t index = 0; index < table.header.size(); ++index) {
    const std::string key = HeaderKey(table.header[index]);
    if (key.empty() || key == "stt" || key == "so tt" || key == "ghi chu") continue;
    bool known = false;
    for (const Column& column : columns) {
      bool match = key == HeaderKey(column.name) || key == HeaderKey(column.vietnamese);
      for (std::string_view alias : column.aliases) match = match || key == HeaderKey(alias);
      if (match) {
        cell_of.emplace(column.name, index);
        known = true;
        break;
      }
    }
    if (!known) {
      report.errors.push_back({1, table.header[index],
                               "cột không biết '" + table.header[index] + "' (unknown column)"});
    }
  }
  for (const Column& column : columns) {
    if (column.required && !cell_of.contains(column.name)) {
      report.errors.push_back(
          {1, std::string(column.name),
           "thiếu cột " + std::string(column.name) + " (" + std::string(column.vietnamese) + ")"});
    }
  }
  if (!report.errors.empty()) return report;

  std::vector<teams::Commendation> commendations;
  std::vector<long> lines;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    const auto& cells = table.rows[i];
    const auto cell = [&](std::string_view column) {
      auto it = cell_of.find(column);
      if (it == cell_of.end() || it->second >= cells.size()) return std::string();
      return text::Normalize(cells[it->second]);
    };
    if (std::all_of(cells.begin(), cells.end(),
                    [](const std::string& c) { return text::Normalize(c).empty(); })) {
      continue;
    }
    const long line =
        i < table.row_numbers.size() ? table.row_numbers[i] : static_cast<long>(i) + 2;
    ++report.rows;
    teams::Commendation c;
    const std::string kind = cell("kind");
    if (auto parsed = ParseKind(kind)) {
      c.kind = *parsed;
    } else {
      report.errors.push_back({line, "kind",
                               "đối tượng không hợp lệ '" + kind +
                                   "': tập thể (collective) hoặc cá "
                                   "nhân (individual)"});
      continue;
    }
    c.org_code = cell("org_code");
    c.member_id = cell("member_id");
    c.full_name = cell("full_name");
    c.award = cell("award");
    c.decision = cell("decision");
    c.reason = cell("reason");
    const std::string decided_on = cell("decided_on");
    c.decided_on = Date::Parse(decided_on);
    if (!decided_on.empty() && !c.decided_on) {
      report.errors.push_back(
          {line, "decided_on",
           "ngày không hợp lệ '" + decided_on + "' (YYYY-MM-DD hoặc DD/MM/YYYY)"});
      continue;
    }
    const std::vector<Error> errors = teams::ValidateCommendation(c);
    for (const Error& error : errors) report.errors.push_back({line, error.field, error.message});
    if (!errors.empty()) continue;
    commendations.push_back(std::move(c));
    lines.push_back(line);
  }

  // The store's checks (organizations in the subtree, members in the registry) of the rows
  // sound so far, each problem named by its row.
  for (size_t i = 0; i < commendations.size(); ++i) {
    Status s = groups_detail::PrepareCommendation(store, congress, commendations[i], "");
    if (!s) {
      if (s.error().code == ErrorCode::kStorage || s.error().code == ErrorCode::kInternal) {
        return s.error();
      }
      report.errors.push_back({lines[i], s.error().field, s.error().message});
    }
  }
  if (!report.errors.empty() || dry_run) {
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.row < b.row; });
    return report;
  }
  auto ids = AddCommendations(store, actor, congress, commendations);
  if (!ids.ok()) return ids.error();
  report.inserted = static_cast<int64_t>(ids->size());
  report.written = true;
  return report;
}

}  // namespace daihoi::app
