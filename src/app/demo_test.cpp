#include "app/demo.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app/fake_store_test.h"
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

TEST(DemoTest, LoadingTwiceChangesNothing) {
  testing::FakeStore store;
  DemoData d = SeedDemo();
  auto first = LoadDemo(store, d);
  ASSERT_TRUE(first.ok());
  size_t orgs = store.orgs().size();
  size_t members = store.members().size();
  ASSERT_TRUE(LoadDemo(store, d).ok());
  EXPECT_EQ(store.orgs().size(), orgs);
  EXPECT_EQ(store.members().size(), members);
  EXPECT_EQ(first->orgs, static_cast<int64_t>(orgs));
}

// R-ALLOCATION, R-EX-OFFICIO: Ba Đình's 275 delegates are 234 elected + 41 ex officio; the demo
// records two delegations, each with its allocated officials and one or two alternates.
TEST(DemoTest, BaDinhRollIsPartlyRecordedOnceAndKeptOnReload) {
  testing::FakeStore store;
  DemoData d = SeedDemo();
  ASSERT_TRUE(LoadDemo(store, d).ok());
  auto allocations = store.Allocations("BADINH");
  ASSERT_TRUE(allocations.ok());
  ASSERT_EQ(allocations->size(), 1u);
  const AllocationRecord& allocation = allocations->front();
  EXPECT_EQ(allocation.term, "2020-2025");
  EXPECT_EQ(allocation.method, "largest_remainder");
  EXPECT_EQ(allocation.seats, 234);
  EXPECT_EQ(allocation.minimum, 1);
  EXPECT_EQ(allocation.as_of.ToIso(), "2020-05-01");
  ASSERT_EQ(allocation.units.size(), 56u);
  int64_t seats = 0;
  std::map<std::string, int64_t> allocated;
  for (const auto& unit : allocation.units) {
    seats += unit.seats;
    EXPECT_GE(unit.seats, 1) << unit.org_code;
    allocated[unit.org_code] = unit.seats;
  }
  EXPECT_EQ(seats, 234);

  auto roll = store.Roll("BADINH", "2020-2025");
  ASSERT_TRUE(roll.ok());
  std::set<std::string> names;
  std::map<std::string, int64_t> officials;
  std::map<std::string, int64_t> alternates;
  int64_t ex_officio = 0;
  for (const RollEntry& e : roll->entries) {
    EXPECT_TRUE(names.insert(e.full_name).second) << e.full_name;
    EXPECT_GE(std::count(e.full_name.begin(), e.full_name.end(), ' '), 2) << e.full_name;
    EXPECT_TRUE(e.birth_date.has_value());
    if (e.role == election::RollRole::kExOfficio) ++ex_officio;
    if (e.role == election::RollRole::kOfficial) ++officials[e.unit_code];
    if (e.role == election::RollRole::kAlternate) ++alternates[e.unit_code];
  }
  EXPECT_EQ(ex_officio, 41);
  ASSERT_EQ(officials.size(), 2u);
  for (const auto& [unit, count] : officials) {
    EXPECT_EQ(count, allocated.at(unit)) << unit;
    EXPECT_GE(alternates[unit], 1) << unit;
    EXPECT_LE(alternates[unit], 2) << unit;
  }
  EXPECT_TRUE(roll->absences.empty());
  EXPECT_TRUE(roll->issues.empty());

  // Loading again adds no allocation and keeps the roll (ids included) as it is.
  ASSERT_TRUE(LoadDemo(store, d).ok());
  EXPECT_EQ(store.Allocations("BADINH")->size(), 1u);
  auto again = store.Roll("BADINH", "2020-2025");
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->entries.size(), roll->entries.size());
  for (size_t k = 0; k < roll->entries.size(); ++k) {
    EXPECT_EQ(again->entries[k].id, roll->entries[k].id);
  }
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
