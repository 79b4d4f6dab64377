#pragma once
// The routes of working groups, subcommittees and commendations (docs/api.md, "Working groups,
// subcommittees, commendations"): under /congresses/{code}/{term}/working-groups,
// …/subcommittees and …/commendations (+ .xlsx and .pdf). A write answers the section's view as
// it stands after it, with "created" the new id; a double booking is 409 with the clash named.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> GroupsRoutes();
void RegisterGroupsRoutes(httplib::Server& server, StorePool& pool);
// The OpenAPI "paths", "parameters" and "schemas" of these routes (groups_openapi.cpp).
const nlohmann::json& GroupsOpenApi();

}  // namespace daihoi::http
