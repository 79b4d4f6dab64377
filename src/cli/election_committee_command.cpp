// `daihoi election committee --election ID --member NAME…`: the counting committee (ban kiểm
// phiếu), head first, replaced until the election's first round closes (the minutes name it).
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunElectionCommittee(const Context& ctx, int64_t election_id,
                         const std::vector<std::string>& members) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  if (Status set = app::SetCountingCommittee(ports, CommandLineActor(), election_id, members);
      !set) {
    Error error = set.error();
    if (error.field == "election_id") error.field = "--election";
    if (error.field.starts_with("members")) {
      error.field = "--member" + error.field.substr(std::string("members").size());
    }
    return Fail(CountOptionError(error));
  }
  if (!ctx.json) {
    std::cout << "Đã ghi ban kiểm phiếu (" << members.size() << " người, trưởng ban: "
              << (members.empty() ? std::string("chưa có") : members.front()) << ").\n\n";
  }
  return PrintElection(ctx, ports, election_id);
}

}  // namespace daihoi::cli
