// app::GroupStore (storage/group_store.cpp) behaves alike on both engines: working groups with
// members, assignments and attendances; subcommittees with tasks; commendations.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/group_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

class GroupStoreContract : public StoreContract {
 protected:
  app::GroupStore& groups() { return app::GroupsOf(*store_); }

  int64_t AddGroup(const std::string& name, teams::GroupKind kind = teams::GroupKind::kWorking) {
    app::WorkingGroupRecord group;
    group.org_code = "BD";
    group.term = "2020-2025";
    group.kind = kind;
    group.name = name;
    auto id = groups().AddWorkingGroup(group);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  int64_t AddMember(int64_t group_id, const std::string& person, const std::string& name,
                    teams::GroupRole role = teams::GroupRole::kMember) {
    app::GroupMemberRecord member;
    member.group_id = group_id;
    member.person = person;
    member.member_id = person;
    member.full_name = name;
    member.role = role;
    auto id = groups().AddGroupMember(member);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  int64_t Assign(int64_t group_id, const std::string& unit) {
    auto id = groups().AddAssignment({0, group_id, unit, "", "2020-2025"});
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
};

TEST_P(GroupStoreContract, GroupsKeepMembersAssignmentsAndAttendances) {
  LoadHanoi();
  const int64_t first = AddGroup("Tổ công tác số 1");
  const int64_t guidance = AddGroup("Tổ chỉ đạo số 1", teams::GroupKind::kGuidance);
  AddMember(first, "DV2", "Trần Thị Bình");
  const int64_t leader = AddMember(first, "DV1", "Nguyễn Văn An", teams::GroupRole::kLeader);
  const int64_t quan_thanh = Assign(first, "BD-QT");
  const int64_t kim_ma = Assign(first, "BD-KM");
  auto attendance = groups().AddAttendance(leader, quan_thanh);
  ASSERT_TRUE(attendance.ok()) << attendance.error().message;

  Reopen();
  auto all = groups().WorkingGroups("BD", "2020-2025");
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 2u);
  const app::WorkingGroupRecord& group = (*all)[0];
  EXPECT_EQ(group.id, first);
  EXPECT_EQ(group.name, "Tổ công tác số 1");
  EXPECT_EQ(group.org_code, "BD");
  EXPECT_EQ((*all)[1].kind, teams::GroupKind::kGuidance);
  ASSERT_EQ(group.members.size(), 2u);
  EXPECT_EQ(group.members[0].full_name, "Nguyễn Văn An");  // leaders first
  EXPECT_EQ(group.members[0].role, teams::GroupRole::kLeader);
  ASSERT_EQ(group.assignments.size(), 2u);
  EXPECT_EQ(group.assignments[0].unit_code, "BD-QT");
  EXPECT_EQ(group.assignments[0].unit_name, "Đảng bộ phường Quán Thánh");
  EXPECT_EQ(group.assignments[1].id, kim_ma);
  ASSERT_EQ(group.attendances.size(), 1u);
  EXPECT_EQ(group.attendances[0].unit_code, "BD-QT");
  EXPECT_EQ(group.attendances[0].group_name, "Tổ công tác số 1");
  EXPECT_EQ(group.attendances[0].person, "DV1");

  // A person's attendances across every group.
  const int64_t guide = AddMember(guidance, "DV1", "Nguyễn Văn An");
  const int64_t guided = Assign(guidance, "BD-KM");
  ASSERT_TRUE(groups().AddAttendance(guide, guided).ok());
  auto of_person = groups().AttendancesOf("DV1");
  ASSERT_TRUE(of_person.ok());
  ASSERT_EQ(of_person->size(), 2u);
  EXPECT_EQ((*of_person)[1].group_name, "Tổ chỉ đạo số 1");
  EXPECT_EQ((*of_person)[1].unit_code, "BD-KM");

  auto found = groups().FindWorkingGroup(guidance);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->attendances.size(), 1u);
  auto missing = groups().FindWorkingGroup(guidance + 1000);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(GroupStoreContract, DuplicatesAreConflictsAndUnknownsNotFound) {
  LoadHanoi();
  const int64_t group = AddGroup("Tổ công tác số 1");
  app::WorkingGroupRecord again;
  again.org_code = "BD";
  again.term = "2020-2025";
  again.name = "Tổ công tác số 1";
  auto duplicate = groups().AddWorkingGroup(again);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  again.org_code = "NOPE";
  again.name = "Tổ khác";
  auto unknown = groups().AddWorkingGroup(again);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);

  const int64_t member = AddMember(group, "DV1", "Nguyễn Văn An");
  app::GroupMemberRecord twice{0, group, "DV1", "Nguyễn Văn An", teams::GroupRole::kMember, "DV1"};
  auto same_person = groups().AddGroupMember(twice);
  ASSERT_FALSE(same_person.ok());
  EXPECT_EQ(same_person.error().code, ErrorCode::kConflict);

  const int64_t assignment = Assign(group, "BD-QT");
  auto assigned_twice = groups().AddAssignment({0, group, "BD-QT", "", "2020-2025"});
  ASSERT_FALSE(assigned_twice.ok());
  EXPECT_EQ(assigned_twice.error().code, ErrorCode::kConflict);
  auto unknown_unit = groups().AddAssignment({0, group, "XX", "", "2020-2025"});
  ASSERT_FALSE(unknown_unit.ok());
  EXPECT_EQ(unknown_unit.error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(groups().AddAttendance(member, assignment).ok());
  auto attends_twice = groups().AddAttendance(member, assignment);
  ASSERT_FALSE(attends_twice.ok());
  EXPECT_EQ(attends_twice.error().code, ErrorCode::kConflict);
}

TEST_P(GroupStoreContract, RemovingAGroupTakesItsRowsAlong) {
  LoadHanoi();
  const int64_t group = AddGroup("Tổ công tác số 1");
  const int64_t member = AddMember(group, "DV1", "Nguyễn Văn An");
  const int64_t assignment = Assign(group, "BD-QT");
  ASSERT_TRUE(groups().AddAttendance(member, assignment).ok());
  auto removed = groups().RemoveAssignment(assignment);
  ASSERT_TRUE(removed.ok() && *removed);
  EXPECT_TRUE(groups().AttendancesOf("DV1")->empty());
  const int64_t again = Assign(group, "BD-QT");
  ASSERT_TRUE(groups().AddAttendance(member, again).ok());

  removed = groups().RemoveWorkingGroup(group);
  ASSERT_TRUE(removed.ok() && *removed);
  EXPECT_TRUE(groups().WorkingGroups("BD", "2020-2025")->empty());
  EXPECT_TRUE(groups().AttendancesOf("DV1")->empty());
  removed = groups().RemoveWorkingGroup(group);
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed);
}

TEST_P(GroupStoreContract, SubcommitteesKeepMembersAndTasksByDueDate) {
  LoadHanoi();
  app::SubcommitteeRecord documents;
  documents.org_code = "BD";
  documents.term = "2020-2025";
  documents.kind = teams::SubcommitteeKind::kDocuments;
  documents.name = "Tiểu ban Văn kiện";
  auto id = groups().AddSubcommittee(documents);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto duplicate = groups().AddSubcommittee(documents);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);

  ASSERT_TRUE(
      groups().AddSubcommitteeMember({0, *id, "", "Lê Văn Cường", teams::GroupRole::kMember}).ok());
  ASSERT_TRUE(
      groups()
          .AddSubcommitteeMember({0, *id, "DV9", "Phạm Thị Dung", teams::GroupRole::kLeader})
          .ok());
  auto undated = groups().AddTask({0, *id, "Lưu trữ hồ sơ", "", std::nullopt, false, std::nullopt});
  auto late = groups().AddTask({0, *id, "Dự thảo báo cáo chính trị", "Ban Tuyên giáo",
                                Date::Parse("2020-05-20"), false, std::nullopt});
  auto early = groups().AddTask(
      {0, *id, "Đề cương báo cáo", "", Date::Parse("2020-03-01"), false, std::nullopt});
  ASSERT_TRUE(undated.ok() && late.ok() && early.ok());
  auto set = groups().SetTaskDone(*early, true, Date::Parse("2020-02-28"));
  ASSERT_TRUE(set.ok() && *set);
  auto unknown_task = groups().SetTaskDone(*early + 1000, true, Date::Parse("2020-02-28"));
  ASSERT_TRUE(unknown_task.ok());
  EXPECT_FALSE(*unknown_task);

  Reopen();
  auto all = groups().Subcommittees("BD", "2020-2025");
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 1u);
  const app::SubcommitteeRecord& read = (*all)[0];
  EXPECT_EQ(read.kind, teams::SubcommitteeKind::kDocuments);
  ASSERT_EQ(read.members.size(), 2u);
  EXPECT_EQ(read.members[0].full_name, "Phạm Thị Dung");
  ASSERT_EQ(read.tasks.size(), 3u);
  EXPECT_EQ(read.tasks[0].title, "Đề cương báo cáo");
  EXPECT_TRUE(read.tasks[0].done);
  EXPECT_EQ(read.tasks[0].done_on, Date::Parse("2020-02-28"));
  EXPECT_EQ(read.tasks[1].due, Date::Parse("2020-05-20"));
  EXPECT_EQ(read.tasks[1].owner, "Ban Tuyên giáo");
  EXPECT_FALSE(read.tasks[2].due.has_value());

  auto task = groups().FindTask(*late);
  ASSERT_TRUE(task.ok() && task->has_value());
  EXPECT_EQ((*task)->subcommittee_id, *id);
  auto removed = groups().RemoveSubcommittee(*id);
  ASSERT_TRUE(removed.ok() && *removed);
  EXPECT_FALSE(groups().FindTask(*late)->has_value());
}

TEST_P(GroupStoreContract, CommendationsAllOrNothingCollectivesFirst) {
  LoadHanoi();
  teams::Commendation individual;
  individual.kind = teams::RecipientKind::kIndividual;
  individual.full_name = "Ngô Thị Hoa";
  individual.decision = "Quyết định số 513-QĐ/QU";
  individual.decided_on = Date::Parse("2020-07-20");
  individual.reason = "Hoàn thành xuất sắc nhiệm vụ";
  teams::Commendation collective;
  collective.kind = teams::RecipientKind::kCollective;
  collective.org_code = "BD-QT";
  collective.full_name = "Đảng bộ phường Quán Thánh";
  collective.award = "Giấy khen";
  collective.decision = "Quyết định số 512-QĐ/QU";
  collective.decided_on = Date::Parse("2020-07-20");
  collective.reason = "Tổ chức thành công đại hội";
  teams::Commendation bad = collective;
  bad.org_code = "NOPE";

  auto refused = groups().AddCommendations("BD", "2020-2025", {individual, bad});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(groups().Commendations("BD", "2020-2025")->empty());

  auto ids = groups().AddCommendations("BD", "2020-2025", {individual, collective});
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  ASSERT_EQ(ids->size(), 2u);
  Reopen();
  auto all = groups().Commendations("BD", "2020-2025");
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].commendation.kind, teams::RecipientKind::kCollective);
  EXPECT_EQ((*all)[0].commendation.org_code, "BD-QT");
  EXPECT_EQ((*all)[0].commendation.award, "Giấy khen");
  EXPECT_EQ((*all)[0].commendation.decided_on, Date::Parse("2020-07-20"));
  EXPECT_FALSE((*all)[0].recorded_at.empty());
  EXPECT_EQ((*all)[1].commendation.full_name, "Ngô Thị Hoa");
  EXPECT_EQ((*all)[1].commendation.org_code, "");
  auto removed = groups().RemoveCommendation((*all)[1].id);
  ASSERT_TRUE(removed.ok() && *removed);
  EXPECT_EQ(groups().Commendations("BD", "2020-2025")->size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, GroupStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daihoi::storage
