#include "app/counting_common.h"

#include <map>
#include <unordered_set>
#include <utility>

#include "app/roll_common.h"
#include "election/tally.h"
#include "text/text.h"

namespace daihoi::app::counting_detail {
namespace {

// A round for alternate places only is counted as a vote for that many places (RoundElection);
// the places it fills are alternates (R-DELEGATES).
void PlacesAreAlternates(election::RoundResult& result) {
  for (election::CandidateResult& candidate : result.candidates) {
    if (candidate.status == election::CandidateStatus::kElected) {
      candidate.status = election::CandidateStatus::kAlternate;
    }
  }
  result.alternates.insert(result.alternates.end(), result.elected.begin(), result.elected.end());
  result.elected.clear();
  result.unfilled_alternates += result.unfilled_seats;
  result.unfilled_seats = 0;
}

std::string ChainHash(const BallotEntryRecord& entry, int64_t chain_id) {
  if (entry.round_id == chain_id) return EntryHash(entry);
  BallotEntryRecord as_chained = entry;
  as_chained.round_id = chain_id;
  return EntryHash(as_chained);
}

}  // namespace

Status RefuseImported(const ElectionRecord& election) {
  if (election.venue_key.empty()) return {};
  return Conflict("cuộc bầu cử số " + std::to_string(election.id) +
                      " được nhập từ gói kết quả của điểm bầu cử (số " +
                      std::to_string(election.venue_election_id) +
                      " tại đó): chỉ thay đổi tại điểm bầu cử rồi nhập gói mới (imported from a "
                      "venue bundle: read-only here)",
                  "election_id");
}

Error Conflict(std::string message, std::string field) {
  return Error(ErrorCode::kConflict, std::move(message), std::move(field));
}

Result<ElectionRecord> FindElection(ElectionStore& elections, int64_t election_id) {
  auto found = elections.FindElection(election_id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error =
        NotFound("không có cuộc bầu cử số " + std::to_string(election_id) + " (unknown election)");
    error.field = "election_id";
    return error;
  }
  return std::move(**found);
}

Result<RoundRecord> FindRound(ElectionStore& elections, int64_t round_id) {
  auto found = elections.FindRound(round_id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có vòng bầu số " + std::to_string(round_id) + " (unknown round)");
    error.field = "round_id";
    return error;
  }
  return std::move(**found);
}

Result<election::Profile> LoadProfile(const CountingPorts& ports, const std::string& id) {
  if (!ports.profiles) return Error(ErrorCode::kInternal, "no profile loader", "profile");
  auto profile = ports.profiles(id);
  if (!profile.ok()) {
    Error error = profile.error();
    error.field = "profile";
    return error;
  }
  return std::move(*profile);
}

bool Locked(const ElectionRecord& election) { return !election.list_digest.empty(); }

Result<std::vector<std::string>> CommitteeNames(const std::vector<std::string>& members,
                                                const std::string& field) {
  std::vector<std::string> names;
  std::unordered_set<std::string> seen;
  for (size_t index = 0; index < members.size(); ++index) {
    const std::string where = field + "[" + std::to_string(index) + "]";
    std::string name = text::Normalize(members[index]);
    if (name.empty()) {
      return InvalidInput("tên thành viên ban kiểm phiếu trống (empty name)", where);
    }
    if (!seen.insert(name).second) {
      return InvalidInput("'" + name + "' có hai lần trong ban kiểm phiếu (listed twice)", where);
    }
    names.push_back(std::move(name));
  }
  return names;
}

CongressRef CongressOf(const ElectionRecord& election) {
  return CongressRef{election.org_code, election.term};
}

election::Candidate ToCandidate(const CandidateRecord& candidate) {
  return election::Candidate{candidate.id, candidate.full_name, candidate.birth_date};
}

election::Election RoundElection(const ElectionRecord& election, const RoundRecord& round) {
  election::Election values;
  values.kind = election.kind;
  values.seats = round.seats;
  values.alternates = round.alternates;
  if (round.seats == 0) {
    values.seats = round.alternates;
    values.alternates = 0;
  }
  return values;
}

Result<std::vector<CandidateRecord>> RoundCandidates(const std::vector<CandidateRecord>& list,
                                                     const RoundRecord& round) {
  std::vector<CandidateRecord> candidates;
  candidates.reserve(round.candidates.size());
  for (int position : round.candidates) {
    if (position < 0 || static_cast<size_t>(position) >= list.size()) {
      return StorageError("vòng bầu số " + std::to_string(round.id) + " có ứng cử viên ở vị trí " +
                          std::to_string(position) +
                          " ngoài danh sách (position outside the list)");
    }
    candidates.push_back(list[static_cast<size_t>(position)]);
  }
  return candidates;
}

Result<RoundEntries> ReadEntries(ElectionStore& elections, const RoundRecord& round,
                                 std::optional<int> candidates) {
  RoundEntries out;
  // An imported round's chain carries the venue's round id, not the one it has here.
  const int64_t chain_id = ChainRoundId(round);
  std::string previous = GenesisHash(chain_id);
  int64_t next_seq = 1;
  std::optional<int64_t> frozen_head_seq;
  std::optional<Error> failure;
  std::map<std::string, size_t> clerk_index;
  Status read = elections.ForEachBallotEntry(round.id, [&](const BallotEntryRecord& entry) {
    ++out.entries;
    // Hash-chained: each entry covers its predecessor's hash, so an entry changed, removed or
    // inserted breaks the chain at that place.
    if (!out.first_bad_seq && (entry.seq != next_seq || entry.prev_hash != previous ||
                               ChainHash(entry, chain_id) != entry.hash)) {
      out.first_bad_seq = entry.seq;
    }
    previous = entry.hash;
    next_seq = entry.seq + 1;
    out.head = entry.hash;
    if (round.closed && !frozen_head_seq && entry.hash == round.chain_head) {
      frozen_head_seq = entry.seq;
    }
    if (!candidates || failure) return;
    auto decoded = election::DecodeEntry(entry.payload, entry.number, *candidates);
    if (!decoded.ok()) {
      failure = StorageError(
          "bản ghi số " + std::to_string(entry.seq) + " của vòng bầu số " +
          std::to_string(round.id) +
          " không đọc được (stored entry does not decode): " + decoded.error().message);
      return;
    }
    auto [it, inserted] = clerk_index.try_emplace(entry.clerk, out.logs.size());
    if (inserted) {
      out.logs.push_back(election::ClerkLog{entry.clerk, {}});
      out.entries_per_clerk.push_back(0);
    }
    out.logs[it->second].entries.push_back(std::move(*decoded));
    ++out.entries_per_clerk[it->second];
  });
  if (!read.ok()) return read.error();
  if (failure) return *failure;
  // A closed round's snapshot names its last entry: anything lost or added after it is a break.
  if (round.closed && !out.first_bad_seq && out.head != round.chain_head) {
    out.first_bad_seq = frozen_head_seq ? *frozen_head_seq + 1 : next_seq;
  }
  return out;
}

Result<std::optional<ConvenedCount>> CountFromRoll(Store& store, const Actor& actor,
                                                   const CongressRef& congress) {
  auto roll = ShowRoll(store, actor, congress);
  if (!roll.ok()) {
    const Error& error = roll.error();
    if (error.code == ErrorCode::kInvalidInput && error.field == "opening") {
      return std::optional<ConvenedCount>();
    }
    return error;
  }
  if (roll->people.empty()) return std::optional<ConvenedCount>();
  ConvenedCount count;
  count.congress_kind = roll_detail::ElectionKind(roll->congress.kind);
  count.convened = roll->result.convened;
  count.exclusions = roll->result.exclusions;
  return std::optional<ConvenedCount>(std::move(count));
}

Result<election::CongressKind> CongressKindOf(Store& store, const CongressRef& congress) {
  auto found = store.FindCongress(congress.org_code, congress.term);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("tổ chức '" + congress.org_code + "' không có đại hội nhiệm kỳ '" +
                           congress.term + "' (no congress record for the term)");
    error.field = "term";
    return error;
  }
  return roll_detail::ElectionKind((*found)->kind);
}

Result<ElectionContext> LoadElection(const CountingPorts& ports, int64_t election_id) {
  ElectionContext context;
  auto election = FindElection(ports.elections, election_id);
  if (!election.ok()) return election.error();
  context.election = std::move(*election);
  auto list = ports.elections.Candidates(election_id);
  if (!list.ok()) return list.error();
  context.list = std::move(*list);
  auto profile = LoadProfile(ports, context.election.profile);
  if (!profile.ok()) return profile.error();
  context.profile = std::move(*profile);
  return context;
}

Result<CountView> CountRound(const CountingPorts& ports, const ElectionContext& context,
                             const RoundRecord& round, const std::optional<ConvenedCount>& base) {
  CountView view;
  view.election = context.election;
  view.round = round;
  auto candidates = RoundCandidates(context.list, round);
  if (!candidates.ok()) return candidates.error();
  view.candidates = std::move(*candidates);
  auto entries = ReadEntries(ports.elections, round, static_cast<int>(view.candidates.size()));
  if (!entries.ok()) return entries.error();
  for (const election::ClerkLog& log : entries->logs) view.clerks.push_back(log.clerk);
  view.entries_per_clerk = entries->entries_per_clerk;
  view.chain_head = entries->head;
  view.chain_ok = !entries->first_bad_seq;
  auto reconciliation = election::Reconcile(entries->logs, context.election.required_clerks);
  if (!reconciliation.ok()) return reconciliation.error();
  view.reconciliation = std::move(*reconciliation);
  if (!base) return view;

  election::RoundInput input;
  input.election = RoundElection(context.election, round);
  input.election.congress_kind = base->congress_kind;
  input.election.convened = base->convened;  // R-THRESHOLD: the convened, not the ballots
  input.election.exclusions = base->exclusions;
  for (const CandidateRecord& candidate : view.candidates) {
    input.candidates.push_back(ToCandidate(candidate));
  }
  input.issued = round.issued;
  input.ballots = view.reconciliation.ballots;
  input.later_round = round.kind != RoundKind::kFirst;
  auto result = election::TallyRound(input, context.profile);
  if (!result.ok()) return result.error();
  if (round.seats == 0) PlacesAreAlternates(*result);
  view.result = std::move(*result);
  return view;
}

Result<std::optional<ConvenedCount>> BaseOf(const CountingPorts& ports, const Actor& actor,
                                            const ElectionRecord& election,
                                            const RoundRecord& round) {
  if (!round.closed) return CountFromRoll(ports.store, actor, CongressOf(election));
  auto kind = CongressKindOf(ports.store, CongressOf(election));
  if (!kind.ok()) return kind.error();
  ConvenedCount frozen;
  frozen.congress_kind = *kind;
  frozen.convened = round.convened;
  frozen.exclusions = round.exclusions;
  return std::optional<ConvenedCount>(std::move(frozen));
}

}  // namespace daihoi::app::counting_detail
