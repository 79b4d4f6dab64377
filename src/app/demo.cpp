#include "app/demo.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string_view>

#include "text/text.h"

namespace daihoi::app {
namespace {

// SplitMix64: tiny, fast and the same on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Inclusive bounds.
  int Uniform(int lo, int hi) {
    return lo + static_cast<int>(Next() % static_cast<uint64_t>(hi - lo + 1));
  }
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// "Quán Thánh" → "QUANTHANH".
std::string Key(std::string_view vietnamese) {
  std::string out;
  for (char c : text::Fold(vietnamese)) {
    if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

std::string Pad(int value, int width) {
  std::string s = std::to_string(value);
  return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

org::Organization Org(std::string code, std::string name, std::string level, std::string parent,
                      std::string category, std::optional<int64_t> members = std::nullopt) {
  org::Organization o;
  o.code = std::move(code);
  o.name = std::move(name);
  o.level = std::move(level);
  o.parent_code = std::move(parent);
  o.category = std::move(category);
  o.members = members;
  return o;
}

planning::Congress Held(std::string org_code, std::string term, int ordinal,
                        planning::CongressKind kind, Date start, Date end, bool pilot = false) {
  planning::Congress c;
  c.org_code = std::move(org_code);
  c.term = std::move(term);
  c.ordinal = ordinal;
  c.kind = kind;
  c.pilot = pilot;
  c.planned_start = start;
  c.planned_end = end;
  c.held_start = start;
  c.held_end = end;
  return c;
}

// R-KIND: below this many members a grassroots committee holds a members' congress. The seed
// data follows the 2020 figure; a plan may set another (RULES.md says it is a plan parameter).
constexpr int64_t kSeedMembersCongressBelow = 200;

planning::CongressKind GrassrootsKind(int64_t members) {
  return members < kSeedMembersCongressBelow ? planning::CongressKind::kMembers
                                             : planning::CongressKind::kDelegates;
}

// Splits `total` into parts proportional to `weights` (prefix rounding: exact sum).
std::vector<int64_t> Apportion(int64_t total, const std::vector<double>& weights) {
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<int64_t> out;
  out.reserve(weights.size());
  double cumulative = 0;
  int64_t given = 0;
  for (double w : weights) {
    cumulative += w;
    int64_t upto =
        static_cast<int64_t>(std::llround(static_cast<double>(total) * cumulative / sum));
    out.push_back(upto - given);
    given = upto;
  }
  return out;
}

// ---- Names -----------------------------------------------------------------------------------

struct Weighted {
  std::string_view text;
  int weight;
};

std::string_view Pick(uint64_t draw, const std::vector<Weighted>& items) {
  int total = 0;
  for (const Weighted& w : items) total += w.weight;
  int at = static_cast<int>(draw % static_cast<uint64_t>(total));
  for (const Weighted& w : items) {
    if (at < w.weight) return w.text;
    at -= w.weight;
  }
  return items.back().text;
}

template <size_t N>
std::string_view PickOne(uint64_t draw, const std::array<std::string_view, N>& items) {
  return items[draw % N];
}

// ---- Members ---------------------------------------------------------------------------------

struct MemberSpec {
  std::string org_code;
  std::string id_prefix;
  int first_number = 1;
  int count = 0;
  bool residential = false;  // residential cells are older on average (many retirees)
  bool southern = false;
  Date as_of;  // the registry's date: probationary members joined within a year
};

std::vector<org::Member> MakeMembers(Rng& rng, const MemberSpec& spec) {
  std::vector<org::Member> out;
  out.reserve(static_cast<size_t>(spec.count));
  for (int n = 0; n < spec.count; ++n) {
    org::Member m;
    m.id = spec.id_prefix + Pad(spec.first_number + n, 4);
    m.org_code = spec.org_code;
    bool female = rng.Unit() < 0.42;
    m.gender = female ? "female" : "male";
    m.full_name = DemoMemberName(rng.Next(), female, spec.southern);
    int birth_year = spec.residential ? rng.Uniform(1936, 1990) : rng.Uniform(1962, 1997);
    Date birth = D(birth_year, rng.Uniform(1, 12), rng.Uniform(1, 28));
    m.birth_date = birth;
    double roll = rng.Unit();
    if (roll < 0.035) {  // probationary: admitted within the last year
      m.status = org::MemberStatus::kProbationary;
      m.party_join_date = spec.as_of.AddDays(-rng.Uniform(20, 350));
      if (*m.party_join_date <= birth.AddDays(18 * 365)) m.birth_date = D(1995, 5, 1);
    } else {
      int join_age = rng.Uniform(19, 38);
      Date join = birth.AddDays(static_cast<int64_t>(join_age) * 365 + rng.Uniform(0, 300));
      Date latest = spec.as_of.AddDays(-400);
      if (join > latest) join = latest.AddDays(-rng.Uniform(0, 200));
      m.party_join_date = join;
      m.full_member_date = join.AddDays(365);  // 12 months of probation
      int age = spec.as_of.year() - birth_year;
      if (roll < 0.055 && age >= 70) {
        m.status = org::MemberStatus::kExempt;  // elderly, excused from activities
      } else if (roll > 0.995) {
        m.status = org::MemberStatus::kTransferred;
      } else {
        m.status = org::MemberStatus::kFull;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

int64_t FullCount(const std::vector<org::Member>& members, const std::string& org_code) {
  return std::count_if(members.begin(), members.end(), [&](const org::Member& m) {
    return m.org_code == org_code && m.status == org::MemberStatus::kFull;
  });
}

// Spread `count` events evenly over [from, to] (inclusive), in order.
Date Spread(Date from, Date to, size_t index, size_t count) {
  if (count <= 1) return from;
  int64_t span = to.days() - from.days();
  return from.AddDays(span * static_cast<int64_t>(index) / static_cast<int64_t>(count - 1));
}

// The registry of a cell whose full members number exactly its stated count, so that counts
// taken from it match the stated figures; drawn from its own generator, so the rest of the demo
// is the same with or without it.
std::vector<org::Member> RegistryMatching(const std::string& code, int64_t full) {
  uint64_t seed = 1469598103934665603ULL;  // FNV-1a of the code
  for (unsigned char c : code) seed = (seed ^ c) * 1099511628211ULL;
  Rng rng(seed);
  std::vector<org::Member> out;
  while (FullCount(out, code) < full) {
    const int next = static_cast<int>(out.size()) + 1;
    for (org::Member& m : MakeMembers(rng, {code, code + "-", next, 1, true, false, D(2020, 5, 1)}))
      out.push_back(std::move(m));
  }
  return out;
}

// ---- Hà Nội → Ba Đình, 2020 round ---------------------------------------------------------

struct Unit {
  std::string_view short_name;  // code suffix source
  std::string_view name;
  std::string_view category;
  int cells = 0;       // 0: a stand-alone grassroots cell (chi bộ cơ sở)
  int members_lo = 0;  // per cell, or of the stand-alone cell
  int members_hi = 0;
  bool registry = false;  // generate a member registry
};

void AddBaDinh(Rng& rng, DemoData& data) {
  data.orgs.push_back(Org("BADINH", "Đảng bộ quận Ba Đình", "district", "HANOI", "residential"));
  static const std::array<std::string_view, 14> kWards = {
      "Quán Thánh", "Trúc Bạch", "Ngọc Hà",    "Điện Biên",        "Đội Cấn",
      "Kim Mã",     "Giảng Võ",  "Thành Công", "Liễu Giai",        "Ngọc Khánh",
      "Cống Vị",    "Vĩnh Phúc", "Phúc Xá",    "Nguyễn Trung Trực"};
  std::vector<Unit> units;
  for (std::string_view ward : kWards) {
    units.push_back(
        {ward, ward, "residential", 15 + static_cast<int>(Key(ward).size() % 9), 28, 72, false});
  }
  const std::vector<Unit> others = {
      {"UBND", "Đảng bộ Cơ quan Ủy ban nhân dân quận Ba Đình", "agency", 12, 10, 18},
      {"KHOIDANG", "Đảng bộ Khối cơ quan Đảng – Mặt trận – đoàn thể quận Ba Đình", "agency", 8, 8,
       15},
      {"CONGAN", "Đảng bộ Công an quận Ba Đình", "police", 20, 15, 30},
      {"QUANSU", "Đảng bộ Quân sự quận Ba Đình", "military", 4, 8, 14},
      {"TTYTE", "Đảng bộ Trung tâm Y tế quận Ba Đình", "agency", 6, 10, 20},
      {"CVTHULE", "Đảng bộ Công ty TNHH MTV Công viên Thủ Lệ", "enterprise", 5, 6, 12},
      {"THPT-PHANDINHPHUNG", "Chi bộ Trường THPT Phan Đình Phùng", "agency", 0, 40, 55, true},
      {"THPT-PHAMHONGTHAI", "Chi bộ Trường THPT Phạm Hồng Thái", "agency", 0, 35, 50},
      {"THPT-NGUYENTRAI", "Chi bộ Trường THPT Nguyễn Trãi – Ba Đình", "agency", 0, 30, 45},
      {"THCS-GIANGVO", "Chi bộ Trường THCS Giảng Võ", "agency", 0, 25, 40},
      {"THCS-THANGLONG", "Chi bộ Trường THCS Thăng Long", "agency", 0, 20, 35},
      {"THCS-NGUYENTRIPHUONG", "Chi bộ Trường THCS Nguyễn Tri Phương", "agency", 0, 18, 30},
      {"THCS-PHANCHUTRINH", "Chi bộ Trường THCS Phan Chu Trinh", "agency", 0, 20, 35},
      {"THCS-BADINH", "Chi bộ Trường THCS Ba Đình", "agency", 0, 15, 28},
      {"THCS-MACDINHCHI", "Chi bộ Trường THCS Mạc Đĩnh Chi", "agency", 0, 15, 28},
      {"THCS-THANHCONG", "Chi bộ Trường THCS Thành Công", "agency", 0, 15, 28},
      {"THCS-NGUYENCONGTRU", "Chi bộ Trường THCS Nguyễn Công Trứ", "agency", 0, 15, 28},
      {"THCS-HOANGHOATHAM", "Chi bộ Trường THCS Hoàng Hoa Thám", "agency", 0, 15, 28},
      {"TH-NGOCHA", "Chi bộ Trường Tiểu học Ngọc Hà", "agency", 0, 15, 30},
      {"TH-KIMDONG", "Chi bộ Trường Tiểu học Kim Đồng", "agency", 0, 15, 30},
      {"TH-NGUYENTRUNGTRUC", "Chi bộ Trường Tiểu học Nguyễn Trung Trực", "agency", 0, 12, 25},
      {"TH-HOANGHOATHAM", "Chi bộ Trường Tiểu học Hoàng Hoa Thám", "agency", 0, 12, 25},
      {"TH-THULE", "Chi bộ Trường Tiểu học Thủ Lệ", "agency", 0, 12, 25},
      {"TH-BADINH", "Chi bộ Trường Tiểu học Ba Đình", "agency", 0, 12, 25},
      {"TH-NGUYENBANGOC", "Chi bộ Trường Tiểu học Nguyễn Bá Ngọc", "agency", 0, 12, 25},
      {"TH-NGOCKHANH", "Chi bộ Trường Tiểu học Ngọc Khánh", "agency", 0, 12, 25},
      {"BQLDA", "Chi bộ Ban Quản lý dự án đầu tư xây dựng quận Ba Đình", "agency", 0, 15, 30},
      {"CHICUCTHUE", "Chi bộ Chi cục Thuế quận Ba Đình", "agency", 0, 30, 45, true},
      {"KHOBAC", "Chi bộ Kho bạc Nhà nước Ba Đình", "agency", 0, 12, 22},
      {"VIENKIEMSAT", "Chi bộ Viện Kiểm sát nhân dân quận Ba Đình", "agency", 0, 15, 25},
      {"TOAAN", "Chi bộ Tòa án nhân dân quận Ba Đình", "agency", 0, 15, 25},
      {"THIHANHAN", "Chi bộ Chi cục Thi hành án dân sự quận Ba Đình", "agency", 0, 12, 22},
      {"BHXH", "Chi bộ Bảo hiểm xã hội quận Ba Đình", "agency", 0, 15, 28},
      {"TTVANHOA", "Chi bộ Trung tâm Văn hóa – Thông tin và Thể thao quận Ba Đình", "agency", 0, 10,
       20},
      {"GDNN", "Chi bộ Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên quận Ba Đình",
       "agency", 0, 10, 20},
      {"PHONGKHAM", "Chi bộ Phòng khám Đa khoa khu vực Ba Đình", "agency", 0, 10, 22},
      {"CTXAYDUNG", "Chi bộ Công ty cổ phần Xây dựng Ba Đình", "enterprise", 0, 8, 18},
      {"CTTHUONGMAI", "Chi bộ Công ty cổ phần Thương mại Ba Đình", "enterprise", 0, 8, 18},
      {"CTNHAO", "Chi bộ Công ty TNHH MTV Dịch vụ nhà ở Ba Đình", "enterprise", 0, 10, 20},
      {"CTMOITRUONG", "Chi bộ Công ty cổ phần Môi trường đô thị Ba Đình", "enterprise", 0, 8, 18},
      {"CTDULICH", "Chi bộ Công ty cổ phần Du lịch Thủ Lệ", "enterprise", 0, 6, 15},
      {"HTXNGOCHA", "Chi bộ Hợp tác xã Thương mại Ngọc Hà", "enterprise", 0, 5, 12},
  };
  units.insert(units.end(), others.begin(), others.end());
  // The 8 grassroots congresses held after 19/5/2020 (all by 27/5).
  static const std::array<std::string_view, 8> kLate = {
      "KIMMA", "NGOCKHANH", "CONGVI", "LIEUGIAI", "GIANGVO", "CONGAN", "UBND", "CVTHULE"};
  const std::string term = "2020-2025";
  std::vector<std::pair<std::string, int64_t>> on_time;  // code, members
  std::vector<std::pair<std::string, int64_t>> late;
  std::vector<planning::Congress> cell_congresses;
  std::vector<org::Member> registries;  // appended last: the members before them keep their order
  for (const Unit& u : units) {
    const bool ward = u.category == "residential";
    std::string code = "BADINH-" + (ward ? Key(u.short_name) : std::string(u.short_name));
    std::string name = ward ? "Đảng bộ phường " + std::string(u.name) : std::string(u.name);
    int64_t members = 0;
    if (u.cells == 0) {
      int count = rng.Uniform(u.members_lo, u.members_hi);
      std::optional<int64_t> stated = count;
      if (u.registry) {
        auto people = MakeMembers(rng, {code, code + "-", 1, count, false, false, D(2020, 5, 1)});
        stated = FullCount(people, code);
        data.members.insert(data.members.end(), people.begin(), people.end());
      }
      members = *stated;
      data.orgs.push_back(Org(code, name, "grassroots", "BADINH", std::string(u.category), stated));
    } else {
      data.orgs.push_back(Org(code, name, "grassroots", "BADINH", std::string(u.category)));
      for (int cell = 1; cell <= u.cells; ++cell) {
        std::string cell_code = code + "-" + (ward ? "KDC" : "CB") + Pad(cell, 2);
        std::string cell_name =
            ward ? "Chi bộ khu dân cư số " + std::to_string(cell) + " phường " + std::string(u.name)
                 : "Chi bộ số " + std::to_string(cell);
        int64_t count = rng.Uniform(u.members_lo, u.members_hi);
        members += count;
        // Two wards' first cells have a member registry: a ward's clerk sees its own members
        // and not the other ward's (docs/security.md).
        if (cell == 1 && (code == "BADINH-QUANTHANH" || code == "BADINH-KIMMA")) {
          auto people = RegistryMatching(cell_code, count);
          registries.insert(registries.end(), people.begin(), people.end());
        }
        data.orgs.push_back(
            Org(cell_code, cell_name, "cell", code, std::string(u.category), count));
        Date day = D(2020, 1, 6).AddDays(rng.Uniform(0, 80));
        cell_congresses.push_back(
            Held(cell_code, "2020-2022", 0, planning::CongressKind::kMembers, day, day));
      }
    }
    std::string key = ward ? Key(u.short_name) : std::string(u.short_name);
    bool is_late = std::find(kLate.begin(), kLate.end(), key) != kLate.end();
    (is_late ? late : on_time).emplace_back(code, members);
  }
  // The pilot (Quán Thánh) first; the other 47 on time spread until 19/5; 8 late until 27/5.
  // A committee of 200 or more members holds a 2-day delegates' congress (R-KIND, R-MAX-DAYS).
  for (size_t i = 0; i < on_time.size(); ++i) {
    const auto& [code, members] = on_time[i];
    planning::CongressKind kind = GrassrootsKind(members);
    int days = kind == planning::CongressKind::kDelegates ? 2 : 1;
    Date start =
        i == 0 ? D(2020, 4, 23) : Spread(D(2020, 4, 27), D(2020, 5, 18), i - 1, on_time.size() - 1);
    data.congresses.push_back(
        Held(code, term, 0, kind, start, start.AddDays(days - 1), /*pilot=*/i == 0));
  }
  for (size_t i = 0; i < late.size(); ++i) {
    const auto& [code, members] = late[i];
    planning::CongressKind kind = GrassrootsKind(members);
    int days = kind == planning::CongressKind::kDelegates ? 2 : 1;
    Date start = D(2020, 5, 20).AddDays(static_cast<int64_t>(i));
    if (start.AddDays(days - 1) > D(2020, 5, 27)) start = D(2020, 5, 27).AddDays(1 - days);
    data.congresses.push_back(Held(code, term, 0, kind, start, start.AddDays(days - 1)));
  }
  data.congresses.insert(data.congresses.end(), cell_congresses.begin(), cell_congresses.end());
  data.members.insert(data.members.end(), registries.begin(), registries.end());
  // District congress XXVI: 14–16/6/2020 (the plan's other option was 23–25/6).
  data.congresses.push_back(
      Held("BADINH", term, 26, planning::CongressKind::kDelegates, D(2020, 6, 14), D(2020, 6, 16)));
}

// The roll of Ba Đình's congress XXVI: 234 elected seats + 41 committee members ex officio =
// 275 delegates (RULES.md, "Numbers worth knowing"); two delegations recorded, so the roll shows
// a congress partway through its credentials check. Its own generator: drawing from the seed's
// would change every figure generated after it.
DemoRoll BaDinhRoll() {
  DemoRoll roll;
  roll.allocation.org_code = "BADINH";
  roll.allocation.term = "2020-2025";
  roll.allocation.method = apportionment::Method::kLargestRemainder;
  roll.allocation.seats = 234;
  roll.allocation.minimum = 1;
  roll.allocation.as_of = D(2020, 5, 1);
  constexpr int kCommitteeMembers = 41;
  Rng rng(20200614);
  std::set<std::string> names;
  while (static_cast<int>(roll.ex_officio.size()) < kCommitteeMembers) {
    RollEntry entry;
    entry.role = election::RollRole::kExOfficio;
    const bool female = rng.Unit() < 0.27;
    entry.gender = female ? "female" : "male";
    entry.full_name = DemoMemberName(rng.Next(), female, false);
    entry.birth_date = D(rng.Uniform(1961, 1982), rng.Uniform(1, 12), rng.Uniform(1, 28));
    if (names.insert(entry.full_name).second) roll.ex_officio.push_back(std::move(entry));
  }
  roll.delegations = {{"BADINH-QUANTHANH", 2, 20200423}, {"BADINH-CONGAN", 1, 20200520}};
  return roll;
}

// ---- Đà Nẵng → Cẩm Lệ, 2020 round ---------------------------------------------------------

void AddCamLe(Rng& rng, DemoData& data) {
  data.orgs.push_back(Org("DANANG", "Đảng bộ thành phố Đà Nẵng", "province", "", "residential"));
  data.orgs.push_back(Org("CAMLE", "Đảng bộ quận Cẩm Lệ", "district", "DANANG", "residential"));
  const std::string term = "2020-2025";
  struct Committee {
    std::string code;
    std::string name;
    std::string category;
    int cells;
  };
  const std::vector<Committee> committees = {
      {"KHUETRUNG", "Đảng bộ phường Khuê Trung", "residential", 36},
      {"CAMLE-HOATHODONG", "Đảng bộ phường Hòa Thọ Đông", "residential", 32},
      {"CAMLE-HOATHOTAY", "Đảng bộ phường Hòa Thọ Tây", "residential", 30},
      {"CAMLE-HOAAN", "Đảng bộ phường Hòa An", "residential", 34},
      {"CAMLE-HOAPHAT", "Đảng bộ phường Hòa Phát", "residential", 28},
      {"CAMLE-HOAXUAN", "Đảng bộ phường Hòa Xuân", "residential", 27},
      {"CAMLE-CONGAN", "Đảng bộ Công an quận Cẩm Lệ", "police", 9},
      {"CAMLE-QUANSU", "Đảng bộ Quân sự quận Cẩm Lệ", "military", 5},
      {"CAMLE-CHINHQUYEN", "Đảng bộ Cơ quan chính quyền quận Cẩm Lệ", "agency", 12},
      {"CAMLE-KHOIDANG", "Đảng bộ Khối cơ quan Đảng – Mặt trận – đoàn thể quận Cẩm Lệ", "agency",
       8},
      {"CAMLE-TTYTE", "Đảng bộ Trung tâm Y tế quận Cẩm Lệ", "agency", 6},
      {"CAMLE-CTXAYDUNG", "Đảng bộ Công ty cổ phần Xây dựng và Phát triển đô thị Cẩm Lệ",
       "enterprise", 8},
  };  // 235 cells in all
  const std::vector<std::pair<std::string, std::string>> standalone = {
      {"CAMLE-CHICUCTHUE", "Chi bộ Chi cục Thuế quận Cẩm Lệ"},
      {"CAMLE-KHOBAC", "Chi bộ Kho bạc Nhà nước Cẩm Lệ"},
      {"CAMLE-VIENKIEMSAT", "Chi bộ Viện Kiểm sát nhân dân quận Cẩm Lệ"},
      {"CAMLE-TOAAN", "Chi bộ Tòa án nhân dân quận Cẩm Lệ"},
      {"CAMLE-THIHANHAN", "Chi bộ Chi cục Thi hành án dân sự quận Cẩm Lệ"},
      {"CAMLE-BHXH", "Chi bộ Bảo hiểm xã hội quận Cẩm Lệ"},
      {"CAMLE-TTVANHOA", "Chi bộ Trung tâm Văn hóa – Thể thao quận Cẩm Lệ"},
      {"CAMLE-BQLDA", "Chi bộ Ban Quản lý dự án đầu tư xây dựng quận Cẩm Lệ"},
  };
  std::vector<std::string> cells;
  std::vector<std::pair<std::string, int64_t>> grassroots;  // code, members
  for (const Committee& c : committees) {
    data.orgs.push_back(Org(c.code, c.name, "grassroots", "CAMLE", c.category));
    int64_t members = 0;
    if (c.code == "KHUETRUNG") {
      // 993 members in 36 cells: 26 residential, 10 agency (residential cells are larger).
      static const std::array<std::string_view, 10> kAgencyCells = {
          "Chi bộ Cơ quan Ủy ban nhân dân phường Khuê Trung",
          "Chi bộ Cơ quan Đảng ủy – Mặt trận – đoàn thể phường Khuê Trung",
          "Chi bộ Công an phường Khuê Trung",
          "Chi bộ Quân sự phường Khuê Trung",
          "Chi bộ Trạm Y tế phường Khuê Trung",
          "Chi bộ Trường THPT Hòa Vang",
          "Chi bộ Trường THCS Nguyễn Công Trứ",
          "Chi bộ Trường Tiểu học Trần Quốc Toản",
          "Chi bộ Trường Mầm non Khuê Trung",
          "Chi bộ Ban Quản lý chợ Khuê Trung",
      };
      std::vector<double> weights;
      for (int i = 0; i < 36; ++i)
        weights.push_back(i < 26 ? 0.8 + 0.5 * rng.Unit() : 0.35 + 0.3 * rng.Unit());
      std::vector<int64_t> counts = Apportion(993, weights);
      int next_id = 1;
      for (int i = 0; i < 36; ++i) {
        bool residential = i < 26;
        std::string code =
            residential ? "KHUETRUNG-KDC" + Pad(i + 1, 2) : "KHUETRUNG-CQ" + Pad(i - 25, 2);
        std::string name = residential ? "Chi bộ khu dân cư số " + std::to_string(i + 1)
                                       : std::string(kAgencyCells[static_cast<size_t>(i - 26)]);
        auto people = MakeMembers(rng, {code, "KHUETRUNG-", next_id, static_cast<int>(counts[i]),
                                        residential, true, D(2020, 2, 1)});
        next_id += static_cast<int>(counts[i]);
        int64_t full = FullCount(people, code);
        members += full;
        data.members.insert(data.members.end(), people.begin(), people.end());
        data.orgs.push_back(
            Org(code, name, "cell", "KHUETRUNG", residential ? "residential" : "agency", full));
        cells.push_back(code);
      }
    } else {
      const bool residential = c.category == "residential";
      for (int i = 1; i <= c.cells; ++i) {
        std::string code = c.code + (residential ? "-KDC" : "-CB") + Pad(i, 2);
        std::string name = residential ? "Chi bộ khu dân cư số " + std::to_string(i)
                                       : "Chi bộ số " + std::to_string(i);
        int64_t count = residential ? rng.Uniform(18, 45) : rng.Uniform(7, 20);
        members += count;
        data.orgs.push_back(Org(code, name, "cell", c.code, c.category, count));
        cells.push_back(code);
      }
    }
    grassroots.emplace_back(c.code, members);
  }
  for (const auto& [code, name] : standalone) {
    int64_t count = rng.Uniform(9, 30);
    data.orgs.push_back(Org(code, name, "grassroots", "CAMLE", "agency", count));
    grassroots.emplace_back(code, count);
  }
  // Cells (2020-2022): 121 of 235 held by 2/3/2020, the rest by the end of April.
  std::vector<size_t> order(cells.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Next() % i]);
  constexpr size_t kHeldByMarch2 = 121;
  for (size_t n = 0; n < order.size(); ++n) {
    Date day = n < kHeldByMarch2 ? Spread(D(2020, 2, 10), D(2020, 3, 2), n, kHeldByMarch2)
                                 : Spread(D(2020, 3, 3), D(2020, 4, 28), n - kHeldByMarch2,
                                          order.size() - kHeldByMarch2);
    data.congresses.push_back(
        Held(cells[order[n]], "2020-2022", 0, planning::CongressKind::kMembers, day, day));
  }
  // Grassroots: done before 10/6/2020; Khuê Trung first, as the pilot.
  for (size_t i = 0; i < grassroots.size(); ++i) {
    const auto& [code, members] = grassroots[i];
    planning::CongressKind kind = GrassrootsKind(members);
    int days = kind == planning::CongressKind::kDelegates ? 2 : 1;
    Date start = Spread(D(2020, 5, 6), D(2020, 6, 8), i, grassroots.size());
    data.congresses.push_back(Held(code, term, 0, kind, start, start.AddDays(days - 1), i == 0));
  }
  data.congresses.push_back(
      Held("CAMLE", term, 4, planning::CongressKind::kDelegates, D(2020, 7, 28), D(2020, 7, 30)));
  data.congresses.push_back(Held("DANANG", term, 22, planning::CongressKind::kDelegates,
                                 D(2020, 10, 14), D(2020, 10, 16)));
}

// ---- Hà Nội, 2025 round (post-2025 shape: wards directly under the city) ------------------

void AddHanoi2025(Rng& rng, DemoData& data) {
  static const std::array<std::string_view, 20> kWards = {
      "Hai Bà Trưng", "Bạch Mai",    "Vĩnh Tuy",   "Tương Mai",  "Hoàng Mai",
      "Vĩnh Hưng",    "Định Công",   "Lĩnh Nam",   "Hoàng Liệt", "Yên Sở",
      "Phương Liệt",  "Khương Đình", "Thanh Xuân", "Kim Liên",   "Văn Miếu – Quốc Tử Giám",
      "Láng",         "Ô Chợ Dừa",   "Đống Đa",    "Hoàn Kiếm",  "Cửa Nam"};
  const std::string term = "2025-2030";
  for (size_t w = 0; w < kWards.size(); ++w) {
    std::string code = w == 0 ? "HAIBATRUNG" : "HANOI-" + Key(kWards[w]);
    data.orgs.push_back(Org(code, "Đảng bộ phường " + std::string(kWards[w]), "grassroots", "HANOI",
                            "residential"));
    int cells = w < 14 ? 11 : 10;  // 214 residential cells in all
    int64_t members = 0;
    for (int i = 1; i <= cells; ++i) {
      std::string cell_code = code + "-TDP" + Pad(i, 2);
      int64_t count = rng.Uniform(22, 80);
      members += count;
      data.orgs.push_back(Org(cell_code, "Chi bộ Tổ dân phố số " + std::to_string(i), "cell", code,
                              "residential", count));
      Date day = Spread(D(2025, 1, 6), D(2025, 3, 28), (w * 11 + static_cast<size_t>(i)) % 60, 60);
      data.congresses.push_back(
          Held(cell_code, "2025-2027", 0, planning::CongressKind::kMembers, day, day));
    }
    planning::CongressKind kind = GrassrootsKind(members);
    Date start = w == 0 ? D(2025, 7, 22) : Spread(D(2025, 7, 28), D(2025, 8, 20), w - 1, 19);
    int days = kind == planning::CongressKind::kDelegates ? 2 : 1;
    data.congresses.push_back(Held(code, term, 0, kind, start, start.AddDays(days - 1), w == 0));
  }
  planning::Congress city;
  city.org_code = "HANOI";
  city.term = term;
  city.ordinal = 18;
  city.kind = planning::CongressKind::kDelegates;
  city.planned_start = D(2025, 10, 16);
  city.planned_end = D(2025, 10, 18);
  data.congresses.push_back(city);
}

// ---- National ------------------------------------------------------------------------------

constexpr std::array<std::string_view, 32> kPlaceSyllables = {
    "An",  "Bình",  "Phú",   "Tân",  "Hòa",  "Long", "Xuân",  "Đông",  "Tây",   "Nam",   "Bắc",
    "Mỹ",  "Phước", "Thuận", "Vĩnh", "Hưng", "Lộc",  "Thịnh", "Quang", "Thạnh", "Thanh", "Hải",
    "Sơn", "Lâm",   "Trung", "Hiệp", "Đức",  "Minh", "Thái",  "Hợp",   "Phong", "Yên"};

std::string PlaceName(Rng& rng) {
  std::string a(PickOne(rng.Next(), kPlaceSyllables));
  std::string b(PickOne(rng.Next(), kPlaceSyllables));
  if (a == b) b = "Thành";
  return a + " " + b;
}

}  // namespace

std::string DemoMemberName(uint64_t draw, bool female, bool southern) {
  Rng rng(draw);
  // Shares of the most common family names (Nguyễn about 38%).
  const std::vector<Weighted> families = {{"Nguyễn", 380},
                                          {"Trần", 110},
                                          {"Lê", 95},
                                          {"Phạm", 70},
                                          {southern ? "Huỳnh" : "Hoàng", 50},
                                          {"Phan", 45},
                                          {southern ? "Võ" : "Vũ", 40},
                                          {"Đặng", 20},
                                          {"Bùi", 20},
                                          {"Đỗ", 14},
                                          {"Hồ", 13},
                                          {"Ngô", 13},
                                          {"Dương", 10},
                                          {"Lý", 5},
                                          {southern ? "Hoàng" : "Huỳnh", 5},
                                          {southern ? "Vũ" : "Võ", 5}};
  static const std::vector<Weighted> kMaleMiddle = {
      {"Văn", 40},  {"Đức", 12}, {"Minh", 12}, {"Quang", 8}, {"Hữu", 8}, {"Công", 6},
      {"Thành", 5}, {"Ngọc", 4}, {"Xuân", 4},  {"Đình", 5},  {"Anh", 3}, {"Tấn", 3}};
  static const std::vector<Weighted> kFemaleMiddle = {
      {"Thị", 50}, {"Thu", 8},  {"Thanh", 8},  {"Ngọc", 7}, {"Minh", 5}, {"Hồng", 5},
      {"Kim", 5},  {"Thúy", 3}, {"Phương", 3}, {"Bích", 3}, {"Lan", 3}};
  static const std::array<std::string_view, 32> kMaleGiven = {
      "An",   "Bình", "Cường", "Dũng",  "Đạt",  "Hải", "Hùng", "Huy",   "Hưng",  "Khoa",  "Long",
      "Minh", "Nam",  "Phong", "Phúc",  "Quân", "Sơn", "Tài",  "Thắng", "Thành", "Trung", "Tuấn",
      "Việt", "Vinh", "Hoàng", "Khánh", "Lâm",  "Tâm", "Toàn", "Hiếu",  "Quang", "Thịnh"};
  static const std::array<std::string_view, 32> kFemaleGiven = {
      "Anh",   "Chi",  "Dung",   "Giang", "Hà",   "Hạnh",  "Hằng",  "Hoa",
      "Hương", "Lan",  "Liên",   "Linh",  "Loan", "Mai",   "Nga",   "Ngọc",
      "Nhung", "Oanh", "Phương", "Thảo",  "Thủy", "Trang", "Tuyết", "Vân",
      "Yến",   "Hiền", "Huyền",  "Thu",   "Hồng", "Quyên", "Lệ",    "Xuân"};
  std::string name(Pick(rng.Next(), families));
  name += ' ';
  name += Pick(rng.Next(), female ? kFemaleMiddle : kMaleMiddle);
  if (rng.Unit() < 0.12) {  // some names have two middle names: Nguyễn Thị Thu Hà
    name += ' ';
    name += female ? "Thu" : "Văn";
  }
  std::string_view given =
      female ? PickOne(rng.Next(), kFemaleGiven) : PickOne(rng.Next(), kMaleGiven);
  if (name.ends_with(given)) given = female ? "Trâm" : "Kiên";
  name += ' ';
  name += given;
  return name;
}

std::vector<RollEntry> DemoDelegation(const std::string& unit_code, int64_t officials,
                                      int alternates, uint64_t seed) {
  Rng rng(seed);
  std::vector<RollEntry> out;
  std::set<std::string> names;
  auto add = [&](election::RollRole role, int rank) {
    RollEntry entry;
    entry.role = role;
    entry.unit_code = unit_code;
    entry.rank = rank;
    do {
      const bool female = rng.Unit() < 0.4;
      entry.gender = female ? "female" : "male";
      entry.full_name = DemoMemberName(rng.Next(), female, false);
    } while (!names.insert(entry.full_name).second);
    entry.birth_date = D(rng.Uniform(1958, 1992), rng.Uniform(1, 12), rng.Uniform(1, 28));
    out.push_back(std::move(entry));
  };
  for (int64_t rank = 1; rank <= officials; ++rank) {
    add(election::RollRole::kOfficial, static_cast<int>(rank));
  }
  for (int rank = 1; rank <= alternates; ++rank) add(election::RollRole::kAlternate, rank);
  return out;
}

DemoData SeedDemo() {
  Rng rng(20200519);
  DemoData data;
  data.orgs.push_back(Org("HANOI", "Đảng bộ thành phố Hà Nội", "province", "", "residential"));
  AddBaDinh(rng, data);
  data.rolls.push_back(BaDinhRoll());
  data.congresses.push_back(Held("HANOI", "2020-2025", 17, planning::CongressKind::kDelegates,
                                 D(2020, 10, 10), D(2020, 10, 13)));
  AddHanoi2025(rng, data);
  AddCamLe(rng, data);
  return data;
}

Status GenerateNational(const NationalOptions& options,
                        const std::function<Status(DemoData&& province)>& sink) {
  if (options.provinces < 1 || options.communes < options.provinces ||
      options.units < options.provinces + options.communes || options.members < 0) {
    return InvalidInput("national demo: provinces ≤ communes ≤ units, members ≥ 0");
  }
  Rng rng(options.seed);
  // Communes per province, then cells per commune, with exact totals.
  std::vector<double> weights;
  for (int p = 0; p < options.provinces; ++p) weights.push_back(0.6 + 0.8 * rng.Unit());
  std::vector<int64_t> communes = Apportion(options.communes, weights);
  weights.clear();
  for (int c = 0; c < options.communes; ++c) weights.push_back(0.5 + rng.Unit());
  std::vector<int64_t> cells =
      Apportion(options.units - options.provinces - options.communes, weights);
  const int64_t total_cells = options.units - options.provinces - options.communes;

  int64_t commune_index = 0;
  int64_t cells_before = 0;  // cells of earlier provinces: members are split by cell share
  int64_t members_before = 0;
  int64_t member_number = 1;
  for (int p = 0; p < options.provinces; ++p) {
    DemoData batch;
    std::string province = "NAT-P" + Pad(p + 1, 2);
    batch.orgs.push_back(Org(province,
                             "Đảng bộ tỉnh " + PlaceName(rng) + " (" + Pad(p + 1, 2) + ")",
                             "province", "", "residential"));
    planning::Congress pc;
    pc.org_code = province;
    pc.term = "2025-2030";
    pc.kind = planning::CongressKind::kDelegates;
    pc.planned_start = D(2025, 10, 8).AddDays(p % 20);
    pc.planned_end = pc.planned_start->AddDays(2);
    batch.congresses.push_back(pc);
    int64_t province_cells = 0;
    for (int64_t c = 0; c < communes[static_cast<size_t>(p)]; ++c) {
      province_cells += cells[static_cast<size_t>(commune_index + c)];
    }
    const int64_t province_members =
        static_cast<int64_t>(std::llround(static_cast<double>(options.members) *
                                          static_cast<double>(cells_before + province_cells) /
                                          static_cast<double>(std::max<int64_t>(1, total_cells)))) -
        members_before;
    std::vector<double> cell_weights;
    for (int64_t c = 0; c < province_cells; ++c) cell_weights.push_back(0.3 + 1.4 * rng.Unit());
    std::vector<int64_t> cell_members = Apportion(province_members, cell_weights);
    size_t cell_cursor = 0;
    for (int64_t c = 0; c < communes[static_cast<size_t>(p)]; ++c, ++commune_index) {
      std::string commune = province + "-X" + Pad(static_cast<int>(c + 1), 3);
      bool ward = rng.Unit() < 0.25;
      batch.orgs.push_back(Org(commune, (ward ? "Đảng bộ phường " : "Đảng bộ xã ") + PlaceName(rng),
                               "grassroots", province, "residential"));
      int64_t commune_members = 0;
      for (int64_t k = 0; k < cells[static_cast<size_t>(commune_index)]; ++k, ++cell_cursor) {
        std::string cell = commune + "-" + Pad(static_cast<int>(k + 1), 3);
        bool residential = rng.Unit() < 0.7;
        int64_t count = cell_members[cell_cursor];
        commune_members += count;
        std::string name = residential
                               ? (ward ? "Chi bộ Tổ dân phố " : "Chi bộ thôn ") + PlaceName(rng)
                               : "Chi bộ cơ quan số " + std::to_string(k + 1);
        batch.orgs.push_back(
            Org(cell, name, "cell", commune, residential ? "residential" : "agency", count));
        Date day = D(2025, 1, 6).AddDays(static_cast<int64_t>(rng.Next() % 82));
        batch.congresses.push_back(
            Held(cell, "2025-2027", 0, planning::CongressKind::kMembers, day, day));
        if (options.member_registry && count > 0) {
          auto people = MakeMembers(rng, {cell, "NAT-", 0, static_cast<int>(count), residential,
                                          p % 2 == 1, D(2025, 6, 1)});
          for (org::Member& m : people) m.id = "NAT-" + Pad(static_cast<int>(member_number++), 8);
          batch.members.insert(batch.members.end(), std::make_move_iterator(people.begin()),
                               std::make_move_iterator(people.end()));
        }
      }
      planning::Congress cc;
      cc.org_code = commune;
      cc.term = "2025-2030";
      cc.kind = GrassrootsKind(commune_members);
      cc.planned_start = D(2025, 7, 20).AddDays(static_cast<int64_t>(rng.Next() % 40));
      cc.planned_end =
          cc.planned_start->AddDays(cc.kind == planning::CongressKind::kDelegates ? 1 : 0);
      if (rng.Unit() < 0.9) {  // most communes have held theirs
        cc.held_start = cc.planned_start;
        cc.held_end = cc.planned_end;
      }
      batch.congresses.push_back(cc);
    }
    cells_before += province_cells;
    members_before += province_members;
    if (Status s = sink(std::move(batch)); !s) return s;
  }
  return {};
}

}  // namespace daihoi::app
