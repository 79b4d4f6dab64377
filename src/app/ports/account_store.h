#pragma once
// The storage port of accounts (app/accounts.h): users, their grants, sessions and failed
// logins. Implemented over portable SQL by storage::SqlAccountStore, which both engines' stores
// derive from (migration 11).
//
// A password is never stored: only its argon2id string (crypto_pwhash_str). A session token is
// never stored: only its SHA-256. Times used in decisions are unix seconds from the caller's
// clock, so expiry and lockout are testable; text times are UTC ("2020-06-14T08:30:00.000Z").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/access.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

struct UserRecord {
  int64_t id = 0;
  std::string login;  // unique: lower-case letters, digits, '.', '_', '-'
  std::string display_name;
  std::string password_hash;  // argon2id, crypto_pwhash_str's text
  std::string created_at;     // UTC text
  std::string password_changed_at;
};

struct GrantRecord {
  int64_t id = 0;
  int64_t user_id = 0;
  access::Grant grant;  // grant.org_code empty: global
  std::string granted_at;
};

struct SessionRecord {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string token_hash;  // Sha256Hex of the token
  std::string client;      // the client address at login
  int64_t created_at = 0;  // unix seconds
  int64_t expires_at = 0;
  std::optional<int64_t> revoked_at;
};

class AccountStore {
 public:
  virtual ~AccountStore() = default;

  virtual Result<int64_t> CountUsers() = 0;
  // kConflict when the login is taken.
  virtual Result<int64_t> AddUser(const UserRecord& user) = 0;
  virtual Result<std::optional<UserRecord>> FindUser(const std::string& login) = 0;
  virtual Result<std::optional<UserRecord>> FindUserById(int64_t id) = 0;
  // Every user, by login.
  virtual Result<std::vector<UserRecord>> Users() = 0;
  // false when there is no such user.
  virtual Result<bool> SetPasswordHash(int64_t user_id, const std::string& password_hash,
                                       const std::string& changed_at) = 0;

  // kNotFound for an unknown organization; kConflict when the user holds that grant already.
  virtual Result<int64_t> AddGrant(const GrantRecord& grant) = 0;
  // false when the user does not hold that grant.
  virtual Result<bool> RemoveGrant(int64_t user_id, const access::Grant& grant) = 0;
  // A user's grants, in the order given.
  virtual Result<std::vector<GrantRecord>> Grants(int64_t user_id) = 0;

  // kConflict when the token hash exists already.
  virtual Result<int64_t> AddSession(const SessionRecord& session) = 0;
  virtual Result<std::optional<SessionRecord>> FindSession(const std::string& token_hash) = 0;
  // false when there is no such session or it was revoked already.
  virtual Result<bool> RevokeSession(const std::string& token_hash, int64_t at) = 0;
  // Revokes every live session of the user; returns how many.
  virtual Result<int64_t> RevokeSessions(int64_t user_id, int64_t at) = 0;

  // Failed logins, for the throttle (access/throttle.h).
  virtual Status AddLoginFailure(const std::string& login, const std::string& client,
                                 int64_t at) = 0;
  // Unix seconds of the failures at or after `since`, of the login / of the client address.
  virtual Result<std::vector<int64_t>> LoginFailures(const std::string& login, int64_t since) = 0;
  virtual Result<std::vector<int64_t>> ClientFailures(const std::string& client, int64_t since) = 0;
  // After a successful login: the login's failures are forgotten (the client's are kept).
  virtual Status ClearLoginFailures(const std::string& login) = 0;
  // Failures older than `before` decide nothing any more: dropped, so the table stays small.
  virtual Status ForgetLoginFailuresBefore(int64_t before) = 0;
};

// As app::ElectionsOf: the AccountStore of a store that storage::OpenStore opened.
inline AccountStore& AccountsOf(Store& store) { return dynamic_cast<AccountStore&>(store); }

}  // namespace daihoi::app
