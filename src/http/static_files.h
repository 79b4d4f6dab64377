#pragma once
// Serving the built web app (web/dist): which file a URL names, its MIME type, and whether it
// may be cached for good.

#include <filesystem>
#include <optional>
#include <string_view>

namespace daihoi::http {

// The Content-Type for a file name, by extension; application/octet-stream when unknown.
std::string_view MimeType(std::string_view file_name);

// Vite names built assets /assets/<name>-<8-character hash>.<ext>: their content never changes
// under that name, so they are served with a year-long immutable cache.
bool IsHashedAsset(std::string_view url_path);

// The file under `root` that a decoded URL path names ("/" names index.html); nullopt when the
// path tries to leave the root ("..", backslashes, NUL).
std::optional<std::filesystem::path> ResolveStatic(const std::filesystem::path& root,
                                                   std::string_view url_path);

// --web when given; else ./web/dist when it exists; else the source tree's web/dist when it
// exists; else empty (the API runs alone).
std::filesystem::path ChooseWebRoot(std::string_view requested);

}  // namespace daihoi::http
