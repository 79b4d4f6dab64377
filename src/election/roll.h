#pragma once
// The roll of a congress: who is convened, who attends each session, and the R-THRESHOLD
// denominator with every exclusion named (GLOSSARY: convened, CredentialCheck).
//  - delegates' congress: the convening committee's members ex officio (R-EX-OFFICIO), the
//    delegations elected by the subordinate congresses (officials and alternates in rank order),
//    the credential checks of R-CREDENTIALS as of the opening date, alternates replacing absent
//    officials of their delegation in rank order;
//  - members' congress: the organization's full members from the registry, with the exclusions
//    R-THRESHOLD allows for their state and attendance.
// Pure: the app builds RollInput from the store; adapters show RollResult.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "election/types.h"

namespace daihoi::election {

enum class RollRole {
  kExOfficio,  // delegates' congress: a member of the convening committee (R-EX-OFFICIO)
  kOfficial,   // delegates' congress: an official delegate elected by a subordinate congress
  kAlternate,  // delegates' congress: an alternate of a delegation, rank 1, 2, …
  kMember,     // members' congress: a full member of the organization
};
const char* ToString(RollRole role);  // "ex_officio", "official", "alternate", "member"
std::optional<RollRole> ParseRollRole(std::string_view text);

// A member's state in the registry as the members' congress sees it (R-THRESHOLD).
enum class MemberState { kActive, kTemporaryTransfer, kExempt, kSuspended };
const char* ToString(MemberState state);  // "active", "temporary_transfer", "exempt", "suspended"
std::optional<MemberState> ParseMemberState(std::string_view text);

struct RollPerson {
  std::string key;        // unique in the roll: the roll entry's id, or the member id
  std::string full_name;  // NFC
  std::string member_id;  // the registry id, when known (may be empty for a delegate)
  RollRole role = RollRole::kOfficial;
  std::string unit_code;  // kOfficial / kAlternate: the delegation (the electing unit)
  int rank = 0;           // kOfficial / kAlternate: 1, 2, … within the delegation and role
  MemberState state = MemberState::kActive;  // kMember only
};

// R-CREDENTIALS: facts the credentials committee records about a person, with the date they
// take effect. A fact counts when it takes effect on or before the opening date.
enum class CredentialIssueKind {
  kSuspended,       // đình chỉ sinh hoạt
  kProsecuted,      // khởi tố
  kIndicted,        // truy tố
  kDetained,        // tạm giam
  kWrongProcedure,  // elected by a wrong procedure (the credentials committee's finding)
  kRetired,         // nghỉ hưu: disqualifies a convening-committee member
  kTransferred,     // chuyển công tác: disqualifies a convening-committee member
};
const char* ToString(CredentialIssueKind kind);  // "suspended", "prosecuted", … "transferred"
std::optional<CredentialIssueKind> ParseCredentialIssueKind(std::string_view text);

struct CredentialIssue {
  std::string person;  // RollPerson::key
  CredentialIssueKind kind = CredentialIssueKind::kSuspended;
  Date effective;
  std::string note;
};

struct Session {
  int number = 1;  // 1, 2, …
  std::string title;
  std::optional<Date> date;
};

struct Absence {
  std::string person;     // RollPerson::key
  int session = 0;        // 0: absent for the whole congress; else a Session::number
  std::string reason;     // as told; may be empty
  bool accepted = false;  // members' congress: the convening committee accepted the reason
};

struct RollInput {
  CongressKind kind = CongressKind::kDelegates;
  Date opening;
  std::vector<RollPerson> people;
  std::vector<CredentialIssue> issues;
  std::vector<Session> sessions;
  std::vector<Absence> absences;
  // Delegates' congress: official seats allocated to each unit (the congress's saved allocation).
  // Empty: no allocation is known and delegations are not checked against one.
  std::map<std::string, int64_t> allocated;
};

// Why a delegate is not convened (R-CREDENTIALS). Members' congresses never use it: there
// every full member is convened and R-THRESHOLD exclusions apply instead.
enum class NotConvenedReason {
  kSuspended,
  kProsecuted,
  kIndicted,
  kDetained,
  kWrongProcedure,
  kRetired,
  kTransferred,
  kOverAllocation,   // an official beyond the delegation's allocated seats, lowest rank first
  kReplaced,         // an official absent for the whole congress whose alternate stands in
  kAlternateUnused,  // an alternate who replaced nobody (may attend, does not vote)
};
// "suspended", …, "over_allocation", "replaced", "alternate_unused"
const char* ToString(NotConvenedReason reason);

// `convened` marks the people whose votes the R-THRESHOLD base counts: an alternate standing in
// for an official takes the official's place in it, so the base keeps its size.
struct RollLine {
  bool convened = false;  // counted in the R-THRESHOLD base
  std::optional<NotConvenedReason> not_convened;
  std::string replaces;     // an alternate: the key of the official it stands for
  std::string replaced_by;  // an official: the key of the alternate standing for it
  bool absent_whole = false;
  std::optional<ExclusionReason> exclusion;  // taken off the denominator (R-THRESHOLD)
  std::vector<int> absent_sessions;          // session numbers, ascending
};

struct SessionAttendance {
  int number = 0;
  int64_t present = 0;  // convened people (and replacing alternates) attending this session
  int64_t absent = 0;
};

enum class RollWarning {
  kOverAllocation,         // a delegation has more officials than seats allocated
  kDelegationIncomplete,   // fewer officials recorded than seats allocated
  kUnitNotAllocated,       // a delegation from a unit the allocation does not list
  kNotGroundForDelegate,   // retirement/transfer of an elected delegate: not a ground (recorded)
  kWholeAbsenceNoReason,   // absent for the whole congress with no reason given
};
const char* ToString(RollWarning warning);  // "over_allocation", "delegation_incomplete", …

struct RollFinding {
  RollWarning warning = RollWarning::kOverAllocation;
  std::string unit_code;  // when about a delegation
  std::string person;     // when about a person (key)
  int64_t recorded = 0;   // delegation findings: officials recorded
  int64_t allocated = 0;  // delegation findings: seats allocated
};

struct RollResult {
  std::vector<RollLine> lines;  // one per RollInput::people, same order
  int64_t convened = 0;         // the R-THRESHOLD base
  int64_t excluded = 0;
  int64_t denominator = 0;      // convened − excluded
  std::vector<Exclusion> exclusions;  // per reason, in ExclusionReason order, counts > 0 only
  std::vector<SessionAttendance> sessions;  // RollInput::sessions order
  std::vector<RollFinding> findings;
};

// Checks the input and computes the roll. kInvalidInput naming the field: `people[i].key`
// (empty or repeated), `people[i].role` (a role of the other congress kind), `people[i].unit_code`
// (missing for an official or alternate), `people[i].rank` (not positive, or repeated within a
// delegation and role), `issues[i].person` / `absences[i].person` (unknown key),
// `absences[i].session` (unknown session, or repeated for the person), `sessions[i].number`.
Result<RollResult> ComputeRoll(const RollInput& input);

// The Election fields the roll decides: congress kind, convened, exclusions.
void ApplyRoll(const RollResult& roll, CongressKind kind, Election& election);

}  // namespace daihoi::election
