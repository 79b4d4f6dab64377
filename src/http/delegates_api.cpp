#include "http/delegates_api.h"

#include <httplib.h>

#include <chrono>
#include <functional>
#include <string>
#include <utility>

#include "app/allocation.h"
#include "app/registry.h"
#include "http/errors.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/allocation_json.h"
#include "report/allocation_report.h"
#include "report/pdf/party_document.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

Date Today() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return Date::FromDays(days);
}

Result<app::AllocationRequest> ReadRequest(const httplib::Request& req, const std::string& code) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  return daihoi::json::ParseAllocationRequest(*body, code, Today());
}

Result<app::AllocationView> SavedAllocation(const httplib::Request& req, const app::Actor& actor,
                                            app::Store& store) {
  const std::string id_text = req.matches[1].str();
  int64_t id = 0;
  try {
    id = std::stoll(id_text);
  } catch (const std::exception&) {
    Error error = InvalidInput("số bảng phân bổ không hợp lệ '" + id_text + "'", "id");
    return error;
  }
  return app::ShowAllocation(store, actor, id);
}

Result<Reply> PostAllocation(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto organization = RequireOrganization(store, req.matches[1].str());
  if (!organization.ok()) return organization.error();
  auto request = ReadRequest(req, organization->code);
  if (!request.ok()) return request.error();
  auto view = app::AllocateDelegates(store, actor, *request);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::AllocationToJson(*view, organization->name), 201);
}

Result<Reply> ListAllocations(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto organization = RequireOrganization(store, req.matches[1].str());
  if (!organization.ok()) return organization.error();
  auto list = app::ListAllocations(store, actor, organization->code);
  if (!list.ok()) return list.error();
  ordered_json items = ordered_json::array();
  for (const auto& record : *list) items.push_back(daihoi::json::AllocationSummaryToJson(record));
  ordered_json body;
  body["items"] = std::move(items);
  body["total"] = list->size();
  return JsonReply(body);
}

Result<Reply> PostCompare(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto organization = RequireOrganization(store, req.matches[1].str());
  if (!organization.ok()) return organization.error();
  auto request = ReadRequest(req, organization->code);
  if (!request.ok()) return request.error();
  auto comparison = app::CompareAllocationMethods(store, actor, *request);
  if (!comparison.ok()) return comparison.error();
  return JsonReply(daihoi::json::ComparisonToJson(*comparison, organization->name));
}

Result<Reply> GetAllocation(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto view = SavedAllocation(req, actor, store);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, view->record.org_code);
  if (!organization.ok()) return organization.error();
  return JsonReply(daihoi::json::AllocationToJson(*view, organization->name));
}

std::string FileName(const app::AllocationRecord& record, const char* extension) {
  std::string code;
  for (char c : record.org_code) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    code += safe ? c : '_';
  }
  return "phan-bo-dai-bieu-" + code + "-" + std::to_string(record.id) + extension;
}

Result<Reply> GetAllocationXlsx(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto view = SavedAllocation(req, actor, store);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, view->record.org_code);
  if (!organization.ok()) return organization.error();
  auto bytes = report::AllocationXlsx(*view, organization->name);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(view->record, ".xlsx");
  return reply;
}

Result<Reply> GetAllocationPdf(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto view = SavedAllocation(req, actor, store);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, view->record.org_code);
  if (!organization.ok()) return organization.error();
  auto superior = app::SuperiorName(store, *organization);
  if (!superior.ok()) return superior.error();
  auto place = PlaceParam(req, store, organization->code);
  if (!place.ok()) return place.error();
  auto document = report::AllocationDocument(*view, *organization, *superior, *place);
  auto bytes = report::pdf::Render(document);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(view->record, ".pdf");
  return reply;
}

const std::vector<RouteEntry>& Entries() {
  // Ids are digits only, so "/allocations/7.pdf" never reaches the JSON route.
  static const std::vector<RouteEntry> entries = {
      {"POST", "/organizations/{code}/allocations", "/organizations/([^/]+)/allocations",
       PostAllocation},
      {"GET", "/organizations/{code}/allocations", "/organizations/([^/]+)/allocations",
       ListAllocations},
      {"POST", "/organizations/{code}/allocations/compare",
       "/organizations/([^/]+)/allocations/compare", PostCompare},
      {"GET", "/allocations/{id}", "/allocations/([0-9]+)", GetAllocation},
      {"GET", "/allocations/{id}.xlsx", "/allocations/([0-9]+)\\.xlsx", GetAllocationXlsx},
      {"GET", "/allocations/{id}.pdf", "/allocations/([0-9]+)\\.pdf", GetAllocationPdf},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> DelegatesRoutes() { return RouteInfos(Entries()); }

void RegisterDelegatesRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
