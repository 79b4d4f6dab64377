// `daihoi plan check PLAN.json [--json]` (CONTRACTS.md "Plan check"): exit 1 when the plan
// breaks a rule, 0 when it breaks none.
#include <iostream>

#include "app/load_round.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/plan_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPlanCheck(const Context& ctx, const std::string& path) {
  const std::string file = path == "-" ? "stdin" : path;
  auto with_file = [&](Error error) {
    if (error.file.empty() &&
        (error.code == ErrorCode::kInvalidInput || error.code == ErrorCode::kNotFound)) {
      error.file = file;
    }
    return Fail(error);
  };
  Result<std::string> text = ReadInput(path);
  if (!text) return Fail(text.error());
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    return with_file(
        InvalidInput("JSON không hợp lệ tại byte " + std::to_string(e.byte) + " (malformed JSON)"));
  }
  auto plan = json::ParsePlan(document);
  if (!plan) return with_file(plan.error());

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto data = app::LoadRound(**store, CommandLineActor(), plan->root, "root");
  if (!data) return with_file(data.error());
  auto violations = planning::CheckPlan(*plan, data->tree, data->levels, data->congresses);
  if (!violations) {
    Error error = violations.error();
    if (!error.field.empty()) error.message = error.field + ": " + error.message;
    error.field.clear();
    return with_file(error);
  }
  if (ctx.json) {
    std::cout << json::ViolationsToJson(*violations).dump(2) << "\n";
  } else {
    std::cout << json::ViolationsText(*violations);
  }
  return violations->empty() ? 0 : 1;
}

}  // namespace daihoi::cli
