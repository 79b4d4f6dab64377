#pragma once
// A congress round plan and its checks (spec/CONTRACTS.md "Plan check"). Pure: values in,
// violations out.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "org/tree.h"
#include "planning/congress.h"

namespace daihoi::planning {

// The level whose organizations keep their own, shorter terms (R-TERM: cells under a
// grassroots committee hold congress twice in five years) and always hold members' congresses
// (R-KIND). GLOSSARY: level `cell`.
inline constexpr const char* kCellLevel = "cell";
// The level R-KIND's member threshold applies to. GLOSSARY: level `grassroots`.
inline constexpr const char* kGrassrootsLevel = "grassroots";

struct Window {
  Date start;
  Date end;  // inclusive
};

// A share such as 2/3 (R-QUORUM).
struct Share {
  int64_t numerator = 2;
  int64_t denominator = 3;
};

struct Plan {
  std::string root;  // the convening organization's code
  std::string term;  // committees' term, "2020-2025"
  // R-WINDOWS: one window per level code.
  std::map<std::string, Window, std::less<>> windows;
  // Optional windows for the pilot congresses of a level (e.g. pilot cells in 12/2024 before
  // the cells' window of 2025); a pilot of a level without one is checked on `windows`.
  std::map<std::string, Window, std::less<>> pilot_windows;
  std::vector<std::string> pilots;  // organization codes (R-ORDER-OF-LEVELS)
  // R-KIND (S, a plan parameter): below this many full members a grassroots organization holds
  // a members' congress, at or above it a delegates' congress.
  int64_t members_congress_below = 200;
  // R-MAX-DAYS: the longest congress per level code, in days counting both ends.
  std::map<std::string, int64_t, std::less<>> max_days;
  // R-NOTICE (a plan parameter): working days between the announcement of the opening date and
  // the opening, for delegates' congresses of `notice_levels`. Checked where an announcement
  // date is recorded in `announcements` (organization code → date).
  std::optional<int64_t> notice_working_days;
  std::vector<std::string> notice_levels = {"province", "district"};
  std::map<std::string, Date, std::less<>> announcements;
  // R-QUORUM (I): a congress is valid with more than this share of those convened present.
  Share quorum;
};

// Year the term starts: "2020-2025" → 2020; nullopt unless the text starts with four digits.
std::optional<int> TermStartYear(std::string_view term);

// R-QUORUM: present > quorum × convened, exactly.
bool QuorumMet(const Share& quorum, int64_t convened, int64_t present);

struct Violation {
  std::string rule;     // "R-WINDOWS"
  std::string org;      // the organization whose congress breaks the rule
  std::string message;  // Vietnamese, dates as dd/mm/yyyy
};

// Checks the congresses of the plan's root subtree (root included): for committees the
// congress of the plan's `term`; for cells (kCellLevel) each of their own terms that starts in
// the same year (R-TERM). A congress already held is checked on its held dates, any other on
// its planned dates. Rules: R-UNSCHEDULED (no congress for the term, or no date), R-WINDOWS,
// R-MAX-DAYS, R-KIND, R-ORDER-OF-LEVELS (after every subordinate congress has ended; a
// non-pilot after every pilot of its level has ended), R-NOTICE.
// Order: organizations in tree order (OrgTree::Subtree), then rule id.
// kInvalidInput (field "root" or "term") when the root is unknown or the term unreadable.
Result<std::vector<Violation>> CheckPlan(const Plan& plan, const org::OrgTree& tree,
                                         const std::vector<org::Level>& levels,
                                         const std::vector<Congress>& congresses);

// The dates a congress is judged on: held dates once held, else planned dates. nullopt when it
// has neither. A missing end is the start (a one-day congress).
struct Span {
  Date start;
  Date end;
  bool held = false;
};
std::optional<Span> EffectiveSpan(const Congress& congress);

// "cấp cơ sở", "cấp huyện", …: how messages name a level; data-defined levels use their name.
std::string LevelLabel(const std::string& level_code, const std::vector<org::Level>& levels);

}  // namespace daihoi::planning
