#include "election/validity.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

Election Committee(int seats) {
  Election election;
  election.kind = ElectionKind::kCommittee;
  election.seats = seats;
  return election;
}

Ballot Struck(std::vector<int> struck) {
  Ballot ballot;
  ballot.form = Ballot::Form::kStruck;
  ballot.struck = std::move(struck);
  return ballot;
}

Ballot Marks(std::vector<CandidateMark> marks) {
  Ballot ballot;
  ballot.form = Ballot::Form::kMarks;
  ballot.marks = std::move(marks);
  return ballot;
}

const Profile kProfile = Party2024ForTest();

TEST(ValidityTest, StruckBallotLeavingSeatsOrFewerIsValid) {  // R-VALID
  const ListShape shape = ShapeOf(Committee(3), 4, kProfile);
  EXPECT_TRUE(shape.has_surplus);
  EXPECT_EQ(CheckBallot(Struck({0}), shape, kProfile), std::nullopt);
  EXPECT_EQ(CheckBallot(Struck({0, 1, 2}), shape, kProfile), std::nullopt);  // fewer is valid
  EXPECT_EQ(CheckBallot(Struck({}), shape, kProfile), InvalidReason::kTooMany);
  EXPECT_EQ(CheckBallot(Struck({0, 1, 2, 3}), shape, kProfile), InvalidReason::kNoneLeft);
}

TEST(ValidityTest, PrecedenceFirstReasonWins) {  // R-VALID order
  const ListShape shape = ShapeOf(Committee(3), 4, kProfile);
  Ballot ballot = Struck({});  // too many
  ballot.unofficial = true;
  ballot.marked = true;
  ballot.write_in = {"Trần Thị Bình"};
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), InvalidReason::kUnofficial);
  ballot.unofficial = false;
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), InvalidReason::kTooMany);
  ballot.struck = {0, 1, 2, 3};
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), InvalidReason::kNoneLeft);
  ballot.struck = {0};
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), InvalidReason::kWriteIn);
  ballot.write_in.clear();
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), InvalidReason::kMarked);
}

TEST(ValidityTest, InferredReasonsFollowTheProfile) {  // R-VALID 4–6 are (I) parameters
  Profile lenient = kProfile;
  lenient.write_in_invalid = false;
  lenient.marked_invalid = false;
  lenient.ambiguous_single_invalid = false;
  const ListShape shape = ShapeOf(Committee(3), 4, lenient);
  Ballot ballot = Struck({0});
  ballot.write_in = {"Lê Văn Cường"};
  ballot.marked = true;
  EXPECT_EQ(CheckBallot(ballot, shape, lenient), std::nullopt);
  const ListShape single = ShapeOf(Committee(1), 1, lenient);
  EXPECT_EQ(CheckBallot(Marks({}), single, lenient), std::nullopt);
}

TEST(ValidityTest, MarksFormOnMultiPersonListGivesNoVoteForBothOrNone) {  // R-VALID
  const ListShape shape = ShapeOf(Committee(3), 3, kProfile);
  EXPECT_FALSE(shape.has_surplus);
  Ballot ballot = Marks({{0, Mark::kAgree}, {1, Mark::kBoth}});  // candidate 2: none
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), std::nullopt);
  std::vector<int64_t> votes(3, 0);
  AddVotes(ballot, votes);
  EXPECT_EQ(votes, (std::vector<int64_t>{1, 0, 0}));
}

TEST(ValidityTest, OnePersonListBothOrNoneIsAmbiguous) {  // R-VALID 6, R-SECRETARY
  Election secretary;
  secretary.kind = ElectionKind::kSecretary;
  secretary.seats = 1;
  const ListShape shape = ShapeOf(secretary, 1, kProfile);
  EXPECT_TRUE(shape.one_person);
  EXPECT_EQ(CheckBallot(Marks({{0, Mark::kBoth}}), shape, kProfile),
            InvalidReason::kAmbiguousSingle);
  EXPECT_EQ(CheckBallot(Marks({{0, Mark::kNone}}), shape, kProfile),
            InvalidReason::kAmbiguousSingle);
  EXPECT_EQ(CheckBallot(Marks({}), shape, kProfile), InvalidReason::kAmbiguousSingle);
  EXPECT_EQ(CheckBallot(Marks({{0, Mark::kAgree}}), shape, kProfile), std::nullopt);
  EXPECT_EQ(CheckBallot(Marks({{0, Mark::kDisagree}}), shape, kProfile), std::nullopt);
}

TEST(ValidityTest, TooManyAgreeMarks) {  // R-VALID 2
  const ListShape shape = ShapeOf(Committee(2), 2, kProfile);
  Ballot ballot = Marks({{0, Mark::kAgree}, {1, Mark::kAgree}});
  EXPECT_EQ(CheckBallot(ballot, shape, kProfile), std::nullopt);
  const ListShape one_seat = ShapeOf(Committee(1), 2, kProfile);
  EXPECT_EQ(CheckBallot(ballot, one_seat, kProfile), InvalidReason::kTooMany);
}

TEST(ValidityTest, DelegatesBallotMayLeaveSeatsPlusAlternates) {  // R-DELEGATES (I)
  Election delegates;
  delegates.kind = ElectionKind::kDelegates;
  delegates.seats = 2;
  delegates.alternates = 1;
  const ListShape shape = ShapeOf(delegates, 4, kProfile);
  EXPECT_EQ(shape.max_names, 3);
  EXPECT_EQ(CheckBallot(Struck({0}), shape, kProfile), std::nullopt);
  Profile separate = kProfile;
  separate.delegates_ballot_includes_alternates = false;
  EXPECT_EQ(CheckBallot(Struck({0}), ShapeOf(delegates, 4, separate), separate),
            InvalidReason::kTooMany);
}

TEST(ValidityTest, StruckBallotVotesForEveryNameNotStruck) {  // R-BALLOT-FORM
  std::vector<int64_t> votes(4, 0);
  AddVotes(Struck({1, 3}), votes);
  EXPECT_EQ(votes, (std::vector<int64_t>{1, 0, 1, 0}));
}

}  // namespace
}  // namespace daihoi::election
