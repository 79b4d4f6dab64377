#include "storage/open.h"

#include "storage/postgres/postgres_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace daihoi::storage {

Result<std::unique_ptr<app::Store>> OpenStore(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path = url.substr(7);
    if (path.empty()) return InvalidInput("database URL '" + url + "' names no file", "db");
    return OpenSqliteStore(path);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgresStore(url);
  }
  return InvalidInput(
      "unsupported database URL '" + url + "': expected sqlite:PATH or postgresql://…", "db");
}

}  // namespace daihoi::storage
