#pragma once
// The audit trail over HTTP (docs/api.md "Nhật ký thay đổi"): GET /audit (filters org, actor,
// from, to, offset, limit), /audit.csv (the same records as a file), /audit/verify (the chain
// recomputed). For administrators: app::ListAudit and app::CheckAudit decide.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> AuditRoutes();
void RegisterAuditRoutes(httplib::Server& server, StorePool& pool);
// Paths and schemas merged into the OpenAPI document (openapi.cpp).
const nlohmann::json& AuditOpenApi();

}  // namespace daihoi::http
