// PrepareBallot: R-ORDER, R-SURPLUS, R-BALLOT-FORM and the QR payload of a printed ballot.
#include <gtest/gtest.h>

#include "app/ballot.h"
#include "app/digest.h"
#include "election/test_profile.h"

namespace daihoi::app {
namespace {

using election::Candidate;
using election::ElectionKind;

election::Election Make(ElectionKind kind, int seats, int alternates = 0) {
  election::Election election;
  election.kind = kind;
  election.seats = seats;
  election.alternates = alternates;
  return election;
}

std::vector<Candidate> Five() {
  return {{"c1", "Trần Thị Bình", Date::Parse("1980-11-20")},
          {"c2", "Nguyễn Văn An", Date::Parse("1975-03-02")},
          {"c3", "Lê Văn Cường", Date::Parse("1969-01-15")},
          {"c4", "Phạm Thị Dung", Date::Parse("1972-07-07")},
          {"c5", "Nguyễn Văn An", Date::Parse("1970-01-01")}};
}

TEST(PrepareBallotTest, OrdersNamesAndBindsTheDigest) {  // R-ORDER, R-BALLOT-FORM
  const auto profile = election::Party2024ForTest();
  auto content =
      PrepareBallot("BADINH-2020-BCH", Make(ElectionKind::kCommittee, 4), Five(), profile);
  ASSERT_TRUE(content.ok()) << content.error().message;
  std::vector<std::string> ids;
  for (const Candidate& candidate : content->candidates) ids.push_back(candidate.id);
  // Given name first (An, An, Bình, Cường, Dung); the two An by birth date, older first.
  EXPECT_EQ(ids, (std::vector<std::string>{"c5", "c2", "c1", "c3", "c4"}));
  EXPECT_TRUE(content->struck_form);
  EXPECT_EQ(content->max_names, 4);
  EXPECT_EQ(
      content->list_digest,
      BallotListDigest("BADINH-2020-BCH", Make(ElectionKind::kCommittee, 4), content->candidates));
  EXPECT_EQ(content->qr_payload, "DAIHOI-BALLOT/1/BADINH-2020-BCH/" + content->list_digest);
}

TEST(PrepareBallotTest, NoSurplusListTakesTheAgreeDisagreeForm) {  // R-BALLOT-FORM
  const auto profile = election::Party2024ForTest();
  auto secretary = PrepareBallot("E-BT", Make(ElectionKind::kSecretary, 1),
                                 {{"c1", "Nguyễn Văn An", std::nullopt}}, profile);
  ASSERT_TRUE(secretary.ok()) << secretary.error().message;
  EXPECT_FALSE(secretary->struck_form);
  EXPECT_EQ(secretary->max_names, 1);
  // Delegates (party-2024: one list for officials and alternates): 3 + 2 places, 5 names.
  auto delegates = PrepareBallot("E-DB", Make(ElectionKind::kDelegates, 3, 2), Five(), profile);
  ASSERT_TRUE(delegates.ok()) << delegates.error().message;
  EXPECT_FALSE(delegates->struck_form);
  EXPECT_EQ(delegates->max_names, 5);
}

TEST(PrepareBallotTest, RefusesAListThatBreaksRSurplus) {
  const auto profile = election::Party2024ForTest();
  auto no_surplus = PrepareBallot("E1", Make(ElectionKind::kCommittee, 5), Five(), profile);
  ASSERT_FALSE(no_surplus.ok());
  EXPECT_EQ(no_surplus.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(no_surplus.error().rule, "R-SURPLUS");
  // 3–5 seats: a surplus of at most one person.
  auto too_many = PrepareBallot("E1", Make(ElectionKind::kCommittee, 3), Five(), profile);
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.error().rule, "R-SURPLUS");
}

TEST(PrepareBallotTest, RefusesBadIdsAndEmptyLists) {
  const auto profile = election::Party2024ForTest();
  for (const std::string& id :
       std::vector<std::string>{"", "a/b", "có dấu", std::string(65, 'x')}) {
    auto content = PrepareBallot(id, Make(ElectionKind::kSecretary, 1),
                                 {{"c1", "Nguyễn Văn An", std::nullopt}}, profile);
    ASSERT_FALSE(content.ok()) << id;
    EXPECT_EQ(content.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(content.error().field, "election.id");
  }
  auto empty = PrepareBallot("E1", Make(ElectionKind::kSecretary, 1), {}, profile);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "candidates");
}

}  // namespace
}  // namespace daihoi::app
