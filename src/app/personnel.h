#pragma once
// Personnel work before a congress (docs/personnel.md; pure rules in personnel/personnel.h):
// members' positions; the personnel scheme (đề án nhân sự) of a congress, prepared by the
// convening committee, submitted to the superior committee and returned with a comment or
// approved, every version kept; the approved scheme seeds the congress's nominations (source
// "committee", R-SURPLUS checked by the engine); vetting tasks per nominee and board;
// complaints about nominees; and the gate (R-VETTING) that refuses to finalize an election's list
// or lock it for printing while a nominee has an open vetting task or an open complaint.
//
// Access (docs/security.md): schemes, vetting and complaints need access::Action::kPersonnel at
// the congress's organization; returning and approving need it at the superior organization
// (the congress's parent). Positions are registry data (kWriteRegistry / kReadRegistry). Every
// read of vetting files is audited ("vetting.read"). One file per use case.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/counting.h"
#include "app/ports/personnel_store.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "personnel/personnel.h"

namespace daihoi::app {

struct PersonnelPorts {
  Store& store;
  PersonnelStore& personnel;
  ProfileLoader profiles;
};

// ---- Positions ------------------------------------------------------------------------------

// Stores the positions, all or nothing. kInvalidInput naming `positions[i].<field>` (CheckPosition,
// or a member not in the registry: `positions[i].member_id`); kWriteRegistry at each member's
// organization.
Result<std::vector<int64_t>> AddPositions(Store& store, const Actor& actor,
                                          const std::vector<personnel::MemberPosition>& positions);

// Adds or renames a position kind (the list is data); kAdminister.
Status SetPositionKind(Store& store, const Actor& actor, const personnel::PositionKind& kind);

struct PositionsView {
  std::vector<personnel::PositionKind> kinds;
  std::vector<personnel::MemberPosition> positions;
  // One per member with positions, by member id: the concurrent title on `on`.
  struct Title {
    std::string member_id;
    std::string title;
  };
  std::vector<Title> titles;
  Date on;
};
// The positions of one member (`member_id`) or of an organization (`org_code`), titles as of
// `on`. kReadRegistry at the organization (the member's, for one member).
Result<PositionsView> ListPositions(Store& store, const Actor& actor, const std::string& org_code,
                                    const std::string& member_id, const Date& on);

// ---- The scheme -----------------------------------------------------------------------------

struct SchemeRequest {
  std::string org_code;
  std::string term;
  personnel::SchemeNumbers numbers;
  election::ListStructureTargets targets;
  std::string profile = "party-2024";
  std::string note;
};
// Version 1 of a congress's scheme, a draft. kConflict when the congress has a scheme already
// (revise it instead); kInvalidInput naming the field for bad numbers or targets.
Result<int64_t> CreateScheme(const PersonnelPorts& ports, const Actor& actor,
                             const SchemeRequest& request);
// The next version, a draft copied from the latest (numbers, targets, nominees), once the latest
// was returned. kConflict otherwise.
Result<int64_t> ReviseScheme(const PersonnelPorts& ports, const Actor& actor,
                             const std::string& org_code, const std::string& term);

struct SchemeNomineeRequest {
  std::string member_id;
  personnel::SchemeList list = personnel::SchemeList::kCommittee;
  personnel::NomineeReason reason = personnel::NomineeReason::kOther;
  std::optional<bool> outgoing;  // unset: from the outgoing committee (previous body, else roll)
  std::string note;
};
// Adds a registry member of the organization's subtree to the latest version, which must be a
// draft (kConflict). kNotFound naming `member_id`; R-VOTERS: a probationary member is
// kRuleViolation.
Result<int64_t> AddSchemeNominee(const PersonnelPorts& ports, const Actor& actor,
                                 const std::string& org_code, const std::string& term,
                                 const SchemeNomineeRequest& request);
// kNotFound naming `member_id` when the member is not on that list of the draft.
Status RemoveSchemeNominee(const PersonnelPorts& ports, const Actor& actor,
                           const std::string& org_code, const std::string& term,
                           personnel::SchemeList list, const std::string& member_id);

// Submits the latest draft to the superior committee and opens a vetting task per nominee and
// board (due on `vetting_due`, default 15 days from `today`). Returns the tasks opened.
Result<int64_t> SubmitScheme(const PersonnelPorts& ports, const Actor& actor,
                             const std::string& org_code, const std::string& term,
                             const std::optional<Date>& vetting_due, const Date& today);
// The superior committee's decision on the submitted version: return (with its comment) or
// approve. kPersonnel at the superior organization.
Status ReturnScheme(const PersonnelPorts& ports, const Actor& actor, const std::string& org_code,
                    const std::string& term, const std::string& comment);
Status ApproveScheme(const PersonnelPorts& ports, const Actor& actor, const std::string& org_code,
                     const std::string& term, const std::string& comment);

struct SchemeNomineeView {
  SchemeNomineeRecord nominee;
  std::string title;  // the concurrent positions on the opening day
  std::vector<std::string> position_kinds;
  int open_tasks = 0;
  int concerns = 0;
  int open_complaints = 0;
};

struct SchemeView {
  std::string org_name;
  std::string superior_code;  // who returns or approves
  std::string superior_name;
  SchemeRecord scheme;                 // the version shown
  std::vector<SchemeRecord> versions;  // every version, oldest first
  std::vector<SchemeEvent> events;     // of every version, in order
  std::vector<SchemeNomineeView> nominees;
  std::optional<Date> opening;             // the congress's opening (held, else planned)
  personnel::SchemeStatistics statistics;  // of the committee list
  int outgoing_size = 0;                   // the outgoing committee (0: not recorded)
};
// The latest version (or `version`) with its statistics. kNotFound when the congress has no
// scheme (or no such version).
Result<SchemeView> ShowScheme(const PersonnelPorts& ports, const Actor& actor,
                              const std::string& org_code, const std::string& term,
                              std::optional<int> version = std::nullopt);

struct SeedResult {
  int64_t election_id = 0;
  int added = 0;    // nominations made
  int already = 0;  // members nominated before
};
// Nominates the approved scheme's committee list (source "committee") to the congress's
// committee election (`election_id`, or the congress's only committee election). kConflict
// when no version is approved; the list's R-SURPLUS is the nominations' own check.
Result<SeedResult> SeedNominations(const PersonnelPorts& ports, const Actor& actor,
                                   const std::string& org_code, const std::string& term,
                                   std::optional<int64_t> election_id);

// ---- Vetting and complaints -----------------------------------------------------------------

struct VettingFile {
  std::vector<personnel::VettingBoard> boards;
  std::vector<VettingTaskRecord> tasks;  // by nominee then board
  std::vector<ComplaintRecord> complaints;
};
// The congress's vetting tasks and complaints (or one member's with `member_id`). Audited as
// "vetting.read".
Result<VettingFile> ReadVettingFile(Store& store, const Actor& actor, const std::string& org_code,
                                    const std::string& term, const std::string& member_id = {});

// Concludes a task: cleared or concern (a concern needs its note: kInvalidInput `note`).
Status ConcludeVetting(Store& store, const Actor& actor, int64_t task_id,
                       personnel::VettingConclusion conclusion, const std::string& note);

struct ComplaintRequest {
  std::string org_code;
  std::string term;
  std::string member_id;  // a nominee of the congress's scheme
  Date received_on;
  personnel::ComplaintSource source = personnel::ComplaintSource::kNamedLetter;
  std::string summary;
  std::string assigned_to;
};
Result<int64_t> AddComplaint(Store& store, const Actor& actor, const ComplaintRequest& request);
// kConflict when concluded already; kInvalidInput naming `conclusion` when empty.
Status ConcludeComplaint(Store& store, const Actor& actor, int64_t complaint_id,
                         const std::string& conclusion, const Date& on);

// ---- The gate ---------------------------------------------------------------------------------

// R-VETTING: kRuleViolation naming each of these members (id, full name) that has an open
// vetting task or an open complaint at the congress; OK otherwise, and OK for a store without
// personnel records (a test's fake). Called by FinalizeList and LockList.
Status CheckVettingGate(Store& store, const std::string& org_code, const std::string& term,
                        const std::vector<std::pair<std::string, std::string>>& members);

}  // namespace daihoi::app
