#include "report/progress_report.h"

#include <algorithm>
#include <unordered_map>

#include "planning/plan.h"
#include "report/labels.h"

namespace daihoi::report {
namespace {

// "Cấp cơ sở" (a table cell) from "cấp cơ sở".
std::string LevelCell(const std::string& code, const std::vector<org::Level>& levels) {
  return Capitalized(planning::LevelLabel(code, levels));
}

// "85,71%": whole hundredths rounded down, so 55 of 56 never reads 100%.
std::string PercentRoundedDown(int64_t part, int64_t total) {
  if (total <= 0) return "";
  return PercentText(part * 10000 / total);
}

std::string Span(const std::optional<Date>& start, Date end) {
  if (!start || *start == end) return end.ToVietnamese();
  return start->ToVietnamese() + " – " + end.ToVietnamese();
}

pdf::Table LevelTable(const app::ProgressReport& report) {
  pdf::Table table;
  table.columns = {"Cấp",        "Tổng số",      "Đã tổ chức", "Tỷ lệ",
                   "Đã có lịch", "Chưa có lịch", "Quá hạn"};
  table.widths = {2.6, 1.2, 1.3, 1.3, 1.3, 1.3, 1.1};
  table.align = {'l', 'r', 'r', 'r', 'r', 'r', 'r'};
  for (const auto& row : report.progress.levels) {
    table.rows.push_back({LevelCell(row.level, report.levels), ThousandsVi(row.total),
                          ThousandsVi(row.held), PercentRoundedDown(row.held, row.total),
                          ThousandsVi(row.scheduled), ThousandsVi(row.unscheduled),
                          ThousandsVi(row.overdue)});
  }
  return table;
}

// One row per directly subordinate organization: "đã tổ chức / tổng số" for each level, overdue.
pdf::Table ChildTable(const app::ProgressReport& report) {
  pdf::Table table;
  table.columns = {"Số TT", "Tổ chức"};
  table.widths = {0.7, 4.0};
  table.align = {'c', 'l'};
  for (const auto& level : report.progress.levels) {
    table.columns.push_back(LevelCell(level.level, report.levels));
    table.widths.push_back(1.5);
    table.align.push_back('c');
  }
  table.columns.push_back("Quá hạn");
  table.widths.push_back(1.0);
  table.align.push_back('r');
  for (const auto& child : report.progress.children) {
    std::vector<std::string> row = {std::to_string(table.rows.size() + 1), child.name};
    int64_t overdue = 0;
    for (const auto& level : report.progress.levels) {
      auto found = std::find_if(child.levels.begin(), child.levels.end(),
                                [&](const auto& own) { return own.level == level.level; });
      row.push_back(found == child.levels.end()
                        ? "—"
                        : ThousandsVi(found->held) + "/" + ThousandsVi(found->total));
      if (found != child.levels.end()) overdue += found->overdue;
    }
    row.push_back(ThousandsVi(overdue));
    table.rows.push_back(std::move(row));
  }
  return table;
}

pdf::Table OverdueTable(const app::ProgressReport& report) {
  pdf::Table table;
  table.columns = {"Số TT", "Tổ chức", "Cấp", "Ngày dự kiến", "Quá hạn"};
  table.widths = {0.7, 4.0, 1.7, 2.4, 1.2};
  table.align = {'c', 'l', 'l', 'c', 'r'};
  const Date as_of = report.progress.as_of;
  for (const auto& c : report.progress.overdue) {
    table.rows.push_back({std::to_string(table.rows.size() + 1), c.name,
                          LevelCell(c.level, report.levels), Span(c.planned_start, c.planned_end),
                          ThousandsVi(as_of.days() - c.planned_end.days()) + " ngày"});
  }
  return table;
}

// Congresses that would end close to or after their superior's opening (progress), then those
// the forecast finds after their level's window.
pdf::Table AtRiskTable(const app::ProgressReport& report) {
  pdf::Table table;
  table.columns = {"Số TT", "Tổ chức", "Dự kiến kết thúc", "Lý do"};
  table.widths = {0.7, 3.8, 1.8, 3.7};
  table.align = {'c', 'l', 'c', 'l'};
  for (const auto& c : report.progress.at_risk) {
    std::string reason =
        c.days_before_parent >= 0
            ? "Đại hội cấp trên khai mạc " + c.parent_planned_start.ToVietnamese() + ", chỉ sau " +
                  std::to_string(c.days_before_parent) + " ngày"
            : "Đại hội cấp trên khai mạc " + c.parent_planned_start.ToVietnamese() +
                  ", trước khi đại hội này kết thúc " + std::to_string(-c.days_before_parent) +
                  " ngày";
    table.rows.push_back(
        {std::to_string(table.rows.size() + 1), c.name, c.planned_end.ToVietnamese(), reason});
  }
  for (const auto& risk : report.forecast.at_risk) {
    if (risk.reason != planning::RiskReason::kAfterWindow) continue;  // overdue: listed above
    table.rows.push_back(
        {std::to_string(table.rows.size() + 1), risk.name, risk.expected_end.ToVietnamese(),
         "Sau hạn kế hoạch của " + planning::LevelLabel(risk.level, report.levels) + " (" +
             risk.window_end->ToVietnamese() + ")"});
  }
  return table;
}

pdf::Table ForecastTable(const app::ProgressReport& report) {
  pdf::Table table;
  table.columns = {"Cấp", "Đã tổ chức", "Dự kiến hoàn thành", "Kế hoạch", "Đánh giá"};
  table.widths = {2.2, 1.3, 1.9, 2.4, 3.0};
  table.align = {'l', 'r', 'c', 'c', 'l'};
  for (const auto& level : report.forecast.levels) {
    std::string window;
    if (level.window) {
      window = level.window->start.ToVietnamese() + " – " + level.window->end.ToVietnamese();
    }
    const std::string verdict = Capitalized(planning::VerdictText(level));
    std::string finish = level.finish ? level.finish->ToVietnamese() : "—";
    table.rows.push_back({LevelCell(level.level, report.levels),
                          ThousandsVi(level.held) + "/" + ThousandsVi(level.total), finish, window,
                          verdict});
  }
  return table;
}

}  // namespace

pdf::Document ProgressReportDocument(const app::ProgressReport& report, const std::string& place) {
  const planning::Progress& progress = report.progress;
  const bool country = report.root.empty();
  pdf::Document document;
  document.header.superior = UpperVietnamese(report.superior_name);
  document.header.issuer =
      country ? "BAN CHỈ ĐẠO ĐẠI HỘI" : "BAN CHẤP HÀNH " + UpperVietnamese(report.root_name);
  document.header.number = "Số       -BC";
  document.header.place = place;
  document.header.date = progress.as_of;
  document.type = "BÁO CÁO";
  const std::string round = std::to_string(progress.round_year);
  document.subject = "Tiến độ tổ chức đại hội các tổ chức đảng" +
                     (country ? std::string(" trong cả nước") : " trực thuộc " + report.root_name) +
                     ", nhiệm kỳ bắt đầu năm " + round;

  document.body.push_back(pdf::Paragraph(
      "Tính đến ngày " + progress.as_of.ToVietnamese() +
      ", tiến độ tổ chức đại hội đảng bộ, chi "
      "bộ các cấp" +
      (country ? std::string(" trong cả nước") : " trực thuộc " + report.root_name) +
      " như sau. Một đại hội được tính là đã tổ chức khi ngày bế mạc không muộn hơn ngày báo cáo; "
      "quá hạn là chưa tổ chức mà đã qua ngày kết thúc dự kiến."));

  document.body.push_back(pdf::Heading("I. Tiến độ theo cấp"));
  if (progress.levels.empty()) {
    document.body.push_back(pdf::Paragraph("Không có tổ chức đảng cấp dưới."));
  } else {
    // One clause per level: "cấp cơ sở đã tổ chức 48/56 đại hội (85,71%)".
    std::string summary;
    for (const auto& row : progress.levels) {
      summary += (summary.empty() ? "" : "; ") + planning::LevelLabel(row.level, report.levels) +
                 " đã tổ chức " + ThousandsVi(row.held) + "/" + ThousandsVi(row.total) +
                 " đại hội (" + PercentRoundedDown(row.held, row.total) + ")";
    }
    document.body.push_back(pdf::Paragraph(Capitalized(summary) + "."));
    document.body.push_back(pdf::TableBlock(LevelTable(report)));
  }

  if (!progress.children.empty()) {
    document.body.push_back(pdf::Heading("II. Tiến độ theo tổ chức trực thuộc"));
    document.body.push_back(pdf::Paragraph(
        "Mỗi ô ghi số đại hội đã tổ chức trên tổng số tổ chức của cấp đó trong tổ chức trực thuộc "
        "(kể cả chính tổ chức trực thuộc)."));
    document.body.push_back(pdf::TableBlock(ChildTable(report)));
  }

  document.body.push_back(pdf::Heading("III. Đại hội quá hạn"));
  if (progress.overdue.empty()) {
    document.body.push_back(pdf::Paragraph("Không có đại hội quá hạn."));
  } else {
    document.body.push_back(pdf::Paragraph(
        "Có " + ThousandsVi(static_cast<int64_t>(progress.overdue.size())) +
        " đại hội chưa tổ chức đã qua ngày kết thúc dự kiến; đề nghị các cấp ủy báo cáo lý do và "
        "ấn định lại thời gian."));
    document.body.push_back(pdf::TableBlock(OverdueTable(report)));
  }

  document.body.push_back(pdf::Heading("IV. Đại hội có nguy cơ chậm"));
  pdf::Table at_risk = AtRiskTable(report);
  if (at_risk.rows.empty()) {
    document.body.push_back(pdf::Paragraph("Không có đại hội có nguy cơ chậm."));
  } else {
    document.body.push_back(pdf::Paragraph(
        "Đại hội cấp dưới phải kết thúc trước khi đại hội cấp trên khai mạc; các đại hội sau đây "
        "kết thúc sát hoặc sau ngày đó, hoặc sau hạn của kế hoạch."));
    document.body.push_back(pdf::TableBlock(std::move(at_risk)));
  }

  document.body.push_back(pdf::Heading("V. Dự báo thời gian hoàn thành"));
  document.body.push_back(pdf::Paragraph(
      "Theo lịch đã ấn định, mỗi cấp hoàn thành khi đại hội cuối cùng của cấp đó kết thúc; đại "
      "hội quá hạn được tính kết thúc không sớm hơn ngày báo cáo. Cấp còn tổ chức chưa có lịch "
      "thì chưa dự báo được."));
  document.body.push_back(pdf::TableBlock(ForecastTable(report)));
  document.body.push_back(pdf::Paragraph(
      report.forecast.finish
          ? "Dự kiến hoàn thành toàn bộ đại hội vào ngày " +
                report.forecast.finish->ToVietnamese() + "."
          : std::string("Chưa dự báo được ngày hoàn thành toàn bộ vì còn tổ chức chưa có lịch "
                        "đại hội.")));

  pdf::Signature signature;
  signature.on_behalf = country ? "T/M BAN CHỈ ĐẠO" : "T/M BAN CHẤP HÀNH";
  signature.title = country ? "TRƯỞNG BAN" : "BÍ THƯ";
  document.signatures.push_back(signature);
  document.recipients = {
      country ? "Bộ Chính trị, Ban Bí thư (để báo cáo)" : "Cấp ủy cấp trên (để báo cáo)",
      "Các tổ chức đảng trực thuộc", "Lưu Văn phòng"};
  return document;
}

IcsCalendar ProgressCalendar(const app::ProgressReport& report, int64_t stamp_unix_seconds) {
  IcsCalendar calendar;
  calendar.name = "Lịch đại hội — " + report.root_name;
  calendar.stamp_unix_seconds = stamp_unix_seconds;
  std::unordered_map<std::string, std::vector<const planning::Congress*>> by_org;
  for (const planning::Congress& c : report.congresses) {
    if (planning::TermStartYear(c.term) == report.progress.round_year) {
      by_org[c.org_code].push_back(&c);
    }
  }
  auto add = [&](const org::Organization* o) {
    auto found = by_org.find(o->code);
    if (found == by_org.end()) return;
    for (const planning::Congress* c : found->second) {
      if (auto event = CongressEvent(*c, o->name)) calendar.events.push_back(std::move(*event));
    }
  };
  if (report.root.empty()) {
    for (const org::Organization* top : report.tree.Roots()) {
      for (const org::Organization* o : report.tree.Subtree(top->code)) add(o);
    }
  } else {
    for (const org::Organization* o : report.tree.Subtree(report.root)) add(o);
  }
  return calendar;
}

}  // namespace daihoi::report
