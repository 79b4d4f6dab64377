#include "planning/congress_record.h"

#include <algorithm>

namespace daihoi::planning {
namespace {

Error Field(std::string field, std::string message) {
  return InvalidInput(std::move(message), std::move(field));
}

bool Has(const std::vector<ContentItem>& items, ContentItem item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

const char* ToString(ContentItem item) {
  switch (item) {
    case ContentItem::kReview:
      return "review";
    case ContentItem::kDocuments:
      return "documents";
    case ContentItem::kCommittee:
      return "committee";
    case ContentItem::kDelegation:
      return "delegation";
  }
  return "review";
}

std::optional<ContentItem> ParseContentItem(std::string_view text) {
  for (ContentItem item : kAllContentItems) {
    if (text == ToString(item)) return item;
  }
  return std::nullopt;
}

const char* ContentItemLabel(ContentItem item) {
  switch (item) {
    case ContentItem::kReview:
      return "Tổng kết nhiệm kỳ, phương hướng nhiệm kỳ tới";
    case ContentItem::kDocuments:
      return "Góp ý dự thảo văn kiện của cấp trên";
    case ContentItem::kCommittee:
      return "Bầu cấp ủy";
    case ContentItem::kDelegation:
      return "Bầu đoàn đại biểu dự đại hội cấp trên";
  }
  return "";
}

const char* ToString(CongressStatus status) {
  switch (status) {
    case CongressStatus::kPlanned:
      return "planned";
    case CongressStatus::kScheduled:
      return "scheduled";
    case CongressStatus::kHeld:
      return "held";
    case CongressStatus::kResultsApproved:
      return "results_approved";
  }
  return "planned";
}

const char* StatusLabel(CongressStatus status) {
  switch (status) {
    case CongressStatus::kPlanned:
      return "Dự kiến (chưa chốt ngày)";
    case CongressStatus::kScheduled:
      return "Đã có lịch";
    case CongressStatus::kHeld:
      return "Đã tổ chức";
    case CongressStatus::kResultsApproved:
      return "Đã chuẩn y kết quả";
  }
  return "";
}

CongressStatus DeriveStatus(const Congress& congress, bool results_approved) {
  // R-APPROVAL: an approval is the last word, even before the held dates are typed in.
  if (results_approved) return CongressStatus::kResultsApproved;
  if (congress.held_end) return CongressStatus::kHeld;
  if (congress.planned_start || congress.planned_end) return CongressStatus::kScheduled;
  return CongressStatus::kPlanned;
}

Status ValidateRecord(const Congress& congress, const CongressDetails& details) {
  for (size_t i = 0; i < details.options.size(); ++i) {
    const DateOption& option = details.options[i];
    const std::string at = "options[" + std::to_string(i) + "]";
    if (option.end < option.start) {
      return Field(at + ".end", "Phương án " + std::to_string(i + 1) + ": ngày kết thúc " +
                                    option.end.ToVietnamese() + " trước ngày bắt đầu " +
                                    option.start.ToVietnamese() + " (end before start)");
    }
    for (size_t j = 0; j < i; ++j) {
      if (details.options[j].start == option.start && details.options[j].end == option.end) {
        return Field(at, "Phương án " + std::to_string(i + 1) + " trùng phương án " +
                             std::to_string(j + 1) + " (duplicate option)");
      }
    }
  }
  if (details.chosen &&
      (*details.chosen < 0 || *details.chosen >= static_cast<int>(details.options.size()))) {
    return Field("chosen", "Không có phương án " + std::to_string(*details.chosen + 1) +
                               " (no such option; " + std::to_string(details.options.size()) +
                               " recorded)");
  }
  if (congress.planned_start && congress.planned_end &&
      *congress.planned_end < *congress.planned_start) {
    return Field("planned_end", "Ngày kết thúc dự kiến " + congress.planned_end->ToVietnamese() +
                                    " trước ngày bắt đầu " +
                                    congress.planned_start->ToVietnamese() + " (end before start)");
  }
  if (congress.held_start && congress.held_end && *congress.held_end < *congress.held_start) {
    return Field("held_end", "Ngày bế mạc " + congress.held_end->ToVietnamese() +
                                 " trước ngày khai mạc " + congress.held_start->ToVietnamese() +
                                 " (end before start)");
  }
  if (congress.ordinal < 0 || congress.ordinal > 3999) {
    return Field("ordinal", "Lần thứ phải từ 1 đến 3999 (ordinal out of range)");
  }
  for (size_t i = 0; i < details.items.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (details.items[i] == details.items[j]) {
        return Field("items", std::string("Nội dung '") + ToString(details.items[i]) +
                                  "' ghi hai lần (duplicate item)");
      }
    }
  }
  // R-CONTENT
  if (details.reduced) {
    for (ContentItem item : details.items) {
      if (item == ContentItem::kCommittee || item == ContentItem::kDelegation) {
        return Field("items", std::string("R-CONTENT: đại hội rút gọn (cấp ủy chỉ định) chỉ có "
                                          "nội dung 1–2, không có '") +
                                  ContentItemLabel(item) + "'");
      }
    }
    if (details.items.empty()) {
      return Field("items", "R-CONTENT: đại hội phải có ít nhất một nội dung (no item)");
    }
  } else {
    for (ContentItem item : kAllContentItems) {
      if (!Has(details.items, item)) {
        return Field("items", std::string("R-CONTENT: đại hội đầy đủ có bốn nội dung, thiếu '") +
                                  ContentItemLabel(item) +
                                  "' (chỉ đại hội rút gọn, cấp ủy chỉ định, được bớt nội dung)");
      }
    }
  }
  return {};
}

bool CongressEdit::empty() const {
  return !options && !chosen && !planned_start && !planned_end && !venue && !announced_on &&
         !items && !reduced && !pilot && !kind && !ordinal && !held_start && !held_end;
}

Status ApplyEdit(Congress& congress, CongressDetails& details, const CongressEdit& edit) {
  Congress c = congress;
  CongressDetails d = details;
  if (edit.options) {
    d.options = *edit.options;
    if (d.chosen && *d.chosen >= static_cast<int>(d.options.size())) d.chosen.reset();
  }
  if (edit.chosen) {
    d.chosen = *edit.chosen;
    if (!d.chosen) {
      // No date fixed any more: the congress is back to planned.
      c.planned_start.reset();
      c.planned_end.reset();
    }
  }
  const bool chosen_valid =
      d.chosen && *d.chosen >= 0 && *d.chosen < static_cast<int>(d.options.size());
  if (edit.planned_start || edit.planned_end) {
    if (edit.planned_start) c.planned_start = *edit.planned_start;
    if (edit.planned_end) c.planned_end = *edit.planned_end;
    if (chosen_valid) {
      if (c.planned_start) {
        // The chosen option is the planned date: moving one moves the other.
        DateOption& option = d.options[*d.chosen];
        option.start = *c.planned_start;
        option.end = c.planned_end.value_or(*c.planned_start);
      } else {
        d.chosen.reset();
      }
    }
  }
  if (edit.venue) d.venue = *edit.venue;
  if (edit.announced_on) d.announced_on = *edit.announced_on;
  if (edit.reduced) {
    d.reduced = *edit.reduced;
    if (!edit.items) {
      d.items = d.reduced ? std::vector<ContentItem>{ContentItem::kReview, ContentItem::kDocuments}
                          : CongressDetails{}.items;
    }
  }
  if (edit.items) {
    d.items = *edit.items;
    std::stable_sort(d.items.begin(), d.items.end());
  }
  if (edit.pilot) c.pilot = *edit.pilot;
  if (edit.kind) c.kind = *edit.kind;
  if (edit.ordinal) c.ordinal = *edit.ordinal;
  if (edit.held_start) c.held_start = *edit.held_start;
  if (edit.held_end) c.held_end = *edit.held_end;

  if (Status s = ValidateRecord(c, d); !s) return s;
  if (d.chosen) {
    c.planned_start = d.options[*d.chosen].start;
    c.planned_end = d.options[*d.chosen].end;
  }
  congress = std::move(c);
  details = std::move(d);
  return {};
}

}  // namespace daihoi::planning
