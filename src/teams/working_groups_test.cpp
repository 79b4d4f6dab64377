#include "teams/working_groups.h"

#include <gtest/gtest.h>

namespace daihoi::teams {
namespace {

Date D(const char* iso) { return *Date::Parse(iso); }

planning::Congress Planned(const char* start, const char* end) {
  planning::Congress congress;
  congress.planned_start = D(start);
  congress.planned_end = D(end);
  return congress;
}

Booking At(std::string person, std::string unit, const char* start, const char* end) {
  Booking booking;
  booking.person = std::move(person);
  booking.full_name = "Nguyễn Văn An";
  booking.group_name = "Tổ công tác số 1";
  booking.unit_code = unit;
  booking.unit_name = "Đảng bộ phường " + unit;
  booking.term = "2020-2025";
  booking.span = CongressSpan{D(start), D(end), false};
  return booking;
}

TEST(WorkingGroups, SpanIsHeldDatesOnceHeldElsePlanned) {
  planning::Congress congress = Planned("2020-05-14", "2020-05-15");
  auto span = SpanOf(congress);
  ASSERT_TRUE(span);
  EXPECT_EQ(span->start, D("2020-05-14"));
  EXPECT_FALSE(span->held);
  congress.held_start = D("2020-05-20");
  congress.held_end = D("2020-05-21");
  span = SpanOf(congress);
  ASSERT_TRUE(span);
  EXPECT_EQ(span->start, D("2020-05-20"));
  EXPECT_EQ(span->end, D("2020-05-21"));
  EXPECT_TRUE(span->held);
  EXPECT_FALSE(SpanOf(planning::Congress{}));
  // A planned start without an end is a one-day congress.
  planning::Congress one_day;
  one_day.planned_start = D("2020-06-01");
  EXPECT_EQ(SpanOf(one_day)->end, D("2020-06-01"));
}

TEST(WorkingGroups, OverlapCountsBothEnds) {
  EXPECT_TRUE(Overlaps({D("2020-05-14"), D("2020-05-15")}, {D("2020-05-15"), D("2020-05-16")}));
  EXPECT_FALSE(Overlaps({D("2020-05-14"), D("2020-05-15")}, {D("2020-05-16"), D("2020-05-16")}));
  EXPECT_TRUE(Overlaps({D("2020-05-10"), D("2020-05-20")}, {D("2020-05-12"), D("2020-05-13")}));
}

TEST(WorkingGroups, DoubleBookingNamesBothUnitsAndDates) {
  std::vector<Booking> existing = {At("P1", "KIMMA", "2020-05-14", "2020-05-15")};
  auto clash = CheckBooking(At("P1", "QUANTHANH", "2020-05-15", "2020-05-16"), existing);
  ASSERT_TRUE(clash);
  EXPECT_EQ(clash->first.unit_code, "KIMMA");
  EXPECT_EQ(clash->second.unit_code, "QUANTHANH");
  EXPECT_NE(clash->message.find("Đảng bộ phường KIMMA (14/05/2020 – 15/05/2020)"),
            std::string::npos)
      << clash->message;
  EXPECT_NE(clash->message.find("Đảng bộ phường QUANTHANH (15/05/2020 – 16/05/2020)"),
            std::string::npos)
      << clash->message;
}

TEST(WorkingGroups, NoClashForAnotherPersonTheSameCongressOrDisjointDates) {
  std::vector<Booking> existing = {At("P1", "KIMMA", "2020-05-14", "2020-05-15")};
  EXPECT_FALSE(CheckBooking(At("P2", "QUANTHANH", "2020-05-14", "2020-05-14"), existing));
  EXPECT_FALSE(CheckBooking(At("P1", "KIMMA", "2020-05-14", "2020-05-15"), existing));
  EXPECT_FALSE(CheckBooking(At("P1", "QUANTHANH", "2020-05-16", "2020-05-17"), existing));
  Booking undated = At("P1", "QUANTHANH", "2020-05-14", "2020-05-14");
  undated.span.reset();
  EXPECT_FALSE(CheckBooking(undated, existing));
}

TEST(WorkingGroups, FindClashesReportsEachPairOnce) {
  std::vector<Booking> bookings = {
      At("P1", "A", "2020-05-14", "2020-05-15"), At("P1", "B", "2020-05-15", "2020-05-15"),
      At("P1", "C", "2020-05-20", "2020-05-20"), At("P2", "D", "2020-05-15", "2020-05-15")};
  auto clashes = FindClashes(bookings);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(clashes[0].first.unit_code, "A");
  EXPECT_EQ(clashes[0].second.unit_code, "B");
}

TEST(WorkingGroups, PersonKeyFoldsNamesWithoutMemberId) {
  EXPECT_EQ(PersonKey("DV001", "Nguyễn Văn An"), "DV001");
  EXPECT_EQ(PersonKey("", "Nguyễn Văn An"), PersonKey("", "NGUYỄN VĂN AN"));
}

TEST(WorkingGroups, FreeAttendeesLeavesOutTheBookedAndPutsLeadersFirst) {
  std::vector<Attendee> members = {{"P1", "P1", "Lê Văn Bình", GroupRole::kMember},
                                   {"P2", "P2", "Trần Thị Cúc", GroupRole::kMember},
                                   {"P3", "P3", "Phạm Văn Dũng", GroupRole::kLeader}};
  std::vector<Booking> bookings = {At("P1", "KIMMA", "2020-05-14", "2020-05-15")};
  auto free = FreeAttendees(members, bookings, "QUANTHANH", "2020-2025",
                            CongressSpan{D("2020-05-15"), D("2020-05-15"), false});
  ASSERT_EQ(free.size(), 2u);
  EXPECT_EQ(free[0].person, "P3");
  EXPECT_EQ(free[1].person, "P2");
  // Booked at this very congress already: still listed (attending it is no clash).
  free = FreeAttendees(members, bookings, "KIMMA", "2020-2025",
                       CongressSpan{D("2020-05-14"), D("2020-05-15"), false});
  EXPECT_EQ(free.size(), 3u);
}

TEST(WorkingGroups, TaskOverdueAsOfADate) {
  Task task{"Dự thảo báo cáo chính trị", D("2020-05-10"), false, std::nullopt};
  EXPECT_EQ(StatusOf(task, D("2020-05-10")), TaskStatus::kOpen);
  EXPECT_EQ(StatusOf(task, D("2020-05-11")), TaskStatus::kOverdue);
  task.done = true;
  EXPECT_EQ(StatusOf(task, D("2020-05-11")), TaskStatus::kDone);
  Task undated{"Chuẩn bị hội trường", std::nullopt, false, std::nullopt};
  EXPECT_EQ(StatusOf(undated, D("2030-01-01")), TaskStatus::kOpen);
}

TEST(WorkingGroups, CommendationNeedsRecipientDecisionDateAndReason) {
  Commendation collective;
  collective.kind = RecipientKind::kCollective;
  collective.org_code = "DONGDA-VANCHUONG";
  collective.decision = "Quyết định số 512-QĐ/QU";
  collective.decided_on = D("2020-07-20");
  collective.reason = "Tổ chức thành công đại hội";
  EXPECT_TRUE(ValidateCommendation(collective).empty());

  Commendation individual;
  individual.kind = RecipientKind::kIndividual;
  auto errors = ValidateCommendation(individual);
  std::vector<std::string> fields;
  for (const Error& error : errors) fields.push_back(error.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"full_name", "decision", "decided_on", "reason"}));
  individual.full_name = "Ngô Thị Hoa";
  individual.decision = "Quyết định số 513-QĐ/QU";
  individual.decided_on = D("2020-07-20");
  individual.reason = "Hoàn thành xuất sắc nhiệm vụ";
  EXPECT_TRUE(ValidateCommendation(individual).empty());

  collective.org_code = " ";
  errors = ValidateCommendation(collective);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "org_code");
}

TEST(WorkingGroups, WordsRoundTrip) {
  for (auto kind : {GroupKind::kWorking, GroupKind::kGuidance}) {
    EXPECT_EQ(ParseGroupKind(ToString(kind)), kind);
  }
  for (auto role : {GroupRole::kLeader, GroupRole::kDeputy, GroupRole::kMember}) {
    EXPECT_EQ(ParseGroupRole(ToString(role)), role);
  }
  for (auto kind : {SubcommitteeKind::kDocuments, SubcommitteeKind::kPersonnel,
                    SubcommitteeKind::kLogistics, SubcommitteeKind::kOther}) {
    EXPECT_EQ(ParseSubcommitteeKind(ToString(kind)), kind);
  }
  EXPECT_FALSE(ParseGroupKind("team"));
  EXPECT_EQ(VietnameseName(SubcommitteeKind::kLogistics), "Tiểu ban Tổ chức phục vụ");
}

}  // namespace
}  // namespace daihoi::teams
