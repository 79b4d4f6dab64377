#include "building/ratings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "building/words.h"

namespace daihoi::building {
namespace {

std::string Percent(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.resize(text.size() - 2);
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text + "%";
}

}  // namespace

std::vector<Grade> DefaultGrades() {
  return {{"excellent", "Hoàn thành xuất sắc nhiệm vụ", 1},
          {"good", "Hoàn thành tốt nhiệm vụ", 2},
          {"fulfilled", "Hoàn thành nhiệm vụ", 3},
          {"unfulfilled", "Không hoàn thành nhiệm vụ", 4}};
}

const Grade* FindGrade(const std::vector<Grade>& grades, std::string_view text) {
  const std::string key = WordKey(text);
  if (key.empty()) return nullptr;
  for (const Grade& grade : grades) {
    if (key == WordKey(grade.code) || key == WordKey(grade.name)) return &grade;
    // The initials of the name: "Hoàn thành xuất sắc nhiệm vụ" → "htxsnv".
    std::string initials;
    bool start = true;
    for (char c : WordKey(grade.name)) {
      if (c == ' ') {
        start = true;
      } else if (start) {
        initials += c;
        start = false;
      }
    }
    if (key == initials) return &grade;
  }
  return nullptr;
}

const char* ToString(RatedKind kind) {
  return kind == RatedKind::kMember ? "member" : "organization";
}

std::optional<RatedKind> ParseRatedKind(std::string_view text) {
  const std::string key = WordKey(text);
  if (key == "organization" || key == "to chuc" || key == "to chuc dang" || key == "tap the") {
    return RatedKind::kOrganization;
  }
  if (key == "member" || key == "dang vien" || key == "ca nhan") return RatedKind::kMember;
  return std::nullopt;
}

const char* Label(RatedKind kind) {
  return kind == RatedKind::kMember ? "Đảng viên" : "Tổ chức đảng";
}

std::vector<Error> ValidateRating(const Rating& rating, const std::vector<Grade>& grades) {
  std::vector<Error> errors;
  if (rating.year < 1930 || rating.year > 2100) {
    errors.push_back(InvalidInput(
        "năm xếp loại không hợp lệ '" + std::to_string(rating.year) + "' (year 1930–2100)",
        "year"));
  }
  if (rating.org_code.empty()) {
    errors.push_back(InvalidInput("thiếu mã tổ chức (org_code is required)", "org_code"));
  }
  if (rating.kind == RatedKind::kMember && rating.member_id.empty()) {
    errors.push_back(InvalidInput(
        "xếp loại đảng viên cần mã đảng viên (a member's rating needs member_id)", "member_id"));
  }
  if (rating.kind == RatedKind::kOrganization && !rating.member_id.empty()) {
    errors.push_back(InvalidInput(
        "xếp loại tổ chức không có mã đảng viên (an organization's rating has no member_id)",
        "member_id"));
  }
  if (FindGrade(grades, rating.grade) == nullptr) {
    errors.push_back(
        InvalidInput("mức xếp loại không biết '" + rating.grade + "' (unknown grade)", "grade"));
  }
  return errors;
}

GradeShares ComputeShares(const std::vector<Rating>& ratings, const std::vector<Grade>& grades,
                          int year, RatedKind kind, const TopGradeCap& cap) {
  GradeShares shares;
  shares.year = year;
  shares.kind = kind;
  std::vector<Grade> ordered = grades;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Grade& a, const Grade& b) { return a.rank < b.rank; });
  for (const Grade& grade : ordered) shares.grades.push_back({grade, 0, 0});
  for (const Rating& rating : ratings) {
    if (rating.year != year || rating.kind != kind) continue;
    for (GradeShare& share : shares.grades) {
      if (share.grade.code == rating.grade) {
        ++share.count;
        ++shares.rated;
        break;
      }
    }
  }
  for (GradeShare& share : shares.grades) {
    if (shares.rated > 0) {
      share.percent = 100.0 * static_cast<double>(share.count) / static_cast<double>(shares.rated);
    }
  }
  if (shares.grades.empty()) return shares;
  const int best = shares.grades.front().grade.rank;
  for (const GradeShare& share : shares.grades) {
    if (share.grade.rank == best) shares.cap.top += share.count;
    if (share.grade.rank <= cap.base_rank) shares.cap.base += share.count;
  }
  // A small tolerance keeps 20% of 50 at 10, not 9, after the floating-point product.
  shares.cap.allowed = static_cast<int64_t>(
      std::floor(cap.max_percent * static_cast<double>(shares.cap.base) / 100.0 + 1e-9));
  shares.cap.exceeded = shares.cap.top > shares.cap.allowed;
  if (shares.cap.exceeded) {
    std::string base_name;
    for (const GradeShare& share : shares.grades) {
      if (share.grade.rank == cap.base_rank) base_name = share.grade.name;
    }
    shares.cap.warning = std::to_string(shares.cap.top) + " " +
                         (kind == RatedKind::kMember ? "đảng viên" : "tổ chức đảng") +
                         " xếp loại \"" + shares.grades.front().grade.name +
                         "\", vượt mức tối đa " + Percent(cap.max_percent) + " của " +
                         std::to_string(shares.cap.base) + " được xếp loại \"" + base_name +
                         "\" trở lên (tối đa " + std::to_string(shares.cap.allowed) + ")";
  }
  return shares;
}

}  // namespace daihoi::building
