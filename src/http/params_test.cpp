#include "http/params.h"

#include <gtest/gtest.h>

namespace daihoi::http {
namespace {

TEST(ParsePaging, AbsentGivesDefaults) {
  auto paging = ParsePaging(std::nullopt, std::nullopt);
  ASSERT_TRUE(paging.ok());
  EXPECT_EQ(paging->offset, 0);
  EXPECT_EQ(paging->limit, kDefaultLimit);
}

TEST(ParsePaging, ReadsWholeNumbers) {
  auto paging = ParsePaging("40", "20");
  ASSERT_TRUE(paging.ok());
  EXPECT_EQ(paging->offset, 40);
  EXPECT_EQ(paging->limit, 20);
}

TEST(ParsePaging, LimitZeroAsksForTheTotalOnly) {
  auto paging = ParsePaging(std::nullopt, "0");
  ASSERT_TRUE(paging.ok());
  EXPECT_EQ(paging->limit, 0);
}

TEST(ParsePaging, RejectsNegativeOffsetNamingIt) {
  auto paging = ParsePaging("-1", std::nullopt);
  ASSERT_FALSE(paging.ok());
  EXPECT_EQ(paging.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(paging.error().field, "offset");
}

TEST(ParsePaging, RejectsGarbageAndEmpty) {
  for (const char* bad : {"abc", "12abc", "", " 5", "1.5", "99999999999999999999999"}) {
    auto paging = ParsePaging(std::nullopt, bad);
    ASSERT_FALSE(paging.ok()) << bad;
    EXPECT_EQ(paging.error().field, "limit") << bad;
  }
}

TEST(ParsePaging, RejectsLimitAboveMaximum) {
  EXPECT_TRUE(ParsePaging(std::nullopt, "1000").ok());
  auto paging = ParsePaging(std::nullopt, "1001");
  ASSERT_FALSE(paging.ok());
  EXPECT_EQ(paging.error().field, "limit");
  EXPECT_FALSE(ParsePaging(std::nullopt, "-5").ok());
}

TEST(ParseBool, AcceptsTrueFalseAndDigits) {
  EXPECT_TRUE(*ParseBool("dry_run", "true", false));
  EXPECT_TRUE(*ParseBool("dry_run", "1", false));
  EXPECT_FALSE(*ParseBool("dry_run", "false", true));
  EXPECT_FALSE(*ParseBool("dry_run", "0", true));
  EXPECT_TRUE(*ParseBool("dry_run", std::nullopt, true));
  auto bad = ParseBool("dry_run", "yes", false);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "dry_run");
}

TEST(ParseImportKind, KnowsTheThreeKinds) {
  EXPECT_EQ(*ParseImportKind("orgs"), app::ImportKind::kOrgs);
  EXPECT_EQ(*ParseImportKind("members"), app::ImportKind::kMembers);
  EXPECT_EQ(*ParseImportKind("congresses"), app::ImportKind::kCongresses);
  EXPECT_EQ(ToString(app::ImportKind::kCongresses), "congresses");
  auto bad = ParseImportKind("planets");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(bad.error().field, "kind");
}

TEST(ParseStatus, EmptyMeansAnyAndUnknownIsAnError) {
  auto any = ParseStatus(std::nullopt);
  ASSERT_TRUE(any.ok());
  EXPECT_FALSE(any->has_value());
  EXPECT_FALSE(ParseStatus("")->has_value());
  EXPECT_EQ(**ParseStatus("probationary"), org::MemberStatus::kProbationary);
  auto bad = ParseStatus("retired");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "status");
}

TEST(ParseRequired, AbsentOrEmptyIsAnErrorNamingTheParameter) {
  EXPECT_EQ(*ParseRequired("root", "BADINH"), "BADINH");
  for (auto value : {std::optional<std::string_view>{}, std::optional<std::string_view>{""}}) {
    auto missing = ParseRequired("root", value);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(missing.error().field, "root");
  }
}

TEST(ParseDate, ReadsIsoAndVietnameseDatesAndRejectsImpossibleOnes) {
  EXPECT_EQ(ParseDate("as_of", "2020-05-19")->ToIso(), "2020-05-19");
  EXPECT_EQ(ParseDate("as_of", "19/05/2020")->ToIso(), "2020-05-19");
  for (auto bad : {"2020-02-30", "yesterday", "2020-5-19x"}) {
    auto date = ParseDate("as_of", bad);
    ASSERT_FALSE(date.ok()) << bad;
    EXPECT_EQ(date.error().field, "as_of");
  }
  EXPECT_EQ(ParseDate("as_of", std::nullopt).error().field, "as_of");
}

TEST(ParseYear, OptionalAndWithinRange) {
  EXPECT_FALSE(ParseYear("round_year", std::nullopt)->has_value());
  EXPECT_FALSE(ParseYear("round_year", "")->has_value());
  EXPECT_EQ(**ParseYear("round_year", "2020"), 2020);
  for (auto bad : {"20x0", "-2020", "99", "10000"}) {
    auto year = ParseYear("round_year", bad);
    ASSERT_FALSE(year.ok()) << bad;
    EXPECT_EQ(year.error().field, "round_year");
  }
}

}  // namespace
}  // namespace daihoi::http
