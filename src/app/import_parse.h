#pragma once
// Shared by the import use cases (import_orgs.cpp, import_members.cpp, import_congresses.cpp):
// header matching, cell normalization (legacy TCVN3/VNI text converted, then text::Normalize)
// and cell parsers that record a located RowError instead of failing.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "app/columns.h"
#include "app/import.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "planning/congress.h"
#include "text/legacy.h"

namespace daihoi::app::import_detail {

// At most this many errors are listed; the rest are counted in one closing line.
inline constexpr size_t kMaxErrors = 1000;

class Errors {
 public:
  explicit Errors(std::vector<RowError>& out) : out_(out) {}
  void Add(long row, std::string_view column, std::string message);
  bool any() const { return count_ > 0; }
  // Adds the closing "… more errors" line when the cap was reached.
  void Finish();

 private:
  std::vector<RowError>& out_;
  size_t count_ = 0;
};

// A table whose header was matched against Columns(kind).
class Rows {
 public:
  // Records header problems (missing required column, unknown or repeated column) in `errors`;
  // returns false when rows cannot be read at all.
  static bool Match(ImportKind kind, const Table& table, Errors& errors, Rows& out);

  size_t size() const { return table_->rows.size(); }
  long Line(size_t index) const;
  bool Blank(size_t index) const;
  bool Has(std::string_view column) const;
  // Normalized text of a cell ("" when the column is absent or the row is short).
  std::string Text(size_t index, std::string_view column) const;
  text::LegacyEncoding encoding() const { return encoding_; }

 private:
  const Table* table_ = nullptr;
  std::vector<std::pair<std::string_view, size_t>> cells_;  // column name → cell index
  text::LegacyEncoding encoding_ = text::LegacyEncoding::kNone;
};

// Each parser returns nullopt for an empty cell and records an error (returning nullopt) for a
// malformed one; `bad` is set when an error was recorded.
std::optional<Date> ParseDateCell(const std::string& text, long row, std::string_view column,
                                  Errors& errors, bool& bad);
std::optional<int64_t> ParseCountCell(const std::string& text, long row, std::string_view column,
                                      Errors& errors, bool& bad);
std::optional<bool> ParseBoolCell(const std::string& text, long row, std::string_view column,
                                  Errors& errors, bool& bad);

// Vocabulary accepted on import (English contract words or Vietnamese).
std::optional<std::string> ParseGender(std::string_view text);  // male / female
std::optional<org::MemberStatus> ParseStatus(std::string_view text);
std::optional<planning::CongressKind> ParseKind(std::string_view text);
std::optional<std::string> ParseCategory(std::string_view text);  // GLOSSARY categories
// An integer ("26") or a Roman numeral ("XXVI").
std::optional<int> ParseOrdinal(std::string_view text);
// "2020-2025" (also "2020 - 2025", "2020–2025"): normalized to "2020-2025".
std::optional<std::string> ParseTerm(std::string_view text);

// Calls options.progress about every 1% of `total`.
class Progress {
 public:
  Progress(const ImportOptions& options, int64_t total);
  void Step(int64_t done);

 private:
  const ImportOptions& options_;
  int64_t total_;
  int64_t step_;
  int64_t next_;
};

// The three use cases behind ImportTable(), one file each.
Result<ImportReport> ImportOrgs(Store& store, const Table& table, const ImportOptions& options);
Result<ImportReport> ImportMembers(Store& store, const Table& table, const ImportOptions& options);
Result<ImportReport> ImportCongresses(Store& store, const Table& table,
                                      const ImportOptions& options);

// Rows written per store call inside the one transaction (progress is reported between them).
inline constexpr size_t kWriteBatch = 2000;

// Codes of every stored organization, against which an org_code column is checked.
Result<std::unordered_set<std::string>> StoredOrgCodes(Store& store);

// Writes validated rows in one transaction, kWriteBatch per call of `upsert`; progress moves
// from `total` (validation done) to 2 × total.
template <class Row, class Upsert>
Status WriteInOneTransaction(Store& store, const std::vector<Row>& rows, Upsert upsert,
                             Progress& progress, int64_t total) {
  return store.InTransaction([&]() -> Status {
    for (size_t from = 0; from < rows.size(); from += kWriteBatch) {
      const size_t to = std::min(rows.size(), from + kWriteBatch);
      const std::vector<Row> batch(rows.begin() + static_cast<std::ptrdiff_t>(from),
                                   rows.begin() + static_cast<std::ptrdiff_t>(to));
      if (Status s = upsert(batch); !s) return s;
      progress.Step(total + static_cast<int64_t>(to) * total / static_cast<int64_t>(rows.size()));
    }
    return {};
  });
}

}  // namespace daihoi::app::import_detail
