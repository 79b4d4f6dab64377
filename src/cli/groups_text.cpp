#include "cli/groups_text.h"

#include <chrono>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/groups_json.h"

namespace daihoi::cli {
namespace {

std::string SpanText(const std::optional<teams::CongressSpan>& span) {
  if (!span) return "chưa có ngày đại hội";
  std::string text = span->start.ToVietnamese();
  if (span->end != span->start) text += " – " + span->end.ToVietnamese();
  return text + (span->held ? " (đã tổ chức)" : " (dự kiến)");
}

template <class Member>
void PrintMembers(std::ostringstream& out, const std::vector<Member>& members) {
  for (const Member& m : members) {
    out << "    [" << m.id << "] " << m.full_name;
    if (!m.member_id.empty()) out << " (" << m.member_id << ")";
    if (m.role != teams::GroupRole::kMember) out << " — " << teams::VietnameseName(m.role);
    out << "\n";
  }
}

}  // namespace

std::string WorkingGroupsText(const app::WorkingGroupsView& view) {
  std::ostringstream out;
  int64_t working = 0;
  for (const auto& g : view.groups) working += g.group.kind == teams::GroupKind::kWorking ? 1 : 0;
  out << "Tổ công tác, tổ chỉ đạo của " << view.org_code << ", nhiệm kỳ " << view.term << ": "
      << working << " tổ công tác, " << view.groups.size() - working << " tổ chỉ đạo\n";
  for (const app::WorkingGroupView& item : view.groups) {
    out << "\n[" << item.group.id << "] " << item.group.name << " ("
        << teams::VietnameseName(item.group.kind) << ")\n";
    if (!item.group.note.empty()) out << "  " << item.group.note << "\n";
    out << "  Thành viên: " << item.group.members.size() << "\n";
    PrintMembers(out, item.group.members);
    out << "  Đơn vị phụ trách: " << item.units.size() << "\n";
    for (const app::AssignedUnit& unit : item.units) {
      out << "    [" << unit.assignment.id << "] " << unit.assignment.unit_name << " ("
          << unit.assignment.unit_code << "), " << SpanText(unit.span);
      if (!unit.attendees.empty()) {
        out << "; dự:";
        for (size_t k = 0; k < unit.attendees.size(); ++k) {
          out << (k == 0 ? " " : ", ") << unit.attendees[k].full_name;
        }
      }
      out << "\n";
    }
  }
  if (!view.clashes.empty()) {
    out << "\nTrùng lịch (" << view.clashes.size() << "):\n";
    for (const teams::Clash& clash : view.clashes) out << "  " << clash.message << "\n";
  }
  return out.str();
}

std::string SubcommitteesText(const app::SubcommitteesView& view) {
  std::ostringstream out;
  out << "Các tiểu ban của " << view.org_code << ", nhiệm kỳ " << view.term << " (tính đến "
      << view.as_of.ToVietnamese() << ")\n";
  for (const app::SubcommitteeView& item : view.subcommittees) {
    out << "\n[" << item.subcommittee.id << "] " << item.subcommittee.name;
    if (item.overdue > 0) out << " — " << item.overdue << " việc quá hạn";
    out << "\n  Thành viên: " << item.subcommittee.members.size() << "\n";
    PrintMembers(out, item.subcommittee.members);
    out << "  Công việc: " << item.tasks.size() << "\n";
    for (const app::TaskView& t : item.tasks) {
      const char* mark = t.status == teams::TaskStatus::kDone      ? "[x]"
                         : t.status == teams::TaskStatus::kOverdue ? "[!]"
                                                                   : "[ ]";
      out << "    " << mark << " [" << t.task.id << "] " << t.task.title;
      if (!t.task.owner.empty()) out << " (" << t.task.owner << ")";
      if (t.task.due) out << ", hạn " << t.task.due->ToVietnamese();
      if (t.status == teams::TaskStatus::kOverdue) out << " — QUÁ HẠN";
      if (t.task.done && t.task.done_on) out << ", xong " << t.task.done_on->ToVietnamese();
      out << "\n";
    }
  }
  return out.str();
}

std::string CommendationsText(const std::vector<app::CommendationRecord>& records) {
  std::ostringstream out;
  int64_t collectives = 0;
  for (const auto& r : records) {
    collectives += r.commendation.kind == teams::RecipientKind::kCollective ? 1 : 0;
  }
  out << "Khen thưởng: " << collectives << " tập thể, " << records.size() - collectives
      << " cá nhân\n";
  for (const app::CommendationRecord& record : records) {
    const teams::Commendation& c = record.commendation;
    out << "  [" << record.id << "] "
        << (c.kind == teams::RecipientKind::kCollective ? "Tập thể: " : "Cá nhân: ") << c.full_name;
    if (!c.award.empty()) out << " — " << c.award;
    out << " — " << c.decision;
    if (c.decided_on) out << " ngày " << c.decided_on->ToVietnamese();
    out << " — " << c.reason << "\n";
  }
  return out.str();
}

int PrintWorkingGroups(const Context& ctx, app::Store& store, const app::CongressRef& congress) {
  auto view = app::ShowWorkingGroups(store, CommandLineActor(), congress);
  if (!view) return Fail(GroupOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::WorkingGroupsToJson(*view).dump(2) << "\n";
  } else {
    std::cout << WorkingGroupsText(*view);
  }
  return 0;
}

int PrintSubcommittees(const Context& ctx, app::Store& store, const app::CongressRef& congress,
                       Date as_of) {
  auto view = app::ShowSubcommittees(store, CommandLineActor(), congress, as_of);
  if (!view) return Fail(GroupOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::SubcommitteesToJson(*view).dump(2) << "\n";
  } else {
    std::cout << SubcommitteesText(*view);
  }
  return 0;
}

int PrintCommendations(const Context& ctx, app::Store& store, const app::CongressRef& congress) {
  auto records = app::ListCommendations(store, CommandLineActor(), congress);
  if (!records) return Fail(GroupOptionError(records.error()));
  if (ctx.json) {
    std::cout << json::CommendationsToJson(congress.org_code, congress.term, *records).dump(2)
              << "\n";
  } else {
    std::cout << CommendationsText(*records);
  }
  return 0;
}

Error GroupOptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"code", "--congress"},
      {"term", "--term"},
      {"group_id", "--group"},
      {"member_id", "--member"},
      {"full_name", "--name"},
      {"unit_code", "--unit"},
      {"assignment_id", "--unit"},
      {"subcommittee_id", "--subcommittee"},
      {"task_id", "--task"},
      {"title", "--title"},
      {"name", "--name"},
      {"commendation_id", "--id"},
      {"commendations[0].org_code", "--org"},
      {"commendations[0].member_id", "--member-id"},
      {"commendations[0].full_name", "--name"},
      {"commendations[0].decision", "--decision"},
      {"commendations[0].decided_on", "--decided-on"},
      {"commendations[0].reason", "--reason"},
  };
  auto it = kOptions.find(error.field);
  if (it != kOptions.end()) error.field = it->second;
  return error;
}

Date Today() {
  const auto now = std::chrono::system_clock::now();
  return Date::FromDays(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

Result<std::optional<Date>> DateOption(const std::string& text, const char* option) {
  if (text.empty()) return std::optional<Date>();
  auto date = Date::Parse(text);
  if (!date) {
    return InvalidInput("ngày không hợp lệ '" + text + "' (YYYY-MM-DD hoặc DD/MM/YYYY)", option);
  }
  return date;
}

}  // namespace daihoi::cli
