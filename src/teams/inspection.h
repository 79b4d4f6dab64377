#pragma once
// Inspection teams (GLOSSARY: InspectionTeam): which team inspects which unit, and when.
// Hà Nội 2020: 16 teams covering 50 units, 1–4 units each, from 20/5 to 19/6/2020.
//
// Pure: takes teams, units, a window and rules; returns an assignment or the reason there is none.

#include <cstdint>
#include <string>
#include <vector>

#include "common/date.h"
#include "common/result.h"

namespace daihoi::teams {

struct TeamMember {
  std::string member_id;
  std::string home_org;  // the unit the person belongs to: that team may not inspect it
};

struct InspectionTeam {
  std::string id;
  std::string name;
  std::vector<TeamMember> members;
};

struct InspectedUnit {
  std::string code;
  std::string name;
  int64_t members = 0;  // the load of inspecting it grows with its size
  int visit_days = 1;   // working days the visit takes
};

// Plan parameters, not constants: the 1–4 range is the Hà Nội plan's.
struct AssignmentRules {
  int min_units_per_team = 1;
  int max_units_per_team = 4;
  bool working_days_only = true;  // visits on Monday–Friday only
};

// A unit fixed to a team by hand; the automatic assignment works around it.
struct Override {
  std::string unit;
  std::string team;
};

struct Visit {
  std::string team;
  std::string unit;
  Date start;
  Date end;  // inclusive
};

struct Assignment {
  std::vector<Visit> visits;  // by team, then date
  // Members of the units each team inspects, for the balance the plan wants.
  std::vector<int64_t> team_load;
};

// Covers every unit exactly once; each team gets between min and max units, never a unit one
// of its members belongs to, overrides honoured, loads (member counts) balanced; visits are
// scheduled inside [from, to] so that no team, and no person sitting on two teams, is in two
// places on the same day. An error names what cannot be satisfied.
Result<Assignment> AssignInspections(const std::vector<InspectionTeam>& teams,
                                     const std::vector<InspectedUnit>& units, Date from, Date to,
                                     const AssignmentRules& rules,
                                     const std::vector<Override>& overrides = {});

// Checks an assignment (automatic or edited by hand) against the same constraints; one message
// per problem, empty when it is sound.
std::vector<std::string> CheckAssignment(const std::vector<InspectionTeam>& teams,
                                         const std::vector<InspectedUnit>& units, Date from,
                                         Date to, const AssignmentRules& rules,
                                         const std::vector<Visit>& visits);

}  // namespace daihoi::teams
