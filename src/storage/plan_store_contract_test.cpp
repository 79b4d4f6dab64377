// app::PlanStore behaves alike on both engines: plans per committee and term (several per
// committee), congress details with date options, all-or-nothing writes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/plan_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

app::PlanRecord BaDinh2020() {
  app::PlanRecord record;
  record.title = "Kế hoạch đại hội nhiệm kỳ 2020–2025";
  planning::Plan& plan = record.plan;
  plan.root = "BD";
  plan.term = "2020-2025";
  plan.windows["grassroots"] = {D("2020-04-01"), D("2020-06-30")};
  plan.windows["district"] = {D("2020-06-01"), D("2020-08-31")};
  plan.pilot_windows["grassroots"] = {D("2020-03-01"), D("2020-03-31")};
  plan.pilots = {"BD-QT"};
  plan.members_congress_below = 200;
  plan.max_days["grassroots"] = 2;
  plan.max_days["district"] = 3;
  plan.notice_working_days = 30;
  plan.notice_levels = {"district"};
  plan.announcements["BD"] = D("2020-05-04");
  plan.quorum = {2, 3};
  return record;
}

class PlanStoreContract : public StoreContract {
 protected:
  app::PlanStore& plans() { return app::PlansOf(*store_); }
};

TEST_P(PlanStoreContract, SavesAndReadsAPlanWhole) {
  LoadHanoi();
  auto id = plans().CreatePlan(BaDinh2020());
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = plans().FindPlan(*id);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(*found);
  const app::PlanRecord& record = **found;
  EXPECT_EQ(record.id, *id);
  EXPECT_EQ(record.title, "Kế hoạch đại hội nhiệm kỳ 2020–2025");
  const planning::Plan& plan = record.plan;
  EXPECT_EQ(plan.root, "BD");
  EXPECT_EQ(plan.term, "2020-2025");
  ASSERT_EQ(plan.windows.size(), 2u);
  EXPECT_EQ(plan.windows.at("grassroots").start, D("2020-04-01"));
  EXPECT_EQ(plan.windows.at("district").end, D("2020-08-31"));
  ASSERT_EQ(plan.pilot_windows.size(), 1u);
  EXPECT_EQ(plan.pilot_windows.at("grassroots").end, D("2020-03-31"));
  EXPECT_EQ(plan.pilots, std::vector<std::string>{"BD-QT"});
  EXPECT_EQ(plan.members_congress_below, 200);
  EXPECT_EQ(plan.max_days.at("district"), 3);
  EXPECT_EQ(plan.notice_working_days, 30);
  EXPECT_EQ(plan.notice_levels, std::vector<std::string>{"district"});
  EXPECT_EQ(plan.announcements.at("BD"), D("2020-05-04"));
  EXPECT_EQ(plan.quorum.numerator, 2);
  EXPECT_EQ(plan.quorum.denominator, 3);
  EXPECT_EQ(record.created_at.size(), 24u) << record.created_at;

  auto same = plans().FindPlanFor("BD", "2020-2025");
  ASSERT_TRUE(same.ok());
  ASSERT_TRUE(*same);
  EXPECT_EQ((*same)->id, *id);
  auto none = plans().FindPlanFor("BD", "2025-2030");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(*none);
}

TEST_P(PlanStoreContract, OnePlanPerRootAndTermSeveralPerRoot) {
  LoadHanoi();
  ASSERT_TRUE(plans().CreatePlan(BaDinh2020()).ok());
  auto again = plans().CreatePlan(BaDinh2020());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);

  app::PlanRecord next = BaDinh2020();
  next.plan.term = "2025-2030";
  next.plan.announcements.clear();
  next.plan.notice_working_days.reset();
  auto second = plans().CreatePlan(next);
  ASSERT_TRUE(second.ok()) << second.error().message;
  app::PlanRecord hanoi = BaDinh2020();
  hanoi.plan.root = "HN";
  ASSERT_TRUE(plans().CreatePlan(hanoi).ok());

  auto list = plans().Plans("BD");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].plan.term, "2025-2030") << "newest term first";
  EXPECT_EQ((*list)[0].plan.notice_working_days, std::nullopt);
  EXPECT_EQ((*list)[1].plan.term, "2020-2025");
  auto all = plans().Plans("");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 3u);
}

TEST_P(PlanStoreContract, UpdateReplacesThePlanAndRefusesATakenTerm) {
  LoadHanoi();
  auto id = plans().CreatePlan(BaDinh2020());
  ASSERT_TRUE(id.ok());
  app::PlanRecord other = BaDinh2020();
  other.plan.term = "2025-2030";
  auto other_id = plans().CreatePlan(other);
  ASSERT_TRUE(other_id.ok());

  app::PlanRecord changed = BaDinh2020();
  changed.title = "Kế hoạch (sửa đổi)";
  changed.plan.windows.erase("district");
  changed.plan.max_days["district"] = 4;
  changed.plan.pilots = {"BD-KM", "BD-QT"};
  changed.plan.members_congress_below = 150;
  changed.plan.quorum = {1, 2};
  Status s = plans().UpdatePlan(*id, changed);
  ASSERT_TRUE(s.ok()) << s.error().message;
  auto found = plans().FindPlan(*id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->title, "Kế hoạch (sửa đổi)");
  EXPECT_FALSE((*found)->plan.windows.contains("district"));
  EXPECT_EQ((*found)->plan.max_days.at("district"), 4);
  EXPECT_EQ((*found)->plan.pilots, (std::vector<std::string>{"BD-KM", "BD-QT"}));
  EXPECT_EQ((*found)->plan.members_congress_below, 150);
  EXPECT_EQ((*found)->plan.quorum.denominator, 2);

  changed.plan.term = "2025-2030";
  s = plans().UpdatePlan(*id, changed);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kConflict);
  s = plans().UpdatePlan(*id + *other_id + 100, BaDinh2020());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
}

TEST_P(PlanStoreContract, AnUnknownPilotOrRootWritesNothing) {
  LoadHanoi();
  app::PlanRecord bad = BaDinh2020();
  bad.plan.pilots = {"BD-QT", "XX"};
  auto id = plans().CreatePlan(bad);
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kNotFound);
  EXPECT_NE(id.error().message.find("'XX'"), std::string::npos);
  auto list = plans().Plans("");
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
  bad = BaDinh2020();
  bad.plan.root = "XX";
  EXPECT_EQ(plans().CreatePlan(bad).error().code, ErrorCode::kNotFound);
}

TEST_P(PlanStoreContract, CongressDetailsRoundTripWithTheirOptions) {
  LoadHanoi();
  auto none = plans().FindCongressDetails("BD", "2020-2025");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(*none);
  EXPECT_EQ(plans().FindCongressDetails("XX", "2020-2025").error().code, ErrorCode::kNotFound);

  app::CongressDetailsRecord record{"BD", "2020-2025", {}};
  record.details.options = {{D("2020-06-14"), D("2020-06-16"), ""},
                            {D("2020-06-23"), D("2020-06-25"), "dự phòng"}};
  record.details.chosen = 0;
  record.details.venue = "Hội trường Quận ủy Ba Đình";
  record.details.announced_on = D("2020-05-04");
  ASSERT_TRUE(plans().SaveCongressDetails(record).ok());
  app::CongressDetailsRecord reduced{"BD-KM", "2020-2025", {}};
  reduced.details.reduced = true;
  reduced.details.items = {planning::ContentItem::kReview, planning::ContentItem::kDocuments};
  ASSERT_TRUE(plans().SaveCongressDetails(reduced).ok());

  auto found = plans().FindCongressDetails("BD", "2020-2025");
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(*found);
  EXPECT_EQ(**found, record.details);

  // Saving again replaces the options.
  record.details.options.pop_back();
  record.details.announced_on.reset();
  ASSERT_TRUE(plans().SaveCongressDetails(record).ok());
  found = plans().FindCongressDetails("BD", "2020-2025");
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ(**found, record.details);

  auto subtree = plans().CongressDetailsIn("BD");
  ASSERT_TRUE(subtree.ok()) << subtree.error().message;
  ASSERT_EQ(subtree->size(), 2u);
  EXPECT_EQ((*subtree)[0].org_code, "BD");
  EXPECT_EQ((*subtree)[0].details, record.details);
  EXPECT_EQ((*subtree)[1].org_code, "BD-KM");
  EXPECT_EQ((*subtree)[1].details, reduced.details);
  auto elsewhere = plans().CongressDetailsIn("HK");
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_TRUE(elsewhere->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, PlanStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
