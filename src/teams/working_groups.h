#pragma once
// Working groups and guidance groups of a committee (GLOSSARY: WorkingGroup), the subcommittees
// of its congress (Subcommittee) and the commendations after the round (Commendation).
// Ba Đình 2020: 12 working groups and 4 guidance groups over 56 grassroots organizations;
// Đống Đa: 27 collectives and 47 individuals commended.
//
// Pure: the double-booking check, the suggestion of who is free, overdue tasks and the
// validation of a commendation take values and return values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "planning/congress.h"

namespace daihoi::teams {

// tổ công tác (working) / tổ chỉ đạo (guidance).
enum class GroupKind { kWorking, kGuidance };
const char* ToString(GroupKind kind);  // "working" / "guidance"
std::optional<GroupKind> ParseGroupKind(std::string_view text);
std::string VietnameseName(GroupKind kind);  // "Tổ công tác" / "Tổ chỉ đạo"

// Tổ trưởng / tổ phó / thành viên (trưởng tiểu ban / phó trưởng tiểu ban / thành viên).
enum class GroupRole { kLeader, kDeputy, kMember };
const char* ToString(GroupRole role);  // "leader" / "deputy" / "member"
std::optional<GroupRole> ParseGroupRole(std::string_view text);
std::string VietnameseName(GroupRole role);

// Who a person is across groups: the member id when there is one, else the name folded
// (accent- and case-insensitive), so one person in two groups is one person.
std::string PersonKey(const std::string& member_id, const std::string& full_name);

// The days a congress occupies: its held dates once held (both known), else its planned
// dates; no span while neither is known.
struct CongressSpan {
  Date start;
  Date end;  // inclusive
  bool held = false;
};
std::optional<CongressSpan> SpanOf(const planning::Congress& congress);
bool Overlaps(const CongressSpan& a, const CongressSpan& b);

// A person booked to attend a unit's congress for a group.
struct Booking {
  std::string person;  // PersonKey
  std::string full_name;
  std::string group_name;
  std::string unit_code;
  std::string unit_name;
  std::string term;
  std::optional<CongressSpan> span;  // nullopt: the congress has no dates yet
};

// Two bookings of one person at two congresses whose spans overlap.
struct Clash {
  Booking first;   // the booking already made
  Booking second;  // the one that clashes with it
  // "Đồng chí Nguyễn Văn An đã dự đại hội Đảng bộ phường Kim Mã (14/05/2020 – 15/05/2020),
  // trùng với đại hội Đảng bộ phường Quán Thánh (15/05/2020 – 16/05/2020)"
  std::string message;
};

std::string ClashMessage(const Booking& first, const Booking& second);

// The first booking of `existing` that `proposed` would clash with (same person, another
// congress, overlapping spans); nullopt when it may be made. A congress without dates clashes
// with nothing until it has some.
std::optional<Clash> CheckBooking(const Booking& proposed, const std::vector<Booking>& existing);

// Every clash among the bookings, each pair once, in input order of the later booking.
std::vector<Clash> FindClashes(const std::vector<Booking>& bookings);

// A member of a group, as the suggestion sees them.
struct Attendee {
  std::string person;  // PersonKey
  std::string member_id;
  std::string full_name;
  GroupRole role = GroupRole::kMember;
};

// Who of `members` is free to attend a congress occupying `span`: not booked at an overlapping
// congress (bookings at the same unit and term do not count against it). Leaders first, then
// deputies, then members, each in input order. Everyone is free for a congress without dates.
std::vector<Attendee> FreeAttendees(const std::vector<Attendee>& members,
                                    const std::vector<Booking>& bookings,
                                    const std::string& unit_code, const std::string& term,
                                    const std::optional<CongressSpan>& span);

// Tiểu ban văn kiện / nhân sự / tổ chức phục vụ, or another the committee sets up.
enum class SubcommitteeKind { kDocuments, kPersonnel, kLogistics, kOther };
const char* ToString(SubcommitteeKind kind);  // "documents" / "personnel" / "logistics" / "other"
std::optional<SubcommitteeKind> ParseSubcommitteeKind(std::string_view text);
std::string VietnameseName(SubcommitteeKind kind);  // "Tiểu ban Văn kiện", …

struct Task {
  std::string title;
  std::optional<Date> due;
  bool done = false;
  std::optional<Date> done_on;
};

enum class TaskStatus { kDone, kOverdue, kOpen };
const char* ToString(TaskStatus status);  // "done" / "overdue" / "open"
// Overdue as of D: not done and due before D (a task due on D is still open that day).
TaskStatus StatusOf(const Task& task, Date as_of);

// Khen thưởng: a collective (an organization) or an individual.
enum class RecipientKind { kCollective, kIndividual };
const char* ToString(RecipientKind kind);  // "collective" / "individual"
std::optional<RecipientKind> ParseRecipientKind(std::string_view text);

struct Commendation {
  RecipientKind kind = RecipientKind::kCollective;
  std::string org_code;   // collective: the organization commended; individual: their unit
  std::string member_id;  // individual: a member id, or
  std::string full_name;  // the name (a collective's name is its organization's)
  std::string award;      // hình thức: "Giấy khen", "Bằng khen"; may be empty
  std::string decision;   // số quyết định: "Quyết định số 512-QĐ/QU"
  std::optional<Date> decided_on;
  std::string reason;  // thành tích
};

// Every problem of one commendation, each naming its field (kind, org_code, member_id,
// full_name, decision, decided_on, reason): a collective needs an organization code, an
// individual a member id or a name; every commendation a decision number, its date and a reason.
// Whether the organization or member exists is the caller's to check.
std::vector<Error> ValidateCommendation(const Commendation& commendation);

}  // namespace daihoi::teams
