#include "election/tally.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "election/ballot_list.h"
#include "election/ballot_order.h"
#include "election/threshold.h"
#include "election/validity.h"

namespace daihoi::election {
namespace {

Status CheckWellFormed(const RoundInput& input) {
  const Election& election = input.election;
  if (election.seats < 1) {
    return InvalidInput("election.seats: must be at least 1, got " + std::to_string(election.seats),
                        "election.seats");
  }
  if (election.alternates < 0) {
    return InvalidInput("election.alternates: must not be negative", "election.alternates");
  }
  if (election.alternates > 0 && election.kind != ElectionKind::kDelegates) {
    // R-DELEGATES: only a delegates list elects alternates in the same vote.
    return InvalidInput(std::string("election.alternates: a ") + ToString(election.kind) +
                            " election elects no alternates from its list (R-DELEGATES)",
                        "election.alternates");
  }
  if (input.issued && *input.issued < 0) {
    return InvalidInput("issued: must not be negative", "issued");
  }
  if (input.candidates.empty()) {
    return InvalidInput("candidates: the list is empty", "candidates");
  }
  std::unordered_set<std::string> ids;
  for (size_t index = 0; index < input.candidates.size(); ++index) {
    const Candidate& candidate = input.candidates[index];
    const std::string where = "candidates[" + std::to_string(index) + "].id";
    if (candidate.id.empty()) return InvalidInput(where + ": empty id", where);
    if (!ids.insert(candidate.id).second) {
      return InvalidInput(where + ": duplicate candidate id '" + candidate.id + "'", where);
    }
  }
  // Ballot indexes: in range, each candidate at most once per ballot. A stamp per candidate
  // (the ballot number that last saw it) avoids clearing a set for every ballot.
  const int count = static_cast<int>(input.candidates.size());
  std::vector<size_t> seen(input.candidates.size(), 0);
  for (size_t ballot_index = 0; ballot_index < input.ballots.size(); ++ballot_index) {
    const Ballot& ballot = input.ballots[ballot_index];
    const size_t stamp = ballot_index + 1;
    const std::string where = "ballots[" + std::to_string(ballot_index) + "]";
    auto check = [&](int candidate, const std::string& place) -> Status {
      if (candidate < 0 || candidate >= count) {
        return InvalidInput(place + ": unknown candidate", place);
      }
      size_t& last = seen[static_cast<size_t>(candidate)];
      if (last == stamp) {
        return InvalidInput(place + ": candidate '" +
                                input.candidates[static_cast<size_t>(candidate)].id +
                                "' appears twice on one ballot",
                            place);
      }
      last = stamp;
      return {};
    };
    if (ballot.form == Ballot::Form::kStruck) {
      if (!ballot.marks.empty()) {
        return InvalidInput(where + ": a ballot has either struck or marks, not both", where);
      }
      for (size_t position = 0; position < ballot.struck.size(); ++position) {
        Status status =
            check(ballot.struck[position], where + ".struck[" + std::to_string(position) + "]");
        if (!status) return status;
      }
    } else {
      if (!ballot.struck.empty()) {
        return InvalidInput(where + ": a ballot has either struck or marks, not both", where);
      }
      for (const CandidateMark& mark : ballot.marks) {
        Status status = check(mark.candidate, where + ".marks");
        if (!status) return status;
      }
    }
  }
  return {};
}

}  // namespace

Placement Place(const std::vector<int64_t>& votes, const std::vector<int>& ballot_order, int seats,
                int alternates, int64_t denominator) {
  Placement placement;
  placement.status.assign(votes.size(), CandidateStatus::kNotElected);

  // R-RANK: those above the threshold, most votes first; equal votes in ballot order.
  std::vector<int> ranked;
  for (int index : ballot_order) {
    if (PassesThreshold(votes[static_cast<size_t>(index)], denominator)) ranked.push_back(index);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) {
    return votes[static_cast<size_t>(a)] > votes[static_cast<size_t>(b)];
  });
  for (int index : ranked) placement.status[static_cast<size_t>(index)] = CandidateStatus::kPassed;

  // Walk groups of equal votes. R-DELEGATES: places 0..seats-1 are official, the next
  // `alternates` places are alternates, all from the one ranking.
  const int places = seats + alternates;
  int filled = 0;
  size_t group_begin = 0;
  while (group_begin < ranked.size() && filled < places) {
    size_t group_end = group_begin;
    const int64_t group_votes = votes[static_cast<size_t>(ranked[group_begin])];
    while (group_end < ranked.size() &&
           votes[static_cast<size_t>(ranked[group_end])] == group_votes) {
      ++group_end;
    }
    const int group_size = static_cast<int>(group_end - group_begin);
    // R-TIE: a group that would run past the last official seat (while seats remain), or past
    // the last alternate place, decides nothing: all of it is tied, that place and every lower
    // place stay unfilled this round. A tie across the last official seat also blocks the
    // alternates: the re-vote decides who ranks where.
    const bool crosses_seats = filled < seats && filled + group_size > seats;
    const bool crosses_places = filled + group_size > places;
    if (crosses_seats || crosses_places) {
      for (size_t position = group_begin; position < group_end; ++position) {
        placement.tied.push_back(ranked[position]);
        placement.status[static_cast<size_t>(ranked[position])] = CandidateStatus::kTied;
      }
      break;
    }
    for (size_t position = group_begin; position < group_end; ++position) {
      const int index = ranked[position];
      if (filled < seats) {
        placement.elected.push_back(index);
        placement.status[static_cast<size_t>(index)] = CandidateStatus::kElected;
      } else {
        placement.alternates.push_back(index);
        placement.status[static_cast<size_t>(index)] = CandidateStatus::kAlternate;
      }
      ++filled;
    }
    group_begin = group_end;
  }
  // Tied candidates share one vote count, so ballot order is their order (stable ranking).
  placement.unfilled_seats = seats - static_cast<int>(placement.elected.size());
  placement.unfilled_alternates = alternates - static_cast<int>(placement.alternates.size());

  // R-ROUNDS / R-TIE: a tie is re-voted first; otherwise unfilled places need a further round.
  if (!placement.tied.empty()) {
    placement.next = NextStep::kRevoteTied;
  } else if (placement.unfilled_seats > 0 || placement.unfilled_alternates > 0) {
    placement.next = NextStep::kFurtherRound;
  }
  return placement;
}

bool FurtherRoundNeedsCongressVote(ElectionKind kind, int next_round) {
  if (kind == ElectionKind::kDelegates) return next_round >= 3;
  return true;
}

Result<RoundResult> TallyRound(const RoundInput& input, const Profile& profile) {
  if (Status status = CheckWellFormed(input); !status) return status.error();
  if (!input.later_round) {
    if (Status status =
            CheckSurplus(input.election, static_cast<int>(input.candidates.size()), profile);
        !status) {
      return status.error();
    }
  }
  Result<ThresholdFigures> threshold = ComputeThreshold(input.election);
  if (!threshold) return threshold.error();

  RoundResult result;
  result.threshold = *threshold;
  result.ballots.issued = input.issued;
  result.ballots.received = static_cast<int64_t>(input.ballots.size());

  const ListShape shape =
      ShapeOf(input.election, static_cast<int>(input.candidates.size()), profile);
  std::vector<int64_t> votes(input.candidates.size(), 0);
  for (const Ballot& ballot : input.ballots) {
    if (std::optional<InvalidReason> reason = CheckBallot(ballot, shape, profile)) {
      ++result.ballots.invalid;
      ++result.ballots.invalid_by_reason[static_cast<size_t>(*reason)];
      continue;
    }
    ++result.ballots.valid;
    AddVotes(ballot, votes);  // R-THRESHOLD: votes are counted on valid ballots only
  }

  const std::vector<int> order = BallotOrder(input.candidates, profile);
  Placement placement = Place(votes, order, input.election.seats, input.election.alternates,
                              result.threshold.denominator);
  result.candidates.reserve(order.size());
  for (int index : order) {
    CandidateResult candidate;
    candidate.candidate = index;
    candidate.votes = votes[static_cast<size_t>(index)];
    candidate.percent_of_valid = PercentHundredths(candidate.votes, result.ballots.valid);
    candidate.percent_of_denominator =
        PercentHundredths(candidate.votes, result.threshold.denominator);
    candidate.status = placement.status[static_cast<size_t>(index)];
    result.candidates.push_back(candidate);
  }
  result.elected = std::move(placement.elected);
  result.alternates = std::move(placement.alternates);
  result.tied = std::move(placement.tied);
  result.unfilled_seats = placement.unfilled_seats;
  result.unfilled_alternates = placement.unfilled_alternates;
  result.next = placement.next;
  return result;
}

}  // namespace daihoi::election
