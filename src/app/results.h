#pragma once
// Results carried upward (DESIGN.md, data flow of an election): a finished election's result is
// applied to the organization's bodies (election/results.h) or, for a delegates election, to the
// parent organization's congress roll (RecordDelegation); the superior committee approves the
// congress's results (R-APPROVAL); the statistics of new committees roll up over a subtree
// (R-STRUCTURE). One file per use case: apply_result.cpp, approve_results.cpp,
// show_results.cpp, committee_stats.cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/counting.h"
#include "app/ports/result_store.h"
#include "app/roll.h"
#include "common/date.h"
#include "common/result.h"
#include "election/results.h"
#include "org/organization.h"
#include "planning/congress.h"

namespace daihoi::app {

// One person the election elected, with the facts its ballot list carried.
struct ElectedMember {
  election::Person person;
  election::Capacity capacity = election::Capacity::kOfficial;
  int rank = 1;  // within the capacity (R-RANK)
  int round = 1;
  int64_t votes = 0;
};

struct AppliedElection {
  ElectionRecord election;
  std::optional<election::Body> body;  // nullopt for a delegates election
  std::string parent_code;             // a delegates election: the congress the delegation joins
  std::vector<ElectedMember> elected;  // officials, then alternates, each in rank order
};

// Applies a finished election's result (election::CheckFinished: every round closed, no re-vote
// pending, no further round pending unless `accept_unfilled` records that the congress decided
// not to hold one — kConflict with the reason otherwise). A body's election replaces that body
// of the organization for the term (kConflict when the body came from another election); a
// delegates election records the officials and alternates, in rank order, as the organization's
// delegation on the parent organization's congress roll for the same term (RecordDelegation:
// kConflict with no parent). All or nothing; applying again gives the same state.
Result<AppliedElection> ApplyResult(const CountingPorts& ports, const Actor& actor,
                                    int64_t election_id, bool accept_unfilled = false);

struct ApprovalRequest {
  std::string decision;             // required: "Quyết định số 245-QĐ/TU"
  std::optional<Date> approved_on;  // required
  std::string approved_by;          // optional; when given it must be the parent organization
  std::string note;
};

// R-APPROVAL: the superior committee (the parent organization) approves the congress's results.
// The new committee acts at once; the approval is recorded later, once results are applied
// (kConflict when nothing is applied yet, or when approved already). kNotFound for an unknown
// organization or congress (field `term`); kRuleViolation for a top organization (no superior);
// kInvalidInput naming `decision`, `date` (missing, or before the congress opened),
// `approved_by`.
Result<Approval> ApproveResults(Store& store, const Actor& actor, const CongressRef& congress,
                                const ApprovalRequest& request);

// A body of a congress as elected.
struct BodyView {
  election::Body body = election::Body::kCommittee;
  std::vector<election::Membership> members;  // officials then alternates, by rank
};

// An election of the congress and where its result stands.
struct ElectionResultState {
  ElectionRecord election;
  bool finished = false;
  std::string reason;      // why it is not finished (CheckFinished's message)
  std::string applied_at;  // empty until applied
};

struct CongressResults {
  planning::Congress congress;
  org::Organization organization;
  std::optional<org::Organization> superior;  // the parent: approves the results
  std::vector<BodyView> bodies;               // election::kAllBodies order, recorded ones only
  std::vector<ElectionResultState> elections;
  std::optional<Approval> approval;   // nullopt while the results are provisional
  std::vector<RollEntry> delegation;  // the delegation on the parent congress's roll
  std::optional<election::BodyStats> committee_stats;  // the committee's officials
  std::optional<Date> as_of;                           // the date ages are taken on
  std::optional<std::string> previous_term;            // the term the committee is compared with
};

// The results of a congress: its bodies, its elections' state, the approval and the delegation
// sent up. kNotFound for an unknown organization or congress (field `term`).
Result<CongressResults> ShowResults(const CountingPorts& ports, const Actor& actor,
                                    const CongressRef& congress);

struct CommitteeStatsRequest {
  std::string root;
  std::string term;
  // Ages are taken on each congress's opening (held, else planned start); `as_of` overrides.
  std::optional<Date> as_of;
  election::StructureTargets targets;  // R-STRUCTURE: warnings per level when set
};

struct LevelCommitteeStats {
  election::LevelStats level;
  std::string level_name;
  std::vector<election::StructureWarning> warnings;
};

struct OrgCommitteeStats {
  std::string org_code;
  std::string name;
  std::string level;
  std::optional<election::BodyStats> stats;  // nullopt: no committee recorded for the term
};

struct CommitteeStats {
  std::string root;
  std::string term;
  std::vector<LevelCommitteeStats> levels;  // top level first
  election::BodyStats total;
  std::vector<OrgCommitteeStats> organizations;  // the subtree, depth first
};

// The statistics of the new committees (officials) over the subtree of `root` for a term,
// rolled up per level: size, women, age bands, first-time and re-elected (a member of the same
// organization's committee in the latest earlier term recorded). kNotFound for an unknown root;
// kInvalidInput naming `term` when empty.
Result<CommitteeStats> ComputeCommitteeStats(Store& store, const Actor& actor,
                                             const CommitteeStatsRequest& request);

}  // namespace daihoi::app
