#include "app/accounts_common.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <vector>

#include "app/digest.h"

namespace daihoi::app {
namespace {

size_t CodePoints(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

Actor Actor::CommandLine(const std::string& os_user) {
  return {"cli:" + (os_user.empty() ? std::string("?") : os_user),
          {{access::Role::kAdministrator, "", ""}}};
}

void EnsureSodium() {
  static const int initialized = sodium_init();
  if (initialized < 0) throw std::runtime_error("libsodium could not be initialized");
}

Status CheckLoginName(const std::string& login, const std::string& field) {
  const bool ok_length = login.size() >= 3 && login.size() <= 64;
  const auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  };
  const bool ok_chars = std::all_of(login.begin(), login.end(), allowed);
  const bool ok_first = !login.empty() && ((login[0] >= 'a' && login[0] <= 'z') ||
                                           (login[0] >= '0' && login[0] <= '9'));
  if (!ok_length || !ok_chars || !ok_first) {
    return InvalidInput("tên đăng nhập '" + login +
                            "' không hợp lệ: 3–64 ký tự a–z, 0–9, '.', '_', '-' (login: 3-64 of "
                            "a-z, 0-9, '.', '_', '-', starting with a letter or digit)",
                        field);
  }
  return {};
}

Status CheckNewPassword(const std::string& password, const AccountPolicy& policy,
                        const std::string& field) {
  const size_t length = CodePoints(password);
  if (length < policy.min_password_length) {
    return InvalidInput("mật khẩu phải có ít nhất " + std::to_string(policy.min_password_length) +
                            " ký tự (the password needs at least " +
                            std::to_string(policy.min_password_length) + " characters)",
                        field);
  }
  if (password.size() > 1024) {
    return InvalidInput("mật khẩu quá dài (the password is longer than 1024 bytes)", field);
  }
  if (password.find_first_of("\n\r") != std::string::npos ||
      password.find('\0') != std::string::npos) {
    return InvalidInput("mật khẩu không được chứa ký tự xuống dòng (no line breaks in a password)",
                        field);
  }
  return {};
}

Result<std::string> HashPassword(const std::string& password, const PasswordHashing& hashing) {
  EnsureSodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  const unsigned long long ops =
      hashing.opslimit != 0 ? hashing.opslimit : crypto_pwhash_OPSLIMIT_MODERATE;
  const size_t mem = hashing.memlimit != 0 ? hashing.memlimit : crypto_pwhash_MEMLIMIT_MODERATE;
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), ops, mem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error(ErrorCode::kInternal, "argon2id: out of memory while hashing the password");
  }
  return std::string(out.data());
}

bool VerifyPassword(const std::string& password_hash, const std::string& password) {
  EnsureSodium();
  if (password_hash.empty() || password_hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(password_hash.c_str(), password.data(), password.size()) == 0;
}

std::string RandomHex(size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> random(bytes);
  randombytes_buf(random.data(), random.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), random.data(), random.size());
  hex.resize(bytes * 2);
  sodium_memzero(random.data(), random.size());
  return hex;
}

std::string RandomPassword(size_t length) {
  EnsureSodium();
  static const std::string kAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string password;
  for (size_t i = 0; i < length; ++i) {
    password += kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
  }
  return password;
}

Result<UserRecord> RequireUser(AccountStore& accounts, const std::string& login) {
  auto user = accounts.FindUser(login);
  if (!user.ok()) return user.error();
  if (!user->has_value()) {
    Error error = NotFound("không có người dùng '" + login + "' (no such user)");
    error.field = "login";
    return error;
  }
  return std::move(**user);
}

std::string ChangeText(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string text;
  for (const auto& [key, value] : fields) {
    text += key;
    text += '=';
    AppendEscaped(text, value);
    text += '\n';
  }
  return text;
}

std::string GrantText(const access::Grant& grant) {
  std::string text = std::string(access::ToString(grant.role)) + "@" +
                     (grant.org_code.empty() ? std::string("*") : grant.org_code);
  if (!grant.term.empty()) text += "/" + grant.term;
  return text;
}

}  // namespace daihoi::app
