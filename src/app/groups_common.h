#pragma once
// What the group, subcommittee and commendation use cases (app/groups.h) share: the congress
// checked, an id checked to be of that congress, a person resolved against the registry.

#include <optional>
#include <string>

#include "app/groups.h"

namespace daihoi::app::groups_detail {

// The congress's organization; kNotFound (field `code`) or kInvalidInput (field `term`).
Result<org::Organization> CheckCongress(Store& store, const CongressRef& congress);

// The group when it is one of this congress's; kNotFound with field `group_id` otherwise.
Result<WorkingGroupRecord> GroupOf(Store& store, const CongressRef& congress, int64_t group_id);
Result<SubcommitteeRecord> SubcommitteeOf(Store& store, const CongressRef& congress,
                                          int64_t subcommittee_id);

// The task when it belongs to one of this congress's subcommittees; kNotFound with field
// `task_id` otherwise.
Result<SubcommitteeTaskRecord> TaskOf(Store& store, const CongressRef& congress, int64_t task_id);

// A registry member by id; nullopt when there is none.
Result<std::optional<org::Member>> FindMember(Store& store, const std::string& member_id);

// Trims the person's fields and fills the name from the registry. A member id not in the
// registry is kNotFound (field `member_id`); neither id nor name is kInvalidInput (field
// `full_name`).
Result<NewPerson> ResolvePerson(Store& store, NewPerson person);

// Normalizes and checks one commendation (app/groups.h AddCommendations) without writing it:
// errors name `<at><field>`; fills a collective's name and an individual's name and unit.
Status PrepareCommendation(Store& store, const CongressRef& congress, teams::Commendation& c,
                           const std::string& at);

// true when `unit` lies strictly below `root` in the tree.
Result<bool> IsBelow(Store& store, const std::string& unit, const std::string& root);

}  // namespace daihoi::app::groups_detail
