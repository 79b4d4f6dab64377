#include "building/movements.h"

#include <gtest/gtest.h>

namespace daihoi::building {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

Movement M(const std::string& org, MovementKind kind, Date on, int64_t count) {
  Movement m;
  m.org_code = org;
  m.kind = kind;
  m.on = on;
  m.count = count;
  return m;
}

org::Organization O(const std::string& code, const std::string& parent,
                    std::optional<int64_t> members = std::nullopt) {
  org::Organization o;
  o.code = code;
  o.name = code;
  o.level = parent.empty() ? "district" : "cell";
  o.parent_code = parent;
  o.members = members;
  return o;
}

TEST(Movements, KindsParsedFromVietnamese) {
  EXPECT_EQ(ParseMovementKind("Kết nạp"), MovementKind::kAdmission);
  EXPECT_EQ(ParseMovementKind("chuyển đến"), MovementKind::kTransferIn);
  EXPECT_EQ(ParseMovementKind("Chuyển đi"), MovementKind::kTransferOut);
  EXPECT_EQ(ParseMovementKind("từ trần"), MovementKind::kDeath);
  EXPECT_EQ(ParseMovementKind("Khai trừ"), MovementKind::kRemoval);
  EXPECT_EQ(ParseMovementKind("xóa tên"), MovementKind::kRemoval);
  EXPECT_EQ(ParseMovementKind("số đầu kỳ"), MovementKind::kBalance);
  EXPECT_EQ(ParseMovementKind("transfer_out"), MovementKind::kTransferOut);
  EXPECT_EQ(ParseMovementKind("nghỉ hưu"), std::nullopt);
}

TEST(Movements, ValidateNamesTheField) {
  EXPECT_TRUE(ValidateMovement(M("A", MovementKind::kBalance, D(2020, 1, 1), 0)).empty());
  auto errors = ValidateMovement(M("A", MovementKind::kAdmission, D(2020, 1, 1), 0));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "count");
  Movement several = M("", MovementKind::kDeath, D(2020, 1, 1), 2);
  several.member_id = "X";
  errors = ValidateMovement(several);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "org_code");
  EXPECT_EQ(errors[1].field, "member_id");
}

TEST(Movements, CountAsOfStartsAtTheLatestBalance) {
  const std::vector<Movement> moves = {
      M("A", MovementKind::kBalance, D(2015, 7, 1), 40),
      M("A", MovementKind::kAdmission, D(2016, 3, 1), 3),
      M("A", MovementKind::kTransferOut, D(2016, 9, 1), 1),
      M("A", MovementKind::kDeath, D(2017, 1, 10), 1),
      M("A", MovementKind::kTransferIn, D(2017, 2, 1), 2),
      M("A", MovementKind::kRemoval, D(2018, 5, 1), 1),
      M("A", MovementKind::kBalance, D(2019, 1, 1), 50),  // a recount
      M("A", MovementKind::kAdmission, D(2019, 6, 1), 4),
      M("B", MovementKind::kAdmission, D(2016, 3, 1), 100),  // another organization
  };
  EXPECT_EQ(CountAsOf(moves, "A", D(2015, 6, 30)).members, 0);
  EXPECT_EQ(CountAsOf(moves, "A", D(2015, 7, 1)).members, 40);
  EXPECT_EQ(CountAsOf(moves, "A", D(2016, 3, 1)).members, 43);
  // 40 + 3 − 1 − 1 + 2 − 1 = 42 before the recount.
  EXPECT_EQ(CountAsOf(moves, "A", D(2018, 12, 31)).members, 42);
  EXPECT_EQ(CountAsOf(moves, "A", D(2019, 1, 1)).members, 50);
  const OwnCount later = CountAsOf(moves, "A", D(2019, 12, 31));
  EXPECT_EQ(later.members, 54);
  // Admitted 1/6/2019: still probationary on 31/12/2019, full from 1/6/2020 (12 months).
  EXPECT_EQ(later.probationary, 4);
  EXPECT_EQ(later.full(), 50);
  EXPECT_EQ(CountAsOf(moves, "A", D(2020, 6, 1)).probationary, 0);
  EXPECT_EQ(CountAsOf(moves, "A", D(2020, 5, 31)).probationary, 4);
  // Probation is a parameter.
  EXPECT_EQ(CountAsOf(moves, "A", D(2019, 12, 31), 6).probationary, 0);
}

TEST(Movements, SubtreeCountsUseMovementsWhereRecordedElseStated) {
  const std::vector<org::Organization> subtree = {O("D", ""), O("D-1", "D", 30), O("D-2", "D", 20),
                                                  O("D-3", "D")};
  const std::vector<Movement> moves = {
      M("D-1", MovementKind::kBalance, D(2015, 1, 1), 25),
      M("D-1", MovementKind::kAdmission, D(2020, 3, 1), 5),
      M("D", MovementKind::kBalance, D(2015, 1, 1), 2),  // members attached to the committee
  };
  const auto counts = CountSubtree(subtree, moves, D(2020, 5, 1));
  ASSERT_EQ(counts.size(), 4u);
  EXPECT_EQ(counts[1].org_code, "D-1");
  EXPECT_TRUE(counts[1].has_movements);
  EXPECT_EQ(counts[1].subtree.members, 30);  // 25 + 5, of whom 5 probationary
  EXPECT_EQ(counts[1].subtree.full(), 25);
  EXPECT_FALSE(counts[2].has_movements);
  EXPECT_EQ(counts[2].subtree.members, 20);  // stated
  EXPECT_EQ(counts[3].subtree.members, 0);   // a leaf without anything
  EXPECT_TRUE(counts[0].has_movements);
  EXPECT_EQ(counts[0].own.members, 2);
  EXPECT_EQ(counts[0].subtree.members, 52);
  EXPECT_EQ(counts[0].subtree.probationary, 5);
}

TEST(Movements, AdmissionsAgainstTarget) {
  const std::vector<Movement> moves = {
      M("A", MovementKind::kAdmission, D(2015, 6, 30), 7),  // before the period
      M("A", MovementKind::kAdmission, D(2015, 7, 1), 600),
      M("A", MovementKind::kTransferIn, D(2016, 7, 1), 50),  // not an admission
      M("B", MovementKind::kAdmission, D(2020, 6, 30), 564),
      M("B", MovementKind::kAdmission, D(2020, 7, 1), 9),  // after
  };
  const int64_t admitted = AdmissionsBetween(moves, D(2015, 7, 1), D(2020, 6, 30));
  EXPECT_EQ(admitted, 1164);
  const auto progress =
      ProgressOf({"D", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 1100}, admitted);
  EXPECT_TRUE(progress.reached);
  EXPECT_NEAR(progress.percent, 105.82, 0.01);
  EXPECT_FALSE(ProgressOf({"D", "t", D(2015, 1, 1), D(2016, 1, 1), 10}, 9).reached);
}

TEST(Movements, TargetValidation) {
  auto errors = ValidateAdmissionTarget({"D", "", D(2020, 1, 1), D(2019, 1, 1), -1});
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "term");
  EXPECT_EQ(errors[1].field, "to");
  EXPECT_EQ(errors[2].field, "target");
}

TEST(Movements, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(AddMonths(D(2020, 3, 31), -1), D(2020, 2, 29));
  EXPECT_EQ(AddMonths(D(2020, 5, 1), -12), D(2019, 5, 1));
  EXPECT_EQ(AddMonths(D(2019, 12, 15), 1), D(2020, 1, 15));
}

}  // namespace
}  // namespace daihoi::building
