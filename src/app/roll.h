#pragma once
// The roll of a congress in the product (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD): a delegates'
// congress's ex-officio members and recorded delegations, a members' congress's full members
// from the registry, the credential issues and absences recorded against them, and the convened
// count the election threshold uses (election/roll.h computes it). One file per use case:
// show_roll.cpp, record_delegation.cpp, add_ex_officio.cpp, remove_roll_entry.cpp,
// record_credential_issue.cpp, remove_credential_issue.cpp, set_sessions.cpp,
// record_absence.cpp, clear_absence.cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "app/roll_record.h"
#include "common/date.h"
#include "common/result.h"
#include "election/roll.h"
#include "planning/congress.h"

namespace daihoi::app {

struct CongressRef {
  std::string org_code;  // the organization holding the congress (its committee convenes it)
  std::string term;      // "2020-2025"
};

// A person to put on a delegates' congress's roll.
struct NewDelegate {
  std::string full_name;  // required unless member_id names a registry member (its name is used)
  std::string member_id;  // optional; when given it must exist in the registry
  std::string gender;     // "male" / "female" / empty
  std::optional<Date> birth_date;
};

// A delegation as the subordinate congress elected it: officials in rank order (by votes),
// then alternates in rank order.
struct DelegationInput {
  std::string unit_code;  // a direct subordinate of the congress's organization
  std::vector<NewDelegate> officials;
  std::vector<NewDelegate> alternates;
};

struct RollView {
  planning::Congress congress;
  Date opening;                              // held_start, else planned_start
  std::string opening_source;                // "held" / "planned"
  std::vector<election::RollPerson> people;  // ex officio, then delegations by unit, or members
  std::vector<RollEntry> entries;            // delegates' congress: the stored entries, same order
  election::RollResult result;
  std::vector<StoredCredentialIssue> issues;
  std::vector<election::Session> sessions;
  std::vector<election::Absence> absences;
  std::optional<int64_t> allocation_id;  // the allocation delegations were checked against
  // Delegation units: code and name, in the store's order, with their allocated seats (0 when
  // no allocation) — the subordinate units of the organization.
  struct Unit {
    std::string code;
    std::string name;
    int64_t allocated = 0;
  };
  std::vector<Unit> units;
};

// The roll as of the opening date. The congress record must exist (kNotFound) and have a held
// or planned start (kInvalidInput, field `opening`). A delegates' congress checks delegations
// against the newest saved allocation of the organization for the term, when there is one.
// A members' congress lists the registry's members of the organization's subtree whose status
// is full, suspended, transferred or exempt and who were full members on the opening date.
Result<RollView> ShowRoll(Store& store, const Actor& actor, const CongressRef& congress);

// Records a delegation (delegates' congress only: kInvalidInput, field `congress`), replacing the
// unit's earlier entries. kConflict when an earlier entry has credential issues or absences
// recorded (remove those first: nothing recorded is dropped silently). Errors name
// `unit_code`, `officials[i].full_name`, `officials[i].member_id`, `alternates[i]…`.
// Returns the new entries' ids, officials then alternates.
Result<std::vector<int64_t>> RecordDelegation(Store& store, const Actor& actor,
                                              const CongressRef& congress,
                                              const DelegationInput& delegation);

// Adds members of the convening committee (R-EX-OFFICIO); delegates' congress only.
Result<std::vector<int64_t>> AddExOfficio(Store& store, const Actor& actor,
                                          const CongressRef& congress,
                                          const std::vector<NewDelegate>& people);

// Removes one entry with its credential issues and absences (the caller confirmed). kNotFound
// for an unknown id.
Status RemoveRollEntry(Store& store, const Actor& actor, const CongressRef& congress,
                       int64_t entry_id);

// `issue.person` is a roll key: an entry id (delegates' congress) or a member id of the
// organization's subtree (members' congress); kInvalidInput, field `person`, otherwise.
Result<int64_t> RecordCredentialIssue(Store& store, const Actor& actor, const CongressRef& congress,
                                      const election::CredentialIssue& issue);
Status RemoveCredentialIssue(Store& store, const Actor& actor, const CongressRef& congress,
                             int64_t issue_id);

// Replaces the congress's sessions (numbers 1..n in order). kConflict when an absence refers to
// a session that would no longer exist.
Status SetSessions(Store& store, const Actor& actor, const CongressRef& congress,
                   const std::vector<election::Session>& sessions);

// Records (or replaces) one person's absence from one session (0: the whole congress).
Status RecordAbsence(Store& store, const Actor& actor, const CongressRef& congress,
                     const election::Absence& absence);
Status ClearAbsence(Store& store, const Actor& actor, const CongressRef& congress,
                    const std::string& person, int session);

}  // namespace daihoi::app
