#pragma once
// The storage port of election results carried upward (app/results.h): the superior
// committee's approval of a congress's results (R-APPROVAL). Implemented over portable SQL by
// storage::SqlResultStore, which both engines' stores derive from.

#include <optional>
#include <string>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

// R-APPROVAL: the superior committee approves (chuẩn y) the results of a congress.
struct Approval {
  std::string org_code;     // the congress: organization and term
  std::string term;
  std::string approved_by;  // the superior committee's organization code
  std::string decision;     // "Quyết định số 245-QĐ/TU"
  Date approved_on;
  std::string note;
  std::string recorded_at;  // UTC, set by the store
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
};

// As app::ElectionsOf: the ResultStore of a store that storage::OpenStore opened.
inline ResultStore& ResultsOf(Store& store) { return dynamic_cast<ResultStore&>(store); }

}  // namespace daihoi::app
