#pragma once
// iCalendar (RFC 5545) text of a congress schedule, for calendar programs: one VEVENT per
// congress with a date, as whole days (DTSTART;VALUE=DATE, DTEND exclusive). Pure: values in,
// text out; the caller serves or writes it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "planning/congress.h"

namespace daihoi::report {

// One all-day event. `last_day` is inclusive (a congress from 14 to 16 lasts 3 days); the
// writer turns it into the exclusive DTEND of RFC 5545 §3.6.1.
struct IcsEvent {
  std::string uid;  // stable across exports, so a re-import updates instead of duplicating
  Date first_day;
  Date last_day;
  std::string summary;
  std::string description;  // empty: no DESCRIPTION line
  bool tentative = false;   // STATUS:TENTATIVE (planned) or STATUS:CONFIRMED (held)
};

struct IcsCalendar {
  std::string name;                // X-WR-CALNAME, shown by calendar programs
  int64_t stamp_unix_seconds = 0;  // DTSTAMP of every event (UTC): when the file was made
  std::vector<IcsEvent> events;
};

// The VCALENDAR text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// character (§3.1), TEXT values escaped (§3.3.11: backslash, ';', ',', line breaks).
std::string WriteIcs(const IcsCalendar& calendar);

// A TEXT value escaped per §3.3.11.
std::string IcsEscape(std::string_view text);

// A content line folded per §3.1, ending in CRLF.
std::string IcsFold(std::string_view line);

// The event of one congress: its held dates once held (CONFIRMED), else its planned dates
// (TENTATIVE); nullopt when it has neither, or only half a range: nothing to put on a calendar.
// SUMMARY "Đại hội <org name>"; UID "<org_code>/<term>@daihoi" (one organization's congress for
// one term), so exporting again gives the same UIDs.
std::optional<IcsEvent> CongressEvent(const planning::Congress& congress,
                                      const std::string& org_name);

}  // namespace daihoi::report
