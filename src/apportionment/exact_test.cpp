#include "apportionment/exact.h"

#include <gtest/gtest.h>

namespace daihoi::apportionment {
namespace {

TEST(ExactTest, ComparesByCrossMultiplication) {
  EXPECT_EQ(Compare({1, 3}, {2, 6}), std::strong_ordering::equal);
  EXPECT_EQ(Compare({1, 3}, {1, 2}), std::strong_ordering::less);
  EXPECT_EQ(Compare({5, 2}, {2, 1}), std::strong_ordering::greater);
  EXPECT_EQ(Compare({1, 0}, {1, 0}), std::strong_ordering::equal);  // both infinite
  EXPECT_EQ(Compare({1, 0}, {~Uint128{0}, 1}), std::strong_ordering::greater);
}

TEST(ExactTest, ProductsBeyond128BitsStayExact) {
  // (2^127 − 1)/(2^127 − 2) against (2^127)/(2^127 − 1): both just above 1, differing past
  // what any double or a 128-bit product can tell apart.
  const Uint128 big = Uint128{1} << 127;
  const Fraction a{big - 1, big - 2};
  const Fraction b{big, big - 1};
  // a − b = 1/((2^127−2)(2^127−1)) > 0.
  EXPECT_EQ(Compare(a, b), std::strong_ordering::greater);
  EXPECT_EQ(Compare(b, a), std::strong_ordering::less);
  EXPECT_EQ(Compare(a, a), std::strong_ordering::equal);
}

TEST(ExactTest, ParsesDecimalsExactly) {
  auto one = ParseDecimal("1.0");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->units, 1);
  EXPECT_EQ(one->scale, 0);
  auto w = ParseDecimal("1.25");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->units, 125);
  EXPECT_EQ(w->scale, 2);
  auto small = ParseDecimal("0.000001");
  ASSERT_TRUE(small);
  EXPECT_EQ(small->units, 1);
  EXPECT_EQ(small->scale, 6);
  EXPECT_TRUE(ParseDecimal("1000"));
  EXPECT_FALSE(ParseDecimal("1000.5"));
  EXPECT_FALSE(ParseDecimal("0.0000001"));
  EXPECT_FALSE(ParseDecimal("-1"));
  EXPECT_FALSE(ParseDecimal("1e3"));
  EXPECT_FALSE(ParseDecimal(".5"));
  EXPECT_FALSE(ParseDecimal("5."));
  EXPECT_FALSE(ParseDecimal("1.2.3"));
  EXPECT_FALSE(ParseDecimal(""));
}

TEST(ExactTest, RoundsHalfUp) {
  EXPECT_EQ(RoundHalfUpHundredths(1, 8), 13u);  // 0.125 → 0.13
  EXPECT_EQ(RoundHalfUpHundredths(1, 3), 33u);  // 0.333… → 0.33
  EXPECT_EQ(RoundHalfUpHundredths(2, 3), 67u);  // 0.666… → 0.67
  EXPECT_EQ(RoundHalfUpHundredths(234, 1), 23400u);
  EXPECT_EQ(ToString(RoundHalfUpHundredths(1, 200)), "1");  // 0.005 → 0.01
  EXPECT_EQ(ToString(Uint128{0}), "0");
}

}  // namespace
}  // namespace daihoi::apportionment
