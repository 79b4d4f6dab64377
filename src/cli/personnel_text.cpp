#include "cli/personnel_text.h"

#include <iostream>
#include <map>
#include <sstream>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "json/tally_json.h"
#include "report/labels.h"

namespace daihoi::cli {
namespace {

std::string Share(int64_t part, int64_t whole) {
  return std::to_string(part) + "/" + std::to_string(whole) + " (" +
         report::PercentText(election::PercentOf(part, whole)) + ")";
}

}  // namespace

app::PersonnelPorts PersonnelPortsOf(app::Store& store) {
  return app::PersonnelPorts{store, app::PersonnelOf(store), json::LoadProfileOnce};
}

Error PersonnelOptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"member_id", "--member"},
      {"comment", "--comment"},
      {"term", "--term"},
      {"org_code", "--congress"},
      {"committee", "--committee"},
      {"standing_committee", "--standing"},
      {"deputies", "--deputies"},
      {"inspection", "--inspection"},
      {"delegates", "--delegates"},
      {"profile", "--profile"},
      {"version", "--version"},
      {"election_id", "--election"},
      {"vetting_due", "--due"},
      {"note", "--note"},
      {"conclusion", "--conclusion"},
      {"concluded_on", "--on"},
      {"summary", "--summary"},
      {"task_id", "ID"},
      {"complaint_id", "ID"},
      {"kind", "--kind"},
      {"organization", "--organization"},
      {"to", "--to"},
      {"women_min_percent", "--women"},
      {"under_40_min_percent", "--under-40"},
  };
  auto found = kOptions.find(error.field);
  if (found != kOptions.end()) error.field = found->second;
  return error;
}

std::string SchemeText(const app::SchemeView& view) {
  const app::SchemeRecord& scheme = view.scheme;
  std::ostringstream out;
  out << "Đề án nhân sự " << view.org_name << " (" << scheme.org_code << "), nhiệm kỳ "
      << scheme.term << "\n";
  out << "Phiên bản " << scheme.version << "/" << view.versions.size() << ": "
      << personnel::Label(scheme.status) << " (" << personnel::ToString(scheme.status)
      << "); cấp trên phê duyệt: " << view.superior_name << " (" << view.superior_code << ")\n";
  const personnel::SchemeNumbers& n = scheme.numbers;
  out << "Số lượng: Ban Chấp hành " << n.committee << ", Ban Thường vụ " << n.standing_committee
      << ", Phó Bí thư " << n.deputies << ", Ủy ban Kiểm tra " << n.inspection
      << ", đại biểu dự đại hội cấp trên " << n.delegates << "\n";
  out << "\nQuá trình:\n";
  for (const app::SchemeEvent& event : view.events) {
    int version = 0;
    for (const app::SchemeRecord& record : view.versions) {
      if (record.id == event.scheme_id) version = record.version;
    }
    out << "  " << event.at << "  v" << version << "  " << event.action << "  " << event.actor;
    if (!event.comment.empty()) out << "  — " << event.comment;
    out << "\n";
  }
  out << "\nNhân sự (" << view.nominees.size() << "):\n";
  int index = 0;
  for (const app::SchemeNomineeView& entry : view.nominees) {
    const app::SchemeNomineeRecord& nominee = entry.nominee;
    out << "  " << ++index << ". " << nominee.full_name << " [" << nominee.member_id << "] "
        << (nominee.list == personnel::SchemeList::kCommittee ? "BCH" : "đại biểu") << ", "
        << personnel::Label(nominee.reason) << (nominee.outgoing ? ", tái cử" : ", lần đầu");
    if (!entry.title.empty()) out << " — " << entry.title;
    if (entry.open_tasks > 0) out << "  [thẩm tra chưa xong: " << entry.open_tasks << "]";
    if (entry.concerns > 0) out << "  [có vấn đề: " << entry.concerns << "]";
    if (entry.open_complaints > 0)
      out << "  [đơn thư chưa giải quyết: " << entry.open_complaints << "]";
    out << "\n";
  }
  const personnel::SchemeStatistics& stats = view.statistics;
  out << "\nDanh sách BCH: " << stats.candidates << " người cho " << stats.seats
      << " chỉ tiêu, số dư " << (stats.candidates - stats.seats) << " ("
      << report::PercentText(stats.surplus_percent) << ")";
  if (!stats.surplus_problem.empty()) out << " — R-SURPLUS: " << stats.surplus_problem;
  out << "\n";
  const election::BodyStats& p = stats.proposed;
  out << "Cơ cấu dự kiến: nữ " << Share(p.women, p.size) << ", dưới 40 "
      << Share(p.under_40, p.size) << ", 40–50 " << Share(p.from_40_to_50, p.size) << ", trên 50 "
      << Share(p.over_50, p.size) << ", tái cử " << Share(p.re_elected, p.size) << ", lần đầu "
      << Share(p.first_time, p.size) << "\n";
  if (stats.outgoing) {
    const election::BodyStats& o = *stats.outgoing;
    out << "Khóa đương nhiệm:  nữ " << Share(o.women, o.size) << ", dưới 40 "
        << Share(o.under_40, o.size) << ", 40–50 " << Share(o.from_40_to_50, o.size) << ", trên 50 "
        << Share(o.over_50, o.size) << "\n";
  }
  if (!stats.positions.empty()) {
    out << "Chức vụ được đại diện:";
    for (const personnel::PositionCount& count : stats.positions) {
      out << " " << count.label << " " << count.count << ";";
    }
    out << "\n";
  }
  for (const election::ListStructureWarning& warning : stats.structure.warnings) {
    out << "  Lưu ý (R-STRUCTURE): " << warning.message << "\n";
  }
  return out.str();
}

std::string VettingText(const app::VettingFile& file, bool tasks, bool complaints) {
  std::ostringstream out;
  std::map<std::string, std::string> label;
  for (const personnel::VettingBoard& board : file.boards) label[board.code] = board.label;
  if (tasks) {
    int open = 0;
    for (const app::VettingTaskRecord& task : file.tasks) {
      open += task.conclusion == personnel::VettingConclusion::kOpen;
    }
    out << "Thẩm tra: " << file.tasks.size() << " nhiệm vụ, " << open << " chưa kết luận\n";
    for (const app::VettingTaskRecord& task : file.tasks) {
      out << "  #" << task.id << "  " << task.full_name << " [" << task.member_id << "]  "
          << label[task.board] << "  hạn " << (task.due ? task.due->ToVietnamese() : "—") << "  "
          << personnel::Label(task.conclusion);
      if (!task.note.empty()) out << ": " << task.note;
      if (!task.concluded_by.empty())
        out << "  (" << task.concluded_by << ", " << task.concluded_at << ")";
      out << "\n";
    }
  }
  if (complaints) {
    out << "Đơn thư: " << file.complaints.size() << "\n";
    for (const app::ComplaintRecord& complaint : file.complaints) {
      out << "  #" << complaint.id << "  " << complaint.received_on.ToVietnamese() << "  "
          << personnel::Label(complaint.source) << "  về " << complaint.full_name << " ["
          << complaint.member_id << "]: " << complaint.summary;
      if (!complaint.assigned_to.empty()) out << "  — giao: " << complaint.assigned_to;
      if (complaint.open()) {
        out << "  — CHƯA GIẢI QUYẾT";
      } else {
        out << "  — kết luận " << complaint.concluded_on->ToVietnamese() << ": "
            << complaint.conclusion;
      }
      out << "\n";
    }
  }
  return out.str();
}

std::string PositionsText(const app::PositionsView& view) {
  std::ostringstream out;
  std::map<std::string, std::string> label;
  for (const personnel::PositionKind& kind : view.kinds) label[kind.code] = kind.label;
  for (const app::PositionsView::Title& title : view.titles) {
    out << title.member_id << ": " << (title.title.empty() ? "(không giữ chức vụ)" : title.title)
        << "\n";
    for (const personnel::MemberPosition& position : view.positions) {
      if (position.member_id != title.member_id) continue;
      out << "  #" << position.id << "  " << label[position.kind] << " " << position.organization
          << "  " << (position.from ? position.from->ToVietnamese() : "…") << " – "
          << (position.to ? position.to->ToVietnamese() : "nay") << "\n";
    }
  }
  if (view.titles.empty()) out << "Không có chức vụ nào.\n";
  return out.str();
}

int PrintScheme(const Context& ctx, app::Store& store, const PersonnelOptions& options) {
  auto view = app::ShowScheme(PersonnelPortsOf(store), CommandLineActor(), options.congress,
                              options.term, options.version);
  if (!view) return Fail(PersonnelOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::SchemeViewToJson(*view).dump(2) << "\n";
  } else {
    std::cout << SchemeText(*view);
  }
  return 0;
}

}  // namespace daihoi::cli
