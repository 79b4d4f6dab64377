#pragma once
// Accounts (docs/security.md): users with argon2id password hashes, roles granted over an
// organization's subtree (access/access.h), sessions and throttled logins. One use case per
// file: add_user.cpp, change_password.cpp, grant_role.cpp, revoke_role.cpp, list_users.cpp,
// login.cpp, authenticate.cpp, logout.cpp, revoke_user_sessions.cpp, ensure_administrator.cpp;
// accounts_common.cpp holds what they share. Every change appends an audit record (audit.h) in
// its own transaction.
//
// Passwords are never stored, logged or echoed: only crypto_pwhash_str's argon2id string. A
// session token is 256 random bits (randombytes_buf) handed to the caller once; only its SHA-256
// is stored.
//
// Errors: a bad login name, password or grant is kInvalidInput naming the field; an actor whose
// grants do not cover the change is kForbidden; a wrong password at login and an unknown login
// are kForbidden with the same message, so a caller learns nothing about which logins exist; a
// throttled or locked login is kTooManyRequests (field `login`, the wait in the message).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/access.h"
#include "access/throttle.h"
#include "app/ports/account_store.h"
#include "app/ports/clock.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// Who is acting: the name the audit trail records and the grants the decisions use.
struct Actor {
  std::string login;
  std::vector<access::Grant> grants;

  // The command line: whoever can run the binary on the database can read it anyway, so the
  // operator acts as a global administrator, recorded as "cli:<os user>".
  static Actor CommandLine(const std::string& os_user);
};

// argon2id cost (crypto_pwhash_str). The default is libsodium's "moderate" limits; the cost is
// stored inside each hash, so changing it affects only new hashes.
struct PasswordHashing {
  unsigned long long opslimit = 0;  // 0: crypto_pwhash_OPSLIMIT_MODERATE
  size_t memlimit = 0;              // 0: crypto_pwhash_MEMLIMIT_MODERATE
};

struct AccountPolicy {
  size_t min_password_length = 10;  // in characters (UTF-8 code points)
  int64_t session_seconds = 12 * 60 * 60;
  access::LoginPolicy login;
  PasswordHashing hashing;
};

struct NewUser {
  std::string login;  // 3–64 of a–z, 0–9, '.', '_', '-'; starts with a letter or digit
  std::string display_name;
  std::string password;
};

// Needs kAdminister everywhere (a global administrator). Returns the new user's id.
Result<int64_t> AddUser(Store& store, const Clock& clock, const Actor& actor, const NewUser& user,
                        const AccountPolicy& policy = {});

// `old_password` is required when the actor changes its own password and is not a global
// administrator; a global administrator may reset anyone's without it. Revokes every session of
// the user.
Status ChangePassword(Store& store, const Clock& clock, const Actor& actor,
                      const std::string& login, const std::optional<std::string>& old_password,
                      const std::string& new_password, const AccountPolicy& policy = {});

// kAdminister at the grant's organization (a global grant: a global administrator).
Status GrantRole(Store& store, const Clock& clock, const Actor& actor, const std::string& login,
                 const access::Grant& grant);
// kNotFound when the user does not hold the grant.
Status RevokeRole(Store& store, const Clock& clock, const Actor& actor, const std::string& login,
                  const access::Grant& grant);

struct UserView {
  int64_t id = 0;
  std::string login;
  std::string display_name;
  std::string created_at;
  std::string password_changed_at;
  std::vector<GrantRecord> grants;
};
// Every user with its grants, by login; needs a global administrator.
Result<std::vector<UserView>> ListUsers(Store& store, const Actor& actor);

struct LoginRequest {
  std::string login;
  std::string password;
  std::string client;  // the client's address, for the per-address throttle
};
struct LoginSession {
  std::string token;  // 64 hex digits; shown to the caller once, never stored
  int64_t expires_at = 0;
  Actor actor;
};
// Checks the throttle (access::DecideLogin) before the password; a failure is recorded for the
// login and the client address, a success forgets the login's failures.
Result<LoginSession> Login(Store& store, const Clock& clock, const LoginRequest& request,
                           const AccountPolicy& policy = {});

// The actor of a live session; kForbidden for an unknown, expired or revoked token.
Result<Actor> Authenticate(Store& store, const Clock& clock, const std::string& token);
// Revokes the session; revoking an unknown or revoked one is not an error.
Status Logout(Store& store, const Clock& clock, const std::string& token);
// Revokes every session of a user (an administrator's, or the user's own); returns how many.
Result<int64_t> RevokeUserSessions(Store& store, const Clock& clock, const Actor& actor,
                                   const std::string& login);

// On an empty user table: creates `admin`, a global administrator, with a one-time random
// password, and returns the password (the caller shows it once). nullopt when users exist.
Result<std::optional<std::string>> EnsureAdministrator(Store& store, const Clock& clock,
                                                       const AccountPolicy& policy = {});

// The demo's users (README.md): an administrator, Ba Đình's organization board, the clerk of
// Quán Thánh ward, the counting clerk of Ba Đình's congress XXVI, an observer of Hà Nội.
struct DemoAccount {
  std::string login;
  std::string display_name;
  std::string password;  // public: the demo's
  access::Grant grant;
};
const std::vector<DemoAccount>& DemoAccounts();
// Adds the users that do not exist yet, with their grants (demo_accounts.cpp). Nothing when the
// seed organizations are missing or the store keeps no accounts.
Status LoadDemoAccounts(Store& store, const Clock& clock);

}  // namespace daihoi::app
