#pragma once
// Civil dates (proleptic Gregorian), without time zones: congress dates are calendar days.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace daihoi {

class Date {
 public:
  Date() = default;
  // Days since 1970-01-01.
  static Date FromDays(int64_t days) { return Date(days); }
  // nullopt unless year/month/day form a real date.
  static std::optional<Date> FromYmd(int year, int month, int day);
  // Accepts YYYY-MM-DD and DD/MM/YYYY (CONTRACTS.md); nullopt otherwise.
  static std::optional<Date> Parse(std::string_view text);

  int64_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // 0 = Monday … 6 = Sunday.
  int weekday() const;
  bool IsWeekend() const { return weekday() >= 5; }

  Date AddDays(int64_t n) const { return Date(days_ + n); }
  std::string ToIso() const;         // 2020-05-19
  std::string ToVietnamese() const;  // 19/05/2020

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(int64_t days) : days_(days) {}
  int64_t days_ = 0;
};

// Days from a to b counting both ends (a congress from 14 to 16 lasts 3 days).
inline int64_t InclusiveDays(Date a, Date b) { return b.days() - a.days() + 1; }

// Working days (Monday–Friday) strictly after `from` up to and including `to`; 0 if to <= from.
// Public holidays are not known here; callers that need them subtract them.
int64_t WorkingDaysBetween(Date from, Date to);

}  // namespace daihoi
