// The congress record: status (planned → scheduled → held → results approved, R-APPROVAL), date
// options, R-CONTENT items and the reduced congress.
#include "planning/congress_record.h"

#include <gtest/gtest.h>

namespace daihoi::planning {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

Congress District() {
  Congress c;
  c.org_code = "BADINH";
  c.term = "2020-2025";
  c.kind = CongressKind::kDelegates;
  c.ordinal = 26;
  return c;
}

std::vector<DateOption> TwoOptions() {
  return {{D("2020-06-14"), D("2020-06-16"), ""}, {D("2020-06-23"), D("2020-06-25"), "dự phòng"}};
}

TEST(CongressStatus, FollowsTheRecordUpToTheApproval) {
  Congress c = District();
  EXPECT_EQ(DeriveStatus(c, false), CongressStatus::kPlanned);
  c.planned_start = D("2020-06-14");
  c.planned_end = D("2020-06-16");
  EXPECT_EQ(DeriveStatus(c, false), CongressStatus::kScheduled);
  c.held_start = D("2020-06-14");
  EXPECT_EQ(DeriveStatus(c, false), CongressStatus::kScheduled) << "opened, not yet closed";
  c.held_end = D("2020-06-16");
  EXPECT_EQ(DeriveStatus(c, false), CongressStatus::kHeld);
  // R-APPROVAL: the superior committee's approval ends the story.
  EXPECT_EQ(DeriveStatus(c, true), CongressStatus::kResultsApproved);
  EXPECT_STREQ(ToString(CongressStatus::kResultsApproved), "results_approved");
}

TEST(CongressEditTest, ChoosingAnOptionWritesThePlannedDates) {
  Congress c = District();
  CongressDetails d;
  CongressEdit edit;
  edit.options = TwoOptions();
  edit.chosen = std::optional<int>(1);
  ASSERT_TRUE(ApplyEdit(c, d, edit).ok());
  EXPECT_EQ(c.planned_start, D("2020-06-23"));
  EXPECT_EQ(c.planned_end, D("2020-06-25"));
  EXPECT_EQ(d.chosen, 1);

  // Moving the planned dates moves the chosen option with them.
  CongressEdit move;
  move.planned_start = std::optional<Date>(D("2020-06-24"));
  move.planned_end = std::optional<Date>(D("2020-06-26"));
  ASSERT_TRUE(ApplyEdit(c, d, move).ok());
  EXPECT_EQ(d.options[1].start, D("2020-06-24"));
  EXPECT_EQ(d.options[1].end, D("2020-06-26"));
  EXPECT_EQ(d.options[0].start, D("2020-06-14")) << "the other option stays";

  // Clearing the choice clears the planned dates: planned again.
  CongressEdit clear;
  clear.chosen = std::optional<int>();
  ASSERT_TRUE(ApplyEdit(c, d, clear).ok());
  EXPECT_FALSE(c.planned_start);
  EXPECT_EQ(DeriveStatus(c, false), CongressStatus::kPlanned);
  EXPECT_EQ(d.options.size(), 2u);
}

TEST(CongressEditTest, ReplacingTheOptionsKeepsAChoiceThatStillExists) {
  Congress c = District();
  CongressDetails d;
  d.options = TwoOptions();
  d.chosen = 1;
  CongressEdit edit;
  edit.options = std::vector<DateOption>{{D("2020-06-14"), D("2020-06-16"), ""}};
  ASSERT_TRUE(ApplyEdit(c, d, edit).ok());
  EXPECT_EQ(d.chosen, std::nullopt);
  edit.options = std::vector<DateOption>{{D("2020-06-14"), D("2020-06-16"), ""},
                                         {D("2020-06-22"), D("2020-06-24"), ""}};
  edit.chosen = std::optional<int>(1);
  ASSERT_TRUE(ApplyEdit(c, d, edit).ok());
  edit.chosen.reset();
  edit.options = std::vector<DateOption>{{D("2020-06-15"), D("2020-06-17"), ""},
                                         {D("2020-06-23"), D("2020-06-25"), ""}};
  ASSERT_TRUE(ApplyEdit(c, d, edit).ok());
  EXPECT_EQ(d.chosen, 1);
  EXPECT_EQ(c.planned_start, D("2020-06-23"));
}

TEST(CongressEditTest, RefusesAnOptionEndingBeforeItStartsAndChangesNothing) {
  Congress c = District();
  CongressDetails d;
  CongressEdit edit;
  edit.options = std::vector<DateOption>{{D("2020-06-14"), D("2020-06-16"), ""},
                                         {D("2020-06-25"), D("2020-06-23"), ""}};
  edit.venue = "Hội trường Quận ủy";
  Status s = ApplyEdit(c, d, edit);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(s.error().field, "options[1].end");
  EXPECT_TRUE(d.options.empty());
  EXPECT_EQ(d.venue, "");
}

TEST(CongressEditTest, RefusesAChoiceWithoutSuchOption) {
  Congress c = District();
  CongressDetails d;
  d.options = TwoOptions();
  CongressEdit edit;
  edit.chosen = std::optional<int>(2);
  Status s = ApplyEdit(c, d, edit);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "chosen");
}

TEST(CongressEditTest, RefusesHeldAndPlannedEndsBeforeStartsAndDuplicates) {
  Congress c = District();
  CongressDetails d;
  CongressEdit held;
  held.held_start = std::optional<Date>(D("2020-06-16"));
  held.held_end = std::optional<Date>(D("2020-06-14"));
  EXPECT_EQ(ApplyEdit(c, d, held).error().field, "held_end");
  CongressEdit planned;
  planned.planned_start = std::optional<Date>(D("2020-06-16"));
  planned.planned_end = std::optional<Date>(D("2020-06-14"));
  EXPECT_EQ(ApplyEdit(c, d, planned).error().field, "planned_end");
  CongressEdit twice;
  twice.options = std::vector<DateOption>{TwoOptions()[0], TwoOptions()[0]};
  EXPECT_EQ(ApplyEdit(c, d, twice).error().field, "options[1]");
  CongressEdit ordinal;
  ordinal.ordinal = 4000;
  EXPECT_EQ(ApplyEdit(c, d, ordinal).error().field, "ordinal");
}

// R-CONTENT: four items; a reduced congress (committee appointed) keeps items 1–2 only.
TEST(CongressEditTest, ReducedCongressKeepsTheFirstTwoItems) {
  Congress c = District();
  CongressDetails d;
  EXPECT_EQ(d.items.size(), 4u);
  CongressEdit reduce;
  reduce.reduced = true;
  ASSERT_TRUE(ApplyEdit(c, d, reduce).ok());
  EXPECT_EQ(d.items, (std::vector<ContentItem>{ContentItem::kReview, ContentItem::kDocuments}));

  CongressEdit elect;
  elect.items = std::vector<ContentItem>{ContentItem::kReview, ContentItem::kCommittee};
  Status s = ApplyEdit(c, d, elect);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "items");
  EXPECT_NE(s.error().message.find("R-CONTENT"), std::string::npos);

  CongressEdit full;
  full.reduced = false;
  ASSERT_TRUE(ApplyEdit(c, d, full).ok());
  EXPECT_EQ(d.items.size(), 4u);

  CongressEdit missing;
  missing.items = std::vector<ContentItem>{ContentItem::kDelegation, ContentItem::kReview,
                                           ContentItem::kCommittee};
  s = ApplyEdit(c, d, missing);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("Góp ý dự thảo"), std::string::npos);
}

TEST(ContentItemTest, ParsesItsOwnNames) {
  for (ContentItem item : kAllContentItems) EXPECT_EQ(ParseContentItem(ToString(item)), item);
  EXPECT_EQ(ParseContentItem("elect"), std::nullopt);
}

}  // namespace
}  // namespace daihoi::planning
