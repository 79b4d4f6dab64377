// `daihoi allocation compute --org CODE --seats N [--method M] [--minimum N] [--as-of DATE]
// [--term T] [--save]`: allocates the elected seats among the organization's units
// (R-ALLOCATION), and saves the allocation with --save.
#include "app/allocation.h"
#include "cli/allocation_common.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAllocationCompute(const Context& ctx, const AllocationOptions& options) {
  auto request = ParseAllocationOptions(options);
  if (!request) return Fail(request.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto organization = FindConvening(**store, options.org_code);
  if (!organization) return Fail(organization.error());
  auto view = options.save ? app::AllocateDelegates(**store, CommandLineActor(), *request)
                           : app::ComputeAllocation(**store, CommandLineActor(), *request);
  if (!view) return Fail(AsOptionError(view.error()));
  PrintAllocation(ctx, *view, organization->name);
  return 0;
}

}  // namespace daihoi::cli
