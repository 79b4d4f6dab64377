#include "app/import.h"
#include "app/import_parse.h"

namespace daihoi::app {

Result<ImportReport> ImportTable(Store& store, ImportKind kind, const Table& table,
                                 const ImportOptions& options) {
  switch (kind) {
    case ImportKind::kOrgs:
      return import_detail::ImportOrgs(store, table, options);
    case ImportKind::kMembers:
      return import_detail::ImportMembers(store, table, options);
    case ImportKind::kCongresses:
      return import_detail::ImportCongresses(store, table, options);
  }
  return Error{ErrorCode::kInternal, "unknown import kind"};
}

}  // namespace daihoi::app
