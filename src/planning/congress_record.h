#pragma once
// The details of one congress record beside planning::Congress: the date options (phương án)
// of which one is chosen, the venue, the announcement of the opening date (R-NOTICE), the
// content items (R-CONTENT) and the reduced congress, and the status derived from the record.
// Pure: an edit is applied and validated here; the store and the checks are elsewhere.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "planning/congress.h"

namespace daihoi::planning {

// GLOSSARY: phương án (thời gian), an alternative date range for one congress.
struct DateOption {
  Date start;
  Date end;  // inclusive
  std::string note;
  bool operator==(const DateOption&) const = default;
};

// R-CONTENT: the four items of a congress, in the rule's order.
enum class ContentItem { kReview = 1, kDocuments = 2, kCommittee = 3, kDelegation = 4 };
inline constexpr ContentItem kAllContentItems[] = {ContentItem::kReview, ContentItem::kDocuments,
                                                   ContentItem::kCommittee,
                                                   ContentItem::kDelegation};
const char* ToString(ContentItem item);  // "review", "documents", "committee", "delegation"
std::optional<ContentItem> ParseContentItem(std::string_view text);
// "Thảo luận báo cáo chính trị, đánh giá nhiệm kỳ và phương hướng", …
const char* ContentItemLabel(ContentItem item);

struct CongressDetails {
  std::vector<DateOption> options;
  // Index into options; the chosen option is the congress's planned dates.
  std::optional<int> chosen;
  std::string venue;
  // R-NOTICE: the day the opening date was announced.
  std::optional<Date> announced_on;
  // R-CONTENT: the items the congress holds, in the rule's order.
  std::vector<ContentItem> items = {ContentItem::kReview, ContentItem::kDocuments,
                                    ContentItem::kCommittee, ContentItem::kDelegation};
  // R-CONTENT: a merged or new organization's congress without elections (committee appointed).
  bool reduced = false;
  bool operator==(const CongressDetails&) const = default;
};

// planned → scheduled → held → results approved.
enum class CongressStatus { kPlanned, kScheduled, kHeld, kResultsApproved };
const char* ToString(CongressStatus status);  // "planned", "scheduled", "held", "results_approved"
const char* StatusLabel(CongressStatus status);  // "Dự kiến", "Đã có lịch", …

// planned: no date fixed (no chosen option, no planned dates); scheduled: a date fixed; held:
// the held end recorded; results approved: the superior committee approved the results
// (R-APPROVAL), whatever the record says.
CongressStatus DeriveStatus(const Congress& congress, bool results_approved);

// Invariants of a record (kInvalidInput naming the field):
// - every option ends on or after its start (`options[i].end`); no option repeats another;
// - `chosen` indexes an option; the chosen option is the planned dates;
// - planned and held ends are not before their starts;
// - `items` lists each item at most once; a full congress holds all four (R-CONTENT); a reduced
//   congress keeps items 1–2 only (review, documents), its committee being appointed;
// - `ordinal` is 0 (unknown) or 1..3999 (Roman numerals).
Status ValidateRecord(const Congress& congress, const CongressDetails& details);

// An edit of a congress record: each field set replaces the stored one.
struct CongressEdit {
  std::optional<std::vector<DateOption>> options;
  // Set: choose this option (index), or clear the choice (nullopt inside), which clears the
  // planned dates too.
  std::optional<std::optional<int>> chosen;
  // Set: the planned dates directly; with a chosen option, its dates move with them.
  std::optional<std::optional<Date>> planned_start;
  std::optional<std::optional<Date>> planned_end;
  std::optional<std::string> venue;
  std::optional<std::optional<Date>> announced_on;
  std::optional<std::vector<ContentItem>> items;
  std::optional<bool> reduced;
  std::optional<bool> pilot;
  std::optional<CongressKind> kind;
  std::optional<int> ordinal;
  std::optional<std::optional<Date>> held_start;
  std::optional<std::optional<Date>> held_end;

  bool empty() const;
};

// Applies `edit` to the record and validates the result (ValidateRecord). Replacing the options
// keeps the chosen index when it still names an option, else clears it; a reduced congress given
// no items keeps items 1–2. The chosen option, after the edit, is written to the planned dates.
// On error the record is unchanged.
Status ApplyEdit(Congress& congress, CongressDetails& details, const CongressEdit& edit);

}  // namespace daihoi::planning
