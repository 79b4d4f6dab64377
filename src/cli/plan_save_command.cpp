// `daihoi plan save PLAN.json [--title T] [--json]`: stores the plan of its root and term,
// replacing the stored one (app::SavePlan).
#include <iostream>

#include "app/plans.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/plan_record_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPlanSave(const Context& ctx, const std::string& path, const std::string& title) {
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
  auto record = json::PlanRecordFromJson(document);
  if (!record) return with_file(record.error());
  if (!title.empty()) record->title = title;

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto saved = app::SavePlan(**store, CommandLineActor(), *record);
  if (!saved) return with_file(saved.error());
  if (ctx.json) {
    std::cout << json::PlanRecordToJson(saved->record).dump(2) << "\n";
  } else {
    std::cout << (saved->created ? "Đã lưu kế hoạch mới số " : "Đã cập nhật kế hoạch số ")
              << saved->record.id << " (" << saved->record.plan.root << ", nhiệm kỳ "
              << saved->record.plan.term << ")\n";
  }
  return 0;
}

}  // namespace daihoi::cli
