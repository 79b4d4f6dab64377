// Use case: the counting committee (ban kiểm phiếu) the congress elected, head first; it signs
// the minutes, so it is fixed once a round is closed.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

Status SetCountingCommittee(const CountingPorts& ports, const Actor& actor, int64_t election_id,
                            const std::vector<std::string>& members) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeElection(ports, actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      ports.store, actor,
      {"election.counting_committee", *allowed,
       ChangeText({{"election", std::to_string(election_id)}})},
      [&]() -> Status {
        auto election = counting_detail::FindElection(ports.elections, election_id);
        if (!election.ok()) return election.error();
        if (Status own = counting_detail::RefuseImported(*election); !own) return own;
        auto rounds = ports.elections.Rounds(election_id);
        if (!rounds.ok()) return rounds.error();
        for (const RoundRecord& round : *rounds) {
          if (round.closed) {
            return counting_detail::Conflict("vòng bầu thứ " + std::to_string(round.number) +
                                             " đã kết thúc, ban kiểm phiếu không thay đổi được (a "
                                             "round is closed: its minutes name "
                                             "the committee)");
          }
        }
        auto names = counting_detail::CommitteeNames(members, "members");
        if (!names.ok()) return names.error();
        return ports.elections.SetCountingCommittee(election_id, *names);
      });
}

}  // namespace daihoi::app
