#include "json/forecast_json.h"

#include <sstream>

#include "json/fields.h"
#include "planning/plan.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::ordered_json;

std::string LevelName(const std::string& code, const std::vector<org::Level>& levels) {
  std::string label = planning::LevelLabel(code, levels);  // "cấp cơ sở"
  if (!label.empty()) label[0] = 'C';
  return label;
}

}  // namespace

ordered_json ForecastToJson(const planning::Forecast& forecast) {
  ordered_json out;
  out["root"] = forecast.root;
  out["as_of"] = forecast.as_of.ToIso();
  out["round_year"] = forecast.round_year;
  out["finish"] = DateOrNull(forecast.finish);
  out["levels"] = ordered_json::array();
  for (const auto& level : forecast.levels) {
    ordered_json window = nullptr;
    if (level.window) window = {level.window->start.ToIso(), level.window->end.ToIso()};
    out["levels"].push_back({{"level", level.level},
                             {"total", level.total},
                             {"held", level.held},
                             {"scheduled", level.scheduled},
                             {"unscheduled", level.unscheduled},
                             {"overdue", level.overdue},
                             {"latest_end", DateOrNull(level.latest_end)},
                             {"finish", DateOrNull(level.finish)},
                             {"window", window},
                             {"verdict", planning::ToString(level.verdict)},
                             {"days_late", level.days_late}});
  }
  out["at_risk"] = ordered_json::array();
  for (const auto& risk : forecast.at_risk) {
    out["at_risk"].push_back({{"code", risk.code},
                              {"name", risk.name},
                              {"level", risk.level},
                              {"reason", planning::ToString(risk.reason)},
                              {"planned_end", DateOrNull(risk.planned_end)},
                              {"expected_end", risk.expected_end.ToIso()},
                              {"window_end", DateOrNull(risk.window_end)}});
  }
  return out;
}

std::string ForecastText(const planning::Forecast& forecast, const std::string& root_name,
                         const std::vector<org::Level>& levels) {
  std::ostringstream out;
  out << "Dự báo hoàn thành đại hội: " << root_name;
  if (!forecast.root.empty()) out << " (" << forecast.root << ")";
  out << ", nhiệm kỳ bắt đầu năm " << forecast.round_year << ", tính đến ngày "
      << forecast.as_of.ToVietnamese() << "\n";
  for (const auto& level : forecast.levels) {
    out << LevelName(level.level, levels) << " (" << level.level << "): " << level.held << "/"
        << level.total << " đã tổ chức; ";
    if (level.finish) {
      out << (level.verdict == planning::LevelVerdict::kDone ? "hoàn thành ngày "
                                                             : "dự kiến hoàn thành ")
          << level.finish->ToVietnamese();
    } else {
      out << "chưa có ngày dự kiến";
    }
    out << " — " << planning::VerdictText(level);
    if (level.window) {
      out << " (kế hoạch " << level.window->start.ToVietnamese() << "–"
          << level.window->end.ToVietnamese() << ")";
    }
    out << "\n";
  }
  out << "Toàn bộ: "
      << (forecast.finish ? "dự kiến hoàn thành " + forecast.finish->ToVietnamese()
                          : std::string("chưa dự báo được (còn tổ chức chưa có lịch)"))
      << "\n";
  if (!forecast.at_risk.empty()) {
    out << "\nCó nguy cơ chậm:\n";
    for (const auto& risk : forecast.at_risk) {
      out << "  " << risk.code << " — " << risk.name << ", ";
      if (risk.reason == planning::RiskReason::kOverdue) {
        out << "quá hạn (dự kiến kết thúc " << risk.planned_end->ToVietnamese() << ")";
      } else {
        out << "dự kiến kết thúc " << risk.expected_end.ToVietnamese() << ", sau hạn kế hoạch "
            << risk.window_end->ToVietnamese();
      }
      out << "\n";
    }
  }
  return out.str();
}

}  // namespace daihoi::json
