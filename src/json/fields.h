#pragma once
// What the files of this module share: errors that name a JSON path, reading the members of an
// object, and the values written as null when there is none. Internal: no adapter includes it.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "common/date.h"
#include "common/result.h"
#include "election/types.h"

namespace daihoi::json::detail {

// The largest whole number read into an int.
inline constexpr int64_t kMaxInt = std::numeric_limits<int>::max();
// Far above any congress: a bound so the integers of the surplus rule cannot overflow.
inline constexpr int64_t kMaxSeats = 1'000'000;

// kInvalidInput naming `field`, with `message` as given.
Error InvalidField(const std::string& field, const std::string& message);
// kInvalidInput naming `path`, whose message begins with it: "election.seats: …".
Error InvalidPathField(const std::string& path, const std::string& message);
// kInvalidInput naming no field, whose message begins with `path`: "units[3].members: …".
Error InvalidPath(const std::string& path, const std::string& message);

// `key` below `path`: "election.seats", or "seats" when `path` is empty.
std::string JoinPath(const std::string& path, const std::string& key);
// The item `index` of the list at `path`: "units[3]".
std::string Index(const std::string& path, size_t index);

// The readers below take an absent member and a null one alike. Their errors are InvalidField
// naming `field`, worded "phải là chuỗi (must be a string), got 12".

// The member `key` of `object`; nullptr when it is absent or null.
const nlohmann::json* Find(const nlohmann::json& object, const char* key);
// A string, as given; "" when absent and not `required`.
Result<std::string> GetString(const nlohmann::json& object, const char* key,
                              const std::string& field, bool required);
// A whole number within [min, max]; nullopt when null.
Result<std::optional<int64_t>> GetInt(const nlohmann::json& value, const std::string& field,
                                      int64_t min, int64_t max);
// A whole number within [min, max]; nullopt when absent and not `required`.
Result<std::optional<int64_t>> GetInt(const nlohmann::json& object, const char* key,
                                      const std::string& field, bool required, int64_t min,
                                      int64_t max);
// true or false; nullopt when absent.
Result<std::optional<bool>> GetBool(const nlohmann::json& object, const char* key,
                                    const std::string& field);
// A list, its errors naming `key`; nullptr when absent and not `required`.
Result<const nlohmann::json*> GetList(const nlohmann::json& object, const char* key, bool required);

// The date as YYYY-MM-DD; null when there is none.
nlohmann::ordered_json DateOrNull(const std::optional<Date>& date);

// The text; null when it is empty.
template <class J = nlohmann::ordered_json>
J OrNull(const std::string& text) {
  return text.empty() ? J() : J(text);
}

// A value in hundredths as the number it stands for: 5263 → 52.63.
double TwoDecimals(election::Hundredths value);

}  // namespace daihoi::json::detail

// Moves the value of the Result `result_expr` into `target`, or returns its error.
#define DAIHOI_TRY(result_expr, target)     \
  do {                                      \
    auto daihoi_r = (result_expr);          \
    if (!daihoi_r) return daihoi_r.error(); \
    target = std::move(*daihoi_r);          \
  } while (false)
