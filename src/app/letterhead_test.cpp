// The header of printed documents (registry.h: PlaceOf, SuperiorName) over the in-memory store.
#include <gtest/gtest.h>

#include "app/fake_store_test.h"
#include "app/registry.h"

namespace daihoi::app {
namespace {

org::Organization Named(std::string code, std::string parent, std::string name) {
  org::Organization organization;
  organization.code = std::move(code);
  organization.parent_code = std::move(parent);
  organization.name = std::move(name);
  organization.level = "grassroots";
  return organization;
}

// Hà Nội ─┬─ Ba Đình ── Kim Mã ── a residential cell
//         └─ the city's police
testing::FakeStore Tree() {
  testing::FakeStore store;
  EXPECT_TRUE(store
                  .UpsertOrganizations({Named("HN", "", "Đảng bộ thành phố Hà Nội"),
                                        Named("BD", "HN", "Đảng bộ quận Ba Đình"),
                                        Named("KM", "BD", "Đảng bộ phường Kim Mã"),
                                        Named("KDC", "KM", "Chi bộ khu dân cư số 1"),
                                        Named("CA", "HN", "Đảng bộ Công an thành phố")})
                  .ok());
  return store;
}

TEST(PlaceOf, IsTheOrganizationsOwnUnitElseTheNearestSuperiors) {
  testing::FakeStore store = Tree();
  EXPECT_EQ(PlaceOf(store, "HN").value(), "Hà Nội");
  EXPECT_EQ(PlaceOf(store, "BD").value(), "Ba Đình");
  EXPECT_EQ(PlaceOf(store, "KM").value(), "Kim Mã");
  EXPECT_EQ(PlaceOf(store, "KDC").value(), "Kim Mã");
  EXPECT_EQ(PlaceOf(store, "CA").value(), "Hà Nội");
}

TEST(PlaceOf, IsEmptyWhenNoOrganizationUpTheTreeNamesAUnit) {
  testing::FakeStore store;
  ASSERT_TRUE(
      store.UpsertOrganizations({Named("TW", "", "Đảng bộ Khối các cơ quan Trung ương")}).ok());
  EXPECT_EQ(PlaceOf(store, "TW").value(), "");
  EXPECT_EQ(PlaceOf(store, "").value(), "");  // the whole country
}

TEST(PlaceOf, NamesAnUnknownOrganization) {
  testing::FakeStore store = Tree();
  auto place = PlaceOf(store, "NOPE");
  ASSERT_FALSE(place.ok());
  EXPECT_EQ(place.error().code, ErrorCode::kNotFound);
}

TEST(SuperiorName, IsTheParentsNameAndEmptyAtTheTop) {
  testing::FakeStore store = Tree();
  EXPECT_EQ(SuperiorName(store, Named("KM", "BD", "Đảng bộ phường Kim Mã")).value(),
            "Đảng bộ quận Ba Đình");
  EXPECT_EQ(SuperiorName(store, Named("HN", "", "Đảng bộ thành phố Hà Nội")).value(), "");
}

}  // namespace
}  // namespace daihoi::app
