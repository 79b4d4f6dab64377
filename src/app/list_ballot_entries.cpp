// Use case: the entries of a round, in the order entered, optionally one clerk's (counting.h).
#include <optional>
#include <string>
#include <vector>

#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

Result<std::vector<BallotEntryRecord>> ListBallotEntries(const CountingPorts& ports,
                                                         const Actor& actor, int64_t round_id,
                                                         const std::optional<std::string>& clerk) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeRound(ports, actor, access::Action::kReadRegistry, round_id);
      !allowed.ok())
    return allowed.error();
  auto round = counting_detail::FindRound(ports.elections, round_id);
  if (!round.ok()) return round.error();
  std::vector<BallotEntryRecord> entries;
  Status read = ports.elections.ForEachBallotEntry(round_id, [&](const BallotEntryRecord& entry) {
    if (!clerk || entry.clerk == *clerk) entries.push_back(entry);
  });
  if (!read.ok()) return read.error();
  return entries;
}

}  // namespace daihoi::app
