#include "json/apportion_json.h"

#include <charconv>
#include <limits>
#include <string>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using apportionment::Decimal;
using nlohmann::json;

// A whole number within int64; `path` is the JSON path.
Result<int64_t> WholeNumber(const json& value, const std::string& path) {
  if (!value.is_number_integer()) {
    return InvalidPath(path, "phải là số nguyên (must be a whole number)");
  }
  if (value.is_number_unsigned() &&
      value.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return InvalidPath(path, "quá lớn (too large)");
  }
  return value.get<int64_t>();
}

Result<Decimal> Weight(const json& value, const std::string& path) {
  std::string text;
  if (value.is_string()) {
    text = value.get<std::string>();
  } else if (value.is_number()) {
    // The shortest text that reads back as the same double is the decimal as written, for
    // any weight of up to 15 significant digits.
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get<double>());
    if (ec != std::errc()) return InvalidPath(path, "không đọc được (unreadable number)");
    text.assign(buffer, end);
  } else {
    return InvalidPath(path, "phải là số (must be a number)");
  }
  auto decimal = apportionment::ParseDecimal(text);
  if (!decimal) {
    return InvalidPath(path, "phải là số thập phân dương, tối đa " +
                                 std::to_string(apportionment::kMaxDecimalScale) +
                                 " chữ số sau dấu chấm, không quá " +
                                 std::to_string(apportionment::kMaxDecimalValue) +
                                 " (must be a positive decimal) '" + text + "'");
  }
  return *decimal;
}

}  // namespace

Result<apportionment::Input> ParseApportionInput(const json& root) {
  if (!root.is_object()) return InvalidPath("$", "phải là một đối tượng JSON (must be an object)");

  apportionment::Input input;
  if (!root.contains("method")) return InvalidPath("method", "thiếu (missing)");
  if (!root["method"].is_string()) return InvalidPath("method", "phải là chuỗi (must be a string)");
  auto method = apportionment::ParseMethod(root["method"].get<std::string>());
  if (!method) {
    return InvalidPath("method",
                       "phương pháp không hợp lệ (unknown method) '" +
                           root["method"].get<std::string>() +
                           "'; dùng largest_remainder, dhondt, sainte_lague, huntington_hill");
  }
  input.method = *method;

  if (!root.contains("seats")) return InvalidPath("seats", "thiếu (missing)");
  auto seats = WholeNumber(root["seats"], "seats");
  if (!seats) return seats.error();
  input.seats = *seats;

  if (root.contains("minimum")) {
    auto minimum = WholeNumber(root["minimum"], "minimum");
    if (!minimum) return minimum.error();
    input.minimum = *minimum;
  }

  if (!root.contains("units")) return InvalidPath("units", "thiếu (missing)");
  if (!root["units"].is_array()) return InvalidPath("units", "phải là một mảng (must be an array)");
  const json& units = root["units"];
  for (size_t i = 0; i < units.size(); ++i) {
    const std::string path = Index("units", i);
    const json& item = units[i];
    if (!item.is_object()) return InvalidPath(path, "phải là một đối tượng (must be an object)");
    apportionment::Unit unit;
    if (!item.contains("id") || !item["id"].is_string()) {
      return InvalidPath(path + ".id", "thiếu hoặc không phải chuỗi (missing or not a string)");
    }
    unit.id = item["id"].get<std::string>();
    if (item.contains("name")) {
      if (!item["name"].is_string())
        return InvalidPath(path + ".name", "phải là chuỗi (must be a string)");
      unit.name = item["name"].get<std::string>();
    }
    if (!item.contains("members")) return InvalidPath(path + ".members", "thiếu (missing)");
    auto members = WholeNumber(item["members"], path + ".members");
    if (!members) return members.error();
    unit.members = *members;
    if (item.contains("minimum")) {
      auto minimum = WholeNumber(item["minimum"], path + ".minimum");
      if (!minimum) return minimum.error();
      unit.minimum = *minimum;
    }
    if (item.contains("weight")) {
      auto weight = Weight(item["weight"], path + ".weight");
      if (!weight) return weight.error();
      unit.weight = *weight;
    }
    input.units.push_back(std::move(unit));
  }
  return input;
}

nlohmann::ordered_json ApportionResultToJson(const apportionment::Outcome& outcome) {
  nlohmann::ordered_json out;
  out["method"] = apportionment::ToString(outcome.method);
  out["seats"] = outcome.seats;
  out["allocations"] = nlohmann::ordered_json::array();
  nlohmann::ordered_json set_aside = nlohmann::ordered_json::array();
  for (const apportionment::Allocation& a : outcome.allocations) {
    const auto hundredths = apportionment::RoundHalfUpHundredths(a.quota.num, a.quota.den);
    // Exact to the hundredth: the double nearest n/100 prints back as n/100.
    const double quota = static_cast<double>(static_cast<int64_t>(hundredths)) / 100.0;
    out["allocations"].push_back({{"id", a.id}, {"seats", a.seats}, {"quota", quota}});
    if (a.set_aside) set_aside.push_back(a.id);
  }
  out["ties"] = nlohmann::ordered_json::array();
  for (const apportionment::Tie& tie : outcome.ties) {
    out["ties"].push_back({{"seat", tie.seat},
                           {"units", tie.units},
                           {"winner", tie.winner},
                           {"reason", apportionment::ToString(tie.reason)}});
  }
  out["set_aside"] = std::move(set_aside);
  return out;
}

Result<nlohmann::ordered_json> ApportionText(std::string_view text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    return InvalidInput("JSON không hợp lệ tại byte " + std::to_string(e.byte) +
                        " (malformed JSON)");
  }
  auto input = ParseApportionInput(root);
  if (!input) return input.error();
  auto outcome = apportionment::Apportion(*input);
  if (!outcome) {
    Error error = outcome.error();
    // The pure module names the field apart; put it first, as the parser does.
    if (!error.field.empty()) {
      error.message = error.field + ": " + error.message;
      error.field.clear();
    }
    return error;
  }
  return ApportionResultToJson(*outcome);
}

}  // namespace daihoi::json
