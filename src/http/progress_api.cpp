#include "http/progress_api.h"

#include <httplib.h>

#include <optional>
#include <string>
#include <utility>

#include "app/plans.h"
#include "app/progress.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/forecast_json.h"
#include "json/plan_json.h"
#include "report/pdf/party_document.h"
#include "report/progress_report.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

// The parameter's text, kept alive by the caller (get_param_value answers a copy).
std::optional<std::string_view> View(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return std::string_view(*text);
}

// ?root= (required) as of ?as_of=, judged against `plan` when given: the use case the CLI and
// the dashboard read.
Result<app::ProgressReport> ReportOf(const httplib::Request& req, const app::Actor& actor,
                                     app::Store& store, app::ProgressCache& cache,
                                     const planning::Plan* plan) {
  const auto as_of_text = Param(req, "as_of");
  const auto root_text = Param(req, "root");
  auto as_of = ParseDate("as_of", View(as_of_text));
  if (!as_of.ok()) return as_of.error();
  auto root = ParseRequired("root", View(root_text));
  if (!root.ok()) return root.error();
  return app::ShowProgress(cache, store, actor, text::Normalize(*root), *as_of, plan, "root");
}

std::string FileName(const app::ProgressReport& report, const char* extension) {
  std::string name = "bao-cao-tien-do-";
  for (char c : report.root) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  return name + "-" + report.progress.as_of.ToIso() + extension;
}

Result<Reply> GetProgressPdf(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor, app::ProgressCache& cache) {
  auto report = ReportOf(req, actor, store, cache, nullptr);
  if (!report.ok()) return report.error();
  auto place = PlaceParam(req, store, report->root);
  if (!place.ok()) return place.error();
  auto bytes = report::pdf::Render(report::ProgressReportDocument(*report, *place));
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(*report, ".pdf");
  return reply;
}

Result<Reply> GetForecast(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                          app::ProgressCache& cache) {
  auto report = ReportOf(req, actor, store, cache, nullptr);
  if (!report.ok()) return report.error();
  // Judged by the stored plan that covers the subtree in the round, when there is one: its
  // windows give each level its verdict (R-WINDOWS); "plan" says which was used.
  auto stored = app::FindRoundPlan(store, actor, report->root, report->progress.round_year);
  if (!stored.ok()) return stored.error();
  nlohmann::ordered_json used = nullptr;
  if (*stored) {
    report = ReportOf(req, actor, store, cache, &(*stored)->plan);
    if (!report.ok()) return report.error();
    used = {{"id", (*stored)->id},
            {"title", (*stored)->title},
            {"root", (*stored)->plan.root},
            {"term", (*stored)->plan.term}};
  }
  nlohmann::ordered_json body = daihoi::json::ForecastToJson(report->forecast);
  body["plan"] = std::move(used);
  return JsonReply(body);
}

// The body is a plan as `daihoi plan check` reads it (CONTRACTS.md "Plan check").
Result<Reply> PostForecast(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                           app::ProgressCache& cache) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto plan = daihoi::json::ParsePlan(*body);
  if (!plan.ok()) {
    Error error = plan.error();
    if (error.field.empty()) error.field = "body";
    return error;
  }
  auto report = ReportOf(req, actor, store, cache, &*plan);
  if (!report.ok()) return report.error();
  return JsonReply(daihoi::json::ForecastToJson(report->forecast));
}

}  // namespace

std::vector<RouteInfo> ProgressRoutes() {
  return {{"GET", "/progress.pdf"}, {"GET", "/progress/forecast"}, {"POST", "/progress/forecast"}};
}

void RegisterProgressRoutes(httplib::Server& server, StorePool& pool,
                            std::shared_ptr<app::ProgressCache> cache) {
  // Each handler with the server's cache.
  auto with_cache = [cache](Result<Reply> (*handler)(const httplib::Request&, app::Store&,
                                                     const app::Actor&, app::ProgressCache&)) {
    return [cache, handler](const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) { return handler(req, store, actor, *cache); };
  };
  server.Get("/api/v1/progress\\.pdf", Route(pool, with_cache(GetProgressPdf)));
  server.Get("/api/v1/progress/forecast", Route(pool, with_cache(GetForecast)));
  server.Post("/api/v1/progress/forecast", Route(pool, with_cache(PostForecast)));
}

}  // namespace daihoi::http
