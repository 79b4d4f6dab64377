#pragma once
// What the account use cases (accounts.h) and the audit trail (audit.h) share.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "access/access.h"
#include "app/accounts.h"
#include "app/authorize.h"
#include "app/ports/account_store.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// libsodium is ready (sodium_init, idempotent); throws when it cannot be.
void EnsureSodium();

Status CheckLoginName(const std::string& login, const std::string& field = "login");
Status CheckNewPassword(const std::string& password, const AccountPolicy& policy,
                        const std::string& field = "password");
// crypto_pwhash_str (argon2id) at the policy's cost.
Result<std::string> HashPassword(const std::string& password, const PasswordHashing& hashing);
// crypto_pwhash_str_verify; false for a malformed hash too.
bool VerifyPassword(const std::string& password_hash, const std::string& password);
// `bytes` random bytes (randombytes_buf) as lower-case hex.
std::string RandomHex(size_t bytes);
// A password of `length` characters from an alphabet without look-alikes (no 0/O, 1/l/I).
std::string RandomPassword(size_t length);

// kNotFound "không có người dùng 'x'" when there is none.
Result<UserRecord> RequireUser(AccountStore& accounts, const std::string& login);

// The canonical text of a change: "key=value" lines in the order given, values escaped as
// digest.h escapes them (no value can forge another line).
std::string ChangeText(std::initializer_list<std::pair<std::string_view, std::string_view>> fields);
// A grant in one line: "observer@HANOI", "counting_clerk@BADINH/2020-2025", "administrator@*".
std::string GrantText(const access::Grant& grant);

}  // namespace daihoi::app
