#pragma once
// Printed ballots (phiếu bầu cử) laid out as domain/DOCUMENT-LAYOUT.md "Ballots" says: a blank
// area for the convening committee's stamp top left, the congress and its superior beside it,
// the title "PHIẾU BẦU CỬ" with the body and term, a short instruction for the voter, the names
// in ballot order (R-ORDER) in the form R-BALLOT-FORM asks for, and — away from the stamp, bottom
// right — a QR code binding the paper to its election and list. Nothing on a ballot identifies
// the voter: every copy is the same page, with no serial number (DOCUMENT-LAYOUT, I).
//
// QR payload, version 1 (made by app::BallotQrPayload, printed here as given):
//   "DAIHOI-BALLOT/1/<election id>/<list digest>"
// where the list digest is app::BallotListDigest: SHA-256, 64 lower-case hex digits, of the
// canonical text of the election's list (election id, kind, seats, alternates, candidates in
// ballot order with id, NFC name and birth date). The election id holds no "/". A clerk's scan of
// the code tells which election a paper belongs to and whether it was printed from the list now
// on record; the first 12 hex digits are also printed under the list for a person to compare.
//
// Fitting the list (one sheet per ballot, names never wrapped, never below `min_names_pt`):
//  - the struck form tries, from `names_pt` down to `min_names_pt` in `names_step_pt` steps, one
//    column and then two columns (numbered down the first column, then the second), and takes
//    the first that holds every name on its own line;
//  - the agree / disagree form is a four-column table (Số TT, Họ và tên, Đồng ý, Không đồng ý)
//    and shrinks the same way in one column;
//  - when nothing fits, RenderBallots fails with kInvalidInput naming the paper; FitsAtFullSize
//    lets a caller choose A4 beforehand: `daihoi ballot print` prints on A5 when the list fits
//    there at `names_pt` (A5 holds about 20 names in two columns), on A4 otherwise (47 names
//    fit on A4 in two columns at 14 pt).

#include <string>
#include <vector>

#include "common/result.h"

namespace daihoi::report::pdf {

enum class Paper { kA5, kA4 };  // portrait; A5 allowed for ballots (DOCUMENT-LAYOUT)

enum class QrErrorCorrection { kLow, kMedium, kQuartile, kHigh };

// Every dimension of the ballot, in one place (DOCUMENT-LAYOUT: settings, not literals).
struct BallotSettings {
  Paper paper = Paper::kA5;
  int copies = 1;  // pages in the PDF, one ballot each, all identical

  double a5_width_mm = 148;
  double a5_height_mm = 210;
  double a4_width_mm = 210;
  double a4_height_mm = 297;
  double margin_top_mm = 12;
  double margin_bottom_mm = 10;
  double margin_left_mm = 12;
  double margin_right_mm = 12;
  std::string font_family = "Times New Roman,Liberation Serif";

  // The stamp of the convening committee goes top left: a blank area about 40 × 40 mm (V).
  double stamp_width_mm = 40;
  double stamp_height_mm = 40;
  double stamp_gap_mm = 4;  // between the stamp area and the header text
  bool stamp_guide = true;  // a faint dashed outline that shows the area is kept clear
  double stamp_guide_line_pt = 0.4;
  double stamp_guide_dash_pt = 2;
  double stamp_guide_gray = 0.7;  // 0 black … 1 white

  double superior_pt = 12;        // capitals, regular
  double congress_pt = 12;        // capitals, bold
  double title_pt = 17;           // "PHIẾU BẦU CỬ", bold
  double subtitle_pt = 13;        // the body and term, bold
  bool subtitle_capitals = true;  // "BAN CHẤP HÀNH … KHÓA …, NHIỆM KỲ …" (I)
  double title_gap_mm = 3;        // below the stamp band, before the title
  double title_rule_mm = 30;      // length of the short rule under the title block
  double rule_line_pt = 0.6;
  double instruction_pt = 11;  // italic
  double block_gap_mm = 3;     // between blocks (title, instruction, list, footer)

  // Names: large enough to strike through cleanly.
  double names_pt = 14;
  double min_names_pt = 11;
  double names_step_pt = 0.5;
  double name_row_factor = 1.5;  // row height = type size × this
  double number_gap_mm = 2;      // between "12." and the name
  double column_gap_mm = 8;      // between the two columns of a long list
  double list_indent_mm = 6;     // one-column list: from the left margin

  // The agree / disagree table (R-BALLOT-FORM, no surplus).
  double table_header_pt = 11;
  double table_line_pt = 0.6;
  double table_padding_mm = 1.5;
  double box_mm = 5.5;                // the square to mark
  double number_column_share = 0.11;  // shares of the text width
  double agree_column_share = 0.2;
  double disagree_column_share = 0.25;

  // The QR code and the digest line, bottom right and bottom left.
  double qr_size_mm = 24;    // the symbol without its quiet zone
  int qr_quiet_modules = 4;  // ISO/IEC 18004 quiet zone, kept blank around the symbol
  QrErrorCorrection qr_error_correction = QrErrorCorrection::kMedium;
  double digest_pt = 8;
  int digest_chars = 12;  // hex digits of the list digest printed for a person
};

struct BallotSheet {
  std::string superior;  // "ĐẢNG BỘ QUẬN BA ĐÌNH" (capitals, regular)
  std::string congress;  // "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN LẦN THỨ XXVI" (capitals, bold)
  std::string title = "PHIẾU BẦU CỬ";
  std::string subtitle;  // "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025"
  std::vector<std::string> names;  // already in ballot order (R-ORDER)
  // R-BALLOT-FORM: false — numbered names the voter strikes through (a list with a surplus);
  // true — the no-surplus form with "Đồng ý" / "Không đồng ý" boxes per name.
  bool agree_disagree = false;
  std::string instruction;  // a short line for the voter (I); VoterInstruction gives the default
  std::string qr_payload;   // "DAIHOI-BALLOT/1/<election id>/<list digest>"
  std::string list_digest;  // hex; its first `digest_chars` digits are printed
};

// The default instruction line (I): for the struck form, strike the whole name of each person
// not elected and leave at most `max_names`; for the agree / disagree form, mark one box per name.
std::string VoterInstruction(bool agree_disagree, int max_names);

// Whether the sheet's list fits on `settings.paper` at `names_pt` (one or two columns).
bool FitsAtFullSize(const BallotSheet& sheet, const BallotSettings& settings);

// `settings.copies` identical ballots as PDF bytes. kInvalidInput (field "names") for an empty
// list or one that fits on the paper at no allowed size, (field "copies") for copies < 1,
// (field "qr_payload") for an empty payload or one too long for a QR code.
Result<std::string> RenderBallots(const BallotSheet& sheet, const BallotSettings& settings = {});

}  // namespace daihoi::report::pdf
