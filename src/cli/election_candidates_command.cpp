// `daihoi election candidates ID FILE`: the list of candidates of an election from CSV or XLSX
// (columns id, full_name, birth_date, member_id, gender, or their Vietnamese headers), replacing
// the list while it is not locked. Every row is checked first; a bad row writes nothing and is
// named with its row and column.
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "app/import_parse.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/table_columns.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

const std::vector<TableColumn>& CandidateColumns() {
  static const std::vector<TableColumn> columns = {
      {"id", {"Mã", "Mã ứng cử viên", "Mã người ứng cử"}, false},
      {"full_name", {"Họ và tên", "Họ tên"}, true},
      {"birth_date", {"Ngày sinh", "Ngày tháng năm sinh"}, false},
      {"member_id", {"Mã đảng viên", "Số thẻ đảng viên"}, false},
      {"gender", {"Giới tính", "Giới"}, false},
  };
  return columns;
}

}  // namespace

int RunElectionCandidates(const Context& ctx, int64_t election_id, const std::string& path) {
  auto bytes = ReadInput(path);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(path, *bytes);
  if (!table) return Fail(table.error());

  std::vector<TableProblem> problems;
  const ColumnTable rows(*table, CandidateColumns(), problems);

  std::vector<app::CandidateRecord> candidates;
  std::vector<long> lines;  // the file row of each candidate
  if (problems.empty()) {
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows.Blank(i)) continue;
      const long line = rows.Line(i);
      auto cell = [&](std::string_view column) { return rows.Cell(i, column); };
      app::CandidateRecord candidate;
      // Without an id the candidate is known by their place in the file: c1, c2, …
      candidate.id = cell("id");
      if (candidate.id.empty()) candidate.id = "c" + std::to_string(candidates.size() + 1);
      candidate.full_name = cell("full_name");
      if (const std::string birth = cell("birth_date"); !birth.empty()) {
        candidate.birth_date = Date::Parse(birth);
        if (!candidate.birth_date) {
          problems.push_back({line, "birth_date",
                              "ngày không hợp lệ '" + birth + "' (YYYY-MM-DD hoặc DD/MM/YYYY)"});
        }
      }
      candidate.member_id = cell("member_id");
      if (const std::string gender = cell("gender"); !gender.empty()) {
        if (auto parsed = app::import_detail::ParseGender(gender)) {
          candidate.gender = *parsed;
        } else {
          problems.push_back({line, "gender",
                              "giới tính không hợp lệ '" + gender + "': nam (male) / nữ (female)"});
        }
      }
      candidates.push_back(std::move(candidate));
      lines.push_back(line);
    }
  }

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  if (problems.empty()) {
    Status set = app::SetCandidates(ports, CommandLineActor(), election_id, candidates);
    if (!set) {
      Error error = set.error();
      // `candidates[3].full_name` is that row, that column; anything else is not about a row.
      const auto open = error.field.find('[');
      const auto close = error.field.find("].");
      if (error.field.starts_with("candidates[") && close != std::string::npos) {
        const size_t index = std::stoul(error.field.substr(open + 1, close - open - 1));
        if (index < lines.size()) {
          problems.push_back({lines[index], error.field.substr(close + 2), error.message});
        }
      }
      if (problems.empty()) return Fail(CountOptionError(error));
    }
  }
  if (!problems.empty()) return ReportTableProblems(path, std::move(problems));
  if (!ctx.json) {
    std::cout << "Đã nhập danh sách " << candidates.size() << " người ứng cử.\n\n";
  }
  return PrintElection(ctx, ports, election_id);
}

}  // namespace daihoi::cli
