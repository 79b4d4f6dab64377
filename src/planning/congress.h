#pragma once
// One organization's congress for one term (GLOSSARY: Congress).

#include <optional>
#include <string>
#include <string_view>

#include "common/date.h"

namespace daihoi::planning {

enum class CongressKind { kMembers, kDelegates };

const char* ToString(CongressKind kind);  // "members" / "delegates"
std::optional<CongressKind> ParseCongressKind(std::string_view text);

struct Congress {
  std::string org_code;
  std::string term;  // "2020-2025"
  int ordinal = 0;   // shown in Roman numerals; 0 when unknown
  CongressKind kind = CongressKind::kMembers;
  bool pilot = false;
  std::optional<Date> planned_start;
  std::optional<Date> planned_end;
  std::optional<Date> held_start;
  std::optional<Date> held_end;

  // CONTRACTS.md: held as of D when held_end <= D.
  bool HeldAsOf(Date d) const { return held_end && *held_end <= d; }
};

}  // namespace daihoi::planning
