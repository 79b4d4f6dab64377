#include "storage/sql.h"

#include <charconv>

namespace daihoi::storage {

const std::string& SqlValue::text() const {
  static const std::string kEmpty;
  return text_ ? *text_ : kEmpty;
}

int64_t SqlRow::Int(int column) const {
  if (IsNull(column)) return 0;
  const std::string text = Text(column);
  int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::optional<std::string> SqlRow::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

std::optional<int64_t> SqlRow::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

std::optional<Date> SqlRow::OptionalDate(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Date::Parse(Text(column));
}

Result<std::optional<int64_t>> Sql::FirstInt(const std::string& sql, const SqlParams& params) {
  std::optional<int64_t> first;
  bool seen = false;
  auto s = Query(sql, params, [&](const SqlRow& row) {
    if (!seen) first = row.OptionalInt(0);
    seen = true;
  });
  if (!s) return s.error();
  return first;
}

Result<std::optional<std::string>> Sql::FirstText(const std::string& sql,
                                                  const SqlParams& params) {
  std::optional<std::string> first;
  bool seen = false;
  auto s = Query(sql, params, [&](const SqlRow& row) {
    if (!seen) first = row.OptionalText(0);
    seen = true;
  });
  if (!s) return s.error();
  return first;
}

Result<int64_t> Sql::InsertId(const std::string& sql, const SqlParams& params) {
  auto id = FirstInt(sql, params);
  if (!id.ok()) return id.error();
  if (!*id) return StorageError("no id returned by \"" + sql + "\"");
  return **id;
}

Result<int64_t> Sql::OrgId(const std::string& code) {
  auto id = FirstInt("SELECT id FROM organizations WHERE code = $1", {code});
  if (!id.ok()) return id.error();
  if (!*id) return NotFound("organization '" + code + "' not found");
  return **id;
}

}  // namespace daihoi::storage
