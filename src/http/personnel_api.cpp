#include "http/personnel_api.h"

#include <httplib.h>

#include <chrono>
#include <string>
#include <utility>

#include "app/personnel.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/personnel_json.h"
#include "json/tally_json.h"
#include "report/personnel_report.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

Date Today() {
  const auto now = std::chrono::system_clock::now();
  return Date::FromDays(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

app::PersonnelPorts Ports(app::Store& store) {
  return app::PersonnelPorts{store, app::PersonnelOf(store), daihoi::json::LoadProfileOnce};
}

std::string Code(const httplib::Request& req) { return req.matches[1].str(); }
std::string Term(const httplib::Request& req) { return req.matches[2].str(); }

Result<std::optional<int>> VersionParam(const httplib::Request& req) {
  const std::string text = req.get_param_value("version");
  if (text.empty()) return std::optional<int>();
  auto id = ParseId(text);
  if (!id.ok()) return InvalidInput("phiên bản phải là số", "version");
  return std::optional<int>(static_cast<int>(*id));
}

Result<Reply> SchemeReply(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                          int status = 200) {
  auto version = VersionParam(req);
  if (!version.ok()) return version.error();
  auto view = app::ShowScheme(Ports(store), actor, Code(req), Term(req), *version);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::SchemeViewToJson(*view), status);
}

Result<Reply> GetScheme(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return SchemeReply(req, store, actor);
}

Result<Reply> PostScheme(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  nlohmann::json with_term = *body;
  if (with_term.is_object() && !with_term.contains("term")) with_term["term"] = Term(req);
  auto request = daihoi::json::SchemeRequestFromJson(with_term);
  if (!request.ok()) return request.error();
  request->org_code = Code(req);
  request->term = Term(req);
  auto id = app::CreateScheme(Ports(store), actor, *request);
  if (!id.ok()) return id.error();
  return SchemeReply(req, store, actor, 201);
}

Result<Reply> PostRevise(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = app::ReviseScheme(Ports(store), actor, Code(req), Term(req));
  if (!id.ok()) return id.error();
  return SchemeReply(req, store, actor, 201);
}

Result<Reply> PostNominee(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::SchemeNomineeFromJson(*body);
  if (!request.ok()) return request.error();
  auto id = app::AddSchemeNominee(Ports(store), actor, Code(req), Term(req), *request);
  if (!id.ok()) return id.error();
  return SchemeReply(req, store, actor, 201);
}

Result<Reply> DeleteNominee(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  const std::string list_text = req.get_param_value("list");
  auto list = personnel::ParseSchemeList(list_text.empty() ? "committee" : list_text);
  if (!list) return InvalidInput("'" + list_text + "': committee hoặc delegates", "list");
  if (Status s = app::RemoveSchemeNominee(Ports(store), actor, Code(req), Term(req), *list,
                                          req.matches[3].str());
      !s) {
    return s.error();
  }
  return SchemeReply(req, store, actor);
}

Result<Reply> PostStep(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                       const std::string& action) {
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  std::string comment;
  if (body->contains("comment")) {
    if (!(*body)["comment"].is_string()) return InvalidInput("phải là chuỗi", "comment");
    comment = (*body)["comment"].get<std::string>();
  }
  const app::PersonnelPorts ports = Ports(store);
  if (action == "submit") {
    std::optional<Date> due;
    if (body->contains("vetting_due") && !(*body)["vetting_due"].is_null()) {
      const std::string text =
          (*body)["vetting_due"].is_string() ? (*body)["vetting_due"].get<std::string>() : "";
      due = Date::Parse(text);
      if (!due) return InvalidInput("ngày không hợp lệ (YYYY-MM-DD)", "vetting_due");
    }
    auto opened = app::SubmitScheme(ports, actor, Code(req), Term(req), due, Today());
    if (!opened.ok()) return opened.error();
  } else {
    Status s = action == "return" ? app::ReturnScheme(ports, actor, Code(req), Term(req), comment)
                                  : app::ApproveScheme(ports, actor, Code(req), Term(req), comment);
    if (!s) return s.error();
  }
  return SchemeReply(req, store, actor);
}

Result<Reply> PostSubmit(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return PostStep(req, store, actor, "submit");
}
Result<Reply> PostReturn(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return PostStep(req, store, actor, "return");
}
Result<Reply> PostApprove(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return PostStep(req, store, actor, "approve");
}

Result<Reply> PostSeed(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  std::optional<int64_t> election;
  if (body->contains("election_id") && !(*body)["election_id"].is_null()) {
    if (!(*body)["election_id"].is_number_integer()) {
      return InvalidInput("phải là số", "election_id");
    }
    election = (*body)["election_id"].get<int64_t>();
  }
  auto seeded = app::SeedNominations(Ports(store), actor, Code(req), Term(req), election);
  if (!seeded.ok()) return seeded.error();
  return JsonReply({{"election_id", seeded->election_id},
                    {"added", seeded->added},
                    {"already", seeded->already}});
}

Result<Reply> GetSchemePdf(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto version = VersionParam(req);
  if (!version.ok()) return version.error();
  auto view = app::ShowScheme(Ports(store), actor, Code(req), Term(req), *version);
  if (!view.ok()) return view.error();
  auto place = PlaceParam(req, store, Code(req));
  if (!place.ok()) return place.error();
  auto bytes = report::pdf::Render(report::SchemeDocument(*view, *place, Today()));
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = "de-an-nhan-su-" + Code(req) + "-" + Term(req) + ".pdf";
  return reply;
}

Result<Reply> GetVetting(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto file =
      app::ReadVettingFile(store, actor, Code(req), Term(req), req.get_param_value("member"));
  if (!file.ok()) return file.error();
  return JsonReply(daihoi::json::VettingFileToJson(*file));
}

Result<Reply> PostTaskConclusion(const httplib::Request& req, app::Store& store,
                                 const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object()) return InvalidInput("cần một đối tượng JSON", "body");
  const std::string text = body->contains("conclusion") && (*body)["conclusion"].is_string()
                               ? (*body)["conclusion"].get<std::string>()
                               : "";
  auto conclusion = personnel::ParseVettingConclusion(text);
  if (!conclusion || *conclusion == personnel::VettingConclusion::kOpen) {
    return InvalidInput("'" + text + "': cleared hoặc concern", "conclusion");
  }
  const std::string note = body->contains("note") && (*body)["note"].is_string()
                               ? (*body)["note"].get<std::string>()
                               : "";
  if (Status s = app::ConcludeVetting(store, actor, *id, *conclusion, note); !s) return s.error();
  auto task = app::PersonnelOf(store).FindVettingTask(*id);
  if (!task.ok()) return task.error();
  app::VettingFile file;
  if (*task) file.tasks.push_back(**task);
  return JsonReply(daihoi::json::VettingFileToJson(file)["tasks"][0]);
}

Result<Reply> PostComplaint(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::ComplaintRequestFromJson(*body);
  if (!request.ok()) return request.error();
  request->org_code = Code(req);
  request->term = Term(req);
  auto id = app::AddComplaint(store, actor, *request);
  if (!id.ok()) return id.error();
  return JsonReply({{"id", *id}}, 201);
}

Result<Reply> PostComplaintConclusion(const httplib::Request& req, app::Store& store,
                                      const app::Actor& actor) {
  auto id = ParseId(req.matches[1].str());
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  const std::string conclusion = body->contains("conclusion") && (*body)["conclusion"].is_string()
                                     ? (*body)["conclusion"].get<std::string>()
                                     : "";
  Date on = Today();
  if (body->contains("concluded_on") && !(*body)["concluded_on"].is_null()) {
    auto parsed = Date::Parse(
        (*body)["concluded_on"].is_string() ? (*body)["concluded_on"].get<std::string>() : "");
    if (!parsed) return InvalidInput("ngày không hợp lệ (YYYY-MM-DD)", "concluded_on");
    on = *parsed;
  }
  if (Status s = app::ConcludeComplaint(store, actor, *id, conclusion, on); !s) return s.error();
  return JsonReply({{"id", *id}, {"concluded_on", on.ToIso()}});
}

Result<Reply> GetPositions(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  Date on = Today();
  if (req.has_param("on")) {
    auto parsed = Date::Parse(req.get_param_value("on"));
    if (!parsed) return InvalidInput("ngày không hợp lệ (YYYY-MM-DD)", "on");
    on = *parsed;
  }
  auto view = app::ListPositions(store, actor, req.get_param_value("org"),
                                 req.get_param_value("member"), on);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::PositionsViewToJson(*view));
}

Result<Reply> PostPositions(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  std::vector<personnel::MemberPosition> positions;
  if (body->is_object() && body->contains("positions")) {
    const nlohmann::json& items = (*body)["positions"];
    if (!items.is_array()) return InvalidInput("cần một mảng", "positions");
    for (size_t index = 0; index < items.size(); ++index) {
      auto position = daihoi::json::PositionFromJson(items[index]);
      if (!position.ok()) {
        Error error = position.error();
        error.field = "positions[" + std::to_string(index) + "]." + error.field;
        return error;
      }
      positions.push_back(*position);
    }
  } else {
    auto position = daihoi::json::PositionFromJson(*body);
    if (!position.ok()) return position.error();
    positions.push_back(*position);
  }
  auto ids = app::AddPositions(store, actor, positions);
  if (!ids.ok()) return ids.error();
  return JsonReply({{"ids", *ids}}, 201);
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/scheme", "/congresses/([^/]+)/([^/]+)/scheme", GetScheme},
      {"POST", "/congresses/{code}/{term}/scheme", "/congresses/([^/]+)/([^/]+)/scheme",
       PostScheme},
      {"GET", "/congresses/{code}/{term}/scheme.pdf", "/congresses/([^/]+)/([^/]+)/scheme\\.pdf",
       GetSchemePdf},
      {"POST", "/congresses/{code}/{term}/scheme/revise",
       "/congresses/([^/]+)/([^/]+)/scheme/revise", PostRevise},
      {"POST", "/congresses/{code}/{term}/scheme/nominees",
       "/congresses/([^/]+)/([^/]+)/scheme/nominees", PostNominee},
      {"DELETE", "/congresses/{code}/{term}/scheme/nominees/{member}",
       "/congresses/([^/]+)/([^/]+)/scheme/nominees/([^/]+)", DeleteNominee},
      {"POST", "/congresses/{code}/{term}/scheme/submit",
       "/congresses/([^/]+)/([^/]+)/scheme/submit", PostSubmit},
      {"POST", "/congresses/{code}/{term}/scheme/return",
       "/congresses/([^/]+)/([^/]+)/scheme/return", PostReturn},
      {"POST", "/congresses/{code}/{term}/scheme/approve",
       "/congresses/([^/]+)/([^/]+)/scheme/approve", PostApprove},
      {"POST", "/congresses/{code}/{term}/scheme/seed-nominations",
       "/congresses/([^/]+)/([^/]+)/scheme/seed-nominations", PostSeed},
      {"GET", "/congresses/{code}/{term}/vetting", "/congresses/([^/]+)/([^/]+)/vetting",
       GetVetting},
      {"POST", "/congresses/{code}/{term}/complaints", "/congresses/([^/]+)/([^/]+)/complaints",
       PostComplaint},
      {"POST", "/vetting-tasks/{id}/conclusion", "/vetting-tasks/(\\d+)/conclusion",
       PostTaskConclusion},
      {"POST", "/complaints/{id}/conclusion", "/complaints/(\\d+)/conclusion",
       PostComplaintConclusion},
      {"GET", "/positions", "/positions", GetPositions},
      {"POST", "/positions", "/positions", PostPositions},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> PersonnelRoutes() { return RouteInfos(Entries()); }

void RegisterPersonnelRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
