// Use case: what the minutes of a closed round (biên bản kiểm phiếu) print — the frozen count,
// the congress and its organization for the header, and the entry log for the annex.
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "election/validity.h"

namespace daihoi::app {

Result<MinutesData> ShowMinutes(const CountingPorts& ports, const Actor& actor, int64_t round_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeRound(ports, actor, access::Action::kReadRegistry, round_id);
      !allowed.ok())
    return allowed.error();
  auto count = ShowCount(ports, actor, round_id);
  if (!count.ok()) return count.error();
  if (!count->round.closed) {
    return Error(ErrorCode::kConflict,
                 "vòng bầu thứ " + std::to_string(count->round.number) +
                     " chưa kết thúc: biên bản kiểm phiếu lập khi đã kết thúc vòng bầu (close the "
                     "round first)");
  }
  MinutesData data{std::move(*count), {}, {}, {}, {}, {}, {}, {}};
  const ElectionRecord& election = data.count.election;
  auto organization = ports.store.FindOrganization(election.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức đảng '" + election.org_code + "'");
    error.field = "code";
    return error;
  }
  data.organization = std::move(**organization);
  if (!data.organization.parent_code.empty()) {
    auto parent = ports.store.FindOrganization(data.organization.parent_code);
    if (!parent.ok()) return parent.error();
    if (*parent) data.superior = (*parent)->name;
  }
  auto congress = ports.store.FindCongress(election.org_code, election.term);
  if (!congress.ok()) return congress.error();
  if (!*congress) {
    Error error = NotFound("tổ chức '" + election.org_code + "' không có đại hội nhiệm kỳ '" +
                           election.term + "' (no congress record for the term)");
    error.field = "term";
    return error;
  }
  data.congress = std::move(**congress);
  Status read = ports.elections.ForEachBallotEntry(
      round_id, [&](const BallotEntryRecord& entry) { data.entries.push_back(entry); });
  if (!read.ok()) return read.error();

  // Present and absent at the vote: the roll's attendance per session, where it is recorded.
  auto roll = ShowRoll(ports.store, actor, counting_detail::CongressOf(election));
  if (roll.ok()) {
    data.sessions = roll->sessions;
    data.attendance = roll->result.sessions;
  } else if (roll.error().code != ErrorCode::kInvalidInput) {
    return roll.error();  // a roll without an opening date has no sessions to report
  }

  // R-BALLOT-FORM: a list without surplus is voted agree / disagree; the minutes print both.
  auto profile = counting_detail::LoadProfile(ports, election.profile);
  if (!profile.ok()) return profile.error();
  const RoundRecord& round = data.count.round;
  const election::ListShape shape =
      election::ShapeOf(counting_detail::RoundElection(election, round),
                        static_cast<int>(data.count.candidates.size()), *profile);
  if (!shape.has_surplus) {
    data.disagree.assign(data.count.candidates.size(), 0);
    for (const election::Ballot& ballot : data.count.reconciliation.ballots) {
      if (ballot.form != election::Ballot::Form::kMarks) continue;
      if (election::CheckBallot(ballot, shape, *profile)) continue;  // invalid: not counted
      for (const election::CandidateMark& mark : ballot.marks) {
        if (mark.mark == election::Mark::kDisagree && mark.candidate >= 0 &&
            mark.candidate < static_cast<int>(data.disagree.size())) {
          ++data.disagree[static_cast<size_t>(mark.candidate)];
        }
      }
    }
  }
  return data;
}

}  // namespace daihoi::app
