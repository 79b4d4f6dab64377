// Use case: the signed bundle of a congress's elections counted at this venue (app/bundle.h).
#include <utility>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/bundle.h"
#include "app/counting_common.h"

namespace daihoi::app {

Result<ExportedBundle> ExportBundle(const CountingPorts& ports, const Actor& actor,
                                    const ExportRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed =
          Authorize(ports.store, actor, access::Action::kUnitCongress, request.congress.org_code);
      !allowed.ok())
    return allowed.error();
  auto public_key = PublicKeyOf(request.secret_key, "key");
  if (!public_key.ok()) return public_key.error();
  auto kind = counting_detail::CongressKindOf(ports.store, request.congress);
  if (!kind.ok()) return kind.error();
  auto elections = ports.elections.Elections(request.congress.org_code, request.congress.term);
  if (!elections.ok()) return elections.error();

  ExportedBundle out;
  out.bundle.congress = request.congress;
  out.bundle.exported_at = request.exported_at;
  for (const ElectionRecord& election : *elections) {
    // Nothing is counted before the list is locked; an election imported here is its venue's.
    if (!counting_detail::Locked(election) || !election.venue_key.empty()) {
      out.skipped.push_back(election.id);
      continue;
    }
    ImportedElection exported;
    exported.election = election;
    auto candidates = ports.elections.Candidates(election.id);
    if (!candidates.ok()) return candidates.error();
    exported.candidates = std::move(*candidates);
    auto rounds = ports.elections.Rounds(election.id);
    if (!rounds.ok()) return rounds.error();
    for (const RoundRecord& round : *rounds) {
      ImportedRound given;
      given.round = round;
      Status read = ports.elections.ForEachBallotEntry(
          round.id, [&](const BallotEntryRecord& entry) { given.entries.push_back(entry); });
      if (!read.ok()) return read.error();
      // A bundle never carries a broken chain: the server would refuse it anyway.
      auto check = VerifyChain(ports, actor, round.id);
      if (!check.ok()) return check.error();
      if (check->first_bad_seq) {
        Error error(ErrorCode::kRuleViolation,
                    "cuộc bầu cử số " + std::to_string(election.id) + ", vòng " +
                        std::to_string(round.number) + " (số " + std::to_string(round.id) +
                        "): chuỗi băm hỏng từ bản ghi số " + std::to_string(*check->first_bad_seq) +
                        ", không xuất gói (broken hash chain)",
                    "round_id");
        return error;
      }
      exported.rounds.push_back(std::move(given));
    }
    out.bundle.elections.push_back(std::move(exported));
  }
  if (auto signed_ = SignBundle(out.bundle, request.secret_key); !signed_.ok()) {
    return signed_.error();
  }
  return out;
}

}  // namespace daihoi::app
