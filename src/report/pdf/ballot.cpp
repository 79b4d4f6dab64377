#include "report/pdf/ballot.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <utility>

#include "report/pdf/pango_text.h"

namespace daihoi::report::pdf {
namespace {

using internal::Escape;
using internal::LayoutHeight;
using internal::LayoutPtr;
using internal::LayoutWidth;
using internal::Mm;
using internal::TextStyle;

// A size compared against a size: half a hundredth of a point is the same size.
constexpr double kEpsilon = 0.005;

// The page in points.
struct Frame {
  double width = 0;
  double height = 0;
  double left = 0;
  double right = 0;
  double top = 0;
  double bottom = 0;
  double text_width() const { return right - left; }
};

Frame FrameOf(const BallotSettings& s) {
  Frame f;
  const bool a4 = s.paper == Paper::kA4;
  f.width = Mm(a4 ? s.a4_width_mm : s.a5_width_mm);
  f.height = Mm(a4 ? s.a4_height_mm : s.a5_height_mm);
  f.left = Mm(s.margin_left_mm);
  f.right = f.width - Mm(s.margin_right_mm);
  f.top = Mm(s.margin_top_mm);
  f.bottom = f.height - Mm(s.margin_bottom_mm);
  return f;
}

// Unicode capitals (Vietnamese has no locale-specific case rules): "khóa" → "KHÓA".
std::string Upper(const std::string& text) {
  gchar* upper = g_utf8_strup(text.c_str(), static_cast<gssize>(text.size()));
  std::string out(upper);
  g_free(upper);
  return out;
}

// "2020 – 2025" never breaks at its dash: the spaces around a dash become no-break spaces, and
// a word joiner follows the dash (a line may otherwise break after a dash, UAX #14 LB12a).
std::string KeepTermTogether(std::string text) {
  for (const char* dash : {" – ", " - "}) {
    const std::string from(dash);
    std::string to = from;
    to.replace(to.size() - 1, 1, "\u2060\u00A0");
    to.replace(0, 1, "\u00A0");
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

const char* PaperName(Paper paper) { return paper == Paper::kA4 ? "A4" : "A5"; }

struct PlacedText {
  LayoutPtr layout;
  double x = 0;
  double y = 0;
};
struct Segment {
  double x0, y0, x1, y1, width;
};
struct Rect {
  double x, y, w, h;
};

// Everything one ballot page draws, positioned once and drawn once per copy.
struct Plan {
  std::vector<PlacedText> texts;
  std::vector<Segment> segments;
  std::vector<Rect> boxes;  // stroked at table_line_pt
  std::vector<Rect> qr;     // dark modules, filled as one path
  Rect stamp{};
  bool stamp_guide = false;
  double names_pt = 0;  // the size the list was set at
  int columns = 1;
};

struct QrDeleter {
  void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrDeleter>;

QRecLevel Level(QrErrorCorrection level) {
  switch (level) {
    case QrErrorCorrection::kLow:
      return QR_ECLEVEL_L;
    case QrErrorCorrection::kMedium:
      return QR_ECLEVEL_M;
    case QrErrorCorrection::kQuartile:
      return QR_ECLEVEL_Q;
    case QrErrorCorrection::kHigh:
      return QR_ECLEVEL_H;
  }
  return QR_ECLEVEL_M;
}

Result<QrPtr> EncodeQr(const std::string& payload, QrErrorCorrection level) {
  if (payload.empty()) return InvalidInput("qr_payload: empty", "qr_payload");
  // Byte mode, case kept: the payload holds lower-case hex.
  QrPtr code(QRcode_encodeString(payload.c_str(), 0, Level(level), QR_MODE_8, 1));
  if (!code) {
    return InvalidInput(
        "qr_payload: too long for a QR code (" + std::to_string(payload.size()) + " bytes)",
        "qr_payload");
  }
  return code;
}

class Planner {
 public:
  Planner(cairo_t* cr, const BallotSheet& sheet, const BallotSettings& s)
      : cr_(cr), sheet_(sheet), s_(s), f_(FrameOf(s)) {}

  LayoutPtr Text(const std::string& markup, double size_pt, double width,
                 PangoAlignment align = PANGO_ALIGN_LEFT) const {
    return internal::MakeLayout(cr_, s_.font_family, markup, TextStyle{size_pt, width, align});
  }

  // A single line that never wraps (a name to strike through is never broken).
  LayoutPtr Line(const std::string& markup, double size_pt) const {
    LayoutPtr layout = Text(markup, size_pt, 0);
    pango_layout_set_width(layout.get(), -1);
    return layout;
  }

  // Stamp area, header beside it, title block, instruction. Returns the y below them.
  double Top(Plan& plan) const {
    plan.stamp = {f_.left, f_.top, Mm(s_.stamp_width_mm), Mm(s_.stamp_height_mm)};
    plan.stamp_guide = s_.stamp_guide;

    // The congress and its superior, centred in the width right of the stamp area.
    const double header_x = f_.left + Mm(s_.stamp_width_mm + s_.stamp_gap_mm);
    const double header_w = f_.right - header_x;
    double y = f_.top;
    auto add = [&](LayoutPtr layout, double x, double at) {
      const double h = LayoutHeight(layout.get());
      plan.texts.push_back({std::move(layout), x, at});
      return h;
    };
    if (!sheet_.superior.empty()) {
      y += add(Text(Escape(sheet_.superior), s_.superior_pt, header_w, PANGO_ALIGN_CENTER),
               header_x, y);
    }
    if (!sheet_.congress.empty()) {
      y += add(Text("<b>" + Escape(sheet_.congress) + "</b>", s_.congress_pt, header_w,
                    PANGO_ALIGN_CENTER),
               header_x, y);
    }
    y += add(Text("*", s_.congress_pt, header_w, PANGO_ALIGN_CENTER), header_x, y);

    y = std::max(y, f_.top + Mm(s_.stamp_height_mm)) + Mm(s_.title_gap_mm);
    const double w = f_.text_width();
    y += add(Text("<b>" + Escape(sheet_.title) + "</b>", s_.title_pt, w, PANGO_ALIGN_CENTER),
             f_.left, y);
    if (!sheet_.subtitle.empty()) {
      // Capitals in the text itself, so that the PDF's text reads as the page looks.
      const std::string subtitle =
          KeepTermTogether(s_.subtitle_capitals ? Upper(sheet_.subtitle) : sheet_.subtitle);
      y += add(Text("<b>" + Escape(subtitle) + "</b>", s_.subtitle_pt, w, PANGO_ALIGN_CENTER),
               f_.left, y);
    }
    // A short rule under the title block (S).
    const double centre = f_.left + w / 2;
    y += Mm(s_.block_gap_mm) / 2;
    plan.segments.push_back({centre - Mm(s_.title_rule_mm) / 2, y,
                             centre + Mm(s_.title_rule_mm) / 2, y, s_.rule_line_pt});
    y += Mm(s_.block_gap_mm) / 2;
    if (!sheet_.instruction.empty()) {
      y += add(Text("<i>" + Escape(sheet_.instruction) + "</i>", s_.instruction_pt, w,
                    PANGO_ALIGN_CENTER),
               f_.left, y);
    }
    return y + Mm(s_.block_gap_mm);
  }

  // The QR code bottom right with its quiet zone kept blank, the digest line bottom left.
  // Returns the lowest y the list may reach.
  double Footer(Plan& plan, const QRcode& code) const {
    const double size = Mm(s_.qr_size_mm);
    const double module = size / code.width;
    const double quiet = module * s_.qr_quiet_modules;
    // The quiet zone may lie in the margin but not off the page.
    const double x = std::min(f_.right, f_.width - quiet) - size;
    const double y = std::min(f_.bottom, f_.height - quiet) - size;
    for (int row = 0; row < code.width; ++row) {
      int column = 0;
      while (column < code.width) {
        auto dark = [&](int c) { return (code.data[row * code.width + c] & 1) != 0; };
        if (!dark(column)) {
          ++column;
          continue;
        }
        int end = column;
        while (end < code.width && dark(end)) ++end;
        plan.qr.push_back({x + column * module, y + row * module, (end - column) * module, module});
        column = end;
      }
    }
    if (!sheet_.list_digest.empty()) {
      const std::string digest =
          sheet_.list_digest.substr(0, static_cast<size_t>(std::max(0, s_.digest_chars)));
      LayoutPtr line = Text(Escape("Mã danh sách: " + digest), s_.digest_pt, x - quiet - f_.left);
      const double h = LayoutHeight(line.get());
      plan.texts.push_back({std::move(line), f_.left, f_.bottom - h});
    }
    return y - quiet - Mm(s_.block_gap_mm);
  }

  // R-BALLOT-FORM with a surplus: numbered names, each on its own line, to strike through.
  bool StruckList(Plan& plan, double top, double bottom, double size, bool allow_two) const {
    const size_t n = sheet_.names.size();
    const double row_h = size * s_.name_row_factor;
    const int rows_fit = static_cast<int>(std::floor((bottom - top) / row_h + kEpsilon));
    if (rows_fit <= 0) return false;
    std::vector<LayoutPtr> names;
    double name_w = 0;
    for (const std::string& name : sheet_.names) {
      names.push_back(Line(Escape(name), size));
      name_w = std::max(name_w, LayoutWidth(names.back().get()));
    }
    const double number_w = LayoutWidth(Line(std::to_string(n) + ".", size).get());
    const double entry_w = number_w + Mm(s_.number_gap_mm) + name_w;
    for (int columns = 1; columns <= (allow_two ? 2 : 1); ++columns) {
      const double column_w = columns == 1 ? f_.text_width() - 2 * Mm(s_.list_indent_mm)
                                           : (f_.text_width() - Mm(s_.column_gap_mm)) / 2;
      if (static_cast<size_t>(rows_fit) * static_cast<size_t>(columns) < n) continue;
      if (entry_w > column_w + kEpsilon) continue;
      const size_t rows = (n + static_cast<size_t>(columns) - 1) / static_cast<size_t>(columns);
      // One column: the block is centred. Two: each column starts at its left edge.
      const double x0 = columns == 1 ? f_.left + (f_.text_width() - entry_w) / 2 : f_.left;
      for (size_t index = 0; index < n; ++index) {
        const size_t column = index / rows;
        const size_t row = index % rows;
        const double x = x0 + static_cast<double>(column) * (column_w + Mm(s_.column_gap_mm));
        const double row_top = top + static_cast<double>(row) * row_h;
        LayoutPtr number = Text(std::to_string(index + 1) + ".", size, number_w, PANGO_ALIGN_RIGHT);
        const double text_h = LayoutHeight(names[index].get());
        const double y = row_top + (row_h - text_h) / 2;
        plan.texts.push_back({std::move(number), x, y});
        plan.texts.push_back({std::move(names[index]), x + number_w + Mm(s_.number_gap_mm), y});
      }
      plan.names_pt = size;
      plan.columns = columns;
      return true;
    }
    return false;
  }

  // R-BALLOT-FORM without a surplus: Số TT, Họ và tên, Đồng ý, Không đồng ý, a box in each of
  // the last two.
  bool AgreeTable(Plan& plan, double top, double bottom, double size) const {
    const double w = f_.text_width();
    const double shares[4] = {
        s_.number_column_share,
        1 - s_.number_column_share - s_.agree_column_share - s_.disagree_column_share,
        s_.agree_column_share, s_.disagree_column_share};
    double widths[4];
    for (int c = 0; c < 4; ++c) widths[c] = w * shares[c];
    const double pad = Mm(s_.table_padding_mm);
    const double box = Mm(s_.box_mm);

    const char* headings[4] = {"Số TT", "Họ và tên", "Đồng ý", "Không đồng ý"};
    std::vector<LayoutPtr> head;
    double head_h = 0;
    for (int c = 0; c < 4; ++c) {
      head.push_back(Text(std::string("<b>") + headings[c] + "</b>", s_.table_header_pt,
                          widths[c] - 2 * pad, PANGO_ALIGN_CENTER));
      head_h = std::max(head_h, LayoutHeight(head.back().get()));
    }
    head_h += 2 * pad;
    const double row_h = std::max(size * s_.name_row_factor, box + 2 * pad);
    const size_t n = sheet_.names.size();
    if (top + head_h + static_cast<double>(n) * row_h > bottom + kEpsilon) return false;
    std::vector<LayoutPtr> names;
    for (const std::string& name : sheet_.names) {
      names.push_back(Line(Escape(name), size));
      if (LayoutWidth(names.back().get()) > widths[1] - 2 * pad + kEpsilon) return false;
    }

    auto cell_x = [&](int c) {
      double x = f_.left;
      for (int k = 0; k < c; ++k) x += widths[k];
      return x;
    };
    for (int c = 0; c < 4; ++c) {
      plan.boxes.push_back({cell_x(c), top, widths[c], head_h});
      const double h = LayoutHeight(head[static_cast<size_t>(c)].get());
      plan.texts.push_back(
          {std::move(head[static_cast<size_t>(c)]), cell_x(c) + pad, top + (head_h - h) / 2});
    }
    double y = top + head_h;
    for (size_t index = 0; index < n; ++index) {
      for (int c = 0; c < 4; ++c) plan.boxes.push_back({cell_x(c), y, widths[c], row_h});
      LayoutPtr number =
          Text(std::to_string(index + 1), size, widths[0] - 2 * pad, PANGO_ALIGN_CENTER);
      const double number_h = LayoutHeight(number.get());
      plan.texts.push_back({std::move(number), cell_x(0) + pad, y + (row_h - number_h) / 2});
      const double name_h = LayoutHeight(names[index].get());
      plan.texts.push_back({std::move(names[index]), cell_x(1) + pad, y + (row_h - name_h) / 2});
      for (int c = 2; c < 4; ++c) {  // the square to mark, centred in its cell
        plan.boxes.push_back({cell_x(c) + (widths[c] - box) / 2, y + (row_h - box) / 2, box, box});
      }
      y += row_h;
    }
    plan.names_pt = size;
    plan.columns = 1;
    return true;
  }

  // Sets the list at the largest size that fits, down to `smallest`.
  bool List(Plan& plan, double top, double bottom, double smallest) const {
    for (double size = s_.names_pt; size >= smallest - kEpsilon; size -= s_.names_step_pt) {
      Plan attempt;
      const bool fits = sheet_.agree_disagree ? AgreeTable(attempt, top, bottom, size)
                                              : StruckList(attempt, top, bottom, size, true);
      if (fits) {
        for (PlacedText& text : attempt.texts) plan.texts.push_back(std::move(text));
        plan.boxes = std::move(attempt.boxes);
        plan.names_pt = attempt.names_pt;
        plan.columns = attempt.columns;
        return true;
      }
      if (s_.names_step_pt <= 0) break;
    }
    return false;
  }

  const Frame& frame() const { return f_; }

 private:
  cairo_t* cr_;
  const BallotSheet& sheet_;
  const BallotSettings& s_;
  Frame f_;
};

Status CheckSheet(const BallotSheet& sheet, const BallotSettings& s) {
  if (sheet.names.empty()) return InvalidInput("names: the list is empty", "names");
  if (s.copies < 1) return InvalidInput("copies: at least 1", "copies");
  return {};
}

// Lays the page out with `cr` (for measuring); `smallest` is the least type size allowed.
Result<Plan> MakePlan(cairo_t* cr, const BallotSheet& sheet, const BallotSettings& s,
                      double smallest) {
  Result<QrPtr> code = EncodeQr(sheet.qr_payload, s.qr_error_correction);
  if (!code) return code.error();
  Planner planner(cr, sheet, s);
  Plan plan;
  const double list_top = planner.Top(plan);
  const double list_bottom = planner.Footer(plan, **code);
  if (!planner.List(plan, list_top, list_bottom, smallest)) {
    char size[16];
    std::snprintf(size, sizeof size, "%g", smallest);
    return InvalidInput("names: " + std::to_string(sheet.names.size()) +
                            " names do not fit on one " + PaperName(s.paper) + " ballot at " +
                            size + " pt or more" + (s.paper == Paper::kA5 ? "; print on A4" : ""),
                        "names");
  }
  return plan;
}

void Draw(cairo_t* cr, const Plan& plan, const BallotSettings& s) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  if (plan.stamp_guide) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, s.stamp_guide_gray, s.stamp_guide_gray, s.stamp_guide_gray);
    cairo_set_line_width(cr, s.stamp_guide_line_pt);
    const double dash = s.stamp_guide_dash_pt;
    cairo_set_dash(cr, &dash, 1, 0);
    cairo_rectangle(cr, plan.stamp.x, plan.stamp.y, plan.stamp.w, plan.stamp.h);
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  for (const PlacedText& text : plan.texts) {
    cairo_move_to(cr, text.x, text.y);
    pango_cairo_show_layout(cr, text.layout.get());
  }
  for (const Segment& segment : plan.segments) {
    cairo_set_line_width(cr, segment.width);
    cairo_move_to(cr, segment.x0, segment.y0);
    cairo_line_to(cr, segment.x1, segment.y1);
    cairo_stroke(cr);
  }
  cairo_set_line_width(cr, s.table_line_pt);
  for (const Rect& box : plan.boxes) cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  cairo_stroke(cr);
  // One path for the whole symbol: no seams between modules when rasterized.
  for (const Rect& module : plan.qr) cairo_rectangle(cr, module.x, module.y, module.w, module.h);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill(cr);
}

cairo_status_t Discard(void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }

}  // namespace

std::string VoterInstruction(bool agree_disagree, int max_names) {
  if (agree_disagree) {
    return "Mỗi dòng đánh dấu (X) vào một ô: “Đồng ý” hoặc “Không đồng ý”.";
  }
  return "Gạch ngang cả họ và tên người không bầu; giữ lại không quá " + std::to_string(max_names) +
         " người.";
}

bool FitsAtFullSize(const BallotSheet& sheet, const BallotSettings& s) {
  if (!CheckSheet(sheet, s)) return false;
  const Frame f = FrameOf(s);
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(Discard, nullptr, f.width, f.height);
  cairo_t* cr = cairo_create(surface);
  const bool fits = MakePlan(cr, sheet, s, s.names_pt).ok();
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  return fits;
}

Result<std::string> RenderBallots(const BallotSheet& sheet, const BallotSettings& s) {
  if (Status checked = CheckSheet(sheet, s); !checked) return checked.error();
  const Frame f = FrameOf(s);
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(internal::AppendToString, &bytes, f.width, f.height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                 (sheet.title + " " + sheet.subtitle).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "daihoi");
  cairo_t* cr = cairo_create(surface);
  Status drawn;
  {
    Result<Plan> plan = MakePlan(cr, sheet, s, s.min_names_pt);
    if (plan) {
      for (int copy = 0; copy < s.copies; ++copy) {
        Draw(cr, *plan, s);
        cairo_show_page(cr);
      }
    } else {
      drawn = plan.error();
    }
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (!drawn) return drawn.error();
  if (status != CAIRO_STATUS_SUCCESS) {
    return Error{ErrorCode::kInternal, std::string("PDF: ") + cairo_status_to_string(status)};
  }
  return bytes;
}

}  // namespace daihoi::report::pdf
