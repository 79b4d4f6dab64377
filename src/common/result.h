#pragma once
// Errors are values (STYLE.md). Result<T> mirrors the part of std::expected we need.

#include <string>
#include <utility>
#include <variant>

namespace daihoi {

// Each adapter maps these to its own status in one place (exit code, HTTP status).
enum class ErrorCode {
  kInvalidInput,   // malformed input: exit 2 / HTTP 400
  kRuleViolation,  // understood, but breaks a rule: exit 1 / HTTP 422
  kNotFound,       // HTTP 404
  kConflict,       // HTTP 409
  kForbidden,      // HTTP 403
  kUnauthenticated,   // no session: HTTP 401 (the adapter's answer to an anonymous kForbidden)
  kTooManyRequests,   // a throttled or locked login: HTTP 429
  kStorage,        // exit 3 / HTTP 500
  kInternal,       // exit 3 / HTTP 500
};

struct Error {
  Error(ErrorCode code = ErrorCode::kInternal, std::string message = {}, std::string field = {})
      : code(code), message(std::move(message)), field(std::move(field)) {}

  ErrorCode code;
  std::string message;  // Vietnamese or English, for a person to read
  std::string field;    // where: a column, JSON path or parameter name; may be empty
  std::string file;     // the input file, when there is one
  long row = 0;         // 1-based data row (header is row 1 in CSV terms); 0 when not applicable
  std::string rule;     // the R-id broken, for kRuleViolation

  // "orgs.csv, row 12, column parent_code: unknown parent 'X'"; "ballots[3].struck[1]: …".
  std::string Describe() const;
};

Error InvalidInput(std::string message, std::string field = {});
Error RuleViolation(std::string rule, std::string message);
Error NotFound(std::string message);
Error StorageError(std::string message);

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

}  // namespace daihoi
