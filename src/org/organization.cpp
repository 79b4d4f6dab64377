#include "org/organization.h"

#include <string_view>

namespace daihoi::org {

std::vector<Level> DefaultLevels() {
  return {
      {"province", "Tỉnh ủy, Thành ủy", 1},
      {"district", "Quận ủy, Huyện ủy (cấp trên cơ sở)", 2},
      {"grassroots", "Tổ chức cơ sở đảng", 3},
      {"partial", "Đảng bộ bộ phận", 4},
      {"cell", "Chi bộ trực thuộc", 5},
  };
}

const char* ToString(MemberStatus status) {
  switch (status) {
    case MemberStatus::kFull: return "full";
    case MemberStatus::kProbationary: return "probationary";
    case MemberStatus::kSuspended: return "suspended";
    case MemberStatus::kTransferred: return "transferred";
    case MemberStatus::kExempt: return "exempt";
  }
  return "full";
}

std::optional<MemberStatus> ParseMemberStatus(std::string_view text) {
  for (MemberStatus s : {MemberStatus::kFull, MemberStatus::kProbationary, MemberStatus::kSuspended,
                         MemberStatus::kTransferred, MemberStatus::kExempt}) {
    if (text == ToString(s)) return s;
  }
  return std::nullopt;
}

}  // namespace daihoi::org
