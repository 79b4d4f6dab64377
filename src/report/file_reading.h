#pragma once
// Internal to report: what the readers of CSV, XLSX and DOCX files share (errors naming the file,
// the zip container of XLSX and DOCX, their XML by local names). Not a public header: callers use
// table_io.h and docx_import.h.

#include <zip.h>

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "common/result.h"

namespace daihoi::report::internal {

// kInvalidInput with `file` set, and the row when one is known.
Error FileError(const std::string& file, std::string message, long row = 0);

// A zip read from memory; `bytes` must outlive it.
class ZipArchive {
 public:
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool ok() const { return archive_ != nullptr; }
  // nullopt when the entry is missing or unreadable.
  std::optional<std::string> Read(const std::string& name);

 private:
  zip_t* archive_ = nullptr;
};

// An element's or attribute's name without its namespace prefix: "x:row" → "row".
std::string_view LocalName(const char* name);

// The first child element of that local name; an empty node when there is none.
pugi::xml_node Child(pugi::xml_node node, std::string_view name);

// The attribute of that local name ("r:id" when asked for "id"); empty when there is none.
pugi::xml_attribute Attribute(pugi::xml_node node, std::string_view name);

}  // namespace daihoi::report::internal
