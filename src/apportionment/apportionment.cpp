#include "apportionment/apportionment.h"

#include <algorithm>
#include <queue>
#include <set>

namespace daihoi::apportionment {
namespace {

// Claims on one common scale (members × weight × 10^max_scale): every comparison the methods
// make is invariant under that common factor.
struct Claims {
  std::vector<Uint128> value;

  // The tie order of the contract: larger claim first, then earlier in the input.
  bool Before(size_t a, size_t b) const {
    if (value[a] != value[b]) return value[a] > value[b];
    return a < b;
  }
};

class TieLog {
 public:
  TieLog(const Input& input, const Claims& claims, std::vector<Tie>* out)
      : input_(input), claims_(claims), out_(out) {}

  // `group` is in tie order; group[0] takes seat number `seat`.
  void Record(int64_t seat, std::vector<size_t> group) const {
    Tie tie;
    tie.seat = seat;
    tie.winner = input_.units[group[0]].id;
    tie.reason = claims_.value[group[0]] > claims_.value[group[1]] ? TieReason::kLargerClaim
                                                                   : TieReason::kInputOrder;
    std::sort(group.begin(), group.end());
    for (size_t unit : group) tie.units.push_back(input_.units[unit].id);
    out_->push_back(std::move(tie));
  }

 private:
  const Input& input_;
  const Claims& claims_;
  std::vector<Tie>* out_;
};

// Hamilton: whole Hare quotas first, then one seat each to the largest remainders.
void LargestRemainder(const std::vector<size_t>& active, int64_t seats, const Claims& claims,
                      int64_t first_seat, const TieLog& ties, std::vector<int64_t>& alloc) {
  Uint128 total = 0;
  for (size_t unit : active) total += claims.value[unit];
  if (seats == 0 || total == 0) return;
  std::vector<Uint128> remainder(alloc.size(), 0);
  int64_t given = 0;
  for (size_t unit : active) {
    const Uint128 share = static_cast<Uint128>(seats) * claims.value[unit];
    alloc[unit] = static_cast<int64_t>(share / total);
    remainder[unit] = share % total;  // remainders share the denominator `total`
    given += alloc[unit];
  }
  std::vector<size_t> order = active;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (remainder[a] != remainder[b]) return remainder[a] > remainder[b];
    return claims.Before(a, b);
  });
  const int64_t leftover = seats - given;  // < number of active units
  for (int64_t k = 0; k < leftover; ++k) {
    const size_t position = static_cast<size_t>(k);
    size_t run_end = position + 1;
    while (run_end < order.size() && remainder[order[run_end]] == remainder[order[position]]) {
      ++run_end;
    }
    const int64_t in_tie = static_cast<int64_t>(run_end - position);
    if (in_tie > leftover - k) {
      ties.Record(first_seat + given + k, {order.begin() + static_cast<std::ptrdiff_t>(position),
                                           order.begin() + static_cast<std::ptrdiff_t>(run_end)});
    }
    ++alloc[order[position]];
  }
}

Fraction Priority(Method method, Uint128 claim, int64_t held) {
  const auto s = static_cast<Uint128>(held);
  switch (method) {
    case Method::kDHondt:
      return {claim, s + 1};
    case Method::kSainteLague:
      return {claim, 2 * s + 1};
    case Method::kHuntingtonHill:
      if (held == 0) return claim > 0 ? Fraction{1, 0} : Fraction{0, 1};
      return {claim * claim, s * (s + 1)};  // claim²/(s(s+1)): the geometric mean, squared
    case Method::kLargestRemainder:
      break;
  }
  return {0, 1};
}

// Divisor methods, seat by seat from the highest priority.
void Divisor(Method method, const std::vector<size_t>& active, int64_t seats, const Claims& claims,
             int64_t first_seat, const TieLog& ties, std::vector<int64_t>& alloc) {
  struct Entry {
    Fraction priority;
    size_t unit;
  };
  auto lower = [&](const Entry& a, const Entry& b) {
    auto order = Compare(a.priority, b.priority);
    if (order != 0) return order < 0;
    return claims.Before(b.unit, a.unit);
  };
  std::priority_queue<Entry, std::vector<Entry>, decltype(lower)> queue(lower);
  for (size_t unit : active) queue.push({Priority(method, claims.value[unit], 0), unit});
  int64_t given = 0;
  while (given < seats && !queue.empty()) {
    std::vector<Entry> group{queue.top()};
    queue.pop();
    while (!queue.empty() && Compare(queue.top().priority, group[0].priority) == 0) {
      group.push_back(queue.top());
      queue.pop();
    }
    const int64_t remaining = seats - given;
    if (static_cast<int64_t>(group.size()) <= remaining) {
      // Everyone in the group gets this priority's seat; their next priorities are lower,
      // so giving the seats together is the same as giving them one by one.
      for (const Entry& entry : group) {
        ++alloc[entry.unit];
        ++given;
        queue.push({Priority(method, claims.value[entry.unit], alloc[entry.unit]), entry.unit});
      }
      continue;
    }
    std::vector<size_t> competing;
    for (const Entry& entry : group) competing.push_back(entry.unit);  // already in tie order
    for (int64_t k = 0; k < remaining; ++k) {
      ties.Record(first_seat + given, {competing.begin() + k, competing.end()});
      ++alloc[competing[static_cast<size_t>(k)]];
      ++given;
    }
  }
}

Error FieldError(std::string field, std::string message) {
  return InvalidInput(std::move(message), std::move(field));
}

Status Validate(const Input& input) {
  if (input.seats < 0) return FieldError("seats", "không được âm (must not be negative)");
  if (input.seats > kMaxSeats) {
    return FieldError("seats", "vượt quá " + std::to_string(kMaxSeats) + " (too large)");
  }
  if (input.minimum < 0) return FieldError("minimum", "không được âm (must not be negative)");
  if (input.units.empty()) {
    return FieldError("units", "không có đơn vị nào (no units)");
  }
  if (input.units.size() > kMaxUnits) {
    return FieldError("units", "quá " + std::to_string(kMaxUnits) + " đơn vị (too many units)");
  }
  std::set<std::string, std::less<>> ids;
  int64_t minimums = 0;
  bool any_claim = false;
  for (size_t i = 0; i < input.units.size(); ++i) {
    const Unit& unit = input.units[i];
    const std::string at = "units[" + std::to_string(i) + "]";
    if (unit.id.empty()) return FieldError(at + ".id", "mã đơn vị trống (empty id)");
    if (!ids.insert(unit.id).second) {
      return FieldError(at + ".id", "mã đơn vị trùng (duplicate id) '" + unit.id + "'");
    }
    if (unit.members < 0) {
      return FieldError(at + ".members", "không được âm (must not be negative)");
    }
    if (unit.members > kMaxMembers) {
      return FieldError(at + ".members",
                        "vượt quá " + std::to_string(kMaxMembers) + " (too large)");
    }
    if (unit.minimum && *unit.minimum < 0) {
      return FieldError(at + ".minimum", "không được âm (must not be negative)");
    }
    if (unit.weight.units <= 0) {
      return FieldError(at + ".weight", "phải lớn hơn 0 (must be positive)");
    }
    minimums += std::min<int64_t>(unit.minimum.value_or(input.minimum), kMaxSeats + 1);
    if (minimums > input.seats) {
      return FieldError("units", "tổng số tối thiểu vượt quá " + std::to_string(input.seats) +
                                     " đại biểu (minimums exceed the seats)");
    }
    any_claim = any_claim || unit.members > 0;
  }
  if (!any_claim) {
    return FieldError("units", "tổng số đảng viên bằng 0 (total members is zero)");
  }
  return {};
}

}  // namespace

const char* ToString(Method method) {
  switch (method) {
    case Method::kLargestRemainder:
      return "largest_remainder";
    case Method::kDHondt:
      return "dhondt";
    case Method::kSainteLague:
      return "sainte_lague";
    case Method::kHuntingtonHill:
      return "huntington_hill";
  }
  return "largest_remainder";
}

std::optional<Method> ParseMethod(std::string_view text) {
  for (Method method : {Method::kLargestRemainder, Method::kDHondt, Method::kSainteLague,
                        Method::kHuntingtonHill}) {
    if (text == ToString(method)) return method;
  }
  return std::nullopt;
}

const char* ToString(TieReason reason) {
  return reason == TieReason::kLargerClaim ? "larger_claim" : "input_order";
}

Result<Outcome> Apportion(const Input& input) {
  if (Status valid = Validate(input); !valid) return valid.error();
  const size_t n = input.units.size();

  int max_scale = 0;
  for (const Unit& unit : input.units) max_scale = std::max(max_scale, unit.weight.scale);
  Claims claims;
  Uint128 total = 0;
  for (const Unit& unit : input.units) {
    Uint128 weight = static_cast<Uint128>(unit.weight.units);
    for (int i = unit.weight.scale; i < max_scale; ++i) weight *= 10;
    claims.value.push_back(static_cast<Uint128>(unit.members) * weight);
    total += claims.value.back();
  }

  Outcome outcome;
  outcome.method = input.method;
  outcome.seats = input.seats;
  TieLog ties(input, claims, &outcome.ties);

  std::vector<bool> set_aside(n, false);
  std::vector<int64_t> alloc(n, 0);
  int64_t fixed_seats = 0;
  while (true) {
    std::vector<size_t> active;
    for (size_t unit = 0; unit < n; ++unit) {
      if (!set_aside[unit]) active.push_back(unit);
    }
    std::fill(alloc.begin(), alloc.end(), 0);
    outcome.ties.clear();  // only the last pass decides seats
    const int64_t seats = input.seats - fixed_seats;
    if (input.method == Method::kLargestRemainder) {
      LargestRemainder(active, seats, claims, fixed_seats + 1, ties, alloc);
    } else {
      Divisor(input.method, active, seats, claims, fixed_seats + 1, ties, alloc);
    }
    // Fix and set aside every unit below its minimum, then share what is left again.
    bool below = false;
    for (size_t unit : active) {
      const int64_t minimum = input.units[unit].minimum.value_or(input.minimum);
      if (alloc[unit] < minimum) {
        set_aside[unit] = true;
        fixed_seats += minimum;
        below = true;
      }
    }
    if (!below) break;
  }

  for (size_t unit = 0; unit < n; ++unit) {
    Allocation a;
    a.id = input.units[unit].id;
    a.set_aside = set_aside[unit];
    a.seats = set_aside[unit] ? input.units[unit].minimum.value_or(input.minimum) : alloc[unit];
    a.quota = {static_cast<Uint128>(input.seats) * claims.value[unit], total};
    outcome.allocations.push_back(std::move(a));
  }
  return outcome;
}

}  // namespace daihoi::apportionment
