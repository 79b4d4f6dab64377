#include "app/demo.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "org/tree.h"

namespace daihoi::app {
namespace {

TEST(DemoTest, SeedMatchesThePublicFigures) {
  DemoData d = SeedDemo();
  auto tree = org::OrgTree::Build(d.orgs, org::DefaultLevels());
  ASSERT_TRUE(tree.ok()) << tree.error().Describe();
  for (const char* code : {"HANOI", "BADINH", "DANANG", "CAMLE", "KHUETRUNG", "HAIBATRUNG"}) {
    EXPECT_NE(tree->Find(code), nullptr) << code;
  }
  // Ba Đình: 56 grassroots organizations, 48 held by 19/5/2020, all 56 by 27/5.
  std::map<std::string, planning::Congress> by_org;
  for (const auto& c : d.congresses) {
    if (c.term == "2020-2025") by_org[c.org_code] = c;
  }
  auto children = tree->Children("BADINH");
  EXPECT_EQ(children.size(), 56u);
  int held_19 = 0;
  int held_27 = 0;
  for (const auto* o : children) {
    EXPECT_EQ(o->level, "grassroots");
    const auto& c = by_org.at(o->code);
    if (c.HeldAsOf(*Date::Parse("2020-05-19"))) ++held_19;
    if (c.HeldAsOf(*Date::Parse("2020-05-27"))) ++held_27;
    // R-KIND: under 200 members a members' congress, else delegates'.
    EXPECT_EQ(c.kind, tree->Members(o->code) < 200 ? planning::CongressKind::kMembers
                                                   : planning::CongressKind::kDelegates)
        << o->code;
  }
  EXPECT_EQ(held_19, 48);
  EXPECT_EQ(held_27, 56);
  EXPECT_EQ(by_org.at("BADINH").planned_start->ToIso(), "2020-06-14");
  EXPECT_EQ(by_org.at("BADINH").planned_end->ToIso(), "2020-06-16");

  // Cẩm Lệ: 235 cells, 121 held by 2/3/2020.
  int cells = 0;
  int cells_held = 0;
  for (const auto* o : tree->Subtree("CAMLE")) {
    if (o->level != "cell") continue;
    ++cells;
    for (const auto& c : d.congresses) {
      if (c.org_code == o->code && c.HeldAsOf(*Date::Parse("2020-03-02"))) ++cells_held;
    }
  }
  EXPECT_EQ(cells, 235);
  EXPECT_EQ(cells_held, 121);
  // Khuê Trung: 993 members in 36 cells, 26 residential and 10 agency.
  auto kt = tree->Children("KHUETRUNG");
  EXPECT_EQ(kt.size(), 36u);
  EXPECT_EQ(std::count_if(kt.begin(), kt.end(),
                          [](const auto* o) { return o->category == "residential"; }),
            26);
  std::set<std::string> kt_cells;
  for (const auto* o : kt) kt_cells.insert(o->code);
  EXPECT_EQ(std::count_if(d.members.begin(), d.members.end(),
                          [&](const org::Member& m) { return kt_cells.contains(m.org_code); }),
            993);
  // Hà Nội 2025 shape: 20 ward committees directly under the city with 214 cells.
  int wards = 0;
  int ward_cells = 0;
  for (const auto* o : tree->Children("HANOI")) {
    if (o->level != "grassroots") continue;
    ++wards;
    ward_cells += static_cast<int>(tree->Children(o->code).size());
  }
  EXPECT_EQ(wards, 20);
  EXPECT_EQ(ward_cells, 214);
}

TEST(DemoTest, SeedIsDeterministicAndNamesLookVietnamese) {
  DemoData a = SeedDemo();
  DemoData b = SeedDemo();
  ASSERT_EQ(a.members.size(), b.members.size());
  for (size_t i = 0; i < a.members.size(); ++i) {
    ASSERT_EQ(a.members[i].full_name, b.members[i].full_name);
  }
  std::set<std::string> ids;
  for (const auto& m : a.members) {
    EXPECT_TRUE(ids.insert(m.id).second) << m.id;
    EXPECT_GE(std::count(m.full_name.begin(), m.full_name.end(), ' '), 2) << m.full_name;
    if (m.status == org::MemberStatus::kFull) {
      EXPECT_TRUE(m.full_member_date.has_value());
    }
    EXPECT_LT(*m.birth_date, *m.party_join_date);
  }
  EXPECT_NE(DemoMemberName(1, true, false).find(' '), std::string::npos);
}

TEST(DemoTest, NationalTotalsAreExactAndStreamed) {
  NationalOptions small;
  small.provinces = 3;
  small.communes = 10;
  small.units = 200;
  small.members = 4000;
  small.member_registry = true;
  int batches = 0;
  int64_t units = 0;
  int64_t stated = 0;
  int64_t registry = 0;
  std::vector<org::Organization> all;
  Status s = GenerateNational(small, [&](DemoData&& p) -> Status {
    ++batches;
    units += static_cast<int64_t>(p.orgs.size());
    for (const auto& o : p.orgs) {
      if (o.members) stated += *o.members;
    }
    registry += static_cast<int64_t>(p.members.size());
    all.insert(all.end(), p.orgs.begin(), p.orgs.end());
    return {};
  });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(batches, 3);
  EXPECT_EQ(units, 200);
  EXPECT_EQ(stated, 4000);
  EXPECT_EQ(registry, 4000);
  EXPECT_TRUE(org::OrgTree::Build(all, org::DefaultLevels()).ok());
}

}  // namespace
}  // namespace daihoi::app
