// Use case: a new subcommittee of a congress (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddSubcommittee(Store& store, const Actor& actor, const CongressRef& congress,
                                teams::SubcommitteeKind kind, const std::string& name) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(store, actor,
                          {"subcommittee.add", congress.org_code,
                           ChangeText({{"term", congress.term}, {"name", name}})},
                          [&]() -> Result<int64_t> {
                            if (auto organization = groups_detail::CheckCongress(store, congress);
                                !organization.ok()) {
                              return organization.error();
                            }
                            SubcommitteeRecord record;
                            record.org_code = congress.org_code;
                            record.term = congress.term;
                            record.kind = kind;
                            record.name = text::Normalize(name);
                            if (record.name.empty()) record.name = teams::VietnameseName(kind);
                            auto id = GroupsOf(store).AddSubcommittee(record);
                            if (!id.ok()) {
                              Error error = id.error();
                              if (error.code == ErrorCode::kConflict) error.field = "name";
                              return error;
                            }
                            return id;
                          });
}

}  // namespace daihoi::app
