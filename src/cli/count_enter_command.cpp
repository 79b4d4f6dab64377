// `daihoi count enter ROUND --clerk NAME FILE`: one clerk's entries of many ballots at once (bulk
// entry, tests). One ballot a line, numbers as printed on the ballot (1-based):
//   17: 1 5 9        ballot 17 strikes the names numbered 1, 5 and 9
//   18: -            nothing struck (or, without surplus, no box marked)
//   19: x            retracts 19: entered by mistake, there is no such ballot
//   20: 1a 2d 3b     a list without surplus: 1 agree, 2 disagree, 3 both boxes (R-BALLOT-FORM)
//   21: 2 | u m      flags after "|": u not issued by the counting committee, m marked
// "#" starts a comment. Every line is checked first, then the entries are appended in one
// transaction: a bad line writes nothing and is named with its line number.
#include <cctype>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/count_json.h"
#include "json/tally_json.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

struct Line {
  long number = 0;  // in the file, 1-based
  election::EnteredBallot entry;
};

std::string Trim(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

std::vector<std::string> Words(const std::string& text) {
  std::string spaced = text;
  for (char& c : spaced) {
    if (c == ',' || c == ';' || c == '\t') c = ' ';
  }
  std::istringstream in(spaced);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// A positive whole number of at most 9 digits, else nullopt.
std::optional<int64_t> Positive(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const int64_t value = std::stoll(text);
  return value >= 1 ? std::optional<int64_t>(value) : std::nullopt;
}

Error LineError(const std::string& path, long line, std::string message) {
  Error error = InvalidInput(std::move(message));
  error.file = path;
  error.row = line;
  return error;
}

// One line of the file, for a round of `candidates` names in the given form.
Result<Line> ParseLine(const std::string& path, long line_number, const std::string& text,
                       int candidates, bool struck_form) {
  Line line;
  line.number = line_number;
  const size_t colon = text.find(':');
  if (colon == std::string::npos) {
    return LineError(path, line_number,
                     "thiếu dấu ':' sau số phiếu (expected \"17: 1 5 9\", \"18: -\", \"19: x\")");
  }
  const std::string number = Trim(text.substr(0, colon));
  const auto ballot_number = Positive(number);
  if (!ballot_number) {
    return LineError(path, line_number,
                     "số phiếu phải là số nguyên dương (ballot number), got '" + number + "'");
  }
  line.entry.number = *ballot_number;
  std::string rest = text.substr(colon + 1);
  std::string flags;
  if (const size_t bar = rest.find('|'); bar != std::string::npos) {
    flags = rest.substr(bar + 1);
    rest = rest.substr(0, bar);
  }
  election::Ballot& ballot = line.entry.ballot;
  ballot.form = struck_form ? election::Ballot::Form::kStruck : election::Ballot::Form::kMarks;
  const std::vector<std::string> words = Words(rest);
  if (words.size() == 1 && (words[0] == "x" || words[0] == "X")) {
    if (!Trim(flags).empty()) {
      return LineError(path, line_number, "phiếu rút lại (x) không có đánh dấu khác sau '|'");
    }
    line.entry.retracted = true;
    return line;
  }
  if (words.empty()) {
    return LineError(path, line_number,
                     "thiếu nội dung phiếu: các số bị gạch, '-' (không gạch tên nào) hoặc 'x' "
                     "(rút lại)");
  }
  if (!(words.size() == 1 && words[0] == "-")) {
    for (const std::string& word : words) {
      std::string digits = word;
      election::Mark mark = election::Mark::kNone;
      if (!struck_form) {
        const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(word.back())));
        mark = last == 'a'   ? election::Mark::kAgree
               : last == 'd' ? election::Mark::kDisagree
               : last == 'b' ? election::Mark::kBoth
                             : election::Mark::kNone;
        if (mark == election::Mark::kNone) {
          return LineError(path, line_number,
                           "danh sách không có số dư: ghi số kèm a (đồng ý), d (không đồng ý) "
                           "hoặc b (cả hai ô), got '" +
                               word + "' (R-BALLOT-FORM)");
        }
        digits = word.substr(0, word.size() - 1);
      }
      const auto position = Positive(digits);
      if (!position || *position > candidates) {
        return LineError(path, line_number,
                         "'" + word + "' không phải số thứ tự trên phiếu (1 đến " +
                             std::to_string(candidates) + ")");
      }
      const int index = static_cast<int>(*position - 1);
      if (struck_form) {
        ballot.struck.push_back(index);
      } else {
        ballot.marks.push_back({index, mark});
      }
    }
  }
  for (const std::string& flag : Words(flags)) {
    if (flag == "u" || flag == "U") {
      ballot.unofficial = true;
    } else if (flag == "m" || flag == "M") {
      ballot.marked = true;
    } else {
      return LineError(path, line_number,
                       "đánh dấu không hợp lệ '" + flag +
                           "' sau '|': u (không do ban kiểm phiếu phát ra), m (có dấu hiệu nhận "
                           "biết)");
    }
  }
  return line;
}

}  // namespace

int RunCountEnter(const Context& ctx, int64_t round_id, const std::string& clerk,
                  const std::string& path, const std::optional<std::string>& qr) {
  auto bytes = ReadInput(path);
  if (!bytes) return Fail(bytes.error());

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  // The round's list and form decide how the lines read.
  auto view = app::ShowCount(ports, CommandLineActor(), round_id);
  if (!view) return Fail(CountOptionError(view.error()));
  auto profile = json::LoadProfile(view->election.profile);
  if (!profile) return Fail(profile.error());
  const bool struck_form = json::StruckForm(*view, *profile);
  const int candidates = static_cast<int>(view->candidates.size());

  std::vector<Line> lines;
  std::istringstream in(*bytes);
  long line_number = 0;
  for (std::string text; std::getline(in, text);) {
    ++line_number;
    if (const size_t hash = text.find('#'); hash != std::string::npos) text.resize(hash);
    text = Trim(text);
    if (text.empty()) continue;
    auto line = ParseLine(path, line_number, text, candidates, struck_form);
    if (!line) return Fail(line.error());
    lines.push_back(std::move(*line));
  }
  if (lines.empty()) return Fail(LineError(path, 0, "tệp không có phiếu nào (no ballot lines)"));

  std::vector<app::BallotEntryRecord> appended;
  Status written = ports.store.InTransaction([&]() -> Status {
    for (const Line& line : lines) {
      auto entry = app::EnterBallot(ports, CommandLineActor(), round_id, clerk, line.entry, qr);
      if (!entry) {
        Error error = entry.error();
        if (error.field == "qr") {
          error.field = "--qr";  // the ballots scanned are not this election's current list
          return error;
        }
        if (error.code == ErrorCode::kInvalidInput && error.field != "clerk") {
          // About this line's ballot: name the line, the message says what.
          error.file = path;
          error.row = line.number;
          error.field.clear();
        }
        return CountOptionError(error);
      }
      appended.push_back(std::move(*entry));
    }
    return {};
  });
  if (!written) return Fail(written.error());

  const app::BallotEntryRecord& first = appended.front();
  const app::BallotEntryRecord& last = appended.back();
  if (ctx.json) {
    nlohmann::ordered_json out = {{"round", round_id},          {"clerk", first.clerk},
                                  {"entries", appended.size()}, {"first_seq", first.seq},
                                  {"last_seq", last.seq},       {"head", last.hash}};
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << "Đã nhập " << appended.size() << " phiếu của " << first.clerk
              << " vào vòng bầu số " << round_id << " (bản ghi số " << first.seq
              << (last.seq != first.seq ? "–" + std::to_string(last.seq) : std::string())
              << ").\nĐầu chuỗi: " << last.hash << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
