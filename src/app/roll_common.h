#pragma once
// What the roll use cases (app/roll.h) share: the congress looked up with its stored roll and the
// people on it, and delegates checked against the registry before they are stored.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/roll.h"

namespace daihoi::app::roll_detail {

// A congress with what the store keeps of its roll.
struct LoadedRoll {
  planning::Congress congress;
  Date opening;                // held_start, else planned_start
  std::string opening_source;  // "held" / "planned"
  RollRecords records;
  // The people on the roll (filled when asked for): a delegates' congress's entries in store
  // order, or a members' congress's members as of the opening in R-ORDER.
  std::vector<election::RollPerson> people;
};

election::CongressKind ElectionKind(planning::CongressKind kind);

// The congress record and its roll. kNotFound with field `code` for an unknown organization and
// `term` for an organization without a congress for the term; kInvalidInput, field `opening`,
// for a congress with neither a held nor a planned start. With `with_people`, also the people on
// the roll.
Result<LoadedRoll> LoadRoll(Store& store, const CongressRef& ref, bool with_people);

// kInvalidInput, field `congress`, unless the congress is a delegates' congress.
Status RequireDelegatesCongress(const planning::Congress& congress);

// The person on the roll for a stored entry (key: the id as decimal text).
election::RollPerson PersonOf(const RollEntry& entry);

// The registry members of `org_code`'s subtree who belong on its members' congress's roll
// (R-THRESHOLD): status full, suspended, transferred (temporary transfer) or exempt, full members
// on the opening date (full_member_date on or before it, or unknown); in R-ORDER.
Result<std::vector<election::RollPerson>> MembersOnRoll(Store& store, const std::string& org_code,
                                                        Date opening);

// Checks and normalizes people to store, in input order, with `role`, `unit_code` and ranks
// 1, 2, … (officials and alternates only). Errors name `<field>[i].full_name`,
// `<field>[i].member_id`, `<field>[i].gender`. A member id must be in the registry and may not
// be on the roll twice: `others` are the member ids already on it (the entries being replaced
// left out); the registry's name, gender and birth date fill what the input leaves empty.
// `org_code` is the convening organization (its subtree is where delegates are looked up).
Result<std::vector<RollEntry>> ResolveDelegates(Store& store, const std::string& org_code,
                                                const std::vector<NewDelegate>& people,
                                                std::string_view field, election::RollRole role,
                                                const std::string& unit_code,
                                                std::vector<std::string>& others);

// true when `key` is a person on the roll.
bool OnRoll(const std::vector<election::RollPerson>& people, const std::string& key);

}  // namespace daihoi::app::roll_detail
