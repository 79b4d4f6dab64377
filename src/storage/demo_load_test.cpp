// The demo data sets written to a real database (SQLite and PostgreSQL): every feature's demo
// loads, and loading twice changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "app/demo.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using app::AllocationRecord;
using app::DemoData;
using app::LoadDemo;
using app::RollEntry;
using app::SeedDemo;

class DemoLoad : public StoreContract {
 protected:
  static int64_t Members(app::Store& store) {
    int64_t count = 0;
    EXPECT_TRUE(store.ForEachMember("", [&](const org::Member&) { ++count; }).ok());
    return count;
  }
};

TEST_P(DemoLoad, LoadingTwiceChangesNothing) {
  app::Store& store = *store_;
  DemoData d = SeedDemo();
  auto first = LoadDemo(store, d);
  ASSERT_TRUE(first.ok());
  const size_t orgs = store.AllOrganizations()->size();
  const int64_t members = Members(store);
  ASSERT_TRUE(LoadDemo(store, d).ok());
  EXPECT_EQ(store.AllOrganizations()->size(), orgs);
  EXPECT_EQ(Members(store), members);
  // The seed's organizations, and those the features' demos add (Đống Đa, Hà Nội's inspected
  // units).
  EXPECT_LT(first->orgs, static_cast<int64_t>(orgs));
}

// R-ALLOCATION, R-EX-OFFICIO: Ba Đình's 275 delegates are 234 elected + 41 ex officio; the demo
// records two delegations, each with its allocated officials and one or two alternates.
TEST_P(DemoLoad, BaDinhRollIsPartlyRecordedOnceAndKeptOnReload) {
  app::Store& store = *store_;
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

INSTANTIATE_TEST_SUITE_P(Engines, DemoLoad, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
