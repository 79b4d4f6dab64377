#pragma once
// What the store keeps of a congress's roll (app/roll.h): the entries of a delegates' congress,
// and for any congress the credential issues, sessions and absences recorded against it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "election/roll.h"

namespace daihoi::app {

// One person on a delegates' congress's roll. Members' congresses have no entries: their roll is
// the member registry.
struct RollEntry {
  int64_t id = 0;  // given by the store; the person's roll key is its decimal text
  election::RollRole role = election::RollRole::kOfficial;  // never kMember
  std::string full_name;
  std::string member_id;  // may be empty
  std::string gender;
  std::optional<Date> birth_date;
  std::string unit_code;  // officials and alternates: the delegation
  int rank = 0;           // officials and alternates: 1, 2, … within delegation and role
};

struct StoredCredentialIssue {
  int64_t id = 0;  // given by the store
  election::CredentialIssue issue;
};

struct RollRecords {
  std::vector<RollEntry> entries;  // ex officio first, then by unit code, role (officials
                                   // first) and rank; ex officio by id
  std::vector<StoredCredentialIssue> issues;  // by id
  std::vector<election::Session> sessions;    // by number
  std::vector<election::Absence> absences;    // by person, then session
};

}  // namespace daihoi::app
