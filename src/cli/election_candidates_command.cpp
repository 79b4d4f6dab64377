// `daihoi election candidates ID FILE`: the list of candidates of an election from CSV or XLSX
// (columns id, full_name, birth_date, member_id, gender, or their Vietnamese headers), replacing
// the list while it is not locked. Every row is checked first; a bad row writes nothing and is
// named with its row and column.
#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "app/columns.h"
#include "app/import_parse.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "report/table_io.h"
#include "storage/open.h"
#include "text/text.h"

namespace daihoi::cli {
namespace {

struct CandidateColumn {
  std::string_view name;                  // English, as errors name it
  std::vector<std::string_view> headers;  // Vietnamese headers accepted (HeaderKey matching)
  bool required = false;
};

const std::vector<CandidateColumn>& CandidateColumns() {
  static const std::vector<CandidateColumn> columns = {
      {"id", {"Mã", "Mã ứng cử viên", "Mã người ứng cử"}, false},
      {"full_name", {"Họ và tên", "Họ tên"}, true},
      {"birth_date", {"Ngày sinh", "Ngày tháng năm sinh"}, false},
      {"member_id", {"Mã đảng viên", "Số thẻ đảng viên"}, false},
      {"gender", {"Giới tính", "Giới"}, false},
  };
  return columns;
}

struct Problem {
  long row = 0;
  std::string column;
  std::string message;
};

}  // namespace

int RunElectionCandidates(const Context& ctx, int64_t election_id, const std::string& path) {
  auto bytes = ReadInput(path);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(path, *bytes);
  if (!table) return Fail(table.error());

  std::vector<Problem> problems;
  // Header: each cell is a known column (serial-number and notes columns are skipped).
  std::map<std::string_view, size_t> cell_of;
  for (size_t cell = 0; cell < table->header.size(); ++cell) {
    const std::string key = app::HeaderKey(text::Normalize(table->header[cell]));
    if (key.empty() || key == "stt" || key == "tt" || key == "ghi chu" || key == "note") continue;
    std::optional<std::string_view> found;
    for (const CandidateColumn& column : CandidateColumns()) {
      if (key == app::HeaderKey(column.name)) found = column.name;
      for (std::string_view header : column.headers) {
        if (key == app::HeaderKey(header)) found = column.name;
      }
    }
    if (!found) {
      problems.push_back({1, table->header[cell],
                          "cột không xác định (unknown column) '" + table->header[cell] + "'"});
    } else if (!cell_of.emplace(*found, cell).second) {
      problems.push_back({1, std::string(*found), "cột bị lặp (column given twice)"});
    }
  }
  for (const CandidateColumn& column : CandidateColumns()) {
    if (column.required && !cell_of.contains(column.name)) {
      problems.push_back(
          {1, std::string(column.name), "thiếu cột bắt buộc (missing required column)"});
    }
  }

  std::vector<app::CandidateRecord> candidates;
  std::vector<long> lines;  // the file row of each candidate
  if (problems.empty()) {
    for (size_t i = 0; i < table->rows.size(); ++i) {
      const auto& cells = table->rows[i];
      auto cell = [&](std::string_view column) {
        auto it = cell_of.find(column);
        if (it == cell_of.end() || it->second >= cells.size()) return std::string();
        return text::Normalize(cells[it->second]);
      };
      if (std::all_of(cells.begin(), cells.end(),
                      [](const std::string& c) { return text::Normalize(c).empty(); })) {
        continue;
      }
      const long line =
          i < table->row_numbers.size() ? table->row_numbers[i] : static_cast<long>(i) + 2;
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
    Status set = app::SetCandidates(ports, election_id, candidates);
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
  if (!problems.empty()) {
    std::sort(problems.begin(), problems.end(),
              [](const Problem& a, const Problem& b) { return a.row < b.row; });
    for (const Problem& problem : problems) {
      std::cerr << path;
      if (problem.row > 0) std::cerr << ", row " << problem.row;
      if (!problem.column.empty()) std::cerr << ", column " << problem.column;
      std::cerr << ": " << problem.message << "\n";
    }
    std::cerr << "daihoi: không nhập gì cả (nothing imported): " << problems.size()
              << " lỗi (errors)\n";
    return 2;
  }
  if (!ctx.json) {
    std::cout << "Đã nhập danh sách " << candidates.size() << " người ứng cử.\n\n";
  }
  return PrintElection(ctx, ports, election_id);
}

}  // namespace daihoi::cli
