#include "building/communication.h"

#include <gtest/gtest.h>

namespace daihoi::building {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

CommunicationItem Item(CommunicationKind kind, Date on, int64_t copies = 0) {
  CommunicationItem item;
  item.org_code = "D";
  item.kind = kind;
  item.on = on;
  item.title = "Chào mừng đại hội";
  item.copies = copies;
  return item;
}

TEST(Communication, KindsParsedFromVietnamese) {
  EXPECT_EQ(ParseCommunicationKind("Tin bài"), CommunicationKind::kNews);
  EXPECT_EQ(ParseCommunicationKind("bài viết"), CommunicationKind::kEssay);
  EXPECT_EQ(ParseCommunicationKind("Đặc san"), CommunicationKind::kBulletin);
  EXPECT_EQ(ParseCommunicationKind("hoạt động"), CommunicationKind::kEvent);
  EXPECT_EQ(ParseCommunicationKind("bulletin"), CommunicationKind::kBulletin);
  EXPECT_EQ(ParseCommunicationKind("phim"), std::nullopt);
}

TEST(Communication, ValidateNamesTheField) {
  EXPECT_TRUE(
      ValidateCommunicationItem(Item(CommunicationKind::kBulletin, D(2020, 6, 1), 3400)).empty());
  CommunicationItem bad = Item(CommunicationKind::kNews, D(2020, 6, 1), 5);
  bad.title.clear();
  bad.link = "ftp://x";
  const auto errors = ValidateCommunicationItem(bad);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "title");
  EXPECT_EQ(errors[1].field, "link");
  EXPECT_EQ(errors[2].field, "copies");
}

TEST(Communication, TotalsPerKindWithinThePeriod) {
  std::vector<CommunicationItem> items;
  for (int i = 0; i < 67; ++i) items.push_back(Item(CommunicationKind::kNews, D(2020, 5, 1)));
  for (int i = 0; i < 203; ++i) items.push_back(Item(CommunicationKind::kEssay, D(2020, 5, 2)));
  items.push_back(Item(CommunicationKind::kBulletin, D(2020, 6, 10), 3400));
  items.push_back(Item(CommunicationKind::kEvent, D(2020, 6, 12)));
  items.push_back(Item(CommunicationKind::kNews, D(2019, 1, 1)));  // outside
  const auto totals = TotalsOf(items, D(2020, 1, 1), D(2020, 12, 31));
  ASSERT_EQ(totals.kinds.size(), 4u);
  EXPECT_EQ(totals.kinds[0].items, 67);
  EXPECT_EQ(totals.kinds[1].items, 203);
  EXPECT_EQ(totals.kinds[2].items, 1);
  EXPECT_EQ(totals.kinds[2].copies, 3400);
  EXPECT_EQ(totals.kinds[3].items, 1);
  EXPECT_EQ(totals.items, 272);
  EXPECT_EQ(totals.copies, 3400);
  EXPECT_EQ(TotalsOf(items).items, 273);
}

}  // namespace
}  // namespace daihoi::building
