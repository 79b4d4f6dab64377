#include "http/api.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/import.h"
#include "app/load_round.h"
#include "app/ports/store.h"
#include "app/progress.h"
#include "app/registry.h"
#include "http/audit_api.h"
#include "http/auth_api.h"
#include "http/count_api.h"
#include "http/delegates_api.h"
#include "http/document_api.h"
#include "http/dto.h"
#include "http/errors.h"
#include "http/groups_api.h"
#include "http/inspection_api.h"
#include "http/nomination_api.h"
#include "http/openapi.h"
#include "http/params.h"
#include "http/party_api.h"
#include "http/personnel_api.h"
#include "http/plan_api.h"
#include "http/progress_api.h"
#include "http/result_api.h"
#include "http/roll_api.h"
#include "http/session.h"
#include "http/store_pool.h"
#include "json/plan_json.h"
#include "planning/plan.h"
#include "planning/progress.h"
#include "report/ics.h"
#include "report/progress_xlsx.h"
#include "report/table_io.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::json;

// A JSON body, or, when content_type is set, `bytes` as they are (a file to download, named
// `file_name` in Content-Disposition).
struct Reply {
  Reply(int status = 200, json body = {}) : status(status), body(std::move(body)) {}
  int status;
  json body;
  std::string content_type;
  std::string bytes;
  std::string file_name;
};

using Handler = std::function<Result<Reply>(const httplib::Request&, app::Store&, const app::Actor&,
                                            const ApiOptions&)>;

void WriteJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  // Invalid UTF-8 in stored data must not turn a read into a 500.
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void WriteError(httplib::Response& res, const Error& error) {
  WriteJson(res, HttpStatus(error.code), ErrorBody(error));
}

// Leases a store for the request, runs the handler, writes its reply or its error.
httplib::Server::Handler Route(StorePool& pool, const ApiOptions& options, Handler handler) {
  return [&pool, options, handler = std::move(handler)](const httplib::Request& req,
                                                        httplib::Response& res) {
    // CSRF before anything else (session.h); an anonymous refusal is 401, not 403.
    if (Status csrf = CheckCsrf(req); !csrf) {
      WriteError(res, csrf.error());
      return;
    }
    auto store = pool.Acquire();
    if (!store.ok()) {
      WriteError(res, store.error());
      return;
    }
    const app::Actor actor = RequestActor(req, **store);
    auto reply = handler(req, **store, actor, options);
    if (!reply.ok()) {
      WriteError(res, ForActor(reply.error(), actor));
      return;
    }
    if (reply->content_type.empty()) {
      WriteJson(res, reply->status, reply->body);
      return;
    }
    res.status = reply->status;
    res.set_header("Cache-Control", "no-store");
    if (!reply->file_name.empty()) {
      res.set_header("Content-Disposition", "attachment; filename=\"" + reply->file_name + "\"");
    }
    res.set_content(std::move(reply->bytes), reply->content_type);
  };
}

json PageBody(json items, int64_t total, const Paging& paging) {
  return {{"items", std::move(items)},
          {"total", total},
          {"offset", paging.offset},
          {"limit", paging.limit}};
}

// Figures for one node of the tree: full members and organizations below it (whole subtree,
// from its counts per level), and its direct children (whether it can be expanded).
Result<json> Summary(app::Store& store, const org::Organization& organization,
                     const std::vector<org::LevelCount>& counts) {
  app::OrgQuery children;
  children.parent = organization.code;
  children.limit = 0;
  auto page = store.SearchOrganizations(children);
  if (!page.ok()) return page.error();
  return json{{"members", SubtreeMembers(counts, organization.level)},
              {"units", std::max<int64_t>(0, SubtreeOrganizations(counts) - 1)},
              {"children", page->total}};
}

Result<json> Summary(app::Store& store, const org::Organization& organization) {
  auto counts = store.CountsPerLevel(organization.code);
  if (!counts.ok()) return counts.error();
  return Summary(store, organization, *counts);
}

// An organization with its summary, as the tree shows it.
Result<json> NodeJson(app::Store& store, const org::Organization& organization) {
  auto summary = Summary(store, organization);
  if (!summary.ok()) return summary.error();
  json node = ToJson(organization);
  node["summary"] = std::move(*summary);
  return node;
}

Result<Reply> GetHealth(const httplib::Request&, app::Store& store, const app::Actor&,
                        const ApiOptions&) {
  // A real read, so a broken database shows here.
  auto levels = store.Levels();
  if (!levels.ok()) return levels.error();
  return Reply{200, {{"status", "ok"}, {"version", DAIHOI_VERSION}}};
}

Result<Reply> GetLevels(const httplib::Request&, app::Store& store, const app::Actor&,
                        const ApiOptions&) {
  auto levels = store.Levels();
  if (!levels.ok()) return levels.error();
  std::sort(levels->begin(), levels->end(),
            [](const org::Level& a, const org::Level& b) { return a.rank < b.rank; });
  json items = json::array();
  for (const auto& level : *levels) items.push_back(ToJson(level));
  return Reply{200, {{"items", std::move(items)}}};
}

Result<Reply> GetRoots(const httplib::Request&, app::Store& store, const app::Actor& actor,
                       const ApiOptions&) {
  // The tree starts where the actor's scope does (docs/security.md), by name.
  auto roots = app::VisibleRoots(store, actor);
  if (!roots.ok()) return roots.error();
  json items = json::array();
  for (const auto& root : *roots) {
    auto node = NodeJson(store, root);
    if (!node.ok()) return node.error();
    items.push_back(std::move(*node));
  }
  int64_t total = static_cast<int64_t>(items.size());
  return Reply{200, {{"items", std::move(items)}, {"total", total}}};
}

Result<Reply> ListOrganizations(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor, const ApiOptions&) {
  auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
  if (!paging.ok()) return paging.error();
  app::OrgQuery query;
  query.root = TextParam(req, "root");
  query.parent = TextParam(req, "parent");
  query.text = TextParam(req, "q");
  query.level = TextParam(req, "level");
  query.offset = paging->offset;
  query.limit = paging->limit;
  auto page = app::SearchOrganizations(store, actor, query);
  if (!page.ok()) return page.error();
  json items = json::array();
  for (const auto& organization : page->items) items.push_back(ToJson(organization));
  return Reply{200, PageBody(std::move(items), page->total, *paging)};
}

Result<Reply> GetOrganization(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor, const ApiOptions&) {
  auto organization = app::ShowOrganization(store, actor, req.matches[1], "code");
  if (!organization.ok()) return organization.error();
  auto ancestors = store.Ancestors(organization->code);
  if (!ancestors.ok()) return ancestors.error();
  auto counts = store.CountsPerLevel(organization->code);
  if (!counts.ok()) return counts.error();
  auto summary = Summary(store, *organization, *counts);
  if (!summary.ok()) return summary.error();

  // The store gives the parent first; a breadcrumb reads from the top.
  json breadcrumb = json::array();
  for (auto it = ancestors->rbegin(); it != ancestors->rend(); ++it) {
    breadcrumb.push_back(ToJson(*it));
  }
  json per_level = json::array();
  for (const auto& count : *counts) per_level.push_back(ToJson(count));
  return Reply{200,
               {{"organization", ToJson(*organization)},
                {"ancestors", std::move(breadcrumb)},
                {"counts", std::move(per_level)},
                {"summary", std::move(*summary)}}};
}

Result<Reply> GetChildren(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                          const ApiOptions&) {
  auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
  if (!paging.ok()) return paging.error();
  auto organization = app::ShowOrganization(store, actor, req.matches[1], "code");
  if (!organization.ok()) return organization.error();
  app::OrgQuery query;
  query.parent = organization->code;
  query.offset = paging->offset;
  query.limit = paging->limit;
  auto page = store.SearchOrganizations(query);
  if (!page.ok()) return page.error();
  json items = json::array();
  for (const auto& child : page->items) {
    auto node = NodeJson(store, child);
    if (!node.ok()) return node.error();
    items.push_back(std::move(*node));
  }
  return Reply{200, PageBody(std::move(items), page->total, *paging)};
}

Result<Reply> GetCounts(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                        const ApiOptions&) {
  auto organization = app::ShowOrganization(store, actor, req.matches[1], "code");
  if (!organization.ok()) return organization.error();
  auto counts = store.CountsPerLevel(organization->code);
  if (!counts.ok()) return counts.error();
  json per_level = json::array();
  for (const auto& count : *counts) per_level.push_back(ToJson(count));
  return Reply{200,
               {{"code", organization->code},
                {"counts", std::move(per_level)},
                {"members", SubtreeMembers(*counts, organization->level)},
                {"organizations", SubtreeOrganizations(*counts)}}};
}

Result<Reply> ListMembers(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                          const ApiOptions&) {
  auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
  if (!paging.ok()) return paging.error();
  auto status = ParseStatus(Param(req, "status"));
  if (!status.ok()) return status.error();
  app::MemberQuery query;
  query.root = TextParam(req, "root");
  query.text = TextParam(req, "q");
  query.status = *status;
  query.offset = paging->offset;
  query.limit = paging->limit;
  // R-ORDER: the store returns members by given name, family name, middle names; the use case
  // keeps the actor's scope and says which personal fields it may see.
  auto page = app::SearchMembers(store, actor, query);
  if (!page.ok()) return page.error();
  // Each member carries its organization's name so a search result reads on its own.
  std::map<std::string, std::string> org_names;
  json items = json::array();
  for (const auto& [member, fields] : page->items) {
    auto known = org_names.find(member.org_code);
    if (known == org_names.end()) {
      auto found = store.FindOrganization(member.org_code);
      if (!found.ok()) return found.error();
      known = org_names.emplace(member.org_code, *found ? (*found)->name : std::string()).first;
    }
    json item = ToJson(member, fields);
    item["org_name"] = known->second;
    items.push_back(std::move(item));
  }
  return Reply{200, PageBody(std::move(items), page->total, *paging)};
}

// The uploaded file: the multipart field `file`, or else the raw body. Its name (for messages)
// comes from the `file` parameter, the multipart part or X-File-Name.
struct Upload {
  std::string name;
  std::string bytes;
};

Result<Upload> ReadUpload(const httplib::Request& req) {
  Upload upload;
  if (req.is_multipart_form_data()) {
    if (!req.has_file("file")) {
      return InvalidInput("thiếu tệp trong trường 'file' (multipart field 'file' missing)", "file");
    }
    auto part = req.get_file_value("file");
    upload.name = part.filename;
    upload.bytes = std::move(part.content);
  } else {
    upload.bytes = req.body;
  }
  if (req.has_param("file")) {
    upload.name = req.get_param_value("file");
  } else if (upload.name.empty() && req.has_header("X-File-Name")) {
    upload.name = httplib::detail::decode_url(req.get_header_value("X-File-Name"), false);
  }
  if (upload.bytes.empty()) return InvalidInput("tệp rỗng (the file is empty)", "file");
  // The reader tells CSV from XLSX by content; the name is only for messages.
  if (upload.name.empty()) upload.name = "upload";
  return upload;
}

// 200 with the report when the file is clean (written unless dry_run); 400 with the same report
// when any row has an error, in which case nothing was written.
Result<Reply> PostImport(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                         const ApiOptions& options) {
  auto kind = ParseImportKind(req.matches[1].str());
  if (!kind.ok()) return kind.error();
  auto dry_run = ParseBool("dry_run", Param(req, "dry_run"), false);
  if (!dry_run.ok()) return dry_run.error();
  auto upload = ReadUpload(req);
  if (!upload.ok()) return upload.error();
  auto table = report::ReadTable(upload->name, upload->bytes);
  if (!table.ok()) return table.error();
  app::ImportOptions import_options;
  import_options.dry_run = *dry_run;
  auto report = app::ImportTable(store, actor, *kind, *table, import_options);
  if (!report.ok()) return report.error();
  json body = ToJson(*report);
  body["dry_run"] = *dry_run;
  body["preview"] = TablePreview(*table, options.preview_rows);
  return Reply{report->errors.empty() ? 200 : 400, std::move(body)};
}

// A JSON document whose keys keep the order the mapping wrote them in (the progress document
// is the same text as `daihoi progress --json`).
Reply OrderedJsonReply(const nlohmann::ordered_json& body) {
  Reply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.bytes = body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return reply;
}

// A code made safe for a file name in Content-Disposition.
std::string FileNamePart(const std::string& code) {
  std::string out;
  for (char c : code) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    out += safe ? c : '_';
  }
  return out;
}

// The round's data for ?root= (required; 404 when unknown).
Result<app::RoundData> LoadRoundParam(const httplib::Request& req, app::Store& store,
                                      const app::Actor& actor, std::string& root) {
  auto code = ParseRequired("root", Param(req, "root"));
  if (!code.ok()) return code.error();
  root = text::Normalize(*code);
  return app::LoadRound(store, actor, root, "root");
}

// The progress of ?root= as of ?as_of= (CONTRACTS.md "Data"), computed by the use case the CLI
// calls, so both print the same document; from the server's cache, which rereads the store only
// after a change.
Result<app::ProgressReport> ProgressOf(const httplib::Request& req, app::Store& store,
                                       const app::Actor& actor, const ApiOptions& options) {
  auto as_of = ParseDate("as_of", Param(req, "as_of"));
  if (!as_of.ok()) return as_of.error();
  auto code = ParseRequired("root", Param(req, "root"));
  if (!code.ok()) return code.error();
  return app::ShowProgress(*options.progress_cache, store, actor, text::Normalize(*code), *as_of,
                           nullptr, "root");
}

Result<Reply> GetProgress(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                          const ApiOptions& options) {
  auto report = ProgressOf(req, store, actor, options);
  if (!report.ok()) return report.error();
  return OrderedJsonReply(daihoi::json::ProgressToJson(report->progress));
}

Result<Reply> GetProgressXlsx(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor, const ApiOptions& options) {
  auto report = ProgressOf(req, store, actor, options);
  if (!report.ok()) return report.error();
  const planning::Progress* progress = &report->progress;
  auto bytes = report::ProgressXlsx(*progress, report->root_name, report->levels);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name =
      "tien-do-" + FileNamePart(progress->root) + "-" + progress->as_of.ToIso() + ".xlsx";
  return reply;
}

// A congress with its organization, in tree order (the subtree depth-first, as the store gives
// it), optionally only the round whose terms start in ?round_year=.
struct ListedCongress {
  const planning::Congress* congress;
  const org::Organization* organization;
};

Result<std::vector<ListedCongress>> SelectCongresses(const httplib::Request& req,
                                                     const app::RoundData& data,
                                                     const std::string& root) {
  auto round_year = ParseYear("round_year", Param(req, "round_year"));
  if (!round_year.ok()) return round_year.error();
  std::map<std::string, std::vector<const planning::Congress*>, std::less<>> by_org;
  for (const auto& congress : data.congresses) {
    if (*round_year && planning::TermStartYear(congress.term) != **round_year) continue;
    by_org[congress.org_code].push_back(&congress);
  }
  std::vector<ListedCongress> out;
  for (const org::Organization* organization : data.tree.Subtree(root)) {
    auto found = by_org.find(organization->code);
    if (found == by_org.end()) continue;
    auto& list = found->second;
    std::sort(
        list.begin(), list.end(),
        [](const planning::Congress* a, const planning::Congress* b) { return a->term < b->term; });
    for (const planning::Congress* congress : list) out.push_back({congress, organization});
  }
  return out;
}

Result<Reply> ListCongresses(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor, const ApiOptions&) {
  std::string root;
  auto data = LoadRoundParam(req, store, actor, root);
  if (!data.ok()) return data.error();
  auto selected = SelectCongresses(req, *data, root);
  if (!selected.ok()) return selected.error();
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const ListedCongress& listed : *selected) {
    nlohmann::ordered_json item = daihoi::json::CongressToJson(*listed.congress);
    item["org_name"] = listed.organization->name;
    item["level"] = listed.organization->level;
    item["parent_code"] = listed.organization->parent_code;
    items.push_back(std::move(item));
  }
  nlohmann::ordered_json body;
  body["root"] = root;
  body["root_name"] = data->root_name;
  body["total"] = items.size();
  body["items"] = std::move(items);
  return OrderedJsonReply(body);
}

Result<Reply> GetCongressesIcs(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor, const ApiOptions&) {
  std::string root;
  auto data = LoadRoundParam(req, store, actor, root);
  if (!data.ok()) return data.error();
  auto selected = SelectCongresses(req, *data, root);
  if (!selected.ok()) return selected.error();
  report::IcsCalendar calendar;
  calendar.name = "Lịch đại hội — " + data->root_name;
  calendar.stamp_unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count();
  for (const ListedCongress& listed : *selected) {
    if (auto event = report::CongressEvent(*listed.congress, listed.organization->name)) {
      calendar.events.push_back(std::move(*event));
    }
  }
  Reply reply;
  reply.content_type = "text/calendar; charset=utf-8";
  reply.bytes = report::WriteIcs(calendar);
  reply.file_name = "dai-hoi-" + FileNamePart(root) + ".ics";
  return reply;
}

// Every route: method, path under /api/v1 as OpenAPI writes it, handler. The openapi.json route
// needs no store and is registered on its own.
struct Entry {
  std::string_view method;
  std::string_view path;
  Handler handler;
};

const std::vector<Entry>& Entries() {
  static const std::vector<Entry> entries = {
      {"GET", "/health", GetHealth},
      {"GET", "/levels", GetLevels},
      {"GET", "/roots", GetRoots},
      {"GET", "/organizations", ListOrganizations},
      {"GET", "/organizations/{code}", GetOrganization},
      {"GET", "/organizations/{code}/children", GetChildren},
      {"GET", "/organizations/{code}/counts", GetCounts},
      {"GET", "/members", ListMembers},
      {"GET", "/progress", GetProgress},
      {"GET", "/progress.xlsx", GetProgressXlsx},
      {"GET", "/congresses", ListCongresses},
      {"GET", "/congresses.ics", GetCongressesIcs},
      {"POST", "/import/{kind}", PostImport},
  };
  return entries;
}

constexpr std::string_view kOpenApiPath = "/openapi.json";

// "/organizations/{code}" → "/api/v1/organizations/([^/]+)".
std::string Pattern(std::string_view path) {
  std::string pattern = "/api/v1";
  size_t position = 0;
  // Literal parts are regular expressions too: "/congresses.ics" must not match "/congressesXics".
  auto literal = [&pattern](std::string_view part) {
    for (char c : part) {
      if (c == '.') pattern += '\\';
      pattern += c;
    }
  };
  while (position < path.size()) {
    size_t open = path.find('{', position);
    if (open == std::string_view::npos) {
      literal(path.substr(position));
      break;
    }
    literal(path.substr(position, open - position));
    pattern += "([^/]+)";
    position = path.find('}', open) + 1;
  }
  return pattern;
}

}  // namespace

std::vector<RouteInfo> ApiRoutes() {
  std::vector<RouteInfo> routes;
  for (const auto& entry : Entries()) routes.push_back({entry.method, entry.path});
  routes.push_back({"GET", kOpenApiPath});
  for (const auto& route : DelegatesRoutes()) routes.push_back(route);
  for (const auto& route : RollRoutes()) routes.push_back(route);
  for (const auto& route : CountRoutes()) routes.push_back(route);
  for (const auto& route : InspectionRoutes()) routes.push_back(route);
  for (const auto& route : GroupsRoutes()) routes.push_back(route);
  for (const auto& route : PlanRoutes()) routes.push_back(route);
  for (const auto& route : ProgressRoutes()) routes.push_back(route);
  for (const auto& route : NominationRoutes()) routes.push_back(route);
  for (const auto& route : ResultRoutes()) routes.push_back(route);
  for (const auto& route : PartyRoutes()) routes.push_back(route);
  for (const auto& route : AuthRoutes()) routes.push_back(route);
  for (const auto& route : DocumentRoutes()) routes.push_back(route);
  for (const auto& route : PersonnelRoutes()) routes.push_back(route);
  for (const auto& route : AuditRoutes()) routes.push_back(route);
  return routes;
}

void RegisterApi(httplib::Server& server, StorePool& pool, const ApiOptions& given) {
  ApiOptions options = given;
  if (!options.progress_cache) options.progress_cache = std::make_shared<app::ProgressCache>();
  for (const auto& entry : Entries()) {
    std::string pattern = Pattern(entry.path);
    if (entry.method == "GET") {
      server.Get(pattern, Route(pool, options, entry.handler));
    } else {
      server.Post(pattern, Route(pool, options, entry.handler));
    }
  }
  RegisterDelegatesRoutes(server, pool);
  RegisterRollRoutes(server, pool);
  RegisterCountRoutes(server, pool);
  RegisterInspectionRoutes(server, pool);
  RegisterGroupsRoutes(server, pool);
  RegisterPlanRoutes(server, pool);
  RegisterProgressRoutes(server, pool, options.progress_cache);
  RegisterNominationRoutes(server, pool);
  RegisterResultRoutes(server, pool);
  RegisterPartyRoutes(server, pool);
  AuthOptions auth;
  auth.secure_cookies = options.secure_cookies;
  auth.trust_proxy = options.trust_proxy;
  RegisterAuthRoutes(server, pool, auth);
  DocumentApiOptions documents;
  documents.trust_proxy = options.trust_proxy;
  RegisterDocumentRoutes(server, pool, documents);
  RegisterPersonnelRoutes(server, pool);
  RegisterAuditRoutes(server, pool);
  server.Get(Pattern(kOpenApiPath), [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(OpenApiDocument()), "application/json; charset=utf-8");
  });
}

}  // namespace daihoi::http
