// `daihoi roll import --congress CODE --term T FILE`: ex-officio members (R-EX-OFFICIO) and the
// delegations elected by the subordinate congresses, from CSV or XLSX. Every row is checked
// first; the writes run in one transaction, so a bad row leaves the roll as it was.
#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "app/columns.h"
#include "app/roll.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/roll_text.h"
#include "cli/table_columns.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

const std::vector<TableColumn>& RollColumns() {
  static const std::vector<TableColumn> columns = {
      {"role", {"Vai trò", "Loại đại biểu", "Tư cách"}, true},
      {"unit_code", {"Mã đơn vị", "Mã đoàn", "Mã tổ chức", "Mã đơn vị bầu"}, false},
      {"rank", {"Thứ tự", "Thứ tự trong đoàn", "Thứ hạng"}, false},
      {"full_name", {"Họ và tên", "Họ tên"}, false},
      {"member_id", {"Mã đảng viên", "Số thẻ đảng viên"}, false},
      {"gender", {"Giới tính", "Giới"}, false},
      {"birth_date", {"Ngày sinh", "Ngày tháng năm sinh"}, false},
  };
  return columns;
}

std::optional<election::RollRole> ParseRole(std::string_view text) {
  if (auto role = election::ParseRollRole(text)) return role;
  const std::string key = app::HeaderKey(text);
  if (key == "ex officio" || key == "duong nhien" || key == "dai bieu duong nhien") {
    return election::RollRole::kExOfficio;
  }
  if (key == "chinh thuc" || key == "dai bieu chinh thuc") return election::RollRole::kOfficial;
  if (key == "du khuyet" || key == "dai bieu du khuyet") return election::RollRole::kAlternate;
  return std::nullopt;
}

// A row read from the file: who, and where it goes.
struct RollRow {
  long line = 0;
  election::RollRole role = election::RollRole::kOfficial;
  std::string unit_code;
  std::optional<int> rank;
  app::NewDelegate person;
};

// Officials and alternates of one unit, in rank order (file order where no rank is given).
struct UnitRows {
  std::vector<const RollRow*> officials;
  std::vector<const RollRow*> alternates;
};

// Where a use-case error points: `people[2].member_id` → that row, column member_id.
TableProblem Locate(const Error& error, const std::vector<const RollRow*>& people,
                    const UnitRows* unit, long fallback_row) {
  TableProblem problem{fallback_row, "", error.message};
  const std::string& field = error.field;
  auto open = field.find('[');
  auto close = field.find("].");
  if (open != std::string::npos && close != std::string::npos && close > open) {
    const std::string list = field.substr(0, open);
    const size_t index = std::stoul(field.substr(open + 1, close - open - 1));
    const std::vector<const RollRow*>* rows = nullptr;
    if (list == "people") rows = &people;
    if (unit && list == "officials") rows = &unit->officials;
    if (unit && list == "alternates") rows = &unit->alternates;
    if (rows && index < rows->size()) {
      problem.row = (*rows)[index]->line;
      problem.column = field.substr(close + 2);
      return problem;
    }
  }
  problem.column = field == "officials" ? "role" : field;
  return problem;
}

}  // namespace

int RunRollImport(const Context& ctx, const std::string& congress, const std::string& term,
                  const std::string& path) {
  auto bytes = ReadInput(path);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(path, *bytes);
  if (!table) return Fail(table.error());

  std::vector<TableProblem> problems;
  const ColumnTable table_rows(*table, RollColumns(), problems);

  std::vector<RollRow> rows;
  if (problems.empty()) {
    for (size_t i = 0; i < table_rows.size(); ++i) {
      if (table_rows.Blank(i)) continue;
      auto cell = [&](std::string_view column) { return table_rows.Cell(i, column); };
      RollRow row;
      row.line = table_rows.Line(i);
      const std::string role = cell("role");
      if (auto parsed = ParseRole(role); parsed && *parsed != election::RollRole::kMember) {
        row.role = *parsed;
      } else {
        problems.push_back({row.line, "role",
                            "vai trò không hợp lệ '" + role +
                                "': ex_officio (đương nhiên), official (chính thức), alternate "
                                "(dự khuyết)"});
        continue;
      }
      row.unit_code = cell("unit_code");
      if (row.role == election::RollRole::kExOfficio && !row.unit_code.empty()) {
        problems.push_back({row.line, "unit_code",
                            "đại biểu đương nhiên không thuộc đoàn nào (ex officio: no unit)"});
      } else if (row.role != election::RollRole::kExOfficio && row.unit_code.empty()) {
        problems.push_back({row.line, "unit_code", "thiếu mã đơn vị bầu đoàn đại biểu"});
      }
      if (const std::string rank = cell("rank"); !rank.empty()) {
        const bool digits = rank.size() <= 6 && std::all_of(rank.begin(), rank.end(), [](char c) {
                              return c >= '0' && c <= '9';
                            });
        if (!digits || std::stoi(rank) < 1) {
          problems.push_back(
              {row.line, "rank", "thứ tự phải là số nguyên dương (rank: 1, 2, …) '" + rank + "'"});
        } else {
          row.rank = std::stoi(rank);
        }
      }
      row.person.full_name = cell("full_name");
      row.person.member_id = cell("member_id");
      row.person.gender = cell("gender");
      if (const std::string birth = cell("birth_date"); !birth.empty()) {
        row.person.birth_date = Date::Parse(birth);
        if (!row.person.birth_date) {
          problems.push_back({row.line, "birth_date",
                              "ngày không hợp lệ '" + birth + "' (YYYY-MM-DD hoặc DD/MM/YYYY)"});
        }
      }
      if (row.person.full_name.empty() && row.person.member_id.empty()) {
        problems.push_back(
            {row.line, "full_name", "thiếu họ và tên (full_name, or a member_id in the registry)"});
      }
      rows.push_back(std::move(row));
    }
  }

  // Ex officio in file order; delegations per unit, each role in rank order.
  std::vector<const RollRow*> ex_officio;
  std::map<std::string, UnitRows> units;
  for (const RollRow& row : rows) {
    if (row.role == election::RollRole::kExOfficio) {
      ex_officio.push_back(&row);
    } else {
      UnitRows& unit = units[row.unit_code];
      (row.role == election::RollRole::kOfficial ? unit.officials : unit.alternates)
          .push_back(&row);
    }
  }
  for (auto& [code, unit] : units) {
    for (auto* list : {&unit.officials, &unit.alternates}) {
      std::stable_sort(list->begin(), list->end(), [](const RollRow* a, const RollRow* b) {
        return a->rank.value_or(0) < b->rank.value_or(0);
      });
      const bool ranked = std::any_of(list->begin(), list->end(),
                                      [](const RollRow* r) { return r->rank.has_value(); });
      for (size_t k = 0; ranked && k < list->size(); ++k) {
        const RollRow* row = (*list)[k];
        if (!row->rank) {
          problems.push_back({row->line, "rank",
                              "đoàn '" + code +
                                  "' ghi thứ tự cho người khác: cần ghi cho "
                                  "mọi người cùng vai trò"});
        } else if (k > 0 && (*list)[k - 1]->rank == row->rank) {
          problems.push_back(
              {row->line, "rank",
               "thứ tự " + std::to_string(*row->rank) + " bị lặp trong đoàn '" + code + "'"});
        }
      }
    }
    if (unit.officials.empty()) {
      const RollRow* first = unit.alternates.front();
      problems.push_back(
          {first->line, "role", "đoàn '" + code + "' không có đại biểu chính thức (no officials)"});
    }
  }

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef ref{congress, term};
  int64_t created = 0;
  std::optional<Error> fatal;  // not about a row: the congress, the storage
  if (problems.empty()) {
    // Each use case checks its part against the store; errors are gathered, then the whole
    // transaction is rolled back.
    Status written = (*store)->InTransaction([&]() -> Status {
      auto keep = [&](const Error& error, const std::vector<const RollRow*>& people,
                      const UnitRows* unit, long fallback_row) {
        if (error.code == ErrorCode::kStorage || error.code == ErrorCode::kInternal ||
            error.field == "code" || error.field == "term" || error.field == "congress" ||
            error.field == "opening") {
          if (!fatal) fatal = OptionError(error);
        } else {
          problems.push_back(Locate(error, people, unit, fallback_row));
        }
      };
      if (!ex_officio.empty()) {
        std::vector<app::NewDelegate> people;
        for (const RollRow* row : ex_officio) people.push_back(row->person);
        auto ids = app::AddExOfficio(**store, CommandLineActor(), ref, people);
        if (ids) {
          created += static_cast<int64_t>(ids->size());
        } else {
          keep(ids.error(), ex_officio, nullptr, ex_officio.front()->line);
        }
      }
      for (const auto& [code, unit] : units) {
        if (fatal) break;
        app::DelegationInput delegation;
        delegation.unit_code = code;
        for (const RollRow* row : unit.officials) delegation.officials.push_back(row->person);
        for (const RollRow* row : unit.alternates) delegation.alternates.push_back(row->person);
        auto ids = app::RecordDelegation(**store, CommandLineActor(), ref, delegation);
        if (ids) {
          created += static_cast<int64_t>(ids->size());
        } else {
          const long first =
              unit.officials.empty() ? unit.alternates.front()->line : unit.officials.front()->line;
          keep(ids.error(), {}, &unit, first);
        }
      }
      if (fatal) return *fatal;
      if (!problems.empty()) {
        return InvalidInput("nothing imported");  // rolls the transaction back
      }
      return {};
    });
    if (fatal) return Fail(*fatal);
    if (!written && problems.empty()) return Fail(written.error());
  }

  if (!problems.empty()) return ReportTableProblems(path, std::move(problems));
  if (ctx.json) {
    nlohmann::ordered_json out = {{"file", path},
                                  {"congress", congress},
                                  {"term", term},
                                  {"ex_officio", ex_officio.size()},
                                  {"delegations", units.size()},
                                  {"created", created}};
    std::cout << out.dump() << "\n";
  } else {
    std::cout << "Đã nhập " << created << " người vào danh sách: " << ex_officio.size()
              << " đại biểu đương nhiên, " << units.size() << " đoàn đại biểu\n\n";
  }
  if (ctx.json) return 0;
  return PrintRoll(ctx, **store, ref);
}

}  // namespace daihoi::cli
