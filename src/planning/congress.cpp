#include "planning/congress.h"

namespace daihoi::planning {

const char* ToString(CongressKind kind) {
  return kind == CongressKind::kDelegates ? "delegates" : "members";
}

std::optional<CongressKind> ParseCongressKind(std::string_view text) {
  if (text == "members") return CongressKind::kMembers;
  if (text == "delegates") return CongressKind::kDelegates;
  return std::nullopt;
}

}  // namespace daihoi::planning
