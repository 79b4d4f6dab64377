#include "common/date.h"

#include <gtest/gtest.h>

namespace daihoi {
namespace {

TEST(DateTest, ParsesBothContractFormats) {
  auto iso = Date::Parse("2020-05-19");
  auto vn = Date::Parse("19/05/2020");
  auto short_vn = Date::Parse("19/5/2020");
  ASSERT_TRUE(iso && vn && short_vn);
  EXPECT_EQ(*iso, *vn);
  EXPECT_EQ(*iso, *short_vn);
  EXPECT_EQ(iso->ToIso(), "2020-05-19");
  EXPECT_EQ(iso->ToVietnamese(), "19/05/2020");
}

TEST(DateTest, RefusesImpossibleDates) {
  EXPECT_FALSE(Date::Parse("2020-02-30"));
  EXPECT_FALSE(Date::Parse("2019-02-29"));
  EXPECT_TRUE(Date::Parse("2020-02-29"));
  EXPECT_FALSE(Date::Parse("31/04/2020"));
  EXPECT_FALSE(Date::Parse("2020/05/19"));
  EXPECT_FALSE(Date::Parse("2020-5-19"));
  EXPECT_FALSE(Date::Parse(""));
  EXPECT_FALSE(Date::Parse("hôm nay"));
}

TEST(DateTest, WeekdaysAndWorkingDays) {
  Date monday = *Date::Parse("2020-05-18");
  EXPECT_EQ(monday.weekday(), 0);
  EXPECT_EQ(WorkingDaysBetween(monday, monday.AddDays(7)), 5);
  EXPECT_EQ(WorkingDaysBetween(monday, monday), 0);
  EXPECT_EQ(InclusiveDays(*Date::Parse("2020-06-14"), *Date::Parse("2020-06-16")), 3);
}

TEST(DateTest, RoundTripsAcrossCenturies) {
  for (int64_t d = -800000; d < 800000; d += 997) {
    Date date = Date::FromDays(d);
    auto again = Date::FromYmd(date.year(), date.month(), date.day());
    if (date.year() < 1) continue;
    ASSERT_TRUE(again);
    EXPECT_EQ(again->days(), d);
  }
}

}  // namespace
}  // namespace daihoi
