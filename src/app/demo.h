#pragma once
// The demo data sets, as pure generators (no I/O) plus the use cases that write them.
//
// Seed (`daihoi demo`): built from public figures (domain/RULES.md, "Numbers worth knowing"):
//   HANOI → BADINH (2020 round): 56 grassroots organizations, 48 held by 2020-05-19, the other
//     8 by 2020-05-27; district congress XXVI planned 14–16/6/2020 (the plan's alternative,
//     23–25/6, is a date option of the plan, not stored with the congress).
//   DANANG → CAMLE (2020 round): 235 cells, 121 held by 2020-03-02; KHUETRUNG: 993 members in
//     36 cells (26 residential, 10 agency) with a full member registry.
//   HANOI → 20 ward committees directly (post-2025 shape; HAIBATRUNG is phường Hai Bà Trưng)
//     → 214 residential cells; wards 2025-2030, cells 2025-2027.
//   BADINH's congress XXVI (opening 14/6/2020) has a partly recorded roll: an allocation of 234
//     elected seats (minimum 1, largest remainder, members as of 1/5/2020), the district
//     committee's 41 members ex officio (R-EX-OFFICIO: 234 + 41 = 275) and the delegations of two
//     grassroots organizations; no absences. Names are generated (no real people).
// National (`daihoi demo --scale national`): a synthetic country in the post-2025 shape, for
// benchmarks, generated one province at a time so memory stays bounded.
//
// Everything is deterministic: a fixed seed, no clock.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/allocation.h"
#include "app/ports/store.h"
#include "app/roll_record.h"
#include "common/result.h"
#include "org/organization.h"
#include "planning/congress.h"

namespace daihoi::app {

// The roll of a demo delegates' congress (app/roll.h).
struct DemoRoll {
  // Saved unless the organization already has an allocation for the term; the delegations get
  // the seats of the newest allocation for the term.
  AllocationRequest allocation;
  std::vector<RollEntry> ex_officio;
  struct Delegation {
    std::string unit_code;
    int alternates = 1;
    uint64_t seed = 0;  // for DemoDelegation
  };
  std::vector<Delegation> delegations;
};

struct DemoData {
  std::vector<org::Organization> orgs;  // parents before children
  std::vector<org::Member> members;
  std::vector<planning::Congress> congresses;
  std::vector<DemoRoll> rolls;  // written after the rest, only into an empty roll
};

DemoData SeedDemo();

struct NationalOptions {
  int provinces = 34;
  int communes = 3321;
  int64_t units = 300000;        // organizations in all: provinces + communes + cells
  int64_t members = 5600000;     // full members, stated per cell
  bool member_registry = false;  // also generate one Member per stated member (slow)
  uint64_t seed = 20260119;
};

// Calls `sink` once per province with that province, its communes, their cells and congresses
// (and members when asked); stops at the first error from `sink`.
Status GenerateNational(const NationalOptions& options,
                        const std::function<Status(DemoData&& province)>& sink);

// A realistic Vietnamese name for a generated member; `southern` prefers Huỳnh / Võ over
// Hoàng / Vũ. `draw` is a deterministic source of random numbers.
std::string DemoMemberName(uint64_t draw, bool female, bool southern);

// A delegation as the unit's congress elected it: `officials` officials then `alternates`
// alternates, ranks from 1, generated names, genders and birth dates.
std::vector<RollEntry> DemoDelegation(const std::string& unit_code, int64_t officials,
                                      int alternates, uint64_t seed);

struct DemoReport {
  int64_t orgs = 0;
  int64_t members = 0;
  int64_t congresses = 0;
};

// Writes a data set in one transaction: organizations, members, congresses (upserts, so loading
// twice changes nothing), then each roll in its own transaction: the allocation when the term
// has none, the entries when the roll has none (what a user recorded is never replaced).
Result<DemoReport> LoadDemo(Store& store, const DemoData& data);

// The working groups, subcommittees and commendations of the seed (demo_groups.cpp), written
// where none are recorded yet; nothing for a store without app::GroupStore.
Status LoadDemoGroups(Store& store);

// Generates and writes the national data set, one transaction per province.
Result<DemoReport> LoadNationalDemo(
    Store& store, const NationalOptions& options,
    const std::function<void(int64_t done, int64_t total)>& progress);

}  // namespace daihoi::app
