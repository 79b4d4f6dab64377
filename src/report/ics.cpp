#include "report/ics.h"

#include <cstdio>

#include "common/roman.h"

namespace daihoi::report {
namespace {

constexpr size_t kMaxLineOctets = 75;  // RFC 5545 §3.1, CRLF excluded

// 20200614 (VALUE=DATE, §3.3.4).
std::string IcsDate(Date date) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d%02d%02d", date.year(), date.month(), date.day());
  return out;
}

// 20200519T083000Z (UTC date-time, §3.3.5).
std::string IcsUtc(int64_t unix_seconds) {
  int64_t days = unix_seconds / 86400;
  int64_t seconds = unix_seconds % 86400;
  if (seconds < 0) {
    seconds += 86400;
    --days;
  }
  char time[16];
  std::snprintf(time, sizeof time, "T%02d%02d%02dZ", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
  return IcsDate(Date::FromDays(days)) + time;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string IcsEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\r':
        // CRLF is one line break.
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string IcsFold(std::string_view line) {
  std::string out;
  // The first physical line holds 75 octets; each continuation starts with one space, so it
  // holds 74 more. A cut never falls inside a UTF-8 character.
  size_t limit = kMaxLineOctets;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && IsContinuationByte(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string WriteIcs(const IcsCalendar& calendar) {
  std::string out;
  out += IcsFold("BEGIN:VCALENDAR");
  out += IcsFold("VERSION:2.0");
  out += IcsFold("PRODID:-//daihoi//Lich dai hoi//VI");
  out += IcsFold("CALSCALE:GREGORIAN");
  out += IcsFold("METHOD:PUBLISH");
  if (!calendar.name.empty()) out += IcsFold("X-WR-CALNAME:" + IcsEscape(calendar.name));
  const std::string stamp = IcsUtc(calendar.stamp_unix_seconds);
  for (const IcsEvent& event : calendar.events) {
    out += IcsFold("BEGIN:VEVENT");
    out += IcsFold("UID:" + IcsEscape(event.uid));
    out += IcsFold("DTSTAMP:" + stamp);
    out += IcsFold("DTSTART;VALUE=DATE:" + IcsDate(event.first_day));
    // All-day events end on the day after the last one (§3.6.1: DTEND is exclusive).
    out += IcsFold("DTEND;VALUE=DATE:" + IcsDate(event.last_day.AddDays(1)));
    out += IcsFold("SUMMARY:" + IcsEscape(event.summary));
    if (!event.description.empty()) {
      out += IcsFold("DESCRIPTION:" + IcsEscape(event.description));
    }
    out += IcsFold(event.tentative ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED");
    out += IcsFold("TRANSP:TRANSPARENT");
    out += IcsFold("END:VEVENT");
  }
  out += IcsFold("END:VCALENDAR");
  return out;
}

std::optional<IcsEvent> CongressEvent(const planning::Congress& congress,
                                      const std::string& org_name) {
  const bool held = congress.held_start && congress.held_end;
  const std::optional<Date>& start = held ? congress.held_start : congress.planned_start;
  const std::optional<Date>& end = held ? congress.held_end : congress.planned_end;
  if (!start || !end || *end < *start) return std::nullopt;

  IcsEvent event;
  event.uid = congress.org_code + "/" + congress.term + "@daihoi";
  event.first_day = *start;
  event.last_day = *end;
  event.summary = "Đại hội " + org_name;
  event.tentative = !held;
  std::string description;
  if (congress.ordinal > 0) description += "Lần thứ " + ToRoman(congress.ordinal) + ", ";
  description += "nhiệm kỳ " + congress.term + "; ";
  description += congress.kind == planning::CongressKind::kDelegates ? "đại hội đại biểu"
                                                                     : "đại hội đảng viên";
  if (congress.pilot) description += " (thí điểm)";
  description += held ? "; đã tổ chức." : "; dự kiến.";
  description += "\nMã tổ chức: " + congress.org_code;
  event.description = std::move(description);
  return event;
}

}  // namespace daihoi::report
