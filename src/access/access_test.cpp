// The authorization decision (access.h) beyond the matrix of tests/cases/access/matrix.json
// (cli/access_cases_test.cpp): terms, several grants, malformed grants, scope roots, personal
// fields.
#include "access/access.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace daihoi::access {
namespace {

TEST(Access, CountingClerkEntersOnlyItsCongressTerm) {
  const std::vector<Grant> grants = {{Role::kCountingClerk, "BADINH", "2020-2025"}};
  EXPECT_TRUE(Allowed(grants, Action::kEnterBallots, {{"HANOI", "BADINH"}, "2020-2025"}));
  EXPECT_FALSE(Allowed(grants, Action::kEnterBallots, {{"HANOI", "BADINH"}, "2025-2030"}));
  EXPECT_FALSE(Allowed(grants, Action::kEnterBallots, {{"HANOI", "BADINH"}, ""}));
  // A cell's congress under the district is another congress.
  EXPECT_FALSE(
      Allowed(grants, Action::kEnterBallots, {{"HANOI", "BADINH", "BADINH-KIMMA"}, "2020-2025"}));
}

TEST(Access, SeveralGrantsAddUpAndNoGrantAllowsNothing) {
  const std::vector<Grant> none;
  for (Action action : kAllActions) {
    EXPECT_FALSE(Allowed(none, action, {{"HANOI"}, ""})) << ToString(action);
    EXPECT_FALSE(Allowed(none, action, {{}, ""})) << ToString(action);
  }
  const std::vector<Grant> two = {{Role::kObserver, "HANOI", ""},
                                  {Role::kUnitClerk, "BADINH-KIMMA", ""}};
  const Target ward{{"HANOI", "BADINH", "BADINH-KIMMA"}, ""};
  const Target other_ward{{"HANOI", "BADINH", "BADINH-QUANTHANH"}, ""};
  EXPECT_TRUE(Allowed(two, Action::kReadRegistry, other_ward));
  EXPECT_FALSE(Allowed(two, Action::kReadPersonalFields, other_ward));
  EXPECT_TRUE(Allowed(two, Action::kReadPersonalFields, ward));
  EXPECT_TRUE(Allowed(two, Action::kUnitCongress, ward));
  EXPECT_FALSE(Allowed(two, Action::kUnitCongress, other_ward));
}

TEST(Access, MalformedGrantsAreNamedAndAllowNothing) {
  EXPECT_FALSE(CheckGrant({Role::kAdministrator, "", ""}).has_value());
  EXPECT_FALSE(CheckGrant({Role::kCountingClerk, "BADINH", "2020-2025"}).has_value());
  const std::vector<Grant> malformed = {
      {Role::kObserver, "", ""},                       // global, not an administrator
      {Role::kOrganizationBoard, "", ""},              // global, not an administrator
      {Role::kCountingClerk, "BADINH", ""},            // no term
      {Role::kUnitClerk, "BADINH-KIMMA", "2020-2025"}  // a term on another role
  };
  for (const Grant& grant : malformed) {
    EXPECT_TRUE(CheckGrant(grant).has_value()) << ToString(grant.role);
    for (Action action : kAllActions) {
      EXPECT_FALSE(Allowed({grant}, action, {{"HANOI", "BADINH", "BADINH-KIMMA"}, "2020-2025"}))
          << ToString(grant.role) << " " << ToString(action);
    }
  }
}

TEST(Access, ScopeRootsForListsAndExports) {
  EXPECT_FALSE(ScopeRoots({{Role::kAdministrator, "", ""}}, Action::kReadRegistry).has_value());
  const std::vector<Grant> grants = {{Role::kObserver, "HANOI", ""},
                                     {Role::kUnitClerk, "BADINH-KIMMA", ""},
                                     {Role::kCountingClerk, "BADINH", "2020-2025"}};
  EXPECT_EQ(*ScopeRoots(grants, Action::kReadRegistry),
            (std::vector<std::string>{"HANOI", "BADINH-KIMMA", "BADINH"}));
  EXPECT_EQ(*ScopeRoots(grants, Action::kReadPersonalFields),
            (std::vector<std::string>{"BADINH-KIMMA"}));
  EXPECT_EQ(*ScopeRoots(grants, Action::kEnterBallots), (std::vector<std::string>{"BADINH"}));
  EXPECT_TRUE(ScopeRoots(grants, Action::kPlan)->empty());
  EXPECT_TRUE(ScopeRoots(grants, Action::kAdminister)->empty());
}

TEST(Access, PersonalFieldsOnlyForRolesThatNeedThem) {
  const Target ward{{"HANOI", "BADINH", "BADINH-KIMMA"}, "2020-2025"};
  const PersonalFields all{true, true, true};
  const std::map<Role, PersonalFields> expected = {
      {Role::kAdministrator, all}, {Role::kOrganizationBoard, all}, {Role::kUnitClerk, all},
      {Role::kCountingClerk, {}},  {Role::kObserver, {}},
  };
  for (const auto& [role, fields] : expected) {
    const Grant grant{role, "BADINH-KIMMA", role == Role::kCountingClerk ? "2020-2025" : ""};
    EXPECT_EQ(VisiblePersonalFields({grant}, ward), fields) << ToString(role);
    // Outside the subtree nobody sees them.
    EXPECT_EQ(VisiblePersonalFields({grant}, {{"HANOI", "HOANKIEM"}, ""}), PersonalFields{})
        << ToString(role);
  }
}

TEST(Access, RoleWordsRoundTrip) {
  for (Role role : kAllRoles) {
    EXPECT_EQ(ParseRole(ToString(role)), role);
    EXPECT_STRNE(RoleLabel(role), "");
  }
  EXPECT_FALSE(ParseRole("admin").has_value());
  EXPECT_FALSE(ParseRole("").has_value());
}

// A refusal names the action in Vietnamese, each action its own words.
TEST(Access, EveryActionHasItsOwnVietnameseLabel) {
  std::set<std::string> labels;
  for (Action action : kAllActions) {
    EXPECT_STRNE(ActionLabel(action), "") << ToString(action);
    labels.insert(ActionLabel(action));
  }
  EXPECT_EQ(labels.size(), std::size(kAllActions));
}

}  // namespace
}  // namespace daihoi::access
