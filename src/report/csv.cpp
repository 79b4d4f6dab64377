#include <algorithm>

#include "report/file_reading.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

using internal::FileError;

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return false;
    }
    for (size_t k = 1; k <= extra; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Windows-1252 to UTF-8 (0x80–0x9F differ from Latin-1).
std::string FromWindows1252(std::string_view s) {
  static constexpr char16_t kHigh[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() * 2);
  for (unsigned char c : s) {
    AppendUtf8(out, c >= 0x80 && c < 0xA0 ? kHigh[c - 0x80] : c);
  }
  return out;
}

char DetectDelimiter(std::string_view text) {
  size_t counts[3] = {0, 0, 0};
  const char candidates[3] = {',', ';', '\t'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) break;
    if (quoted) continue;
    for (int k = 0; k < 3; ++k) {
      if (c == candidates[k]) ++counts[k];
    }
  }
  int best = 0;
  for (int k = 1; k < 3; ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return candidates[best];
}

}  // namespace

Result<app::Table> ReadCsv(const std::string& file_name, std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string converted;
  if (!IsValidUtf8(bytes)) {
    converted = FromWindows1252(bytes);
    bytes = converted;
  }
  app::Table table;
  table.file = file_name;
  const char delimiter = DetectDelimiter(bytes);

  std::vector<std::vector<std::string>> records;
  std::vector<long> starts;
  std::vector<std::string> record;
  std::string field;
  long line = 1;
  long record_start = 1;
  long quote_start = 0;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool record_open = false;  // any character seen since the last record end
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    starts.push_back(record_start);
    record.clear();
    record_open = false;
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (!record_open) {
      record_open = true;
      record_start = line;
    }
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n' || (c == '\r' && !(i + 1 < bytes.size() && bytes[i + 1] == '\n'))) ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
      quote_start = line;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      field += c;  // a stray quote inside an unquoted field is kept as it is
    }
  }
  if (in_quotes) {
    return FileError(file_name, "dấu ngoặc kép không được đóng (unterminated quoted field)",
                     quote_start);
  }
  if (record_open) end_record();
  if (records.empty()) return FileError(file_name, "tệp trống (empty file)");
  table.header = std::move(records.front());
  // Trailing empty lines are not rows.
  while (records.size() > 1 && records.back().size() == 1 && records.back()[0].empty()) {
    records.pop_back();
    starts.pop_back();
  }
  table.rows.assign(std::make_move_iterator(records.begin() + 1),
                    std::make_move_iterator(records.end()));
  table.row_numbers.assign(starts.begin() + 1, starts.end());
  return table;
}

std::string CsvRecord(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    const std::string& cell = cells[i];
    bool quote = cell.find_first_of(",\"\r\n;") != std::string::npos ||
                 (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quote) {
      out += cell;
      continue;
    }
    out += '"';
    for (char c : cell) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += '\n';
  return out;
}

Result<app::Table> ReadTable(const std::string& file_name, std::string_view bytes) {
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) return ReadXlsx(file_name, bytes);
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return FileError(file_name,
                     "tệp Excel 97-2003 (.xls) không được hỗ trợ: hãy lưu lại dạng .xlsx hoặc CSV "
                     "(legacy .xls is not supported; save as .xlsx or CSV)");
  }
  return ReadCsv(file_name, bytes);
}

}  // namespace daihoi::report
