#pragma once
// The election's values (GLOSSARY: Election, Round, Ballot, candidates). Plain structs: the
// adapters (cli, http) map them to and from JSON; this module never sees JSON.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"

namespace daihoi::election {

// CONTRACTS.md `kind`.
enum class ElectionKind {
  kCommittee,
  kStandingCommittee,
  kSecretary,
  kDeputySecretary,
  kInspection,
  kInspectionChair,
  kDelegates,
};
const char* ToString(ElectionKind kind);
std::optional<ElectionKind> ParseElectionKind(std::string_view text);

// Which congress holds the election: chooses the R-THRESHOLD exclusions. (The planning module
// has the same idea for plans; the election module depends only on common and text.)
enum class CongressKind { kMembers, kDelegates };
const char* ToString(CongressKind kind);
std::optional<CongressKind> ParseCongressKind(std::string_view text);

// R-THRESHOLD: who is taken off those convened. The first five belong to a members' congress,
// the last two to a delegates' congress.
enum class ExclusionReason {
  kTemporaryTransferAbsent,
  kExemptAbsent,
  kSuspended,
  kProsecuted,
  kAbsentWithReason,
  kAbsentCommitteeMember,
  kAbsentDelegateUnreplaced,
};
const char* ToString(ExclusionReason reason);
std::optional<ExclusionReason> ParseExclusionReason(std::string_view text);
// The congress kind whose denominator the reason may reduce.
CongressKind ExclusionCongressKind(ExclusionReason reason);

struct Exclusion {
  ExclusionReason reason = ExclusionReason::kAbsentWithReason;
  int64_t count = 0;
};

struct Election {
  ElectionKind kind = ElectionKind::kCommittee;
  int seats = 1;
  int alternates = 0;  // R-DELEGATES: alternate places filled from the same list and vote
  CongressKind congress_kind = CongressKind::kMembers;
  int64_t convened = 0;
  std::vector<Exclusion> exclusions;
};

struct Candidate {
  std::string id;
  std::string name;  // NFC (text::Normalize)
  std::optional<Date> birth_date;
};

// R-BALLOT-FORM: a no-surplus ballot has agree / disagree boxes per person.
enum class Mark { kNone, kAgree, kDisagree, kBoth };
const char* ToString(Mark mark);
std::optional<Mark> ParseMark(std::string_view text);

struct CandidateMark {
  int candidate = 0;  // index into RoundInput::candidates
  Mark mark = Mark::kNone;
};

// One paper ballot as entered by the counting committee.
// Invariants: candidate indexes are in range and appear at most once in `struck` / `marks`.
struct Ballot {
  enum class Form { kStruck, kMarks };
  Form form = Form::kStruck;
  std::vector<int> struck;            // kStruck: names struck through (not voted for)
  std::vector<CandidateMark> marks;   // kMarks: a candidate not listed is Mark::kNone
  std::vector<std::string> write_in;  // names written in that are not on the list
  bool unofficial = false;            // not issued by the counting committee
  bool marked = false;                // carries marks or writing that identify the voter
};

// One round of one election (CONTRACTS.md "Election case").
struct RoundInput {
  Election election;
  std::vector<Candidate> candidates;  // any order; the result uses ballot order (R-ORDER)
  std::optional<int64_t> issued;
  std::vector<Ballot> ballots;
  // A re-vote among the tied (R-TIE) or a further round (R-ROUNDS): its names come from a list
  // R-SURPLUS already passed, and their number is whatever the earlier round left.
  bool later_round = false;
};

// R-VALID, in precedence order: a ballot with several defects counts under the first.
enum class InvalidReason {
  kUnofficial,
  kTooMany,
  kNoneLeft,
  kWriteIn,
  kMarked,
  kAmbiguousSingle,
};
inline constexpr int kInvalidReasonCount = 6;
const char* ToString(InvalidReason reason);

enum class CandidateStatus { kElected, kAlternate, kTied, kPassed, kNotElected };
const char* ToString(CandidateStatus status);

enum class NextStep { kNone, kRevoteTied, kFurtherRound };
const char* ToString(NextStep next);

struct BallotCounts {
  std::optional<int64_t> issued;
  int64_t received = 0;
  int64_t valid = 0;
  int64_t invalid = 0;
  std::array<int64_t, kInvalidReasonCount> invalid_by_reason{};  // indexed by InvalidReason
};

struct ThresholdFigures {
  int64_t convened = 0;
  int64_t excluded = 0;
  int64_t denominator = 0;
  int64_t votes_needed = 0;
};

// A percentage in hundredths of a percent: 6957 is 69.57%.
using Hundredths = int64_t;

struct CandidateResult {
  int candidate = 0;  // index into RoundInput::candidates
  int64_t votes = 0;
  Hundredths percent_of_valid = 0;
  Hundredths percent_of_denominator = 0;
  CandidateStatus status = CandidateStatus::kNotElected;
};

struct RoundResult {
  BallotCounts ballots;
  ThresholdFigures threshold;
  std::vector<CandidateResult> candidates;  // ballot order (R-ORDER)
  std::vector<int> elected;                 // by votes, high to low, then ballot order
  std::vector<int> alternates;              // same order
  std::vector<int> tied;                    // ballot order (their votes are equal)
  int unfilled_seats = 0;
  int unfilled_alternates = 0;
  NextStep next = NextStep::kNone;
};

}  // namespace daihoi::election
