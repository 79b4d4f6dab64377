#pragma once
// JSON shapes of the API (docs/api.md, openapi.cpp). Field names are the English identifiers of
// the glossary and the CSV columns of CONTRACTS.md.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "app/import.h"
#include "org/organization.h"

namespace daihoi::http {

nlohmann::json ToJson(const org::Level& level);
// `members` is the stated count of full members, null when it is the children's sum.
nlohmann::json ToJson(const org::Organization& organization);
// Only the personal fields the reader may see (access::VisiblePersonalFields).
nlohmann::json ToJson(const org::Member& member, const access::PersonalFields& fields);
nlohmann::json ToJson(const org::LevelCount& count);
nlohmann::json ToJson(const app::ImportReport& report);

// The header and the first `max_rows` data rows of an uploaded table, for a preview.
nlohmann::json TablePreview(const app::Table& table, size_t max_rows);

// Full members of a whole subtree from its counts per level. A level's count sums the members
// of each organization of that level including everything below it (Store::CountsPerLevel), and
// the root is alone at its level in its own subtree, so the answer is the root level's count.
int64_t SubtreeMembers(const std::vector<org::LevelCount>& counts, const std::string& root_level);
// Organizations of a subtree from its counts per level (root included).
int64_t SubtreeOrganizations(const std::vector<org::LevelCount>& counts);

}  // namespace daihoi::http
