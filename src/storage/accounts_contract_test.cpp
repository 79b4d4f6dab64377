// Accounts on both engines: app::AccountStore (storage/account_store.cpp) and the use cases of
// app/accounts.h over it — users, grants, passwords, sessions, the login throttle with a fixed
// clock, the first administrator.
#include <gtest/gtest.h>
#include <sodium.h>

#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/audit.h"
#include "app/ports/account_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using access::Grant;
using access::Role;

constexpr int64_t kStart = 1'592'121'600'000;  // 2020-06-14T08:00:00Z, in milliseconds

class AccountsContract : public StoreContract {
 protected:
  AccountsContract() {
    // The cheapest argon2id: these tests check behaviour, not cost.
    policy_.hashing = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
  }
  app::AccountStore& accounts() { return app::AccountsOf(*store_); }
  int64_t AuditCount() {
    auto check = app::VerifyAudit(*store_);
    EXPECT_TRUE(check.ok()) << check.error().message;
    return check.ok() ? check->records : -1;
  }
  void AddUser(const std::string& login, const std::string& password = "mật khẩu dài 1") {
    auto id =
        app::AddUser(*store_, clock_, admin_, {login, "Người dùng " + login, password}, policy_);
    ASSERT_TRUE(id.ok()) << id.error().message;
  }

  app::FixedClock clock_{kStart};
  app::AccountPolicy policy_;
  const app::Actor admin_ = app::Actor::CommandLine("tester");
};

TEST_P(AccountsContract, UsersKeepOnlyAnArgon2idHash) {
  AddUser("bd.board", "Ba Đình 2020!");
  Reopen();
  auto user = accounts().FindUser("bd.board");
  ASSERT_TRUE(user.ok()) << user.error().message;
  ASSERT_TRUE(user->has_value());
  EXPECT_EQ((*user)->display_name, "Người dùng bd.board");
  EXPECT_EQ((*user)->password_hash.rfind("$argon2id$", 0), 0u) << (*user)->password_hash;
  EXPECT_EQ((*user)->password_hash.find("Ba Đình 2020!"), std::string::npos);
  EXPECT_EQ((*user)->created_at, "2020-06-14T08:00:00.000Z");
  auto by_id = accounts().FindUserById((*user)->id);
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ((*by_id)->login, "bd.board");
  auto count = accounts().CountUsers();
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 1);
}

TEST_P(AccountsContract, BadUsersAreRefusedNamingTheFieldAndWriteNothing) {
  AddUser("taken");
  const int64_t records = AuditCount();
  struct Case {
    app::NewUser user;
    std::string field;
    ErrorCode code;
  };
  const std::vector<Case> cases = {
      {{"Ab", "x", "mật khẩu dài 1"}, "login", ErrorCode::kInvalidInput},
      {{"with space", "x", "mật khẩu dài 1"}, "login", ErrorCode::kInvalidInput},
      {{"-dash", "x", "mật khẩu dài 1"}, "login", ErrorCode::kInvalidInput},
      {{"short.pw", "x", "ngắn"}, "password", ErrorCode::kInvalidInput},
      {{"no.name", "", "mật khẩu dài 1"}, "display_name", ErrorCode::kInvalidInput},
      {{"taken", "x", "mật khẩu dài 1"}, "", ErrorCode::kConflict},
  };
  for (const Case& c : cases) {
    auto id = app::AddUser(*store_, clock_, admin_, c.user, policy_);
    ASSERT_FALSE(id.ok()) << c.user.login;
    EXPECT_EQ(id.error().code, c.code) << c.user.login << ": " << id.error().message;
    EXPECT_EQ(id.error().field, c.field) << c.user.login;
  }
  // Only a global administrator adds users.
  const app::Actor board{"bd.board", {{Role::kOrganizationBoard, "BD", ""}}};
  LoadHanoi();
  auto refused = app::AddUser(*store_, clock_, board, {"new.user", "x", "mật khẩu dài 1"}, policy_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  auto count = accounts().CountUsers();
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 1);
  EXPECT_EQ(AuditCount(), records) << "a refused change leaves no audit record";
}

TEST_P(AccountsContract, GrantsOverSubtreesGlobalAndPerCongress) {
  LoadHanoi();
  AddUser("clerk");
  ASSERT_TRUE(app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kUnitClerk, "BD-QT", ""}));
  ASSERT_TRUE(
      app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kCountingClerk, "BD", "2020-2025"}));
  ASSERT_TRUE(app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kAdministrator, "", ""}));
  auto again = app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kAdministrator, "", ""});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  auto unknown = app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kObserver, "NOPE", ""});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().field, "org");
  auto malformed =
      app::GrantRole(*store_, clock_, admin_, "clerk", {Role::kCountingClerk, "BD", ""});
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(malformed.error().field, "term");

  Reopen();
  auto users = app::ListUsers(*store_, admin_);
  ASSERT_TRUE(users.ok()) << users.error().message;
  ASSERT_EQ(users->size(), 1u);
  const std::vector<app::GrantRecord>& grants = (*users)[0].grants;
  ASSERT_EQ(grants.size(), 3u);
  EXPECT_EQ(grants[0].grant, (Grant{Role::kUnitClerk, "BD-QT", ""}));
  EXPECT_EQ(grants[1].grant, (Grant{Role::kCountingClerk, "BD", "2020-2025"}));
  EXPECT_EQ(grants[2].grant, (Grant{Role::kAdministrator, "", ""}));

  ASSERT_TRUE(app::RevokeRole(*store_, clock_, admin_, "clerk", {Role::kAdministrator, "", ""}));
  auto twice = app::RevokeRole(*store_, clock_, admin_, "clerk", {Role::kAdministrator, "", ""});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kNotFound);
  auto left = accounts().Grants((*users)[0].id);
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(left->size(), 2u);
}

TEST_P(AccountsContract, AScopedAdministratorGrantsOnlyInsideItsSubtree) {
  LoadHanoi();
  AddUser("someone");
  const app::Actor bd_admin{"bd.admin", {{Role::kAdministrator, "BD", ""}}};
  EXPECT_TRUE(
      app::GrantRole(*store_, clock_, bd_admin, "someone", {Role::kObserver, "BD-QT", ""}).ok());
  auto outside = app::GrantRole(*store_, clock_, bd_admin, "someone", {Role::kObserver, "HK", ""});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::kForbidden);
  auto global =
      app::GrantRole(*store_, clock_, bd_admin, "someone", {Role::kAdministrator, "", ""});
  ASSERT_FALSE(global.ok());
  EXPECT_EQ(global.error().code, ErrorCode::kForbidden);
  auto list = app::ListUsers(*store_, bd_admin);
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().code, ErrorCode::kForbidden);
}

TEST_P(AccountsContract, LoginSessionsExpireAndAreRevoked) {
  LoadHanoi();
  AddUser("ward.clerk", "Quán Thánh 2020");
  ASSERT_TRUE(
      app::GrantRole(*store_, clock_, admin_, "ward.clerk", {Role::kUnitClerk, "BD-QT", ""}));
  auto session =
      app::Login(*store_, clock_, {"ward.clerk", "Quán Thánh 2020", "10.0.0.7"}, policy_);
  ASSERT_TRUE(session.ok()) << session.error().message;
  EXPECT_EQ(session->token.size(), 64u);
  EXPECT_EQ(session->expires_at, kStart / 1000 + policy_.session_seconds);
  auto found = accounts().FindSession(session->token);
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value()) << "the token itself is not stored";

  Reopen();
  auto actor = app::Authenticate(*store_, clock_, session->token);
  ASSERT_TRUE(actor.ok()) << actor.error().message;
  EXPECT_EQ(actor->login, "ward.clerk");
  EXPECT_EQ(actor->grants, (std::vector<Grant>{{Role::kUnitClerk, "BD-QT", ""}}));
  auto forged = app::Authenticate(*store_, clock_, std::string(64, '0'));
  ASSERT_FALSE(forged.ok());
  EXPECT_EQ(forged.error().code, ErrorCode::kForbidden);

  // Expiry, by the clock.
  clock_.Advance(policy_.session_seconds * 1000);
  EXPECT_FALSE(app::Authenticate(*store_, clock_, session->token).ok());
  clock_ = app::FixedClock(kStart);

  // Logout ends one session; revoking a user ends all of them.
  auto second = app::Login(*store_, clock_, {"ward.clerk", "Quán Thánh 2020", "10.0.0.7"}, policy_);
  ASSERT_TRUE(second.ok()) << second.error().message;
  ASSERT_TRUE(app::Logout(*store_, clock_, session->token));
  EXPECT_FALSE(app::Authenticate(*store_, clock_, session->token).ok());
  EXPECT_TRUE(app::Authenticate(*store_, clock_, second->token).ok());
  auto revoked = app::RevokeUserSessions(*store_, clock_, admin_, "ward.clerk");
  ASSERT_TRUE(revoked.ok()) << revoked.error().message;
  EXPECT_EQ(*revoked, 1);
  EXPECT_FALSE(app::Authenticate(*store_, clock_, second->token).ok());
}

TEST_P(AccountsContract, LoginThrottlesThenLocksPerLoginAndPerClient) {
  AddUser("bd.board", "Ba Đình 2020!");
  const auto attempt = [&](const std::string& login, const std::string& password,
                           const std::string& client) {
    return app::Login(*store_, clock_, {login, password, client}, policy_);
  };
  // A wrong password and an unknown login read alike.
  auto wrong = attempt("bd.board", "sai mật khẩu", "10.0.0.1");
  auto unknown = attempt("nobody", "sai mật khẩu", "10.0.0.2");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  // Too soon after a failure: refused before the password is even checked.
  auto soon = attempt("bd.board", "Ba Đình 2020!", "10.0.0.1");
  ASSERT_FALSE(soon.ok());
  EXPECT_EQ(soon.error().code, ErrorCode::kTooManyRequests);
  EXPECT_NE(soon.error().message.find("thử lại sau"), std::string::npos) << soon.error().message;
  // Five failures within the window lock the login, whatever the client.
  for (int i = 0; i < 4; ++i) {
    clock_.Advance(60'000);
    ASSERT_FALSE(attempt("bd.board", "sai mật khẩu", "10.0.0." + std::to_string(10 + i)).ok());
  }
  clock_.Advance(60'000);
  auto locked = attempt("bd.board", "Ba Đình 2020!", "10.0.0.99");
  ASSERT_FALSE(locked.ok());
  EXPECT_NE(locked.error().message.find("tạm khóa"), std::string::npos) << locked.error().message;
  // The lockout ends on time and the right password works again; success forgets the failures.
  clock_.Advance(policy_.login.lockout_seconds * 1000);
  auto session = attempt("bd.board", "Ba Đình 2020!", "10.0.0.99");
  ASSERT_TRUE(session.ok()) << session.error().message;
  auto failures = accounts().LoginFailures("bd.board", 0);
  ASSERT_TRUE(failures.ok());
  EXPECT_TRUE(failures->empty());

  // One client trying many logins is locked by its address.
  policy_.login.lock_after_per_client = 3;
  for (int i = 0; i < 3; ++i) {
    clock_.Advance(60'000);
    ASSERT_FALSE(attempt("guess" + std::to_string(i), "x", "192.0.2.9").ok());
  }
  clock_.Advance(60'000);
  auto by_client = attempt("bd.board", "Ba Đình 2020!", "192.0.2.9");
  ASSERT_FALSE(by_client.ok());
  EXPECT_NE(by_client.error().message.find("tạm khóa"), std::string::npos);
  EXPECT_TRUE(attempt("bd.board", "Ba Đình 2020!", "192.0.2.10").ok());

  // Failures too old to decide anything are dropped.
  ASSERT_TRUE(accounts().ForgetLoginFailuresBefore(clock_.NowSeconds()));
  auto client_failures = accounts().ClientFailures("192.0.2.9", 0);
  ASSERT_TRUE(client_failures.ok());
  EXPECT_TRUE(client_failures->empty());
}

TEST_P(AccountsContract, ChangePasswordNeedsTheOldOneUnlessAnAdministrator) {
  AddUser("ward.clerk", "mật khẩu cũ 123");
  const app::Actor self{"ward.clerk", {}};
  auto session = app::Login(*store_, clock_, {"ward.clerk", "mật khẩu cũ 123", "c"}, policy_);
  ASSERT_TRUE(session.ok()) << session.error().message;

  auto missing = app::ChangePassword(*store_, clock_, self, "ward.clerk", std::nullopt,
                                     "mật khẩu mới 456", policy_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "old_password");
  auto wrong = app::ChangePassword(*store_, clock_, self, "ward.clerk", std::string("sai"),
                                   "mật khẩu mới 456", policy_);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kForbidden);
  auto other = app::ChangePassword(*store_, clock_, {"someone.else", {}}, "ward.clerk",
                                   std::string("mật khẩu cũ 123"), "mật khẩu mới 456", policy_);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kForbidden);
  auto weak = app::ChangePassword(*store_, clock_, self, "ward.clerk",
                                  std::string("mật khẩu cũ 123"), "ngắn", policy_);
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().field, "new_password");

  ASSERT_TRUE(app::ChangePassword(*store_, clock_, self, "ward.clerk",
                                  std::string("mật khẩu cũ 123"), "mật khẩu mới 456", policy_));
  EXPECT_FALSE(app::Authenticate(*store_, clock_, session->token).ok())
      << "a password change ends the sessions";
  clock_.Advance(3600'000);
  EXPECT_FALSE(app::Login(*store_, clock_, {"ward.clerk", "mật khẩu cũ 123", "c"}, policy_).ok());
  clock_.Advance(3600'000);
  EXPECT_TRUE(app::Login(*store_, clock_, {"ward.clerk", "mật khẩu mới 456", "c"}, policy_).ok());
  // A global administrator resets it without the old one.
  ASSERT_TRUE(app::ChangePassword(*store_, clock_, admin_, "ward.clerk", std::nullopt,
                                  "đặt lại bởi quản trị", policy_));
  clock_.Advance(3600'000);
  EXPECT_TRUE(
      app::Login(*store_, clock_, {"ward.clerk", "đặt lại bởi quản trị", "c"}, policy_).ok());
}

TEST_P(AccountsContract, EnsureAdministratorOnlyOnAnEmptyUserTable) {
  auto first = app::EnsureAdministrator(*store_, clock_, policy_);
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_TRUE(first->has_value());
  const std::string password = **first;
  EXPECT_GE(password.size(), 20u);
  auto second = app::EnsureAdministrator(*store_, clock_, policy_);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->has_value());
  auto session = app::Login(*store_, clock_, {"admin", password, "local"}, policy_);
  ASSERT_TRUE(session.ok()) << session.error().message;
  EXPECT_EQ(session->actor.grants, (std::vector<Grant>{{Role::kAdministrator, "", ""}}));
  auto users = app::ListUsers(*store_, session->actor);
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(users->size(), 1u);
}

TEST_P(AccountsContract, EveryAccountChangeIsAudited) {
  LoadHanoi();
  AddUser("bd.board");
  ASSERT_TRUE(
      app::GrantRole(*store_, clock_, admin_, "bd.board", {Role::kOrganizationBoard, "BD", ""}));
  ASSERT_TRUE(app::ChangePassword(*store_, clock_, admin_, "bd.board", std::nullopt,
                                  "mật khẩu mới 456", policy_));
  ASSERT_TRUE(
      app::RevokeRole(*store_, clock_, admin_, "bd.board", {Role::kOrganizationBoard, "BD", ""}));
  auto page = app::ListAudit(*store_, admin_, {});
  ASSERT_TRUE(page.ok()) << page.error().message;
  std::vector<std::string> use_cases;
  for (const app::AuditRecord& record : page->items) {
    use_cases.push_back(record.use_case);
    EXPECT_EQ(record.actor, "cli:tester");
  }
  EXPECT_EQ(use_cases,
            (std::vector<std::string>{"user.add", "user.grant", "user.passwd", "user.revoke"}));
  EXPECT_EQ(page->items[1].org_code, "BD");
  auto check = app::VerifyAudit(*store_);
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check->problem, app::AuditProblem::kNone) << check->message;
}

INSTANTIATE_TEST_SUITE_P(Engines, AccountsContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
