#pragma once
// The clock port: use cases that decide by time (sessions, login throttle, audit records) read
// it here, so tests pass a fixed clock.

#include <chrono>
#include <cstdint>
#include <string>

namespace daihoi::app {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since 1970-01-01 UTC.
  virtual int64_t NowMs() const = 0;
  int64_t NowSeconds() const { return NowMs() / 1000; }
};

class SystemClock : public Clock {
 public:
  int64_t NowMs() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

class FixedClock : public Clock {
 public:
  explicit FixedClock(int64_t ms) : ms_(ms) {}
  int64_t NowMs() const override { return ms_; }
  void Advance(int64_t ms) { ms_ += ms; }

 private:
  int64_t ms_;
};

// "2020-06-14T08:30:00.000Z" for a time in milliseconds since 1970-01-01 UTC.
std::string UtcText(int64_t ms);

}  // namespace daihoi::app
