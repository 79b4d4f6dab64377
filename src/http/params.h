#pragma once
// Query parameters to values. Every bad value is an InvalidInput naming the parameter, so a bad
// request is answered 400, never 500.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "app/import.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"

namespace httplib {
struct Request;
}

namespace daihoi::http {

// The query parameter, or nullopt when absent. A copy: httplib answers a temporary.
std::optional<std::string> Param(const httplib::Request& req, const char* name);
// The query parameter normalized as every text entering the system; "" when absent.
std::string TextParam(const httplib::Request& req, const char* name);

// The place on a printed document's date line: `place` when given (empty prints none), else the
// organization's (app::PlaceOf).
Result<std::string> PlaceParam(const httplib::Request& req, app::Store& store,
                               const std::string& org_code);

inline constexpr int64_t kDefaultLimit = 50;
inline constexpr int64_t kMaxLimit = 1000;

struct Paging {
  int64_t offset = 0;
  int64_t limit = kDefaultLimit;
};

// offset: a whole number >= 0 (default 0); limit: 0..kMaxLimit (default kDefaultLimit; 0 asks
// for the total only). Absent parameters take their defaults; empty or malformed ones are errors.
Result<Paging> ParsePaging(std::optional<std::string_view> offset,
                           std::optional<std::string_view> limit);

// "true"/"1" or "false"/"0"; absent gives `fallback`.
Result<bool> ParseBool(std::string_view name, std::optional<std::string_view> value, bool fallback);

// A required parameter: absent or empty is an error naming it.
Result<std::string> ParseRequired(std::string_view name, std::optional<std::string_view> value);

// A required date, YYYY-MM-DD (DD/MM/YYYY is accepted too, as everywhere in the product).
Result<Date> ParseDate(std::string_view name, std::optional<std::string_view> value);

// An optional year (1900–9999); absent or empty gives nullopt.
Result<std::optional<int>> ParseYear(std::string_view name, std::optional<std::string_view> value);

// "orgs", "members", "congresses".
Result<app::ImportKind> ParseImportKind(std::string_view text);
std::string_view ToString(app::ImportKind kind);

// A member status word (CONTRACTS.md); absent or empty means any status.
Result<std::optional<org::MemberStatus>> ParseStatus(std::optional<std::string_view> value);

}  // namespace daihoi::http
