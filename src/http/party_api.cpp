#include "http/party_api.h"

#include <httplib.h>

#include <string>

#include "app/party_building.h"
#include "app/registry.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/party_json.h"
#include "report/party_building_report.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

Result<std::optional<Date>> DateParam(const httplib::Request& req, const std::string& name) {
  const std::string text = req.get_param_value(name);
  if (text.empty()) return std::optional<Date>();
  auto date = Date::Parse(text);
  if (!date) return InvalidInput("ngày không hợp lệ '" + text + "' (YYYY-MM-DD)", name);
  return std::optional<Date>(*date);
}

Result<std::optional<int64_t>> IntParam(const httplib::Request& req, const std::string& name) {
  const std::string text = req.get_param_value(name);
  if (text.empty()) return std::optional<int64_t>();
  try {
    size_t used = 0;
    const int64_t value = std::stoll(text, &used);
    if (used == text.size()) return std::optional<int64_t>(value);
  } catch (const std::exception&) {
  }
  return InvalidInput("số không hợp lệ '" + text + "'", name);
}

Result<double> PercentParam(const httplib::Request& req, const std::string& name, double fallback) {
  const std::string text = req.get_param_value(name);
  if (text.empty()) return fallback;
  try {
    size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  return InvalidInput("số không hợp lệ '" + text + "'", name);
}

// The first problem of a batch as the request's error, naming items[i].field.
Result<Reply> BatchReply(const app::BatchReport& report) {
  if (!report.problems.empty()) {
    const app::ItemProblem& first = report.problems.front();
    return InvalidInput(first.message, "items[" + std::to_string(first.index) + "]." + first.field);
  }
  return JsonReply(daihoi::json::BatchReportToJson(report), report.written ? 201 : 200);
}

Result<nlohmann::json> Items(const httplib::Request& req) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !body->contains("items") || !(*body)["items"].is_array()) {
    return InvalidInput("cần mảng items (items must be an array)", "items");
  }
  return *body;
}

bool DryRun(const nlohmann::json& body) {
  return body.contains("dry_run") && body["dry_run"].is_boolean() && body["dry_run"].get<bool>();
}

Result<Reply> GetGrades(const httplib::Request&, app::Store& store, const app::Actor& actor) {
  auto grades = app::ListGrades(store, actor);
  if (!grades.ok()) return grades.error();
  return JsonReply({{"items", daihoi::json::GradesToJson(*grades)}});
}

Result<Reply> GetRatings(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  app::RatingQuery query;
  query.root = req.matches[1].str();
  auto year = IntParam(req, "year");
  if (!year.ok()) return year.error();
  if (*year) query.year = static_cast<int>(**year);
  const std::string kind = req.get_param_value("kind");
  if (!kind.empty()) {
    query.kind = building::ParseRatedKind(kind);
    if (!query.kind) return InvalidInput("kind: organization hoặc member", "kind");
  }
  auto ratings = app::ListRatings(store, actor, query);
  if (!ratings.ok()) return ratings.error();
  ordered_json items = ordered_json::array();
  for (const building::Rating& rating : *ratings) {
    items.push_back(daihoi::json::RatingToJson(rating));
  }
  return JsonReply({{"items", items}});
}

Result<Reply> PostRatings(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = Items(req);
  if (!body.ok()) return body.error();
  std::vector<building::Rating> ratings;
  for (size_t i = 0; i < (*body)["items"].size(); ++i) {
    auto rating =
        daihoi::json::RatingFromJson((*body)["items"][i], "items[" + std::to_string(i) + "]");
    if (!rating.ok()) return rating.error();
    ratings.push_back(std::move(*rating));
  }
  auto report = app::RecordRatings(store, actor, std::move(ratings), DryRun(*body));
  if (!report.ok()) return report.error();
  return BatchReply(*report);
}

Result<app::RatingSharesView> Shares(const httplib::Request& req, app::Store& store,
                                     const app::Actor& actor) {
  auto year = IntParam(req, "year");
  if (!year.ok()) return year.error();
  auto cap = PercentParam(req, "cap", 20);
  if (!cap.ok()) return cap.error();
  auto base = IntParam(req, "cap_base");
  if (!base.ok()) return base.error();
  std::optional<int> y;
  if (*year) y = static_cast<int>(**year);
  return app::ShowRatingShares(store, actor, req.matches[1].str(), y,
                               {*cap, static_cast<int>(base->value_or(2))});
}

Result<Reply> GetShares(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto view = Shares(req, store, actor);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::RatingSharesToJson(*view));
}

Result<app::MovementQuery> MovementQueryOf(const httplib::Request& req) {
  app::MovementQuery query;
  query.root = req.matches[1].str();
  auto from = DateParam(req, "from");
  if (!from.ok()) return from.error();
  auto to = DateParam(req, "to");
  if (!to.ok()) return to.error();
  query.from = *from;
  query.to = *to;
  const std::string kind = req.get_param_value("kind");
  if (!kind.empty()) {
    query.kind = building::ParseMovementKind(kind);
    if (!query.kind) return InvalidInput("loại biến động không hợp lệ '" + kind + "'", "kind");
  }
  return query;
}

Result<Reply> GetMovements(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto query = MovementQueryOf(req);
  if (!query.ok()) return query.error();
  auto records = app::ListMovements(store, actor, *query);
  if (!records.ok()) return records.error();
  ordered_json items = ordered_json::array();
  for (const app::MovementRecord& record : *records) {
    items.push_back(daihoi::json::MovementToJson(record));
  }
  return JsonReply({{"items", items}});
}

Result<Reply> PostMovements(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto body = Items(req);
  if (!body.ok()) return body.error();
  std::vector<building::Movement> movements;
  for (size_t i = 0; i < (*body)["items"].size(); ++i) {
    auto movement =
        daihoi::json::MovementFromJson((*body)["items"][i], "items[" + std::to_string(i) + "]");
    if (!movement.ok()) return movement.error();
    movements.push_back(std::move(*movement));
  }
  auto report = app::RecordMovements(store, actor, movements, DryRun(*body));
  if (!report.ok()) return report.error();
  return BatchReply(*report);
}

Result<Reply> GetMemberCounts(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto as_of = DateParam(req, "as_of");
  if (!as_of.ok()) return as_of.error();
  if (!*as_of) return InvalidInput("cần as_of (YYYY-MM-DD)", "as_of");
  auto probation = IntParam(req, "probation");
  if (!probation.ok()) return probation.error();
  auto view = app::CountMembersAsOf(store, actor, req.matches[1].str(), **as_of,
                                    static_cast<int>(probation->value_or(12)));
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::MemberCountsToJson(*view));
}

Result<Reply> GetAdmissions(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto view = app::ShowAdmissions(store, actor, req.matches[1].str(), req.get_param_value("term"));
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::AdmissionsToJson(*view));
}

Result<Reply> PutAdmissionTarget(const httplib::Request& req, app::Store& store,
                                 const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto target = daihoi::json::AdmissionTargetFromJson(*body);
  if (!target.ok()) return target.error();
  target->org_code = req.matches[1].str();
  target->term = req.matches[2].str();
  if (Status s = app::SetAdmissionTarget(store, actor, *target); !s) return s.error();
  auto view = app::ShowAdmissions(store, actor, target->org_code, target->term);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::AdmissionsToJson(*view));
}

Result<app::CommunicationQuery> CommunicationQueryOf(const httplib::Request& req) {
  app::CommunicationQuery query;
  query.root = req.matches[1].str();
  auto from = DateParam(req, "from");
  if (!from.ok()) return from.error();
  auto to = DateParam(req, "to");
  if (!to.ok()) return to.error();
  query.from = *from;
  query.to = *to;
  const std::string kind = req.get_param_value("kind");
  if (!kind.empty()) {
    query.kind = building::ParseCommunicationKind(kind);
    if (!query.kind) return InvalidInput("loại không hợp lệ '" + kind + "'", "kind");
  }
  return query;
}

Result<Reply> GetCommunication(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto query = CommunicationQueryOf(req);
  if (!query.ok()) return query.error();
  auto records = app::ListCommunication(store, actor, *query);
  if (!records.ok()) return records.error();
  ordered_json items = ordered_json::array();
  for (const app::CommunicationRecord& record : *records) {
    items.push_back(daihoi::json::CommunicationItemToJson(record));
  }
  return JsonReply({{"items", items}});
}

Result<Reply> PostCommunication(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto body = Items(req);
  if (!body.ok()) return body.error();
  std::vector<building::CommunicationItem> items;
  for (size_t i = 0; i < (*body)["items"].size(); ++i) {
    auto item = daihoi::json::CommunicationItemFromJson((*body)["items"][i],
                                                        "items[" + std::to_string(i) + "]");
    if (!item.ok()) return item.error();
    items.push_back(std::move(*item));
  }
  auto report = app::AddCommunicationItems(store, actor, items, DryRun(*body));
  if (!report.ok()) return report.error();
  return BatchReply(*report);
}

Result<Reply> GetCommunicationTotals(const httplib::Request& req, app::Store& store,
                                     const app::Actor& actor) {
  auto query = CommunicationQueryOf(req);
  if (!query.ok()) return query.error();
  auto view = app::ShowCommunicationTotals(store, actor, query->root, query->from, query->to);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::CommunicationViewToJson(*view));
}

// /building/{code}/reports/{ratings|admissions|communication}.{xlsx|pdf}
Result<Reply> GetReport(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  const std::string code = req.matches[1].str();
  const std::string name = req.matches[2].str();
  const auto dot = name.rfind('.');
  const std::string what = dot == std::string::npos ? name : name.substr(0, dot);
  const std::string format = dot == std::string::npos ? "" : name.substr(dot + 1);
  if (format != "xlsx" && format != "pdf") {
    return InvalidInput("báo cáo .xlsx hoặc .pdf (report must end in .xlsx or .pdf)", "report");
  }
  auto date = DateParam(req, "date");
  if (!date.ok()) return date.error();
  report::ReportIssuer issuer;
  if (date->has_value()) issuer.date = **date;
  if (format == "pdf") {
    auto organization = RequireOrganization(store, code);
    if (!organization.ok()) return organization.error();
    auto superior = app::SuperiorName(store, *organization);
    if (!superior.ok()) return superior.error();
    auto place = PlaceParam(req, store, code);
    if (!place.ok()) return place.error();
    issuer.name = organization->name;
    issuer.superior = std::move(*superior);
    issuer.place = std::move(*place);
  }
  Result<std::string> bytes = std::string();
  if (what == "ratings") {
    auto view = Shares(req, store, actor);
    if (!view.ok()) return view.error();
    if (!date->has_value()) {
      issuer.date =
          view->shares.empty() ? Date() : *Date::FromYmd(view->shares.back().year, 12, 31);
    }
    bytes = format == "xlsx" ? report::RatingSharesXlsx(*view)
                             : report::pdf::Render(report::RatingSharesDocument(*view, issuer));
  } else if (what == "admissions") {
    auto view = app::ShowAdmissions(store, actor, code, req.get_param_value("term"));
    if (!view.ok()) return view.error();
    if (!date->has_value()) {
      issuer.date = Date();
      for (const auto& row : view->targets)
        issuer.date = std::max(issuer.date, row.progress.target.to);
    }
    bytes = format == "xlsx" ? report::AdmissionsXlsx(*view)
                             : report::pdf::Render(report::AdmissionsDocument(*view, issuer));
  } else if (what == "communication") {
    auto query = CommunicationQueryOf(req);
    if (!query.ok()) return query.error();
    auto view = app::ShowCommunicationTotals(store, actor, code, query->from, query->to);
    if (!view.ok()) return view.error();
    auto items = app::ListCommunication(store, actor, {code, query->from, query->to, std::nullopt});
    if (!items.ok()) return items.error();
    if (!date->has_value()) {
      issuer.date = query->to.value_or(items->empty() ? Date() : items->back().item.on);
    }
    bytes = format == "xlsx"
                ? report::CommunicationXlsx(*items)
                : report::pdf::Render(report::CommunicationDocument(*view, *items, issuer));
  } else {
    return InvalidInput("báo cáo: ratings, admissions hoặc communication", "report");
  }
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = format == "pdf"
                           ? "application/pdf"
                           : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = what + "-" + code + "." + format;
  return reply;
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/building/grades", "/building/grades", GetGrades},
      {"GET", "/building/{code}/ratings", "/building/([^/]+)/ratings", GetRatings},
      {"POST", "/building/{code}/ratings", "/building/([^/]+)/ratings", PostRatings},
      {"GET", "/building/{code}/rating-shares", "/building/([^/]+)/rating-shares", GetShares},
      {"GET", "/building/{code}/movements", "/building/([^/]+)/movements", GetMovements},
      {"POST", "/building/{code}/movements", "/building/([^/]+)/movements", PostMovements},
      {"GET", "/building/{code}/member-counts", "/building/([^/]+)/member-counts", GetMemberCounts},
      {"GET", "/building/{code}/admissions", "/building/([^/]+)/admissions", GetAdmissions},
      {"PUT", "/building/{code}/admission-targets/{term}",
       "/building/([^/]+)/admission-targets/([^/]+)", PutAdmissionTarget},
      {"GET", "/building/{code}/communication", "/building/([^/]+)/communication",
       GetCommunication},
      {"POST", "/building/{code}/communication", "/building/([^/]+)/communication",
       PostCommunication},
      {"GET", "/building/{code}/communication/totals", "/building/([^/]+)/communication/totals",
       GetCommunicationTotals},
      {"GET", "/building/{code}/reports/{report}", "/building/([^/]+)/reports/([^/]+)", GetReport},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> PartyRoutes() { return RouteInfos(Entries()); }

void RegisterPartyRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
