#include "election/validity.h"

namespace daihoi::election {

ListShape ShapeOf(const Election& election, int candidate_count, const Profile& profile) {
  ListShape shape;
  shape.candidates = candidate_count;
  shape.max_names = election.seats;
  if (election.kind == ElectionKind::kDelegates && profile.delegates_ballot_includes_alternates) {
    shape.max_names += election.alternates;  // R-DELEGATES: one combined list, one vote
  }
  shape.has_surplus = candidate_count > shape.max_names;
  shape.one_person = candidate_count == 1 && !shape.has_surplus;
  return shape;
}

std::optional<InvalidReason> CheckBallot(const Ballot& ballot, const ListShape& shape,
                                         const Profile& profile) {
  // R-VALID 1 (V).
  if (ballot.unofficial) return InvalidReason::kUnofficial;

  // R-VALID 2 (V): more names left, or more "agree" marks, than may be elected.
  int left = 0;
  Mark single_mark = Mark::kNone;
  if (ballot.form == Ballot::Form::kStruck) {
    left = shape.candidates - static_cast<int>(ballot.struck.size());
  } else {
    for (const CandidateMark& mark : ballot.marks) {
      if (mark.mark == Mark::kAgree) ++left;
      single_mark = mark.mark;  // meaningful only on a one-person list
    }
  }
  if (left > shape.max_names) return InvalidReason::kTooMany;

  // R-VALID 3 (V): on a list with a surplus, every name struck.
  if (ballot.form == Ballot::Form::kStruck && shape.has_surplus && left == 0) {
    return InvalidReason::kNoneLeft;
  }

  // R-VALID 4–5 (I).
  if (profile.write_in_invalid && !ballot.write_in.empty()) return InvalidReason::kWriteIn;
  if (profile.marked_invalid && ballot.marked) return InvalidReason::kMarked;

  // R-VALID 6 (I): one person, no surplus, both boxes or neither. On a multi-person list the
  // same line is valid and simply gives that person no vote.
  if (profile.ambiguous_single_invalid && shape.one_person && ballot.form == Ballot::Form::kMarks &&
      (single_mark == Mark::kBoth || single_mark == Mark::kNone)) {
    return InvalidReason::kAmbiguousSingle;
  }
  return std::nullopt;
}

void AddVotes(const Ballot& ballot, std::vector<int64_t>& votes) {
  if (ballot.form == Ballot::Form::kStruck) {
    for (int64_t& count : votes) ++count;
    for (int index : ballot.struck) --votes[static_cast<size_t>(index)];
    return;
  }
  for (const CandidateMark& mark : ballot.marks) {
    if (mark.mark == Mark::kAgree) ++votes[static_cast<size_t>(mark.candidate)];
  }
}

}  // namespace daihoi::election
