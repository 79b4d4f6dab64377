// Use case: lock an election's list (R-SURPLUS checked, R-ORDER applied, digest fixed) and open
// its first round with every candidate. Ballots are printed from the locked list only.
#include <map>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/ballot.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "app/personnel.h"

namespace daihoi::app {

std::string ElectionIdText(int64_t election_id) { return "E" + std::to_string(election_id); }

Result<ElectionRecord> LockList(const CountingPorts& ports, const Actor& actor,
                                int64_t election_id) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeElection(ports, actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<ElectionRecord>(
      ports.store, actor,
      {"election.lock", *allowed, ChangeText({{"election", std::to_string(election_id)}})},
      [&]() -> Result<ElectionRecord> {
        auto context = counting_detail::LoadElection(ports, election_id);
        if (!context.ok()) return context.error();
        const ElectionRecord& election = context->election;
        if (Status own = counting_detail::RefuseImported(election); !own) return own.error();
        if (counting_detail::Locked(election)) {
          return counting_detail::Conflict("danh sách bầu cử đã khóa (the list is already locked)");
        }
        // R-VETTING (app/personnel.h): nothing is printed while a candidate's vetting is open.
        std::vector<std::pair<std::string, std::string>> listed;
        for (const CandidateRecord& candidate : context->list) {
          listed.emplace_back(candidate.member_id.empty() ? candidate.id : candidate.member_id,
                              candidate.full_name);
        }
        if (Status vetted = CheckVettingGate(ports.store, election.org_code, election.term, listed);
            !vetted) {
          return vetted.error();
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
        // R-SURPLUS (a list that breaks it is never printed), R-ORDER, the digest the ballots
        // carry.
        auto content =
            PrepareBallot(ElectionIdText(election_id), values, candidates, context->profile);
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
      });
}

}  // namespace daihoi::app
