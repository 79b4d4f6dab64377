#pragma once
// Internal to report/pdf: what the printed documents share to set text with pango on a cairo
// surface (millimetres, markup escaping, the PDF byte sink, a font-set layout). Not a public
// header of the module: callers use party_document.h and ballot.h.

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace daihoi::report::pdf::internal {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

inline double Mm(double mm) { return mm * kPointsPerMm; }

// Plain text → Pango markup (escapes <, >, &, quotes).
std::string Escape(const std::string& text);

// A cairo write function that appends the PDF bytes to the std::string passed as `closure`.
cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length);

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

struct TextStyle {
  double size_pt = 12;
  double width = 0;  // in points; the text wraps at this width
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
  double indent = 0;     // first-line indent, points
  double spacing = 1.0;  // line spacing factor
};

// A layout of `markup` in `font_family` ("Times New Roman,Liberation Serif") at an absolute
// size, wrapping at words (or characters inside a word too long for the width).
LayoutPtr MakeLayout(cairo_t* cr, const std::string& font_family, const std::string& markup,
                     const TextStyle& style);

// Logical height and width of a laid-out text, in points.
double LayoutHeight(PangoLayout* layout);
double LayoutWidth(PangoLayout* layout);

}  // namespace daihoi::report::pdf::internal
