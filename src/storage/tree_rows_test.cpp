#include "storage/tree_rows.h"

#include <gtest/gtest.h>

namespace daihoi::storage {
namespace {

TEST(PathUpper, BoundsExactlyTheDescendants) {
  const std::string path = "/1/12/";
  const std::string upper = PathUpper(path);
  EXPECT_EQ(upper, "/1/120");
  EXPECT_LT(std::string("/1/12/7/"), upper);
  EXPECT_GE(std::string("/1/12/7/"), path);
  EXPECT_GE(std::string("/1/120/"), upper);  // a sibling whose id starts with the same digits
  EXPECT_LT(std::string("/1/11/"), path);
}

TEST(RollUpCounts, RegistryBelowWinsOverStatedCount) {
  // 1 (province, stated 1000) ─ 2 (grassroots, stated 500) ─┬─ 3 (cell, stated 40, registry)
  //                                                          └─ 4 (cell, stated 60)
  std::vector<CountRow> rows = {{1, std::nullopt, "province", 1000},
                                {2, 1, "grassroots", 500},
                                {3, 2, "cell", 40},
                                {4, 2, "cell", 60}};
  std::unordered_map<int64_t, RegistryCount> registry = {{3, {7, 9}}, {2, {2, 2}}};
  auto counts = RollUpCounts(rows, registry, org::DefaultLevels());
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts[0].level, "province");
  EXPECT_EQ(counts[0].members, 2 + 7 + 60);  // its stated 1000 gives way to the registry below
  EXPECT_EQ(counts[1].members, 2 + 7 + 60);
  EXPECT_EQ(counts[2].level, "cell");
  EXPECT_EQ(counts[2].organizations, 2);
  EXPECT_EQ(counts[2].members, 7 + 60);
}

TEST(RollUpCounts, MissingStatedCountIsTheSumOfChildren) {
  std::vector<CountRow> rows = {{1, std::nullopt, "district", std::nullopt},
                                {2, 1, "grassroots", 10},
                                {3, 1, "grassroots", std::nullopt}};
  auto counts = RollUpCounts(rows, {}, org::DefaultLevels());
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].members, 10);
  EXPECT_EQ(counts[1].organizations, 2);
  EXPECT_EQ(counts[1].members, 10);
}

TEST(DepthFirst, OrdersSiblingsInVietnameseAndKeepsOrphansAsTops) {
  auto row = [](int64_t id, std::optional<int64_t> parent, std::string code, std::string name) {
    OrgRow out;
    out.id = id;
    out.parent_id = parent;
    out.organization.code = std::move(code);
    out.organization.name = std::move(name);
    return out;
  };
  auto ordered =
      DepthFirst({row(1, std::nullopt, "T", "Tỉnh"), row(2, 1, "D", "Đức"), row(3, 1, "U", "Dũng"),
                  row(4, 3, "U1", "Chi bộ"), row(5, 99, "O", "Ánh")});
  std::vector<std::string> codes;
  for (const auto& organization : ordered) codes.push_back(organization.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"O", "T", "U", "U1", "D"}));
}

}  // namespace
}  // namespace daihoi::storage
