#pragma once
// Printed Party documents (minutes, reports, lists) laid out as domain/DOCUMENT-LAYOUT.md says:
// A4, the two-column header with ĐẢNG CỘNG SẢN VIỆT NAM, the title block, a justified 14 pt body,
// tables, the signature block and the recipients, page numbers from page 2.

#include <string>
#include <vector>

#include "common/date.h"
#include "common/result.h"

namespace daihoi::report::pdf {

// Every number of the layout, in one place (DOCUMENT-LAYOUT.md: settings, not literals).
struct LayoutSettings {
  double page_width_mm = 210;  // A4 portrait
  double page_height_mm = 297;
  double margin_top_mm = 20;  // (S) 20 / 20 / 30 / 15
  double margin_bottom_mm = 20;
  double margin_left_mm = 30;
  double margin_right_mm = 15;
  double page_number_top_mm = 10;  // from the top edge, from page 2 (S)
  std::string font_family = "Times New Roman,Liberation Serif";
  double party_name_pt = 15;   // ĐẢNG CỘNG SẢN VIỆT NAM, bold (V)
  double header_pt = 14;       // bodies, number, place and date (V)
  double type_pt = 16;         // document type, capitals, bold (V: 15–16)
  double subject_pt = 14;      // subject line, bold (V)
  double body_pt = 14;         // (S)
  double table_pt = 13;
  double recipients_pt = 12;   // (I)
  double first_line_indent_mm = 10;  // (S)
  double line_spacing = 1.3;         // (S)
  double header_left_share = 0.45;   // share of the text width for the left header column
};

struct Header {
  std::string superior;  // "ĐẢNG BỘ QUẬN BA ĐÌNH" (capitals, regular)
  std::string issuer;    // "BAN KIỂM PHIẾU" (capitals, bold)
  std::string number;    // "Số 12-BB/ĐH"; empty prints no number line
  std::string place;     // "Hà Nội"
  Date date;
};

struct Table {
  std::vector<std::string> columns;
  std::vector<double> widths;     // relative widths, one per column
  std::vector<char> align;        // 'l', 'c' or 'r' per column; left when absent
  std::vector<std::vector<std::string>> rows;
  double font_pt = 0;  // 0: LayoutSettings::table_pt (a long annex may set it smaller)
};

// One block of the body, in reading order. kPageBreak starts the next block on a new page.
struct Block {
  enum class Kind { kParagraph, kHeading, kTable, kSpace, kPageBreak };
  Kind kind = Kind::kParagraph;
  std::string text;     // paragraph or heading text
  bool markup = false;  // text is Pango markup (<b>, <i>) rather than plain text
  Table table;
  bool centred = false;  // a paragraph or heading centred, without indent (an annex's title)
};

struct Signature {
  std::string on_behalf;  // "T/M BAN KIỂM PHIẾU"
  std::string title;      // "TRƯỞNG BAN"
  std::string name;
};

struct Document {
  Header header;
  std::string type;     // "BIÊN BẢN"
  std::string subject;  // "Kiểm phiếu bầu Ban Chấp hành …"
  std::vector<Block> body;
  // Right to left, two to a row: the first is bottom right. A signer without `on_behalf` keeps
  // its line empty so the names of a row stay level.
  std::vector<Signature> signatures;
  std::vector<std::string> recipients;
  std::string footer;  // a small line under the signatures (e.g. the chain head)
  // Annexes (phụ lục) after the signatures and footer, from a new page.
  std::vector<Block> annex;
};

Block Paragraph(std::string text);
// A paragraph of Pango markup (<b>, <i>): operator text in it goes through EscapeMarkup.
Block MarkupParagraph(std::string markup);
Block Heading(std::string text);
Block TableBlock(Table table);
Block PageBreak();

// Plain text → Pango markup, for operator text inside a block with `markup` set.
std::string EscapeMarkup(const std::string& text);

// "Hà Nội, ngày 05 tháng 01 năm 2020": a day below 10 and the months 01 and 02 take a leading
// zero (DOCUMENT-LAYOUT.md, I from the examples).
std::string PlaceAndDate(const std::string& place, Date date);

// Renders the document to PDF bytes.
Result<std::string> Render(const Document& document, const LayoutSettings& settings = {});

}  // namespace daihoi::report::pdf
