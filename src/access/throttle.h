#pragma once
// Login throttling and temporary lockout (docs/security.md), decided from the recent failed
// logins and a clock value the caller passes in, so the decision is testable without waiting.
//
// Failures are counted per login name and per client address; each key is judged alone and the
// stricter answer wins:
//   - lockout: when `lock_after` failures fall within `window_seconds` ending at the latest one,
//     the key is locked until `lockout_seconds` after the latest failure;
//   - throttle: otherwise, after k failures within the window ending now, the next attempt waits
//     base_delay_seconds × 2^(k−1) (at most max_delay_seconds) after the latest failure, counted
//     from the end of the failure's second (times are whole seconds).
// All numbers are parameters (LoginPolicy), never constants of the code.

#include <cstdint>
#include <vector>

namespace daihoi::access {

struct LoginPolicy {
  int64_t window_seconds = 15 * 60;
  int64_t lock_after_per_login = 5;    // failures of one login name
  int64_t lock_after_per_client = 20;  // failures from one client address, any login
  int64_t lockout_seconds = 15 * 60;
  int64_t base_delay_seconds = 1;
  int64_t max_delay_seconds = 30;
};

struct LoginGate {
  bool allowed = true;
  bool locked = false;   // a lockout (not a throttle delay) refuses the attempt
  int64_t retry_at = 0;  // unix seconds when refused: the earliest next attempt
};

// failures_*: unix seconds of the recent failures (any order; older ones are ignored).
LoginGate DecideLogin(const std::vector<int64_t>& login_failures,
                      const std::vector<int64_t>& client_failures, int64_t now,
                      const LoginPolicy& policy);

}  // namespace daihoi::access
