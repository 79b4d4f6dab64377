#include "app/import_parse.h"

#include <algorithm>
#include <charconv>

#include "common/roman.h"
#include "text/text.h"

namespace daihoi::app::import_detail {
namespace {

// Cells sampled to recognize a legacy encoding: enough for a clear vote, cheap on big files.
constexpr size_t kEncodingSampleBytes = 64 * 1024;

bool HasHighByte(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The data cells decide; headers are often retyped in Unicode above legacy data, so they get
// their own vote (HeaderEncoding).
text::LegacyEncoding DetectTableEncoding(const Table& table) {
  std::string sample;
  auto take = [&](const std::string& cell) {
    if (sample.size() < kEncodingSampleBytes && HasHighByte(cell)) {
      sample += cell;
      sample += ' ';
    }
  };
  for (const auto& row : table.rows) {
    if (sample.size() >= kEncodingSampleBytes) break;
    for (const std::string& cell : row) take(cell);
  }
  return text::DetectLegacy(sample);
}

text::LegacyEncoding HeaderEncoding(const Table& table) {
  std::string joined;
  for (const std::string& cell : table.header) joined += cell + " ";
  return text::DetectLegacy(joined);
}

std::string Clean(std::string_view raw, text::LegacyEncoding encoding) {
  switch (encoding) {
    case text::LegacyEncoding::kTcvn3:
      return text::Normalize(text::FromTcvn3(raw));
    case text::LegacyEncoding::kVni:
      return text::Normalize(text::FromVni(raw));
    case text::LegacyEncoding::kNone:
      break;
  }
  return text::Normalize(raw);
}

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

}  // namespace

void Errors::Add(long row, std::string_view column, std::string message) {
  ++count_;
  if (count_ <= kMaxErrors) out_.push_back(RowError{row, std::string(column), std::move(message)});
}

void Errors::Finish() {
  if (count_ > kMaxErrors) {
    out_.push_back(RowError{0, "",
                            "và " + std::to_string(count_ - kMaxErrors) + " lỗi khác (and " +
                                std::to_string(count_ - kMaxErrors) + " more errors)"});
  }
}

bool Rows::Match(ImportKind kind, const Table& table, Errors& errors, Rows& out) {
  out.table_ = &table;
  out.cells_.clear();
  out.encoding_ = DetectTableEncoding(table);
  const std::vector<Column>& columns = Columns(kind);
  std::vector<bool> seen(columns.size(), false);
  bool ok = true;
  const text::LegacyEncoding header_encoding = HeaderEncoding(table);
  for (size_t cell = 0; cell < table.header.size(); ++cell) {
    std::string header = Clean(table.header[cell], header_encoding);
    std::string key = HeaderKey(header);
    // Serial-number and notes columns are common in Vietnamese spreadsheets; they carry no data.
    if (key.empty() || key == "stt" || key == "tt" || key == "so tt" || key == "ghi chu" ||
        key == "notes" || key == "note") {
      continue;
    }
    std::optional<size_t> found;
    for (size_t c = 0; c < columns.size() && !found; ++c) {
      if (key == HeaderKey(columns[c].name) || key == HeaderKey(columns[c].vietnamese)) found = c;
      for (std::string_view alias : columns[c].aliases) {
        if (!found && key == HeaderKey(alias)) found = c;
      }
    }
    if (!found) {
      errors.Add(1, header, "cột không xác định (unknown column) " + Quote(header));
      ok = false;
      continue;
    }
    if (seen[*found]) {
      errors.Add(1, columns[*found].name, "cột bị lặp (column given twice) " + Quote(header));
      ok = false;
      continue;
    }
    seen[*found] = true;
    out.cells_.emplace_back(columns[*found].name, cell);
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].required && !seen[c]) {
      errors.Add(1, columns[c].name,
                 "thiếu cột bắt buộc (missing required column) " + Quote(columns[c].name) + " / " +
                     Quote(columns[c].vietnamese));
      ok = false;
    }
  }
  return ok;
}

long Rows::Line(size_t index) const {
  if (index < table_->row_numbers.size()) return table_->row_numbers[index];
  return static_cast<long>(index) + 2;
}

bool Rows::Blank(size_t index) const {
  for (const std::string& cell : table_->rows[index]) {
    if (std::any_of(cell.begin(), cell.end(),
                    [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; })) {
      return false;
    }
  }
  return true;
}

bool Rows::Has(std::string_view column) const {
  return std::any_of(cells_.begin(), cells_.end(),
                     [&](const auto& entry) { return entry.first == column; });
}

std::string Rows::Text(size_t index, std::string_view column) const {
  for (const auto& [name, cell] : cells_) {
    if (name != column) continue;
    const auto& row = table_->rows[index];
    if (cell >= row.size()) return {};
    return Clean(row[cell], encoding_);
  }
  return {};
}

std::optional<Date> ParseDateCell(const std::string& text, long row, std::string_view column,
                                  Errors& errors, bool& bad) {
  if (text.empty()) return std::nullopt;
  std::optional<Date> d = Date::Parse(text);
  if (!d) {
    errors.Add(row, column,
               "ngày không hợp lệ (bad date) " + Quote(text) + ": dùng YYYY-MM-DD hoặc DD/MM/YYYY");
    bad = true;
  }
  return d;
}

std::optional<int64_t> ParseCountCell(const std::string& text, long row, std::string_view column,
                                      Errors& errors, bool& bad) {
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 0) {
    errors.Add(row, column, "không phải số nguyên không âm (not a whole number) " + Quote(text));
    bad = true;
    return std::nullopt;
  }
  return value;
}

std::optional<bool> ParseBoolCell(const std::string& text, long row, std::string_view column,
                                  Errors& errors, bool& bad) {
  if (text.empty()) return std::nullopt;
  std::string key = HeaderKey(text);
  if (key == "true" || key == "co" || key == "x" || key == "yes" || key == "1") return true;
  if (key == "false" || key == "khong" || key == "no" || key == "0") return false;
  errors.Add(row, column,
             "giá trị phải là true/false hoặc có/không (expected true or false) " + Quote(text));
  bad = true;
  return std::nullopt;
}

std::optional<std::string> ParseGender(std::string_view text) {
  std::string key = HeaderKey(text);
  if (key == "male" || key == "nam" || key == "m") return std::string("male");
  if (key == "female" || key == "nu" || key == "f") return std::string("female");
  return std::nullopt;
}

std::optional<org::MemberStatus> ParseStatus(std::string_view text) {
  if (auto s = org::ParseMemberStatus(text)) return s;
  std::string key = HeaderKey(text);
  if (auto s = org::ParseMemberStatus(key)) return s;
  if (key == "chinh thuc" || key == "dang vien chinh thuc") return org::MemberStatus::kFull;
  if (key == "du bi" || key == "dang vien du bi") return org::MemberStatus::kProbationary;
  if (key == "dinh chi" || key == "dinh chi sinh hoat") return org::MemberStatus::kSuspended;
  if (key == "chuyen" || key == "chuyen sinh hoat" || key == "da chuyen sinh hoat" ||
      key == "chuyen di") {
    return org::MemberStatus::kTransferred;
  }
  if (key == "mien" || key == "mien sinh hoat" || key == "mien cong tac va sinh hoat") {
    return org::MemberStatus::kExempt;
  }
  return std::nullopt;
}

std::optional<planning::CongressKind> ParseKind(std::string_view text) {
  if (auto k = planning::ParseCongressKind(text)) return k;
  std::string key = HeaderKey(text);
  if (auto k = planning::ParseCongressKind(key)) return k;
  if (key == "dang vien" || key == "dai hoi dang vien" || key == "toan the") {
    return planning::CongressKind::kMembers;
  }
  if (key == "dai bieu" || key == "dai hoi dai bieu") return planning::CongressKind::kDelegates;
  return std::nullopt;
}

std::optional<std::string> ParseCategory(std::string_view text) {
  std::string key = HeaderKey(text);
  for (const char* english : {"residential", "agency", "enterprise", "police", "military"}) {
    if (key == english) return std::string(english);
  }
  if (key == "khu dan cu" || key == "dan cu" || key == "phuong" || key == "xa" ||
      key == "phuong xa" || key == "xa phuong" || key == "thi tran") {
    return std::string("residential");
  }
  if (key == "co quan" || key == "hanh chinh su nghiep" || key == "co quan hanh chinh su nghiep" ||
      key == "su nghiep" || key == "truong hoc" || key == "benh vien") {
    return std::string("agency");
  }
  if (key == "doanh nghiep") return std::string("enterprise");
  if (key == "cong an") return std::string("police");
  if (key == "quan su" || key == "quan doi") return std::string("military");
  return std::nullopt;
}

std::optional<int> ParseOrdinal(std::string_view text) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && ptr == text.data() + text.size()) {
    if (value >= 1 && value <= 3999) return value;
    return std::nullopt;
  }
  return FromRoman(text);
}

std::optional<std::string> ParseTerm(std::string_view text) {
  std::string t;
  for (char c : text) {
    if (c != ' ') t += c;
  }
  // En and em dashes (UTF-8) read as a hyphen.
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    for (size_t at = t.find(dash); at != std::string::npos; at = t.find(dash)) {
      t.replace(at, dash.size(), "-");
    }
  }
  if (t.size() != 9 || t[4] != '-') return std::nullopt;
  int from = 0;
  int to = 0;
  auto a = std::from_chars(t.data(), t.data() + 4, from);
  auto b = std::from_chars(t.data() + 5, t.data() + 9, to);
  if (a.ec != std::errc() || a.ptr != t.data() + 4 || b.ec != std::errc() ||
      b.ptr != t.data() + 9 || from < 1900 || to <= from || to - from > 10) {
    return std::nullopt;
  }
  return t;
}

Progress::Progress(const ImportOptions& options, int64_t total)
    : options_(options), total_(total), step_(std::max<int64_t>(1, total / 100)), next_(0) {}

void Progress::Step(int64_t done) {
  if (!options_.progress || done < next_) return;
  options_.progress(done, total_);
  next_ = done + step_;
}

Result<std::unordered_set<std::string>> StoredOrgCodes(Store& store) {
  auto stored = store.AllOrganizations();
  if (!stored) return stored.error();
  std::unordered_set<std::string> codes;
  for (const org::Organization& o : *stored) codes.insert(o.code);
  return codes;
}

}  // namespace daihoi::app::import_detail
