#include "access/throttle.h"

#include <algorithm>

namespace daihoi::access {
namespace {

LoginGate DecideKey(const std::vector<int64_t>& failures, int64_t lock_after, int64_t now,
                    const LoginPolicy& policy) {
  if (failures.empty()) return {};
  const int64_t latest = *std::max_element(failures.begin(), failures.end());
  // Lockout: the window ending at the latest failure.
  const auto in_window_of = [&](int64_t end) {
    return std::count_if(failures.begin(), failures.end(),
                         [&](int64_t at) { return at <= end && at > end - policy.window_seconds; });
  };
  if (lock_after > 0 && in_window_of(latest) >= lock_after &&
      now < latest + policy.lockout_seconds) {
    return {false, true, latest + policy.lockout_seconds};
  }
  // Throttle: the window ending now.
  const int64_t recent = in_window_of(now);
  if (recent == 0) return {};
  int64_t delay = policy.base_delay_seconds;
  for (int64_t k = 1; k < recent && delay < policy.max_delay_seconds; ++k) delay *= 2;
  delay = std::min(delay, policy.max_delay_seconds);
  // Whole seconds: the failure may have been at the end of its second, so the wait counts from
  // the next one and is never shorter than `delay`.
  if (now <= latest + delay) return {false, false, latest + delay + 1};
  return {};
}

}  // namespace

LoginGate DecideLogin(const std::vector<int64_t>& login_failures,
                      const std::vector<int64_t>& client_failures, int64_t now,
                      const LoginPolicy& policy) {
  const LoginGate by_login = DecideKey(login_failures, policy.lock_after_per_login, now, policy);
  const LoginGate by_client = DecideKey(client_failures, policy.lock_after_per_client, now, policy);
  if (by_login.allowed) return by_client;
  if (by_client.allowed) return by_login;
  // Both refuse: the later retry, locked when either is a lockout.
  LoginGate gate = by_login.retry_at >= by_client.retry_at ? by_login : by_client;
  gate.locked = by_login.locked || by_client.locked;
  return gate;
}

}  // namespace daihoi::access
