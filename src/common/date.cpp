#include "common/date.h"

#include <charconv>
#include <cstdio>

namespace daihoi {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct Ymd {
  int y;
  int m;
  int d;
};

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::optional<int> ParseInt(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return std::nullopt;
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return Date(DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::Parse(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    auto y = ParseInt(text.substr(0, 4), 4, 4);
    auto m = ParseInt(text.substr(5, 2), 2, 2);
    auto d = ParseInt(text.substr(8, 2), 2, 2);
    if (y && m && d) return FromYmd(*y, *m, *d);
    return std::nullopt;
  }
  // DD/MM/YYYY, with one-digit day or month accepted (5/6/2020).
  size_t a = text.find('/');
  if (a == std::string_view::npos) return std::nullopt;
  size_t b = text.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  auto d = ParseInt(text.substr(0, a), 1, 2);
  auto m = ParseInt(text.substr(a + 1, b - a - 1), 1, 2);
  auto y = ParseInt(text.substr(b + 1), 4, 4);
  if (y && m && d) return FromYmd(*y, *m, *d);
  return std::nullopt;
}

int Date::year() const { return CivilFromDays(days_).y; }
int Date::month() const { return CivilFromDays(days_).m; }
int Date::day() const { return CivilFromDays(days_).d; }

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  int64_t w = (days_ + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::ToIso() const {
  Ymd c = CivilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

std::string Date::ToVietnamese() const {
  Ymd c = CivilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", c.d, c.m, c.y);
  return buf;
}

int64_t WorkingDaysBetween(Date from, Date to) {
  int64_t count = 0;
  for (Date d = from.AddDays(1); d <= to; d = d.AddDays(1)) {
    if (!d.IsWeekend()) ++count;
  }
  return count;
}

}  // namespace daihoi
