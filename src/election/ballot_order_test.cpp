#include "election/ballot_order.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

std::vector<std::string> Ordered(const std::vector<Candidate>& candidates) {
  std::vector<std::string> ids;
  for (int index : BallotOrder(candidates, Party2024ForTest())) {
    ids.push_back(candidates[static_cast<size_t>(index)].id);
  }
  return ids;
}

TEST(BallotOrderTest, GivenNameThenFamilyThenMiddle) {  // R-ORDER
  std::vector<Candidate> candidates = {
      {"a", "Trần Văn Bình", std::nullopt},
      {"b", "Nguyễn Thị An", std::nullopt},
      {"c", "Lê Văn Bình", std::nullopt},
      {"d", "Lê Thị Bình", std::nullopt},
  };
  EXPECT_EQ(Ordered(candidates), (std::vector<std::string>{"b", "d", "c", "a"}));
}

TEST(BallotOrderTest, DBeforeDStrokeAndTonesSecondary) {  // R-ORDER, Vietnamese collation
  std::vector<Candidate> candidates = {
      {"x", "Phạm Văn Đức", std::nullopt},
      {"y", "Phạm Văn Dũng", std::nullopt},
      {"z", "Phạm Thị Án", std::nullopt},
      {"w", "Phạm Thị An", std::nullopt},
  };
  EXPECT_EQ(Ordered(candidates), (std::vector<std::string>{"w", "z", "y", "x"}));
}

TEST(BallotOrderTest, SameNameByBirthDateThenId) {  // R-ORDER
  std::vector<Candidate> candidates = {
      {"c3", "Nguyễn Văn An", Date::FromYmd(1980, 1, 1)},
      {"c2", "Nguyễn Văn An", std::nullopt},
      {"c1", "Nguyễn Văn An", Date::FromYmd(1970, 5, 2)},
      {"c0", "Nguyễn Văn An", Date::FromYmd(1980, 1, 1)},
  };
  EXPECT_EQ(Ordered(candidates), (std::vector<std::string>{"c1", "c0", "c3", "c2"}));
}

}  // namespace
}  // namespace daihoi::election
