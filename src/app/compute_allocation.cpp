// Use case: count the units and allocate the seats without saving (R-ALLOCATION).
#include <set>

#include "app/allocation.h"
#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {

std::string ToDecimalString(apportionment::Uint128 value) { return apportionment::ToString(value); }

std::optional<apportionment::Uint128> ParseUint128(std::string_view text) {
  if (text.empty() || text.size() > 39) return std::nullopt;
  apportionment::Uint128 value = 0;
  const apportionment::Uint128 max = ~apportionment::Uint128{0};
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    const unsigned digit = static_cast<unsigned>(c - '0');
    if (value > (max - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  return value;
}

namespace {

// units / 10^places as text with exactly `places` decimals.
std::string Fixed(apportionment::Uint128 units, int places) {
  apportionment::Uint128 scale = 1;
  for (int k = 0; k < places; ++k) scale *= 10;
  std::string fraction = ToDecimalString(units % scale);
  fraction.insert(0, static_cast<size_t>(places) - fraction.size(), '0');
  return ToDecimalString(units / scale) + "." + fraction;
}

}  // namespace

std::string QuotaText(const apportionment::Fraction& quota) {
  if (quota.den == 0) return "0.00";
  return Fixed(apportionment::RoundHalfUpHundredths(quota.num, quota.den), 2);
}

std::string RemainderText(const apportionment::Fraction& quota) {
  if (quota.den == 0) return "0.0000";
  // The remainder is below den, the total claim (at most about 10^23 within apportionment's
  // limits), so remainder × 10^4 stays within 128 bits.
  const apportionment::Uint128 remainder = quota.num % quota.den;
  return Fixed(remainder * 10000 / quota.den, 4);
}

apportionment::Input ApportionInput(const AllocationRecord& record) {
  apportionment::Input input;
  input.method =
      apportionment::ParseMethod(record.method).value_or(apportionment::Method::kLargestRemainder);
  input.seats = record.seats;
  input.minimum = record.minimum;
  for (const auto& unit : record.units) {
    apportionment::Unit out;
    out.id = unit.org_code;
    out.name = unit.name;
    out.members = unit.members;
    out.minimum = unit.minimum;
    out.weight = apportionment::ParseDecimal(unit.weight).value_or(apportionment::Decimal{1, 0});
    input.units.push_back(std::move(out));
  }
  return input;
}

Result<AllocationView> ComputeAllocation(Store& store, const Actor& actor,
                                         const AllocationRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, request.org_code);
      !allowed.ok())
    return allowed.error();
  if (request.seats <= 0) {
    return InvalidInput("số đại biểu được bầu phải lớn hơn 0 (seats must be positive)", "seats");
  }
  if (request.minimum < 0) {
    return InvalidInput("số đại biểu tối thiểu không được âm (minimum must not be negative)",
                        "minimum");
  }
  auto units = CountUnits(store, actor, request.org_code, request.as_of);
  if (!units.ok()) return units.error();

  std::set<std::string> codes;
  for (const auto& unit : *units) codes.insert(unit.org_code);
  for (const auto& [code, minimum] : request.unit_minimums) {
    const std::string field = "units." + code + ".minimum";
    if (!codes.count(code)) {
      return InvalidInput("'" + code + "' không phải tổ chức trực thuộc '" + request.org_code +
                              "' (not a subordinate unit)",
                          field);
    }
    if (minimum < 0) return InvalidInput("số tối thiểu không được âm (negative minimum)", field);
  }
  for (const auto& [code, weight] : request.unit_weights) {
    const std::string field = "units." + code + ".weight";
    if (!codes.count(code)) {
      return InvalidInput("'" + code + "' không phải tổ chức trực thuộc '" + request.org_code +
                              "' (not a subordinate unit)",
                          field);
    }
    if (!apportionment::ParseDecimal(weight)) {
      return InvalidInput("hệ số '" + weight +
                              "' không hợp lệ: một số thập phân dương, tối đa 6 chữ số sau dấu "
                              "chấm và không quá 1000 (invalid weight)",
                          field);
    }
  }

  AllocationView view;
  AllocationRecord& record = view.record;
  record.org_code = request.org_code;
  record.term = request.term;
  record.method = apportionment::ToString(request.method);
  record.seats = request.seats;
  record.minimum = request.minimum;
  record.as_of = request.as_of;
  record.units = std::move(*units);
  for (auto& unit : record.units) {
    if (auto it = request.unit_minimums.find(unit.org_code); it != request.unit_minimums.end()) {
      unit.minimum = it->second;
    }
    if (auto it = request.unit_weights.find(unit.org_code); it != request.unit_weights.end()) {
      unit.weight = it->second;
    }
  }

  auto outcome = apportionment::Apportion(ApportionInput(record));
  if (!outcome.ok()) return outcome.error();
  for (size_t k = 0; k < record.units.size(); ++k) {
    const apportionment::Allocation& allocation = outcome->allocations[k];
    AllocationUnit& unit = record.units[k];
    unit.seats = allocation.seats;
    unit.set_aside = allocation.set_aside;
    unit.quota_num = ToDecimalString(allocation.quota.num);
    unit.quota_den = ToDecimalString(allocation.quota.den);
    view.quotas.push_back(allocation.quota);
  }
  view.ties = std::move(outcome->ties);
  return view;
}

}  // namespace daihoi::app
