#pragma once
// A draft document from a Word file (.docx): word/document.xml read with libzip and pugixml.
// Paragraphs whose style is a heading — style ids Heading1..Heading9 and Title, a style whose
// name is "heading N" or "Title" in word/styles.xml (localized ids such as "u1" in Vietnamese
// Word), or an outline level — start sections (levels above 3 count as 3); other paragraphs
// become the section's paragraphs; a table row becomes one paragraph, its cells joined by " | ".
// The result is numbered like documents::ParseMarkdown's.

#include <string>
#include <string_view>

#include "common/result.h"
#include "documents/documents.h"

namespace daihoi::report {

// kInvalidInput with `file` set for a file that is not a .docx or holds no text.
Result<documents::Content> ReadDocx(const std::string& file_name, std::string_view bytes);

}  // namespace daihoi::report
