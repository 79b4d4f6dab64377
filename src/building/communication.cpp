#include "building/communication.h"

#include "building/words.h"

namespace daihoi::building {

const char* ToString(CommunicationKind kind) {
  switch (kind) {
    case CommunicationKind::kNews:
      return "news";
    case CommunicationKind::kEssay:
      return "essay";
    case CommunicationKind::kBulletin:
      return "bulletin";
    case CommunicationKind::kEvent:
      return "event";
  }
  return "news";
}

std::optional<CommunicationKind> ParseCommunicationKind(std::string_view text) {
  const std::string key = WordKey(text);
  for (CommunicationKind kind : kAllCommunicationKinds) {
    if (key == ToString(kind) || key == WordKey(Label(kind))) return kind;
  }
  if (key == "tin" || key == "tin bai" || key == "tin tuc") return CommunicationKind::kNews;
  if (key == "bai viet" || key == "bai") return CommunicationKind::kEssay;
  if (key == "dac san" || key == "ban tin") return CommunicationKind::kBulletin;
  if (key == "hoat dong" || key == "su kien") return CommunicationKind::kEvent;
  return std::nullopt;
}

const char* Label(CommunicationKind kind) {
  switch (kind) {
    case CommunicationKind::kNews:
      return "Tin";
    case CommunicationKind::kEssay:
      return "Bài viết";
    case CommunicationKind::kBulletin:
      return "Đặc san, bản tin";
    case CommunicationKind::kEvent:
      return "Hoạt động";
  }
  return "Tin";
}

std::vector<Error> ValidateCommunicationItem(const CommunicationItem& item) {
  std::vector<Error> errors;
  if (item.org_code.empty()) {
    errors.push_back(InvalidInput("thiếu mã đơn vị (org_code is required)", "org_code"));
  }
  if (item.title.empty()) {
    errors.push_back(InvalidInput("thiếu tiêu đề (title is required)", "title"));
  }
  if (!item.link.empty() && item.link.rfind("http://", 0) != 0 &&
      item.link.rfind("https://", 0) != 0) {
    errors.push_back(InvalidInput(
        "đường dẫn phải bắt đầu bằng http:// hoặc https:// (link must be http or https)", "link"));
  }
  if (item.copies < 0) {
    errors.push_back(InvalidInput("số bản không được âm (copies must not be negative)", "copies"));
  } else if (item.copies > 0 && item.kind != CommunicationKind::kBulletin) {
    errors.push_back(
        InvalidInput("chỉ đặc san, bản tin có số bản in (copies are for bulletins)", "copies"));
  }
  return errors;
}

CommunicationTotals TotalsOf(const std::vector<CommunicationItem>& items, std::optional<Date> from,
                             std::optional<Date> to) {
  CommunicationTotals totals;
  for (CommunicationKind kind : kAllCommunicationKinds) totals.kinds.push_back({kind, 0, 0});
  for (const CommunicationItem& item : items) {
    if ((from && item.on < *from) || (to && item.on > *to)) continue;
    KindTotal& total = totals.kinds[static_cast<size_t>(item.kind)];
    ++total.items;
    total.copies += item.copies;
    ++totals.items;
    totals.copies += item.copies;
  }
  return totals;
}

}  // namespace daihoi::building
