#pragma once
// The storage port of personnel work (app/personnel.h): position kinds and members' positions,
// the personnel schemes of a congress (every version, its workflow steps and nominees), the
// vetting tasks of nominees by board, and complaints about nominees. Implemented over portable
// SQL by storage::SqlPersonnelStore (migration 14), which both engines' stores derive from.
// Every method is one statement or one transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "election/nomination.h"
#include "personnel/personnel.h"

namespace daihoi::app {

// One version of the personnel scheme (đề án nhân sự) of a congress.
struct SchemeRecord {
  int64_t id = 0;  // given by the store
  std::string org_code;
  std::string term;
  int version = 1;
  personnel::SchemeStatus status = personnel::SchemeStatus::kDraft;
  personnel::SchemeNumbers numbers;
  election::ListStructureTargets targets;  // R-STRUCTURE (warnings)
  std::string profile = "party-2024";      // the rule profile R-SURPLUS is checked with
  std::string note;
  std::string created_by;
  std::string created_at;  // UTC, set by the store
};

// A step of the workflow, dated and attributed.
struct SchemeEvent {
  int64_t id = 0;
  int64_t scheme_id = 0;
  std::string action;  // "create", "revise", "submit", "return", "approve"
  std::string actor;
  std::string comment;
  std::string at;  // UTC, set by the store
};

struct SchemeNomineeRecord {
  int64_t id = 0;
  int64_t scheme_id = 0;
  personnel::SchemeList list = personnel::SchemeList::kCommittee;
  std::string member_id;
  std::string full_name;  // from the registry when added
  std::string gender;
  std::optional<Date> birth_date;
  personnel::NomineeReason reason = personnel::NomineeReason::kOther;
  bool outgoing = false;  // in the outgoing committee (re-elected rather than first-time)
  std::string note;
};

struct VettingTaskRecord {
  int64_t id = 0;
  std::string org_code;  // the congress
  std::string term;
  std::string member_id;
  std::string full_name;
  std::string board;  // a VettingBoard code
  std::optional<Date> due;
  personnel::VettingConclusion conclusion = personnel::VettingConclusion::kOpen;
  std::string note;
  std::string concluded_by;
  std::string concluded_at;  // UTC, set by the store
  std::string created_at;
};

struct ComplaintRecord {
  int64_t id = 0;
  std::string org_code;
  std::string term;
  std::string member_id;  // the nominee it is about
  std::string full_name;
  Date received_on;
  personnel::ComplaintSource source = personnel::ComplaintSource::kNamedLetter;
  std::string summary;  // the content, summarized (never the letter itself)
  std::string assigned_to;
  std::string conclusion;  // empty while open
  std::optional<Date> concluded_on;
  std::string concluded_by;
  std::string created_at;

  bool open() const { return !concluded_on.has_value(); }
};

class PersonnelStore {
 public:
  virtual ~PersonnelStore() = default;

  // Position kinds by rank (the migration stores personnel::DefaultPositionKinds()).
  virtual Result<std::vector<personnel::PositionKind>> PositionKinds() = 0;
  virtual Status UpsertPositionKind(const personnel::PositionKind& kind) = 0;
  // Stores positions (their ids ignored), all or nothing; returns the new ids.
  virtual Result<std::vector<int64_t>> AddPositions(
      const std::vector<personnel::MemberPosition>& positions) = 0;
  // The positions of these members, by member then from date.
  virtual Result<std::vector<personnel::MemberPosition>> Positions(
      const std::vector<std::string>& member_ids) = 0;
  // The positions of the members registered in the organization and those held in it as a Party
  // body (org_code); kNotFound for an unknown organization.
  virtual Result<std::vector<personnel::MemberPosition>> OrganizationPositions(
      const std::string& org_code) = 0;

  // Stores a scheme version (id, created_at ignored); kConflict when the congress has that
  // version already, kNotFound for an unknown organization.
  virtual Result<int64_t> CreateScheme(const SchemeRecord& scheme) = 0;
  virtual Result<std::optional<SchemeRecord>> FindScheme(int64_t id) = 0;
  // Every version of the congress's scheme, oldest first.
  virtual Result<std::vector<SchemeRecord>> Schemes(const std::string& org_code,
                                                    const std::string& term) = 0;
  // Sets the status and records the step, in one transaction.
  virtual Status SetSchemeStatus(int64_t scheme_id, personnel::SchemeStatus status,
                                 const SchemeEvent& event) = 0;
  virtual Status AddSchemeEvent(const SchemeEvent& event) = 0;
  virtual Result<std::vector<SchemeEvent>> SchemeEvents(int64_t scheme_id) = 0;
  // kConflict when the member is on that list of the scheme already.
  virtual Result<int64_t> AddSchemeNominee(const SchemeNomineeRecord& nominee) = 0;
  // false when the member was not on that list.
  virtual Result<bool> RemoveSchemeNominee(int64_t scheme_id, personnel::SchemeList list,
                                           const std::string& member_id) = 0;
  // The scheme's nominees in the order added.
  virtual Result<std::vector<SchemeNomineeRecord>> SchemeNominees(int64_t scheme_id) = 0;

  // Vetting boards by rank (the migration stores personnel::DefaultVettingBoards()).
  virtual Result<std::vector<personnel::VettingBoard>> VettingBoards() = 0;
  virtual Status UpsertVettingBoard(const personnel::VettingBoard& board) = 0;
  // Stores the tasks a congress does not have yet (same member and board); returns how many
  // were new.
  virtual Result<int64_t> AddVettingTasks(const std::vector<VettingTaskRecord>& tasks) = 0;
  // The congress's tasks by member name order, then board rank.
  virtual Result<std::vector<VettingTaskRecord>> VettingTasks(const std::string& org_code,
                                                              const std::string& term) = 0;
  virtual Result<std::optional<VettingTaskRecord>> FindVettingTask(int64_t id) = 0;
  // kNotFound for an unknown task. The time is the store's.
  virtual Status ConcludeVettingTask(int64_t id, personnel::VettingConclusion conclusion,
                                     const std::string& note, const std::string& by) = 0;

  virtual Result<int64_t> AddComplaint(const ComplaintRecord& complaint) = 0;
  virtual Result<std::optional<ComplaintRecord>> FindComplaint(int64_t id) = 0;
  // The congress's complaints by received date, then id.
  virtual Result<std::vector<ComplaintRecord>> Complaints(const std::string& org_code,
                                                          const std::string& term) = 0;
  // kNotFound for an unknown complaint.
  virtual Status ConcludeComplaint(int64_t id, const std::string& conclusion, const Date& on,
                                   const std::string& by) = 0;
};

// As app::ElectionsOf: the PersonnelStore of a store that storage::OpenStore opened.
inline PersonnelStore& PersonnelOf(Store& store) { return dynamic_cast<PersonnelStore&>(store); }

}  // namespace daihoi::app
