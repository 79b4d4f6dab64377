// Independent entry and reconciliation of a count (election/counting.h).
#include "election/counting.h"

#include <gtest/gtest.h>

#include <random>

namespace daihoi::election {
namespace {

EnteredBallot Struck(int64_t number, std::vector<int> struck) {
  EnteredBallot entry;
  entry.number = number;
  entry.ballot.struck = std::move(struck);
  return entry;
}

EnteredBallot Retract(int64_t number) {
  EnteredBallot entry;
  entry.number = number;
  entry.retracted = true;
  return entry;
}

TEST(EncodeEntry, IsCanonicalWhateverOrderTheNamesWereTyped) {
  EXPECT_EQ(EncodeEntry(Struck(1, {7, 0, 3})), "S:0,3,7");
  EXPECT_EQ(EncodeEntry(Struck(1, {3, 7, 0})), EncodeEntry(Struck(1, {0, 3, 7})));
  EXPECT_EQ(EncodeEntry(Struck(1, {})), "S:");
  EXPECT_EQ(EncodeEntry(Retract(4)), "X");
}

TEST(EncodeEntry, MarksLeaveOutNoneAndFlagsFollow) {
  EnteredBallot entry;
  entry.number = 2;
  entry.ballot.form = Ballot::Form::kMarks;
  entry.ballot.marks = {{2, Mark::kBoth}, {0, Mark::kAgree}, {1, Mark::kNone}};
  entry.ballot.unofficial = true;
  entry.ballot.marked = true;
  entry.ballot.write_in = {"Trần Thị Bình", "Lê | Văn; An"};
  EXPECT_EQ(EncodeEntry(entry), "K:0=a,2=b|W:Lê %7C Văn%3B An;Trần Thị Bình|U|M");
}

TEST(DecodeEntry, RoundTripsEveryForm) {
  EnteredBallot marks;
  marks.number = 9;
  marks.ballot.form = Ballot::Form::kMarks;
  marks.ballot.marks = {{0, Mark::kDisagree}, {3, Mark::kAgree}};
  marks.ballot.write_in = {"A=B:C,D%"};
  marks.ballot.marked = true;
  for (const EnteredBallot& entry : {Struck(1, {1, 4}), Struck(2, {}), Retract(3), marks}) {
    auto text = EncodeEntry(entry);
    auto back = DecodeEntry(text, entry.number, 5);
    ASSERT_TRUE(back.ok()) << text << ": " << back.error().message;
    EXPECT_EQ(EncodeEntry(*back), text);
    EXPECT_EQ(back->number, entry.number);
    EXPECT_EQ(back->retracted, entry.retracted);
  }
}

TEST(DecodeEntry, RefusesMalformedTextAndIndexesOffTheList) {
  for (const char* text :
       {"", "S:5", "S:1,1", "S:-1", "S:a", "K:0=z", "K:0", "S:|Q", "T:1", "S:|W:", "S:|W:%4"}) {
    auto entry = DecodeEntry(text, 1, 5);
    EXPECT_FALSE(entry.ok()) << text;
    if (!entry.ok()) {
      EXPECT_EQ(entry.error().code, ErrorCode::kInvalidInput);
    }
  }
}

TEST(Reconcile, DoubleEntryAgreesBallotByBallot) {
  ClerkLog a{"Máy 1", {Struck(1, {0}), Struck(2, {1, 2}), Struck(3, {})}};
  ClerkLog b{"Máy 2", {Struck(3, {}), Struck(2, {2, 1}), Struck(1, {0})}};
  auto r = Reconcile({a, b}, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->agreed, (std::vector<int64_t>{1, 2, 3}));
  EXPECT_TRUE(r->pending.empty());
  EXPECT_TRUE(r->disagreements.empty());
  EXPECT_EQ(r->ballots.size(), 3u);
  EXPECT_TRUE(r->closable);
}

TEST(Reconcile, ADisagreementShowsBothVersionsAndBlocksClosing) {
  ClerkLog a{"Máy 1", {Struck(1, {0}), Struck(2, {1})}};
  ClerkLog b{"Máy 2", {Struck(1, {0}), Struck(2, {3})}};
  auto r = Reconcile({a, b}, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->agreed, (std::vector<int64_t>{1}));
  ASSERT_EQ(r->disagreements.size(), 1u);
  EXPECT_EQ(r->disagreements[0].number, 2);
  ASSERT_EQ(r->disagreements[0].by_clerk.size(), 2u);
  EXPECT_EQ(r->disagreements[0].by_clerk[0]->struck, (std::vector<int>{1}));
  EXPECT_EQ(r->disagreements[0].by_clerk[1]->struck, (std::vector<int>{3}));
  EXPECT_FALSE(r->closable);
}

TEST(Reconcile, ALaterEntryCorrectsAndARetractionRemoves) {
  ClerkLog a{"Máy 1",
             {Struck(1, {0}), Struck(2, {1}), Struck(2, {3}), Struck(61, {}), Retract(61)}};
  ClerkLog b{"Máy 2", {Struck(1, {0}), Struck(2, {3})}};
  auto r = Reconcile({a, b}, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->agreed, (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(r->disagreements.empty());
  EXPECT_TRUE(r->pending.empty());
  EXPECT_TRUE(r->closable);
}

TEST(Reconcile, ABallotOnlyOneClerkHasIsPendingNotAgreed) {
  ClerkLog a{"Máy 1", {Struck(1, {0}), Struck(2, {1})}};
  ClerkLog b{"Máy 2", {Struck(1, {0})}};
  auto r = Reconcile({a, b}, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->agreed, (std::vector<int64_t>{1}));
  EXPECT_EQ(r->pending, (std::vector<int64_t>{2}));
  EXPECT_FALSE(r->closable);
}

TEST(Reconcile, TooFewClerksAgreeOnNothing) {
  ClerkLog a{"Máy 1", {Struck(1, {0})}};
  auto double_entry = Reconcile({a}, 2);
  ASSERT_TRUE(double_entry.ok());
  EXPECT_TRUE(double_entry->agreed.empty());
  EXPECT_EQ(double_entry->pending, (std::vector<int64_t>{1}));
  EXPECT_FALSE(double_entry->closable);
  auto single_entry = Reconcile({a}, 1);
  ASSERT_TRUE(single_entry.ok());
  EXPECT_TRUE(single_entry->closable);
  EXPECT_FALSE(Reconcile({}, 2)->closable);
}

TEST(Reconcile, TripleEntryNeedsAllThree) {
  ClerkLog a{"A", {Struck(1, {0})}};
  ClerkLog b{"B", {Struck(1, {0})}};
  ClerkLog c{"C", {Struck(1, {1})}};
  EXPECT_FALSE(Reconcile({a, b}, 3)->closable);
  auto r = Reconcile({a, b, c}, 3);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->disagreements.size(), 1u);
  EXPECT_FALSE(r->closable);
}

TEST(Reconcile, RefusesARepeatedClerkABadNumberOrRequirement) {
  ClerkLog a{"A", {Struck(1, {0})}};
  EXPECT_EQ(Reconcile({a, a}, 2).error().field, "clerk");
  EXPECT_EQ(Reconcile({ClerkLog{"B", {Struck(0, {})}}}, 1).error().field, "number");
  EXPECT_EQ(Reconcile({a}, 0).error().field, "required_clerks");
}

// Property: however two clerks interleave and correct their typing, when their final versions
// are equal the reconciliation agrees on exactly those ballots, in number order.
TEST(Reconcile, AgreementDoesNotDependOnTypingOrderOrCorrections) {
  std::mt19937 rng(20200614);
  for (int trial = 0; trial < 200; ++trial) {
    const int ballots = 1 + static_cast<int>(rng() % 60);
    std::vector<EnteredBallot> truth;
    for (int n = 1; n <= ballots; ++n) {
      std::vector<int> struck;
      for (int c = 0; c < 8; ++c) {
        if (rng() % 3 == 0) struck.push_back(c);
      }
      truth.push_back(Struck(n, struck));
    }
    auto typed = [&](const char* clerk) {
      ClerkLog log{clerk, {}};
      std::vector<EnteredBallot> order = truth;
      std::shuffle(order.begin(), order.end(), rng);
      for (const auto& entry : order) {
        if (rng() % 5 == 0)
          log.entries.push_back(Struck(entry.number, {static_cast<int>(rng() % 8)}));
        log.entries.push_back(entry);
        if (rng() % 11 == 0) {
          log.entries.push_back(Struck(ballots + 1, {}));
          log.entries.push_back(Retract(ballots + 1));
        }
      }
      return log;
    };
    auto r = Reconcile({typed("A"), typed("B")}, 2);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->closable) << "trial " << trial;
    ASSERT_EQ(r->ballots.size(), truth.size());
    for (size_t i = 0; i < truth.size(); ++i) {
      EXPECT_EQ(r->agreed[i], static_cast<int64_t>(i + 1));
      EXPECT_EQ(EncodeEntry({0, r->ballots[i], false}), EncodeEntry(truth[i]));
    }
  }
}

}  // namespace
}  // namespace daihoi::election
