#include "building/ratings.h"

#include <gtest/gtest.h>

namespace daihoi::building {
namespace {

Rating Org(int year, const std::string& code, const std::string& grade) {
  return {year, RatedKind::kOrganization, code, "", "", grade, ""};
}

TEST(Grades, FoundByCodeNameOrInitials) {
  const auto grades = DefaultGrades();
  ASSERT_EQ(grades.size(), 4u);
  EXPECT_EQ(FindGrade(grades, "excellent")->rank, 1);
  EXPECT_EQ(FindGrade(grades, "hoàn thành tốt nhiệm vụ")->code, "good");
  EXPECT_EQ(FindGrade(grades, "HOAN THANH NHIEM VU")->code, "fulfilled");
  EXPECT_EQ(FindGrade(grades, "HTXSNV")->code, "excellent");
  EXPECT_EQ(FindGrade(grades, "khtnv")->code, "unfulfilled");
  EXPECT_EQ(FindGrade(grades, "tốt"), nullptr);
}

TEST(Ratings, ValidateNamesTheField) {
  const auto grades = DefaultGrades();
  EXPECT_TRUE(ValidateRating(Org(2024, "A", "good"), grades).empty());
  auto errors = ValidateRating({2024, RatedKind::kMember, "A", "", "", "vip", ""}, grades);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "member_id");
  EXPECT_EQ(errors[1].field, "grade");
  errors = ValidateRating(Org(1900, "A", "good"), grades);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "year");
}

TEST(Ratings, SharesPerGradeOfOneYearAndKind) {
  std::vector<Rating> ratings;
  for (int i = 0; i < 2; ++i) ratings.push_back(Org(2024, "E" + std::to_string(i), "excellent"));
  for (int i = 0; i < 6; ++i) ratings.push_back(Org(2024, "G" + std::to_string(i), "good"));
  ratings.push_back(Org(2024, "F", "fulfilled"));
  ratings.push_back(Org(2024, "U", "unfulfilled"));
  ratings.push_back(Org(2023, "X", "excellent"));                                 // other year
  ratings.push_back({2024, RatedKind::kMember, "A", "M1", "", "excellent", ""});  // other kind
  const auto shares = ComputeShares(ratings, DefaultGrades(), 2024, RatedKind::kOrganization, {});
  EXPECT_EQ(shares.rated, 10);
  ASSERT_EQ(shares.grades.size(), 4u);
  EXPECT_EQ(shares.grades[0].count, 2);
  EXPECT_DOUBLE_EQ(shares.grades[0].percent, 20.0);
  EXPECT_EQ(shares.grades[1].count, 6);
  EXPECT_DOUBLE_EQ(shares.grades[3].percent, 10.0);
  // Top-grade cap (I): 2 excellent > 20% of the 8 rated good or better (1).
  EXPECT_EQ(shares.cap.top, 2);
  EXPECT_EQ(shares.cap.base, 8);
  EXPECT_EQ(shares.cap.allowed, 1);
  EXPECT_TRUE(shares.cap.exceeded);
  EXPECT_NE(shares.cap.warning.find("vượt mức tối đa 20%"), std::string::npos);
}

TEST(Ratings, CapIsAParameter) {
  std::vector<Rating> ratings;
  for (int i = 0; i < 2; ++i) ratings.push_back(Org(2024, "E" + std::to_string(i), "excellent"));
  for (int i = 0; i < 8; ++i) ratings.push_back(Org(2024, "G" + std::to_string(i), "good"));
  // 20% of 10 is exactly 2: within the cap.
  auto shares = ComputeShares(ratings, DefaultGrades(), 2024, RatedKind::kOrganization, {});
  EXPECT_EQ(shares.cap.allowed, 2);
  EXPECT_FALSE(shares.cap.exceeded);
  EXPECT_TRUE(shares.cap.warning.empty());
  // A stricter round: 15% of those rated good or better.
  shares = ComputeShares(ratings, DefaultGrades(), 2024, RatedKind::kOrganization, {15, 2});
  EXPECT_EQ(shares.cap.allowed, 1);
  EXPECT_TRUE(shares.cap.exceeded);
}

TEST(Ratings, NoRatingsNoShares) {
  const auto shares = ComputeShares({}, DefaultGrades(), 2024, RatedKind::kMember, {});
  EXPECT_EQ(shares.rated, 0);
  EXPECT_EQ(shares.grades[0].percent, 0);
  EXPECT_FALSE(shares.cap.exceeded);
}

TEST(Ratings, KindParsedFromVietnamese) {
  EXPECT_EQ(ParseRatedKind("Tổ chức đảng"), RatedKind::kOrganization);
  EXPECT_EQ(ParseRatedKind("đảng viên"), RatedKind::kMember);
  EXPECT_EQ(ParseRatedKind("x"), std::nullopt);
}

}  // namespace
}  // namespace daihoi::building
