#include "http/audit_api.h"

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/audit.h"
#include "http/params.h"
#include "http/route.h"
#include "json/account_json.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

// ?org, ?actor, ?from, ?to (UTC text or a date; `to` exclusive), ?order=oldest|newest,
// ?offset, ?limit.
Result<app::AuditQuery> QueryOf(const httplib::Request& req, int64_t default_limit) {
  app::AuditQuery query;
  query.org_code = text::Normalize(req.get_param_value("org"));
  query.actor = text::Normalize(req.get_param_value("actor"));
  query.from = text::Normalize(req.get_param_value("from"));
  query.to = text::Normalize(req.get_param_value("to"));
  if (const std::string order = req.get_param_value("order"); order == "newest") {
    query.newest_first = true;
  } else if (!order.empty() && order != "oldest") {
    return InvalidInput("thứ tự: oldest hoặc newest (order must be oldest or newest)", "order");
  }
  if (req.has_param("offset") || req.has_param("limit")) {
    auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
    if (!paging.ok()) return paging.error();
    query.offset = paging->offset;
    query.limit = paging->limit;
  } else {
    query.limit = default_limit;
  }
  return query;
}

Result<Reply> GetAudit(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto query = QueryOf(req, 100);
  if (!query.ok()) return query.error();
  auto page = app::ListAudit(store, actor, *query);
  if (!page.ok()) return page.error();
  ordered_json body;
  body["total"] = page->total;
  body["offset"] = query->offset;
  body["limit"] = query->limit;
  body["items"] = ordered_json::array();
  for (const app::AuditRecord& record : page->items) {
    body["items"].push_back(daihoi::json::AuditRecordToJson(record));
  }
  return JsonReply(body);
}

// A CSV cell: quoted when it holds a separator, a quote or a line end.
std::string Cell(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Result<Reply> GetAuditCsv(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto query = QueryOf(req, 100000);
  if (!query.ok()) return query.error();
  auto page = app::ListAudit(store, actor, *query);
  if (!page.ok()) return page.error();
  // A byte order mark so that spreadsheet programs read the Vietnamese headers as UTF-8.
  std::string csv =
      "\xEF\xBB\xBFseq,thời điểm (recorded_at),người thực hiện (actor),use case,tổ chức (org),"
      "digest,prev_hash,hash\r\n";
  for (const app::AuditRecord& record : page->items) {
    csv += std::to_string(record.seq) + "," + Cell(record.recorded_at) + "," + Cell(record.actor) +
           "," + Cell(record.use_case) + "," + Cell(record.org_code) + "," + record.digest + "," +
           record.prev_hash + "," + record.hash + "\r\n";
  }
  Reply reply;
  reply.content_type = "text/csv; charset=utf-8";
  reply.bytes = std::move(csv);
  reply.file_name =
      "nhat-ky" + (query->org_code.empty() ? std::string() : "-" + query->org_code) + ".csv";
  return reply;
}

Result<Reply> GetAuditVerify(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  std::optional<std::string> head;
  if (req.has_param("head") && !req.get_param_value("head").empty()) {
    head = req.get_param_value("head");
  }
  auto check = app::CheckAudit(store, actor, head);
  if (!check.ok()) return check.error();
  return JsonReply(daihoi::json::AuditCheckToJson(*check));
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/audit", "/audit", GetAudit},
      {"GET", "/audit.csv", "/audit\\.csv", GetAuditCsv},
      {"GET", "/audit/verify", "/audit/verify", GetAuditVerify},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> AuditRoutes() { return RouteInfos(Entries()); }

void RegisterAuditRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
