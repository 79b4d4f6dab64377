// Use case: the demo's nominations (demo_nominations.h). Deterministic: its own seed, no clock.
#include "app/demo_nominations.h"

#include <algorithm>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/audited.h"
#include "app/demo.h"
#include "app/nominations.h"
#include "app/ports/election_store.h"
#include "app/ports/nomination_store.h"

namespace daihoi::app {
namespace {

// Seed data: authorized as a global administrator, not recorded (audited.h).
const Actor actor = SeedActor();

constexpr char kOrg[] = "BADINH";
constexpr char kTerm[] = "2020-2025";
constexpr char kTitle[] = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020–2025";
constexpr int kSeats = 41;
constexpr int kRetiring = 11;   // 41 − 11 = 30 incumbents re-nominated
constexpr int kNewcomers = 17;  // 30 + 17 = 47 nominees: surplus 6 (14.63%)

// SplitMix64, as demo.cpp: the same numbers on every platform.
uint64_t Mix(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::string Number(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

org::Member Registered(std::string id, std::string name, std::string gender, Date birth) {
  org::Member member;
  member.id = std::move(id);
  member.full_name = std::move(name);
  member.gender = std::move(gender);
  member.birth_date = birth;
  // Admitted at about 25, full member after the 12 months of probation.
  member.party_join_date = birth.AddDays(25 * 365 + 100);
  member.full_member_date = member.party_join_date->AddDays(365);
  member.org_code = kOrg;
  member.status = org::MemberStatus::kFull;
  return member;
}

}  // namespace

Status LoadDemoNominations(Store& store) {
  NominationStore* nominations = &NominationsOf(store);
  ElectionStore* elections = &ElectionsOf(store);
  auto badinh = store.FindOrganization(kOrg);
  if (!badinh.ok()) return badinh.error();
  if (!*badinh) return {};
  auto existing = elections->Elections(kOrg, kTerm);
  if (!existing.ok()) return existing.error();
  for (const ElectionRecord& election : *existing) {
    if (election.title == kTitle) return {};
  }
  auto roll = store.Roll(kOrg, kTerm);
  if (!roll.ok()) return roll.error();
  std::vector<RollEntry> committee;
  for (const RollEntry& entry : roll->entries) {
    if (entry.role == election::RollRole::kExOfficio && entry.birth_date)
      committee.push_back(entry);
  }
  if (committee.size() != static_cast<size_t>(kSeats)) return {};

  // The outgoing committee in the registry, by the roll's names and birth dates (R-INCUMBENT
  // finds them there), and the newcomers the committee's personnel subcommittee proposes.
  std::vector<org::Member> members;
  for (size_t index = 0; index < committee.size(); ++index) {
    const RollEntry& entry = committee[index];
    members.push_back(Registered("BADINH-UV" + Number(static_cast<int>(index) + 1), entry.full_name,
                                 entry.gender, *entry.birth_date));
  }
  uint64_t state = 20200614;
  for (int index = 1; index <= kNewcomers; ++index) {
    const bool female = Mix(state) % 100 < 35;
    const int year = 1974 + static_cast<int>(Mix(state) % 14);  // 1974–1987: 32 to 46
    const int month = 1 + static_cast<int>(Mix(state) % 12);
    const int day = 1 + static_cast<int>(Mix(state) % 28);
    members.push_back(Registered("BADINH-NS" + Number(index),
                                 DemoMemberName(Mix(state), female, false),
                                 female ? "female" : "male", *Date::FromYmd(year, month, day)));
  }

  // The 11 oldest incumbents retire; the other 30 stand again, with the newcomers.
  std::vector<size_t> incumbents(committee.size());
  for (size_t index = 0; index < incumbents.size(); ++index) incumbents[index] = index;
  std::stable_sort(incumbents.begin(), incumbents.end(), [&](size_t a, size_t b) {
    return *committee[a].birth_date < *committee[b].birth_date;
  });
  incumbents.erase(incumbents.begin(), incumbents.begin() + kRetiring);
  std::sort(incumbents.begin(), incumbents.end());

  const NominationPorts ports{store, *elections, *nominations, nullptr};
  return store.InTransaction([&]() -> Status {
    if (Status s = store.UpsertMembers(members); !s) return s;
    ElectionRecord record;
    record.org_code = kOrg;
    record.term = kTerm;
    record.kind = election::ElectionKind::kCommittee;
    record.seats = kSeats;
    record.title = kTitle;
    record.profile = "party-2024";
    record.required_clerks = 2;
    record.counting_committee = {"Trần Thị Thu Hằng (Trưởng ban)", "Lê Minh Tuấn",
                                 "Phạm Thị Ngọc Ánh"};
    auto election_id = elections->CreateElection(record);
    if (!election_id.ok()) return election_id.error();
    std::vector<std::string> nominees;
    for (size_t index : incumbents) nominees.push_back(members[index].id);
    for (size_t index = committee.size(); index < members.size(); ++index) {
      nominees.push_back(members[index].id);
    }
    for (const std::string& member_id : nominees) {
      NominateRequest request;
      request.member_id = member_id;
      auto id = Nominate(ports, actor, *election_id, request);
      if (!id.ok()) return id.error();
    }
    return {};
  });
}

}  // namespace daihoi::app
