#pragma once
// Quality ratings (xếp loại chất lượng): each December a committee rates each organization and
// each member of its subtree for the year. Grades are data (rank 1 is the best); out of the box
// the four of DefaultGrades(). Shares per grade per subtree and year; the cap on the top grade
// is a warning, never an error, and its figures are parameters (TopGradeCap).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace daihoi::building {

struct Grade {
  std::string code;  // excellent
  std::string name;  // Hoàn thành xuất sắc nhiệm vụ
  int rank = 0;      // 1 = the best
};

// excellent, good, fulfilled, unfulfilled (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn
// thành nhiệm vụ).
std::vector<Grade> DefaultGrades();

// A grade named by its code, its name or an abbreviation ("HTXSNV", "HTTNV", "HTNV",
// "KHTNV"), case- and accent-insensitive; nullptr when none matches.
const Grade* FindGrade(const std::vector<Grade>& grades, std::string_view text);

// Who is rated: an organization (tổ chức đảng) or a member (đảng viên).
enum class RatedKind { kOrganization, kMember };
const char* ToString(RatedKind kind);  // "organization", "member"
// Also "tổ chức", "tổ chức đảng", "đảng viên" (accent-insensitive); nullopt otherwise.
std::optional<RatedKind> ParseRatedKind(std::string_view text);
const char* Label(RatedKind kind);  // "Tổ chức đảng", "Đảng viên"

struct Rating {
  int year = 0;
  RatedKind kind = RatedKind::kOrganization;
  std::string org_code;   // the organization rated, or the member's organization
  std::string member_id;  // a member's rating only
  std::string full_name;  // a member's name (the registry's when left empty and known)
  std::string grade;      // a Grade::code
  std::string note;
};

// Problems of one rating, each naming its field (year, kind, org_code, member_id, grade): a
// year outside 1930–2100, a member rating without member_id (or an organization rating with
// one), an unknown grade.
std::vector<Error> ValidateRating(const Rating& rating, const std::vector<Grade>& grades);

struct GradeShare {
  Grade grade;
  int64_t count = 0;
  double percent = 0;  // of those rated; 0 when none
};

// The top-grade cap (I): the organizations (or members) rated with the best grade may be at
// most `max_percent` of those rated with a grade of rank `base_rank` or better. The regulation
// of a round sets the figures; out of the box 20% of those rated "hoàn thành tốt nhiệm vụ" or
// better.
struct TopGradeCap {
  double max_percent = 20;
  int base_rank = 2;
};

struct CapCheck {
  int64_t top = 0;      // rated with the best grade
  int64_t base = 0;     // rated base_rank or better
  int64_t allowed = 0;  // floor(max_percent% of base)
  bool exceeded = false;
  std::string warning;  // Vietnamese, empty unless exceeded
};

struct GradeShares {
  int year = 0;
  RatedKind kind = RatedKind::kOrganization;
  int64_t rated = 0;
  std::vector<GradeShare> grades;  // every grade, by rank
  CapCheck cap;
};

// The shares of the ratings of `kind` in `year` (other ratings are ignored). A rating whose
// grade is not among `grades` is not counted.
GradeShares ComputeShares(const std::vector<Rating>& ratings, const std::vector<Grade>& grades,
                          int year, RatedKind kind, const TopGradeCap& cap);

}  // namespace daihoi::building
