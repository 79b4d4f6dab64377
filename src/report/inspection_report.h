#pragma once
// An inspection round as printed and exported (app/inspections.h): the report in the Party
// document layout (pdf/party_document.h) — "BÁO CÁO Kết quả kiểm tra …": the plan of teams and
// visits, then the findings per unit — the schedule as an XLSX table and as iCalendar.

#include <cstdint>
#include <string>

#include "app/inspections.h"
#include "common/result.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// `superior` is the parent's name of the inspecting committee (empty at the top); `place` the
// place on the date line; `date` the report's date (the window's last day when unset by the
// caller).
pdf::Document InspectionDocument(const app::InspectionView& view, const std::string& superior,
                                 const std::string& place, Date date);

// The workbook's bytes: one row per unit, by team then date.
Result<std::string> InspectionScheduleXlsx(const app::InspectionView& view);

// One all-day event per visit; UID "inspection-<id>/<unit>@daihoi", stable across exports.
std::string InspectionScheduleIcs(const app::InspectionView& view, int64_t stamp_unix_seconds);

}  // namespace daihoi::report
