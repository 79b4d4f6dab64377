// Use case: import congresses (CONTRACTS.md "Data", congresses), upserted by (org_code, term).

#include <unordered_map>
#include <unordered_set>

#include "app/import_parse.h"

namespace daihoi::app::import_detail {
namespace {

// Both ends or neither; the end not before the start.
void CheckRange(const std::optional<Date>& start, const std::optional<Date>& end, long line,
                std::string_view start_column, std::string_view end_column, Errors& errors,
                bool& bad) {
  if (start && end && *end < *start) {
    errors.Add(line, end_column,
               "ngày kết thúc trước ngày bắt đầu (end before start): " + end->ToIso() + " < " +
                   start->ToIso());
    bad = true;
  } else if (start.has_value() != end.has_value()) {
    errors.Add(line, start ? end_column : start_column,
               "cần cả ngày bắt đầu và ngày kết thúc (both start and end are needed)");
    bad = true;
  }
}

}  // namespace

Result<ImportReport> ImportCongresses(Store& store, const Table& table,
                                      const ImportOptions& options) {
  ImportReport report;
  report.kind = ImportKind::kCongresses;
  report.file = table.file;
  Errors errors(report.errors);
  Rows rows;
  if (!Rows::Match(ImportKind::kCongresses, table, errors, rows)) {
    errors.Finish();
    return report;
  }
  auto stored_codes = StoredOrgCodes(store);
  if (!stored_codes) return stored_codes.error();
  const std::unordered_set<std::string>& org_codes = *stored_codes;

  const int64_t total = static_cast<int64_t>(rows.size());
  Progress progress(options, 2 * total);
  std::vector<planning::Congress> congresses;
  std::unordered_map<std::string, long> line_of_key;
  for (size_t i = 0; i < rows.size(); ++i) {
    progress.Step(static_cast<int64_t>(i));
    if (rows.Blank(i)) continue;
    ++report.rows;
    const long line = rows.Line(i);
    bool bad = false;
    planning::Congress c;
    c.org_code = rows.Text(i, "org_code");
    if (c.org_code.empty()) {
      errors.Add(line, "org_code", "mã tổ chức trống (empty org_code)");
      bad = true;
    } else if (!org_codes.contains(c.org_code)) {
      errors.Add(line, "org_code",
                 "tổ chức không tồn tại (unknown organization) '" + c.org_code + "'");
      bad = true;
    }
    std::string term = rows.Text(i, "term");
    if (auto t = ParseTerm(term)) {
      c.term = *t;
    } else {
      errors.Add(line, "term",
                 "nhiệm kỳ không hợp lệ (bad term) '" + term + "': dùng dạng 2020-2025");
      bad = true;
    }
    if (std::string ordinal = rows.Text(i, "ordinal"); !ordinal.empty()) {
      if (auto o = ParseOrdinal(ordinal)) {
        c.ordinal = *o;
      } else {
        errors.Add(line, "ordinal",
                   "lần thứ phải là số hoặc số La Mã (ordinal: a number or Roman numeral) '" +
                       ordinal + "'");
        bad = true;
      }
    }
    std::string kind = rows.Text(i, "kind");
    if (auto k = ParseKind(kind)) {
      c.kind = *k;
    } else {
      errors.Add(line, "kind",
                 kind.empty() ? "thiếu hình thức đại hội (empty kind): members / delegates"
                              : "hình thức không hợp lệ (unknown kind) '" + kind +
                                    "': members (đảng viên) / delegates (đại biểu)");
      bad = true;
    }
    c.pilot = ParseBoolCell(rows.Text(i, "pilot"), line, "pilot", errors, bad).value_or(false);
    c.planned_start =
        ParseDateCell(rows.Text(i, "planned_start"), line, "planned_start", errors, bad);
    c.planned_end = ParseDateCell(rows.Text(i, "planned_end"), line, "planned_end", errors, bad);
    c.held_start = ParseDateCell(rows.Text(i, "held_start"), line, "held_start", errors, bad);
    c.held_end = ParseDateCell(rows.Text(i, "held_end"), line, "held_end", errors, bad);
    CheckRange(c.planned_start, c.planned_end, line, "planned_start", "planned_end", errors, bad);
    CheckRange(c.held_start, c.held_end, line, "held_start", "held_end", errors, bad);
    if (!c.org_code.empty() && !c.term.empty()) {
      auto [it, inserted] = line_of_key.emplace(c.org_code + "\n" + c.term, line);
      if (!inserted) {
        errors.Add(line, "term",
                   "đại hội trùng (duplicate congress) '" + c.org_code + "' " + c.term +
                       ", đã có ở dòng (also on row) " + std::to_string(it->second));
        bad = true;
      }
    }
    if (!bad) congresses.push_back(std::move(c));
  }
  errors.Finish();
  if (!report.errors.empty()) return report;

  auto stored = store.Congresses("");
  if (!stored) return stored.error();
  std::unordered_set<std::string> stored_keys;
  for (const planning::Congress& c : *stored) stored_keys.insert(c.org_code + "\n" + c.term);
  for (const planning::Congress& c : congresses) {
    if (stored_keys.contains(c.org_code + "\n" + c.term)) {
      ++report.updated;
    } else {
      ++report.inserted;
    }
  }
  if (options.dry_run) return report;

  Status written = WriteInOneTransaction(
      store, congresses, [&](const auto& batch) { return store.UpsertCongresses(batch); }, progress,
      total);
  if (!written) return written.error();
  report.written = true;
  if (options.progress) options.progress(2 * total, 2 * total);
  return report;
}

}  // namespace daihoi::app::import_detail
