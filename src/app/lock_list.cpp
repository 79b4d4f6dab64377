// Use case: lock an election's list (R-SURPLUS checked, R-ORDER applied, digest fixed) and open
// its first round with every candidate. Ballots are printed from the locked list only.
#include <map>
#include <string>

#include "app/ballot.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

std::string ElectionIdText(int64_t election_id) { return "E" + std::to_string(election_id); }

Result<ElectionRecord> LockList(const CountingPorts& ports, int64_t election_id) {
  auto context = counting_detail::LoadElection(ports, election_id);
  if (!context.ok()) return context.error();
  const ElectionRecord& election = context->election;
  if (Status own = counting_detail::RefuseImported(election); !own) return own.error();
  if (counting_detail::Locked(election)) {
    return counting_detail::Conflict("danh sách bầu cử đã khóa (the list is already locked)");
  }
  std::vector<election::Candidate> candidates;
  std::map<std::string, const CandidateRecord*> by_id;
  for (const CandidateRecord& candidate : context->list) {
    candidates.push_back(counting_detail::ToCandidate(candidate));
    by_id[candidate.id] = &candidate;
  }
  election::Election values;
  values.kind = election.kind;
  values.seats = election.seats;
  values.alternates = election.alternates;
  // R-SURPLUS (a list that breaks it is never printed), R-ORDER, the digest the ballots carry.
  auto content = PrepareBallot(ElectionIdText(election_id), values, candidates, context->profile);
  if (!content.ok()) return content.error();

  std::vector<CandidateRecord> ordered;
  ordered.reserve(content->candidates.size());
  RoundRecord first;
  first.election_id = election_id;
  first.number = 1;
  first.kind = RoundKind::kFirst;
  first.seats = election.seats;
  first.alternates = election.alternates;
  for (const election::Candidate& candidate : content->candidates) {
    first.candidates.push_back(static_cast<int>(ordered.size()));
    ordered.push_back(*by_id.at(candidate.id));
  }
  return ports.elections.LockElection(election_id, ordered, content->list_digest, first);
}

}  // namespace daihoi::app
