// UtcText (ports/clock.h): the text form of the clock's times in records.
#include "app/ports/clock.h"

#include <cstdio>

#include "common/date.h"

namespace daihoi::app {

std::string UtcText(int64_t ms) {
  int64_t days = ms / 86'400'000;
  int64_t rest = ms % 86'400'000;
  if (rest < 0) {
    rest += 86'400'000;
    --days;
  }
  char time[32];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d.%03dZ", static_cast<int>(rest / 3'600'000),
                static_cast<int>(rest / 60'000 % 60), static_cast<int>(rest / 1000 % 60),
                static_cast<int>(rest % 1000));
  return Date::FromDays(days).ToIso() + time;
}

}  // namespace daihoi::app
