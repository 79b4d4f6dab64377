#include "report/pdf/party_document.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <numeric>

#include "report/pdf/pango_text.h"

namespace daihoi::report::pdf {
namespace {

using internal::Escape;
using internal::LayoutPtr;
using internal::Mm;

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
    return internal::MakeLayout(cr_, s_.font_family, markup,
                                {size_pt, width, align, justify, indent, spacing});
  }

  static double Height(PangoLayout* layout) { return internal::LayoutHeight(layout); }

  static double InkWidth(PangoLayout* layout) { return internal::LayoutWidth(layout); }

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

  // A new page unless the cursor already stands at the top of an empty one.
  void BreakPage() {
    if (y_ > top_) NewPage();
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

// A table's columns on the page, and its rows laid out in them.
class TableLayout {
 public:
  static constexpr double kPad = 3;

  TableLayout(const Writer& w, const Table& t) : w_(w), t_(t), n_(t.columns.size()) {
    std::vector<double> share(n_, 1.0);
    for (size_t i = 0; i < n_ && i < t.widths.size(); ++i) share[i] = t.widths[i];
    const double total = std::accumulate(share.begin(), share.end(), 0.0);
    for (size_t i = 0; i < n_; ++i) col_w_.push_back(w.width() * share[i] / total);
  }

  size_t columns() const { return n_; }
  double column_width(size_t i) const { return col_w_[i]; }

  // The cells of one row (the header in bold, centred) and the row's height.
  std::pair<std::vector<LayoutPtr>, double> Row(const std::vector<std::string>& cells,
                                                bool bold) const {
    std::vector<LayoutPtr> layouts;
    double height = 0;
    for (size_t i = 0; i < n_; ++i) {
      std::string text = i < cells.size() ? Escape(cells[i]) : "";
      if (bold) text = "<b>" + text + "</b>";
      char a = bold ? 'c' : (i < t_.align.size() ? t_.align[i] : 'l');
      PangoAlignment align =
          a == 'r' ? PANGO_ALIGN_RIGHT : a == 'c' ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
      const double size = t_.font_pt > 0 ? t_.font_pt : w_.settings().table_pt;
      layouts.push_back(w_.Layout(text, size, col_w_[i] - 2 * kPad, align));
      height = std::max(height, Writer::Height(layouts.back().get()));
    }
    return std::make_pair(std::move(layouts), height + 2 * kPad);
  }

  // The header and the first row: what must fit for the table to start on this page.
  double Lead() const {
    double lead = Row(t_.columns, true).second;
    if (!t_.rows.empty()) lead += Row(t_.rows.front(), false).second;
    return lead;
  }

 private:
  const Writer& w_;
  const Table& t_;
  size_t n_;
  std::vector<double> col_w_;
};

void DrawTable(Writer& w, const Table& t) {
  const TableLayout layout(w, t);
  const size_t n = layout.columns();
  if (n == 0) return;
  auto draw_row = [&](std::vector<LayoutPtr>& layouts, double height) {
    double x = w.left();
    for (size_t i = 0; i < n; ++i) {
      w.Box(x, w.y(), layout.column_width(i), height);
      w.Draw(layouts[i].get(), x + TableLayout::kPad, w.y() + TableLayout::kPad);
      x += layout.column_width(i);
    }
    w.set_y(w.y() + height);
  };

  w.EnsureRoom(layout.Lead());
  auto [head, head_h] = layout.Row(t.columns, true);
  draw_row(head, head_h);
  for (const auto& row : t.rows) {
    auto [cells, h] = layout.Row(row, false);
    if (h > w.remaining()) {
      w.NewPage();
      auto [again, again_h] = layout.Row(t.columns, true);  // the header repeats on each page
      draw_row(again, again_h);
    }
    draw_row(cells, h);
  }
  w.set_y(w.y() + Mm(3));
}

// The signatures and recipients, laid out once: Render keeps the last paragraph of the body with
// the first row (a page of signatures alone is not a document).
struct Closing {
  std::vector<LayoutPtr> signatures;
  LayoutPtr recipients;
  double recipients_h = 0;
  double first_row_h = 0;  // with the gap above it
};

constexpr double kFirstRowGapMm = 6;

Closing LayoutClosing(Writer& w, const Document& d) {
  const LayoutSettings& s = w.settings();
  const double half = w.width() / 2;
  Closing c;
  for (const Signature& sig : d.signatures) {
    std::string markup = "<b>" + Escape(sig.on_behalf);
    if (!sig.title.empty()) markup += "\n" + Escape(sig.title);
    markup += "\n\n\n\n" + Escape(sig.name) + "</b>";
    c.signatures.push_back(w.Layout(markup, s.body_pt, half, PANGO_ALIGN_CENTER));
  }
  std::string recipients;
  if (!d.recipients.empty()) {
    recipients = "<b><i><u>Nơi nhận:</u></i></b>";
    for (const std::string& r : d.recipients) recipients += "\n- " + Escape(r);
  }
  c.recipients = w.Layout(recipients, s.recipients_pt, half);
  c.recipients_h = d.recipients.empty() ? 0 : Writer::Height(c.recipients.get());
  c.first_row_h = c.recipients_h;
  const size_t first_row = d.recipients.empty() ? 2 : 1;
  for (size_t k = 0; k < c.signatures.size() && k < first_row; ++k) {
    c.first_row_h = std::max(c.first_row_h, Writer::Height(c.signatures[k].get()));
  }
  c.first_row_h += Mm(kFirstRowGapMm);
  return c;
}

void DrawClosing(Writer& w, const Document& d, const Closing& c) {
  const LayoutSettings& s = w.settings();
  const double half = w.width() / 2;
  const std::vector<LayoutPtr>& signatures = c.signatures;
  const LayoutPtr& rec = c.recipients;
  const double rec_h = c.recipients_h;
  // Row by row, so that a committee of many signers breaks between rows: the first row has the
  // first signature on the right and the recipients (or the second signature) on the left.
  size_t next = 0;
  for (bool first_row = true; first_row || next < signatures.size(); first_row = false) {
    const bool with_recipients = first_row && !d.recipients.empty();
    const size_t in_row = std::min<size_t>(with_recipients ? 1 : 2, signatures.size() - next);
    double row_h = with_recipients ? rec_h : 0;
    for (size_t k = 0; k < in_row; ++k) {
      row_h = std::max(row_h, Writer::Height(signatures[next + k].get()));
    }
    const double gap = first_row ? Mm(kFirstRowGapMm) : Mm(4);
    w.EnsureRoom(gap + row_h);
    const double top = w.y() + gap;
    if (with_recipients) w.Draw(rec.get(), w.left(), top);
    for (size_t k = 0; k < in_row; ++k) {
      w.Draw(signatures[next + k].get(), w.left() + (k == 0 ? half : 0), top);
    }
    next += in_row;
    w.set_y(top + row_h);
  }
  if (!d.footer.empty()) {
    LayoutPtr footer = w.Layout("<small>" + Escape(d.footer) + "</small>", s.recipients_pt - 2,
                                w.width());
    w.EnsureRoom(Writer::Height(footer.get()) + Mm(4));
    w.Draw(footer.get(), w.left(), w.y() + Mm(4));
  }
}

LayoutPtr ParagraphLayout(const Writer& w, const Block& block) {
  const LayoutSettings& s = w.settings();
  std::string markup = block.markup ? block.text : Escape(block.text);
  return w.Layout(markup, s.body_pt, w.width(),
                  block.centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT, !block.centred,
                  block.centred ? 0 : Mm(s.first_line_indent_mm), s.line_spacing);
}

void DrawBlock(Writer& w, const Block& block) {
  const LayoutSettings& s = w.settings();
  const PangoAlignment align = block.centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  switch (block.kind) {
    case Block::Kind::kParagraph: {
      LayoutPtr layout = ParagraphLayout(w, block);
      w.Flow(layout.get(), w.left());
      w.set_y(w.y() + 3);
      break;
    }
    case Block::Kind::kHeading: {
      std::string markup = "<b>" + (block.markup ? block.text : Escape(block.text)) + "</b>";
      LayoutPtr layout = w.Layout(markup, s.body_pt, w.width(), align, false, 0, s.line_spacing);
      w.EnsureRoom(Writer::Height(layout.get()) * 3);  // keep a heading with what follows
      w.set_y(w.y() + 4);
      w.Flow(layout.get(), w.left());
      w.set_y(w.y() + 2);
      break;
    }
    case Block::Kind::kTable:
      DrawTable(w, block.table);
      break;
    case Block::Kind::kSpace:
      w.set_y(w.y() + Mm(5));
      break;
    case Block::Kind::kPageBreak:
      w.BreakPage();
      break;
  }
}

// The room block k needs so as not to be left alone at the foot of a page: a paragraph that
// introduces a table stays with the table's header and first row, a heading with the paragraph
// (and table) it introduces. 0 when the block may stand alone.
double KeepWithNext(const Writer& w, const std::vector<Block>& blocks, size_t k) {
  auto kind = [&](size_t i) { return i < blocks.size() ? blocks[i].kind : Block::Kind::kSpace; };
  auto paragraph_with_table = [&](size_t i) {
    if (kind(i) != Block::Kind::kParagraph || kind(i + 1) != Block::Kind::kTable) return 0.0;
    return Writer::Height(ParagraphLayout(w, blocks[i]).get()) +
           TableLayout(w, blocks[i + 1].table).Lead();
  };
  if (kind(k) == Block::Kind::kParagraph) return paragraph_with_table(k);
  if (kind(k) == Block::Kind::kHeading) {
    const double introduced = paragraph_with_table(k + 1);
    if (introduced == 0) return 0;  // DrawBlock keeps a heading with a few lines already
    const std::string markup =
        "<b>" + (blocks[k].markup ? blocks[k].text : Escape(blocks[k].text)) + "</b>";
    return Writer::Height(w.Layout(markup, w.settings().body_pt, w.width()).get()) + 6 + introduced;
  }
  return 0;
}

}  // namespace

Block Paragraph(std::string text) {
  Block b;
  b.text = std::move(text);
  return b;
}

Block MarkupParagraph(std::string markup) {
  Block b = Paragraph(std::move(markup));
  b.markup = true;
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

Block PageBreak() {
  Block b;
  b.kind = Block::Kind::kPageBreak;
  return b;
}

std::string EscapeMarkup(const std::string& text) { return Escape(text); }

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
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
      internal::AppendToString, &bytes, Mm(s.page_width_mm), Mm(s.page_height_mm));
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                 (d.type + " " + d.subject).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "daihoi");
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  {
    Writer w(cr, s);
    DrawHeader(w, d.header);
    DrawTitle(w, d);
    const Closing closing = LayoutClosing(w, d);
    for (size_t k = 0; k < d.body.size(); ++k) {
      const Block& block = d.body[k];
      double keep = KeepWithNext(w, d.body, k);
      if (k + 1 == d.body.size() && block.kind == Block::Kind::kParagraph) {
        keep = Writer::Height(ParagraphLayout(w, block).get()) + closing.first_row_h;
      }
      if (keep > 0) w.EnsureRoom(keep);
      DrawBlock(w, block);
    }
    DrawClosing(w, d, closing);
    if (!d.annex.empty()) {
      w.NewPage();
      for (size_t k = 0; k < d.annex.size(); ++k) {
        if (const double keep = KeepWithNext(w, d.annex, k); keep > 0) w.EnsureRoom(keep);
        DrawBlock(w, d.annex[k]);
      }
    }
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
