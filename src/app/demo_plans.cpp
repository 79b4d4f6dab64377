// The demo's plans (app/plans.h LoadPlanDemo): RULES.md R-WINDOWS and "Numbers worth knowing".
#include <algorithm>

#include "app/accounts.h"
#include "app/audited.h"
#include "app/demo.h"
#include "app/plans.h"

namespace daihoi::app {
namespace {

// Seed data: authorized as a global administrator, not recorded (audited.h).
const Actor actor = SeedActor();

Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

bool Holds(const DemoData& data, const std::string& code) {
  return std::any_of(data.orgs.begin(), data.orgs.end(),
                     [&](const org::Organization& o) { return o.code == code; });
}

// Saves the plan unless its root has one for the term.
Status SaveOnce(Store& store, const PlanRecord& record) {
  auto existing = PlansOf(store).FindPlanFor(record.plan.root, record.plan.term);
  if (!existing.ok()) return existing.error();
  if (*existing) return {};
  auto created = CreatePlan(store, actor, record);
  if (!created.ok()) return created.error();
  return {};
}

// 2020 round (R-WINDOWS): grassroots from 4/2020 to 30/6/2020 in at most 2 days, the district by
// 31/8/2020 in at most 3; cells (2020–2022) in the first quarter; Quán Thánh the pilot.
PlanRecord BaDinh2020() {
  PlanRecord record;
  record.title =
      "Kế hoạch tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XXVI Đảng bộ quận Ba Đình, nhiệm "
      "kỳ 2020–2025";
  planning::Plan& plan = record.plan;
  plan.root = "BADINH";
  plan.term = "2020-2025";
  plan.windows["cell"] = {D(2020, 1, 1), D(2020, 3, 31)};
  plan.windows["grassroots"] = {D(2020, 4, 1), D(2020, 6, 30)};
  plan.windows["district"] = {D(2020, 6, 1), D(2020, 8, 31)};
  plan.pilots = {"BADINH-QUANTHANH"};
  plan.members_congress_below = 200;  // R-KIND
  plan.max_days["grassroots"] = 2;
  plan.max_days["district"] = 3;
  plan.notice_working_days = 30;  // R-NOTICE
  plan.quorum = {2, 3};           // R-QUORUM
  return record;
}

// 2025 round (R-WINDOWS, the Hai Bà Trưng plan): cells January–March 2025, pilot cells in
// 12/2024, the ward's congress from April, done before 30/6/2025.
PlanRecord HaiBaTrung2025() {
  PlanRecord record;
  record.title = "Kế hoạch tổ chức đại hội chi bộ, đảng bộ phường Hai Bà Trưng nhiệm kỳ 2025–2030";
  planning::Plan& plan = record.plan;
  plan.root = "HAIBATRUNG";
  plan.term = "2025-2030";
  plan.windows["cell"] = {D(2025, 1, 1), D(2025, 3, 31)};
  plan.pilot_windows["cell"] = {D(2024, 12, 1), D(2024, 12, 31)};
  plan.windows["grassroots"] = {D(2025, 4, 1), D(2025, 6, 30)};
  plan.members_congress_below = 200;
  plan.max_days["grassroots"] = 2;
  plan.quorum = {2, 3};
  return record;
}

}  // namespace

Status LoadPlanDemo(Store& store, const DemoData& data) {
  if (Holds(data, "BADINH")) {
    if (Status s = SaveOnce(store, BaDinh2020()); !s) return s;
    auto details = PlansOf(store).FindCongressDetails("BADINH", "2020-2025");
    if (!details.ok()) return details.error();
    if (!*details) {
      // The district congress XXVI: two options, 14–16/6 chosen (RULES.md seeds).
      planning::CongressEdit edit;
      edit.options = std::vector<planning::DateOption>{{D(2020, 6, 14), D(2020, 6, 16), ""},
                                                       {D(2020, 6, 23), D(2020, 6, 25), ""}};
      edit.chosen = std::optional<int>(0);
      edit.venue = "Hội trường Quận ủy Ba Đình";
      edit.announced_on = std::optional<Date>(D(2020, 4, 30));
      auto saved = EditCongress(store, actor, "BADINH", "2020-2025", edit);
      if (!saved.ok()) return saved.error();
    }
  }
  if (Holds(data, "HAIBATRUNG")) {
    if (Status s = SaveOnce(store, HaiBaTrung2025()); !s) return s;
  }
  return {};
}

}  // namespace daihoi::app
