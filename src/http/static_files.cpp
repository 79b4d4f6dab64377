#include "http/static_files.h"

#include <array>
#include <utility>

namespace daihoi::http {

std::string_view MimeType(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 19> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  }};
  size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  std::string_view extension = file_name.substr(dot);
  for (const auto& [known, type] : kTypes) {
    if (extension.size() != known.size()) continue;
    bool same = true;
    for (size_t char_index = 0; char_index < known.size(); ++char_index) {
      char c = extension[char_index];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != known[char_index]) same = false;
    }
    if (same) return type;
  }
  return "application/octet-stream";
}

bool IsHashedAsset(std::string_view url_path) {
  constexpr std::string_view kAssets = "/assets/";
  constexpr size_t kHashLength = 8;  // Vite's default; the hash itself may hold '-' and '_'
  if (url_path.substr(0, kAssets.size()) != kAssets) return false;
  std::string_view name = url_path.substr(kAssets.size());
  if (name.find('/') != std::string_view::npos) return false;
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot < kHashLength + 2) return false;
  std::string_view stem = name.substr(0, dot);
  if (stem[stem.size() - kHashLength - 1] != '-') return false;
  for (char c : stem.substr(stem.size() - kHashLength)) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<std::filesystem::path> ResolveStatic(const std::filesystem::path& root,
                                                   std::string_view url_path) {
  if (url_path.find('\\') != std::string_view::npos ||
      url_path.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  std::filesystem::path relative;
  size_t start = 0;
  while (start <= url_path.size()) {
    size_t end = url_path.find('/', start);
    if (end == std::string_view::npos) end = url_path.size();
    std::string_view segment = url_path.substr(start, end - start);
    if (segment == "..") return std::nullopt;
    if (!segment.empty() && segment != ".") relative /= std::string(segment);
    start = end + 1;
  }
  if (relative.empty()) relative = "index.html";
  return root / relative;
}

std::filesystem::path ChooseWebRoot(std::string_view requested) {
  if (!requested.empty()) return std::filesystem::path(requested);
  std::error_code ignored;
  std::filesystem::path local = "web/dist";
  if (std::filesystem::is_directory(local, ignored)) return local;
  std::filesystem::path source = std::filesystem::path(DAIHOI_SOURCE_DIR) / "web" / "dist";
  if (std::filesystem::is_directory(source, ignored)) return source;
  return {};
}

}  // namespace daihoi::http
