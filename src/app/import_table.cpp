#include <optional>
#include <string>
#include <utility>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/import.h"
#include "app/import_parse.h"

namespace daihoi::app {
namespace {

const char* ImportKindName(ImportKind kind) {
  switch (kind) {
    case ImportKind::kOrgs:
      return "organizations";
    case ImportKind::kMembers:
      return "members";
    case ImportKind::kCongresses:
      return "congresses";
  }
  return "table";
}

}  // namespace

Result<ImportReport> ImportTable(Store& store, const Actor& actor, ImportKind kind,
                                 const Table& table, const ImportOptions& options) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kWriteRegistry, ""); !allowed.ok())
    return allowed.error();
  auto import = [&]() -> Result<ImportReport> {
    switch (kind) {
      case ImportKind::kOrgs:
        return import_detail::ImportOrgs(store, table, options);
      case ImportKind::kMembers:
        return import_detail::ImportMembers(store, table, options);
      case ImportKind::kCongresses:
        return import_detail::ImportCongresses(store, table, options);
    }
    return Error{ErrorCode::kInternal, "unknown import kind"};
  };
  // docs/security.md: a written import and its audit record in one transaction; a dry run or a
  // file with errors writes nothing, so it records nothing.
  std::optional<Result<ImportReport>> report;
  Status done = store.InTransaction([&]() -> Status {
    report.emplace(import());
    if (!report->ok()) return report->error();
    if (!(*report)->written) return {};
    return RecordChange(store, actor,
                        {std::string("import.") + ImportKindName(kind), "",
                         ChangeText({{"file", table.file},
                                     {"rows", std::to_string((*report)->rows)},
                                     {"inserted", std::to_string((*report)->inserted)},
                                     {"updated", std::to_string((*report)->updated)}})});
  });
  if (!done.ok()) return done.error();
  return std::move(*report);
}

}  // namespace daihoi::app
