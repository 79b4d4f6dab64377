#include "json/fields.h"

namespace daihoi::json::detail {

using nlohmann::json;

Error InvalidField(const std::string& field, const std::string& message) {
  return InvalidInput(message, field);
}

Error InvalidPathField(const std::string& path, const std::string& message) {
  return InvalidInput(path + ": " + message, path);
}

Error InvalidPath(const std::string& path, const std::string& message) {
  return InvalidInput(path + ": " + message);
}

std::string JoinPath(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

std::string Index(const std::string& path, size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

const json* Find(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

Result<std::string> GetString(const json& object, const char* key, const std::string& field,
                              bool required) {
  const json* value = Find(object, key);
  if (!value) {
    if (required) return InvalidField(field, "thiếu (missing: a string)");
    return std::string();
  }
  if (!value->is_string()) {
    return InvalidField(field, "phải là chuỗi (must be a string), got " + value->dump());
  }
  return value->get<std::string>();
}

Result<std::optional<int64_t>> GetInt(const json& value, const std::string& field, int64_t min,
                                      int64_t max) {
  if (value.is_null()) return std::optional<int64_t>();
  const bool fits =
      value.is_number_integer() &&
      !(value.is_number_unsigned() && value.get<uint64_t>() > static_cast<uint64_t>(max)) &&
      value.get<int64_t>() >= min && value.get<int64_t>() <= max;
  if (!fits) {
    return InvalidField(field, "phải là số nguyên từ " + std::to_string(min) +
                                   " (must be a whole number, at least " + std::to_string(min) +
                                   "), got " + value.dump());
  }
  return std::optional<int64_t>(value.get<int64_t>());
}

Result<std::optional<int64_t>> GetInt(const json& object, const char* key, const std::string& field,
                                      bool required, int64_t min, int64_t max) {
  const json* value = Find(object, key);
  if (!value) {
    if (required) return InvalidField(field, "thiếu (missing: a whole number)");
    return std::optional<int64_t>();
  }
  return GetInt(*value, field, min, max);
}

Result<std::optional<bool>> GetBool(const json& object, const char* key, const std::string& field) {
  const json* value = Find(object, key);
  if (!value) return std::optional<bool>();
  if (!value->is_boolean()) {
    return InvalidField(field,
                        "phải là true hoặc false (must be true or false), got " + value->dump());
  }
  return std::optional<bool>(value->get<bool>());
}

Result<const json*> GetList(const json& object, const char* key, bool required) {
  const json* value = Find(object, key);
  if (!value) {
    if (required) return InvalidField(key, "thiếu (missing: a list)");
    return static_cast<const json*>(nullptr);
  }
  if (!value->is_array()) return InvalidField(key, "phải là một mảng (must be a list)");
  return value;
}

nlohmann::ordered_json DateOrNull(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(date->ToIso()) : nlohmann::ordered_json();
}

double TwoDecimals(election::Hundredths value) { return static_cast<double>(value) / 100.0; }

}  // namespace daihoi::json::detail
