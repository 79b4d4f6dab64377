// The authorization decision (access/access.h) against the whole matrix of
// tests/cases/access/matrix.json: every role × every action × inside/outside the subtree, and the
// refusal outside scope. The file is read here, outside the pure core.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "access/access.h"

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
  // Every role (the global administrator apart) × every action × every place.
  EXPECT_EQ(decisions,
            static_cast<int>(matrix["roles"].size() * std::size(kAllActions) * order.size()));
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

}  // namespace
}  // namespace daihoi::access
