#pragma once
// Member movements (biến động đảng viên) and the member counts derived from them.
//
// A movement belongs to the organization whose own members it changes (a cell, a stand-alone
// grassroots cell, or a committee's directly attached members) and carries a count, so a unit
// may record one admission or the twelve of a month. A balance (số đầu kỳ) states the count of
// the organization's own members at the start of its day; the other movements change it:
// admission (kết nạp) and transfer in (chuyển đến) add, transfer out (chuyển đi), death
// (từ trần) and removal (xóa tên, khai trừ) subtract.
//
// Members as of a date D, of one organization: its latest balance dated D or before (0 without
// one), plus the movements dated from that balance's day to D. Probationary members as of D are
// those admitted in the `probation_months` before D (Điều lệ Đảng: 12 months of probation, a
// parameter here); departures are taken as full members. Full = members − probationary.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"

namespace daihoi::building {

enum class MovementKind { kBalance, kAdmission, kTransferIn, kTransferOut, kDeath, kRemoval };
inline constexpr MovementKind kAllMovementKinds[] = {
    MovementKind::kBalance,     MovementKind::kAdmission, MovementKind::kTransferIn,
    MovementKind::kTransferOut, MovementKind::kDeath,     MovementKind::kRemoval};

// "balance", "admission", "transfer_in", "transfer_out", "death", "removal".
const char* ToString(MovementKind kind);
// Also the Vietnamese words ("kết nạp", "chuyển đến", "xóa tên", "khai trừ", "số đầu kỳ", …),
// accent-insensitive; nullopt otherwise.
std::optional<MovementKind> ParseMovementKind(std::string_view text);
const char* Label(MovementKind kind);  // "Kết nạp", …
// +1, −1, or 0 for a balance.
int Sign(MovementKind kind);

struct Movement {
  std::string org_code;
  MovementKind kind = MovementKind::kAdmission;
  Date on;
  int64_t count = 1;      // members moved (a balance: the count stated)
  std::string member_id;  // optional: the member, when one is named
  std::string full_name;
  std::string note;  // e.g. the decision number
};

// Problems of one movement, naming the field: no org_code; count below 1 (below 0 for a
// balance); a member named on a movement of several.
std::vector<Error> ValidateMovement(const Movement& movement);

struct OwnCount {
  int64_t members = 0;
  int64_t probationary = 0;
  int64_t full() const { return members > probationary ? members - probationary : 0; }
};

// The count of one organization's own members as of `as_of` from its movements (movements of
// other organizations are ignored).
OwnCount CountAsOf(const std::vector<Movement>& movements, const std::string& org_code, Date as_of,
                   int probation_months = 12);

struct MemberCount {
  std::string org_code;
  OwnCount own;                // from its own movements (zero without any)
  OwnCount subtree;            // own plus every organization below, see CountSubtree
  bool has_movements = false;  // some movement is recorded in its subtree
};

// Counts as of `as_of` for each organization of `subtree` (the subtree of its first
// organization, parents before children, as Store::Subtree answers), in that order. An
// organization without movements in its subtree counts its stated members (or its children's
// sum) as Store::CountsPerLevel does; its `has_movements` is false.
std::vector<MemberCount> CountSubtree(const std::vector<org::Organization>& subtree,
                                      const std::vector<Movement>& movements, Date as_of,
                                      int probation_months = 12);

// The same day `months` months later (earlier when negative), clamped to the month's end.
Date AddMonths(Date date, int months);

// An admission target of a term (chỉ tiêu kết nạp đảng viên) for an organization's subtree.
struct AdmissionTarget {
  std::string org_code;
  std::string term;  // 2015-2020
  Date from;         // the period the target covers, both days included
  Date to;
  int64_t target = 0;
};

// Checks: term present, from ≤ to, target ≥ 0 (fields term, from/to, target).
std::vector<Error> ValidateAdmissionTarget(const AdmissionTarget& target);

// Admissions (counts summed) among `movements` dated within [from, to].
int64_t AdmissionsBetween(const std::vector<Movement>& movements, Date from, Date to);

struct AdmissionProgress {
  AdmissionTarget target;
  int64_t admitted = 0;
  double percent = 0;  // admitted / target × 100; 0 when the target is 0
  bool reached = false;
};

AdmissionProgress ProgressOf(const AdmissionTarget& target, int64_t admitted);

}  // namespace daihoi::building
