#include "election/results.h"

#include <gtest/gtest.h>

namespace daihoi::election {
namespace {

CandidateResult Votes(int candidate, int64_t votes, CandidateStatus status) {
  CandidateResult result;
  result.candidate = candidate;
  result.votes = votes;
  result.status = status;
  return result;
}

ClosedRound Round(int number, std::vector<int> positions, std::vector<int> elected,
                  std::vector<int> alternates, std::vector<int64_t> votes,
                  NextStep next = NextStep::kNone) {
  ClosedRound round;
  round.number = number;
  round.positions = std::move(positions);
  for (size_t index = 0; index < votes.size(); ++index) {
    round.result.candidates.push_back(
        Votes(static_cast<int>(index), votes[index], CandidateStatus::kNotElected));
  }
  round.result.elected = std::move(elected);
  round.result.alternates = std::move(alternates);
  round.result.next = next;
  return round;
}

Person P(std::string name, std::string gender, std::string birth, std::string member_id = "") {
  Person person;
  person.full_name = std::move(name);
  person.gender = std::move(gender);
  if (!birth.empty()) person.birth_date = Date::Parse(birth);
  person.member_id = std::move(member_id);
  return person;
}

TEST(BodyTest, TextRoundTripsAndDelegatesFillNoBody) {
  for (Body body : kAllBodies) EXPECT_EQ(ParseBody(ToString(body)), body);
  EXPECT_FALSE(ParseBody("delegates").has_value());
  EXPECT_EQ(BodyOf(ElectionKind::kInspection), Body::kInspectionCommission);
  EXPECT_EQ(ToString(Body::kInspectionCommission), std::string("inspection"));
  EXPECT_FALSE(BodyOf(ElectionKind::kDelegates).has_value());
  EXPECT_EQ(ParseCapacity("alternate"), Capacity::kAlternate);
  EXPECT_FALSE(ParseCapacity("deputy").has_value());
}

TEST(ElectedFromRoundsTest, RanksByVotesWithinARoundAndEarlierRoundsFirst) {  // R-RANK
  // Round 1 (positions 0..4): elected 3 then 0 (by votes), one seat unfilled.
  // Round 2 among positions 1, 2, 4: elected position 4.
  std::vector<ClosedRound> rounds = {
      Round(1, {0, 1, 2, 3, 4}, {3, 0}, {}, {70, 40, 30, 90, 20}, NextStep::kFurtherRound),
      Round(2, {1, 2, 4}, {2}, {}, {30, 20, 65})};
  auto elected = ElectedFromRounds(rounds);
  ASSERT_EQ(elected.size(), 3u);
  EXPECT_EQ(elected[0].position, 3);
  EXPECT_EQ(elected[0].rank, 1);
  EXPECT_EQ(elected[0].votes, 90);
  EXPECT_EQ(elected[1].position, 0);
  EXPECT_EQ(elected[1].rank, 2);
  EXPECT_EQ(elected[2].position, 4);
  EXPECT_EQ(elected[2].rank, 3);
  EXPECT_EQ(elected[2].round, 2);
  EXPECT_EQ(elected[2].votes, 65);
}

TEST(ElectedFromRoundsTest, DelegatesOfficialsThenAlternatesEachRanked) {  // R-DELEGATES
  std::vector<ClosedRound> rounds = {
      Round(1, {0, 1, 2, 3}, {1, 0}, {3}, {60, 80, 10, 55}, NextStep::kFurtherRound),
      Round(2, {2}, {}, {0}, {51})};
  auto elected = ElectedFromRounds(rounds);
  ASSERT_EQ(elected.size(), 4u);
  EXPECT_EQ(elected[0].position, 1);
  EXPECT_EQ(elected[0].capacity, Capacity::kOfficial);
  EXPECT_EQ(elected[1].position, 0);
  EXPECT_EQ(elected[2].position, 3);
  EXPECT_EQ(elected[2].capacity, Capacity::kAlternate);
  EXPECT_EQ(elected[2].rank, 1);
  EXPECT_EQ(elected[3].position, 2);
  EXPECT_EQ(elected[3].capacity, Capacity::kAlternate);
  EXPECT_EQ(elected[3].rank, 2);
}

TEST(CheckFinishedTest, RefusesOpenRoundsTiesAndUnfilledSeatsWithoutTheCongress) {  // R-TIE
  EXPECT_EQ(CheckFinished({}, false, false).error().code, ErrorCode::kConflict);
  std::vector<ClosedRound> done = {Round(1, {0, 1}, {0}, {}, {9, 1})};
  EXPECT_TRUE(CheckFinished(done, false, false).ok());
  EXPECT_EQ(CheckFinished(done, true, false).error().code, ErrorCode::kConflict);

  std::vector<ClosedRound> tied = {Round(1, {0, 1}, {}, {}, {5, 5}, NextStep::kRevoteTied)};
  auto tie = CheckFinished(tied, false, true);  // accepting unfilled seats does not settle a tie
  ASSERT_FALSE(tie.ok());
  EXPECT_NE(tie.error().message.find("R-TIE"), std::string::npos);

  std::vector<ClosedRound> unfilled = {Round(1, {0, 1}, {0}, {}, {9, 1}, NextStep::kFurtherRound)};
  unfilled[0].result.unfilled_seats = 1;
  auto further = CheckFinished(unfilled, false, false);  // R-ROUNDS
  ASSERT_FALSE(further.ok());
  EXPECT_NE(further.error().message.find("R-ROUNDS"), std::string::npos);
  EXPECT_TRUE(CheckFinished(unfilled, false, true).ok());
}

TEST(SamePersonTest, MemberIdFirstThenNameAndBirthDate) {
  EXPECT_TRUE(SamePerson(P("Nguyễn Văn An", "", "", "M1"), P("Nguyễn Văn Ân", "", "", "M1")));
  EXPECT_FALSE(SamePerson(P("Nguyễn Văn An", "", "", "M1"), P("Nguyễn Văn An", "", "", "M2")));
  EXPECT_TRUE(
      SamePerson(P("Nguyễn Văn An", "", "1970-01-01"), P("Nguyễn Văn An", "", "1970-01-01")));
  EXPECT_FALSE(
      SamePerson(P("Nguyễn Văn An", "", "1970-01-01"), P("Nguyễn Văn An", "", "1971-01-01")));
  EXPECT_TRUE(SamePerson(P("Nguyễn Văn An", "", ""), P("Nguyễn Văn An", "", "1971-01-01")));
}

TEST(AgeTest, WholeYearsAndBandEdges) {  // R-STRUCTURE
  const auto on = Date::Parse("2025-06-15");
  EXPECT_EQ(AgeOn(*Date::Parse("1985-06-15"), *on), 40);
  EXPECT_EQ(AgeOn(*Date::Parse("1985-06-16"), *on), 39);
  EXPECT_EQ(AgeBandOf(Date::Parse("1985-06-16"), on), AgeBand::kUnder40);
  EXPECT_EQ(AgeBandOf(Date::Parse("1985-06-15"), on), AgeBand::kFrom40To50);
  EXPECT_EQ(AgeBandOf(Date::Parse("1975-01-01"), on), AgeBand::kFrom40To50);  // 50
  EXPECT_EQ(AgeBandOf(Date::Parse("1974-06-15"), on), AgeBand::kOver50);      // 51
  EXPECT_EQ(AgeBandOf(std::nullopt, on), AgeBand::kUnknown);
  EXPECT_EQ(AgeBandOf(Date::Parse("1974-06-15"), std::nullopt), AgeBand::kUnknown);
}

TEST(StatsTest, CountsWomenAgeBandsAndHistory) {  // R-STRUCTURE
  std::vector<Person> body = {P("A", "female", "1990-01-01", "M1"), P("B", "male", "1980-01-01"),
                              P("C", "male", "1960-01-01", "M3"), P("D", "female", "")};
  std::vector<Person> previous = {P("X", "male", "", "M1"), P("C", "male", "1960-01-01", "M3")};
  BodyStats stats = StatsOf(body, previous, Date::Parse("2025-06-15"));
  EXPECT_EQ(stats.size, 4);
  EXPECT_EQ(stats.women, 2);
  EXPECT_EQ(stats.under_40, 1);
  EXPECT_EQ(stats.from_40_to_50, 1);
  EXPECT_EQ(stats.over_50, 1);
  EXPECT_EQ(stats.age_unknown, 1);
  EXPECT_EQ(stats.re_elected, 2);
  EXPECT_EQ(stats.first_time, 2);
  EXPECT_EQ(stats.history_unknown, 0);

  BodyStats unknown = StatsOf(body, std::nullopt, Date::Parse("2025-06-15"));
  EXPECT_EQ(unknown.history_unknown, 4);
  EXPECT_EQ(unknown.first_time + unknown.re_elected, 0);
}

TEST(PercentTest, TwoDecimalsHalfUp) {
  EXPECT_EQ(PercentOf(1, 3), 3333);
  EXPECT_EQ(PercentOf(2, 3), 6667);
  EXPECT_EQ(PercentOf(1, 8), 1250);
  EXPECT_EQ(PercentOf(6, 41), 1463);
  EXPECT_EQ(PercentOf(0, 0), 0);
}

TEST(RollUpTest, SumsPerLevelTopFirstAndCountsOrganizationsWithoutABody) {
  BodyStats five;
  five.size = 5;
  five.women = 1;
  BodyStats seven;
  seven.size = 7;
  seven.women = 3;
  std::vector<OrgBodyStats> orgs = {{"C1", "cell", 5, five},
                                    {"G1", "grassroots", 3, seven},
                                    {"G2", "grassroots", 3, five},
                                    {"G3", "grassroots", 3, std::nullopt},
                                    {"D", "district", 2, seven}};
  auto levels = RollUp(orgs);
  ASSERT_EQ(levels.size(), 3u);
  EXPECT_EQ(levels[0].level, "district");
  EXPECT_EQ(levels[1].level, "grassroots");
  EXPECT_EQ(levels[1].organizations, 3);
  EXPECT_EQ(levels[1].with_body, 2);
  EXPECT_EQ(levels[1].stats.size, 12);
  EXPECT_EQ(levels[1].stats.women, 4);
  EXPECT_EQ(levels[2].level, "cell");
}

TEST(StructureTest, TargetsAreWarningsOnlyWhenSet) {  // R-STRUCTURE
  BodyStats stats;
  stats.size = 8;
  stats.women = 1;          // 12.50%
  stats.under_40 = 1;       // 12.50%
  stats.from_40_to_50 = 5;  // 62.50%
  EXPECT_TRUE(CheckStructure(stats, {}).empty());
  StructureTargets targets;
  targets.women_min = 1500;
  targets.under_40_min = 1000;
  targets.from_40_to_50_max = 5000;
  auto warnings = CheckStructure(stats, targets);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].measure, "women");
  EXPECT_EQ(warnings[0].actual, 1250);
  EXPECT_EQ(warnings[0].message, "Tỷ lệ nữ 12,50% thấp hơn mục tiêu 15,00% (R-STRUCTURE)");
  EXPECT_EQ(warnings[1].measure, "from_40_to_50");
}

}  // namespace
}  // namespace daihoi::election
