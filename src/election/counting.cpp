#include "election/counting.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace daihoi::election {

namespace {

// Write-in names may hold any character; the separators of the canonical text are escaped.
std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '|' || c == ';' || c == ',' || c == '=' || c == ':') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      out += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> Unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
    if (ec != std::errc() || ptr != text.data() + i + 3) return std::nullopt;
    out += static_cast<char>(value);
    i += 2;
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

std::optional<int> ParseIndex(std::string_view text, int candidates) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 0 || value >= candidates) {
    return std::nullopt;
  }
  return value;
}

char MarkLetter(Mark mark) {
  switch (mark) {
    case Mark::kAgree:
      return 'a';
    case Mark::kDisagree:
      return 'd';
    case Mark::kBoth:
      return 'b';
    case Mark::kNone:
      break;
  }
  return 'n';
}

std::optional<Mark> LetterMark(std::string_view letter) {
  if (letter == "a") return Mark::kAgree;
  if (letter == "d") return Mark::kDisagree;
  if (letter == "b") return Mark::kBoth;
  return std::nullopt;
}

Error Malformed(int64_t number, const std::string& what) {
  return Error(ErrorCode::kInvalidInput,
               "phiếu số " + std::to_string(number) + ": bản ghi không hợp lệ (" + what + ")",
               "entry");
}

}  // namespace

std::string EncodeEntry(const EnteredBallot& entry) {
  if (entry.retracted) return "X";
  const Ballot& ballot = entry.ballot;
  std::string text;
  if (ballot.form == Ballot::Form::kStruck) {
    std::vector<int> struck = ballot.struck;
    std::sort(struck.begin(), struck.end());
    text = "S:";
    for (size_t i = 0; i < struck.size(); ++i) {
      if (i) text += ',';
      text += std::to_string(struck[i]);
    }
  } else {
    std::vector<CandidateMark> marks;
    for (const auto& mark : ballot.marks) {
      if (mark.mark != Mark::kNone) marks.push_back(mark);
    }
    std::sort(marks.begin(), marks.end(), [](const CandidateMark& a, const CandidateMark& b) {
      return a.candidate < b.candidate;
    });
    text = "K:";
    for (size_t i = 0; i < marks.size(); ++i) {
      if (i) text += ',';
      text += std::to_string(marks[i].candidate) + '=' + MarkLetter(marks[i].mark);
    }
  }
  if (!ballot.write_in.empty()) {
    std::vector<std::string> names = ballot.write_in;
    std::sort(names.begin(), names.end());
    text += "|W:";
    for (size_t i = 0; i < names.size(); ++i) {
      if (i) text += ';';
      text += Escape(names[i]);
    }
  }
  if (ballot.unofficial) text += "|U";
  if (ballot.marked) text += "|M";
  return text;
}

Result<EnteredBallot> DecodeEntry(std::string_view text, int64_t number, int candidates) {
  EnteredBallot entry;
  entry.number = number;
  if (text == "X") {
    entry.retracted = true;
    return entry;
  }
  auto segments = Split(text, '|');
  std::string_view head = segments.front();
  Ballot& ballot = entry.ballot;
  if (head.starts_with("S:")) {
    ballot.form = Ballot::Form::kStruck;
    std::set<int> seen;
    if (head.size() > 2) {
      for (auto part : Split(head.substr(2), ',')) {
        auto index = ParseIndex(part, candidates);
        if (!index || !seen.insert(*index).second) return Malformed(number, "tên gạch");
        ballot.struck.push_back(*index);
      }
    }
  } else if (head.starts_with("K:")) {
    ballot.form = Ballot::Form::kMarks;
    std::set<int> seen;
    if (head.size() > 2) {
      for (auto part : Split(head.substr(2), ',')) {
        auto eq = part.find('=');
        if (eq == part.npos) return Malformed(number, "ô đánh dấu");
        auto index = ParseIndex(part.substr(0, eq), candidates);
        auto mark = LetterMark(part.substr(eq + 1));
        if (!index || !mark || !seen.insert(*index).second) return Malformed(number, "ô đánh dấu");
        ballot.marks.push_back({*index, *mark});
      }
    }
  } else {
    return Malformed(number, "dạng phiếu");
  }
  for (size_t i = 1; i < segments.size(); ++i) {
    std::string_view segment = segments[i];
    if (segment == "U") {
      ballot.unofficial = true;
    } else if (segment == "M") {
      ballot.marked = true;
    } else if (segment.starts_with("W:")) {
      for (auto part : Split(segment.substr(2), ';')) {
        auto name = Unescape(part);
        if (!name || name->empty()) return Malformed(number, "tên viết thêm");
        ballot.write_in.push_back(std::move(*name));
      }
    } else {
      return Malformed(number, "phần không rõ");
    }
  }
  return entry;
}

Result<Reconciliation> Reconcile(const std::vector<ClerkLog>& logs, int required_clerks) {
  if (required_clerks < 1) {
    return Error(ErrorCode::kInvalidInput, "số người nhập phiếu phải từ 1 trở lên",
                 "required_clerks");
  }
  std::set<std::string> names;
  // Per clerk, the latest canonical text and ballot of each number (a later entry corrects).
  std::vector<std::map<int64_t, std::pair<std::string, Ballot>>> latest(logs.size());
  std::set<int64_t> numbers;
  for (size_t c = 0; c < logs.size(); ++c) {
    if (!names.insert(logs[c].clerk).second) {
      return Error(ErrorCode::kInvalidInput, "người nhập phiếu trùng tên: " + logs[c].clerk,
                   "clerk");
    }
    for (const auto& entry : logs[c].entries) {
      if (entry.number <= 0) {
        return Error(ErrorCode::kInvalidInput, "số phiếu phải là số dương", "number");
      }
      if (entry.retracted) {
        latest[c].erase(entry.number);
      } else {
        latest[c][entry.number] = {EncodeEntry(entry), entry.ballot};
      }
    }
    for (const auto& [number, version] : latest[c]) numbers.insert(number);
  }

  Reconciliation out;
  out.clerks = static_cast<int>(logs.size());
  const bool enough = static_cast<int>(logs.size()) >= required_clerks;
  for (int64_t number : numbers) {
    BallotVersion versions{number, {}};
    std::set<std::string> texts;
    bool missing = false;
    for (const auto& clerk : latest) {
      auto it = clerk.find(number);
      if (it == clerk.end()) {
        missing = true;
        versions.by_clerk.push_back(std::nullopt);
      } else {
        texts.insert(it->second.first);
        versions.by_clerk.push_back(it->second.second);
      }
    }
    if (texts.size() > 1) {
      out.disagreements.push_back(std::move(versions));
    } else if (missing || !enough) {
      out.pending.push_back(number);
    } else {
      out.agreed.push_back(number);
      out.ballots.push_back(*versions.by_clerk.front());
    }
  }
  out.closable = !out.agreed.empty() && out.pending.empty() && out.disagreements.empty();
  return out;
}

}  // namespace daihoi::election
