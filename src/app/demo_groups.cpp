// Use case: the demo's working groups, subcommittees and commendations (app/demo.h), written
// after the seed data through the same use cases a clerk uses, so the booking check holds:
//   Ba Đình, congress 2020-2025: 12 working groups and 4 guidance groups over its 56 grassroots
//     organizations (RULES.md, "Numbers worth knowing"), each unit with one of each; the leaders
//     (else a deputy or member who is free) attend their units' congresses; the documents,
//     personnel and logistics subcommittees with their tasks;
//   Đống Đa district (added under HANOI with its 21 wards and 6 agency organizations): 27
//     collectives and 47 individuals commended after the round.
// Written only where nothing is recorded yet, so loading twice changes nothing. Names are
// generated (no real people); deterministic.
#include <array>
#include <string_view>

#include "app/accounts.h"
#include "app/audited.h"
#include "app/demo.h"
#include "app/groups.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

// Seed data: authorized as a global administrator, not recorded (audited.h).
const Actor actor = SeedActor();

constexpr const char* kTerm = "2020-2025";

// A small deterministic generator (splitmix64), independent of the seed's own.
struct Draws {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

std::string CodeKey(std::string_view name) {
  std::string key;
  for (char c : text::Fold(name)) {
    if (c >= 'a' && c <= 'z') key += static_cast<char>(c - 'a' + 'A');
    if (c >= '0' && c <= '9') key += c;
  }
  return key;
}

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

Status BaDinhGroups(Store& store, Draws& draws) {
  const CongressRef congress{"BADINH", kTerm};
  auto existing = GroupsOf(store).WorkingGroups(congress.org_code, congress.term);
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) return {};
  auto subtree = store.Subtree("BADINH");
  if (!subtree.ok()) return subtree.error();
  std::vector<std::string> units;
  for (const org::Organization& o : *subtree) {
    if (o.parent_code == "BADINH" && o.level == "grassroots") units.push_back(o.code);
  }
  struct Made {
    int64_t id;
    std::vector<int64_t> members;  // leader, deputy, members
  };
  std::vector<Made> working;
  std::vector<Made> guidance;
  const auto make = [&](teams::GroupKind kind, int number, int size) -> Result<Made> {
    const std::string note = kind == teams::GroupKind::kWorking
                                 ? "Hướng dẫn, dự đại hội các tổ chức cơ sở đảng được phân công"
                                 : "Thường trực Quận ủy chỉ đạo đại hội theo cụm";
    auto id = AddWorkingGroup(
        store, actor, congress,
        {kind, teams::VietnameseName(kind) + " số " + std::to_string(number), note});
    if (!id.ok()) return id.error();
    Made made{*id, {}};
    for (int k = 0; k < size; ++k) {
      const bool female = draws.Next() % 3 == 0;
      const teams::GroupRole role = k == 0   ? teams::GroupRole::kLeader
                                    : k == 1 ? teams::GroupRole::kDeputy
                                             : teams::GroupRole::kMember;
      auto member = AddGroupMember(store, actor, congress, *id,
                                   {"", DemoMemberName(draws.Next(), female, false), role});
      if (!member.ok()) return member.error();
      made.members.push_back(*member);
    }
    return made;
  };
  for (int g = 1; g <= 12; ++g) {
    auto made = make(teams::GroupKind::kWorking, g, 5);
    if (!made.ok()) return made.error();
    working.push_back(std::move(*made));
  }
  for (int g = 1; g <= 4; ++g) {
    auto made = make(teams::GroupKind::kGuidance, g, 4);
    if (!made.ok()) return made.error();
    guidance.push_back(std::move(*made));
  }
  // Each unit: working group i mod 12, guidance group by quarter of the list; the first free
  // member of the group (leader first) attends.
  const auto assign = [&](const Made& group, const std::string& unit) -> Status {
    auto assignment = AssignGroup(store, actor, congress, group.id, unit, "");
    if (!assignment.ok()) return assignment.error();
    for (int64_t member : group.members) {
      auto attended = RecordAttendance(store, actor, congress, group.id, member, *assignment);
      if (attended.ok()) return {};
      if (attended.error().code != ErrorCode::kConflict) return attended.error();
    }
    return {};  // everyone is booked elsewhere those days: the unit waits for a volunteer
  };
  for (size_t u = 0; u < units.size(); ++u) {
    if (Status s = assign(working[u % working.size()], units[u]); !s) return s;
    const size_t quarter = u * guidance.size() / units.size();
    if (Status s = assign(guidance[quarter], units[u]); !s) return s;
  }
  return {};
}

Status BaDinhSubcommittees(Store& store, Draws& draws) {
  const CongressRef congress{"BADINH", kTerm};
  auto existing = GroupsOf(store).Subcommittees(congress.org_code, congress.term);
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) return {};
  struct TaskSpec {
    const char* title;
    const char* owner;
    Date due;
    bool done;
  };
  struct Spec {
    teams::SubcommitteeKind kind;
    std::vector<TaskSpec> tasks;
  };
  const std::vector<Spec> specs = {
      {teams::SubcommitteeKind::kDocuments,
       {{"Đề cương báo cáo chính trị", "Ban Tuyên giáo", D(2020, 2, 28), true},
        {"Dự thảo báo cáo chính trị trình Thành ủy", "Ban Tuyên giáo", D(2020, 4, 15), true},
        {"Tổng hợp ý kiến góp ý dự thảo văn kiện", "Văn phòng Quận ủy", D(2020, 5, 20), true},
        {"Hoàn chỉnh văn kiện trình đại hội", "Ban Tuyên giáo", D(2020, 6, 5), false}}},
      {teams::SubcommitteeKind::kPersonnel,
       {{"Quy hoạch nhân sự Ban Chấp hành khóa mới", "Ban Tổ chức", D(2020, 3, 15), true},
        {"Lấy phiếu giới thiệu nhân sự", "Ban Tổ chức", D(2020, 4, 30), true},
        {"Hồ sơ nhân sự trình Thành ủy", "Ban Tổ chức", D(2020, 5, 25), false}}},
      {teams::SubcommitteeKind::kLogistics,
       {{"Chuẩn bị hội trường, trang trí", "Văn phòng Quận ủy", D(2020, 6, 10), true},
        {"In tài liệu, phiếu bầu", "Văn phòng Quận ủy", D(2020, 6, 12), false},
        {"Phương án an ninh, y tế", "Công an quận", D(2020, 6, 12), false}}},
  };
  for (const Spec& spec : specs) {
    auto id = AddSubcommittee(store, actor, congress, spec.kind, "");
    if (!id.ok()) return id.error();
    for (int k = 0; k < 4; ++k) {
      const teams::GroupRole role = k == 0   ? teams::GroupRole::kLeader
                                    : k == 1 ? teams::GroupRole::kDeputy
                                             : teams::GroupRole::kMember;
      auto member = AddSubcommitteeMember(
          store, actor, congress, *id,
          {"", DemoMemberName(draws.Next(), draws.Next() % 3 == 0, false), role});
      if (!member.ok()) return member.error();
    }
    for (const TaskSpec& task : spec.tasks) {
      auto task_id =
          AddSubcommitteeTask(store, actor, congress, *id, {task.title, task.owner, task.due});
      if (!task_id.ok()) return task_id.error();
      if (task.done) {
        if (Status s = SetTaskDone(store, actor, congress, *task_id, true, task.due.AddDays(-2));
            !s) {
          return s;
        }
      }
    }
  }
  return {};
}

Status DongDaCommendations(Store& store, Draws& draws) {
  auto hanoi = store.FindOrganization("HANOI");
  if (!hanoi.ok()) return hanoi.error();
  if (!*hanoi) return {};
  static const std::array<std::string_view, 21> kWards = {
      "Cát Linh",    "Hàng Bột",     "Khâm Thiên",  "Khương Thượng", "Kim Liên",    "Láng Hạ",
      "Láng Thượng", "Nam Đồng",     "Ngã Tư Sở",   "Ô Chợ Dừa",     "Phương Liên", "Phương Mai",
      "Quang Trung", "Quốc Tử Giám", "Thịnh Quang", "Thổ Quan",      "Trung Liệt",  "Trung Phụng",
      "Trung Tự",    "Văn Chương",   "Văn Miếu"};
  static const std::array<std::string_view, 6> kAgencies = {
      "Cơ quan Quận ủy", "Cơ quan Ủy ban nhân dân quận", "Công an quận",
      "Quân sự quận",    "Trung tâm Y tế quận",          "Phòng Giáo dục và Đào tạo quận"};
  std::vector<org::Organization> orgs;
  org::Organization district;
  district.code = "DONGDA";
  district.name = "Đảng bộ quận Đống Đa";
  district.level = "district";
  district.parent_code = "HANOI";
  district.category = "residential";
  orgs.push_back(district);
  for (std::string_view ward : kWards) {
    org::Organization o;
    o.code = "DONGDA-" + CodeKey(ward);
    o.name = "Đảng bộ phường " + std::string(ward);
    o.level = "grassroots";
    o.parent_code = "DONGDA";
    o.category = "residential";
    o.members = 250 + static_cast<int64_t>(draws.Next() % 500);
    orgs.push_back(o);
  }
  for (std::string_view agency : kAgencies) {
    org::Organization o;
    o.code = "DONGDA-" + CodeKey(agency);
    o.name = "Đảng bộ " + std::string(agency);
    o.level = "grassroots";
    o.parent_code = "DONGDA";
    o.category = agency == "Công an quận"   ? "police"
                 : agency == "Quân sự quận" ? "military"
                                            : "agency";
    o.members = 40 + static_cast<int64_t>(draws.Next() % 120);
    orgs.push_back(o);
  }
  auto known = store.FindOrganization("DONGDA");
  if (!known.ok()) return known.error();
  if (!*known) {
    if (Status s = store.UpsertOrganizations(orgs); !s) return s;
  }
  const CongressRef congress{"DONGDA", kTerm};
  auto existing = GroupsOf(store).Commendations(congress.org_code, congress.term);
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) return {};

  std::vector<teams::Commendation> commendations;
  for (size_t k = 1; k < orgs.size(); ++k) {  // 27 collectives: every grassroots organization
    teams::Commendation c;
    c.kind = teams::RecipientKind::kCollective;
    c.org_code = orgs[k].code;
    c.award = k <= 3 ? "Bằng khen" : "Giấy khen";
    c.decision = k <= 3 ? "Quyết định số 2745-QĐ/TU" : "Quyết định số 1068-QĐ/QU";
    c.decided_on = k <= 3 ? D(2020, 9, 10) : D(2020, 8, 28);
    c.reason =
        "Có thành tích xuất sắc trong lãnh đạo, tổ chức đại hội đảng bộ, chi bộ nhiệm kỳ "
        "2020 - 2025";
    commendations.push_back(c);
  }
  for (int k = 0; k < 47; ++k) {  // 47 individuals
    teams::Commendation c;
    c.kind = teams::RecipientKind::kIndividual;
    c.org_code = orgs[1 + draws.Next() % (orgs.size() - 1)].code;
    c.full_name = DemoMemberName(draws.Next(), draws.Next() % 2 == 0, false);
    c.award = "Giấy khen";
    c.decision = "Quyết định số 1069-QĐ/QU";
    c.decided_on = D(2020, 8, 28);
    c.reason = "Hoàn thành xuất sắc nhiệm vụ phục vụ đại hội đảng các cấp nhiệm kỳ 2020 - 2025";
    commendations.push_back(c);
  }
  auto ids = AddCommendations(store, actor, congress, commendations);
  if (!ids.ok()) return ids.error();
  return {};
}

}  // namespace

Status LoadDemoGroups(Store& store) {
  auto badinh = store.FindOrganization("BADINH");
  if (!badinh.ok()) return badinh.error();
  if (!*badinh) return {};
  Draws draws{20200614};
  return store.InTransaction([&]() -> Status {
    if (Status s = BaDinhGroups(store, draws); !s) return s;
    if (Status s = BaDinhSubcommittees(store, draws); !s) return s;
    return DongDaCommendations(store, draws);
  });
}

}  // namespace daihoi::app
