#include "http/inspection_api.h"

#include <httplib.h>

#include <chrono>
#include <functional>
#include <string>
#include <utility>

#include "app/inspections.h"
#include "app/registry.h"
#include "http/errors.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/inspection_json.h"
#include "report/inspection_report.h"
#include "report/pdf/party_document.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

// The path's inspection id (first capture).
Result<int64_t> InspectionId(const httplib::Request& req) { return ParseId(req.matches[1].str()); }

Result<Reply> ViewReply(app::Store& store, const app::Actor& actor, int64_t id, int status = 200) {
  auto view = app::ShowInspection(store, actor, id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::InspectionViewToJson(*view), status);
}

Result<Reply> ListInspections(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  std::string org;
  if (req.has_param("org")) org = text::Normalize(req.get_param_value("org"));
  if (!org.empty()) {
    auto organization = RequireOrganization(store, org);
    if (!organization.ok()) return organization.error();
  }
  auto list = app::ListInspections(store, actor, org);
  if (!list.ok()) return list.error();
  ordered_json items = ordered_json::array();
  for (const app::InspectionRecord& record : *list) {
    ordered_json item = daihoi::json::InspectionToJson(record);
    auto organization = store.FindOrganization(record.org_code);
    if (!organization.ok()) return organization.error();
    item["org_name"] = *organization ? (*organization)->name : record.org_code;
    items.push_back(std::move(item));
  }
  ordered_json body;
  body["items"] = std::move(items);
  body["total"] = body["items"].size();
  return JsonReply(body);
}

Result<Reply> PostInspection(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto input = daihoi::json::InspectionInputFromJson(*body);
  if (!input.ok()) return input.error();
  auto id = app::CreateInspection(store, actor, *input);
  if (!id.ok()) return id.error();
  return ViewReply(store, actor, *id, 201);
}

Result<Reply> GetInspection(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  return ViewReply(store, actor, *id);
}

Result<Reply> PutInspection(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto input = daihoi::json::InspectionInputFromJson(*body);
  if (!input.ok()) return input.error();
  if (Status s = app::EditInspection(store, actor, *id, *input); !s) return s.error();
  return ViewReply(store, actor, *id);
}

Result<Reply> PostTeam(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto team = daihoi::json::TeamInputFromJson(*body);
  if (!team.ok()) return team.error();
  auto team_id = app::AddInspectionTeam(store, actor, *id, *team);
  if (!team_id.ok()) return team_id.error();
  auto reply = ViewReply(store, actor, *id, 201);
  return reply;
}

Result<Reply> PutTeam(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto team_id = ParseId(req.matches[2].str());
  if (!team_id.ok()) return team_id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto team = daihoi::json::TeamInputFromJson(*body);
  if (!team.ok()) return team.error();
  if (Status s = app::EditInspectionTeam(store, actor, *id, *team_id, *team); !s) return s.error();
  return ViewReply(store, actor, *id);
}

Result<Reply> DeleteTeam(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto team_id = ParseId(req.matches[2].str());
  if (!team_id.ok()) return team_id.error();
  if (Status s = app::RemoveInspectionTeam(store, actor, *id, *team_id); !s) return s.error();
  return ViewReply(store, actor, *id);
}

Result<Reply> PutUnits(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, /*empty_is_object=*/true);
  if (!body.ok()) return body.error();
  auto units = daihoi::json::UnitChoicesFromJson(*body);
  if (!units.ok()) return units.error();
  auto chosen = app::ChooseInspectionUnits(store, actor, *id, *units);
  if (!chosen.ok()) return chosen.error();
  return ViewReply(store, actor, *id);
}

Result<Reply> PostAssign(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto view = app::AssignInspectionTeams(store, actor, *id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::InspectionViewToJson(*view));
}

Result<Reply> PutVisit(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto visit_id = ParseId(req.matches[2].str());
  if (!visit_id.ok()) return visit_id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto move = daihoi::json::VisitMoveFromJson(*body);
  if (!move.ok()) return move.error();
  auto current = app::ShowInspection(store, actor, *id);
  if (!current.ok()) return current.error();
  for (const app::InspectionView::Unit& unit : current->units) {
    if (unit.visit && unit.visit->id == *visit_id) move->unit = unit.unit.org_code;
  }
  if (move->unit.empty()) {
    Error error = NotFound("không có lịch kiểm tra số " + std::to_string(*visit_id) +
                           " trong đợt kiểm tra này (unknown visit)");
    error.field = "visit";
    return error;
  }
  auto view = app::MoveInspectionVisit(store, actor, *id, *move);
  if (!view.ok()) {
    Error error = view.error();
    if (error.field == "team") error.field = "team_id";
    return error;
  }
  return JsonReply(daihoi::json::InspectionViewToJson(*view));
}

Result<Reply> PostFinding(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto finding = daihoi::json::FindingFromJson(*body);
  if (!finding.ok()) return finding.error();
  if (Status s = app::RecordFinding(store, actor, *id, *finding); !s) return s.error();
  return ViewReply(store, actor, *id);
}

std::string FileName(const app::InspectionView& view, const char* stem, const char* extension) {
  std::string name = std::string(stem) + "-";
  for (char c : view.inspection.org_code + "-" + view.inspection.term) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  return name + extension;
}

Result<Reply> GetReportPdf(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto view = app::ShowInspection(store, actor, *id);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, view->inspection.org_code);
  if (!organization.ok()) return organization.error();
  auto superior = app::SuperiorName(store, *organization);
  if (!superior.ok()) return superior.error();
  auto place = PlaceParam(req, store, organization->code);
  if (!place.ok()) return place.error();
  auto bytes = report::pdf::Render(
      report::InspectionDocument(*view, *superior, *place, view->inspection.window_end));
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(*view, "bao-cao-kiem-tra", ".pdf");
  return reply;
}

Result<Reply> GetScheduleXlsx(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto view = app::ShowInspection(store, actor, *id);
  if (!view.ok()) return view.error();
  auto bytes = report::InspectionScheduleXlsx(*view);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(*view, "lich-kiem-tra", ".xlsx");
  return reply;
}

Result<Reply> GetScheduleIcs(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto id = InspectionId(req);
  if (!id.ok()) return id.error();
  auto view = app::ShowInspection(store, actor, *id);
  if (!view.ok()) return view.error();
  Reply reply;
  reply.content_type = "text/calendar; charset=utf-8";
  reply.bytes =
      report::InspectionScheduleIcs(*view, std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count());
  reply.file_name = FileName(*view, "lich-kiem-tra", ".ics");
  return reply;
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/inspections", "/inspections", ListInspections},
      {"POST", "/inspections", "/inspections", PostInspection},
      {"GET", "/inspections/{id}", "/inspections/([^/]+)", GetInspection},
      {"PUT", "/inspections/{id}", "/inspections/([^/]+)", PutInspection},
      {"POST", "/inspections/{id}/teams", "/inspections/([^/]+)/teams", PostTeam},
      {"PUT", "/inspections/{id}/teams/{team}", "/inspections/([^/]+)/teams/([^/]+)", PutTeam},
      {"DELETE", "/inspections/{id}/teams/{team}", "/inspections/([^/]+)/teams/([^/]+)",
       DeleteTeam},
      {"PUT", "/inspections/{id}/units", "/inspections/([^/]+)/units", PutUnits},
      {"POST", "/inspections/{id}/assign", "/inspections/([^/]+)/assign", PostAssign},
      {"PUT", "/inspections/{id}/visits/{visit}", "/inspections/([^/]+)/visits/([^/]+)", PutVisit},
      {"POST", "/inspections/{id}/findings", "/inspections/([^/]+)/findings", PostFinding},
      {"GET", "/inspections/{id}/report.pdf", "/inspections/([^/]+)/report\\.pdf", GetReportPdf},
      {"GET", "/inspections/{id}/schedule.xlsx", "/inspections/([^/]+)/schedule\\.xlsx",
       GetScheduleXlsx},
      {"GET", "/inspections/{id}/schedule.ics", "/inspections/([^/]+)/schedule\\.ics",
       GetScheduleIcs},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> InspectionRoutes() { return RouteInfos(Entries()); }

void RegisterInspectionRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
