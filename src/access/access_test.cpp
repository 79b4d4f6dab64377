// The authorization decision (access.h): the whole matrix of tests/cases/access/matrix.json —
// every role × every action × inside/outside the subtree — then what the matrix cannot say:
// terms, several grants, malformed grants, scope roots, personal fields.
#include "access/access.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace daihoi::access {
namespace {

const char* const kMatrix = "tests/cases/access/matrix.json";

nlohmann::json ReadMatrix() {
  std::ifstream in(kMatrix);
  EXPECT_TRUE(in.good()) << kMatrix << " (tests run from the source root)";
  return nlohmann::json::parse(in);
}

Grant GrantOf(const std::string& key) {
  if (key == "administrator@global") return {Role::kAdministrator, "", ""};
  auto role = ParseRole(key);
  EXPECT_TRUE(role.has_value()) << key;
  return {*role, "BADINH-KIMMA", *role == Role::kCountingClerk ? "2020-2025" : ""};
}

TEST(AccessMatrix, EveryRoleActionAndPlaceAsTheMatrixSays) {
  const nlohmann::json matrix = ReadMatrix();
  const auto order = matrix["order"].get<std::vector<std::string>>();
  std::set<std::string> roles_seen;
  int decisions = 0;
  for (const auto& [role_key, actions] : matrix["roles"].items()) {
    roles_seen.insert(role_key == "administrator@global" ? "administrator" : role_key);
    const std::vector<Grant> grants = {GrantOf(role_key)};
    std::set<std::string> actions_seen;
    for (const auto& [action_key, expected] : actions.items()) {
      actions_seen.insert(action_key);
      const std::string flags = expected.get<std::string>();
      ASSERT_EQ(flags.size(), order.size()) << role_key << " " << action_key;
      Action action = Action::kAdminister;
      bool known = false;
      for (Action candidate : kAllActions) {
        if (action_key == ToString(candidate)) {
          action = candidate;
          known = true;
        }
      }
      ASSERT_TRUE(known) << action_key;
      for (size_t place = 0; place < order.size(); ++place) {
        const Target target{matrix["places"][order[place]].get<std::vector<std::string>>(),
                            "2020-2025"};
        EXPECT_EQ(Allowed(grants, action, target), flags[place] == 'Y')
            << role_key << " " << action_key << " at " << order[place];
        ++decisions;
      }
    }
    EXPECT_EQ(actions_seen.size(), std::size(kAllActions)) << role_key << ": every action";
  }
  EXPECT_EQ(roles_seen.size(), std::size(kAllRoles)) << "every role";
  EXPECT_EQ(decisions, 6 * 7 * 6);
}

TEST(AccessMatrix, RefusalOutsideScopeAsTheMatrixSays) {
  const nlohmann::json matrix = ReadMatrix();
  for (Action action : kAllActions) {
    ASSERT_TRUE(matrix["refusal"].contains(ToString(action))) << ToString(action);
    const int status = matrix["refusal"][ToString(action)].get<int>();
    EXPECT_EQ(RefusalOutsideScope(action) == Refusal::kNotFound ? 404 : 403, status)
        << ToString(action);
  }
}

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

}  // namespace
}  // namespace daihoi::access
