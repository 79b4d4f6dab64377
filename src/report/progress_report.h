#pragma once
// The progress report of a congress round as a printed Party document (DOCUMENT-LAYOUT.md):
// "BÁO CÁO Tiến độ tổ chức đại hội …" with, as of a date, per level the congresses held,
// scheduled, unscheduled and overdue, per directly subordinate organization the same, the
// overdue and at-risk congresses, the forecast of when each level will finish, and the signature
// block of the committee. The figures are the use case's (app/progress.h), as the dashboard and
// `daihoi progress` show them.

#include <string>

#include "app/progress.h"
#include "report/ics.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// `place` is the place on the date line ("Hà Nội"); the date is the report's as-of date.
pdf::Document ProgressReportDocument(const app::ProgressReport& report, const std::string& place);

// The schedule of the report's round as a calendar (report/ics.h): one event per congress of
// the round with a date, in tree order; `stamp_unix_seconds` is when the file is made.
IcsCalendar ProgressCalendar(const app::ProgressReport& report, int64_t stamp_unix_seconds);

}  // namespace daihoi::report
