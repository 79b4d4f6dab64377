#include "cli/inspection_text.h"

#include <iostream>
#include <map>

#include "json/inspection_json.h"
#include "text/text.h"

namespace daihoi::cli {
namespace {

std::string Thousands(int64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += '.';
    out += digits[k];
  }
  return out;
}

}  // namespace

int PrintInspection(const Context& ctx, const app::InspectionView& view) {
  if (ctx.json) {
    std::cout << daihoi::json::InspectionViewToJson(view).dump(2) << "\n";
    return 0;
  }
  const app::InspectionRecord& record = view.inspection;
  std::cout << "Đợt kiểm tra số " << record.id << ": " << record.title << "\n"
            << "Tổ chức tiến hành: " << view.org_name << " (" << record.org_code << "), nhiệm kỳ "
            << record.term << "\n"
            << "Thời gian: " << record.window_start.ToVietnamese() << " – "
            << record.window_end.ToVietnamese() << "; mỗi đoàn " << record.min_units_per_team << "–"
            << record.max_units_per_team << " đơn vị"
            << (record.working_days_only ? "; chỉ ngày làm việc" : "") << "\n";
  std::map<int64_t, std::string> team_names;
  std::cout << "\nĐoàn kiểm tra (" << view.teams.size() << "):\n";
  for (size_t k = 0; k < view.teams.size(); ++k) {
    const app::InspectionTeamRecord& team = view.teams[k];
    team_names[team.id] = team.name;
    std::cout << "  [" << team.id << "] " << team.name;
    if (k < view.loads.size()) {
      std::cout << " — " << view.loads[k].units << " đơn vị, " << Thousands(view.loads[k].members)
                << " đảng viên";
    }
    std::cout << "\n";
    for (const app::InspectionMemberRecord& member : team.members) {
      std::cout << "      " << member.full_name << " (" << app::InspectionRoleText(member.role);
      if (!member.home_org.empty()) std::cout << ", " << member.home_org;
      std::cout << ")\n";
    }
  }
  std::cout << "\nĐơn vị được kiểm tra (" << view.units.size() << "):\n";
  for (const app::InspectionView::Unit& unit : view.units) {
    std::cout << "  " << unit.unit.org_code << "  " << unit.unit.name << "  "
              << Thousands(unit.unit.members) << " đảng viên";
    if (unit.visit) {
      std::cout << "  " << team_names[unit.visit->team_id] << "  "
                << unit.visit->start.ToVietnamese();
      if (unit.visit->end != unit.visit->start) std::cout << "–" << unit.visit->end.ToVietnamese();
      if (unit.visit->manual) std::cout << "  (điều chỉnh)";
    } else {
      std::cout << "  chưa phân công";
    }
    if (unit.finding) std::cout << "  [đã có kết quả]";
    std::cout << "\n";
  }
  if (!view.problems.empty()) {
    std::cout << "\nLịch kiểm tra chưa bảo đảm:\n";
    for (const std::string& problem : view.problems) std::cout << "  - " << problem << "\n";
  }
  return 0;
}

app::TeamMemberInput ParseMemberArgument(const std::string& argument) {
  app::TeamMemberInput member;
  std::string rest = text::Normalize(argument);
  const std::string deputy = "phó:";
  if (rest.rfind(deputy, 0) == 0) {
    member.role = "deputy";
    rest = rest.substr(deputy.size());
  }
  const size_t at = rest.rfind('@');
  if (at != std::string::npos) {
    member.home_org = rest.substr(at + 1);
    rest = rest.substr(0, at);
  }
  if (rest.find(' ') == std::string::npos && at == std::string::npos) {
    member.member_id = rest;
  } else {
    member.full_name = rest;
  }
  return member;
}

}  // namespace daihoi::cli
