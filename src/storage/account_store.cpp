#include "storage/account_store.h"

#include <utility>

namespace daihoi::storage {
namespace {

const char* const kUserColumns =
    "SELECT id, login, display_name, password_hash, created_at, password_changed_at FROM users ";

Error Conflict(std::string message) { return Error(ErrorCode::kConflict, std::move(message)); }

// The grant's organization as a parameter: NULL for a global grant.
Result<SqlValue> OrgParam(Sql& sql, const std::string& org_code) {
  if (org_code.empty()) return SqlValue(nullptr);
  auto id = sql.OrgId(org_code);
  if (!id.ok()) return id.error();
  return SqlValue(*id);
}

}  // namespace

Result<int64_t> SqlAccountStore::CountUsers() {
  auto count = sql().FirstInt("SELECT COUNT(*) FROM users");
  if (!count.ok()) return count.error();
  return count->value_or(0);
}

Result<int64_t> SqlAccountStore::AddUser(const app::UserRecord& user) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto existing = sql().FirstInt("SELECT id FROM users WHERE login = $1", {user.login});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      return Conflict("tên đăng nhập '" + user.login + "' đã có (the login is taken)");
    }
    auto inserted = sql().InsertId(
        "INSERT INTO users (login, display_name, password_hash, created_at, password_changed_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {user.login, user.display_name, user.password_hash, user.created_at,
         user.password_changed_at});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<std::optional<app::UserRecord>> SqlAccountStore::ReadUser(const std::string& where,
                                                                 const SqlParams& params) {
  std::optional<app::UserRecord> user;
  Status s = sql().Query(std::string(kUserColumns) + where, params, [&](const SqlRow& row) {
    user = app::UserRecord{row.Int(0),  row.Text(1), row.Text(2),
                           row.Text(3), row.Text(4), row.Text(5)};
  });
  if (!s) return s.error();
  return user;
}

Result<std::optional<app::UserRecord>> SqlAccountStore::FindUser(const std::string& login) {
  return ReadUser("WHERE login = $1", {login});
}

Result<std::optional<app::UserRecord>> SqlAccountStore::FindUserById(int64_t id) {
  return ReadUser("WHERE id = $1", {id});
}

Result<std::vector<app::UserRecord>> SqlAccountStore::Users() {
  std::vector<app::UserRecord> users;
  Status s = sql().Query(std::string(kUserColumns) + "ORDER BY login", {}, [&](const SqlRow& row) {
    users.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5)});
  });
  if (!s) return s.error();
  return users;
}

Result<bool> SqlAccountStore::SetPasswordHash(int64_t user_id, const std::string& password_hash,
                                              const std::string& changed_at) {
  auto changed =
      sql().Run("UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3",
                {password_hash, changed_at, user_id});
  if (!changed.ok()) return changed.error();
  return *changed > 0;
}

Result<int64_t> SqlAccountStore::AddGrant(const app::GrantRecord& grant) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto org = OrgParam(sql(), grant.grant.org_code);
    if (!org.ok()) return org.error();
    // "IS NOT DISTINCT FROM" is not SQLite's, "IS" is not PostgreSQL's: NULL spelled out.
    auto existing = sql().FirstInt(
        "SELECT id FROM user_grants WHERE user_id = $1 AND role = $2 AND term = $3 AND "
        "((CAST($4 AS BIGINT) IS NULL AND org_id IS NULL) OR org_id = CAST($4 AS BIGINT))",
        {grant.user_id, access::ToString(grant.grant.role), grant.grant.term, *org});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict("người dùng đã có quyền này (the user holds this grant)");
    auto inserted = sql().InsertId(
        "INSERT INTO user_grants (user_id, role, org_id, term, granted_at) "
        "VALUES ($1, $2, CAST($3 AS BIGINT), $4, $5) RETURNING id",
        {grant.user_id, access::ToString(grant.grant.role), *org, grant.grant.term,
         grant.granted_at});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlAccountStore::RemoveGrant(int64_t user_id, const access::Grant& grant) {
  SqlValue org = nullptr;
  if (!grant.org_code.empty()) {
    auto id = sql().FirstInt("SELECT id FROM organizations WHERE code = $1", {grant.org_code});
    if (!id.ok()) return id.error();
    if (!*id) return false;
    org = **id;
  }
  auto removed = sql().Run(
      "DELETE FROM user_grants WHERE user_id = $1 AND role = $2 AND term = $3 AND "
      "((CAST($4 AS BIGINT) IS NULL AND org_id IS NULL) OR org_id = CAST($4 AS BIGINT))",
      {user_id, access::ToString(grant.role), grant.term, org});
  if (!removed.ok()) return removed.error();
  return *removed > 0;
}

Result<std::vector<app::GrantRecord>> SqlAccountStore::Grants(int64_t user_id) {
  std::vector<app::GrantRecord> grants;
  Status s = sql().Query(
      "SELECT g.id, g.role, COALESCE(o.code, ''), g.term, g.granted_at FROM user_grants g "
      "LEFT JOIN organizations o ON o.id = g.org_id WHERE g.user_id = $1 ORDER BY g.id",
      {user_id}, [&](const SqlRow& row) {
        app::GrantRecord grant;
        grant.id = row.Int(0);
        grant.user_id = user_id;
        grant.grant.role = access::ParseRole(row.Text(1)).value_or(access::Role::kObserver);
        grant.grant.org_code = row.Text(2);
        grant.grant.term = row.Text(3);
        grant.granted_at = row.Text(4);
        grants.push_back(std::move(grant));
      });
  if (!s) return s.error();
  return grants;
}

Result<int64_t> SqlAccountStore::AddSession(const app::SessionRecord& session) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto existing =
        sql().FirstInt("SELECT id FROM user_sessions WHERE token_hash = $1", {session.token_hash});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict("session token exists");
    auto inserted = sql().InsertId(
        "INSERT INTO user_sessions (user_id, token_hash, client, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {session.user_id, session.token_hash, session.client, session.created_at,
         session.expires_at});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<std::optional<app::SessionRecord>> SqlAccountStore::FindSession(
    const std::string& token_hash) {
  std::optional<app::SessionRecord> session;
  Status s = sql().Query(
      "SELECT id, user_id, token_hash, client, created_at, expires_at, revoked_at "
      "FROM user_sessions WHERE token_hash = $1",
      {token_hash}, [&](const SqlRow& row) {
        session = app::SessionRecord{row.Int(0), row.Int(1), row.Text(2),       row.Text(3),
                                     row.Int(4), row.Int(5), row.OptionalInt(6)};
      });
  if (!s) return s.error();
  return session;
}

Result<bool> SqlAccountStore::RevokeSession(const std::string& token_hash, int64_t at) {
  auto changed = sql().Run(
      "UPDATE user_sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL",
      {at, token_hash});
  if (!changed.ok()) return changed.error();
  return *changed > 0;
}

Result<int64_t> SqlAccountStore::RevokeSessions(int64_t user_id, int64_t at) {
  return sql().Run(
      "UPDATE user_sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
      {at, user_id});
}

Status SqlAccountStore::AddLoginFailure(const std::string& login, const std::string& client,
                                        int64_t at) {
  auto inserted =
      sql().Run("INSERT INTO login_failures (login, client, failed_at) VALUES ($1, $2, $3)",
                {login, client, at});
  if (!inserted.ok()) return inserted.error();
  return {};
}

Result<std::vector<int64_t>> SqlAccountStore::Failures(const std::string& column,
                                                       const std::string& key, int64_t since) {
  std::vector<int64_t> times;
  Status s = sql().Query("SELECT failed_at FROM login_failures WHERE " + column +
                             " = $1 AND failed_at >= $2 ORDER BY failed_at",
                         {key, since}, [&](const SqlRow& row) { times.push_back(row.Int(0)); });
  if (!s) return s.error();
  return times;
}

Result<std::vector<int64_t>> SqlAccountStore::LoginFailures(const std::string& login,
                                                            int64_t since) {
  return Failures("login", login, since);
}

Result<std::vector<int64_t>> SqlAccountStore::ClientFailures(const std::string& client,
                                                             int64_t since) {
  return Failures("client", client, since);
}

Status SqlAccountStore::ClearLoginFailures(const std::string& login) {
  auto removed = sql().Run("DELETE FROM login_failures WHERE login = $1", {login});
  if (!removed.ok()) return removed.error();
  return {};
}

Status SqlAccountStore::ForgetLoginFailuresBefore(int64_t before) {
  auto removed = sql().Run("DELETE FROM login_failures WHERE failed_at < $1", {before});
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::storage
