// Use cases: one election with its list and rounds, and the elections of a congress.
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

Result<ElectionView> ShowElection(const CountingPorts& ports, const Actor& actor,
                                  int64_t election_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeElection(ports, actor, access::Action::kReadRegistry, election_id);
      !allowed.ok())
    return allowed.error();
  ElectionView view;
  auto election = counting_detail::FindElection(ports.elections, election_id);
  if (!election.ok()) return election.error();
  view.election = std::move(*election);
  auto candidates = ports.elections.Candidates(election_id);
  if (!candidates.ok()) return candidates.error();
  view.candidates = std::move(*candidates);
  auto rounds = ports.elections.Rounds(election_id);
  if (!rounds.ok()) return rounds.error();
  view.rounds = std::move(*rounds);
  return view;
}

Result<std::vector<ElectionRecord>> ListElections(const CountingPorts& ports, const Actor& actor,
                                                  const CongressRef& congress) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed =
          Authorize(ports.store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  return ports.elections.Elections(congress.org_code, congress.term);
}

}  // namespace daihoi::app
