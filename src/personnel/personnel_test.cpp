#include "personnel/personnel.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::personnel {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

MemberPosition Held(std::string kind, std::string organization, std::optional<Date> from,
                    std::optional<Date> to = std::nullopt) {
  MemberPosition position;
  position.member_id = "KM-001";
  position.kind = std::move(kind);
  position.organization = std::move(organization);
  position.from = from;
  position.to = to;
  return position;
}

TEST(Positions, ConcurrentTitleSecretaryFirstThenAlso) {
  const auto kinds = DefaultPositionKinds();
  // Given in the other order on purpose: the title follows the kinds' ranks.
  std::vector<MemberPosition> positions = {
      Held("peoples_committee_chair", "phường Kim Mã", D(2019, 3, 1)),
      Held("secretary", "Đảng ủy phường Kim Mã", D(2018, 6, 1)),
      Held("deputy_secretary", "Đảng ủy phường Kim Mã", D(2015, 6, 1), D(2018, 5, 31)),
  };
  EXPECT_EQ(PositionTitle(positions, kinds, D(2020, 6, 14)),
            "Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã");
  EXPECT_EQ(PositionTitle(positions, kinds, D(2017, 1, 1)), "Phó Bí thư Đảng ủy phường Kim Mã");
  EXPECT_EQ(PositionTitle(positions, kinds, D(2010, 1, 1)), "");
}

TEST(Positions, CheckNamesTheField) {
  const auto kinds = DefaultPositionKinds();
  MemberPosition position = Held("mayor", "UBND", D(2019, 1, 1));
  EXPECT_EQ(CheckPosition(position, kinds).error().field, "kind");
  position.kind = "secretary";
  position.organization.clear();
  EXPECT_EQ(CheckPosition(position, kinds).error().field, "organization");
  position = Held("secretary", "Đảng ủy", D(2019, 1, 1), D(2018, 1, 1));
  EXPECT_EQ(CheckPosition(position, kinds).error().field, "to");
  EXPECT_TRUE(CheckPosition(Held("secretary", "Đảng ủy", D(2019, 1, 1)), kinds).ok());
}

TEST(SchemeWorkflow, DraftSubmittedThenReturnedOrApproved) {
  EXPECT_EQ(*NextStatus(SchemeStatus::kDraft, SchemeAction::kSubmit, ""), SchemeStatus::kSubmitted);
  EXPECT_EQ(*NextStatus(SchemeStatus::kSubmitted, SchemeAction::kApprove, ""),
            SchemeStatus::kApproved);
  EXPECT_EQ(*NextStatus(SchemeStatus::kSubmitted, SchemeAction::kReturn, "Bổ sung cán bộ nữ"),
            SchemeStatus::kReturned);
  // A return carries the superior's comment.
  EXPECT_EQ(NextStatus(SchemeStatus::kSubmitted, SchemeAction::kReturn, "").error().field,
            "comment");
  // Nothing is approved before it is submitted, and a returned version is never edited again.
  EXPECT_EQ(NextStatus(SchemeStatus::kDraft, SchemeAction::kApprove, "").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(NextStatus(SchemeStatus::kReturned, SchemeAction::kSubmit, "").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(NextStatus(SchemeStatus::kApproved, SchemeAction::kReturn, "x").error().code,
            ErrorCode::kConflict);
}

TEST(SchemeNumbers, Checked) {
  EXPECT_TRUE(CheckSchemeNumbers({41, 13, 3, 9, 300}).ok());
  EXPECT_EQ(CheckSchemeNumbers({0, 0, 0, 0, 0}).error().field, "committee");
  EXPECT_EQ(CheckSchemeNumbers({5, 5, 1, 0, 0}).error().field, "standing_committee");
  EXPECT_EQ(CheckSchemeNumbers({41, 13, 3, -1, 0}).error().field, "inspection");
}

ProposedPerson Person(std::string id, std::string gender, Date birth, bool outgoing) {
  ProposedPerson person;
  person.person.member_id = id;
  person.person.full_name = "Người " + id;
  person.person.gender = std::move(gender);
  person.person.birth_date = birth;
  person.outgoing = outgoing;
  return person;
}

TEST(SchemeStatistics, BaDinhFortySevenForFortyOneIsFourteenSixtyThree) {
  // R-SURPLUS: 41 seats, 47 on the committee's list → 14.63%, inside 10–15%.
  std::vector<ProposedPerson> proposed;
  for (int index = 0; index < 47; ++index) {
    proposed.push_back(Person("P" + std::to_string(index), index % 4 == 0 ? "female" : "male",
                              D(1965 + index % 20, 1, 1), index < 30));
  }
  proposed[0].position_kinds = {"secretary"};
  proposed[1].position_kinds = {"deputy_secretary", "peoples_committee_chair"};
  std::vector<election::Person> outgoing;
  for (int index = 0; index < 41; ++index) {
    election::Person person;
    person.full_name = "Cũ " + std::to_string(index);
    person.gender = index < 5 ? "female" : "male";
    person.birth_date = D(1958 + index % 15, 6, 1);
    outgoing.push_back(person);
  }
  const auto stats =
      ComputeSchemeStatistics(proposed, outgoing, 41, {}, election::Party2024ForTest(),
                              DefaultPositionKinds(), D(2020, 6, 14));
  EXPECT_EQ(stats.candidates, 47);
  EXPECT_EQ(stats.surplus_percent, 1463);
  EXPECT_EQ(stats.surplus_problem, "");
  EXPECT_EQ(stats.proposed.size, 47);
  EXPECT_EQ(stats.proposed.women, 12);
  EXPECT_EQ(stats.proposed.re_elected, 30);
  EXPECT_EQ(stats.proposed.first_time, 17);
  ASSERT_TRUE(stats.outgoing.has_value());
  EXPECT_EQ(stats.outgoing->size, 41);
  EXPECT_EQ(stats.outgoing->women, 5);
  ASSERT_EQ(stats.positions.size(), 3u);
  EXPECT_EQ(stats.positions[0].kind, "secretary");
  EXPECT_EQ(stats.positions[2].kind, "peoples_committee_chair");

  // 50 for 41 is 21.95%: outside the convening committee's 10–15%.
  while (proposed.size() < 50) proposed.push_back(Person("X", "male", D(1980, 1, 1), false));
  const auto over = ComputeSchemeStatistics(proposed, std::nullopt, 41, {},
                                            election::Party2024ForTest(), {}, D(2020, 6, 14));
  EXPECT_EQ(over.surplus_percent, 2195);
  EXPECT_NE(over.surplus_problem, "");
  EXPECT_FALSE(over.outgoing.has_value());
}

TEST(SchemeStatistics, StructureTargetsAreWarnings) {
  // R-STRUCTURE: no woman among 10 is a warning, never an error.
  std::vector<ProposedPerson> proposed;
  for (int index = 0; index < 11; ++index) {
    proposed.push_back(Person("P" + std::to_string(index), "male", D(1970, 1, 1), false));
  }
  const auto stats = ComputeSchemeStatistics(proposed, std::nullopt, 10, {},
                                             election::Party2024ForTest(), {}, D(2020, 6, 14));
  ASSERT_FALSE(stats.structure.warnings.empty());
  EXPECT_EQ(stats.structure.warnings.front().code, "women");
}

TEST(VettingGate, OpenTaskOrComplaintBlocksNamingTheNominee) {
  EXPECT_TRUE(CheckVettingGate({}).ok());
  EXPECT_TRUE(CheckVettingGate({{"M1", "Nguyễn Văn An", {}, 0}}).ok());
  auto blocked = CheckVettingGate({{"M1", "Nguyễn Văn An", {}, 0},
                                   {"M2", "Trần Thị Bình", {}, 1},
                                   {"M3", "Lê Văn Cường", {"Ủy ban Kiểm tra"}, 0}});
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(blocked.error().rule, "R-VETTING");
  EXPECT_NE(blocked.error().message.find("Trần Thị Bình (M2): 1 đơn thư chưa giải quyết"),
            std::string::npos);
  EXPECT_NE(blocked.error().message.find("Lê Văn Cường (M3): chưa có kết luận thẩm tra của Ủy "
                                         "ban Kiểm tra"),
            std::string::npos);
  EXPECT_EQ(blocked.error().message.find("Nguyễn Văn An"), std::string::npos);
}

TEST(Words, RoundTrip) {
  for (auto source :
       {ComplaintSource::kNamedLetter, ComplaintSource::kAnonymousLetter,
        ComplaintSource::kPetition, ComplaintSource::kMedia, ComplaintSource::kOther}) {
    EXPECT_EQ(ParseComplaintSource(ToString(source)), source);
  }
  EXPECT_STREQ(Label(ComplaintSource::kAnonymousLetter), "Thư nặc danh");
  for (auto reason : {NomineeReason::kSuccessionPlan, NomineeReason::kReelection,
                      NomineeReason::kRotation, NomineeReason::kOther}) {
    EXPECT_EQ(ParseNomineeReason(ToString(reason)), reason);
  }
  EXPECT_EQ(ParseSchemeStatus("returned"), SchemeStatus::kReturned);
  EXPECT_EQ(ParseVettingConclusion("concern"), VettingConclusion::kConcern);
  EXPECT_FALSE(ParseVettingConclusion("maybe").has_value());
}

}  // namespace
}  // namespace daihoi::personnel
