// `daihoi progress --root CODE --as-of YYYY-MM-DD [--json]` (CONTRACTS.md "Data"), and the
// extensions of docs/progress.md: `--forecast` prints when each level will finish instead,
// `--plan PLAN.json` judges it against the plan's windows, `--pdf FILE`, `--xlsx FILE` and
// `--ics FILE` write the progress report, the workbook and the round's calendar without
// changing what is printed. An empty root is the whole country.
#include <chrono>
#include <iostream>

#include "app/progress.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/letterhead.h"
#include "cli/user_common.h"
#include "json/forecast_json.h"
#include "json/plan_json.h"
#include "report/pdf/party_document.h"
#include "report/progress_report.h"
#include "report/progress_xlsx.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

Result<planning::Plan> ReadPlan(const std::string& path) {
  const std::string file = path == "-" ? "stdin" : path;
  auto in_file = [&](Error error) {
    error.file = file;
    if (error.field.empty()) error.field = "--plan";
    return error;
  };
  Result<std::string> text = ReadInput(path);
  if (!text) return text.error();
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    return in_file(
        InvalidInput("JSON không hợp lệ tại byte " + std::to_string(e.byte) + " (malformed JSON)"));
  }
  auto plan = json::ParsePlan(document);
  if (!plan) return in_file(plan.error());
  return plan;
}

}  // namespace

int RunProgress(const Context& ctx, const std::string& root, const std::string& as_of,
                const ProgressOutputs& outputs) {
  auto date = Date::Parse(as_of);
  if (!date) {
    return Fail(
        InvalidInput("--as-of: ngày không hợp lệ (invalid date) '" + as_of + "'; dùng YYYY-MM-DD"));
  }
  std::optional<planning::Plan> plan;
  if (!outputs.plan.empty()) {
    auto read = ReadPlan(outputs.plan);
    if (!read) return Fail(read.error());
    plan = std::move(*read);
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::ShowProgress(**store, CommandLineActor(), root, *date, plan ? &*plan : nullptr,
                                  "--root");
  if (!report) return Fail(report.error());

  // The files first, whole or not at all, so a failure prints nothing on stdout.
  if (!outputs.xlsx.empty()) {
    auto bytes = report::ProgressXlsx(report->progress, report->root_name, report->levels);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFileWhole(outputs.xlsx, *bytes, "--xlsx"); !s) return Fail(s.error());
  }
  if (!outputs.pdf.empty()) {
    auto place = PlaceFor(**store, outputs.place, report->root);
    if (!place) return Fail(place.error());
    auto bytes = report::pdf::Render(report::ProgressReportDocument(*report, *place));
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFileWhole(outputs.pdf, *bytes, "--pdf"); !s) return Fail(s.error());
  }
  if (!outputs.ics.empty()) {
    const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    const std::string text = report::WriteIcs(report::ProgressCalendar(*report, now));
    if (Status s = WriteFileWhole(outputs.ics, text, "--ics"); !s) return Fail(s.error());
  }
  // A file written to stdout ("-") is the whole output.
  if (outputs.xlsx == "-" || outputs.pdf == "-" || outputs.ics == "-") return 0;

  if (outputs.forecast) {
    if (ctx.json) {
      std::cout << json::ForecastToJson(report->forecast).dump(2) << "\n";
    } else {
      std::cout << json::ForecastText(report->forecast, report->root_name, report->levels);
    }
  } else if (ctx.json) {
    std::cout << json::ProgressToJson(report->progress).dump(2) << "\n";
  } else {
    std::cout << json::ProgressText(report->progress, report->root_name, report->levels);
  }
  return 0;
}

}  // namespace daihoi::cli
