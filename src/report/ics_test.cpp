#include "report/ics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace daihoi::report {
namespace {

Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

// The physical lines of `text`, each without its CRLF; fails if any line ends otherwise.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "text does not end in CRLF";
    if (end == std::string::npos) break;
    std::string line = text.substr(start, end - start);
    EXPECT_EQ(line.find('\n'), std::string::npos) << "bare LF in: " << line;
    lines.push_back(line);
    start = end + 2;
  }
  return lines;
}

// Content lines with the folding undone (§3.1: CRLF followed by one space is removed).
std::vector<std::string> Unfolded(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& line : Lines(text)) {
    if (!line.empty() && line[0] == ' ' && !out.empty()) {
      out.back() += line.substr(1);
    } else {
      out.push_back(line);
    }
  }
  return out;
}

bool Contains(const std::vector<std::string>& lines, const std::string& want) {
  for (const auto& line : lines) {
    if (line == want) return true;
  }
  return false;
}

TEST(IcsEscape, EscapesBackslashSemicolonCommaAndLineBreaks) {
  EXPECT_EQ(IcsEscape("a,b;c\\d"), "a\\,b\\;c\\\\d");
  EXPECT_EQ(IcsEscape("dòng 1\ndòng 2\r\ndòng 3"), "dòng 1\\ndòng 2\\ndòng 3");
  EXPECT_EQ(IcsEscape("Đại hội: 14/06"), "Đại hội: 14/06");  // ':' needs no escape in TEXT
}

TEST(IcsFold, LeavesShortLinesWhole) {
  const std::string line(75, 'x');
  EXPECT_EQ(IcsFold(line), line + "\r\n");
}

TEST(IcsFold, FoldsAt75OctetsWithALeadingSpace) {
  const std::string line(200, 'x');
  const std::string folded = IcsFold(line);
  auto lines = Lines(folded);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].size(), 75u);
  EXPECT_EQ(lines[1], " " + std::string(74, 'x'));
  EXPECT_EQ(lines[2], " " + std::string(200 - 75 - 74, 'x'));
}

TEST(IcsFold, NeverSplitsAUtf8Character) {
  // "ạ" is 3 octets: 74 ASCII octets then "ạ" cannot fit in the first 75.
  const std::string line = std::string(74, 'a') + "ạ" + std::string(10, 'b');
  auto lines = Lines(IcsFold(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], std::string(74, 'a'));
  EXPECT_EQ(lines[1], " ạ" + std::string(10, 'b'));
  // A long Vietnamese line: every physical line is at most 75 octets and valid on its own.
  std::string vietnamese;
  for (int i = 0; i < 40; ++i) vietnamese += "Đảng bộ ";
  for (const auto& physical : Lines(IcsFold("SUMMARY:" + vietnamese))) {
    EXPECT_LE(physical.size(), 75u);
    ASSERT_FALSE(physical.empty());
    size_t first = physical[0] == ' ' ? 1 : 0;
    EXPECT_NE(static_cast<unsigned char>(physical[first]) & 0xC0, 0x80) << physical;
  }
  EXPECT_EQ(Unfolded(IcsFold("SUMMARY:" + vietnamese))[0], "SUMMARY:" + vietnamese);
}

TEST(WriteIcs, WritesACalendarOfAllDayEventsWithExclusiveEnds) {
  IcsCalendar calendar;
  calendar.name = "Đại hội Ba Đình";
  calendar.stamp_unix_seconds = 1589877000;  // 2020-05-19 08:30:00 UTC
  calendar.events.push_back({"BADINH/2020-2025@daihoi", D(2020, 6, 14), D(2020, 6, 16),
                             "Đại hội Đảng bộ quận Ba Đình", "", false});
  // Ends on the last day of a month and of a year: DTEND rolls over.
  calendar.events.push_back({"X/2020-2025@daihoi", D(2020, 12, 31), D(2020, 12, 31),
                             "Đại hội Chi bộ 1, khu 2; tổ 3", "a\nb", true});
  const std::string text = WriteIcs(calendar);
  auto lines = Unfolded(text);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_TRUE(Contains(lines, "VERSION:2.0"));
  EXPECT_TRUE(Contains(lines, "X-WR-CALNAME:Đại hội Ba Đình"));
  EXPECT_TRUE(Contains(lines, "UID:BADINH/2020-2025@daihoi"));
  EXPECT_TRUE(Contains(lines, "DTSTAMP:20200519T083000Z"));
  EXPECT_TRUE(Contains(lines, "DTSTART;VALUE=DATE:20200614"));
  EXPECT_TRUE(Contains(lines, "DTEND;VALUE=DATE:20200617"));
  EXPECT_TRUE(Contains(lines, "DTSTART;VALUE=DATE:20201231"));
  EXPECT_TRUE(Contains(lines, "DTEND;VALUE=DATE:20210101"));
  EXPECT_TRUE(Contains(lines, "SUMMARY:Đại hội Đảng bộ quận Ba Đình"));
  EXPECT_TRUE(Contains(lines, "SUMMARY:Đại hội Chi bộ 1\\, khu 2\\; tổ 3"));
  EXPECT_TRUE(Contains(lines, "DESCRIPTION:a\\nb"));
  EXPECT_TRUE(Contains(lines, "STATUS:CONFIRMED"));
  EXPECT_TRUE(Contains(lines, "STATUS:TENTATIVE"));
  int begins = 0;
  int ends = 0;
  for (const auto& line : lines) {
    begins += line == "BEGIN:VEVENT";
    ends += line == "END:VEVENT";
  }
  EXPECT_EQ(begins, 2);
  EXPECT_EQ(ends, 2);
  for (const auto& physical : Lines(text)) EXPECT_LE(physical.size(), 75u) << physical;
}

TEST(CongressEvent, UsesHeldDatesOnceHeldElsePlannedOnes) {
  planning::Congress congress;
  congress.org_code = "BADINH";
  congress.term = "2020-2025";
  congress.ordinal = 26;
  congress.kind = planning::CongressKind::kDelegates;
  congress.planned_start = D(2020, 6, 23);
  congress.planned_end = D(2020, 6, 25);
  auto planned = CongressEvent(congress, "Đảng bộ quận Ba Đình");
  ASSERT_TRUE(planned.has_value());
  EXPECT_EQ(planned->uid, "BADINH/2020-2025@daihoi");
  EXPECT_EQ(planned->summary, "Đại hội Đảng bộ quận Ba Đình");
  EXPECT_EQ(planned->first_day, D(2020, 6, 23));
  EXPECT_EQ(planned->last_day, D(2020, 6, 25));
  EXPECT_TRUE(planned->tentative);
  EXPECT_NE(planned->description.find("XXVI"), std::string::npos);

  congress.held_start = D(2020, 6, 14);
  congress.held_end = D(2020, 6, 16);
  auto held = CongressEvent(congress, "Đảng bộ quận Ba Đình");
  ASSERT_TRUE(held.has_value());
  EXPECT_EQ(held->uid, planned->uid);  // the same congress keeps its UID
  EXPECT_EQ(held->first_day, D(2020, 6, 14));
  EXPECT_EQ(held->last_day, D(2020, 6, 16));
  EXPECT_FALSE(held->tentative);
}

TEST(CongressEvent, NoEventWithoutACompleteDateRange) {
  planning::Congress congress;
  congress.org_code = "BADINH-KIMMA";
  congress.term = "2020-2025";
  EXPECT_FALSE(CongressEvent(congress, "Đảng bộ phường Kim Mã").has_value());
  congress.planned_start = D(2020, 5, 20);
  EXPECT_FALSE(CongressEvent(congress, "Đảng bộ phường Kim Mã").has_value());
}

}  // namespace
}  // namespace daihoi::report
