#include "org/organization.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace daihoi::org {

namespace {

// The words for administrative units, as they open a unit's name inside an organization's name
// and capitalised, as they open a place.
constexpr std::pair<std::string_view, std::string_view> kUnitWords[] = {
    {"tỉnh", "Tỉnh"},     {"thành phố", "Thành phố"}, {"quận", "Quận"},
    {"huyện", "Huyện"},   {"thị xã", "Thị xã"},       {"xã", "Xã"},
    {"phường", "Phường"}, {"thị trấn", "Thị trấn"},   {"đặc khu", "Đặc khu"}};

// Units named after a person, which keep their word on the date line.
constexpr std::string_view kNamedAfterPeople[] = {"Hồ Chí Minh"};

}  // namespace

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

std::optional<std::string> PlaceInName(std::string_view name) {
  for (std::string_view kind : {"Đảng bộ ", "Chi bộ "}) {
    if (!name.starts_with(kind)) continue;
    const std::string_view rest = name.substr(kind.size());
    for (const auto& [lower, upper] : kUnitWords) {
      for (std::string_view word : {lower, upper}) {
        if (rest.size() <= word.size() + 1 || !rest.starts_with(word) || rest[word.size()] != ' ')
          continue;
        const std::string_view unit = rest.substr(word.size() + 1);
        const bool keeps_word =
            std::isdigit(static_cast<unsigned char>(unit.front())) ||
            std::find(std::begin(kNamedAfterPeople), std::end(kNamedAfterPeople), unit) !=
                std::end(kNamedAfterPeople);
        return keeps_word ? std::string(upper) + " " + std::string(unit) : std::string(unit);
      }
    }
  }
  return std::nullopt;
}

}  // namespace daihoi::org
