// Use case: the round after a closed one whose result asks for it — a re-vote among the tied
// (R-TIE) or a further round for the places still open (R-ROUNDS, R-DELEGATES).
#include <algorithm>
#include <set>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "election/tally.h"

namespace daihoi::app {

Result<RoundRecord> OpenNextRound(const CountingPorts& ports, const Actor& actor, int64_t round_id,
                                  bool congress_decided) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeRound(ports, actor, access::Action::kUnitCongress, round_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<RoundRecord>(
      ports.store, actor,
      {"round.next", *allowed, ChangeText({{"round", std::to_string(round_id)}})},
      [&]() -> Result<RoundRecord> {
        auto round = counting_detail::FindRound(ports.elections, round_id);
        if (!round.ok()) return round.error();
        if (!round->closed) {
          return counting_detail::Conflict("vòng bầu thứ " + std::to_string(round->number) +
                                           " chưa kết thúc (the round is not closed)");
        }
        auto context = counting_detail::LoadElection(ports, round->election_id);
        if (!context.ok()) return context.error();
        const ElectionRecord& election = context->election;
        if (Status own = counting_detail::RefuseImported(election); !own) return own.error();
        auto rounds = ports.elections.Rounds(election.id);
        if (!rounds.ok()) return rounds.error();

        // Who every closed round placed (positions in the election's list), and how many rounds for
        // open places were held: a re-vote among the tied is not a further round (R-ROUNDS).
        std::set<int> placed;
        int officials = 0;
        int alternates = 0;
        int voting_rounds = 0;
        std::optional<election::RoundResult> last;
        for (const RoundRecord& held : *rounds) {
          if (held.number > round->number) {
            return counting_detail::Conflict("vòng bầu thứ " + std::to_string(held.number) +
                                             " đã được mở sau vòng này (a later round exists)");
          }
          if (held.kind != RoundKind::kRevoteTied) ++voting_rounds;
          if (!held.closed) continue;
          auto base = counting_detail::BaseOf(ports, actor, election, held);
          if (!base.ok()) return base.error();
          auto count = counting_detail::CountRound(ports, *context, held, *base);
          if (!count.ok()) return count.error();
          const election::RoundResult& result = *count->result;
          for (int index : result.elected) {
            placed.insert(held.candidates[static_cast<size_t>(index)]);
            ++officials;
          }
          for (int index : result.alternates) {
            placed.insert(held.candidates[static_cast<size_t>(index)]);
            ++alternates;
          }
          if (held.id == round->id) last = result;
        }
        if (!last) return StorageError("the closed round is not among its election's rounds");

        RoundRecord next;
        next.election_id = election.id;
        next.number = round->number + 1;
        next.seats = std::max(0, election.seats - officials);
        next.alternates = std::max(0, election.alternates - alternates);
        switch (last->next) {
          case election::NextStep::kNone:
            return counting_detail::Conflict(
                "kết quả vòng bầu thứ " + std::to_string(round->number) +
                " không cần bầu tiếp (the result needs no further round)");
          case election::NextStep::kRevoteTied:
            // R-TIE: a tie is re-voted among the tied; still tied after a re-vote, the congress
            // decides how to go on.
            if (round->kind == RoundKind::kRevoteTied && !congress_decided) {
              Error error = RuleViolation(
                  "R-TIE",
                  "bầu lại vẫn bằng phiếu: đại hội quyết định (still tied after a re-vote: "
                  "the congress decides; record its decision)");
              error.field = "congress_decided";
              return error;
            }
            next.kind = RoundKind::kRevoteTied;
            for (int index : last->tied) {
              next.candidates.push_back(round->candidates[static_cast<size_t>(index)]);
            }
            break;
          case election::NextStep::kFurtherRound: {
            const int further = voting_rounds + 1;
            if (election::FurtherRoundNeedsCongressVote(election.kind, further) &&
                !congress_decided) {
              Error error = RuleViolation(
                  "R-ROUNDS",
                  "bầu vòng thứ " + std::to_string(further) +
                      " cho số còn thiếu cần đại hội biểu quyết (a further round needs the "
                      "congress's vote; record it)");
              error.field = "congress_decided";
              return error;
            }
            next.kind = RoundKind::kFurtherRound;
            for (int position = 0; position < static_cast<int>(context->list.size()); ++position) {
              if (!placed.contains(position)) next.candidates.push_back(position);
            }
            break;
          }
        }
        // The list is stored in ballot order: positions ascending keep it (R-ORDER).
        std::sort(next.candidates.begin(), next.candidates.end());
        if (next.candidates.empty() || next.seats + next.alternates == 0) {
          return counting_detail::Conflict(
              "không còn người để bầu hoặc không còn chỗ trống (no candidate or no place left)");
        }
        auto id = ports.elections.AddRound(next);
        if (!id.ok()) return id.error();
        auto opened = counting_detail::FindRound(ports.elections, *id);
        if (!opened.ok()) return opened.error();
        return std::move(*opened);
      });
}

}  // namespace daihoi::app
