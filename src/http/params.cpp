#include "http/params.h"

#include <httplib.h>

#include <charconv>
#include <string>

#include "app/registry.h"
#include "text/text.h"

namespace daihoi::http {

std::optional<std::string> Param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

std::string TextParam(const httplib::Request& req, const char* name) {
  return text::Normalize(req.get_param_value(name));
}

Result<std::string> PlaceParam(const httplib::Request& req, app::Store& store,
                               const std::string& org_code) {
  if (req.has_param("place")) return TextParam(req, "place");
  return app::PlaceOf(store, org_code);
}

namespace {

Result<int64_t> ParseWhole(std::string_view name, std::string_view text) {
  int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) {
    return InvalidInput("'" + std::string(text) + "' không phải là số nguyên (not a whole number)",
                        std::string(name));
  }
  return value;
}

}  // namespace

Result<Paging> ParsePaging(std::optional<std::string_view> offset,
                           std::optional<std::string_view> limit) {
  Paging paging;
  if (offset) {
    auto value = ParseWhole("offset", *offset);
    if (!value.ok()) return value.error();
    if (*value < 0) return InvalidInput("offset phải >= 0 (must be >= 0)", "offset");
    paging.offset = *value;
  }
  if (limit) {
    auto value = ParseWhole("limit", *limit);
    if (!value.ok()) return value.error();
    if (*value < 0 || *value > kMaxLimit) {
      return InvalidInput("limit phải từ 0 đến " + std::to_string(kMaxLimit) +
                              " (must be between 0 and " + std::to_string(kMaxLimit) + ")",
                          "limit");
    }
    paging.limit = *value;
  }
  return paging;
}

Result<bool> ParseBool(std::string_view name, std::optional<std::string_view> value,
                       bool fallback) {
  if (!value) return fallback;
  if (*value == "true" || *value == "1") return true;
  if (*value == "false" || *value == "0") return false;
  return InvalidInput("'" + std::string(*value) + "': cần true hoặc false (expected true or false)",
                      std::string(name));
}

Result<std::string> ParseRequired(std::string_view name, std::optional<std::string_view> value) {
  if (!value || value->empty()) {
    return InvalidInput("thiếu tham số " + std::string(name) + " (required parameter missing)",
                        std::string(name));
  }
  return std::string(*value);
}

Result<Date> ParseDate(std::string_view name, std::optional<std::string_view> value) {
  auto text = ParseRequired(name, value);
  if (!text.ok()) return text.error();
  auto date = Date::Parse(*text);
  if (!date) {
    return InvalidInput("ngày không hợp lệ (invalid date) '" + *text + "'; dùng YYYY-MM-DD",
                        std::string(name));
  }
  return *date;
}

Result<std::optional<int>> ParseYear(std::string_view name, std::optional<std::string_view> value) {
  if (!value || value->empty()) return std::optional<int>{};
  auto year = ParseWhole(name, *value);
  if (!year.ok()) return year.error();
  if (*year < 1900 || *year > 9999) {
    return InvalidInput("năm phải từ 1900 đến 9999 (year out of range)", std::string(name));
  }
  return std::optional<int>{static_cast<int>(*year)};
}

Result<app::ImportKind> ParseImportKind(std::string_view text) {
  for (auto kind :
       {app::ImportKind::kOrgs, app::ImportKind::kMembers, app::ImportKind::kCongresses}) {
    if (text == ToString(kind)) return kind;
  }
  return InvalidInput("không có loại nhập '" + std::string(text) +
                          "' (unknown import kind; expected orgs, members or congresses)",
                      "kind");
}

std::string_view ToString(app::ImportKind kind) {
  switch (kind) {
    case app::ImportKind::kOrgs:
      return "orgs";
    case app::ImportKind::kMembers:
      return "members";
    case app::ImportKind::kCongresses:
      return "congresses";
  }
  return "orgs";
}

Result<std::optional<org::MemberStatus>> ParseStatus(std::optional<std::string_view> value) {
  if (!value || value->empty()) return std::optional<org::MemberStatus>();
  auto status = org::ParseMemberStatus(*value);
  if (!status) {
    return InvalidInput("không có trạng thái '" + std::string(*value) +
                            "' (unknown status; expected full, probationary, suspended, "
                            "transferred or exempt)",
                        "status");
  }
  return std::optional<org::MemberStatus>(*status);
}

}  // namespace daihoi::http
