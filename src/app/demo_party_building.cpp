// The demo's party-building context (app/party_building.h, LoadPartyBuildingDemo): Ba Đình.
// Deterministic (a fixed seed, no clock); figures from the seeds (domain/RULES.md and issue 10):
// 1,164 admissions over the 2015–2020 term against a target of 1,100; 67 news items, more than
// 200 essays and a special bulletin of 3,400 copies about the 2020 congresses.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "app/party_building.h"

namespace daihoi::app {
namespace {

constexpr const char* kRoot = "BADINH";
constexpr int64_t kAdmissions = 1164;
constexpr int64_t kTarget = 1100;

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  int Uniform(int lo, int hi) { return lo + static_cast<int>(Next() % (hi - lo + 1)); }

 private:
  uint64_t state_;
};

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// A day between from and to, both included.
Date Between(Rng& rng, Date from, Date to) {
  return from.AddDays(static_cast<int64_t>(rng.Next() % (to.days() - from.days() + 1)));
}

// `total` shared by `weights` by largest remainder.
std::vector<int64_t> Share(int64_t total, const std::vector<int64_t>& weights) {
  int64_t sum = 0;
  for (int64_t w : weights) sum += w;
  std::vector<int64_t> out(weights.size(), 0);
  if (sum == 0) return out;
  std::vector<std::pair<int64_t, size_t>> rest;
  int64_t given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    out[i] = total * weights[i] / sum;
    given += out[i];
    rest.push_back({total * weights[i] % sum, i});
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; given < total; ++k, ++given) ++out[rest[k % rest.size()].second];
  return out;
}

building::Movement Move(const std::string& org, building::MovementKind kind, Date on, int64_t count,
                        std::string note = {}) {
  building::Movement m;
  m.org_code = org;
  m.kind = kind;
  m.on = on;
  m.count = count;
  m.note = std::move(note);
  return m;
}

// Movements of the leaves (cells and stand-alone grassroots cells, where members belong) from
// 1/7/2015: a balance, admissions and departures, the balance chosen so that the count as of
// 1/5/2020 (the allocation's date) is each leaf's stated count.
std::vector<building::Movement> Movements(const std::vector<org::Organization>& leaves, Rng& rng) {
  const Date start = D(2015, 7, 1);
  const Date counted = D(2020, 5, 1);
  const Date end = D(2020, 6, 13);  // the eve of the district congress
  std::vector<int64_t> weights;
  for (const auto& leaf : leaves) weights.push_back(leaf.members.value_or(0));
  const std::vector<int64_t> admitted = Share(kAdmissions, weights);
  std::vector<building::Movement> out;
  for (size_t i = 0; i < leaves.size(); ++i) {
    const std::string& code = leaves[i].code;
    const int64_t stated = leaves[i].members.value_or(0);
    std::vector<building::Movement> own;
    // Admissions in one or two batches a year, as cells admit at their meetings.
    int64_t left = admitted[i];
    while (left > 0) {
      const int64_t batch = std::min<int64_t>(left, rng.Uniform(1, 3));
      own.push_back(Move(code, building::MovementKind::kAdmission, Between(rng, start, end), batch,
                         "Quyết định kết nạp"));
      left -= batch;
    }
    const int transfers = static_cast<int>(stated / 25);
    for (int k = 0; k < transfers; ++k) {
      own.push_back(Move(code, building::MovementKind::kTransferOut, Between(rng, start, end), 1));
      if (rng.Uniform(0, 1) == 1) {
        own.push_back(Move(code, building::MovementKind::kTransferIn, Between(rng, start, end), 1));
      }
    }
    if (stated >= 30 && rng.Uniform(0, 2) == 0) {
      own.push_back(Move(code, building::MovementKind::kDeath, Between(rng, start, end), 1));
    }
    if (stated >= 60 && rng.Uniform(0, 4) == 0) {
      own.push_back(Move(code, building::MovementKind::kRemoval, Between(rng, start, end), 1));
    }
    // The balance making the full count as of 1/5/2020 the stated one.
    int64_t change = 0;
    for (const auto& m : own) {
      if (m.on <= counted) change += building::Sign(m.kind) * m.count;
      if (m.kind == building::MovementKind::kAdmission &&
          m.on > building::AddMonths(counted, -12) && m.on <= counted) {
        change -= m.count;  // still probationary on 1/5/2020
      }
    }
    out.push_back(Move(code, building::MovementKind::kBalance, start,
                       std::max<int64_t>(0, stated - change), "Số đảng viên đầu nhiệm kỳ"));
    out.insert(out.end(), own.begin(), own.end());
  }
  return out;
}

// Grades for `n` rated in a year: shares of excellent, good, fulfilled (the rest unfulfilled),
// assigned in a shuffled order.
std::vector<std::string> Grades(Rng& rng, size_t n, double excellent, double good,
                                double fulfilled) {
  std::vector<std::string> grades;
  const auto count = [&](double share) {
    return static_cast<size_t>(share * static_cast<double>(n));
  };
  grades.insert(grades.end(), count(excellent), "excellent");
  grades.insert(grades.end(), count(good), "good");
  grades.insert(grades.end(), count(fulfilled), "fulfilled");
  while (grades.size() < n) grades.push_back(grades.size() % 9 == 0 ? "unfulfilled" : "good");
  for (size_t i = grades.size(); i > 1; --i) std::swap(grades[i - 1], grades[rng.Next() % i]);
  return grades;
}

std::vector<building::CommunicationItem> Communication(const std::vector<org::Organization>& units,
                                                       Rng& rng) {
  using K = building::CommunicationKind;
  std::vector<building::CommunicationItem> items;
  const Date from = D(2019, 12, 1);
  const Date to = D(2020, 6, 30);
  const auto item = [&](const std::string& org, K kind, Date on, std::string title,
                        int64_t copies = 0) {
    items.push_back({org, kind, on, std::move(title), "", copies, ""});
  };
  static const std::array<const char*, 6> kNews = {
      "Đại hội điểm cấp cơ sở thành công tốt đẹp", "Khai mạc Đại hội",
      "Bầu Ban Chấp hành nhiệm kỳ 2020 - 2025",    "Hội nghị triển khai kế hoạch đại hội",
      "Tổ công tác của Quận ủy dự Đại hội",        "Bế mạc Đại hội"};
  static const std::array<const char*, 5> kEssays = {
      "Phát huy dân chủ trong góp ý dự thảo văn kiện", "Chuẩn bị nhân sự cấp ủy nhiệm kỳ mới",
      "Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", "Nâng cao chất lượng sinh hoạt chi bộ",
      "Phát triển đảng viên trong doanh nghiệp ngoài nhà nước"};
  for (int n = 0; n < 67; ++n) {
    const auto& unit = n < 12 ? units.front() : units[1 + rng.Next() % (units.size() - 1)];
    item(unit.code, K::kNews, Between(rng, from, to),
         std::string(kNews[n % kNews.size()]) + " — " + unit.name);
  }
  for (int n = 0; n < 203; ++n) {
    const auto& unit = units[rng.Next() % units.size()];
    item(unit.code, K::kEssay, Between(rng, from, to), kEssays[n % kEssays.size()]);
  }
  item(kRoot, K::kBulletin, D(2020, 6, 10),
       "Đặc san chào mừng Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI", 3400);
  for (const auto& unit : units) {
    if (unit.category != "residential" || unit.code == kRoot) continue;
    item(unit.code, K::kEvent, Between(rng, D(2020, 3, 1), D(2020, 6, 13)),
         "Giải thể thao và chương trình văn nghệ chào mừng Đại hội — " + unit.name);
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.on < b.on; });
  return items;
}

}  // namespace

Status LoadPartyBuildingDemo(Store& store) {
  auto root = store.FindOrganization(kRoot);
  if (!root.ok()) return root.error();
  if (!root->has_value()) return {};  // not the seed's data
  PartyBuildingStore& building = PartyBuildingOf(store);
  auto existing = building.Movements({kRoot, std::nullopt, std::nullopt, std::nullopt});
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) return {};
  auto subtree = store.Subtree(kRoot);
  if (!subtree.ok()) return subtree.error();
  std::vector<org::Organization> leaves, units, rated;
  for (const auto& o : *subtree) {
    const bool parent =
        std::any_of(subtree->begin(), subtree->end(),
                    [&](const org::Organization& c) { return c.parent_code == o.code; });
    if (!parent && o.members) leaves.push_back(o);
    if (o.code == kRoot || o.parent_code == kRoot) units.push_back(o);
    if (o.code != kRoot) rated.push_back(o);
  }
  std::vector<std::pair<std::string, std::string>> members;  // id, organization
  Status streamed = store.ForEachMember(kRoot, [&](const org::Member& m) {
    if (m.status == org::MemberStatus::kFull || m.status == org::MemberStatus::kProbationary) {
      members.push_back({m.id, m.org_code});
    }
  });
  if (!streamed) return streamed;

  Rng rng(20150701);
  std::vector<building::Rating> ratings;
  // Shares per year; 2021 rates more organizations excellent than the 20% cap allows.
  struct Year {
    int year;
    double excellent, good, fulfilled;
  };
  static const std::array<Year, 5> kYears = {{{2020, 0.14, 0.66, 0.17},
                                              {2021, 0.19, 0.62, 0.16},
                                              {2022, 0.15, 0.67, 0.16},
                                              {2023, 0.16, 0.68, 0.14},
                                              {2024, 0.16, 0.69, 0.13}}};
  for (const Year& y : kYears) {
    const auto org_grades = Grades(rng, rated.size(), y.excellent, y.good, y.fulfilled);
    for (size_t i = 0; i < rated.size(); ++i) {
      ratings.push_back(
          {y.year, building::RatedKind::kOrganization, rated[i].code, "", "", org_grades[i], ""});
    }
    const auto member_grades = Grades(rng, members.size(), 0.13, 0.72, 0.13);
    for (size_t i = 0; i < members.size(); ++i) {
      ratings.push_back({y.year, building::RatedKind::kMember, members[i].second, members[i].first,
                         "", member_grades[i], ""});
    }
  }
  const auto movements = Movements(leaves, rng);
  const auto items = Communication(units, rng);
  return store.InTransaction([&]() -> Status {
    if (auto r = building.UpsertRatings(ratings); !r.ok()) return r.error();
    if (auto m = building.AddMovements(movements); !m.ok()) return m.error();
    if (Status t = building.SetAdmissionTarget(
            {kRoot, "2015-2020", D(2015, 7, 1), D(2020, 6, 13), kTarget});
        !t) {
      return t;
    }
    if (auto c = building.AddCommunicationItems(items); !c.ok()) return c.error();
    return {};
  });
}

}  // namespace daihoi::app
