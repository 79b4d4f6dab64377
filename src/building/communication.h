#pragma once
// Communication work of a round (công tác tuyên truyền): what each unit published or held about
// the congresses — news items (tin), essays (bài viết), bulletins with their copy count (đặc
// san, bản tin) and events (hoạt động văn hóa, văn nghệ, thể thao chào mừng đại hội) — with
// dates and links, and their totals per subtree and period.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"

namespace daihoi::building {

enum class CommunicationKind { kNews, kEssay, kBulletin, kEvent };
inline constexpr CommunicationKind kAllCommunicationKinds[] = {
    CommunicationKind::kNews, CommunicationKind::kEssay, CommunicationKind::kBulletin,
    CommunicationKind::kEvent};

const char* ToString(CommunicationKind kind);  // "news", "essay", "bulletin", "event"
// Also "tin", "tin bài", "bài viết", "đặc san", "bản tin", "hoạt động", "sự kiện".
std::optional<CommunicationKind> ParseCommunicationKind(std::string_view text);
const char* Label(CommunicationKind kind);  // "Tin", "Bài viết", "Đặc san, bản tin", "Hoạt động"

struct CommunicationItem {
  std::string org_code;  // the unit that published or held it
  CommunicationKind kind = CommunicationKind::kNews;
  Date on;
  std::string title;
  std::string link;    // http(s) address, optional
  int64_t copies = 0;  // printed copies (a bulletin)
  std::string note;
};

// Problems naming their field: no org_code or title, a link that is not http(s), negative
// copies, copies on an item that is not a bulletin.
std::vector<Error> ValidateCommunicationItem(const CommunicationItem& item);

struct KindTotal {
  CommunicationKind kind = CommunicationKind::kNews;
  int64_t items = 0;
  int64_t copies = 0;
};

struct CommunicationTotals {
  std::vector<KindTotal> kinds;  // every kind, in kAllCommunicationKinds order
  int64_t items = 0;
  int64_t copies = 0;
};

// Totals of the items dated within [from, to] (either end open when nullopt).
CommunicationTotals TotalsOf(const std::vector<CommunicationItem>& items,
                             std::optional<Date> from = std::nullopt,
                             std::optional<Date> to = std::nullopt);

}  // namespace daihoi::building
