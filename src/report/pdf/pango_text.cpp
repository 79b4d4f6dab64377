#include "report/pdf/pango_text.h"

#include <glib.h>

namespace daihoi::report::pdf::internal {

std::string Escape(const std::string& text) {
  gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string out(escaped);
  g_free(escaped);
  return out;
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

LayoutPtr MakeLayout(cairo_t* cr, const std::string& font_family, const std::string& markup,
                     const TextStyle& style) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  PangoFontDescription* font = pango_font_description_from_string(font_family.c_str());
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), static_cast<int>(style.width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout.get(), style.align);
  pango_layout_set_justify(layout.get(), style.justify);
  pango_layout_set_indent(layout.get(), static_cast<int>(style.indent * PANGO_SCALE));
  if (style.spacing != 1.0) {
    pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.spacing));
  }
  pango_layout_set_markup(layout.get(), markup.c_str(), -1);
  return layout;
}

double LayoutHeight(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

double LayoutWidth(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return static_cast<double>(logical.width) / PANGO_SCALE;
}

}  // namespace daihoi::report::pdf::internal
