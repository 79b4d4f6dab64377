#include "http/result_api.h"

#include <httplib.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "app/results.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/result_json.h"
#include "json/tally_json.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

Error PathNamed(Error error) {
  if (error.field == "election_id") error.field = "id";
  return error;
}

app::CountingPorts Ports(app::Store& store) {
  return app::CountingPorts{store, app::ElectionsOf(store), daihoi::json::LoadProfileOnce};
}

app::CongressRef CongressOf(const httplib::Request& req) {
  return {req.matches[1].str(), req.matches[2].str()};
}

Result<Reply> GetResults(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto results = app::ShowResults(Ports(store), actor, CongressOf(req));
  if (!results.ok()) return results.error();
  return JsonReply(daihoi::json::CongressResultsToJson(*results));
}

// Body (optional): {"accept_unfilled": true} when the congress decided not to hold a further
// round (R-ROUNDS).
Result<Reply> PostApply(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, /*empty_is_object=*/true);
  if (!body.ok()) return body.error();
  bool accept_unfilled = false;
  if (body->contains("accept_unfilled")) {
    if (!(*body)["accept_unfilled"].is_boolean()) {
      return InvalidInput("expected true or false", "accept_unfilled");
    }
    accept_unfilled = (*body)["accept_unfilled"].get<bool>();
  }
  auto applied = app::ApplyResult(Ports(store), actor, *id, accept_unfilled);
  if (!applied.ok()) return applied.error();
  return JsonReply(daihoi::json::AppliedElectionToJson(*applied));
}

Result<Reply> PostApproval(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::ApprovalRequestFromJson(*body);
  if (!request.ok()) return request.error();
  auto approval = app::ApproveResults(store, actor, CongressOf(req), *request);
  if (!approval.ok()) return approval.error();
  return JsonReply(daihoi::json::ApprovalToJson(*approval), 201);
}

Result<Reply> GetCommitteeStats(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  app::CommitteeStatsRequest request;
  request.root = req.matches[1].str();
  request.term = req.get_param_value("term");
  if (req.has_param("as_of")) {
    request.as_of = Date::Parse(req.get_param_value("as_of"));
    if (!request.as_of) return InvalidInput("expected a date YYYY-MM-DD", "as_of");
  }
  // R-STRUCTURE targets are parameters: percentages, checked only when given.
  const auto target = [&](const char* name, std::optional<election::Hundredths>& into) -> Status {
    if (!req.has_param(name)) return {};
    const std::string text = req.get_param_value(name);
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end == nullptr || *end != '\0' || value < 0 || value > 100) {
      return InvalidInput("expected a percentage 0–100", name);
    }
    into = static_cast<election::Hundredths>(value * 100 + 0.5);
    return {};
  };
  if (Status s = target("women_min", request.targets.women_min); !s) return s.error();
  if (Status s = target("under_40_min", request.targets.under_40_min); !s) return s.error();
  if (Status s = target("from_40_to_50_min", request.targets.from_40_to_50_min); !s) {
    return s.error();
  }
  if (Status s = target("from_40_to_50_max", request.targets.from_40_to_50_max); !s) {
    return s.error();
  }
  auto stats = app::ComputeCommitteeStats(store, actor, request);
  if (!stats.ok()) return stats.error();
  return JsonReply(daihoi::json::CommitteeStatsToJson(*stats));
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/results", "/congresses/([^/]+)/([^/]+)/results",
       GetResults},
      {"POST", "/elections/{id}/apply-result", "/elections/([^/]+)/apply-result", PostApply},
      {"POST", "/congresses/{code}/{term}/approval", "/congresses/([^/]+)/([^/]+)/approval",
       PostApproval},
      {"GET", "/organizations/{code}/committee-stats", "/organizations/([^/]+)/committee-stats",
       GetCommitteeStats},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> ResultRoutes() { return RouteInfos(Entries()); }

void RegisterResultRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries(), PathNamed);
}

}  // namespace daihoi::http
