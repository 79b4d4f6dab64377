#pragma once
// A saved allocation of a delegates' congress's elected seats (R-ALLOCATION): every input the
// computation took and every unit's result, so it can be shown later exactly as computed.
// Plain values: the storage port keeps them, the allocation use cases build them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"

namespace daihoi::app {

// Where a unit's full-member count came from.
enum class MemberSource {
  kRegistry,  // full members in the member registry as of the date
  kStated,    // stated counts (no registry loaded anywhere in its subtree)
  kMixed,     // the registry for part of its subtree, stated counts for the rest
};
const char* ToString(MemberSource source);  // "registry" / "stated" / "mixed"
std::optional<MemberSource> ParseMemberSource(std::string_view text);

struct AllocationUnit {
  std::string org_code;  // a direct subordinate of the convening organization
  std::string name;      // its name when the allocation was computed
  int64_t members = 0;   // full members counted
  MemberSource source = MemberSource::kStated;
  std::optional<int64_t> minimum;  // its own minimum; nullopt: the allocation's minimum
  std::string weight = "1";        // a decimal as entered (apportionment::ParseDecimal)
  int64_t seats = 0;
  bool set_aside = false;  // fixed at its minimum
  // The exact quota seats × claim / total claim, as decimal integers (they may exceed 64 bits).
  std::string quota_num = "0";
  std::string quota_den = "1";
};

struct AllocationRecord {
  int64_t id = 0;          // given by the store on save
  std::string org_code;    // the convening organization
  std::string term;        // "2025-2030"
  std::string method;      // apportionment::ToString(Method)
  int64_t seats = 0;       // elected seats shared (ex-officio seats excluded: R-EX-OFFICIO)
  int64_t minimum = 0;     // global minimum per unit
  Date as_of;              // the date members were counted on
  std::string created_at;  // UTC, "2025-03-01T08:30:00Z"; set by the store
  std::vector<AllocationUnit> units;  // in input order
};

}  // namespace daihoi::app
