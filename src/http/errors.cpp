#include "http/errors.h"

namespace daihoi::http {

int HttpStatus(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return 400;
    case ErrorCode::kRuleViolation:
      return 422;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kTooManyRequests:
      return 429;
    case ErrorCode::kStorage:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kRuleViolation:
      return "rule_violation";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kTooManyRequests:
      return "too_many_requests";
    case ErrorCode::kStorage:
      return "storage";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

nlohmann::json ErrorBody(const Error& error) {
  nlohmann::json body = {
      {"code", ErrorCodeName(error.code)},
      {"message", error.message},
      {"field", error.field},
  };
  if (!error.file.empty()) body["file"] = error.file;
  if (error.row > 0) body["row"] = error.row;
  if (!error.rule.empty()) body["rule"] = error.rule;
  return {{"error", std::move(body)}};
}

}  // namespace daihoi::http
