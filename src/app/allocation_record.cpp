#include "app/allocation_record.h"

namespace daihoi::app {

const char* ToString(MemberSource source) {
  switch (source) {
    case MemberSource::kRegistry:
      return "registry";
    case MemberSource::kStated:
      return "stated";
    case MemberSource::kMixed:
      return "mixed";
  }
  return "stated";
}

std::optional<MemberSource> ParseMemberSource(std::string_view text) {
  if (text == "registry") return MemberSource::kRegistry;
  if (text == "stated") return MemberSource::kStated;
  if (text == "mixed") return MemberSource::kMixed;
  return std::nullopt;
}

}  // namespace daihoi::app
