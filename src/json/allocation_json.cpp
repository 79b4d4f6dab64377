#include "json/allocation_json.h"

#include <string_view>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

Result<int64_t> Integer(const std::string& field, const json& value) {
  if (!value.is_number_integer()) return InvalidPathField(field, "phải là số nguyên (an integer)");
  return value.get<int64_t>();
}

ordered_json TieToJson(const apportionment::Tie& tie) {
  return {{"seat", tie.seat},
          {"units", tie.units},
          {"winner", tie.winner},
          {"reason", apportionment::ToString(tie.reason)}};
}

ordered_json Header(const app::AllocationRecord& record, const std::string& org_name) {
  ordered_json out;
  if (record.id != 0) out["id"] = record.id;
  out["org_code"] = record.org_code;
  out["org_name"] = org_name;
  out["term"] = record.term;
  if (!record.method.empty()) out["method"] = record.method;
  out["seats"] = record.seats;
  out["minimum"] = record.minimum;
  out["as_of"] = record.as_of.ToIso();
  if (!record.created_at.empty()) out["created_at"] = record.created_at;
  int64_t members = 0;
  for (const auto& unit : record.units) members += unit.members;
  out["members"] = members;
  return out;
}

ordered_json UnitInputs(const app::AllocationUnit& unit) {
  ordered_json out;
  out["org_code"] = unit.org_code;
  out["name"] = unit.name;
  out["members"] = unit.members;
  out["member_source"] = app::ToString(unit.source);
  out["minimum"] = unit.minimum ? json(*unit.minimum) : json(nullptr);
  out["weight"] = unit.weight;
  return out;
}

}  // namespace

Result<app::AllocationRequest> ParseAllocationRequest(const json& body, const std::string& org_code,
                                                      Date today) {
  if (!body.is_object()) return InvalidInput("the body must be a JSON object", "body");
  app::AllocationRequest request;
  request.org_code = org_code;
  request.as_of = today;
  if (body.contains("term")) {
    if (!body["term"].is_string()) return InvalidPathField("term", "phải là chuỗi (a string)");
    request.term = body["term"].get<std::string>();
  }
  if (body.contains("method")) {
    const json& method = body["method"];
    auto parsed =
        method.is_string() ? apportionment::ParseMethod(method.get<std::string>()) : std::nullopt;
    if (!parsed) {
      return InvalidPathField("method",
                              "phương pháp không hợp lệ; một trong largest_remainder, dhondt, "
                              "sainte_lague, huntington_hill");
    }
    request.method = *parsed;
  }
  if (!body.contains("seats"))
    return InvalidPathField("seats", "thiếu số đại biểu được bầu (required)");
  auto seats = Integer("seats", body["seats"]);
  if (!seats.ok()) return seats.error();
  request.seats = *seats;
  if (body.contains("minimum")) {
    auto minimum = Integer("minimum", body["minimum"]);
    if (!minimum.ok()) return minimum.error();
    request.minimum = *minimum;
  }
  if (body.contains("as_of") && !body["as_of"].is_null()) {
    auto date =
        body["as_of"].is_string() ? Date::Parse(body["as_of"].get<std::string>()) : std::nullopt;
    if (!date) return InvalidPathField("as_of", "ngày không hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)");
    request.as_of = *date;
  }
  if (body.contains("units")) {
    const json& units = body["units"];
    if (!units.is_array()) return InvalidPathField("units", "phải là một mảng (an array)");
    for (size_t k = 0; k < units.size(); ++k) {
      const std::string at = Index("units", k);
      const json& unit = units[k];
      if (!unit.is_object() || !unit.contains("org_code") || !unit["org_code"].is_string()) {
        return InvalidPathField(at + ".org_code", "thiếu mã tổ chức (required)");
      }
      const std::string code = unit["org_code"].get<std::string>();
      if (unit.contains("minimum") && !unit["minimum"].is_null()) {
        auto minimum = Integer(at + ".minimum", unit["minimum"]);
        if (!minimum.ok()) return minimum.error();
        request.unit_minimums[code] = *minimum;
      }
      if (unit.contains("weight") && !unit["weight"].is_null()) {
        const json& weight = unit["weight"];
        if (weight.is_string()) {
          request.unit_weights[code] = weight.get<std::string>();
        } else if (weight.is_number()) {
          // The shortest text of the number: 1.1 is read as 11/10, not the nearest double.
          request.unit_weights[code] = weight.dump();
        } else {
          return InvalidPathField(at + ".weight", "phải là một số thập phân (a decimal)");
        }
      }
    }
  }
  return request;
}

ordered_json AllocationToJson(const app::AllocationView& view, const std::string& org_name) {
  ordered_json out = Header(view.record, org_name);
  ordered_json units = ordered_json::array();
  for (size_t k = 0; k < view.record.units.size(); ++k) {
    const app::AllocationUnit& unit = view.record.units[k];
    ordered_json item = UnitInputs(unit);
    item["quota"] = app::QuotaText(view.quotas[k]);
    item["remainder"] = app::RemainderText(view.quotas[k]);
    item["seats"] = unit.seats;
    item["set_aside"] = unit.set_aside;
    units.push_back(std::move(item));
  }
  out["units"] = std::move(units);
  ordered_json ties = ordered_json::array();
  for (const auto& tie : view.ties) ties.push_back(TieToJson(tie));
  out["ties"] = std::move(ties);
  return out;
}

ordered_json AllocationSummaryToJson(const app::AllocationRecord& record) {
  ordered_json out = Header(record, "");
  out.erase("org_name");
  out["units"] = record.units.size();
  return out;
}

ordered_json ComparisonToJson(const app::MethodComparison& comparison,
                              const std::string& org_name) {
  ordered_json out = Header(comparison.inputs, org_name);
  ordered_json methods = ordered_json::array();
  for (auto method : comparison.methods) methods.push_back(apportionment::ToString(method));
  out["methods"] = std::move(methods);
  ordered_json units = ordered_json::array();
  for (size_t k = 0; k < comparison.inputs.units.size(); ++k) {
    ordered_json item = UnitInputs(comparison.inputs.units[k]);
    item["quota"] = app::QuotaText(comparison.quotas[k]);
    item["remainder"] = app::RemainderText(comparison.quotas[k]);
    ordered_json seats;
    for (size_t m = 0; m < comparison.methods.size(); ++m) {
      seats[apportionment::ToString(comparison.methods[m])] = comparison.seats[m][k];
    }
    item["seats"] = std::move(seats);
    item["differs"] = static_cast<bool>(comparison.differs[k]);
    units.push_back(std::move(item));
  }
  out["units"] = std::move(units);
  return out;
}

}  // namespace daihoi::json
