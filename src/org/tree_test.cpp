#include "org/tree.h"

#include <gtest/gtest.h>

namespace daihoi::org {
namespace {

std::vector<Organization> Sample() {
  return {
      {"HN", "Đảng bộ Thành phố Hà Nội", "province", "", "", std::nullopt},
      {"BADINH", "Đảng bộ quận Ba Đình", "district", "HN", "", std::nullopt},
      {"QT", "Đảng bộ phường Quán Thánh", "grassroots", "BADINH", "residential", std::nullopt},
      {"QT1", "Chi bộ 1", "cell", "QT", "residential", 30},
      {"QT2", "Chi bộ 2", "cell", "QT", "residential", 12},
  };
}

TEST(OrgTreeTest, SubtreeAncestorsAndMemberSums) {
  auto tree = OrgTree::Build(Sample(), DefaultLevels());
  ASSERT_TRUE(tree.ok()) << tree.error().Describe();
  EXPECT_EQ(tree->Subtree("BADINH").size(), 4u);
  EXPECT_EQ(tree->Subtree("BADINH")[0]->code, "BADINH");
  ASSERT_EQ(tree->Ancestors("QT1").size(), 3u);
  EXPECT_EQ(tree->Ancestors("QT1")[0]->code, "QT");
  EXPECT_EQ(tree->Members("HN"), 42);
  EXPECT_EQ(tree->Roots().size(), 1u);
}

TEST(OrgTreeTest, NamesRowAndColumnOfTheFirstDefect) {
  auto orgs = Sample();
  orgs[3].parent_code = "NOWHERE";
  auto tree = OrgTree::Build(orgs, DefaultLevels());
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.error().row, 4);
  EXPECT_EQ(tree.error().field, "parent_code");

  orgs = Sample();
  orgs[4].code = "QT1";
  tree = OrgTree::Build(orgs, DefaultLevels());
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.error().row, 5);
  EXPECT_EQ(tree.error().field, "code");

  orgs = Sample();
  orgs[0].level = "galaxy";
  EXPECT_EQ(OrgTree::Build(orgs, DefaultLevels()).error().field, "level");
}

TEST(OrgTreeTest, RefusesACycleAndAnInvertedLevel) {
  auto orgs = Sample();
  orgs[0].parent_code = "QT1";  // province under a cell
  auto tree = OrgTree::Build(orgs, DefaultLevels());
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.error().row, 1);

  std::vector<Level> flat = {{"unit", "Đơn vị", 1}};
  std::vector<Organization> loop = {{"A", "A", "unit", "B", "", 1}, {"B", "B", "unit", "A", "", 1}};
  EXPECT_FALSE(OrgTree::Build(loop, flat).ok());
}

}  // namespace
}  // namespace daihoi::org
