#pragma once
// What the inspection use cases share (app/inspections.h): loading an inspection whole, turning
// it into the pure engine's input (teams/inspection.h) and the view back.

#include <cstdint>
#include <string>
#include <vector>

#include "app/inspections.h"
#include "teams/inspection.h"

namespace daihoi::app::inspection_detail {

struct Loaded {
  InspectionRecord record;
  std::string org_name;
  std::vector<InspectionTeamRecord> teams;
  std::vector<InspectionUnitRecord> units;
  std::vector<InspectionVisitRecord> visits;
  std::vector<FindingRecord> findings;
};

// kNotFound (field `id`) for an unknown inspection.
Result<Loaded> Load(Store& store, int64_t id);

struct Engine {
  std::vector<teams::InspectionTeam> teams;  // id = the team's id in decimal
  std::vector<teams::InspectedUnit> units;
  teams::AssignmentRules rules;
};

// A member's home unit is the listed unit whose subtree holds the member's organization (the
// registry's, or the one given), so a ward cadre does not inspect her own district. A person is
// known by registry id, else by name.
Result<Engine> ToEngine(Store& store, const Loaded& loaded);

std::vector<teams::Visit> EngineVisits(const std::vector<InspectionVisitRecord>& visits);

// The last day of a visit of `days` days from `start`, weekends skipped when `working_only`.
Date VisitEnd(Date start, int days, bool working_only);

// Engine messages for people: a team by its name, a person without registry id by name.
std::vector<std::string> Readable(std::vector<std::string> problems,
                                  const std::vector<InspectionTeamRecord>& teams);

InspectionView BuildView(Loaded loaded, const Engine& engine);

Error UnknownTeam(int64_t team_id, const std::string& field);

}  // namespace daihoi::app::inspection_detail

namespace daihoi::app::inspection_detail {

// Title, window and rules checked (kInvalidInput naming window_start, window_end,
// min_units_per_team, max_units_per_team).
Result<InspectionRecord> RecordOf(const InspectionInput& input);

}  // namespace daihoi::app::inspection_detail

namespace daihoi::app::inspection_detail {

// The team to store: members resolved against the registry, roles checked; `default_name` when
// the input has none.
Result<InspectionTeamRecord> TeamOf(Store& store, const TeamInput& input,
                                    const std::string& default_name);

}  // namespace daihoi::app::inspection_detail
