// `daihoi congress set --org CODE --term T [--option START,END[,NOTE]]… [--choose N] …`: edits
// a congress record (app::EditCongress) and prints it with the covering plan's violations after
// the edit. The edit is saved even when the plan is then violated (exit 0): `daihoi plan check`
// is the command that fails on violations.
#include <iostream>

#include "app/plans.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "common/roman.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

Error Bad(const std::string& option, const std::string& message) {
  return InvalidInput(message, option);
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return parts;
}

Result<Date> ParseDate(const std::string& text, const std::string& option) {
  auto date = Date::Parse(text);
  if (!date) {
    return Bad(option,
               "ngày không hợp lệ (invalid date) '" + text + "'; dùng YYYY-MM-DD hoặc DD/MM/YYYY");
  }
  return *date;
}

// "-" clears; else a date.
Result<std::optional<Date>> ClearableDate(const std::string& text, const std::string& option) {
  if (text == "-") return std::optional<Date>();
  auto date = ParseDate(text, option);
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

// "START,END" (END optional: a one-day congress); "-" clears both.
Status ParseRange(const std::string& text, const std::string& option,
                  std::optional<std::optional<Date>>& start,
                  std::optional<std::optional<Date>>& end) {
  if (text == "-") {
    start = std::optional<Date>();
    end = std::optional<Date>();
    return {};
  }
  auto parts = Split(text, ',');
  if (parts.size() > 2) return Bad(option, "dạng BẮT-ĐẦU,KẾT-THÚC (START,END)");
  auto first = ParseDate(parts[0], option);
  if (!first) return first.error();
  auto last = parts.size() == 2 ? ParseDate(parts[1], option) : first;
  if (!last) return last.error();
  start = std::optional<Date>(*first);
  end = std::optional<Date>(*last);
  return {};
}

Result<bool> ParseFlag(const std::string& text, const std::string& option) {
  if (text == "true" || text == "yes" || text == "1") return true;
  if (text == "false" || text == "no" || text == "0") return false;
  return Bad(option, "phải là true hoặc false (must be a boolean)");
}

Result<planning::CongressEdit> ToEdit(const CongressSetOptions& o) {
  planning::CongressEdit edit;
  if (!o.options.empty()) {
    std::vector<planning::DateOption> options;
    for (const std::string& text : o.options) {
      if (text == "-") continue;  // `--option -`: no options
      auto parts = Split(text, ',');
      auto start = ParseDate(parts[0], "--option");
      if (!start) return start.error();
      auto end = parts.size() >= 2 ? ParseDate(parts[1], "--option") : start;
      if (!end) return end.error();
      std::string note;
      for (size_t i = 2; i < parts.size(); ++i) note += (i > 2 ? "," : "") + parts[i];
      options.push_back({*start, *end, note});
    }
    edit.options = std::move(options);
  }
  if (o.choose) {
    if (*o.choose < 0) return Bad("--choose", "phải từ 0 trở lên (0 bỏ chọn)");
    edit.chosen = *o.choose == 0 ? std::optional<int>() : std::optional<int>(*o.choose - 1);
  }
  if (o.planned) {
    if (Status s = ParseRange(*o.planned, "--planned", edit.planned_start, edit.planned_end); !s) {
      return s.error();
    }
  }
  if (o.held) {
    if (Status s = ParseRange(*o.held, "--held", edit.held_start, edit.held_end); !s) {
      return s.error();
    }
  }
  if (o.venue) edit.venue = *o.venue;
  if (o.announced) {
    auto date = ClearableDate(*o.announced, "--announced");
    if (!date) return date.error();
    edit.announced_on = *date;
  }
  if (o.items) {
    std::vector<planning::ContentItem> items;
    for (const std::string& text : Split(*o.items, ',')) {
      auto item = planning::ParseContentItem(text);
      if (!item) {
        return Bad("--items",
                   "'" + text + "': phải là review, documents, committee hoặc delegation");
      }
      items.push_back(*item);
    }
    edit.items = std::move(items);
  }
  if (o.reduced) {
    auto flag = ParseFlag(*o.reduced, "--reduced");
    if (!flag) return flag.error();
    edit.reduced = *flag;
  }
  if (o.pilot) {
    auto flag = ParseFlag(*o.pilot, "--pilot");
    if (!flag) return flag.error();
    edit.pilot = *flag;
  }
  if (o.kind) {
    auto kind = planning::ParseCongressKind(*o.kind);
    if (!kind) return Bad("--kind", "phải là members hoặc delegates");
    edit.kind = *kind;
  }
  if (o.ordinal) {
    std::optional<int> ordinal = FromRoman(*o.ordinal);
    if (!ordinal) {
      int value = 0;
      bool digits = !o.ordinal->empty() && o.ordinal->size() <= 4;
      for (char c : *o.ordinal) {
        digits = digits && c >= '0' && c <= '9';
        if (digits) value = value * 10 + (c - '0');
      }
      if (digits) ordinal = value;
    }
    if (!ordinal) return Bad("--ordinal", "phải là số (26) hoặc số La Mã (XXVI)");
    edit.ordinal = *ordinal;
  }
  return edit;
}

}  // namespace

int PrintPlanCheck(const Context& ctx, const app::PlanCheck& check);

int RunCongressSet(const Context& ctx, const CongressSetOptions& options) {
  auto edit = ToEdit(options);
  if (!edit) return Fail(edit.error());
  if (edit->empty()) {
    return Fail(
        InvalidInput("không có thay đổi nào (nothing to change: give --option, --choose, "
                     "--venue, --announced, --held, --items, …)"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto check =
      app::EditCongress(**store, CommandLineActor(), options.org_code, options.term, *edit);
  if (!check) {
    Error error = check.error();
    // Name the command line's option for the record's field.
    static const std::pair<const char*, const char*> kOptions[] = {
        {"code", "--org"},        {"term", "--term"},          {"chosen", "--choose"},
        {"items", "--items"},     {"ordinal", "--ordinal"},    {"held_end", "--held"},
        {"held_start", "--held"}, {"planned_end", "--planned"}};
    for (const auto& [field, option] : kOptions) {
      if (error.field == field) error.field = option;
    }
    if (error.field.rfind("options[", 0) == 0) error.field = "--option " + error.field;
    return Fail(error);
  }
  return PrintPlanCheck(ctx, *check);
}

}  // namespace daihoi::cli
