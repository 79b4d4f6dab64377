// The counting use cases over the in-memory stores: the list locked (R-SURPLUS, R-ORDER), ballots
// entered twice and reconciled, the round closed on the roll's convened count (R-THRESHOLD),
// re-votes and further rounds (R-TIE, R-ROUNDS), the ballot form (R-BALLOT-FORM) and the hash
// chain.
#include "app/counting.h"

#include <gtest/gtest.h>

#include "app/ballot.h"
#include "app/digest.h"
#include "app/fake_election_store_test.h"
#include "app/fake_store_test.h"
#include "election/test_profile.h"

namespace daihoi::app {
namespace {

using election::Ballot;
using election::CandidateMark;
using election::ElectionKind;
using election::EnteredBallot;
using election::Mark;

Date D(const char* text) { return *Date::Parse(text); }

org::Organization Org(std::string code, std::string parent, std::string name) {
  org::Organization organization;
  organization.code = std::move(code);
  organization.name = std::move(name);
  organization.level = parent.empty() ? "district" : "grassroots";
  organization.parent_code = std::move(parent);
  return organization;
}

planning::Congress Congress(std::string org_code, planning::CongressKind kind,
                            std::optional<Date> held) {
  planning::Congress congress;
  congress.org_code = std::move(org_code);
  congress.term = "2020-2025";
  congress.kind = kind;
  congress.held_start = held;
  congress.held_end = held;
  return congress;
}

Result<election::Profile> LoadTestProfile(const std::string& id) {
  if (id == "party-2024") return election::Party2024ForTest();
  return NotFound("no profile '" + id + "'");
}

EnteredBallot Struck(int64_t number, std::vector<int> struck) {
  EnteredBallot entry;
  entry.number = number;
  entry.ballot.form = Ballot::Form::kStruck;
  entry.ballot.struck = std::move(struck);
  return entry;
}

EnteredBallot Marks(int64_t number, std::vector<CandidateMark> marks) {
  EnteredBallot entry;
  entry.number = number;
  entry.ballot.form = Ballot::Form::kMarks;
  entry.ballot.marks = std::move(marks);
  return entry;
}

EnteredBallot Retracted(int64_t number) {
  EnteredBallot entry;
  entry.number = number;
  entry.retracted = true;
  return entry;
}

// Names whose given names sort as listed (R-ORDER: given name first).
const std::vector<std::string> kNames = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",  "Phạm Thị Dung", "Hoàng Văn Em",
    "Vũ Thị Giang",  "Đỗ Văn Hải",    "Bùi Thị Khánh", "Ngô Văn Lâm",   "Dương Thị Mai"};

// Q: a delegates' congress held 15/06/2020 with no roll recorded yet (the count takes the
// convened figure at close); R: a delegates' congress whose roll is in the product.
class CountingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store_
                    .UpsertOrganizations(
                        {Org("Q", "", "Đảng bộ quận Q"), Org("R", "", "Đảng bộ quận R"),
                         Org("RA", "R", "Đảng bộ phường RA"), Org("RB", "R", "Đảng bộ phường RB")})
                    .ok());
    ASSERT_TRUE(
        store_
            .UpsertCongresses({Congress("Q", planning::CongressKind::kDelegates, D("2020-06-15")),
                               Congress("R", planning::CongressKind::kDelegates, D("2020-06-15"))})
            .ok());
  }

  // A locked election of `candidates` names (c1, c2, … in ballot order); returns its first round.
  RoundRecord Locked(const CongressRef& congress, ElectionKind kind, int seats, int candidates,
                     int alternates = 0, int required_clerks = 2) {
    ElectionSetup setup;
    setup.kind = kind;
    setup.seats = seats;
    setup.alternates = alternates;
    setup.title = "Bầu cử thử";
    setup.required_clerks = required_clerks;
    setup.counting_committee = {"Nguyễn Văn Trưởng", "Lê Thị Phó"};
    auto id = CreateElection(ports_, ::daihoi::app::Actor::CommandLine("test"), congress, setup);
    EXPECT_TRUE(id.ok()) << id.error().Describe();
    election_id_ = *id;
    EXPECT_TRUE(SetCandidates(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_,
                              List(candidates))
                    .ok());
    auto locked = LockList(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_);
    EXPECT_TRUE(locked.ok()) << locked.error().Describe();
    auto view = ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_);
    EXPECT_TRUE(view.ok());
    EXPECT_EQ(view->rounds.size(), 1u);
    return view->rounds.back();
  }

  static std::vector<CandidateRecord> List(int count) {
    std::vector<CandidateRecord> list;
    for (int index = 0; index < count; ++index) {
      CandidateRecord candidate;
      candidate.id = "c" + std::to_string(index + 1);
      candidate.full_name = index < static_cast<int>(kNames.size())
                                ? kNames[static_cast<size_t>(index)]
                                : "Nguyễn Văn Z" + std::to_string(1000 + index);
      list.push_back(std::move(candidate));
    }
    return list;
  }

  // Both clerks enter the same ballots.
  void EnterTwice(int64_t round_id, const std::vector<EnteredBallot>& ballots) {
    for (const char* clerk : {"Trạm 1", "Trạm 2"}) {
      for (const EnteredBallot& ballot : ballots) {
        auto entered =
            EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round_id, clerk, ballot);
        ASSERT_TRUE(entered.ok()) << entered.error().Describe();
      }
    }
  }

  std::vector<std::string> Ids(const CountView& view, const std::vector<int>& indexes) {
    std::vector<std::string> ids;
    for (int index : indexes) ids.push_back(view.candidates[static_cast<size_t>(index)].id);
    return ids;
  }

  static CloseRequest Convened(int64_t convened) {
    CloseRequest request;
    request.convened = convened;
    return request;
  }

  testing::FakeStore store_;
  testing::FakeElectionStore elections_{store_};
  CountingPorts ports_{store_, elections_, LoadTestProfile};
  CongressRef q_{"Q", "2020-2025"};
  CongressRef r_{"R", "2020-2025"};
  int64_t election_id_ = 0;
};

TEST_F(CountingTest, DoubleEntryOfSixtyBallotsWithOneDisagreementCorrected) {
  // Committee of 5 among 6 (a 3–5 seat committee: surplus of one, R-SURPLUS).
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 5, 6);
  EXPECT_EQ(round.candidates, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  // Ballots 1–30 strike Giang, 31–50 Em, 51–60 Dung: An, Bình, Cường 60, Dung 50, Em 40,
  // Giang 30.
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= 60; ++number) {
    ballots.push_back(Struck(number, {number <= 30 ? 5 : number <= 50 ? 4 : 3}));
  }
  for (const EnteredBallot& ballot : ballots) {
    ASSERT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id,
                            "  Trạm   1 ", ballot)
                    .ok());
  }
  for (const EnteredBallot& ballot : ballots) {
    // The second clerk misreads ballot 17: An struck instead of Giang.
    EnteredBallot typed = ballot.number == 17 ? Struck(17, {0}) : ballot;
    ASSERT_TRUE(
        EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 2", typed)
            .ok());
  }

  auto count = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(count.ok()) << count.error().Describe();
  EXPECT_EQ(count->clerks, (std::vector<std::string>{"Trạm 1", "Trạm 2"}));
  EXPECT_EQ(count->entries_per_clerk, (std::vector<int64_t>{60, 60}));
  ASSERT_EQ(count->reconciliation.disagreements.size(), 1u);
  EXPECT_EQ(count->reconciliation.disagreements[0].number, 17);
  EXPECT_EQ(count->reconciliation.agreed.size(), 59u);
  EXPECT_FALSE(count->reconciliation.closable);
  EXPECT_FALSE(count->result.has_value());  // Q has no roll: the convened count is unknown
  EXPECT_TRUE(count->chain_ok);

  auto refused =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(70));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_NE(refused.error().message.find("17"), std::string::npos) << refused.error().message;

  // The correction is a later entry for the same number; nothing is rewritten.
  auto corrected = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id,
                               "Trạm 2", ballots[16]);
  ASSERT_TRUE(corrected.ok());
  EXPECT_EQ(corrected->seq, 121);
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(70));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_TRUE(closed->round.closed);
  EXPECT_EQ(closed->round.convened, 70);
  EXPECT_EQ(closed->round.chain_head, corrected->hash);
  EXPECT_EQ(closed->entries_per_clerk, (std::vector<int64_t>{60, 61}));
  ASSERT_TRUE(closed->result.has_value());
  const election::RoundResult& result = *closed->result;
  EXPECT_EQ(result.ballots.received, 60);
  EXPECT_EQ(result.ballots.valid, 60);
  EXPECT_EQ(result.threshold.denominator, 70);
  EXPECT_EQ(result.threshold.votes_needed, 36);
  EXPECT_EQ(Ids(*closed, result.elected), (std::vector<std::string>{"c1", "c2", "c3", "c4", "c5"}));
  EXPECT_EQ(result.candidates[5].votes, 30);
  EXPECT_EQ(result.next, election::NextStep::kNone);

  // Closed: frozen, and the count reads the same afterwards.
  auto late = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 1",
                          Struck(61, {5}));
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  auto again = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(again.ok());
  ASSERT_TRUE(again->result.has_value());
  EXPECT_EQ(again->result->elected, result.elected);
  auto chain = VerifyChain(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->entries, 121);
  EXPECT_EQ(chain->head, corrected->hash);
  EXPECT_FALSE(chain->first_bad_seq.has_value());
  EXPECT_EQ(
      OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, true).error().code,
      ErrorCode::kConflict);
  // The minutes name the counting committee: fixed once a round is closed.
  EXPECT_EQ(SetCountingCommittee(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_,
                                 {"Ai Đó"})
                .error()
                .code,
            ErrorCode::kConflict);
}

TEST_F(CountingTest, ClosingWaitsForEveryBallotFromEveryClerk) {
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 5, 6);
  auto none = CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  EXPECT_EQ(none.error().code, ErrorCode::kConflict);

  for (int number = 1; number <= 3; ++number) {
    ASSERT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 1",
                            Struck(number, {5}))
                    .ok());
  }
  // One clerk alone: every ballot is pending (double entry needs two).
  auto alone =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_FALSE(alone.ok());
  EXPECT_EQ(alone.error().code, ErrorCode::kConflict);
  EXPECT_NE(alone.error().message.find("1, 2, 3"), std::string::npos) << alone.error().message;

  for (int number = 1; number <= 2; ++number) {
    ASSERT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 2",
                            Struck(number, {5}))
                    .ok());
  }
  auto pending =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_FALSE(pending.ok());
  EXPECT_EQ(pending.error().code, ErrorCode::kConflict);
  EXPECT_NE(pending.error().message.find("số 3"), std::string::npos) << pending.error().message;
  auto count = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(count->reconciliation.pending, (std::vector<int64_t>{3}));

  // Number 3 was typed by mistake: the first clerk retracts it and the round can close.
  ASSERT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 1",
                          Retracted(3))
                  .ok());
  // A roll is not in the product for Q: the convened count must be given.
  auto no_base =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, CloseRequest{});
  EXPECT_EQ(no_base.error().field, "convened");
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_EQ(closed->result->ballots.received, 2);
  EXPECT_EQ(CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10))
                .error()
                .code,
            ErrorCode::kConflict);
}

TEST_F(CountingTest, BaDinhCommitteeListPassesSurplusAndAnOverlongOneIsRefused) {  // R-SURPLUS
  // 41 seats, 47 candidates: 14.63%.
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 41, 47);
  EXPECT_EQ(round.seats, 41);
  EXPECT_EQ(round.candidates.size(), 47u);
  auto view = ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_);
  ASSERT_TRUE(view.ok());
  // Stored in ballot order (R-ORDER: given name first), with the digest of that order.
  ASSERT_EQ(view->candidates.size(), 47u);
  EXPECT_EQ(view->candidates[0].full_name, "Nguyễn Văn An");
  EXPECT_EQ(view->candidates.back().full_name, "Nguyễn Văn Z1046");
  std::vector<election::Candidate> ordered;
  for (const CandidateRecord& candidate : view->candidates) {
    ordered.push_back({candidate.id, candidate.full_name, candidate.birth_date});
  }
  election::Election values;
  values.kind = ElectionKind::kCommittee;
  values.seats = 41;
  EXPECT_EQ(view->election.list_digest,
            BallotListDigest(ElectionIdText(election_id_), values, ordered));
  EXPECT_EQ(LockList(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(SetCandidates(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_, List(47))
                .error()
                .code,
            ErrorCode::kConflict);

  // 41 seats, 60 candidates: 46.34%, more than 30%.
  ElectionSetup setup;
  setup.seats = 41;
  setup.title = "Bầu Ban Chấp hành Đảng bộ quận khóa XXVI";
  auto id = CreateElection(ports_, ::daihoi::app::Actor::CommandLine("test"), q_, setup);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(SetCandidates(ports_, ::daihoi::app::Actor::CommandLine("test"), *id, List(60)).ok());
  auto refused = LockList(ports_, ::daihoi::app::Actor::CommandLine("test"), *id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(refused.error().rule, "R-SURPLUS");
  auto unlocked = ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), *id);
  ASSERT_TRUE(unlocked.ok());
  EXPECT_TRUE(unlocked->election.list_digest.empty());
  EXPECT_TRUE(unlocked->rounds.empty());
  auto listed = ListElections(ports_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 2u);
}

TEST_F(CountingTest, TieAtTheLastSeatOpensAReVoteAmongTheTied) {  // R-TIE
  // Committee of 3 among 4; 10 ballots each striking one name: An 8, Bình 8, Cường 7, Dung 7.
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 3, 4);
  std::vector<EnteredBallot> ballots;
  const std::vector<int> struck = {0, 0, 1, 1, 2, 2, 2, 3, 3, 3};
  for (int number = 1; number <= 10; ++number) {
    ballots.push_back(Struck(number, {struck[static_cast<size_t>(number - 1)]}));
  }
  EnterTwice(round.id, ballots);
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  const election::RoundResult& first = *closed->result;
  EXPECT_EQ(Ids(*closed, first.elected), (std::vector<std::string>{"c1", "c2"}));
  EXPECT_EQ(Ids(*closed, first.tied), (std::vector<std::string>{"c3", "c4"}));
  EXPECT_EQ(first.next, election::NextStep::kRevoteTied);

  // Not a further round: no decision of the congress needed.
  auto revote = OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, false);
  ASSERT_TRUE(revote.ok()) << revote.error().Describe();
  EXPECT_EQ(revote->number, 2);
  EXPECT_EQ(revote->kind, RoundKind::kRevoteTied);
  EXPECT_EQ(revote->candidates, (std::vector<int>{2, 3}));
  EXPECT_EQ(revote->seats, 1);
  EXPECT_EQ(OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, false)
                .error()
                .code,
            ErrorCode::kConflict);

  // The re-vote's ballot lists Cường and Dung: positions 0 and 1 of this round's list.
  auto outside = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id,
                             "Trạm 1", Struck(1, {2}));
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(outside.error().field, "struck[0]");
  std::vector<EnteredBallot> second;
  for (int number = 1; number <= 10; ++number) {
    second.push_back(Struck(number, {number <= 6 ? 1 : 0}));  // Cường 6, Dung 4
  }
  EnterTwice(revote->id, second);
  auto decided =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id, Convened(10));
  ASSERT_TRUE(decided.ok()) << decided.error().Describe();
  EXPECT_EQ(Ids(*decided, decided->result->elected), (std::vector<std::string>{"c3"}));
  EXPECT_EQ(decided->result->next, election::NextStep::kNone);
  EXPECT_EQ(OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id, true)
                .error()
                .code,
            ErrorCode::kConflict);
}

TEST_F(CountingTest, StillTiedAfterAReVoteTheCongressDecides) {  // R-TIE
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 3, 4);
  std::vector<EnteredBallot> ballots;
  const std::vector<int> struck = {0, 0, 1, 1, 2, 2, 2, 3, 3, 3};
  for (int number = 1; number <= 10; ++number) {
    ballots.push_back(Struck(number, {struck[static_cast<size_t>(number - 1)]}));
  }
  EnterTwice(round.id, ballots);
  ASSERT_TRUE(
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10)).ok());
  auto revote = OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, false);
  ASSERT_TRUE(revote.ok());
  std::vector<EnteredBallot> even;
  for (int number = 1; number <= 14; ++number) even.push_back(Struck(number, {number % 2}));
  EnterTwice(revote->id, even);  // 7 each of 14, denominator 10: both pass, tied
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id, Convened(10));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_EQ(closed->result->next, election::NextStep::kRevoteTied);
  auto undecided =
      OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id, false);
  ASSERT_FALSE(undecided.ok());
  EXPECT_EQ(undecided.error().rule, "R-TIE");
  auto again = OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), revote->id, true);
  ASSERT_TRUE(again.ok()) << again.error().Describe();
  EXPECT_EQ(again->number, 3);
  EXPECT_EQ(again->candidates, (std::vector<int>{2, 3}));
}

TEST_F(CountingTest, UnfilledSeatsNeedTheCongressDecisionForAFurtherRound) {  // R-ROUNDS
  // Committee of 3 among 4: An and Bình on every ballot, Cường and Dung 5 each of 10.
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 3, 4);
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= 10; ++number) {
    ballots.push_back(Struck(number, {number <= 5 ? 2 : 3}));
  }
  EnterTwice(round.id, ballots);
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_EQ(closed->result->unfilled_seats, 1);
  EXPECT_EQ(closed->result->next, election::NextStep::kFurtherRound);

  auto undecided =
      OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, false);
  ASSERT_FALSE(undecided.ok());
  EXPECT_EQ(undecided.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(undecided.error().rule, "R-ROUNDS");
  auto further = OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, true);
  ASSERT_TRUE(further.ok()) << further.error().Describe();
  EXPECT_EQ(further->kind, RoundKind::kFurtherRound);
  EXPECT_EQ(further->candidates, (std::vector<int>{2, 3}));  // the elected do not stand again
  EXPECT_EQ(further->seats, 1);
}

TEST_F(CountingTest, DelegatesSecondRoundFollowsByRight) {  // R-ROUNDS, R-DELEGATES
  // 3 officials + 1 alternate from 5 names (25% over the 4 places): a ballot may leave 4
  // (party-2024), so the voter strikes.
  const RoundRecord round = Locked(q_, ElectionKind::kDelegates, 3, 5, 1);
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= 10; ++number) {
    // An, Bình, Cường 10; Dung and Em 5 each: the alternate place stays open.
    ballots.push_back(Struck(number, {number <= 5 ? 3 : 4}));
  }
  EnterTwice(round.id, ballots);
  auto closed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_EQ(Ids(*closed, closed->result->elected), (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_EQ(closed->result->unfilled_alternates, 1);
  EXPECT_EQ(closed->result->next, election::NextStep::kFurtherRound);
  // The second round of a delegates election needs no vote of the congress.
  auto second = OpenNextRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, false);
  ASSERT_TRUE(second.ok()) << second.error().Describe();
  EXPECT_EQ(second->kind, RoundKind::kFurtherRound);
  EXPECT_EQ(second->seats, 0);
  EXPECT_EQ(second->alternates, 1);
  EXPECT_EQ(second->candidates, (std::vector<int>{3, 4}));
  // Two names for the one alternate place: struck form; the place filled is an alternate's.
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), second->id, "Trạm 1",
                        Marks(1, {{0, Mark::kAgree}}))
                .error()
                .field,
            "marks");
  std::vector<EnteredBallot> votes;
  for (int number = 1; number <= 10; ++number) {
    votes.push_back(Struck(number, {number <= 3 ? 1 : 0}));  // Dung 3, Em 7
  }
  EnterTwice(second->id, votes);
  auto filled =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), second->id, Convened(10));
  ASSERT_TRUE(filled.ok()) << filled.error().Describe();
  EXPECT_TRUE(filled->result->elected.empty());
  EXPECT_EQ(Ids(*filled, filled->result->alternates), (std::vector<std::string>{"c5"}));
  EXPECT_EQ(filled->result->candidates[1].status, election::CandidateStatus::kAlternate);
  EXPECT_EQ(filled->result->unfilled_seats, 0);
  EXPECT_EQ(filled->result->next, election::NextStep::kNone);
}

TEST_F(CountingTest, EachListTakesItsOwnBallotForm) {  // R-BALLOT-FORM
  // A secretary elected among one: agree / disagree boxes, no striking.
  const RoundRecord secretary = Locked(q_, ElectionKind::kSecretary, 1, 1);
  auto struck = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), secretary.id,
                            "Trạm 1", Struck(1, {}));
  ASSERT_FALSE(struck.ok());
  EXPECT_EQ(struck.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(struck.error().field, "struck");
  auto outside = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), secretary.id,
                             "Trạm 1", Marks(1, {{1, Mark::kAgree}}));
  EXPECT_EQ(outside.error().field, "marks[0]");
  auto twice = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), secretary.id,
                           "Trạm 1", Marks(1, {{0, Mark::kAgree}, {0, Mark::kDisagree}}));
  EXPECT_EQ(twice.error().field, "marks[1]");
  auto agree = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), secretary.id,
                           "Trạm 1", Marks(1, {{0, Mark::kAgree}}));
  ASSERT_TRUE(agree.ok()) << agree.error().Describe();
  EXPECT_EQ(agree->payload, "K:0=a");
  EXPECT_EQ(agree->seq, 1);
  EXPECT_EQ(agree->prev_hash, GenesisHash(secretary.id));
  EXPECT_EQ(agree->hash, EntryHash(*agree));

  // A list with a surplus is struck, never marked.
  const RoundRecord committee = Locked(q_, ElectionKind::kCommittee, 5, 6);
  auto marks = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id,
                           "Trạm 1", Marks(1, {{0, Mark::kAgree}}));
  EXPECT_EQ(marks.error().field, "marks");
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id, "Trạm 1",
                        Struck(1, {6}))
                .error()
                .field,
            "struck[0]");
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id, "Trạm 1",
                        Struck(0, {1}))
                .error()
                .field,
            "number");
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id, " ",
                        Struck(1, {1}))
                .error()
                .field,
            "clerk");
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id,
                        std::string(65, 'x'), Struck(1, {1}))
                .error()
                .field,
            "clerk");
  EXPECT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), committee.id,
                          std::string(64, 'x'), Struck(1, {1}))
                  .ok());
  EXPECT_EQ(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), 999999, "Trạm 1",
                        Struck(1, {1}))
                .error()
                .code,
            ErrorCode::kNotFound);
}

TEST_F(CountingTest, ScannedBallotMustBeThisElectionsCurrentList) {
  const RoundRecord other = Locked(q_, ElectionKind::kCommittee, 5, 6);
  const int64_t other_id = election_id_;
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 5, 6);
  auto view = ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), election_id_);
  ASSERT_TRUE(view.ok());
  const std::string digest = view->election.list_digest;
  const std::string own = BallotQrPayload(ElectionIdText(election_id_), digest);
  auto other_view = ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), other_id);
  ASSERT_TRUE(other_view.ok());
  const std::string foreign =
      BallotQrPayload(ElectionIdText(other_id), other_view->election.list_digest);
  // The same id with the digest of a list printed before the current one.
  const std::string older = BallotQrPayload(ElectionIdText(election_id_), std::string(64, '0'));

  struct Refused {
    std::string scanned;
    std::string why;
  };
  for (const Refused& refused :
       {Refused{foreign, "cuộc bầu cử khác"}, Refused{older, "danh sách cũ"},
        Refused{"DAIHOI-BALLOT/1/", "không đọc được"}, Refused{"8935049501234", "không đọc được"},
        Refused{own + "/x", "không đọc được"}, Refused{"", "không đọc được"}}) {
    for (const EnteredBallot& entry : {Struck(1, {5}), Retracted(1)}) {
      auto entered = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id,
                                 "Trạm 1", entry, refused.scanned);
      ASSERT_FALSE(entered.ok()) << refused.scanned;
      EXPECT_EQ(entered.error().code, ErrorCode::kInvalidInput);
      EXPECT_EQ(entered.error().field, "qr");
      EXPECT_NE(entered.error().message.find(refused.why), std::string::npos)
          << entered.error().message;
    }
  }
  auto chain = VerifyChain(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->entries, 0);  // nothing refused was appended

  // The election's own payload (as a scanner types it, with the Enter) is accepted; so is an
  // entry with nothing scanned.
  auto scanned = EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, "Trạm 1",
                             Struck(1, {5}), own + "\r\n");
  ASSERT_TRUE(scanned.ok()) << scanned.error().Describe();
  EXPECT_EQ(scanned->payload, EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"),
                                          round.id, "Trạm 2", Struck(1, {5}))
                                  ->payload);
  // The other election takes its own ballots.
  EXPECT_TRUE(EnterBallot(ports_, ::daihoi::app::Actor::CommandLine("test"), other.id, "Trạm 1",
                          Struck(1, {5}), foreign)
                  .ok());
  EXPECT_EQ(VerifyChain(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id)->entries, 2);
}

TEST_F(CountingTest, ChainVerificationFindsATamperedEntry) {
  const RoundRecord round = Locked(q_, ElectionKind::kCommittee, 5, 6);
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= 3; ++number) ballots.push_back(Struck(number, {5}));
  EnterTwice(round.id, ballots);
  auto intact = VerifyChain(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(intact.ok());
  EXPECT_EQ(intact->entries, 6);
  EXPECT_FALSE(intact->first_bad_seq.has_value());

  // Someone with access to the database changes the fourth entry's ballot: Giang kept, An struck.
  elections_.MutableEntries(round.id)[3].payload = "S:0";
  auto broken = VerifyChain(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(broken.ok());
  EXPECT_EQ(broken->first_bad_seq, 4);
  auto count = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(count.ok());
  EXPECT_FALSE(count->chain_ok);
  auto refused =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(10));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_NE(refused.error().message.find("4"), std::string::npos);
}

TEST_F(CountingTest, ThresholdComesFromTheRollWithAnAbsentExOfficioMember) {  // R-THRESHOLD
  // R: two ex officio, three officials from RA and one from RB: 6 convened. One ex officio
  // member is absent for the whole congress: 5 (absent_committee_member).
  auto ex_officio =
      AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), r_,
                   {{"Ngô Văn Hai", "", "", std::nullopt}, {"Phan Thị Ba", "", "", std::nullopt}});
  ASSERT_TRUE(ex_officio.ok()) << ex_officio.error().Describe();
  DelegationInput ra;
  ra.unit_code = "RA";
  ra.officials = {{"Đinh Văn Một", "", "", std::nullopt},
                  {"Lý Thị Hai", "", "", std::nullopt},
                  {"Mai Văn Ba", "", "", std::nullopt}};
  ASSERT_TRUE(RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), r_, ra).ok());
  DelegationInput rb;
  rb.unit_code = "RB";
  rb.officials = {{"Cao Văn Bốn", "", "", std::nullopt}};
  ASSERT_TRUE(RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), r_, rb).ok());
  election::Absence absent;
  absent.person = std::to_string((*ex_officio)[0]);
  absent.session = 0;
  absent.reason = "Đi công tác";
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), r_, absent).ok());

  // Committee of 3 among 4; 5 ballots: An 5, Bình 5, Cường 3, Dung 2. Cường is elected on 5
  // (3 × 2 > 5) but would not be on the 6 convened.
  const RoundRecord round = Locked(r_, ElectionKind::kCommittee, 3, 4);
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= 5; ++number)
    ballots.push_back(Struck(number, {number <= 2 ? 2 : 3}));
  EnterTwice(round.id, ballots);
  auto open = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(open.ok()) << open.error().Describe();
  ASSERT_TRUE(open->result.has_value());
  EXPECT_EQ(open->result->threshold.convened, 6);
  EXPECT_EQ(open->result->threshold.excluded, 1);
  EXPECT_EQ(open->result->threshold.denominator, 5);

  // The roll decides: a convened count typed at close is refused.
  auto typed =
      CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, Convened(100));
  ASSERT_FALSE(typed.ok());
  EXPECT_EQ(typed.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(typed.error().field, "convened");
  CloseRequest request;
  request.issued = 6;
  auto closed = CloseRound(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id, request);
  ASSERT_TRUE(closed.ok()) << closed.error().Describe();
  EXPECT_EQ(closed->round.convened, 6);
  ASSERT_EQ(closed->round.exclusions.size(), 1u);
  EXPECT_EQ(closed->round.exclusions[0].reason, election::ExclusionReason::kAbsentCommitteeMember);
  EXPECT_EQ(closed->round.exclusions[0].count, 1);
  EXPECT_EQ(closed->round.issued, 6);
  EXPECT_EQ(closed->result->ballots.issued, 6);
  EXPECT_EQ(Ids(*closed, closed->result->elected), (std::vector<std::string>{"c1", "c2", "c3"}));

  // The snapshot is frozen: a later absence changes the roll, not the closed count.
  absent.person = std::to_string((*ex_officio)[1]);
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), r_, absent).ok());
  auto frozen = ShowCount(ports_, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(frozen.ok());
  EXPECT_EQ(frozen->result->threshold.denominator, 5);
}

TEST_F(CountingTest, CreateElectionNamesWhatIsWrong) {
  ElectionSetup setup;
  setup.seats = 5;
  setup.title = "Bầu Ban Chấp hành";
  EXPECT_TRUE(CreateElection(ports_, ::daihoi::app::Actor::CommandLine("test"), q_, setup).ok());
  auto field = [&](ElectionSetup changed, const CongressRef& congress) {
    auto id = CreateElection(ports_, ::daihoi::app::Actor::CommandLine("test"), congress, changed);
    return id.ok() ? std::string("ok") : id.error().field;
  };
  ElectionSetup bad = setup;
  bad.seats = 0;
  EXPECT_EQ(field(bad, q_), "seats");
  bad = setup;
  bad.alternates = 2;  // R-DELEGATES: only a delegates list elects alternates
  EXPECT_EQ(field(bad, q_), "alternates");
  bad.kind = ElectionKind::kDelegates;
  EXPECT_EQ(field(bad, q_), "ok");
  bad = setup;
  bad.title = "  ";
  EXPECT_EQ(field(bad, q_), "title");
  bad = setup;
  bad.profile = "party-1930";
  EXPECT_EQ(field(bad, q_), "profile");
  bad = setup;
  bad.required_clerks = 4;
  EXPECT_EQ(field(bad, q_), "required_clerks");
  bad = setup;
  bad.counting_committee = {"Nguyễn Văn An", " Nguyễn  Văn An"};
  EXPECT_EQ(field(bad, q_), "counting_committee[1]");
  EXPECT_EQ(field(setup, CongressRef{"Q", "2015-2020"}), "term");
  EXPECT_EQ(field(setup, CongressRef{"NOPE", "2020-2025"}), "code");

  auto id = CreateElection(ports_, ::daihoi::app::Actor::CommandLine("test"), q_, setup);
  ASSERT_TRUE(id.ok());
  std::vector<CandidateRecord> list = List(6);
  list[3].id = "c1";
  EXPECT_EQ(
      SetCandidates(ports_, ::daihoi::app::Actor::CommandLine("test"), *id, list).error().field,
      "candidates[3].id");
  list = List(6);
  list[2].full_name = " ";
  EXPECT_EQ(
      SetCandidates(ports_, ::daihoi::app::Actor::CommandLine("test"), *id, list).error().field,
      "candidates[2].full_name");
  EXPECT_TRUE(SetCountingCommittee(ports_, ::daihoi::app::Actor::CommandLine("test"), *id,
                                   {"Trần Văn Trưởng", "Lê Thị Phó"})
                  .ok());
  EXPECT_EQ(SetCountingCommittee(ports_, ::daihoi::app::Actor::CommandLine("test"), *id, {""})
                .error()
                .field,
            "members[0]");
  EXPECT_EQ(ShowElection(ports_, ::daihoi::app::Actor::CommandLine("test"), 424242).error().code,
            ErrorCode::kNotFound);
}

TEST(EntryHashTest, CoversEveryFieldAndThePredecessor) {
  BallotEntryRecord entry;
  entry.round_id = 7;
  entry.seq = 2;
  entry.clerk = "Trạm 1";
  entry.number = 12;
  entry.payload = "S:1,3";
  entry.entered_at = "2020-06-15T08:00:00.123Z";
  entry.prev_hash = GenesisHash(7);
  EXPECT_EQ(GenesisHash(7), Sha256Hex("daihoi-round:7"));
  const std::string hash = EntryHash(entry);
  // Version 1 of the canonical text, pinned: a stored chain must verify forever.
  EXPECT_EQ(hash, Sha256Hex("daihoi-entry/1\nprev=" + GenesisHash(7) +
                            "\nround=7\nseq=2\nclerk=Trạm 1\nnumber=12\npayload=S:1,3\n"
                            "entered_at=2020-06-15T08:00:00.123Z\n"));
  BallotEntryRecord escaped = entry;
  escaped.payload = "S:1|W:a\\b|U";
  EXPECT_EQ(EntryHash(escaped),
            Sha256Hex("daihoi-entry/1\nprev=" + GenesisHash(7) +
                      "\nround=7\nseq=2\nclerk=Trạm 1\nnumber=12\npayload=S:1\\|W:a\\\\b\\|U\n"
                      "entered_at=2020-06-15T08:00:00.123Z\n"));
  auto changed = [&](auto change) {
    BallotEntryRecord copy = entry;
    change(copy);
    return EntryHash(copy) != hash;
  };
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.round_id = 8; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.seq = 3; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.clerk = "Trạm 2"; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.number = 13; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.payload = "S:1"; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.entered_at = "2020-06-15T08:00:00.124Z"; }));
  EXPECT_TRUE(changed([](BallotEntryRecord& e) { e.prev_hash = GenesisHash(8); }));
  // A value cannot forge the next line: the escaped line feed differs from a real one.
  BallotEntryRecord forged = entry;
  forged.clerk = "Trạm 1\nnumber=99";
  EXPECT_NE(EntryHash(forged), hash);
  EXPECT_FALSE(changed([](BallotEntryRecord& e) { e.hash = "ignored"; }));
}

}  // namespace
}  // namespace daihoi::app
