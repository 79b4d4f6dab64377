// Use case: the demo's inspection round (app/inspections.h, LoadInspectionDemo): Hà Nội's
// inspection of 2020 (RULES.md "Numbers worth knowing": 16 teams covering 50 units, 1–4 units
// each, from 20/5 to 19/6/2020). The 50 units are Ba Đình and 49 generated committees directly
// under the city (districts and agency committees, codes HN2020-…); the teams have 3–5 members
// with generated names, some of whom belong to inspected units and one of whom sits on two
// teams. Left unassigned, for the user to run "Phân công tự động".
#include <array>
#include <string_view>

#include "app/accounts.h"
#include "app/audited.h"
#include "app/demo.h"
#include "app/inspections.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

// Seed data: authorized as a global administrator, not recorded (audited.h).
const Actor actor = SeedActor();

constexpr std::string_view kCity = "HANOI";
constexpr std::string_view kTerm = "2020-2025";

// Hà Nội's districts of 2020 other than Ba Đình (in the seed) and Đống Đa (kept out: another
// demo may add it).
constexpr std::array<std::string_view, 28> kDistricts = {
    "quận Hoàn Kiếm",    "quận Tây Hồ",      "quận Long Biên",   "quận Cầu Giấy",
    "quận Hai Bà Trưng", "quận Hoàng Mai",   "quận Thanh Xuân",  "quận Nam Từ Liêm",
    "quận Bắc Từ Liêm",  "quận Hà Đông",     "thị xã Sơn Tây",   "huyện Ba Vì",
    "huyện Chương Mỹ",   "huyện Đan Phượng", "huyện Đông Anh",   "huyện Gia Lâm",
    "huyện Hoài Đức",    "huyện Mê Linh",    "huyện Mỹ Đức",     "huyện Phú Xuyên",
    "huyện Phúc Thọ",    "huyện Quốc Oai",   "huyện Sóc Sơn",    "huyện Thạch Thất",
    "huyện Thanh Oai",   "huyện Thanh Trì",  "huyện Thường Tín", "huyện Ứng Hòa"};

struct Agency {
  std::string_view name;
  std::string_view category;
};
constexpr std::array<Agency, 21> kAgencies = {{
    {"Khối các cơ quan thành phố", "agency"},
    {"Khối Doanh nghiệp thành phố", "enterprise"},
    {"Công an thành phố", "police"},
    {"Quân sự thành phố", "military"},
    {"Sở Y tế", "agency"},
    {"Sở Giáo dục và Đào tạo", "agency"},
    {"Sở Xây dựng", "agency"},
    {"Sở Giao thông vận tải", "agency"},
    {"Trường Đại học Thủ đô", "agency"},
    {"Đài Phát thanh và Truyền hình", "agency"},
    {"Báo Hà Nội mới", "agency"},
    {"Báo Kinh tế và Đô thị", "agency"},
    {"Liên minh Hợp tác xã", "agency"},
    {"Tổng công ty Vận tải", "enterprise"},
    {"Tổng công ty Du lịch", "enterprise"},
    {"Tổng công ty Thương mại", "enterprise"},
    {"Tổng công ty Đầu tư phát triển hạ tầng đô thị", "enterprise"},
    {"Công ty Nước sạch", "enterprise"},
    {"Công ty Thoát nước", "enterprise"},
    {"Công ty Môi trường đô thị", "enterprise"},
    {"Tổng công ty Xây dựng", "enterprise"},
}};

// A fixed sequence (splitmix64): the demo is the same on every machine.
struct Draws {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int64_t Uniform(int64_t low, int64_t high) {
    return low + static_cast<int64_t>(Next() % static_cast<uint64_t>(high - low + 1));
  }
};

std::string Code(std::string_view name) {
  std::string out = "HN2020-";
  for (char c : text::Fold(name)) {
    if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

org::Organization Committee(std::string code, std::string name, std::string category,
                            int64_t members) {
  org::Organization organization;
  organization.code = std::move(code);
  organization.name = std::move(name);
  organization.level = "district";
  organization.parent_code = std::string(kCity);
  organization.category = std::move(category);
  organization.members = members;
  return organization;
}

}  // namespace

Status LoadInspectionDemo(Store& store, const DemoData& data) {
  bool city = false;
  bool badinh = false;
  for (const org::Organization& organization : data.orgs) {
    city = city || organization.code == kCity;
    badinh = badinh || organization.code == "BADINH";
  }
  if (!city) return {};  // only the seed data set has Hà Nội
  auto existing = InspectionsOf(store).Inspections(std::string(kCity));
  if (!existing.ok()) return existing.error();
  for (const InspectionRecord& record : *existing) {
    if (record.term == kTerm) return {};  // loaded before: what the user did stays
  }

  Draws draws{20200520};
  std::vector<org::Organization> committees;
  std::vector<planning::Congress> congresses;
  auto add = [&](std::string code, std::string name, std::string category, int64_t members,
                 int index) {
    committees.push_back(Committee(code, std::move(name), std::move(category), members));
    planning::Congress congress;
    congress.org_code = code;
    congress.term = std::string(kTerm);
    congress.kind = planning::CongressKind::kDelegates;
    congress.planned_start = Date::FromYmd(2020, 7, 6)->AddDays(index % 60);
    congress.planned_end = congress.planned_start->AddDays(2);
    congresses.push_back(std::move(congress));
  };
  int index = 0;
  for (std::string_view district : kDistricts) {
    add(Code(district), "Đảng bộ " + std::string(district), "residential",
        draws.Uniform(6000, 32000), index++);
  }
  for (const Agency& agency : kAgencies) {
    add(Code(agency.name), "Đảng bộ " + std::string(agency.name), std::string(agency.category),
        draws.Uniform(400, 9000), index++);
  }

  return store.InTransaction([&]() -> Status {
    if (Status s = store.UpsertOrganizations(committees); !s) return s;
    if (Status s = store.UpsertCongresses(congresses); !s) return s;
    InspectionInput input;
    input.org_code = std::string(kCity);
    input.term = std::string(kTerm);
    input.title = "Kiểm tra công tác chuẩn bị đại hội đảng bộ trực thuộc";
    input.window_start = Date::FromYmd(2020, 5, 20);
    input.window_end = Date::FromYmd(2020, 6, 19);
    input.min_units_per_team = 1;
    input.max_units_per_team = 4;
    auto id = CreateInspection(store, actor, input);
    if (!id.ok()) return id.error();

    std::vector<UnitChoice> units;
    if (badinh) units.push_back({"BADINH", 2});
    for (const org::Organization& committee : committees) {
      units.push_back({committee.code, committee.members.value_or(0) > 20000 ? 2 : 1});
    }
    if (auto chosen = ChooseInspectionUnits(store, actor, *id, units); !chosen.ok()) {
      return chosen.error();
    }

    // One person sits on teams 1 and 9: the schedule must not book her twice on a day.
    const std::string shared = DemoMemberName(draws.Next(), true, false);
    for (int t = 1; t <= 16; ++t) {
      TeamInput team;
      team.name = "Đoàn kiểm tra số " + std::to_string(t);
      const int size = static_cast<int>(draws.Uniform(3, 5));
      for (int m = 0; m < size; ++m) {
        TeamMemberInput member;
        const bool female = draws.Next() % 100 < 40;
        member.full_name = DemoMemberName(draws.Next(), female, false);
        member.role = m == 0 ? "leader" : m == 1 ? "deputy" : "member";
        // City cadres belong to the city's own bodies; every third team borrows a member from
        // an inspected committee, which that team may then not inspect.
        member.home_org = std::string(kCity);
        if (m == size - 1 && t % 3 == 0) {
          member.home_org = committees[static_cast<size_t>(t * 3) % committees.size()].code;
        }
        team.members.push_back(std::move(member));
      }
      if (t == 1 || t == 9) team.members.push_back({"", shared, "member", std::string(kCity)});
      if (auto added = AddInspectionTeam(store, actor, *id, team); !added.ok())
        return added.error();
    }
    return {};
  });
}

}  // namespace daihoi::app
