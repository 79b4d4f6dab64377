// The use cases of app/groups.h over a real store (both engines): the double-booking check
// across groups on planned and held dates, assignments only below the committee, commendations
// all or nothing with each problem named, an import's row errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/groups.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

class GroupsUseCase : public StoreContract {
 protected:
  const app::CongressRef kBaDinh{"BD", "2020-2025"};

  void LoadCongresses() {
    LoadHanoi();
    planning::Congress quan_thanh;
    quan_thanh.org_code = "BD-QT";
    quan_thanh.term = "2020-2025";
    quan_thanh.planned_start = Date::Parse("2020-05-14");
    quan_thanh.planned_end = Date::Parse("2020-05-15");
    planning::Congress kim_ma = quan_thanh;
    kim_ma.org_code = "BD-KM";
    kim_ma.planned_start = Date::Parse("2020-05-15");
    kim_ma.planned_end = Date::Parse("2020-05-15");
    ASSERT_TRUE(store_->UpsertCongresses({quan_thanh, kim_ma}).ok());
  }

  int64_t Group(const std::string& name, teams::GroupKind kind = teams::GroupKind::kWorking) {
    auto id = app::AddWorkingGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                   {kind, name, ""});
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
};

TEST_P(GroupsUseCase, ADoubleBookingAcrossGroupsIsRefusedUntilTheDatesMove) {
  LoadCongresses();
  const int64_t working = Group("");
  const int64_t guidance = Group("", teams::GroupKind::kGuidance);
  auto groups = app::ShowWorkingGroups(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh);
  ASSERT_TRUE(groups.ok());
  EXPECT_EQ(groups->groups[0].group.name, "Tổ công tác số 1");
  EXPECT_EQ(groups->groups[1].group.name, "Tổ chỉ đạo số 1");

  auto in_working = app::AddGroupMember(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                        working, {"", "Nguyễn Văn An", teams::GroupRole::kLeader});
  auto in_guidance =
      app::AddGroupMember(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh, guidance,
                          {"", "NGUYỄN VĂN AN", teams::GroupRole::kMember});
  ASSERT_TRUE(in_working.ok() && in_guidance.ok());
  auto quan_thanh = app::AssignGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                     working, "BD-QT", "");
  auto kim_ma = app::AssignGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                 guidance, "BD-KM", "");
  ASSERT_TRUE(quan_thanh.ok() && kim_ma.ok());
  ASSERT_TRUE(app::RecordAttendance(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                    working, *in_working, *quan_thanh)
                  .ok());

  // The same person (by folded name) in another group, at a congress overlapping on 15/5.
  auto refused = app::RecordAttendance(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                       guidance, *in_guidance, *kim_ma);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_EQ(refused.error().field, "assignment_id");
  EXPECT_NE(refused.error().message.find("Đảng bộ phường Quán Thánh (14/05/2020 – 15/05/2020)"),
            std::string::npos)
      << refused.error().message;
  EXPECT_NE(refused.error().message.find("Đảng bộ phường Kim Mã (15/05/2020)"), std::string::npos)
      << refused.error().message;
  auto free = app::SuggestAttendees(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                    guidance, *kim_ma);
  ASSERT_TRUE(free.ok());
  EXPECT_TRUE(free->empty());

  // Held on other days: the held dates count, and the booking goes through.
  planning::Congress held = **store_->FindCongress("BD-QT", "2020-2025");
  held.held_start = Date::Parse("2020-05-20");
  held.held_end = Date::Parse("2020-05-20");
  ASSERT_TRUE(store_->UpsertCongresses({held}).ok());
  ASSERT_TRUE(app::RecordAttendance(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                    guidance, *in_guidance, *kim_ma)
                  .ok());
  groups = app::ShowWorkingGroups(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh);
  ASSERT_TRUE(groups.ok());
  EXPECT_TRUE(groups->clashes.empty());
  EXPECT_TRUE(groups->groups[0].units[0].span->held);

  // Moved back onto Kim Mã's day after both were booked: listed as a clash.
  held.held_start = Date::Parse("2020-05-15");
  held.held_end = Date::Parse("2020-05-15");
  ASSERT_TRUE(store_->UpsertCongresses({held}).ok());
  groups = app::ShowWorkingGroups(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh);
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups->clashes.size(), 1u);
}

TEST_P(GroupsUseCase, UnitsAndIdsMustBeTheCongresss) {
  LoadCongresses();
  const int64_t group = Group("Tổ công tác số 1");
  auto outside = app::AssignGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                  group, "HK", "");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().field, "unit_code");
  auto itself = app::AssignGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh, group,
                                 "BD", "");
  ASSERT_FALSE(itself.ok());
  EXPECT_EQ(itself.error().field, "unit_code");
  // A cell two levels down is below the committee too.
  EXPECT_TRUE(app::AssignGroup(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh, group,
                               "BD-QT-1", "2020-2022")
                  .ok());
  auto other_congress = app::AddGroupMember(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                            {"BD", "2025-2030"}, group, {"", "X Y"});
  ASSERT_FALSE(other_congress.ok());
  EXPECT_EQ(other_congress.error().field, "group_id");
  auto unknown = app::ShowWorkingGroups(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                        {"NOPE", "2020-2025"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "code");
  auto unknown_member = app::AddGroupMember(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                            kBaDinh, group, {"DV404", "", {}});
  ASSERT_FALSE(unknown_member.ok());
  EXPECT_EQ(unknown_member.error().field, "member_id");
}

TEST_P(GroupsUseCase, TasksTurnOverdueAndDone) {
  LoadHanoi();
  auto id = app::AddSubcommittee(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                 teams::SubcommitteeKind::kPersonnel, "");
  ASSERT_TRUE(id.ok());
  auto task =
      app::AddSubcommitteeTask(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh, *id,
                               {"Hồ sơ nhân sự", "Ban Tổ chức", Date::Parse("2020-05-25")});
  ASSERT_TRUE(task.ok());
  auto view = app::ShowSubcommittees(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                     *Date::Parse("2020-05-26"));
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->subcommittees[0].subcommittee.name, "Tiểu ban Nhân sự");
  EXPECT_EQ(view->subcommittees[0].overdue, 1);
  EXPECT_EQ(view->subcommittees[0].tasks[0].status, teams::TaskStatus::kOverdue);
  ASSERT_TRUE(app::SetTaskDone(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh, *task,
                               true, *Date::Parse("2020-05-27"))
                  .ok());
  view = app::ShowSubcommittees(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                *Date::Parse("2020-05-28"));
  EXPECT_EQ(view->subcommittees[0].tasks[0].status, teams::TaskStatus::kDone);
  EXPECT_EQ(view->subcommittees[0].tasks[0].task.done_on, Date::Parse("2020-05-27"));
  auto elsewhere = app::SetTaskDone(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                    {"HK", "2020-2025"}, *task, true, Date());
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().field, "task_id");
}

TEST_P(GroupsUseCase, CommendationsAreCheckedWholeAndImportsNameRows) {
  LoadHanoi();
  teams::Commendation collective;
  collective.kind = teams::RecipientKind::kCollective;
  collective.org_code = "BD-QT";
  collective.decision = "Quyết định số 512-QĐ/QU";
  collective.decided_on = Date::Parse("2020-07-20");
  collective.reason = "Tổ chức thành công đại hội";
  teams::Commendation outside = collective;
  outside.org_code = "HK";
  auto refused = app::AddCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                       {collective, outside});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "commendations[1].org_code");
  EXPECT_TRUE(
      app::ListCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh)->empty());
  ASSERT_TRUE(app::AddCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                    {collective})
                  .ok());
  auto listed = app::ListCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].commendation.full_name, "Đảng bộ phường Quán Thánh");

  app::Table table;
  table.file = "kt.csv";
  table.header = {"STT",           "Đối tượng",       "Mã tổ chức", "Họ và tên",
                  "Số quyết định", "Ngày quyết định", "Lý do"};
  table.rows = {{"1", "cá nhân", "", "Ngô Thị Hoa", "QĐ 1", "20/07/2020", "Phục vụ đại hội"},
                {"2", "tập thể", "HK", "", "QĐ 1", "20/07/2020", "x"},
                {"3", "ai đó", "", "", "", "", ""},
                {"4", "cá nhân", "", "Lê Văn Tám", "QĐ 1", "31/02/2020", "x"}};
  auto report = app::ImportCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                         kBaDinh, table, false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(report->errors.size(), 3u);
  EXPECT_EQ(report->errors[0].row, 3);
  EXPECT_EQ(report->errors[0].column, "org_code");
  EXPECT_EQ(report->errors[1].row, 4);
  EXPECT_EQ(report->errors[1].column, "kind");
  EXPECT_EQ(report->errors[2].row, 5);
  EXPECT_EQ(report->errors[2].column, "decided_on");
  EXPECT_FALSE(report->written);
  EXPECT_EQ(
      app::ListCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh)->size(),
      1u);
  table.rows.resize(1);
  report = app::ImportCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh,
                                    table, false);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->written);
  EXPECT_EQ(report->inserted, 1);
  EXPECT_EQ(
      app::ListCommendations(*store_, ::daihoi::app::Actor::CommandLine("test"), kBaDinh)->size(),
      2u);
}

INSTANTIATE_TEST_SUITE_P(Engines, GroupsUseCase, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daihoi::storage
