#pragma once
// app::AccountStore over portable SQL (storage/sql.h): migration 11 (users, user_grants,
// user_sessions, login_failures). SqliteStore and PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/account_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlAccountStore : public app::AccountStore, public virtual HasSql {
 public:
  Result<int64_t> CountUsers() override;
  Result<int64_t> AddUser(const app::UserRecord& user) override;
  Result<std::optional<app::UserRecord>> FindUser(const std::string& login) override;
  Result<std::optional<app::UserRecord>> FindUserById(int64_t id) override;
  Result<std::vector<app::UserRecord>> Users() override;
  Result<bool> SetPasswordHash(int64_t user_id, const std::string& password_hash,
                               const std::string& changed_at) override;

  Result<int64_t> AddGrant(const app::GrantRecord& grant) override;
  Result<bool> RemoveGrant(int64_t user_id, const access::Grant& grant) override;
  Result<std::vector<app::GrantRecord>> Grants(int64_t user_id) override;

  Result<int64_t> AddSession(const app::SessionRecord& session) override;
  Result<std::optional<app::SessionRecord>> FindSession(const std::string& token_hash) override;
  Result<bool> RevokeSession(const std::string& token_hash, int64_t at) override;
  Result<int64_t> RevokeSessions(int64_t user_id, int64_t at) override;

  Status AddLoginFailure(const std::string& login, const std::string& client, int64_t at) override;
  Result<std::vector<int64_t>> LoginFailures(const std::string& login, int64_t since) override;
  Result<std::vector<int64_t>> ClientFailures(const std::string& client, int64_t since) override;
  Status ClearLoginFailures(const std::string& login) override;
  Status ForgetLoginFailuresBefore(int64_t before) override;

 protected:
  ~SqlAccountStore() = default;

 private:
  Result<std::optional<app::UserRecord>> ReadUser(const std::string& where,
                                                  const SqlParams& params);
  Result<std::vector<int64_t>> Failures(const std::string& column, const std::string& key,
                                        int64_t since);
};

}  // namespace daihoi::storage
