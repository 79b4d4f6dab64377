#pragma once
// The party-building context of a round (docs/party-building.md): quality ratings of
// organizations and members per year, member movements and the counts derived from them,
// admission targets per term, communication work. Rules are in building/; storage in
// app/ports/party_building_store.h. One file per use case: list_grades.cpp, record_ratings.cpp,
// list_ratings.cpp, show_rating_shares.cpp, record_movements.cpp, list_movements.cpp,
// count_members_as_of.cpp, set_admission_target.cpp, show_admissions.cpp,
// add_communication_items.cpp, list_communication.cpp, show_communication_totals.cpp.
//
// Authorization (docs/security.md): reads are kReadRegistry at the root asked for; the ratings
// of members are personal: listing them needs kReadPersonalFields (shares are aggregates and
// need only kReadRegistry); writes are kWriteRegistry at every organization written. An
// empty root means everything, which only a global grant covers.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/party_building_store.h"
#include "app/ports/store.h"
#include "building/communication.h"
#include "building/movements.h"
#include "building/ratings.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

// A problem of one item of a batch: `index` into the batch, the field at fault.
struct ItemProblem {
  size_t index = 0;
  std::string field;
  std::string message;
};

// The outcome of a batch write: every item checked first; written only without problems (and
// not on a dry run).
struct BatchReport {
  int64_t items = 0;
  int64_t inserted = 0;  // new rows (ratings: not replacing one of the same year)
  bool written = false;
  std::vector<ItemProblem> problems;
};

Result<std::vector<building::Grade>> ListGrades(Store& store, const Actor& actor);

// Grades may be given by code, name or initials and kinds in Vietnamese; they are stored as
// codes. An unknown organization is a problem of its item.
Result<BatchReport> RecordRatings(Store& store, const Actor& actor,
                                  std::vector<building::Rating> ratings, bool dry_run);

// Ratings of the subtree. Asking for members needs kReadPersonalFields at the root; without a
// kind, members' ratings are included only for a reader allowed to see them.
Result<std::vector<building::Rating>> ListRatings(Store& store, const Actor& actor,
                                                  const RatingQuery& query);

struct RatingSharesView {
  std::string root;
  std::string root_name;
  building::TopGradeCap cap;
  std::vector<building::Grade> grades;
  // Per year (ascending) the organizations' then the members' shares.
  std::vector<building::GradeShares> shares;
};

// Every year with ratings in the subtree, or only `year`.
Result<RatingSharesView> ShowRatingShares(Store& store, const Actor& actor, const std::string& root,
                                          std::optional<int> year,
                                          const building::TopGradeCap& cap);

Result<BatchReport> RecordMovements(Store& store, const Actor& actor,
                                    const std::vector<building::Movement>& movements, bool dry_run);

Result<std::vector<MovementRecord>> ListMovements(Store& store, const Actor& actor,
                                                  const MovementQuery& query);

struct MemberCountRow {
  std::string org_code;
  std::string name;
  std::string level;
  int depth = 0;  // 0 for the root
  building::MemberCount count;
};

struct MemberCountsView {
  std::string root;
  Date as_of;
  int probation_months = 12;
  std::vector<MemberCountRow> rows;  // the subtree, root first, depth-first
};

// Member counts as of a date (building::CountSubtree), root first.
Result<MemberCountsView> CountMembersAsOf(Store& store, const Actor& actor, const std::string& root,
                                          Date as_of, int probation_months = 12);

Status SetAdmissionTarget(Store& store, const Actor& actor,
                          const building::AdmissionTarget& target);

struct AdmissionRow {
  std::string org_code;
  std::string name;
  building::AdmissionProgress progress;
};

struct UnitAdmissions {
  std::string org_code;
  std::string name;
  int64_t admitted = 0;
  std::optional<int64_t> target;  // the unit's own target of the term, when it has one
};

struct YearAdmissions {
  int year = 0;
  int64_t admitted = 0;
};

struct AdmissionsView {
  std::string root;
  std::string root_name;
  std::string term;  // as asked (empty: every term)
  // Every target of the subtree (of the term), each with the admissions of its organization's
  // subtree within its period.
  std::vector<AdmissionRow> targets;
  // When the root has a target of the term: its period's admissions per direct subordinate unit
  // and per year.
  std::vector<UnitAdmissions> units;
  std::vector<YearAdmissions> years;
};

Result<AdmissionsView> ShowAdmissions(Store& store, const Actor& actor, const std::string& root,
                                      const std::string& term);

Result<BatchReport> AddCommunicationItems(Store& store, const Actor& actor,
                                          const std::vector<building::CommunicationItem>& items,
                                          bool dry_run);

Result<std::vector<CommunicationRecord>> ListCommunication(Store& store, const Actor& actor,
                                                           const CommunicationQuery& query);

struct UnitCommunication {
  std::string org_code;
  std::string name;
  building::CommunicationTotals totals;  // the unit's subtree
};

struct CommunicationView {
  std::string root;
  std::string root_name;
  std::optional<Date> from;
  std::optional<Date> to;
  building::CommunicationTotals totals;
  std::vector<UnitCommunication> units;  // the root's own items first (its code), then children
};

Result<CommunicationView> ShowCommunicationTotals(Store& store, const Actor& actor,
                                                  const std::string& root, std::optional<Date> from,
                                                  std::optional<Date> to);

// The demo's party-building context (app/demo.h, `daihoi demo`): Ba Đình's movements over the
// 2015–2020 term (1,164 admissions against a target of 1,100, counts as of 1/5/2020 equal to the
// stated ones), ratings of its organizations and registry members 2020–2024, and the
// communication work of the 2020 round (67 news items, 203 essays, a special bulletin of 3,400
// copies, events). Written once: skipped when Ba Đình has movements already.
Status LoadPartyBuildingDemo(Store& store);

}  // namespace daihoi::app
