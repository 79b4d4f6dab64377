#include "teams/working_groups.h"

#include <algorithm>

#include "text/text.h"

namespace daihoi::teams {

const char* ToString(GroupKind kind) {
  return kind == GroupKind::kGuidance ? "guidance" : "working";
}

std::optional<GroupKind> ParseGroupKind(std::string_view text) {
  if (text == "working") return GroupKind::kWorking;
  if (text == "guidance") return GroupKind::kGuidance;
  return std::nullopt;
}

std::string VietnameseName(GroupKind kind) {
  return kind == GroupKind::kGuidance ? "Tổ chỉ đạo" : "Tổ công tác";
}

const char* ToString(GroupRole role) {
  switch (role) {
    case GroupRole::kLeader:
      return "leader";
    case GroupRole::kDeputy:
      return "deputy";
    case GroupRole::kMember:
      break;
  }
  return "member";
}

std::optional<GroupRole> ParseGroupRole(std::string_view text) {
  if (text == "leader") return GroupRole::kLeader;
  if (text == "deputy") return GroupRole::kDeputy;
  if (text == "member") return GroupRole::kMember;
  return std::nullopt;
}

std::string VietnameseName(GroupRole role) {
  switch (role) {
    case GroupRole::kLeader:
      return "Trưởng";
    case GroupRole::kDeputy:
      return "Phó";
    case GroupRole::kMember:
      break;
  }
  return "Thành viên";
}

std::string PersonKey(const std::string& member_id, const std::string& full_name) {
  if (!member_id.empty()) return member_id;
  return "ten:" + text::Fold(full_name);
}

std::optional<CongressSpan> SpanOf(const planning::Congress& congress) {
  if (congress.held_start && congress.held_end) {
    return CongressSpan{*congress.held_start, *congress.held_end, true};
  }
  if (congress.planned_start) {
    return CongressSpan{*congress.planned_start,
                        congress.planned_end.value_or(*congress.planned_start), false};
  }
  return std::nullopt;
}

bool Overlaps(const CongressSpan& a, const CongressSpan& b) {
  return a.start <= b.end && b.start <= a.end;
}

namespace {

std::string SpanText(const std::optional<CongressSpan>& span) {
  if (!span) return "chưa có ngày";
  if (span->start == span->end) return span->start.ToVietnamese();
  return span->start.ToVietnamese() + " – " + span->end.ToVietnamese();
}

std::string UnitText(const Booking& booking) {
  const std::string& name = booking.unit_name.empty() ? booking.unit_code : booking.unit_name;
  return "đại hội " + name + " (" + SpanText(booking.span) + ")";
}

bool SameCongress(const Booking& a, const Booking& b) {
  return a.unit_code == b.unit_code && a.term == b.term;
}

}  // namespace

std::string ClashMessage(const Booking& first, const Booking& second) {
  std::string message = "Đồng chí " + second.full_name + " đã dự " + UnitText(first);
  if (!first.group_name.empty()) message += " cùng " + first.group_name;
  message += ", trùng với " + UnitText(second);
  return message;
}

std::optional<Clash> CheckBooking(const Booking& proposed, const std::vector<Booking>& existing) {
  if (!proposed.span) return std::nullopt;
  for (const Booking& booking : existing) {
    if (booking.person != proposed.person || SameCongress(booking, proposed) || !booking.span) {
      continue;
    }
    if (Overlaps(*booking.span, *proposed.span)) {
      return Clash{booking, proposed, ClashMessage(booking, proposed)};
    }
  }
  return std::nullopt;
}

std::vector<Clash> FindClashes(const std::vector<Booking>& bookings) {
  std::vector<Clash> clashes;
  for (size_t later = 1; later < bookings.size(); ++later) {
    const Booking& second = bookings[later];
    if (!second.span) continue;
    for (size_t earlier = 0; earlier < later; ++earlier) {
      const Booking& first = bookings[earlier];
      if (first.person != second.person || SameCongress(first, second) || !first.span) continue;
      if (Overlaps(*first.span, *second.span)) {
        clashes.push_back({first, second, ClashMessage(first, second)});
      }
    }
  }
  return clashes;
}

std::vector<Attendee> FreeAttendees(const std::vector<Attendee>& members,
                                    const std::vector<Booking>& bookings,
                                    const std::string& unit_code, const std::string& term,
                                    const std::optional<CongressSpan>& span) {
  std::vector<Attendee> free;
  for (const Attendee& member : members) {
    Booking proposed{member.person, member.full_name, "", unit_code, "", term, span};
    if (!CheckBooking(proposed, bookings)) free.push_back(member);
  }
  std::stable_sort(free.begin(), free.end(), [](const Attendee& a, const Attendee& b) {
    return static_cast<int>(a.role) < static_cast<int>(b.role);
  });
  return free;
}

const char* ToString(SubcommitteeKind kind) {
  switch (kind) {
    case SubcommitteeKind::kDocuments:
      return "documents";
    case SubcommitteeKind::kPersonnel:
      return "personnel";
    case SubcommitteeKind::kLogistics:
      return "logistics";
    case SubcommitteeKind::kOther:
      break;
  }
  return "other";
}

std::optional<SubcommitteeKind> ParseSubcommitteeKind(std::string_view text) {
  if (text == "documents") return SubcommitteeKind::kDocuments;
  if (text == "personnel") return SubcommitteeKind::kPersonnel;
  if (text == "logistics") return SubcommitteeKind::kLogistics;
  if (text == "other") return SubcommitteeKind::kOther;
  return std::nullopt;
}

std::string VietnameseName(SubcommitteeKind kind) {
  switch (kind) {
    case SubcommitteeKind::kDocuments:
      return "Tiểu ban Văn kiện";
    case SubcommitteeKind::kPersonnel:
      return "Tiểu ban Nhân sự";
    case SubcommitteeKind::kLogistics:
      return "Tiểu ban Tổ chức phục vụ";
    case SubcommitteeKind::kOther:
      break;
  }
  return "Tiểu ban";
}

const char* ToString(TaskStatus status) {
  switch (status) {
    case TaskStatus::kDone:
      return "done";
    case TaskStatus::kOverdue:
      return "overdue";
    case TaskStatus::kOpen:
      break;
  }
  return "open";
}

TaskStatus StatusOf(const Task& task, Date as_of) {
  if (task.done) return TaskStatus::kDone;
  if (task.due && *task.due < as_of) return TaskStatus::kOverdue;
  return TaskStatus::kOpen;
}

const char* ToString(RecipientKind kind) {
  return kind == RecipientKind::kIndividual ? "individual" : "collective";
}

std::optional<RecipientKind> ParseRecipientKind(std::string_view text) {
  if (text == "collective") return RecipientKind::kCollective;
  if (text == "individual") return RecipientKind::kIndividual;
  return std::nullopt;
}

std::vector<Error> ValidateCommendation(const Commendation& commendation) {
  std::vector<Error> errors;
  const auto blank = [](const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return c == ' ' || c == '\t'; });
  };
  if (commendation.kind == RecipientKind::kCollective) {
    if (blank(commendation.org_code)) {
      errors.push_back(InvalidInput("khen thưởng tập thể cần mã tổ chức (org_code)", "org_code"));
    }
  } else if (blank(commendation.member_id) && blank(commendation.full_name)) {
    errors.push_back(
        InvalidInput("khen thưởng cá nhân cần mã đảng viên hoặc họ và tên", "full_name"));
  }
  if (blank(commendation.decision)) {
    errors.push_back(InvalidInput("thiếu số quyết định khen thưởng", "decision"));
  }
  if (!commendation.decided_on) {
    errors.push_back(
        InvalidInput("thiếu ngày quyết định (YYYY-MM-DD hoặc DD/MM/YYYY)", "decided_on"));
  }
  if (blank(commendation.reason)) {
    errors.push_back(InvalidInput("thiếu lý do (thành tích) khen thưởng", "reason"));
  }
  return errors;
}

}  // namespace daihoi::teams
