#pragma once
// The storage port of election results carried upward (app/results.h): the bodies an
// organization elected for a term (election/results.h Membership, each with the election it came
// from), which elections' results were applied, and the superior committee's approval of a
// congress's results (R-APPROVAL). Every method is one transaction. Implemented over portable
// SQL by storage::SqlResultStore, which both engines' stores derive from.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "election/results.h"

namespace daihoi::app {

// R-APPROVAL: the superior committee approves (chuẩn y) the results of a congress.
struct Approval {
  std::string org_code;  // the congress: organization and term
  std::string term;
  std::string approved_by;  // the superior committee's organization code
  std::string decision;     // "Quyết định số 245-QĐ/TU"
  Date approved_on;
  std::string note;
  std::string recorded_at;  // UTC, set by the store
};

// A membership with the congress it belongs to.
struct MembershipRow {
  std::string org_code;
  std::string term;
  election::Membership membership;
};

// An election whose result was applied (app/results.h ApplyResult).
struct AppliedResult {
  int64_t election_id = 0;
  std::string applied_at;  // UTC, set by the store
};

class ResultStore {
 public:
  virtual ~ResultStore() = default;

  // nullopt while the results are provisional; kNotFound for an unknown organization.
  virtual Result<std::optional<Approval>> FindApproval(const std::string& org_code,
                                                       const std::string& term) = 0;
  // kConflict when the congress's results are approved already; kNotFound for an unknown
  // organization.
  virtual Status RecordApproval(const Approval& approval) = 0;

  // The bodies of a congress: by body (election::Body order), capacity (officials first), rank.
  // kNotFound for an unknown organization.
  virtual Result<std::vector<election::Membership>> Bodies(const std::string& org_code,
                                                           const std::string& term) = 0;
  // Replaces every membership of one body of a congress with `members` (their `body` must be
  // `body`). kNotFound for an unknown organization; kInvalidInput for a member of another body
  // or two with the same capacity and rank.
  virtual Status ReplaceBody(const std::string& org_code, const std::string& term,
                             election::Body body,
                             const std::vector<election::Membership>& members) = 0;
  // The terms for which the organization has any body recorded, ascending.
  virtual Result<std::vector<std::string>> BodyTerms(const std::string& org_code) = 0;
  // One body's memberships over the subtree of `root` (root included), all terms, by
  // organization path then term, capacity and rank. kNotFound for an unknown root.
  virtual Result<std::vector<MembershipRow>> SubtreeBodies(const std::string& root,
                                                           election::Body body) = 0;

  // Marks an election's result applied (again: the time is updated). kNotFound for an unknown
  // election.
  virtual Status MarkApplied(int64_t election_id) = 0;
  // The applied elections of a congress, by election id.
  virtual Result<std::vector<AppliedResult>> AppliedResults(const std::string& org_code,
                                                            const std::string& term) = 0;
};

// As app::ElectionsOf: the ResultStore of a store that storage::OpenStore opened.
inline ResultStore& ResultsOf(Store& store) { return dynamic_cast<ResultStore&>(store); }

}  // namespace daihoi::app
