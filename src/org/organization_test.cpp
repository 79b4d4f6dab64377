#include "org/organization.h"

#include <gtest/gtest.h>

namespace daihoi::org {
namespace {

TEST(PlaceInName, IsTheAdministrativeUnitTheOrganizationIsNamedAfter) {
  EXPECT_EQ(PlaceInName("Đảng bộ thành phố Hà Nội"), "Hà Nội");
  EXPECT_EQ(PlaceInName("Đảng bộ quận Ba Đình"), "Ba Đình");
  EXPECT_EQ(PlaceInName("Đảng bộ phường Quán Thánh"), "Quán Thánh");
  EXPECT_EQ(PlaceInName("Đảng bộ tỉnh Thanh Hóa"), "Thanh Hóa");
  EXPECT_EQ(PlaceInName("Đảng bộ Huyện Gia Lâm"), "Gia Lâm");
  EXPECT_EQ(PlaceInName("Đảng bộ thị xã Sơn Tây"), "Sơn Tây");
  EXPECT_EQ(PlaceInName("Đảng bộ xã Bát Tràng"), "Bát Tràng");
  EXPECT_EQ(PlaceInName("Đảng bộ thị trấn Trâu Quỳ"), "Trâu Quỳ");
  EXPECT_EQ(PlaceInName("Đảng bộ đặc khu Phú Quốc"), "Phú Quốc");
}

TEST(PlaceInName, KeepsTheWordOfAUnitNamedByANumberOrAfterAPerson) {
  EXPECT_EQ(PlaceInName("Đảng bộ Quận 1"), "Quận 1");
  EXPECT_EQ(PlaceInName("Đảng bộ phường 5"), "Phường 5");
  EXPECT_EQ(PlaceInName("Đảng bộ Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
}

TEST(PlaceInName, IsNoneForAnAgencyOrACellNamedAfterNoUnit) {
  // "xã hội" opens no commune: the word must stand after "Đảng bộ"/"Chi bộ".
  EXPECT_EQ(PlaceInName("Chi bộ Bảo hiểm xã hội quận Ba Đình"), std::nullopt);
  EXPECT_EQ(PlaceInName("Chi bộ Công an phường Khuê Trung"), std::nullopt);
  EXPECT_EQ(PlaceInName("Đảng bộ Công an thành phố"), std::nullopt);
  EXPECT_EQ(PlaceInName("Đảng bộ Báo Hà Nội mới"), std::nullopt);
  EXPECT_EQ(PlaceInName("Đảng bộ thành phố"), std::nullopt);
  EXPECT_EQ(PlaceInName("Chi bộ khu dân cư số 1"), std::nullopt);
  EXPECT_EQ(PlaceInName(""), std::nullopt);
}

}  // namespace
}  // namespace daihoi::org
