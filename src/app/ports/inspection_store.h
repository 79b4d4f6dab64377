#pragma once
// The storage port of inspection rounds (GLOSSARY: InspectionTeam, Finding): a committee's
// inspection of its units for a term, with its window and rules, the teams and their members,
// the units to inspect, the saved assignment (visits), the units fixed to a team by hand and the
// findings recorded per unit. Implemented over portable SQL by storage::SqlInspectionStore, which
// both engines' stores derive from. Every method is one statement or one transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

// An inspection round (đợt kiểm tra) of a committee.
struct InspectionRecord {
  int64_t id = 0;
  std::string org_code;  // the inspecting committee's organization
  std::string term;      // the congress round inspected, "2020-2025"
  std::string title;  // "Kiểm tra công tác chuẩn bị đại hội đảng bộ trực thuộc"
  Date window_start;  // visits happen inside [window_start, window_end]
  Date window_end;
  // The plan's rules (parameters, not constants: Hà Nội 2020 had 1–4 units per team).
  int min_units_per_team = 1;
  int max_units_per_team = 4;
  bool working_days_only = true;
  std::string created_at;   // UTC, set by the store
  std::string assigned_at;  // UTC of the last automatic assignment; empty while none
};

struct InspectionMemberRecord {
  std::string member_id;  // registry id when the person is in the registry, else empty
  std::string full_name;
  std::string role;      // "leader" (trưởng đoàn), "deputy" (phó đoàn), "member"
  std::string home_org;  // organization code the person belongs to; empty when unknown
};

struct InspectionTeamRecord {
  int64_t id = 0;
  int64_t inspection_id = 0;
  std::string name;                             // "Đoàn kiểm tra số 1"
  std::vector<InspectionMemberRecord> members;  // in stored order
};

// A unit to inspect, with the code and name it had when chosen (the list reads the same after
// the tree changes).
struct InspectionUnitRecord {
  std::string org_code;
  std::string name;
  int64_t members = 0;                   // full members: the load of inspecting it
  int visit_days = 1;                    // working days the visit takes
  std::optional<int64_t> fixed_team_id;  // fixed to this team by hand (an override)
};

struct InspectionVisitRecord {
  int64_t id = 0;
  int64_t team_id = 0;
  std::string org_code;
  Date start;
  Date end;             // inclusive
  bool manual = false;  // moved by hand since the last automatic assignment
};

struct FindingRecord {
  std::string org_code;
  std::string strengths;        // ưu điểm
  std::string weaknesses;       // hạn chế, khuyết điểm
  std::string recommendations;  // kiến nghị
  std::string recorded_at;      // UTC, set by the store
};

class InspectionStore {
 public:
  virtual ~InspectionStore() = default;

  // Stores a new inspection (id and created_at set by the store); kNotFound for an unknown
  // organization.
  virtual Result<int64_t> CreateInspection(const InspectionRecord& inspection) = 0;
  // Changes title, window and rules (not the organization or term); kNotFound when unknown.
  virtual Status UpdateInspection(const InspectionRecord& inspection) = 0;
  virtual Result<std::optional<InspectionRecord>> FindInspection(int64_t id) = 0;
  // Newest first; all when org_code is empty, kNotFound for an unknown organization.
  virtual Result<std::vector<InspectionRecord>> Inspections(const std::string& org_code) = 0;

  // A new team after the others (its id ignored); returns its id. kNotFound for an unknown
  // inspection.
  virtual Result<int64_t> AddTeam(const InspectionTeamRecord& team) = 0;
  // Replaces the team's name and members; kNotFound when the team is not the inspection's.
  virtual Status UpdateTeam(const InspectionTeamRecord& team) = 0;
  // Removes the team with its visits; units fixed to it become free. kNotFound when unknown.
  virtual Status RemoveTeam(int64_t inspection_id, int64_t team_id) = 0;
  // In the order they were added.
  virtual Result<std::vector<InspectionTeamRecord>> Teams(int64_t inspection_id) = 0;

  // Replaces the units to inspect, in the given order, dropping the visits and findings of
  // units no longer listed. An override naming a team not of the inspection is kInvalidInput.
  virtual Status ReplaceUnits(int64_t inspection_id,
                              const std::vector<InspectionUnitRecord>& units) = 0;
  virtual Result<std::vector<InspectionUnitRecord>> Units(int64_t inspection_id) = 0;
  // Fixes a unit to a team (or frees it: nullopt); kNotFound for a unit not listed.
  virtual Status SetFixedTeam(int64_t inspection_id, const std::string& org_code,
                              std::optional<int64_t> team_id) = 0;

  // Replaces every visit with `visits` (ids ignored) and sets assigned_at to the store's clock,
  // in one transaction.
  virtual Status SaveAssignment(int64_t inspection_id,
                                const std::vector<InspectionVisitRecord>& visits) = 0;
  // Changes one visit's team and dates (marking it manual); kNotFound when the visit is not the
  // inspection's.
  virtual Status UpdateVisit(int64_t inspection_id, const InspectionVisitRecord& visit) = 0;
  // By team order, then start date.
  virtual Result<std::vector<InspectionVisitRecord>> Visits(int64_t inspection_id) = 0;

  // Records (or replaces) the finding of a listed unit; kNotFound for a unit not listed.
  virtual Status UpsertFinding(int64_t inspection_id, const FindingRecord& finding) = 0;
  // In the units' order.
  virtual Result<std::vector<FindingRecord>> Findings(int64_t inspection_id) = 0;
};

// As app::ElectionsOf: the InspectionStore of a store that storage::OpenStore opened.
inline InspectionStore& InspectionsOf(Store& store) {
  return dynamic_cast<InspectionStore&>(store);
}

}  // namespace daihoi::app
