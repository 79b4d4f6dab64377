// Allocation use cases over the in-memory store (R-ALLOCATION, R-EX-OFFICIO).
#include "app/allocation.h"

#include <gtest/gtest.h>

#include <numeric>

#include "app/fake_store_test.h"

namespace daihoi::app {
namespace {

using apportionment::Method;
using org::MemberStatus;

org::Organization Org(std::string code, std::string parent, std::string level,
                      std::optional<int64_t> members) {
  org::Organization organization;
  organization.code = code;
  organization.name = "Đảng bộ " + code;
  organization.level = std::move(level);
  organization.parent_code = std::move(parent);
  organization.members = members;
  return organization;
}

org::Member Mem(std::string id, std::string org_code, MemberStatus status,
                std::optional<std::string> full_since) {
  org::Member member;
  member.id = std::move(id);
  member.full_name = "Nguyễn Văn " + member.id;
  member.org_code = std::move(org_code);
  member.status = status;
  if (full_since) member.full_member_date = Date::Parse(*full_since);
  return member;
}

Date D(const char* text) { return *Date::Parse(text); }

// Q ─┬─ A (stated 100, registry loaded)
//    ├─ B (stated 50, no registry)
//    └─ C ─┬─ C1 (registry)
//          └─ C2 (stated 20)
testing::FakeStore Registry() {
  testing::FakeStore store;
  EXPECT_TRUE(store
                  .UpsertOrganizations(
                      {Org("Q", "", "district", std::nullopt), Org("A", "Q", "grassroots", 100),
                       Org("B", "Q", "grassroots", 50), Org("C", "Q", "grassroots", std::nullopt),
                       Org("C1", "C", "cell", 7), Org("C2", "C", "cell", 20)})
                  .ok());
  EXPECT_TRUE(store
                  .UpsertMembers({
                      Mem("a1", "A", MemberStatus::kFull, "2010-01-01"),
                      Mem("a2", "A", MemberStatus::kFull, "2024-12-31"),
                      Mem("a3", "A", MemberStatus::kFull, "2025-03-01"),  // on the date: counts
                      Mem("a4", "A", MemberStatus::kFull, "2025-03-02"),  // after: not yet full
                      Mem("a5", "A", MemberStatus::kProbationary, std::nullopt),
                      Mem("a6", "A", MemberStatus::kSuspended, "2000-01-01"),
                      Mem("a7", "A", MemberStatus::kFull, std::nullopt),  // full, date unknown
                      Mem("c1", "C1", MemberStatus::kFull, "2020-01-01"),
                      Mem("c2", "C1", MemberStatus::kFull, "2020-01-01"),
                  })
                  .ok());
  return store;
}

TEST(CountUnits, RegistryAsOfTheDateReplacesStatedCountsAndSaysWhich) {
  auto store = Registry();
  auto units = CountUnits(store, ::daihoi::app::Actor::CommandLine("test"), "Q", D("2025-03-01"));
  ASSERT_TRUE(units.ok()) << units.error().message;
  ASSERT_EQ(units->size(), 3u);
  EXPECT_EQ((*units)[0].org_code, "A");
  EXPECT_EQ((*units)[0].members, 4);  // a1, a2, a3, a7
  EXPECT_EQ((*units)[0].source, MemberSource::kRegistry);
  EXPECT_EQ((*units)[1].members, 50);
  EXPECT_EQ((*units)[1].source, MemberSource::kStated);
  EXPECT_EQ((*units)[2].members, 22);  // C1 from the registry (2) + C2 stated (20)
  EXPECT_EQ((*units)[2].source, MemberSource::kMixed);

  auto earlier = CountUnits(store, ::daihoi::app::Actor::CommandLine("test"), "Q", D("2024-12-30"));
  ASSERT_TRUE(earlier.ok());
  EXPECT_EQ((*earlier)[0].members, 2);  // a1, a7
}

TEST(CountUnits, UnknownOrganizationOrNoUnitsIsAnError) {
  auto store = Registry();
  EXPECT_EQ(CountUnits(store, ::daihoi::app::Actor::CommandLine("test"), "NOPE", D("2025-03-01"))
                .error()
                .code,
            ErrorCode::kNotFound);
  auto leaf = CountUnits(store, ::daihoi::app::Actor::CommandLine("test"), "B", D("2025-03-01"));
  ASSERT_FALSE(leaf.ok());
  EXPECT_EQ(leaf.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(leaf.error().field, "org_code");
}

// 234 elected seats (275 minus 41 ex officio, R-EX-OFFICIO) with a minimum of 1.
TEST(ComputeAllocation, SharesEveryElectedSeatWithTheMinimum) {
  testing::FakeStore store;
  std::vector<org::Organization> orgs = {Org("BD", "", "district", std::nullopt)};
  const std::vector<int64_t> members = {1800, 950, 620, 410, 12, 7, 3300, 45, 260, 1};
  for (size_t k = 0; k < members.size(); ++k) {
    orgs.push_back(Org("U" + std::to_string(k), "BD", "grassroots", members[k]));
  }
  ASSERT_TRUE(store.UpsertOrganizations(orgs).ok());
  AllocationRequest request;
  request.org_code = "BD";
  request.seats = 275 - 41;
  request.minimum = 1;
  request.as_of = D("2025-03-01");
  for (Method method : {Method::kLargestRemainder, Method::kDHondt, Method::kSainteLague,
                        Method::kHuntingtonHill}) {
    request.method = method;
    auto view = ComputeAllocation(store, ::daihoi::app::Actor::CommandLine("test"), request);
    ASSERT_TRUE(view.ok()) << view.error().message;
    int64_t total = 0;
    for (const auto& unit : view->record.units) {
      EXPECT_GE(unit.seats, 1) << unit.org_code;
      total += unit.seats;
    }
    EXPECT_EQ(total, 234);
    EXPECT_EQ(view->quotas.size(), members.size());
  }
}

TEST(AllocateDelegates, SavesTheInputsAndShowsThemAgainExactly) {
  auto store = Registry();
  AllocationRequest request;
  request.org_code = "Q";
  request.term = "2025-2030";
  request.method = Method::kSainteLague;
  request.seats = 9;
  request.minimum = 1;
  request.as_of = D("2025-03-01");
  request.unit_minimums["A"] = 2;
  request.unit_weights["B"] = "1.5";
  auto saved = AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_GT(saved->record.id, 0);
  EXPECT_FALSE(saved->record.created_at.empty());

  auto list = ListAllocations(store, ::daihoi::app::Actor::CommandLine("test"), "Q");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);

  auto shown = ShowAllocation(store, ::daihoi::app::Actor::CommandLine("test"), saved->record.id);
  ASSERT_TRUE(shown.ok()) << shown.error().message;
  EXPECT_EQ(shown->record.method, "sainte_lague");
  EXPECT_EQ(shown->record.as_of.ToIso(), "2025-03-01");
  ASSERT_EQ(shown->record.units.size(), 3u);
  EXPECT_EQ(shown->record.units[0].minimum, std::optional<int64_t>(2));
  EXPECT_EQ(shown->record.units[1].weight, "1.5");
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(shown->record.units[k].seats, saved->record.units[k].seats);
    EXPECT_EQ(apportionment::Compare(shown->quotas[k], saved->quotas[k]),
              std::strong_ordering::equal);
  }
  EXPECT_EQ(ShowAllocation(store, ::daihoi::app::Actor::CommandLine("test"), 999).error().code,
            ErrorCode::kNotFound);
}

TEST(AllocateDelegates, RejectsBadInputNamingTheFieldAndSavesNothing) {
  auto store = Registry();
  AllocationRequest request;
  request.org_code = "Q";
  request.seats = 9;
  request.as_of = D("2025-03-01");
  EXPECT_EQ(
      AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request).error().field,
      "term");
  request.term = "2025-2030";
  request.unit_minimums["C1"] = 1;  // below a unit, not a direct subordinate
  EXPECT_EQ(
      AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request).error().field,
      "units.C1.minimum");
  request.unit_minimums.clear();
  request.unit_weights["A"] = "-2";
  EXPECT_EQ(
      AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request).error().field,
      "units.A.weight");
  request.unit_weights.clear();
  request.seats = 0;
  EXPECT_EQ(
      AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request).error().field,
      "seats");
  request.seats = 2;
  request.minimum = 1;  // three units need three seats
  EXPECT_EQ(
      AllocateDelegates(store, ::daihoi::app::Actor::CommandLine("test"), request).error().code,
      ErrorCode::kInvalidInput);
  EXPECT_TRUE(ListAllocations(store, ::daihoi::app::Actor::CommandLine("test"), "Q")->empty());
  EXPECT_EQ(ListAllocations(store, ::daihoi::app::Actor::CommandLine("test"), "NOPE").error().code,
            ErrorCode::kNotFound);
}

TEST(CompareAllocationMethods, PutsTheFourMethodsSideBySideAndMarksDifferences) {
  testing::FakeStore store;
  ASSERT_TRUE(store
                  .UpsertOrganizations(
                      {Org("Q", "", "district", std::nullopt), Org("A", "Q", "grassroots", 5000),
                       Org("B", "Q", "grassroots", 3000), Org("C", "Q", "grassroots", 1200),
                       Org("D", "Q", "grassroots", 800)})
                  .ok());
  AllocationRequest request;
  request.org_code = "Q";
  request.seats = 10;
  request.as_of = D("2025-03-01");
  auto comparison =
      CompareAllocationMethods(store, ::daihoi::app::Actor::CommandLine("test"), request);
  ASSERT_TRUE(comparison.ok()) << comparison.error().message;
  ASSERT_EQ(comparison->methods.size(), 4u);
  // Largest remainder: quotas 5, 3, 1.2, 0.8 → 5, 3, 1, 1. D'Hondt favours the largest:
  // 6, 3, 1, 0. Sainte-Laguë and Huntington–Hill: 5, 3, 1, 1.
  EXPECT_EQ(comparison->seats[0], (std::vector<int64_t>{5, 3, 1, 1}));
  EXPECT_EQ(comparison->seats[1], (std::vector<int64_t>{6, 3, 1, 0}));
  EXPECT_EQ(comparison->seats[2], (std::vector<int64_t>{5, 3, 1, 1}));
  EXPECT_EQ(comparison->seats[3], (std::vector<int64_t>{5, 3, 1, 1}));
  EXPECT_EQ(comparison->differs, (std::vector<bool>{true, false, false, true}));
  EXPECT_TRUE(comparison->inputs.method.empty());
  EXPECT_EQ(comparison->inputs.units[2].members, 1200);
}

TEST(ParseUint128, RoundTripsAndRejectsOverflow) {
  apportionment::Uint128 big = ~apportionment::Uint128{0};
  EXPECT_EQ(ParseUint128(ToDecimalString(big)), big);
  EXPECT_EQ(ParseUint128("340282366920938463463374607431768211456"), std::nullopt);
  EXPECT_EQ(ParseUint128("12a"), std::nullopt);
  EXPECT_EQ(ParseUint128(""), std::nullopt);
}

}  // namespace
}  // namespace daihoi::app
