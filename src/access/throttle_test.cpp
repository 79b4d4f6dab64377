// The login throttle and lockout (throttle.h), with the clock passed in.
#include "access/throttle.h"

#include <gtest/gtest.h>

#include <vector>

namespace daihoi::access {
namespace {

constexpr int64_t kT = 1'700'000'000;  // an arbitrary instant (unix seconds)

TEST(Throttle, NoFailuresNoWait) {
  const LoginGate gate = DecideLogin({}, {}, kT, LoginPolicy{});
  EXPECT_TRUE(gate.allowed);
  EXPECT_FALSE(gate.locked);
}

TEST(Throttle, DelayDoublesWithEachRecentFailure) {
  LoginPolicy policy;  // 1 s, 2 s, 4 s … at most 30 s
  std::vector<int64_t> failures = {kT};
  EXPECT_FALSE(DecideLogin(failures, {}, kT, policy).allowed);
  // Whole seconds: a failure in second kT may have been at its end, so kT + 1 is too soon.
  EXPECT_FALSE(DecideLogin(failures, {}, kT + 1, policy).allowed);
  EXPECT_EQ(DecideLogin(failures, {}, kT, policy).retry_at, kT + 2);
  EXPECT_TRUE(DecideLogin(failures, {}, kT + 2, policy).allowed);
  failures = {kT - 10, kT - 5, kT};  // three: 4 s
  EXPECT_FALSE(DecideLogin(failures, {}, kT + 4, policy).allowed);
  EXPECT_FALSE(DecideLogin(failures, {}, kT + 4, policy).locked);
  EXPECT_TRUE(DecideLogin(failures, {}, kT + 5, policy).allowed);
  policy.lock_after_per_login = 100;
  std::vector<int64_t> many;
  for (int i = 0; i < 10; ++i) many.push_back(kT - 10 + i);
  EXPECT_EQ(DecideLogin(many, {}, kT, policy).retry_at, kT - 1 + 30 + 1);  // capped
}

TEST(Throttle, LockoutAfterRepeatedFailuresOfOneLogin) {
  const LoginPolicy policy;  // 5 within 15 min: locked 15 min after the last
  const std::vector<int64_t> four = {kT - 400, kT - 300, kT - 200, kT - 100};
  EXPECT_FALSE(DecideLogin(four, {}, kT, policy).locked);
  EXPECT_TRUE(DecideLogin(four, {}, kT, policy).allowed);  // 8 s passed long ago
  std::vector<int64_t> five = four;
  five.push_back(kT);
  const LoginGate locked = DecideLogin(five, {}, kT + 60, policy);
  EXPECT_FALSE(locked.allowed);
  EXPECT_TRUE(locked.locked);
  EXPECT_EQ(locked.retry_at, kT + 15 * 60);
  EXPECT_TRUE(DecideLogin(five, {}, kT + 14 * 60 + 59, policy).locked);
  // The lockout ends on time; the failures have left the window by then.
  EXPECT_TRUE(DecideLogin(five, {}, kT + 15 * 60, policy).allowed);
}

TEST(Throttle, FailuresOutsideTheWindowDoNotLock) {
  const LoginPolicy policy;
  // Five failures, but spread over more than 15 minutes: no lockout, only the last delay.
  const std::vector<int64_t> spread = {kT - 2000, kT - 1500, kT - 1000, kT - 500, kT};
  const LoginGate gate = DecideLogin(spread, {}, kT + 60, policy);
  EXPECT_TRUE(gate.allowed);
  EXPECT_FALSE(gate.locked);
}

TEST(Throttle, PerClientAddressAcrossLogins) {
  LoginPolicy policy;
  policy.lock_after_per_client = 3;
  const std::vector<int64_t> client = {kT - 30, kT - 20, kT - 10};
  const LoginGate gate = DecideLogin({}, client, kT, policy);
  EXPECT_FALSE(gate.allowed);
  EXPECT_TRUE(gate.locked);
  EXPECT_EQ(gate.retry_at, kT - 10 + policy.lockout_seconds);
}

TEST(Throttle, TheStricterKeyWins) {
  LoginPolicy policy;
  policy.lock_after_per_client = 3;
  const std::vector<int64_t> login = {kT};                         // throttled until kT + 1
  const std::vector<int64_t> client = {kT - 20, kT - 10, kT - 5};  // locked
  const LoginGate gate = DecideLogin(login, client, kT, policy);
  EXPECT_TRUE(gate.locked);
  EXPECT_EQ(gate.retry_at, kT - 5 + policy.lockout_seconds);
  policy.lock_after_per_client = 0;  // 0: no lockout by client, only the delay
  EXPECT_FALSE(DecideLogin(login, client, kT, policy).locked);
}

}  // namespace
}  // namespace daihoi::access
