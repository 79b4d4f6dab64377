// R-ALLOCATION: the four methods, minimums, weights, ties, and properties on random inputs.
#include "apportionment/apportionment.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace daihoi::apportionment {
namespace {

Input Make(Method method, int64_t seats, std::vector<int64_t> members) {
  Input input;
  input.method = method;
  input.seats = seats;
  for (size_t i = 0; i < members.size(); ++i) {
    input.units.push_back({"u" + std::to_string(i + 1), "", members[i], std::nullopt, {1, 0}});
  }
  return input;
}

std::vector<int64_t> Seats(const Outcome& outcome) {
  std::vector<int64_t> out;
  for (const Allocation& a : outcome.allocations) out.push_back(a.seats);
  return out;
}

std::vector<int64_t> Allocate(Method method, int64_t seats, std::vector<int64_t> members) {
  auto outcome = Apportion(Make(method, seats, std::move(members)));
  EXPECT_TRUE(outcome.ok()) << outcome.error().Describe();
  return outcome.ok() ? Seats(*outcome) : std::vector<int64_t>{};
}

using V = std::vector<int64_t>;

TEST(ApportionTest, TextbookVectors) {
  // Largest remainder: 10 seats, Hare quota 10,000.
  EXPECT_EQ(Allocate(Method::kLargestRemainder, 10, {47000, 16000, 15800, 12000, 6100, 3100}),
            (V{5, 2, 1, 1, 1, 0}));
  EXPECT_EQ(Allocate(Method::kDHondt, 8, {100000, 80000, 30000, 20000}), (V{4, 3, 1, 0}));
  EXPECT_EQ(Allocate(Method::kSainteLague, 8, {100000, 80000, 30000, 20000}), (V{3, 3, 1, 1}));
  EXPECT_EQ(Allocate(Method::kDHondt, 7, {53000, 24000, 23000}), (V{4, 2, 1}));
  EXPECT_EQ(Allocate(Method::kSainteLague, 7, {53000, 24000, 23000}), (V{3, 2, 2}));
  // Huntington–Hill gives every unit with members its first seat before any second seat.
  EXPECT_EQ(Allocate(Method::kHuntingtonHill, 10, {5117, 4400, 162, 161}), (V{4, 4, 1, 1}));
  EXPECT_EQ(Allocate(Method::kSainteLague, 10, {5117, 4400, 162, 161}), (V{5, 5, 0, 0}));
}

TEST(ApportionTest, FourMethodsFourAnswers) {
  const V members{9061, 7179, 5259, 3319, 1182};
  EXPECT_EQ(Allocate(Method::kLargestRemainder, 26, members), (V{9, 7, 5, 4, 1}));
  EXPECT_EQ(Allocate(Method::kDHondt, 26, members), (V{10, 7, 5, 3, 1}));
  EXPECT_EQ(Allocate(Method::kSainteLague, 26, members), (V{9, 8, 5, 3, 1}));
  EXPECT_EQ(Allocate(Method::kHuntingtonHill, 26, members), (V{9, 7, 6, 3, 1}));
}

TEST(ApportionTest, AlabamaParadoxUnderLargestRemainder) {
  EXPECT_EQ(Allocate(Method::kLargestRemainder, 10, {6, 6, 2}), (V{4, 4, 2}));
  EXPECT_EQ(Allocate(Method::kLargestRemainder, 11, {6, 6, 2}), (V{5, 5, 1}));
}

TEST(ApportionTest, QuotaIsTheExactShareOfAllSeats) {
  auto outcome = Apportion(Make(Method::kLargestRemainder, 10, {6, 6, 2}));
  ASSERT_TRUE(outcome.ok());
  const Fraction& q = outcome->allocations[2].quota;  // 10 × 2 / 14
  EXPECT_EQ(Compare(q, {10, 7}), std::strong_ordering::equal);
  EXPECT_EQ(RoundHalfUpHundredths(q.num, q.den), 143u);
}

TEST(ApportionTest, MinimumsFixAndSetAsideUntilNoneFallsBelow) {
  // D'Hondt on 10 seats: 7, 2, 1, 0. With a minimum of 2 each, u3 and u4 are set aside at 2,
  // then 6 seats are shared by u1 and u2: 5, 1 — u2 falls below, is set aside; u1 takes 4.
  Input input = Make(Method::kDHondt, 10, {7000, 2000, 900, 100});
  input.minimum = 2;
  auto outcome = Apportion(input);
  ASSERT_TRUE(outcome.ok()) << outcome.error().Describe();
  EXPECT_EQ(Seats(*outcome), (V{4, 2, 2, 2}));
  EXPECT_FALSE(outcome->allocations[0].set_aside);
  EXPECT_TRUE(outcome->allocations[1].set_aside);
  EXPECT_TRUE(outcome->allocations[3].set_aside);
}

TEST(ApportionTest, PerUnitMinimumOverridesTheGlobalOne) {
  Input input = Make(Method::kLargestRemainder, 10, {900, 50, 50});
  input.minimum = 1;
  input.units[2].minimum = 0;
  auto outcome = Apportion(input);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(Seats(*outcome), (V{9, 1, 0}));
}

TEST(ApportionTest, WeightsMultiplyTheClaimExactly) {
  // Claims 100 × 1.5 = 150 and 150 × 1 = 150: a true tie, not a floating-point near miss;
  // the earlier unit wins by input order.
  Input input = Make(Method::kDHondt, 1, {100, 150});
  input.units[0].weight = *ParseDecimal("1.5");
  auto outcome = Apportion(input);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(Seats(*outcome), (V{1, 0}));
  ASSERT_EQ(outcome->ties.size(), 1u);
  EXPECT_EQ(outcome->ties[0].reason, TieReason::kInputOrder);
  EXPECT_EQ(outcome->ties[0].winner, "u1");
  EXPECT_EQ(outcome->ties[0].units, (std::vector<std::string>{"u1", "u2"}));

  // 0.1 × 3 is exactly 0.3: 30 members × 0.1 ties 10 members × 0.3.
  Input tenths = Make(Method::kSainteLague, 1, {30, 10});
  tenths.units[0].weight = *ParseDecimal("0.1");
  tenths.units[1].weight = *ParseDecimal("0.3");
  auto t = Apportion(tenths);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->ties.size(), 1u);
  EXPECT_EQ(t->ties[0].winner, "u1");
}

TEST(ApportionTest, TiesGoToTheLargerClaimThenInputOrder) {
  // D'Hondt, 3 seats: u1 (200) has priorities 200, 100; u2 (100) 100; u3 (100) 100.
  // Seat 2 and 3: three units at 100 for two seats: u1 (larger claim), then u2 (input order).
  auto outcome = Apportion(Make(Method::kDHondt, 3, {200, 100, 100}));
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(Seats(*outcome), (V{2, 1, 0}));
  ASSERT_EQ(outcome->ties.size(), 2u);
  EXPECT_EQ(outcome->ties[0].seat, 2);
  EXPECT_EQ(outcome->ties[0].winner, "u1");
  EXPECT_EQ(outcome->ties[0].reason, TieReason::kLargerClaim);
  EXPECT_EQ(outcome->ties[0].units, (std::vector<std::string>{"u1", "u2", "u3"}));
  EXPECT_EQ(outcome->ties[1].seat, 3);
  EXPECT_EQ(outcome->ties[1].winner, "u2");
  EXPECT_EQ(outcome->ties[1].reason, TieReason::kInputOrder);
  EXPECT_EQ(outcome->ties[1].units, (std::vector<std::string>{"u2", "u3"}));
}

TEST(ApportionTest, TiesThatDecideNothingAreNotListed) {
  // Equal remainders, and enough seats for both.
  auto outcome = Apportion(Make(Method::kLargestRemainder, 11, {6, 6, 2}));
  ASSERT_TRUE(outcome.ok());
  EXPECT_TRUE(outcome->ties.empty());
}

TEST(ApportionTest, LargestRemainderTieByRemainderThenClaim) {
  // 2 seats, claims 3, 3, 2 (total 8): quotas 0.75, 0.75, 0.5 → u1, u2.
  // 3 seats, claims 5, 1, 1, 1 (total 8): quotas 1.875, .375 ×3 → u1 2 and one of the three
  // tied at .375 by input order (equal claims).
  auto outcome = Apportion(Make(Method::kLargestRemainder, 3, {5, 1, 1, 1}));
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(Seats(*outcome), (V{2, 1, 0, 0}));
  ASSERT_EQ(outcome->ties.size(), 1u);
  EXPECT_EQ(outcome->ties[0].seat, 3);
  EXPECT_EQ(outcome->ties[0].winner, "u2");
  EXPECT_EQ(outcome->ties[0].reason, TieReason::kInputOrder);
}

TEST(ApportionTest, ImpossibleInputNamesTheField) {
  Input input = Make(Method::kLargestRemainder, 5, {10, 20, 30, -1});
  auto outcome = Apportion(input);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(outcome.error().field, "units[3].members");

  input = Make(Method::kLargestRemainder, 5, {10, 20, 30});
  input.minimum = 2;
  outcome = Apportion(input);
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().field, "units");

  input = Make(Method::kLargestRemainder, 5, {});
  EXPECT_EQ(Apportion(input).error().field, "units");

  input = Make(Method::kLargestRemainder, -1, {1});
  EXPECT_EQ(Apportion(input).error().field, "seats");

  input = Make(Method::kLargestRemainder, 1, {1, 2});
  input.units[1].id = "u1";
  EXPECT_EQ(Apportion(input).error().field, "units[1].id");

  input = Make(Method::kDHondt, 1, {0, 0});
  EXPECT_EQ(Apportion(input).error().field, "units");
}

TEST(ApportionTest, LargestNumbersStayExact) {
  // Claims near 10^18 (members 10^9 × weight 1000): Huntington–Hill squares them.
  Input input = Make(Method::kHuntingtonHill, kMaxSeats, {kMaxMembers, kMaxMembers - 1, 1});
  for (Unit& unit : input.units) unit.weight = *ParseDecimal("1000");
  auto outcome = Apportion(input);
  ASSERT_TRUE(outcome.ok());
  const V seats = Seats(*outcome);
  EXPECT_EQ(std::accumulate(seats.begin(), seats.end(), int64_t{0}), kMaxSeats);
  EXPECT_EQ(seats[2], 1);
  EXPECT_GE(seats[0], seats[1]);
}

// Properties on random inputs with a fixed seed.
class ApportionPropertyTest : public ::testing::TestWithParam<Method> {};

Input RandomInput(std::mt19937_64& rng, Method method) {
  std::uniform_int_distribution<int> units_dist(1, 12);
  std::uniform_int_distribution<int64_t> members_dist(0, 5000);
  std::uniform_int_distribution<int64_t> seats_dist(0, 120);
  std::vector<int64_t> members(static_cast<size_t>(units_dist(rng)));
  for (int64_t& m : members) m = members_dist(rng);
  members[0] += 1;  // a positive total claim
  return Make(method, seats_dist(rng), members);
}

TEST_P(ApportionPropertyTest, SeatsSumToTheTotalAndMinimumsHold) {
  std::mt19937_64 rng(20200519);
  std::uniform_int_distribution<int64_t> minimum_dist(0, 3);
  for (int trial = 0; trial < 400; ++trial) {
    Input input = RandomInput(rng, GetParam());
    int64_t minimums = 0;
    for (Unit& unit : input.units) {
      unit.minimum = minimum_dist(rng);
      minimums += *unit.minimum;
    }
    input.seats += minimums;  // always feasible
    auto outcome = Apportion(input);
    ASSERT_TRUE(outcome.ok()) << outcome.error().Describe();
    int64_t sum = 0;
    for (size_t i = 0; i < input.units.size(); ++i) {
      sum += outcome->allocations[i].seats;
      EXPECT_GE(outcome->allocations[i].seats, *input.units[i].minimum);
    }
    EXPECT_EQ(sum, input.seats);
  }
}

// Not largest remainder: it shows the Alabama paradox (see above).
class DivisorPropertyTest : public ::testing::TestWithParam<Method> {};

TEST_P(DivisorPropertyTest, HouseMonotone) {
  std::mt19937_64 rng(20250414);
  for (int trial = 0; trial < 200; ++trial) {
    Input input = RandomInput(rng, GetParam());
    auto smaller = Apportion(input);
    ++input.seats;
    auto larger = Apportion(input);
    ASSERT_TRUE(smaller.ok() && larger.ok());
    int64_t gained = 0;
    for (size_t i = 0; i < input.units.size(); ++i) {
      EXPECT_GE(larger->allocations[i].seats, smaller->allocations[i].seats);
      gained += larger->allocations[i].seats - smaller->allocations[i].seats;
    }
    EXPECT_EQ(gained, 1);
  }
}

TEST(ApportionProperty, LargestRemainderStaysWithinQuota) {
  std::mt19937_64 rng(19300);
  for (int trial = 0; trial < 400; ++trial) {
    Input input = RandomInput(rng, Method::kLargestRemainder);
    auto outcome = Apportion(input);
    ASSERT_TRUE(outcome.ok());
    for (const Allocation& a : outcome->allocations) {
      const Uint128 seats = static_cast<Uint128>(a.seats);
      EXPECT_LE(seats * a.quota.den, a.quota.num + a.quota.den - 1);  // seats ≤ ceil(quota)
      EXPECT_GE(seats * a.quota.den + a.quota.den - 1, a.quota.num);  // seats ≥ floor(quota)
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllMethods, ApportionPropertyTest,
                         ::testing::Values(Method::kLargestRemainder, Method::kDHondt,
                                           Method::kSainteLague, Method::kHuntingtonHill),
                         [](const auto& info) { return std::string(ToString(info.param)); });
INSTANTIATE_TEST_SUITE_P(DivisorMethods, DivisorPropertyTest,
                         ::testing::Values(Method::kDHondt, Method::kSainteLague,
                                           Method::kHuntingtonHill),
                         [](const auto& info) { return std::string(ToString(info.param)); });

}  // namespace
}  // namespace daihoi::apportionment
