// The plan use cases over a real SQLite store: plans saved and replaced, congress records
// edited with the plan's violations after each edit (R-ORDER-OF-LEVELS, R-WINDOWS, R-NOTICE,
// R-KIND), a proposed edit checked without saving, the status up to R-APPROVAL.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "app/plans.h"
#include "app/ports/result_store.h"
#include "storage/open.h"

namespace daihoi::app {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

org::Organization Org(std::string code, std::string level, std::string parent,
                      std::optional<int64_t> members = std::nullopt) {
  org::Organization o;
  o.code = code;
  o.name = "Đảng bộ " + code;
  o.level = std::move(level);
  o.parent_code = std::move(parent);
  o.members = members;
  return o;
}

planning::Congress Scheduled(std::string code, const char* start, const char* end,
                             planning::CongressKind kind = planning::CongressKind::kMembers) {
  planning::Congress c;
  c.org_code = std::move(code);
  c.term = "2020-2025";
  c.kind = kind;
  c.planned_start = D(start);
  c.planned_end = D(end);
  return c;
}

class PlansTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_plans_" + std::to_string(random() % 100000000));
    std::filesystem::create_directories(dir_);
    auto opened = storage::OpenStore("sqlite:" + (dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_
                    ->UpsertOrganizations({Org("HN", "province", ""), Org("BD", "district", "HN"),
                                           Org("BD-QT", "grassroots", "BD", 150),
                                           Org("BD-KM", "grassroots", "BD", 120)})
                    .ok());
    ASSERT_TRUE(store_
                    ->UpsertCongresses({Scheduled("BD", "2020-07-14", "2020-07-16",
                                                  planning::CongressKind::kDelegates),
                                        Scheduled("BD-QT", "2020-05-10", "2020-05-11"),
                                        Scheduled("BD-KM", "2020-05-12", "2020-05-13")})
                    .ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  static PlanRecord Plan2020() {
    PlanRecord record;
    record.title = "Kế hoạch 2020";
    record.plan.root = "BD";
    record.plan.term = "2020-2025";
    record.plan.windows["grassroots"] = {D("2020-04-01"), D("2020-06-30")};
    record.plan.windows["district"] = {D("2020-06-01"), D("2020-08-31")};
    record.plan.max_days["grassroots"] = 2;
    record.plan.max_days["district"] = 3;
    record.plan.notice_working_days = 30;
    return record;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(PlansTest, SavePlanCreatesThenReplacesAndRefusesAPilotOutsideTheSubtree) {
  auto saved = SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020());
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_TRUE(saved->created);
  PlanRecord changed = Plan2020();
  changed.plan.max_days["district"] = 4;
  auto again = SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), changed);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->record.id, saved->record.id);
  EXPECT_EQ(again->record.plan.max_days.at("district"), 4);

  PlanRecord outside = Plan2020();
  outside.plan.pilots = {"HN"};
  auto refused = SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), outside);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "pilots[0]");
  auto duplicate = CreatePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020());
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  auto unknown = ShowPlanFor(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2025-2030");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_F(PlansTest, ChoosingAnOptionWritesThePlannedDatesAndAnswersWithTheViolations) {
  ASSERT_TRUE(SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020()).ok());
  planning::CongressEdit edit;
  edit.options = std::vector<planning::DateOption>{{D("2020-06-14"), D("2020-06-16"), ""},
                                                   {D("2020-06-23"), D("2020-06-25"), ""}};
  edit.chosen = std::optional<int>(1);
  edit.venue = "Hội trường Quận ủy";
  auto result =
      EditCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2020-2025", edit);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_TRUE(result->saved);
  EXPECT_TRUE(result->violations.empty()) << result->violations[0].message;
  EXPECT_EQ(result->congress.status, planning::CongressStatus::kScheduled);
  ASSERT_TRUE(result->congress.plan_id);

  // Other features read the congresses table.
  auto stored = store_->FindCongress("BD", "2020-2025");
  ASSERT_TRUE(stored.ok() && *stored);
  EXPECT_EQ((*stored)->planned_start, D("2020-06-23"));
  EXPECT_EQ((*stored)->planned_end, D("2020-06-25"));
  auto shown = ShowCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2020-2025");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->congress.details.venue, "Hội trường Quận ủy");
  EXPECT_EQ(shown->congress.details.chosen, 1);
}

TEST_F(PlansTest, AProposedEditIsCheckedWithoutBeingSaved) {
  ASSERT_TRUE(SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020()).ok());
  // R-ORDER-OF-LEVELS: a grassroots congress moved after the district's.
  planning::CongressEdit late;
  late.planned_start = std::optional<Date>(D("2020-07-20"));
  late.planned_end = std::optional<Date>(D("2020-07-21"));
  auto proposed = CheckCongressEdit(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD-QT",
                                    "2020-2025", late);
  ASSERT_TRUE(proposed.ok()) << proposed.error().message;
  EXPECT_FALSE(proposed->saved);
  std::vector<std::string> rules;
  for (const auto& v : proposed->violations) rules.push_back(v.rule + " " + v.org);
  EXPECT_EQ(rules, (std::vector<std::string>{"R-ORDER-OF-LEVELS BD", "R-WINDOWS BD-QT"}));
  EXPECT_EQ(proposed->congress.violations.size(), 1u) << "the row's own: R-WINDOWS";

  auto stored = store_->FindCongress("BD-QT", "2020-2025");
  ASSERT_TRUE(stored.ok() && *stored);
  EXPECT_EQ((*stored)->planned_start, D("2020-05-10"));
  auto plan = ShowPlanFor(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2020-2025");
  ASSERT_TRUE(plan.ok());
  auto now = CheckStoredPlan(*store_, ::daihoi::app::Actor::CommandLine("test"), *plan);
  ASSERT_TRUE(now.ok());
  EXPECT_TRUE(now->empty());
}

TEST_F(PlansTest, AnInvalidEditWritesNothing) {
  planning::CongressEdit edit;
  edit.venue = "Hội trường";
  edit.options = std::vector<planning::DateOption>{{D("2020-06-16"), D("2020-06-14"), ""}};
  auto result =
      EditCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2020-2025", edit);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(result.error().field, "options[0].end");
  auto details = PlansOf(*store_).FindCongressDetails("BD", "2020-2025");
  ASSERT_TRUE(details.ok());
  EXPECT_FALSE(*details);
  auto unknown =
      ShowCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "XX", "2020-2025");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "code");
}

// R-NOTICE: the announcement recorded on the congress is checked against the plan's 30 working
// days; R-KIND: a delegates' congress below the threshold.
TEST_F(PlansTest, TheRecordsAnnouncementAndKindAreChecked) {
  ASSERT_TRUE(SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020()).ok());
  planning::CongressEdit announce;
  announce.announced_on = std::optional<Date>(D("2020-07-01"));
  auto result =
      EditCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD", "2020-2025", announce);
  ASSERT_TRUE(result.ok()) << result.error().message;
  ASSERT_EQ(result->violations.size(), 1u);
  EXPECT_EQ(result->violations[0].rule, "R-NOTICE");
  EXPECT_EQ(result->violations[0].org, "BD");

  planning::CongressEdit kind;
  kind.kind = planning::CongressKind::kDelegates;
  result = CheckCongressEdit(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD-KM",
                             "2020-2025", kind);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->congress.violations.size(), 1u);
  EXPECT_EQ(result->congress.violations[0].rule, "R-KIND");
  EXPECT_EQ(result->congress.members, 120);
}

TEST_F(PlansTest, TheSubtreeListsEveryCongressWithItsStatus) {
  auto saved = SavePlan(*store_, ::daihoi::app::Actor::CommandLine("test"), Plan2020());
  ASSERT_TRUE(saved.ok());
  planning::CongressEdit held;
  held.held_start = std::optional<Date>(D("2020-05-10"));
  held.held_end = std::optional<Date>(D("2020-05-11"));
  ASSERT_TRUE(
      EditCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD-QT", "2020-2025", held)
          .ok());
  auto view =
      ShowPlanCongresses(*store_, ::daihoi::app::Actor::CommandLine("test"), saved->record.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->congresses.size(), 3u);
  EXPECT_EQ(view->congresses[0].organization.code, "BD");
  EXPECT_EQ(view->congresses[0].status, planning::CongressStatus::kScheduled);
  const CongressView* qt = nullptr;
  for (const auto& c : view->congresses) {
    if (c.organization.code == "BD-QT") qt = &c;
  }
  ASSERT_NE(qt, nullptr);
  EXPECT_EQ(qt->status, planning::CongressStatus::kHeld);
}

// R-APPROVAL: once the superior committee approves, the status says so.
TEST_F(PlansTest, AnApprovalMakesTheResultsApproved) {
  Approval approval;
  approval.org_code = "BD-QT";
  approval.term = "2020-2025";
  approval.approved_by = "BD";
  approval.decision = "Quyết định số 245-QĐ/QU";
  approval.approved_on = D("2020-05-20");
  ASSERT_TRUE(ResultsOf(*store_).RecordApproval(approval).ok());
  auto shown =
      ShowCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD-QT", "2020-2025");
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  EXPECT_EQ(shown->congress.status, planning::CongressStatus::kResultsApproved);
  shown = ShowCongress(*store_, ::daihoi::app::Actor::CommandLine("test"), "BD-KM", "2020-2025");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->congress.status, planning::CongressStatus::kScheduled);
}

// The dashboard's forecast is judged by the stored plan covering the subtree in the round: the
// root's own, else the nearest committee above with one; none for another round or the country.
TEST_F(PlansTest, TheRoundPlanIsTheRootsOwnElseTheNearestAbove) {
  const Actor actor = ::daihoi::app::Actor::CommandLine("test");
  auto saved = SavePlan(*store_, actor, Plan2020());
  ASSERT_TRUE(saved.ok()) << saved.error().message;

  auto own = FindRoundPlan(*store_, actor, "BD", 2020);
  ASSERT_TRUE(own.ok()) << own.error().message;
  ASSERT_TRUE(own->has_value());
  EXPECT_EQ((*own)->id, saved->record.id);

  auto above = FindRoundPlan(*store_, actor, "BD-QT", 2020);
  ASSERT_TRUE(above.ok()) << above.error().message;
  ASSERT_TRUE(above->has_value());
  EXPECT_EQ((*above)->plan.root, "BD");

  auto other_round = FindRoundPlan(*store_, actor, "BD-QT", 2025);
  ASSERT_TRUE(other_round.ok());
  EXPECT_FALSE(other_round->has_value());
  auto top = FindRoundPlan(*store_, actor, "HN", 2020);  // Hà Nội has no plan; nothing above
  ASSERT_TRUE(top.ok());
  EXPECT_FALSE(top->has_value());
  auto country = FindRoundPlan(*store_, actor, "", 2020);
  ASSERT_TRUE(country.ok());
  EXPECT_FALSE(country->has_value());

  auto unknown = FindRoundPlan(*store_, actor, "XX", 2020);
  EXPECT_FALSE(unknown.ok());
}

}  // namespace
}  // namespace daihoi::app
