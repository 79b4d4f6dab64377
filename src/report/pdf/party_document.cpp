#include "report/pdf/party_document.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace daihoi::report::pdf {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

double Mm(double mm) { return mm * kPointsPerMm; }

std::string Escape(const std::string& text) {
  gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string out(escaped);
  g_free(escaped);
  return out;
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

// Draws pages top to bottom; starts a new page when a line would cross the bottom margin.
class Writer {
 public:
  Writer(cairo_t* cr, const LayoutSettings& s) : cr_(cr), s_(s) {
    left_ = Mm(s.margin_left_mm);
    width_ = Mm(s.page_width_mm - s.margin_left_mm - s.margin_right_mm);
    top_ = Mm(s.margin_top_mm);
    bottom_ = Mm(s.page_height_mm - s.margin_bottom_mm);
    y_ = top_;
  }

  double width() const { return width_; }
  double left() const { return left_; }
  double y() const { return y_; }
  void set_y(double y) { y_ = y; }
  double remaining() const { return bottom_ - y_; }

  LayoutPtr Layout(const std::string& markup, double size_pt, double width,
                   PangoAlignment align = PANGO_ALIGN_LEFT, bool justify = false,
                   double indent = 0, double spacing = 1.0) const {
    LayoutPtr layout(pango_cairo_create_layout(cr_));
    PangoFontDescription* font = pango_font_description_from_string(s_.font_family.c_str());
    pango_font_description_set_absolute_size(font, size_pt * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align);
    pango_layout_set_justify(layout.get(), justify);
    pango_layout_set_indent(layout.get(), static_cast<int>(indent * PANGO_SCALE));
    if (spacing != 1.0) pango_layout_set_line_spacing(layout.get(), static_cast<float>(spacing));
    pango_layout_set_markup(layout.get(), markup.c_str(), -1);
    return layout;
  }

  static double Height(PangoLayout* layout) {
    int w = 0;
    int h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  static double InkWidth(PangoLayout* layout) {
    PangoRectangle ink;
    PangoRectangle logical;
    pango_layout_get_extents(layout, &ink, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
  }

  // Draws a whole layout at (x, y) without page breaks.
  void Draw(PangoLayout* layout, double x, double y) {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout);
  }

  // Flows a layout at the cursor, line by line, breaking pages between lines.
  void Flow(PangoLayout* layout, double x) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    double consumed = 0;  // layout-relative y of the first line on this page
    double page_origin = y_;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      double line_top = static_cast<double>(logical.y) / PANGO_SCALE;
      double line_bottom = line_top + static_cast<double>(logical.height) / PANGO_SCALE;
      if (page_origin + (line_bottom - consumed) > bottom_) {
        NewPage();
        consumed = line_top;
        page_origin = y_;
      }
      double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
      PangoRectangle line_logical;
      pango_layout_line_get_extents(pango_layout_iter_get_line_readonly(iter), nullptr,
                                    &line_logical);
      double line_x = x + static_cast<double>(logical.x) / PANGO_SCALE;
      cairo_move_to(cr_, line_x, page_origin + baseline - consumed);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
      y_ = page_origin + line_bottom - consumed;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
  }

  void Rule(double x0, double x1, double y, double width_pt = 0.6) {
    cairo_set_line_width(cr_, width_pt);
    cairo_move_to(cr_, x0, y);
    cairo_line_to(cr_, x1, y);
    cairo_stroke(cr_);
  }

  void Box(double x, double y, double w, double h) {
    cairo_set_line_width(cr_, 0.5);
    cairo_rectangle(cr_, x, y, w, h);
    cairo_stroke(cr_);
  }

  void EnsureRoom(double height) {
    if (y_ + height > bottom_ && y_ > top_) NewPage();
  }

  void NewPage() {
    cairo_show_page(cr_);
    ++page_;
    y_ = top_;
    // Page numbers from page 2, top centre (S).
    LayoutPtr number = Layout(std::to_string(page_), s_.recipients_pt + 1, width_, PANGO_ALIGN_CENTER);
    Draw(number.get(), left_, Mm(s_.page_number_top_mm));
  }

  const LayoutSettings& settings() const { return s_; }

 private:
  cairo_t* cr_;
  const LayoutSettings& s_;
  double left_ = 0;
  double width_ = 0;
  double top_ = 0;
  double bottom_ = 0;
  double y_ = 0;
  int page_ = 1;
};

void DrawHeader(Writer& w, const Header& h) {
  const LayoutSettings& s = w.settings();
  const double left_w = w.width() * s.header_left_share;
  const double right_x = w.left() + left_w;
  const double right_w = w.width() - left_w;
  const double top = w.y();

  // Left: the superior body, the issuer in bold, a centred star, the number (no colon, V).
  std::string left = Escape(h.superior);
  if (!h.issuer.empty()) left += (left.empty() ? "" : "\n") + ("<b>" + Escape(h.issuer) + "</b>");
  left += "\n*";
  if (!h.number.empty()) left += "\n" + Escape(h.number);
  LayoutPtr left_layout = w.Layout(left, s.header_pt, left_w, PANGO_ALIGN_CENTER);
  w.Draw(left_layout.get(), w.left(), top);

  // Right: the party's name in bold capitals with a rule as wide as the text, then the date.
  LayoutPtr party = w.Layout("<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>", s.party_name_pt, right_w,
                             PANGO_ALIGN_CENTER);
  w.Draw(party.get(), right_x, top);
  const double party_h = Writer::Height(party.get());
  const double text_w = Writer::InkWidth(party.get());
  const double rule_y = top + party_h + 1.5;
  w.Rule(right_x + (right_w - text_w) / 2, right_x + (right_w + text_w) / 2, rule_y);
  LayoutPtr date = w.Layout("<i>" + Escape(PlaceAndDate(h.place, h.date)) + "</i>", s.header_pt,
                            right_w, PANGO_ALIGN_CENTER);
  w.Draw(date.get(), right_x, rule_y + 6);

  const double bottom = std::max(top + Writer::Height(left_layout.get()),
                                 rule_y + 6 + Writer::Height(date.get()));
  w.set_y(bottom + Mm(8));
}

void DrawTitle(Writer& w, const Document& d) {
  const LayoutSettings& s = w.settings();
  if (!d.type.empty()) {
    LayoutPtr type = w.Layout("<b>" + Escape(d.type) + "</b>", s.type_pt, w.width(),
                              PANGO_ALIGN_CENTER);
    w.Draw(type.get(), w.left(), w.y());
    w.set_y(w.y() + Writer::Height(type.get()));
  }
  if (!d.subject.empty()) {
    LayoutPtr subject = w.Layout("<b>" + Escape(d.subject) + "</b>", s.subject_pt, w.width(),
                                 PANGO_ALIGN_CENTER);
    w.Draw(subject.get(), w.left(), w.y());
    w.set_y(w.y() + Writer::Height(subject.get()));
  }
  // A short rule under the title block (S).
  const double centre = w.left() + w.width() / 2;
  w.Rule(centre - Mm(15), centre + Mm(15), w.y() + 4);
  w.set_y(w.y() + Mm(8));
}

void DrawTable(Writer& w, const Table& t) {
  const LayoutSettings& s = w.settings();
  const size_t n = t.columns.size();
  if (n == 0) return;
  std::vector<double> share(n, 1.0);
  for (size_t i = 0; i < n && i < t.widths.size(); ++i) share[i] = t.widths[i];
  const double total = std::accumulate(share.begin(), share.end(), 0.0);
  std::vector<double> col_w(n);
  for (size_t i = 0; i < n; ++i) col_w[i] = w.width() * share[i] / total;
  const double pad = 3;

  auto row_layouts = [&](const std::vector<std::string>& cells, bool bold) {
    std::vector<LayoutPtr> layouts;
    double height = 0;
    for (size_t i = 0; i < n; ++i) {
      std::string text = i < cells.size() ? Escape(cells[i]) : "";
      if (bold) text = "<b>" + text + "</b>";
      char a = bold ? 'c' : (i < t.align.size() ? t.align[i] : 'l');
      PangoAlignment align =
          a == 'r' ? PANGO_ALIGN_RIGHT : a == 'c' ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
      layouts.push_back(w.Layout(text, s.table_pt, col_w[i] - 2 * pad, align));
      height = std::max(height, Writer::Height(layouts.back().get()));
    }
    return std::make_pair(std::move(layouts), height + 2 * pad);
  };
  auto draw_row = [&](std::vector<LayoutPtr>& layouts, double height) {
    double x = w.left();
    for (size_t i = 0; i < n; ++i) {
      w.Box(x, w.y(), col_w[i], height);
      w.Draw(layouts[i].get(), x + pad, w.y() + pad);
      x += col_w[i];
    }
    w.set_y(w.y() + height);
  };

  auto [head, head_h] = row_layouts(t.columns, true);
  w.EnsureRoom(head_h * 2);
  draw_row(head, head_h);
  for (const auto& row : t.rows) {
    auto [cells, h] = row_layouts(row, false);
    if (h > w.remaining()) {
      w.NewPage();
      auto [again, again_h] = row_layouts(t.columns, true);  // the header repeats on each page
      draw_row(again, again_h);
    }
    draw_row(cells, h);
  }
  w.set_y(w.y() + Mm(3));
}

void DrawClosing(Writer& w, const Document& d) {
  const LayoutSettings& s = w.settings();
  const double half = w.width() / 2;
  std::vector<LayoutPtr> signatures;
  double sig_h = 0;
  for (const Signature& sig : d.signatures) {
    std::string markup = "<b>" + Escape(sig.on_behalf);
    if (!sig.title.empty()) markup += "\n" + Escape(sig.title);
    markup += "\n\n\n\n" + Escape(sig.name) + "</b>";
    signatures.push_back(w.Layout(markup, s.body_pt, half, PANGO_ALIGN_CENTER));
    sig_h = std::max(sig_h, Writer::Height(signatures.back().get()));
  }
  std::string recipients;
  if (!d.recipients.empty()) {
    recipients = "<b><i><u>Nơi nhận:</u></i></b>";
    for (const std::string& r : d.recipients) recipients += "\n- " + Escape(r);
  }
  LayoutPtr rec = w.Layout(recipients, s.recipients_pt, half);
  const double rows = static_cast<double>((signatures.size() + 1) / 2);
  w.EnsureRoom(std::max(sig_h * rows, Writer::Height(rec.get())) + Mm(6));
  const double top = w.y() + Mm(6);
  // The first signature bottom right, the second to its left, then the next row.
  for (size_t i = 0; i < signatures.size(); ++i) {
    double x = w.left() + ((i % 2 == 0) ? half : 0);
    double y = top + static_cast<double>(i / 2) * sig_h;
    if (i == 1 && !d.recipients.empty()) y += Writer::Height(rec.get());
    w.Draw(signatures[i].get(), x, y);
  }
  if (!d.recipients.empty()) w.Draw(rec.get(), w.left(), top);
  w.set_y(top + std::max(sig_h * rows, Writer::Height(rec.get())));
  if (!d.footer.empty()) {
    LayoutPtr footer = w.Layout("<small>" + Escape(d.footer) + "</small>", s.recipients_pt - 2,
                                w.width());
    w.EnsureRoom(Writer::Height(footer.get()) + Mm(4));
    w.Draw(footer.get(), w.left(), w.y() + Mm(4));
  }
}

}  // namespace

Block Paragraph(std::string text) {
  Block b;
  b.text = std::move(text);
  return b;
}

Block Heading(std::string text) {
  Block b;
  b.kind = Block::Kind::kHeading;
  b.text = std::move(text);
  return b;
}

Block TableBlock(Table table) {
  Block b;
  b.kind = Block::Kind::kTable;
  b.table = std::move(table);
  return b;
}

std::string PlaceAndDate(const std::string& place, Date date) {
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  const int month = date.month();
  std::string month_text = month <= 2 ? two(month) : std::to_string(month);
  std::string text = "ngày " + two(date.day()) + " tháng " + month_text + " năm " +
                     std::to_string(date.year());
  return place.empty() ? text : place + ", " + text;
}

Result<std::string> Render(const Document& d, const LayoutSettings& s) {
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(Append, &bytes, Mm(s.page_width_mm), Mm(s.page_height_mm));
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                 (d.type + " " + d.subject).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "daihoi");
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  {
    Writer w(cr, s);
    DrawHeader(w, d.header);
    DrawTitle(w, d);
    for (const Block& block : d.body) {
      switch (block.kind) {
        case Block::Kind::kParagraph: {
          std::string markup = block.markup ? block.text : Escape(block.text);
          LayoutPtr layout = w.Layout(markup, s.body_pt, w.width(), PANGO_ALIGN_LEFT, true,
                                      Mm(s.first_line_indent_mm), s.line_spacing);
          w.Flow(layout.get(), w.left());
          w.set_y(w.y() + 3);
          break;
        }
        case Block::Kind::kHeading: {
          std::string markup = "<b>" + (block.markup ? block.text : Escape(block.text)) + "</b>";
          LayoutPtr layout = w.Layout(markup, s.body_pt, w.width(), PANGO_ALIGN_LEFT, false, 0,
                                      s.line_spacing);
          w.EnsureRoom(Writer::Height(layout.get()) * 3);  // keep a heading with what follows
          w.set_y(w.y() + 4);
          w.Flow(layout.get(), w.left());
          w.set_y(w.y() + 2);
          break;
        }
        case Block::Kind::kTable: DrawTable(w, block.table); break;
        case Block::Kind::kSpace: w.set_y(w.y() + Mm(5)); break;
      }
    }
    DrawClosing(w, d);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Error{ErrorCode::kInternal, std::string("PDF: ") + cairo_status_to_string(status)};
  }
  return bytes;
}

}  // namespace daihoi::report::pdf
