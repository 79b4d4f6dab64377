#include "app/nomination_common.h"

#include <string>

#include "app/counting_common.h"
#include "app/roll.h"

namespace daihoi::app::nomination_detail {

Result<ElectionRecord> EditableElection(const NominationPorts& ports, int64_t election_id) {
  auto election = counting_detail::FindElection(ports.elections, election_id);
  if (!election.ok()) return election.error();
  if (Status own = counting_detail::RefuseImported(*election); !own) return own.error();
  if (counting_detail::Locked(*election)) {
    return counting_detail::Conflict(
        "danh sách bầu cử đã khóa: không thay đổi đề cử, ứng cử được nữa (the list is locked)");
  }
  return election;
}

Result<EditableNomination> FindEditableNomination(const NominationPorts& ports,
                                                  int64_t nomination_id) {
  auto found = ports.nominations.FindNomination(nomination_id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error =
        NotFound("không có đề cử số " + std::to_string(nomination_id) + " (no such nomination)");
    error.field = "nomination_id";
    return error;
  }
  auto election = EditableElection(ports, (*found)->election_id);
  if (!election.ok()) return election.error();
  return EditableNomination{std::move(**found), std::move(*election)};
}

std::optional<Date> OpeningOf(Store& store, const CongressRef& congress) {
  auto record = store.FindCongress(congress.org_code, congress.term);
  if (!record.ok() || !*record) return std::nullopt;
  if ((*record)->held_start) return (*record)->held_start;
  return (*record)->planned_start;
}

std::optional<int64_t> ConvenedOf(Store& store, const Actor& actor, const CongressRef& congress) {
  auto roll = ShowRoll(store, actor, congress);
  if (!roll.ok() || roll->result.denominator <= 0) return std::nullopt;
  return roll->result.denominator;
}

Result<election::ShowOfHands> CheckedVote(const NominationPorts& ports, const Actor& actor,
                                          const CongressRef& congress, const VoteCount& vote,
                                          bool needs_convened) {
  election::ShowOfHands counted;
  counted.present = vote.present;
  counted.in_favour = vote.in_favour;
  if (vote.present <= 0) {
    return InvalidInput("số người có mặt phải lớn hơn 0 (present must be positive)", "present");
  }
  if (vote.in_favour < 0 || vote.in_favour > vote.present) {
    return InvalidInput("số người tán thành phải từ 0 đến số người có mặt (in favour: 0–present)",
                        "in_favour");
  }
  std::optional<int64_t> convened = vote.convened;
  if (!convened && needs_convened) convened = ConvenedOf(ports.store, actor, congress);
  if (needs_convened && !convened) {
    return InvalidInput(
        "đại hội chưa có danh sách triệu tập: cần ghi số đại biểu triệu tập (convened is unknown: "
        "give it)",
        "convened");
  }
  if (convened) {
    if (*convened < vote.present) {
      return InvalidInput("số người có mặt nhiều hơn số triệu tập (more present than convened)",
                          "convened");
    }
    counted.convened = *convened;
  }
  return counted;
}

election::Nominee ToNominee(const NominationRecord& record) {
  election::Nominee nominee;
  nominee.id = std::to_string(record.id);
  nominee.member_id = record.member_id;
  nominee.full_name = record.full_name;
  nominee.gender = record.gender;
  nominee.birth_date = record.birth_date;
  nominee.full_member_date = record.full_member_date;
  nominee.full_member = record.full_member;
  nominee.convening_committee_member = record.convening_committee_member;
  nominee.source = record.source;
  nominee.nominated_by = record.nominated_by;
  nominee.nominated_by_committee_member = record.nominated_by_committee_member;
  nominee.gate = record.gate;
  nominee.withdrawal_requested = record.withdrawal_requested;
  nominee.withdrawal_vote = record.withdrawal_vote;
  return nominee;
}

std::vector<election::Nominee> ToNominees(const std::vector<NominationRecord>& records) {
  std::vector<election::Nominee> nominees;
  nominees.reserve(records.size());
  for (const NominationRecord& record : records) nominees.push_back(ToNominee(record));
  return nominees;
}

}  // namespace daihoi::app::nomination_detail
