#pragma once
// The printed ballots (pdf/ballot.h) of a stored election whose list is locked (app/counting.h):
// the names in the locked ballot order, the form R-BALLOT-FORM asks for, and the QR code binding
// the paper to the election and its list digest (app/ballot.h). Used by
// `GET /elections/{id}/ballots.pdf` and `daihoi election ballots`.

#include <optional>
#include <string>

#include "app/counting.h"
#include "common/result.h"
#include "election/profile.h"
#include "org/organization.h"
#include "planning/congress.h"
#include "report/pdf/ballot.h"

namespace daihoi::report {

// Who holds the election, as the ballot's header names it.
struct BallotHeader {
  org::Organization convening;                 // the organization holding the congress
  std::string superior;                        // its parent's name; empty at the top
  std::optional<planning::Congress> congress;  // kind and ordinal; nullopt prints neither
};

// The sheet of the election's ballots: the header in capitals ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
// "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI"), the body and term from the election's
// title ("Bầu Ban Chấp hành …" prints "Ban Chấp hành …, nhiệm kỳ 2020–2025"). kConflict when
// the list is not locked (ballots are printed from the locked list only); kStorage when the
// stored list no longer gives its digest.
Result<pdf::BallotSheet> ElectionBallotSheet(const app::ElectionView& view,
                                             const election::Profile& profile,
                                             const BallotHeader& header);

// `copies` ballots on `paper`; without a paper, A5 when the list fits there at full size, else
// A4 (as `daihoi ballot print`). Errors as pdf::RenderBallots.
Result<std::string> ElectionBallotsPdf(const pdf::BallotSheet& sheet, int copies,
                                       std::optional<pdf::Paper> paper);

}  // namespace daihoi::report
