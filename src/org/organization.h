#pragma once
// The hierarchy of Party organizations. Levels are data (GLOSSARY: Level), not an enum.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"

namespace daihoi::org {

// A level of the hierarchy. `rank` orders levels from the top (province = 1); a child's level
// has a greater rank than its parent's. Out of the box: province, district, grassroots,
// partial, cell (DefaultLevels()).
struct Level {
  std::string code;  // province
  std::string name;  // Vietnamese label: "Tỉnh ủy / Thành ủy"
  int rank = 0;
};

std::vector<Level> DefaultLevels();

struct Organization {
  std::string code;         // unique, stable: BADINH-QUANTHANH
  std::string name;         // Đảng bộ phường Quán Thánh
  std::string level;        // a Level::code
  std::string parent_code;  // empty for a root
  std::string category;     // residential, agency, enterprise, police, military, or empty
  // Full members as stated, when no member registry is loaded; nullopt means the sum of the
  // children's.
  std::optional<int64_t> members;
};

enum class MemberStatus { kFull, kProbationary, kSuspended, kTransferred, kExempt };

// "full", "probationary", … (CONTRACTS.md) and back; nullopt for an unknown word.
const char* ToString(MemberStatus status);
std::optional<MemberStatus> ParseMemberStatus(std::string_view text);

struct Member {
  std::string id;
  std::string full_name;
  std::string gender;  // "male" / "female" / empty
  std::optional<Date> birth_date;
  std::optional<Date> party_join_date;
  std::optional<Date> full_member_date;
  std::string org_code;
  MemberStatus status = MemberStatus::kFull;
};

// The place on the date line of the documents an organization issues, read from its name: the
// administrative unit it is named after (Hướng dẫn 36-HD/VPTW: where the issuing body sits).
// "Đảng bộ quận Ba Đình" → "Ba Đình"; a unit named by a number or after a person keeps its
// word: "Đảng bộ Quận 1" → "Quận 1", "Đảng bộ Thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh".
// nullopt when the name names no administrative unit ("Chi bộ Trường Mầm non Khuê Trung",
// "Đảng bộ Công an thành phố"): the parent's place is theirs.
std::optional<std::string> PlaceInName(std::string_view name);

// Counts for one level of a subtree.
struct LevelCount {
  std::string level;
  int64_t organizations = 0;
  int64_t members = 0;  // full members
};

}  // namespace daihoi::org
