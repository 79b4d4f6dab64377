#include "http/roll_api.h"

#include <httplib.h>

#include <functional>
#include <limits>
#include <string>
#include <utility>

#include "app/registry.h"
#include "app/roll.h"
#include "http/errors.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/roll_view_json.h"
#include "report/pdf/party_document.h"
#include "report/roll_report.h"

namespace daihoi::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// Every route's first two captures: the organization code and the term.
app::CongressRef CongressOf(const httplib::Request& req) {
  return {req.matches[1].str(), req.matches[2].str()};
}

// The roll view after a read or a write; `created` are the ids a POST created.
Result<Reply> ViewReply(app::Store& store, const app::Actor& actor,
                        const app::CongressRef& congress,
                        const std::vector<int64_t>* created = nullptr) {
  auto view = app::ShowRoll(store, actor, congress);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, congress.org_code);
  if (!organization.ok()) return organization.error();
  ordered_json body = daihoi::json::RollViewToJson(*view, organization->name);
  if (created) body["created"] = *created;
  return JsonReply(body);
}

Result<Reply> GetRoll(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return ViewReply(store, actor, CongressOf(req));
}

std::string FileName(const app::CongressRef& congress, const char* extension) {
  std::string name = "danh-sach-dai-bieu-";
  for (char c : congress.org_code + "-" + congress.term) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  return name + extension;
}

Result<Reply> GetRollPdf(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  const app::CongressRef congress = CongressOf(req);
  auto view = app::ShowRoll(store, actor, congress);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, congress.org_code);
  if (!organization.ok()) return organization.error();
  auto superior = app::SuperiorName(store, *organization);
  if (!superior.ok()) return superior.error();
  auto place = PlaceParam(req, store, organization->code);
  if (!place.ok()) return place.error();
  auto document = report::DelegateListDocument(*view, *organization, *superior, *place);
  auto bytes = report::pdf::Render(document);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(congress, ".pdf");
  return reply;
}

Result<Reply> GetRollXlsx(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  const app::CongressRef congress = CongressOf(req);
  auto view = app::ShowRoll(store, actor, congress);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(store, congress.org_code);
  if (!organization.ok()) return organization.error();
  auto bytes = report::RollXlsx(*view, organization->name);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(congress, ".xlsx");
  return reply;
}

Result<Reply> PostDelegation(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto delegation = daihoi::json::DelegationFromJson(*body);
  if (!delegation.ok()) return delegation.error();
  auto ids = app::RecordDelegation(store, actor, CongressOf(req), *delegation);
  if (!ids.ok()) return ids.error();
  return ViewReply(store, actor, CongressOf(req), &*ids);
}

Result<Reply> PostExOfficio(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto people = daihoi::json::ExOfficioFromJson(*body);
  if (!people.ok()) return people.error();
  auto ids = app::AddExOfficio(store, actor, CongressOf(req), *people);
  if (!ids.ok()) return ids.error();
  return ViewReply(store, actor, CongressOf(req), &*ids);
}

Result<Reply> DeleteEntry(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = ParseId(req.matches[3].str());
  if (!id.ok()) return id.error();
  if (Status s = app::RemoveRollEntry(store, actor, CongressOf(req), *id); !s) return s.error();
  return ViewReply(store, actor, CongressOf(req));
}

Result<Reply> PostIssue(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto issue = daihoi::json::CredentialIssueFromJson(*body);
  if (!issue.ok()) return issue.error();
  auto id = app::RecordCredentialIssue(store, actor, CongressOf(req), *issue);
  if (!id.ok()) return id.error();
  const std::vector<int64_t> created{*id};
  return ViewReply(store, actor, CongressOf(req), &created);
}

Result<Reply> DeleteIssue(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = ParseId(req.matches[3].str());
  if (!id.ok()) return id.error();
  if (Status s = app::RemoveCredentialIssue(store, actor, CongressOf(req), *id); !s)
    return s.error();
  return ViewReply(store, actor, CongressOf(req));
}

Result<Reply> PutSessions(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto sessions = daihoi::json::SessionListFromJson(*body);
  if (!sessions.ok()) return sessions.error();
  if (Status s = app::SetSessions(store, actor, CongressOf(req), *sessions); !s) return s.error();
  return ViewReply(store, actor, CongressOf(req));
}

Result<Reply> PutAbsence(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto absence = daihoi::json::AbsenceFromJson(*body);
  if (!absence.ok()) return absence.error();
  if (Status s = app::RecordAbsence(store, actor, CongressOf(req), *absence); !s) return s.error();
  return ViewReply(store, actor, CongressOf(req));
}

Result<Reply> DeleteAbsence(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  const std::string session_text = req.matches[4].str();
  auto session = ParseId(session_text);
  if (!session.ok() || *session > std::numeric_limits<int>::max()) {
    return InvalidInput("số phiên không hợp lệ '" + session_text + "' (0: the whole congress)",
                        "session");
  }
  Status s = app::ClearAbsence(store, actor, CongressOf(req), req.matches[3].str(),
                               static_cast<int>(*session));
  if (!s) return s.error();
  return ViewReply(store, actor, CongressOf(req));
}

const std::vector<RouteEntry>& Entries() {
  // "/roll.pdf" and "/roll.xlsx" are their own routes: the term never holds a slash.
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/roll", "/congresses/([^/]+)/([^/]+)/roll", GetRoll},
      {"GET", "/congresses/{code}/{term}/roll.pdf", "/congresses/([^/]+)/([^/]+)/roll\\.pdf",
       GetRollPdf},
      {"GET", "/congresses/{code}/{term}/roll.xlsx", "/congresses/([^/]+)/([^/]+)/roll\\.xlsx",
       GetRollXlsx},
      {"POST", "/congresses/{code}/{term}/roll/delegations",
       "/congresses/([^/]+)/([^/]+)/roll/delegations", PostDelegation},
      {"POST", "/congresses/{code}/{term}/roll/ex-officio",
       "/congresses/([^/]+)/([^/]+)/roll/ex-officio", PostExOfficio},
      {"DELETE", "/congresses/{code}/{term}/roll/entries/{id}",
       "/congresses/([^/]+)/([^/]+)/roll/entries/([^/]+)", DeleteEntry},
      {"POST", "/congresses/{code}/{term}/roll/issues", "/congresses/([^/]+)/([^/]+)/roll/issues",
       PostIssue},
      {"DELETE", "/congresses/{code}/{term}/roll/issues/{id}",
       "/congresses/([^/]+)/([^/]+)/roll/issues/([^/]+)", DeleteIssue},
      {"PUT", "/congresses/{code}/{term}/roll/sessions",
       "/congresses/([^/]+)/([^/]+)/roll/sessions", PutSessions},
      {"PUT", "/congresses/{code}/{term}/roll/absences",
       "/congresses/([^/]+)/([^/]+)/roll/absences", PutAbsence},
      {"DELETE", "/congresses/{code}/{term}/roll/absences/{person}/{session}",
       "/congresses/([^/]+)/([^/]+)/roll/absences/([^/]+)/([^/]+)", DeleteAbsence},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> RollRoutes() { return RouteInfos(Entries()); }

void RegisterRollRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
