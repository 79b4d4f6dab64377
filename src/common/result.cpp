#include "common/result.h"

namespace daihoi {

std::string Error::Describe() const {
  std::string out;
  if (!file.empty()) out += file;
  if (row > 0) out += (out.empty() ? "" : ", ") + std::string("row ") + std::to_string(row);
  // A field of a row is a column; otherwise it is a JSON path or an option, named as it is.
  if (!field.empty()) {
    out += out.empty() ? "" : ", ";
    out += (row > 0 ? "column " : "") + field;
  }
  if (!rule.empty()) out += (out.empty() ? "" : " ") + rule;
  if (!out.empty()) out += ": ";
  return out + message;
}

Error InvalidInput(std::string message, std::string field) {
  return Error{ErrorCode::kInvalidInput, std::move(message), std::move(field)};
}

Error RuleViolation(std::string rule, std::string message) {
  Error e{ErrorCode::kRuleViolation, std::move(message)};
  e.rule = std::move(rule);
  return e;
}

Error NotFound(std::string message) { return Error{ErrorCode::kNotFound, std::move(message)}; }

Error StorageError(std::string message) {
  return Error{ErrorCode::kStorage, std::move(message)};
}

}  // namespace daihoi
