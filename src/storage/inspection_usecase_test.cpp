// The inspection use cases (app/inspections.h) on a real SQLite store: members from the
// registry, default units, the automatic assignment with a conflict of interest, a move by hand
// (refused and accepted), findings, and the demo's Hà Nội round (16 teams, 50 units).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "app/demo.h"
#include "app/inspections.h"
#include "storage/open.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::app {
namespace {

class InspectionUseCases : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_inspect_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto opened = storage::OpenStore("sqlite:" + (dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->UpsertOrganizations(storage::Hanoi()).ok());
    // Ba Đình and Hoàn Kiếm hold congresses in the term; BD-QT has a registry member.
    std::vector<planning::Congress> congresses;
    for (const char* code : {"BD", "HK"}) {
      planning::Congress congress;
      congress.org_code = code;
      congress.term = "2020-2025";
      congress.kind = planning::CongressKind::kDelegates;
      congresses.push_back(congress);
    }
    ASSERT_TRUE(store_->UpsertCongresses(congresses).ok());
    org::Member member;
    member.id = "HN-0001";
    member.full_name = "Nguyễn Thị Hoa";
    member.org_code = "BD-QT-1";
    ASSERT_TRUE(store_->UpsertMembers({member}).ok());
  }

  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  int64_t NewInspection(int max = 4) {
    InspectionInput input;
    input.org_code = "HN";
    input.term = "2020-2025";
    input.window_start = Date::Parse("2020-05-20");
    input.window_end = Date::Parse("2020-06-19");
    input.max_units_per_team = max;
    auto id = CreateInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), input);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(InspectionUseCases, CreateChecksTheWindowAndTheOrganization) {
  InspectionInput input;
  input.org_code = "HN";
  input.term = "2020-2025";
  input.window_start = Date::Parse("2020-06-19");
  input.window_end = Date::Parse("2020-05-20");
  auto refused = CreateInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "window_end");
  input.window_end = Date::Parse("2020-07-01");
  input.max_units_per_team = 0;
  EXPECT_EQ(
      CreateInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), input).error().field,
      "max_units_per_team");
  input.max_units_per_team = 4;
  input.org_code = "NOPE";
  EXPECT_EQ(
      CreateInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), input).error().code,
      ErrorCode::kNotFound);
  auto listed = ListInspections(*store_, ::daihoi::app::Actor::CommandLine("test"), "");
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());
}

TEST_F(InspectionUseCases, MembersComeFromTheRegistryWhenKnown) {
  const int64_t id = NewInspection();
  TeamInput team;
  team.members = {{"HN-0001", "", "", ""}, {"", "Trần Văn Bình", "", "HK"}};
  auto team_id = AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, team);
  ASSERT_TRUE(team_id.ok()) << team_id.error().message;
  auto view = ShowInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->teams.size(), 1u);
  EXPECT_EQ(view->teams[0].name, "Đoàn kiểm tra số 1");
  EXPECT_EQ(view->teams[0].members[0].full_name, "Nguyễn Thị Hoa");
  EXPECT_EQ(view->teams[0].members[0].home_org, "BD-QT-1");
  EXPECT_EQ(view->teams[0].members[0].role, "leader");
  EXPECT_EQ(view->teams[0].members[1].role, "member");

  TeamInput bad;
  bad.members = {{"", "Lê Văn An", "", ""}, {"HN-9999", "", "", ""}};
  EXPECT_EQ(
      AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, bad).error().field,
      "members[1].member_id");
  bad.members = {{"", "", "", ""}};
  EXPECT_EQ(
      AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, bad).error().field,
      "members[0].full_name");
  bad.members = {{"", "Lê Văn An", "leader", ""}, {"", "Lê Văn Ba", "leader", ""}};
  EXPECT_EQ(
      AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, bad).error().field,
      "members[1].role");
  bad.members = {{"", "Lê Văn An", "", "NOPE"}};
  EXPECT_EQ(
      AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, bad).error().field,
      "members[0].home_org");
  view = ShowInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->teams.size(), 1u);  // nothing written by the refused ones
}

TEST_F(InspectionUseCases, DefaultUnitsAreTheSubordinatesWithACongressInTheTerm) {
  const int64_t id = NewInspection();
  auto units = ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {});
  ASSERT_TRUE(units.ok()) << units.error().message;
  ASSERT_EQ(units->size(), 2u);
  EXPECT_EQ((*units)[0].org_code, "BD");
  // Store::CountsPerLevel: the registry counts where it has members (Quán Thánh's one registry
  // member in cell 1, plus cell 2's stated 60), stated counts elsewhere (Kim Mã 300).
  EXPECT_EQ((*units)[0].members, 1 + 60 + 300);
  EXPECT_EQ((*units)[1].members, 800);
  auto chosen =
      ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {{"BD-QT", 2}});
  ASSERT_TRUE(chosen.ok()) << chosen.error().message;
  EXPECT_EQ((*chosen)[0].visit_days, 2);
  EXPECT_EQ(
      ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {{"HN", 1}})
          .error()
          .field,
      "units[0].org_code");
  EXPECT_EQ(ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                                  {{"BD", 1}, {"BD", 1}})
                .error()
                .field,
            "units[1]");
}

TEST_F(InspectionUseCases, AssignsAroundAConflictMovesByHandAndKeepsTheMove) {
  const int64_t id = NewInspection(/*max=*/2);
  // The registry member belongs to a cell of Ba Đình: her team may not inspect Ba Đình.
  TeamInput a;
  a.name = "Đoàn A";
  a.members = {{"HN-0001", "", "", ""}};
  auto team_a = AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, a);
  ASSERT_TRUE(team_a.ok());
  TeamInput b;
  b.name = "Đoàn B";
  b.members = {{"", "Phạm Văn Cường", "", ""}};
  auto team_b = AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, b);
  ASSERT_TRUE(team_b.ok());
  ASSERT_TRUE(ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                                    {{"BD", 1}, {"HK", 1}, {"BD-KM", 1}})
                  .ok());

  auto view = AssignInspectionTeams(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_TRUE(view->problems.empty());
  EXPECT_FALSE(view->inspection.assigned_at.empty());
  std::map<std::string, int64_t> team_of;
  for (const auto& unit : view->units) {
    ASSERT_TRUE(unit.visit.has_value()) << unit.unit.org_code;
    team_of[unit.unit.org_code] = unit.visit->team_id;
  }
  EXPECT_EQ(team_of["BD"], *team_b);
  EXPECT_EQ(view->units[0].excluded_teams, std::vector<int64_t>{*team_a});

  // Ba Đình to team A: a member belongs there — refused with the reason, nothing written.
  auto refused = MoveInspectionVisit(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                                     {"BD", *team_a, std::nullopt});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kRuleViolation);
  EXPECT_NE(refused.error().message.find("Nguyễn Thị Hoa"), std::string::npos)
      << refused.error().message;
  // A weekend start is bad input.
  auto weekend = MoveInspectionVisit(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                                     {"HK", std::nullopt, Date::Parse("2020-05-23")});
  EXPECT_EQ(weekend.error().field, "start");

  // The unit team B does not hold moves to B when B has room, else the move is refused.
  const std::string other = team_of["HK"] == *team_b ? "BD-KM" : "HK";
  auto moved = MoveInspectionVisit(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                                   {other, *team_b, Date::Parse("2020-06-01")});
  const int b_units = static_cast<int>(std::count_if(
      team_of.begin(), team_of.end(), [&](const auto& entry) { return entry.second == *team_b; }));
  if (b_units >= 2) {
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, ErrorCode::kRuleViolation);
    return;
  }
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  for (const auto& unit : moved->units) {
    if (unit.unit.org_code != other) continue;
    EXPECT_EQ(unit.visit->team_id, *team_b);
    EXPECT_EQ(unit.visit->start.ToIso(), "2020-06-01");
    EXPECT_TRUE(unit.visit->manual);
    EXPECT_EQ(unit.unit.fixed_team_id, *team_b);
  }
  // The next automatic assignment keeps it there.
  auto again = AssignInspectionTeams(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(again.ok()) << again.error().message;
  for (const auto& unit : again->units) {
    if (unit.unit.org_code == other) {
      EXPECT_EQ(unit.visit->team_id, *team_b);
    }
  }
}

TEST_F(InspectionUseCases, AssignmentThatCannotBeMadeSavesNothing) {
  const int64_t id = NewInspection(/*max=*/1);
  TeamInput a;
  a.members = {{"", "Lê Văn An", "", ""}};
  ASSERT_TRUE(AddInspectionTeam(*store_, ::daihoi::app::Actor::CommandLine("test"), id, a).ok());
  EXPECT_EQ(
      AssignInspectionTeams(*store_, ::daihoi::app::Actor::CommandLine("test"), id).error().field,
      "units");  // no units yet
  ASSERT_TRUE(
      ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {}).ok());
  auto refused = AssignInspectionTeams(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                       id);  // 2 units, 1 team of at most 1
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  auto view = ShowInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(view.ok());
  EXPECT_TRUE(view->inspection.assigned_at.empty());
  for (const auto& unit : view->units) EXPECT_FALSE(unit.visit.has_value());
}

TEST_F(InspectionUseCases, FindingsArePerListedUnit) {
  const int64_t id = NewInspection();
  ASSERT_TRUE(
      ChooseInspectionUnits(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {}).ok());
  EXPECT_EQ(
      RecordFinding(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {"HK", "", "", ""})
          .error()
          .field,
      "strengths");
  EXPECT_EQ(
      RecordFinding(*store_, ::daihoi::app::Actor::CommandLine("test"), id, {"XX", "Tốt", "", ""})
          .error()
          .code,
      ErrorCode::kNotFound);
  ASSERT_TRUE(RecordFinding(*store_, ::daihoi::app::Actor::CommandLine("test"), id,
                            {"HK", "Chuẩn bị chu đáo", "Chậm", "Khẩn trương"})
                  .ok());
  auto view = ShowInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), id);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->units[1].finding.has_value());
  EXPECT_EQ(view->units[1].finding->weaknesses, "Chậm");
  EXPECT_FALSE(view->units[0].finding.has_value());
}

TEST_F(InspectionUseCases, TheDemoRoundIsHanoi2020AndAssignsCleanly) {
  DemoData data;
  data.orgs.push_back(storage::Org("HANOI", "Đảng bộ thành phố Hà Nội", "province", ""));
  data.orgs.push_back(storage::Org("BADINH", "Đảng bộ quận Ba Đình", "district", "HANOI", 21000));
  ASSERT_TRUE(store_->UpsertOrganizations(data.orgs).ok());
  ASSERT_TRUE(LoadInspectionDemo(*store_, data).ok());
  ASSERT_TRUE(LoadInspectionDemo(*store_, data).ok());  // twice changes nothing
  auto listed = ListInspections(*store_, ::daihoi::app::Actor::CommandLine("test"), "HANOI");
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  auto view =
      ShowInspection(*store_, ::daihoi::app::Actor::CommandLine("test"), listed->front().id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->teams.size(), 16u);
  EXPECT_EQ(view->units.size(), 50u);
  EXPECT_EQ(view->inspection.window_start.ToIso(), "2020-05-20");
  EXPECT_EQ(view->inspection.window_end.ToIso(), "2020-06-19");
  EXPECT_TRUE(view->inspection.assigned_at.empty());
  int conflicted = 0;
  for (const auto& team : view->teams) {
    EXPECT_GE(team.members.size(), 3u);
    EXPECT_LE(team.members.size(), 6u);
  }
  for (const auto& unit : view->units) conflicted += unit.excluded_teams.empty() ? 0 : 1;
  EXPECT_GT(conflicted, 0);

  auto assigned = AssignInspectionTeams(*store_, ::daihoi::app::Actor::CommandLine("test"),
                                        view->inspection.id);
  ASSERT_TRUE(assigned.ok()) << assigned.error().message;
  EXPECT_TRUE(assigned->problems.empty());
  std::set<std::string> covered;
  for (const auto& unit : assigned->units) {
    ASSERT_TRUE(unit.visit.has_value());
    covered.insert(unit.unit.org_code);
    for (int64_t excluded : unit.excluded_teams) EXPECT_NE(unit.visit->team_id, excluded);
  }
  EXPECT_EQ(covered.size(), 50u);
  for (const auto& load : assigned->loads) {
    EXPECT_GE(load.units, 1);
    EXPECT_LE(load.units, 4);
  }
}

}  // namespace
}  // namespace daihoi::app
