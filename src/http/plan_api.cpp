#include "http/plan_api.h"

#include <httplib.h>

#include <string>
#include <utility>

#include "app/plans.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/plan_json.h"
#include "json/plan_record_json.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

Result<Reply> ListPlans(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  const std::string root = req.get_param_value("root");
  const std::string term = req.get_param_value("term");
  auto plans = app::ListPlans(store, actor, root);
  if (!plans.ok()) return plans.error();
  ordered_json items = ordered_json::array();
  for (const app::PlanRecord& plan : *plans) {
    if (!term.empty() && plan.plan.term != term) continue;
    items.push_back(daihoi::json::PlanRecordToJson(plan));
  }
  return JsonReply({{"items", items}});
}

Result<Reply> PostPlan(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto record = daihoi::json::PlanRecordFromJson(*body);
  if (!record.ok()) return record.error();
  auto created = app::CreatePlan(store, actor, *record);
  if (!created.ok()) return created.error();
  return JsonReply(daihoi::json::PlanRecordToJson(*created), 201);
}

Result<Reply> GetPlan(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto plan = app::ShowPlan(store, actor, *id);
  if (!plan.ok()) return plan.error();
  return JsonReply(daihoi::json::PlanRecordToJson(*plan));
}

Result<Reply> PutPlan(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto record = daihoi::json::PlanRecordFromJson(*body);
  if (!record.ok()) return record.error();
  auto updated = app::UpdatePlan(store, actor, *id, *record);
  if (!updated.ok()) return updated.error();
  return JsonReply(daihoi::json::PlanRecordToJson(*updated));
}

Result<Reply> GetViolations(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto plan = app::ShowPlan(store, actor, *id);
  if (!plan.ok()) return plan.error();
  auto violations = app::CheckStoredPlan(store, actor, *plan);
  if (!violations.ok()) return violations.error();
  return JsonReply({{"plan_id", *id}, {"violations", daihoi::json::ViolationsToJson(*violations)}});
}

Result<Reply> GetPlanCongresses(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto view = app::ShowPlanCongresses(store, actor, *id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::PlanCongressesToJson(*view));
}

Result<Reply> GetCongress(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto check = app::ShowCongress(store, actor, req.matches[1].str(), req.matches[2].str());
  if (!check.ok()) return check.error();
  return JsonReply(daihoi::json::PlanCheckToJson(*check));
}

Result<Reply> PatchCongress(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto edit = daihoi::json::CongressEditFromJson(*body);
  if (!edit.ok()) return edit.error();
  auto check = app::EditCongress(store, actor, req.matches[1].str(), req.matches[2].str(), *edit);
  if (!check.ok()) return check.error();
  return JsonReply(daihoi::json::PlanCheckToJson(*check));
}

Result<Reply> PostCheck(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  auto edit = daihoi::json::CongressEditFromJson(*body);
  if (!edit.ok()) return edit.error();
  auto check =
      app::CheckCongressEdit(store, actor, req.matches[1].str(), req.matches[2].str(), *edit);
  if (!check.ok()) return check.error();
  return JsonReply(daihoi::json::PlanCheckToJson(*check));
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/plans", "/plans", ListPlans},
      {"POST", "/plans", "/plans", PostPlan},
      {"GET", "/plans/{id}", "/plans/([^/]+)", GetPlan},
      {"PUT", "/plans/{id}", "/plans/([^/]+)", PutPlan},
      {"GET", "/plans/{id}/violations", "/plans/([^/]+)/violations", GetViolations},
      {"GET", "/plans/{id}/congresses", "/plans/([^/]+)/congresses", GetPlanCongresses},
      {"GET", "/congresses/{code}/{term}", "/congresses/([^/]+)/([^/]+)", GetCongress},
      {"PATCH", "/congresses/{code}/{term}", "/congresses/([^/]+)/([^/]+)", PatchCongress},
      {"POST", "/congresses/{code}/{term}/check", "/congresses/([^/]+)/([^/]+)/check", PostCheck},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> PlanRoutes() { return RouteInfos(Entries()); }

void RegisterPlanRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
