#include "http/errors.h"

#include <gtest/gtest.h>

namespace daihoi::http {
namespace {

TEST(HttpStatus, MapsEveryErrorCode) {
  EXPECT_EQ(HttpStatus(ErrorCode::kInvalidInput), 400);
  EXPECT_EQ(HttpStatus(ErrorCode::kRuleViolation), 422);
  EXPECT_EQ(HttpStatus(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatus(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatus(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatus(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatus(ErrorCode::kTooManyRequests), 429);
  EXPECT_EQ(HttpStatus(ErrorCode::kStorage), 500);
  EXPECT_EQ(HttpStatus(ErrorCode::kInternal), 500);
}

TEST(ErrorBody, HasCodeMessageAndField) {
  auto body = ErrorBody(InvalidInput("limit phải từ 0 đến 1000", "limit"));
  ASSERT_TRUE(body.contains("error"));
  EXPECT_EQ(body["error"]["code"], "invalid_input");
  EXPECT_EQ(body["error"]["message"], "limit phải từ 0 đến 1000");
  EXPECT_EQ(body["error"]["field"], "limit");
  EXPECT_FALSE(body["error"].contains("row"));
  EXPECT_FALSE(body["error"].contains("file"));
}

TEST(ErrorBody, FieldIsPresentEvenWhenEmpty) {
  auto body = ErrorBody(NotFound("không có tổ chức đảng 'X'"));
  EXPECT_EQ(body["error"]["code"], "not_found");
  ASSERT_TRUE(body["error"].contains("field"));
  EXPECT_EQ(body["error"]["field"], "");
}

TEST(ErrorBody, CarriesFileRowAndRuleWhenSet) {
  Error error = RuleViolation("R-WINDOWS", "ngoài khung thời gian");
  error.file = "orgs.csv";
  error.row = 3;
  auto body = ErrorBody(error);
  EXPECT_EQ(body["error"]["code"], "rule_violation");
  EXPECT_EQ(body["error"]["file"], "orgs.csv");
  EXPECT_EQ(body["error"]["row"], 3);
  EXPECT_EQ(body["error"]["rule"], "R-WINDOWS");
}

TEST(ErrorCodeName, IsDistinctPerCode) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kConflict), "conflict");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kForbidden), "forbidden");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kStorage), "storage");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kInternal), "internal");
}

}  // namespace
}  // namespace daihoi::http
