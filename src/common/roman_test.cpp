#include "common/roman.h"

#include <gtest/gtest.h>

namespace daihoi {
namespace {

TEST(RomanTest, CongressOrdinals) {
  EXPECT_EQ(ToRoman(26), "XXVI");
  EXPECT_EQ(ToRoman(14), "XIV");
  EXPECT_EQ(ToRoman(1994), "MCMXCIV");
  EXPECT_EQ(ToRoman(0), "");
}

TEST(RomanTest, ParsesCanonicalOnly) {
  EXPECT_EQ(FromRoman("XXVI"), 26);
  EXPECT_EQ(FromRoman("xiv"), 14);
  EXPECT_FALSE(FromRoman("IIII"));
  EXPECT_FALSE(FromRoman("VX"));
  EXPECT_FALSE(FromRoman(""));
  for (int i = 1; i < 4000; ++i) EXPECT_EQ(FromRoman(ToRoman(i)), i);
}

}  // namespace
}  // namespace daihoi
