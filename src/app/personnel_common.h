#pragma once
// What the personnel use cases (app/personnel.h) share: the congress's latest scheme, its
// superior, the outgoing committee, the opening day, and the open items of nominees.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/personnel.h"

namespace daihoi::app::personnel_detail {

// Every version of the congress's scheme; kNotFound (field `term`) when there is none.
Result<std::vector<SchemeRecord>> Versions(PersonnelStore& personnel, const std::string& org_code,
                                           const std::string& term);

// The superior organization's code (the parent), or the organization itself at the top.
// kNotFound for an unknown organization.
Result<std::string> SuperiorOf(Store& store, const std::string& org_code);

// The outgoing committee: the committee of the organization's previous term when recorded
// (result store), else the ex-officio entries of the congress's roll (R-EX-OFFICIO: the
// convening committee sits on it); nullopt when neither is known.
std::optional<std::vector<election::Person>> OutgoingCommittee(Store& store,
                                                               const std::string& org_code,
                                                               const std::string& term);

// The congress's opening: held, else planned; nullopt when unknown.
std::optional<Date> Opening(Store& store, const std::string& org_code, const std::string& term);

// In the outgoing committee: by member id, else by name and birth date.
bool IsOutgoing(const std::optional<std::vector<election::Person>>& outgoing,
                const election::Person& person);

// Requires a draft latest version for an edit; kConflict naming its status otherwise.
Status RequireDraft(const SchemeRecord& scheme);

}  // namespace daihoi::app::personnel_detail

namespace daihoi::app::personnel_detail {

// One workflow step on the latest version (NextStatus), dated and attributed, audited as
// "scheme.<action>"; `more` runs inside the same transaction (the vetting tasks of a submit).
// Authorized at `authorize_at` (the organization, or its superior for a decision).
Status Step(const PersonnelPorts& ports, const Actor& actor, const std::string& org_code,
            const std::string& term, personnel::SchemeAction action, const std::string& comment,
            const std::string& authorize_at,
            const std::function<Status(const SchemeRecord&)>& more = nullptr);

}  // namespace daihoi::app::personnel_detail
