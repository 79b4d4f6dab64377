#include "json/plan_json.h"

#include <gtest/gtest.h>

namespace daihoi::json {
namespace {

Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

TEST(CongressToJson, WritesTheExportColumnsAndReadsBackUnchanged) {
  planning::Congress congress;
  congress.org_code = "BADINH-QUANTHANH";
  congress.term = "2020-2025";
  congress.ordinal = 5;
  congress.kind = planning::CongressKind::kDelegates;
  congress.pilot = true;
  congress.planned_start = D(2020, 4, 10);
  congress.planned_end = D(2020, 4, 11);
  congress.held_start = D(2020, 4, 10);

  nlohmann::ordered_json row = CongressToJson(congress);
  EXPECT_EQ(row.dump(),
            R"({"org_code":"BADINH-QUANTHANH","term":"2020-2025","ordinal":5,"kind":"delegates",)"
            R"("pilot":true,"planned_start":"2020-04-10","planned_end":"2020-04-11",)"
            R"("held_start":"2020-04-10","held_end":null})");

  auto parsed = ParseCongresses(nlohmann::json::parse("[" + row.dump() + "]"), "congresses");
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  ASSERT_EQ(parsed->size(), 1u);
  const planning::Congress& back = parsed->front();
  EXPECT_EQ(back.org_code, congress.org_code);
  EXPECT_EQ(back.term, congress.term);
  EXPECT_EQ(back.ordinal, congress.ordinal);
  EXPECT_EQ(back.kind, congress.kind);
  EXPECT_EQ(back.pilot, congress.pilot);
  EXPECT_EQ(back.planned_start, congress.planned_start);
  EXPECT_EQ(back.planned_end, congress.planned_end);
  EXPECT_EQ(back.held_start, congress.held_start);
  EXPECT_FALSE(back.held_end.has_value());
}

}  // namespace
}  // namespace daihoi::json
