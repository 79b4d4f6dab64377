#include "storage/nomination_store.h"

#include <utility>

namespace daihoi::storage {
namespace {

const char* const kColumns =
    "id, election_id, member_id, full_name, gender, birth_date, full_member_date, full_member, "
    "committee_member, source, nominated_by, nominated_by_committee_member, gate_convened, "
    "gate_present, gate_agree, gate_recorded_at, withdrawal_requested, withdrawal_reason, "
    "withdrawal_requested_at, withdrawal_convened, withdrawal_present, withdrawal_in_favour, "
    "withdrawal_voted_at, created_at";

app::NominationRecord ReadNomination(const SqlRow& row) {
  app::NominationRecord record;
  record.id = row.Int(0);
  record.election_id = row.Int(1);
  record.member_id = row.Text(2);
  record.full_name = row.Text(3);
  record.gender = row.Text(4);
  record.birth_date = row.OptionalDate(5);
  record.full_member_date = row.OptionalDate(6);
  record.full_member = row.Flag(7);
  record.convening_committee_member = row.Flag(8);
  record.source =
      election::ParseNominationSource(row.Text(9)).value_or(election::NominationSource::kCommittee);
  record.nominated_by = row.Text(10);
  record.nominated_by_committee_member = row.Flag(11);
  if (!row.IsNull(13)) {
    record.gate = election::GateVote{row.Int(12), row.Int(13), row.Int(14)};
    record.gate_recorded_at = row.Text(15);
  }
  record.withdrawal_requested = row.Flag(16);
  record.withdrawal_reason = row.Text(17);
  record.withdrawal_requested_at = row.Text(18);
  if (!row.IsNull(20)) {
    record.withdrawal_vote = election::ShowOfHands{row.Int(19), row.Int(20), row.Int(21)};
    record.withdrawal_voted_at = row.Text(22);
  }
  record.created_at = row.Text(23);
  return record;
}

Error UnknownNomination(int64_t id) {
  Error error = NotFound("không có đề cử số " + std::to_string(id) + " (no such nomination)");
  error.field = "nomination_id";
  return error;
}

}  // namespace

Result<int64_t> SqlNominationStore::AddNomination(const app::NominationRecord& nomination) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto election =
        sql().FirstInt("SELECT id FROM elections WHERE id = $1", {nomination.election_id});
    if (!election.ok()) return election.error();
    if (!*election) {
      Error error = NotFound("không có cuộc bầu cử số " + std::to_string(nomination.election_id) +
                             " (no such election)");
      error.field = "election_id";
      return error;
    }
    auto existing =
        sql().FirstInt("SELECT id FROM nominations WHERE election_id = $1 AND member_id = $2",
                       {nomination.election_id, nomination.member_id});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      Error error(ErrorCode::kConflict, "đảng viên " + nomination.member_id +
                                            " đã được đề cử vào cuộc bầu cử này (đề cử số " +
                                            std::to_string(**existing) + ")");
      error.field = "member_id";
      return error;
    }
    auto inserted = sql().InsertId(
        "INSERT INTO nominations (election_id, member_id, full_name, gender, birth_date, "
        "full_member_date, full_member, committee_member, source, nominated_by, "
        "nominated_by_committee_member, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
        "$10, $11, " +
            sql().NowUtc() + ") RETURNING id",
        {nomination.election_id, nomination.member_id, nomination.full_name, nomination.gender,
         nomination.birth_date, nomination.full_member_date, nomination.full_member,
         nomination.convening_committee_member, election::ToString(nomination.source),
         nomination.nominated_by, nomination.nominated_by_committee_member});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<std::optional<app::NominationRecord>> SqlNominationStore::FindNomination(int64_t id) {
  std::optional<app::NominationRecord> found;
  auto s = sql().Query(std::string("SELECT ") + kColumns + " FROM nominations WHERE id = $1", {id},
                       [&](const SqlRow& row) { found = ReadNomination(row); });
  if (!s) return s.error();
  return found;
}

Result<std::vector<app::NominationRecord>> SqlNominationStore::Nominations(int64_t election_id) {
  std::vector<app::NominationRecord> out;
  auto s = sql().Query(
      std::string("SELECT ") + kColumns + " FROM nominations WHERE election_id = $1 ORDER BY id",
      {election_id}, [&](const SqlRow& row) { out.push_back(ReadNomination(row)); });
  if (!s) return s.error();
  return out;
}

Status SqlNominationStore::RecordGate(int64_t nomination_id, const election::GateVote& gate) {
  auto changed = sql().Run(
      "UPDATE nominations SET gate_convened = $1, gate_present = $2, "
      "gate_agree = $3, gate_recorded_at = " +
          sql().NowUtc() + " WHERE id = $4",
      {gate.convened, gate.present, gate.agree, nomination_id});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return UnknownNomination(nomination_id);
  return {};
}

Status SqlNominationStore::RequestWithdrawal(int64_t nomination_id, const std::string& reason) {
  return sql().Transaction([&]() -> Status {
    auto requested = sql().FirstInt("SELECT withdrawal_requested FROM nominations WHERE id = $1",
                                    {nomination_id});
    if (!requested.ok()) return requested.error();
    if (!*requested) return UnknownNomination(nomination_id);
    if (**requested != 0) {
      return Error(ErrorCode::kConflict,
                   "đề cử số " + std::to_string(nomination_id) + " đã có đơn xin rút");
    }
    auto changed = sql().Run(
        "UPDATE nominations SET withdrawal_requested = 1, withdrawal_reason = $1, "
        "withdrawal_requested_at = " +
            sql().NowUtc() + " WHERE id = $2",
        {reason, nomination_id});
    if (!changed.ok()) return changed.error();
    return {};
  });
}

Status SqlNominationStore::RecordWithdrawalVote(int64_t nomination_id,
                                                const election::ShowOfHands& vote) {
  return sql().Transaction([&]() -> Status {
    auto requested = sql().FirstInt("SELECT withdrawal_requested FROM nominations WHERE id = $1",
                                    {nomination_id});
    if (!requested.ok()) return requested.error();
    if (!*requested) return UnknownNomination(nomination_id);
    if (**requested == 0) {
      return Error(ErrorCode::kConflict, "đề cử số " + std::to_string(nomination_id) +
                                             " chưa có đơn xin rút (no withdrawal request)");
    }
    auto changed = sql().Run(
        "UPDATE nominations SET withdrawal_convened = $1, withdrawal_present = $2, "
        "withdrawal_in_favour = $3, withdrawal_voted_at = " +
            sql().NowUtc() + " WHERE id = $4",
        {vote.convened, vote.present, vote.in_favour, nomination_id});
    if (!changed.ok()) return changed.error();
    return {};
  });
}

Result<std::optional<election::ListStructureTargets>> SqlNominationStore::FindStructureTargets(
    int64_t election_id) {
  std::optional<election::ListStructureTargets> found;
  auto s = sql().Query(
      "SELECT women_min_percent, under_40_min_percent, age_40_50_min_percent, "
      "age_40_50_max_percent, first_time_min_months, reelected_min_months, "
      "retirement_age_male_months, retirement_age_female_months FROM structure_targets "
      "WHERE election_id = $1",
      {election_id}, [&](const SqlRow& row) {
        election::ListStructureTargets targets;
        targets.women_min_percent = static_cast<int>(row.Int(0));
        targets.under_40_min_percent = static_cast<int>(row.Int(1));
        targets.age_40_50_min_percent = static_cast<int>(row.Int(2));
        targets.age_40_50_max_percent = static_cast<int>(row.Int(3));
        targets.first_time_min_months = static_cast<int>(row.Int(4));
        targets.reelected_min_months = static_cast<int>(row.Int(5));
        targets.retirement_age_male_months = static_cast<int>(row.Int(6));
        targets.retirement_age_female_months = static_cast<int>(row.Int(7));
        found = targets;
      });
  if (!s) return s.error();
  return found;
}

Status SqlNominationStore::SetStructureTargets(int64_t election_id,
                                               const election::ListStructureTargets& targets) {
  return sql().Transaction([&]() -> Status {
    auto election = sql().FirstInt("SELECT id FROM elections WHERE id = $1", {election_id});
    if (!election.ok()) return election.error();
    if (!*election) {
      Error error = NotFound("không có cuộc bầu cử số " + std::to_string(election_id) +
                             " (no such election)");
      error.field = "election_id";
      return error;
    }
    auto changed = sql().Run(
        "INSERT INTO structure_targets (election_id, women_min_percent, under_40_min_percent, "
        "age_40_50_min_percent, age_40_50_max_percent, first_time_min_months, "
        "reelected_min_months, retirement_age_male_months, retirement_age_female_months, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, " +
            sql().NowUtc() +
            ") ON CONFLICT (election_id) DO UPDATE SET "
            "women_min_percent = excluded.women_min_percent, "
            "under_40_min_percent = excluded.under_40_min_percent, "
            "age_40_50_min_percent = excluded.age_40_50_min_percent, "
            "age_40_50_max_percent = excluded.age_40_50_max_percent, "
            "first_time_min_months = excluded.first_time_min_months, "
            "reelected_min_months = excluded.reelected_min_months, "
            "retirement_age_male_months = excluded.retirement_age_male_months, "
            "retirement_age_female_months = excluded.retirement_age_female_months, "
            "updated_at = excluded.updated_at",
        {election_id, targets.women_min_percent, targets.under_40_min_percent,
         targets.age_40_50_min_percent, targets.age_40_50_max_percent,
         targets.first_time_min_months, targets.reelected_min_months,
         targets.retirement_age_male_months, targets.retirement_age_female_months});
    if (!changed.ok()) return changed.error();
    return {};
  });
}

}  // namespace daihoi::storage
