#include "storage/election_rules.h"

#include <set>

namespace daihoi::storage {
namespace {

std::string Number(int64_t value) { return std::to_string(value); }

Error Conflict(std::string message) { return Error(ErrorCode::kConflict, std::move(message)); }

}  // namespace

Error UnknownElection(int64_t election_id) {
  return NotFound("không có cuộc bầu cử số " + Number(election_id) + " (unknown election)");
}

Error UnknownRound(int64_t round_id) {
  return NotFound("không có lần bầu số " + Number(round_id) + " (unknown round)");
}

Error ListLocked(int64_t election_id) {
  return Conflict("danh sách bầu cử của cuộc bầu cử số " + Number(election_id) +
                  " đã chốt (the ballot list is locked)");
}

Error ListNotLocked(int64_t election_id) {
  return Conflict("danh sách bầu cử của cuộc bầu cử số " + Number(election_id) +
                  " chưa chốt (the ballot list is not locked)");
}

Error RoundOpen(int64_t election_id) {
  return Conflict("cuộc bầu cử số " + Number(election_id) +
                  " còn lần bầu chưa kết thúc (a round is still open)");
}

Error RoundClosed(int64_t round_id) {
  return Conflict("lần bầu số " + Number(round_id) + " đã kết thúc (the round is closed)");
}

Error CommitteeFrozen(int64_t election_id) {
  return Conflict("cuộc bầu cử số " + Number(election_id) +
                  " đã có lần bầu kết thúc: ban kiểm phiếu không đổi được nữa (a round is "
                  "closed: the counting committee is final)");
}

Error ChainMoved(int64_t round_id, const std::string& head, const std::string& last) {
  return Conflict("lần bầu số " + Number(round_id) + ": phiếu nhập cuối có mã '" + last +
                  "', không phải '" + head +
                  "' (an entry was appended after the chain head being closed)");
}

Status CheckCandidateIds(const std::vector<app::CandidateRecord>& candidates) {
  std::set<std::string> seen;
  for (size_t k = 0; k < candidates.size(); ++k) {
    const std::string field = "candidates[" + std::to_string(k) + "].id";
    if (candidates[k].id.empty()) {
      return InvalidInput("ứng cử viên thứ " + std::to_string(k + 1) + " thiếu mã (missing id)",
                          field);
    }
    if (!seen.insert(candidates[k].id).second) {
      return InvalidInput("mã ứng cử viên '" + candidates[k].id + "' bị trùng (duplicate id)",
                          field);
    }
  }
  return {};
}

Status CheckNewRound(const app::RoundRecord& round, int64_t last_number, int64_t list_size) {
  if (round.number != last_number + 1) {
    return InvalidInput("lần bầu tiếp theo phải là lần " + Number(last_number + 1) +
                            ", không phải " + Number(round.number) + " (rounds go 1, 2, …)",
                        "number");
  }
  std::set<int> seen;
  for (int position : round.candidates) {
    if (position < 0 || position >= list_size) {
      return InvalidInput("vị trí " + Number(position) +
                              " không có trong danh sách bầu cử (not a position of the list)",
                          "candidates");
    }
    if (!seen.insert(position).second) {
      return InvalidInput(
          "vị trí " + Number(position) + " bị lặp (a candidate stands once in a round)",
          "candidates");
    }
  }
  return {};
}

app::BallotEntryRecord Unsealed(const app::BallotEntryRecord& draft, int64_t seq,
                                const std::string& entered_at, const std::string& prev_hash) {
  app::BallotEntryRecord entry = draft;
  entry.seq = seq;
  entry.entered_at = entered_at;
  entry.prev_hash = prev_hash;
  entry.hash.clear();
  return entry;
}

Status CheckSealed(const app::BallotEntryRecord& unsealed, const app::BallotEntryRecord& sealed) {
  const bool kept = sealed.round_id == unsealed.round_id && sealed.seq == unsealed.seq &&
                    sealed.clerk == unsealed.clerk && sealed.number == unsealed.number &&
                    sealed.payload == unsealed.payload &&
                    sealed.entered_at == unsealed.entered_at &&
                    (unsealed.prev_hash.empty() || sealed.prev_hash == unsealed.prev_hash);
  if (!kept || sealed.hash.empty() || sealed.prev_hash.empty()) {
    return Error(ErrorCode::kInternal,
                 "sealing ballot entry " + Number(unsealed.seq) + " of round " +
                     Number(unsealed.round_id) +
                     " changed what the store set or left no hash: nothing appended");
  }
  return {};
}

}  // namespace daihoi::storage
