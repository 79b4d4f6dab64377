#include "election/types.h"

#include <utility>

namespace daihoi::election {
namespace {

template <class Enum, size_t N>
std::optional<Enum> Lookup(const std::pair<Enum, const char*> (&table)[N], std::string_view text) {
  for (const auto& [value, name] : table) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <class Enum, size_t N>
const char* Name(const std::pair<Enum, const char*> (&table)[N], Enum value) {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return "";
}

constexpr std::pair<ElectionKind, const char*> kKinds[] = {
    {ElectionKind::kCommittee, "committee"},
    {ElectionKind::kStandingCommittee, "standing_committee"},
    {ElectionKind::kSecretary, "secretary"},
    {ElectionKind::kDeputySecretary, "deputy_secretary"},
    {ElectionKind::kInspection, "inspection"},
    {ElectionKind::kInspectionChair, "inspection_chair"},
    {ElectionKind::kDelegates, "delegates"},
};

constexpr std::pair<CongressKind, const char*> kCongressKinds[] = {
    {CongressKind::kMembers, "members"},
    {CongressKind::kDelegates, "delegates"},
};

constexpr std::pair<ExclusionReason, const char*> kReasons[] = {
    {ExclusionReason::kTemporaryTransferAbsent, "temporary_transfer_absent"},
    {ExclusionReason::kExemptAbsent, "exempt_absent"},
    {ExclusionReason::kSuspended, "suspended"},
    {ExclusionReason::kProsecuted, "prosecuted"},
    {ExclusionReason::kAbsentWithReason, "absent_with_reason"},
    {ExclusionReason::kAbsentCommitteeMember, "absent_committee_member"},
    {ExclusionReason::kAbsentDelegateUnreplaced, "absent_delegate_unreplaced"},
};

constexpr std::pair<Mark, const char*> kMarks[] = {
    {Mark::kNone, "none"},
    {Mark::kAgree, "agree"},
    {Mark::kDisagree, "disagree"},
    {Mark::kBoth, "both"},
};

constexpr std::pair<InvalidReason, const char*> kInvalid[] = {
    {InvalidReason::kUnofficial, "unofficial"},
    {InvalidReason::kTooMany, "too_many"},
    {InvalidReason::kNoneLeft, "none_left"},
    {InvalidReason::kWriteIn, "write_in"},
    {InvalidReason::kMarked, "marked"},
    {InvalidReason::kAmbiguousSingle, "ambiguous_single"},
};

constexpr std::pair<CandidateStatus, const char*> kStatuses[] = {
    {CandidateStatus::kElected, "elected"},
    {CandidateStatus::kAlternate, "alternate"},
    {CandidateStatus::kTied, "tied"},
    {CandidateStatus::kPassed, "passed"},
    {CandidateStatus::kNotElected, "not_elected"},
};

constexpr std::pair<NextStep, const char*> kNext[] = {
    {NextStep::kNone, "none"},
    {NextStep::kRevoteTied, "revote_tied"},
    {NextStep::kFurtherRound, "further_round"},
};

}  // namespace

const char* ToString(ElectionKind kind) { return Name(kKinds, kind); }
std::optional<ElectionKind> ParseElectionKind(std::string_view text) {
  return Lookup(kKinds, text);
}
const char* ToString(CongressKind kind) { return Name(kCongressKinds, kind); }
std::optional<CongressKind> ParseCongressKind(std::string_view text) {
  return Lookup(kCongressKinds, text);
}
const char* ToString(ExclusionReason reason) { return Name(kReasons, reason); }
std::optional<ExclusionReason> ParseExclusionReason(std::string_view text) {
  return Lookup(kReasons, text);
}

CongressKind ExclusionCongressKind(ExclusionReason reason) {
  switch (reason) {
    case ExclusionReason::kAbsentCommitteeMember:
    case ExclusionReason::kAbsentDelegateUnreplaced:
      return CongressKind::kDelegates;
    case ExclusionReason::kTemporaryTransferAbsent:
    case ExclusionReason::kExemptAbsent:
    case ExclusionReason::kSuspended:
    case ExclusionReason::kProsecuted:
    case ExclusionReason::kAbsentWithReason:
      return CongressKind::kMembers;
  }
  return CongressKind::kMembers;
}

const char* ToString(Mark mark) { return Name(kMarks, mark); }
std::optional<Mark> ParseMark(std::string_view text) { return Lookup(kMarks, text); }
const char* ToString(InvalidReason reason) { return Name(kInvalid, reason); }
const char* ToString(CandidateStatus status) { return Name(kStatuses, status); }
const char* ToString(NextStep next) { return Name(kNext, next); }

}  // namespace daihoi::election
