#include "text/text.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace daihoi::text {
namespace {

TEST(TextTest, NormalizeComposesAndReplacesEth) {
  // "Nguyễn" written with combining marks (NFD) becomes the composed form.
  EXPECT_EQ(Normalize("Nguye\xCC\x82\xCC\x83n"), "Nguyễn");
  EXPECT_EQ(Normalize("\xC3\x90\xE1\xBA\xA3ng"), "Đảng");  // Ð (U+00D0) + ảng
  EXPECT_EQ(Normalize("  Trần   Thị\xC2\xA0 Bình "), "Trần Thị Bình");
}

TEST(TextTest, FoldRemovesAccentsAndCase) {
  EXPECT_EQ(Fold("Nguyễn Văn An"), "nguyen van an");
  EXPECT_EQ(Fold("ĐẢNG BỘ PHƯỜNG Quán Thánh"), "dang bo phuong quan thanh");
}

TEST(TextTest, VietnameseCollation) {
  EXPECT_LT(Compare("Dũng", "Đức"), 0);  // D < Đ
  EXPECT_LT(Compare("Đức", "Em"), 0);
  EXPECT_LT(Compare("An", "Án"), 0);  // tones are secondary
  EXPECT_LT(Compare("Án", "Anh"), 0);
  EXPECT_LT(CollationKey("Dũng"), CollationKey("Đức"));
  EXPECT_LT(CollationKey("Án"), CollationKey("Anh"));
}

TEST(TextTest, SplitName) {
  NameParts p = SplitName("Nguyễn Thị Minh Khai");
  EXPECT_EQ(p.family, "Nguyễn");
  EXPECT_EQ(p.middle, "Thị Minh");
  EXPECT_EQ(p.given, "Khai");
  EXPECT_EQ(SplitName("Khai").given, "Khai");
  EXPECT_EQ(SplitName("Khai").family, "");
}

TEST(TextTest, NameOrderIsGivenNameFirst) {  // R-ORDER
  std::vector<std::string> names = {"Trần Văn Bình", "Nguyễn Văn An", "Lê Thị An", "Đỗ Đức Dũng",
                                    "Nguyễn Đức", "Phạm Anh"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return NameOrderKey(a) < NameOrderKey(b);
  });
  std::vector<std::string> expected = {"Lê Thị An", "Nguyễn Văn An", "Phạm Anh", "Trần Văn Bình",
                                       "Đỗ Đức Dũng", "Nguyễn Đức"};
  EXPECT_EQ(names, expected);
}

}  // namespace
}  // namespace daihoi::text
