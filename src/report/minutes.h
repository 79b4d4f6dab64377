#pragma once
// The vote-counting minutes (biên bản kiểm phiếu) of one round, as DOCUMENT-LAYOUT.md
// "Vote-counting minutes" lists its contents: the counting committee's header, the time, place
// and legal basis, the number to elect and the list in ballot order (R-ORDER), the committee, the
// convened and the R-THRESHOLD base with each exclusion, the ballots (R-VALID reasons), each
// candidate's votes and percentage of the base, the elected and alternates by votes, the tied and
// the next step, the closing and the signatures of every member, the chain head in the footer;
// then the entry log as an annex on a page of its own.

#include <optional>
#include <string>
#include <vector>

#include "app/counting.h"
#include "app/election_record.h"
#include "org/organization.h"
#include "planning/congress.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// The settings of the minutes (DOCUMENT-LAYOUT.md: every number in one place).
struct MinutesSettings {
  // Stored times are UTC; the minutes print local time (Việt Nam, UTC+7).
  int utc_offset_minutes = 7 * 60;
  int copies = 3;  // "được lập thành 03 bản"
  // (I) "Line order below the national level is configurable": print the organization's
  // superior body above the congress in the header.
  bool superior_line = false;
  // The annex's hash column: the first digits of each entry's hash.
  int hash_digits = 12;
  // (I) The annex's table, smaller than the body's tables: it has hundreds of entries.
  double annex_table_pt = 11;
  // DOCUMENT-LAYOUT.md: one counter per congress, shared by every body of the congress, "Số
  // 12-BB/ĐH". Without a number the line is printed with room to write it by hand.
  std::string number_suffix = "-BB/ĐH";
  int blank_number_spaces = 8;
};

// What the minutes print besides the count (app::MinutesData): the document number when the
// congress's secretariat gave one, and from the roll and the ballots, those present and absent
// at the vote and the disagree votes of a list without surplus.
struct MinutesExtras {
  std::optional<int> number;  // "Số 07-BB/ĐH"
  std::vector<election::Session> sessions;
  std::vector<election::SessionAttendance> attendance;
  std::vector<int64_t> disagree;  // per candidate of the round; empty for struck names
};

// `count` is the round's count (ShowCount / CloseRound), `congress` the congress holding the
// election and `organization` its organization, `superior` that organization's superior body
// (printed only when the settings ask), `place` the place on the date line, `entries` the
// round's ballot entries in seq order. The date is that of the close (local time).
pdf::Document MinutesDocument(const app::CountView& count, const planning::Congress& congress,
                              const org::Organization& organization, const std::string& superior,
                              const std::string& place,
                              const std::vector<app::BallotEntryRecord>& entries);
pdf::Document MinutesDocument(const app::CountView& count, const planning::Congress& congress,
                              const org::Organization& organization, const std::string& superior,
                              const std::string& place,
                              const std::vector<app::BallotEntryRecord>& entries,
                              const MinutesSettings& settings);

// What one entry says, as the annex prints it: the struck names by their numbers on the ballot
// ("gạch 2, 4–6"), or the marks ("đồng ý 1–3; không đồng ý 4"), the flags, "hủy" for a
// retraction. `candidates` is the size of the round's list.
// The minutes of app::ShowMinutes's data, with everything it carries.
pdf::Document MinutesDocument(const app::MinutesData& data, const std::string& place,
                              std::optional<int> number, const MinutesSettings& settings = {});

std::string EntryText(const app::BallotEntryRecord& entry, int candidates);

}  // namespace daihoi::report
