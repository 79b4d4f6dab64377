// app::InspectionStore behaves alike on both engines: inspections, teams with members, units
// with overrides, the saved assignment, visits moved by hand, findings.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/inspection_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

class InspectionContract : public StoreContract {
 protected:
  app::InspectionStore& inspections() { return app::InspectionsOf(*store_); }

  int64_t NewInspection() {
    LoadHanoi();
    app::InspectionRecord record;
    record.org_code = "HN";
    record.term = "2020-2025";
    record.title = "Kiểm tra công tác chuẩn bị đại hội";
    record.window_start = *Date::Parse("2020-05-20");
    record.window_end = *Date::Parse("2020-06-19");
    auto id = inspections().CreateInspection(record);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  // A second inspection over the organizations NewInspection loaded.
  int64_t NewInspectionOther() {
    app::InspectionRecord record;
    record.org_code = "BD";
    record.term = "2020-2025";
    record.window_start = *Date::Parse("2020-05-20");
    record.window_end = *Date::Parse("2020-06-19");
    auto id = inspections().CreateInspection(record);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  int64_t NewTeam(int64_t inspection_id, const std::string& name,
                  std::vector<app::InspectionMemberRecord> members = {}) {
    app::InspectionTeamRecord team;
    team.inspection_id = inspection_id;
    team.name = name;
    team.members = std::move(members);
    auto id = inspections().AddTeam(team);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  void ListUnits(int64_t id, std::optional<int64_t> fixed = std::nullopt) {
    std::vector<app::InspectionUnitRecord> units = {{"BD", "Quận ủy Ba Đình", 800, 1, fixed},
                                                    {"HK", "Quận ủy Hoàn Kiếm", 800, 2, {}}};
    auto s = inspections().ReplaceUnits(id, units);
    ASSERT_TRUE(s.ok()) << s.error().message;
  }
};

TEST_P(InspectionContract, CreatesFindsListsAndUpdatesAnInspection) {
  const int64_t id = NewInspection();
  auto found = inspections().FindInspection(id);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const app::InspectionRecord& record = **found;
  EXPECT_EQ(record.org_code, "HN");
  EXPECT_EQ(record.term, "2020-2025");
  EXPECT_EQ(record.title, "Kiểm tra công tác chuẩn bị đại hội");
  EXPECT_EQ(record.window_start.ToIso(), "2020-05-20");
  EXPECT_EQ(record.window_end.ToIso(), "2020-06-19");
  EXPECT_EQ(record.min_units_per_team, 1);
  EXPECT_EQ(record.max_units_per_team, 4);
  EXPECT_TRUE(record.working_days_only);
  EXPECT_FALSE(record.created_at.empty());
  EXPECT_TRUE(record.assigned_at.empty());

  app::InspectionRecord changed = record;
  changed.title = "Đợt kiểm tra mới";
  changed.window_end = *Date::Parse("2020-06-30");
  changed.max_units_per_team = 3;
  changed.working_days_only = false;
  ASSERT_TRUE(inspections().UpdateInspection(changed).ok());
  found = inspections().FindInspection(id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->title, "Đợt kiểm tra mới");
  EXPECT_EQ((*found)->window_end.ToIso(), "2020-06-30");
  EXPECT_EQ((*found)->max_units_per_team, 3);
  EXPECT_FALSE((*found)->working_days_only);

  auto listed = inspections().Inspections("HN");
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().id, id);
  auto none = inspections().Inspections("BD");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_EQ(inspections().Inspections("NOPE").error().code, ErrorCode::kNotFound);
  auto missing = inspections().FindInspection(id + 100);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
  changed.id = id + 100;
  EXPECT_EQ(inspections().UpdateInspection(changed).error().code, ErrorCode::kNotFound);
}

TEST_P(InspectionContract, UnknownOrganizationIsNotFound) {
  app::InspectionRecord record;
  record.org_code = "NOPE";
  record.term = "2020-2025";
  auto id = inspections().CreateInspection(record);
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kNotFound);
}

TEST_P(InspectionContract, TeamsKeepTheirMembersInOrder) {
  const int64_t id = NewInspection();
  const int64_t first = NewTeam(
      id, "Đoàn kiểm tra số 1",
      {{"HN-001", "Nguyễn Văn An", "leader", "BD-QT"}, {"", "Trần Thị Bình", "member", ""}});
  const int64_t second = NewTeam(id, "Đoàn kiểm tra số 2");
  auto teams = inspections().Teams(id);
  ASSERT_TRUE(teams.ok()) << teams.error().message;
  ASSERT_EQ(teams->size(), 2u);
  EXPECT_EQ((*teams)[0].id, first);
  EXPECT_EQ((*teams)[0].name, "Đoàn kiểm tra số 1");
  ASSERT_EQ((*teams)[0].members.size(), 2u);
  EXPECT_EQ((*teams)[0].members[0].member_id, "HN-001");
  EXPECT_EQ((*teams)[0].members[0].role, "leader");
  EXPECT_EQ((*teams)[0].members[0].home_org, "BD-QT");
  EXPECT_EQ((*teams)[0].members[1].full_name, "Trần Thị Bình");
  EXPECT_EQ((*teams)[1].id, second);
  EXPECT_TRUE((*teams)[1].members.empty());

  app::InspectionTeamRecord edited = (*teams)[0];
  edited.name = "Đoàn 1";
  edited.members = {{"", "Lê Văn Cường", "leader", "HK"}};
  ASSERT_TRUE(inspections().UpdateTeam(edited).ok());
  teams = inspections().Teams(id);
  ASSERT_TRUE(teams.ok());
  EXPECT_EQ((*teams)[0].name, "Đoàn 1");
  ASSERT_EQ((*teams)[0].members.size(), 1u);
  EXPECT_EQ((*teams)[0].members[0].full_name, "Lê Văn Cường");

  edited.inspection_id = id + 100;
  EXPECT_EQ(inspections().UpdateTeam(edited).error().code, ErrorCode::kNotFound);
  app::InspectionTeamRecord orphan;
  orphan.inspection_id = id + 100;
  orphan.name = "x";
  EXPECT_EQ(inspections().AddTeam(orphan).error().code, ErrorCode::kNotFound);
}

TEST_P(InspectionContract, UnitsWithOverridesAndTheirRemoval) {
  const int64_t id = NewInspection();
  const int64_t team = NewTeam(id, "Đoàn 1");
  ListUnits(id, team);
  auto units = inspections().Units(id);
  ASSERT_TRUE(units.ok()) << units.error().message;
  ASSERT_EQ(units->size(), 2u);
  EXPECT_EQ((*units)[0].org_code, "BD");
  EXPECT_EQ((*units)[0].members, 800);
  EXPECT_EQ((*units)[0].fixed_team_id, team);
  EXPECT_EQ((*units)[1].visit_days, 2);
  EXPECT_FALSE((*units)[1].fixed_team_id.has_value());

  ASSERT_TRUE(inspections().SetFixedTeam(id, "HK", team).ok());
  ASSERT_TRUE(inspections().SetFixedTeam(id, "BD", std::nullopt).ok());
  units = inspections().Units(id);
  ASSERT_TRUE(units.ok());
  EXPECT_FALSE((*units)[0].fixed_team_id.has_value());
  EXPECT_EQ((*units)[1].fixed_team_id, team);
  EXPECT_EQ(inspections().SetFixedTeam(id, "XX", team).error().code, ErrorCode::kNotFound);

  // A team of another inspection cannot be an override; nothing is written.
  const int64_t other = NewTeam(NewInspectionOther(), "Đoàn khác");
  std::vector<app::InspectionUnitRecord> bad = {{"BD", "Quận ủy Ba Đình", 800, 1, other}};
  auto refused = inspections().ReplaceUnits(id, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  units = inspections().Units(id);
  ASSERT_TRUE(units.ok());
  EXPECT_EQ(units->size(), 2u);

  // Removing the team frees the unit fixed to it.
  ASSERT_TRUE(inspections().RemoveTeam(id, team).ok());
  units = inspections().Units(id);
  ASSERT_TRUE(units.ok());
  EXPECT_FALSE((*units)[1].fixed_team_id.has_value());
  EXPECT_EQ(inspections().RemoveTeam(id, team).error().code, ErrorCode::kNotFound);
}

TEST_P(InspectionContract, SavesAnAssignmentAndMovesAVisit) {
  const int64_t id = NewInspection();
  const int64_t a = NewTeam(id, "Đoàn 1");
  const int64_t b = NewTeam(id, "Đoàn 2");
  ListUnits(id);
  std::vector<app::InspectionVisitRecord> visits = {
      {0, b, "HK", *Date::Parse("2020-05-21"), *Date::Parse("2020-05-22"), false},
      {0, a, "BD", *Date::Parse("2020-05-20"), *Date::Parse("2020-05-20"), false}};
  ASSERT_TRUE(inspections().SaveAssignment(id, visits).ok());
  auto saved = inspections().Visits(id);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ASSERT_EQ(saved->size(), 2u);
  EXPECT_EQ((*saved)[0].team_id, a);  // by team, then date
  EXPECT_EQ((*saved)[0].org_code, "BD");
  EXPECT_EQ((*saved)[1].start.ToIso(), "2020-05-21");
  EXPECT_EQ((*saved)[1].end.ToIso(), "2020-05-22");
  EXPECT_FALSE((*saved)[1].manual);
  auto record = inspections().FindInspection(id);
  ASSERT_TRUE(record.ok() && record->has_value());
  EXPECT_FALSE((*record)->assigned_at.empty());

  app::InspectionVisitRecord moved = (*saved)[1];
  moved.team_id = a;
  moved.start = *Date::Parse("2020-06-01");
  moved.end = *Date::Parse("2020-06-02");
  ASSERT_TRUE(inspections().UpdateVisit(id, moved).ok());
  saved = inspections().Visits(id);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ((*saved)[1].team_id, a);
  EXPECT_EQ((*saved)[1].start.ToIso(), "2020-06-01");
  EXPECT_TRUE((*saved)[1].manual);
  moved.id += 100;
  EXPECT_EQ(inspections().UpdateVisit(id, moved).error().code, ErrorCode::kNotFound);

  // Saving again replaces every visit.
  ASSERT_TRUE(inspections().SaveAssignment(id, {visits[1]}).ok());
  saved = inspections().Visits(id);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved->size(), 1u);
}

TEST_P(InspectionContract, FindingsPerUnitAreReplacedAndDroppedWithTheUnit) {
  const int64_t id = NewInspection();
  const int64_t team = NewTeam(id, "Đoàn 1");
  ListUnits(id);
  ASSERT_TRUE(inspections()
                  .SaveAssignment(id, {{0, team, "HK", *Date::Parse("2020-05-21"),
                                        *Date::Parse("2020-05-22"), false}})
                  .ok());
  ASSERT_TRUE(inspections().UpsertFinding(id, {"HK", "Chuẩn bị chu đáo", "", "", ""}).ok());
  ASSERT_TRUE(inspections()
                  .UpsertFinding(id, {"HK", "Chuẩn bị chu đáo, đúng tiến độ", "Văn kiện chậm",
                                      "Hoàn thiện dự thảo trước 30/6", ""})
                  .ok());
  ASSERT_TRUE(inspections().UpsertFinding(id, {"BD", "Tốt", "", "", ""}).ok());
  EXPECT_EQ(inspections().UpsertFinding(id, {"XX", "", "", "", ""}).error().code,
            ErrorCode::kNotFound);
  auto findings = inspections().Findings(id);
  ASSERT_TRUE(findings.ok()) << findings.error().message;
  ASSERT_EQ(findings->size(), 2u);
  EXPECT_EQ((*findings)[0].org_code, "BD");  // in the units' order
  EXPECT_EQ((*findings)[1].strengths, "Chuẩn bị chu đáo, đúng tiến độ");
  EXPECT_EQ((*findings)[1].weaknesses, "Văn kiện chậm");
  EXPECT_EQ((*findings)[1].recommendations, "Hoàn thiện dự thảo trước 30/6");
  EXPECT_FALSE((*findings)[1].recorded_at.empty());

  // HK leaves the list: its visit and finding go with it.
  ASSERT_TRUE(inspections().ReplaceUnits(id, {{"BD", "Quận ủy Ba Đình", 800, 1, {}}}).ok());
  findings = inspections().Findings(id);
  ASSERT_TRUE(findings.ok());
  ASSERT_EQ(findings->size(), 1u);
  EXPECT_EQ((*findings)[0].org_code, "BD");
  auto visits = inspections().Visits(id);
  ASSERT_TRUE(visits.ok());
  EXPECT_TRUE(visits->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, InspectionContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
