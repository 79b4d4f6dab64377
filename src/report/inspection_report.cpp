#include "report/inspection_report.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "app/columns.h"
#include "report/ics.h"
#include "report/labels.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

std::map<int64_t, const app::InspectionTeamRecord*> TeamsById(const app::InspectionView& view) {
  std::map<int64_t, const app::InspectionTeamRecord*> teams;
  for (const app::InspectionTeamRecord& team : view.teams) teams[team.id] = &team;
  return teams;
}

std::string Dates(const app::InspectionVisitRecord& visit) {
  if (visit.start == visit.end) return visit.start.ToVietnamese();
  return visit.start.ToVietnamese() + " – " + visit.end.ToVietnamese();
}

std::string Leader(const app::InspectionTeamRecord& team) {
  for (const app::InspectionMemberRecord& member : team.members) {
    if (member.role == "leader") return member.full_name;
  }
  return "";
}

std::string OtherMembers(const app::InspectionTeamRecord& team) {
  std::string out;
  for (const app::InspectionMemberRecord& member : team.members) {
    if (member.role == "leader") continue;
    if (!out.empty()) out += "; ";
    out += member.full_name;
    if (member.role == "deputy") out += " (Phó Trưởng đoàn)";
  }
  return out;
}

// The units in schedule order: by team (team order), then date; units not yet scheduled last.
std::vector<const app::InspectionView::Unit*> ScheduleOrder(const app::InspectionView& view) {
  std::map<int64_t, size_t> team_rank;
  for (size_t k = 0; k < view.teams.size(); ++k) team_rank[view.teams[k].id] = k;
  std::vector<const app::InspectionView::Unit*> order;
  for (const auto& unit : view.units) order.push_back(&unit);
  std::stable_sort(order.begin(), order.end(), [&](const auto* a, const auto* b) {
    if (a->visit.has_value() != b->visit.has_value()) return a->visit.has_value();
    if (!a->visit) return false;
    const size_t ra = team_rank.count(a->visit->team_id) ? team_rank[a->visit->team_id] : 0;
    const size_t rb = team_rank.count(b->visit->team_id) ? team_rank[b->visit->team_id] : 0;
    if (ra != rb) return ra < rb;
    return a->visit->start < b->visit->start;
  });
  return order;
}

pdf::Block BoldParagraph(const std::string& text) {
  return pdf::MarkupParagraph("<b>" + pdf::EscapeMarkup(text) + "</b>");
}

pdf::Block Labelled(const std::string& label, const std::string& text) {
  return pdf::MarkupParagraph("<i>" + pdf::EscapeMarkup(label) + ":</i> " +
                              pdf::EscapeMarkup(text));
}

}  // namespace

pdf::Document InspectionDocument(const app::InspectionView& view, const std::string& superior,
                                 const std::string& place, Date date) {
  const app::InspectionRecord& record = view.inspection;
  const auto teams = TeamsById(view);
  pdf::Document document;
  document.header.superior = UpperVietnamese(superior);
  document.header.issuer = UpperVietnamese(view.org_name);
  document.header.number = "Số      -BC";
  document.header.place = place;
  document.header.date = date;
  document.type = "BÁO CÁO";
  // "Kết quả Kiểm tra …" reads wrong: the title's own capital goes inside the subject.
  std::string title = record.title.empty() ? "Kiểm tra" : record.title;
  const std::string capital = "Kiểm tra";
  if (title.rfind(capital, 0) == 0) title = "kiểm tra" + title.substr(capital.size());
  document.subject = "Kết quả " + title + ", nhiệm kỳ " + TermText(record.term);

  size_t scheduled = 0;
  for (const auto& unit : view.units) scheduled += unit.visit ? 1 : 0;
  document.body.push_back(pdf::Paragraph(
      "Thực hiện kế hoạch kiểm tra, từ ngày " + record.window_start.ToVietnamese() + " đến ngày " +
      record.window_end.ToVietnamese() + ", " + view.org_name + " đã thành lập " +
      std::to_string(view.teams.size()) + " đoàn kiểm tra, kiểm tra " +
      std::to_string(view.units.size()) + " đơn vị (mỗi đoàn từ " +
      std::to_string(record.min_units_per_team) + " đến " +
      std::to_string(record.max_units_per_team) +
      " đơn vị; thành viên đoàn không kiểm tra đơn vị nơi mình sinh hoạt). Kết quả như sau:"));

  document.body.push_back(pdf::Heading("I. CÁC ĐOÀN KIỂM TRA"));
  pdf::Table composition;
  composition.columns = {"Số TT",      "Đoàn kiểm tra", "Trưởng đoàn",
                         "Thành viên", "Số đơn vị",     "Số đảng viên"};
  composition.widths = {0.6, 1.8, 2.0, 3.6, 0.9, 1.1};
  composition.align = {'c', 'l', 'l', 'l', 'c', 'r'};
  for (size_t k = 0; k < view.teams.size(); ++k) {
    const app::InspectionTeamRecord& team = view.teams[k];
    const app::InspectionView::TeamLoad load =
        k < view.loads.size() ? view.loads[k] : app::InspectionView::TeamLoad{};
    composition.rows.push_back({std::to_string(k + 1), team.name, Leader(team), OtherMembers(team),
                                std::to_string(load.units), ThousandsVi(load.members)});
  }
  document.body.push_back(pdf::TableBlock(std::move(composition)));

  document.body.push_back(pdf::Heading("II. LỊCH KIỂM TRA"));
  if (scheduled == 0) {
    document.body.push_back(pdf::Paragraph("Chưa phân công đoàn kiểm tra cho các đơn vị."));
  } else {
    pdf::Table schedule;
    schedule.columns = {"Số TT", "Đoàn kiểm tra", "Đơn vị được kiểm tra", "Số đảng viên",
                        "Thời gian"};
    schedule.widths = {0.6, 1.8, 3.8, 1.1, 2.3};
    schedule.align = {'c', 'l', 'l', 'r', 'c'};
    int64_t previous_team = -1;
    for (const auto* unit : ScheduleOrder(view)) {
      std::string team_name;
      std::string dates;
      if (unit->visit) {
        if (unit->visit->team_id != previous_team) {
          auto team = teams.find(unit->visit->team_id);
          team_name = team != teams.end() ? team->second->name : "";
        }
        previous_team = unit->visit->team_id;
        dates = Dates(*unit->visit);
      } else {
        dates = "Chưa phân công";
      }
      schedule.rows.push_back({std::to_string(schedule.rows.size() + 1), team_name, unit->unit.name,
                               ThousandsVi(unit->unit.members), dates});
    }
    document.body.push_back(pdf::TableBlock(std::move(schedule)));
  }
  if (!view.problems.empty()) {
    document.body.push_back(BoldParagraph("Những điểm lịch kiểm tra chưa bảo đảm:"));
    for (const std::string& problem : view.problems) {
      document.body.push_back(pdf::Paragraph("- " + problem + "."));
    }
  }

  document.body.push_back(pdf::Heading("III. KẾT QUẢ KIỂM TRA TẠI CÁC ĐƠN VỊ"));
  int numbered = 0;
  std::vector<std::string> pending;
  for (const auto* unit : ScheduleOrder(view)) {
    if (!unit->finding) {
      pending.push_back(unit->unit.name);
      continue;
    }
    std::string line = std::to_string(++numbered) + ". " + unit->unit.name;
    if (unit->visit) {
      auto team = teams.find(unit->visit->team_id);
      if (team != teams.end()) line += " (" + team->second->name + ", " + Dates(*unit->visit) + ")";
    }
    document.body.push_back(BoldParagraph(line));
    const app::FindingRecord& finding = *unit->finding;
    if (!finding.strengths.empty()) document.body.push_back(Labelled("Ưu điểm", finding.strengths));
    if (!finding.weaknesses.empty()) {
      document.body.push_back(Labelled("Hạn chế, khuyết điểm", finding.weaknesses));
    }
    if (!finding.recommendations.empty()) {
      document.body.push_back(Labelled("Kiến nghị", finding.recommendations));
    }
  }
  if (numbered == 0) {
    document.body.push_back(pdf::Paragraph("Các đoàn chưa ghi nhận kết quả kiểm tra."));
  }
  if (numbered > 0 && !pending.empty()) {
    std::string names;
    for (const std::string& name : pending) names += (names.empty() ? "" : "; ") + name;
    document.body.push_back(pdf::Paragraph("Chưa có kết quả kiểm tra tại " +
                                           std::to_string(pending.size()) + " đơn vị: " + names +
                                           "."));
  }

  document.signatures.push_back(StandingCommitteeSignature());
  document.recipients = {"Các đoàn kiểm tra", "Các đơn vị được kiểm tra", "Lưu Văn phòng"};
  return document;
}

Result<std::string> InspectionScheduleXlsx(const app::InspectionView& view) {
  using app::ColumnType;
  static const std::vector<app::Column> columns = {
      {"number", "Số TT", ColumnType::kInteger, false, {}},
      {"team", "Đoàn kiểm tra", ColumnType::kText, false, {}},
      {"leader", "Trưởng đoàn", ColumnType::kText, false, {}},
      {"unit_code", "Mã đơn vị", ColumnType::kText, false, {}},
      {"unit_name", "Đơn vị được kiểm tra", ColumnType::kText, false, {}},
      {"members", "Số đảng viên", ColumnType::kInteger, false, {}},
      {"start", "Từ ngày", ColumnType::kDate, false, {}},
      {"end", "Đến ngày", ColumnType::kDate, false, {}},
      {"manual", "Điều chỉnh thủ công", ColumnType::kText, false, {}},
      {"finding", "Đã có kết quả kiểm tra", ColumnType::kText, false, {}},
  };
  const auto teams = TeamsById(view);
  std::vector<std::vector<std::string>> rows;
  for (const auto* unit : ScheduleOrder(view)) {
    std::string team_name;
    std::string leader;
    if (unit->visit) {
      auto team = teams.find(unit->visit->team_id);
      if (team != teams.end()) {
        team_name = team->second->name;
        leader = Leader(*team->second);
      }
    }
    rows.push_back({std::to_string(rows.size() + 1), team_name, leader, unit->unit.org_code,
                    unit->unit.name, std::to_string(unit->unit.members),
                    unit->visit ? unit->visit->start.ToIso() : "",
                    unit->visit ? unit->visit->end.ToIso() : "",
                    unit->visit && unit->visit->manual ? "Có" : "", unit->finding ? "Có" : ""});
  }
  return XlsxBytes("Lịch kiểm tra", columns, rows);
}

std::string InspectionScheduleIcs(const app::InspectionView& view, int64_t stamp_unix_seconds) {
  const auto teams = TeamsById(view);
  IcsCalendar calendar;
  calendar.name = "Lịch kiểm tra — " + view.org_name;
  calendar.stamp_unix_seconds = stamp_unix_seconds;
  for (const auto* unit : ScheduleOrder(view)) {
    if (!unit->visit) continue;
    IcsEvent event;
    event.uid =
        "inspection-" + std::to_string(view.inspection.id) + "/" + unit->unit.org_code + "@daihoi";
    event.first_day = unit->visit->start;
    event.last_day = unit->visit->end;
    auto team = teams.find(unit->visit->team_id);
    const std::string team_name = team != teams.end() ? team->second->name : "";
    event.summary = "Kiểm tra " + unit->unit.name + " — " + team_name;
    if (team != teams.end()) {
      std::string people;
      for (const auto& member : team->second->members) {
        people += (people.empty() ? "" : ", ") + member.full_name;
      }
      event.description = team_name + ": " + people;
    }
    calendar.events.push_back(std::move(event));
  }
  return WriteIcs(calendar);
}

}  // namespace daihoi::report
