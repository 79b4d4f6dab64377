#pragma once
// Inspection rounds in the product (GLOSSARY: đoàn kiểm tra InspectionTeam, kết quả kiểm tra
// Finding): a committee's teams inspect its units inside a window (Hà Nội 2020: 16 teams, 50
// units, 1–4 units each, 20/5–19/6/2020). The assignment itself is teams/inspection.h; these use
// cases keep its inputs and result in the InspectionStore. One file per use case:
// create_inspection.cpp, edit_inspection.cpp, list_inspections.cpp, add_inspection_team.cpp,
// edit_inspection_team.cpp, remove_inspection_team.cpp, choose_inspection_units.cpp,
// assign_inspection_teams.cpp, move_inspection_visit.cpp, record_finding.cpp,
// show_inspection.cpp.
//
// A move by hand is checked with teams::CheckAssignment: it is refused (kRuleViolation, every
// reason in the message) when it would add a problem the plan did not have; problems the plan had
// already (say, after the units changed) do not block it and stay listed in the view. A moved unit
// is fixed to its new team, so the next automatic assignment keeps it there.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/inspection_store.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

struct InspectionInput {
  std::string org_code;  // the inspecting committee; fixed once created
  std::string term;      // fixed once created
  std::string title;  // empty: "Kiểm tra công tác chuẩn bị đại hội đảng bộ các cấp"
  std::optional<Date> window_start;  // required
  std::optional<Date> window_end;    // required, not before window_start
  int min_units_per_team = 1;
  int max_units_per_team = 4;
  bool working_days_only = true;
};

struct TeamMemberInput {
  // A registry member: the name and home unit come from the registry unless given.
  std::string member_id;
  std::string full_name;  // required without member_id
  std::string role;       // leader / deputy / member; empty: the first is the leader
  std::string home_org;   // organization the person belongs to (any level); optional
};

struct TeamInput {
  std::string name;  // empty: "Đoàn kiểm tra số N"
  std::vector<TeamMemberInput> members;
};

struct UnitChoice {
  std::string org_code;
  int visit_days = 1;
};

struct VisitMove {
  std::string unit;             // the unit's organization code
  std::optional<int64_t> team;  // the team to visit it; unchanged when absent
  std::optional<Date> start;    // first day; when absent the current one, else the first
                                // day in the window that adds no problem
};

struct FindingInput {
  std::string unit;
  std::string strengths;
  std::string weaknesses;
  std::string recommendations;
};

struct InspectionView {
  InspectionRecord inspection;
  std::string org_name;
  std::vector<InspectionTeamRecord> teams;
  struct Unit {
    InspectionUnitRecord unit;
    std::optional<InspectionVisitRecord> visit;  // none before the assignment
    std::optional<FindingRecord> finding;
    std::vector<int64_t> excluded_teams;  // teams with a member from this unit
  };
  std::vector<Unit> units;
  struct TeamLoad {
    int64_t team_id = 0;
    int units = 0;
    int64_t members = 0;  // members of the units it inspects
  };
  std::vector<TeamLoad> loads;  // one per team, in team order
  // teams::CheckAssignment of the saved visits; empty when sound or before any assignment.
  std::vector<std::string> problems;
};

// kNotFound for an unknown organization; kInvalidInput naming the field for a bad window or
// rules. Returns the new id.
Result<int64_t> CreateInspection(Store& store, const Actor& actor, const InspectionInput& input);
// Title, window and rules; the saved assignment stays (ShowInspection lists what no longer fits).
Status EditInspection(Store& store, const Actor& actor, int64_t id, const InspectionInput& input);
// Newest first; every inspection when org_code is empty.
Result<std::vector<InspectionRecord>> ListInspections(Store& store, const Actor& actor,
                                                      const std::string& org_code);

// Errors name `members[i].member_id`, `members[i].full_name`, `members[i].role`,
// `members[i].home_org`. Returns the team's id.
Result<int64_t> AddInspectionTeam(Store& store, const Actor& actor, int64_t id,
                                  const TeamInput& team);
Status EditInspectionTeam(Store& store, const Actor& actor, int64_t id, int64_t team_id,
                          const TeamInput& team);
Status RemoveInspectionTeam(Store& store, const Actor& actor, int64_t id, int64_t team_id);

// The units to inspect, member counts from Store::CountsPerLevel. Empty `units`: the committee's
// direct subordinates that have a congress in the inspection's term (all of them when none has).
// Units kept from the earlier list keep their override.
Result<std::vector<InspectionUnitRecord>> ChooseInspectionUnits(
    Store& store, const Actor& actor, int64_t id, const std::vector<UnitChoice>& units);

// Runs teams::AssignInspections (units fixed by hand stay with their team) and saves the visits,
// replacing earlier ones. kInvalidInput naming what cannot be satisfied; nothing is saved then.
Result<InspectionView> AssignInspectionTeams(Store& store, const Actor& actor, int64_t id);

// Moves one unit's visit to another team and/or date (see the header comment).
Result<InspectionView> MoveInspectionVisit(Store& store, const Actor& actor, int64_t id,
                                           const VisitMove& move);

Status RecordFinding(Store& store, const Actor& actor, int64_t id, const FindingInput& finding);

Result<InspectionView> ShowInspection(Store& store, const Actor& actor, int64_t id);

struct DemoData;
// The demo's inspection round (demo_inspections.cpp): written by LoadDemo when `data` holds Hà
// Nội and the store keeps inspections, once (an existing round of HANOI 2020-2025 is left as the
// user made it).
Status LoadInspectionDemo(Store& store, const DemoData& data);

// "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên".
std::string InspectionRoleText(const std::string& role);

}  // namespace daihoi::app
