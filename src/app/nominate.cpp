// Use case: a person nominated to an election from the member registry (app/nominations.h).
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/nomination_common.h"
#include "app/nominations.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

// R-INCUMBENT: the convening committee sits on its congress's roll ex officio (R-EX-OFFICIO).
bool OnTheConveningCommittee(Store& store, const CongressRef& congress, const org::Member& member) {
  auto roll = store.Roll(congress.org_code, congress.term);
  if (!roll.ok()) return false;
  for (const RollEntry& entry : roll->entries) {
    if (entry.role != election::RollRole::kExOfficio) continue;
    if (!entry.member_id.empty()) {
      if (entry.member_id == member.id) return true;
      continue;
    }
    if (text::Normalize(entry.full_name) == text::Normalize(member.full_name) &&
        entry.birth_date == member.birth_date) {
      return true;
    }
  }
  return false;
}

Result<org::Member> RegistryMember(Store& store, const std::string& org_code,
                                   const std::string& member_id) {
  MemberQuery query;
  query.root = org_code;
  query.text = member_id;
  query.limit = 1000;
  auto page = store.SearchMembers(query);
  if (!page.ok()) return page.error();
  for (org::Member& member : page->items) {
    if (member.id == member_id) return std::move(member);
  }
  Error error = NotFound("không có đảng viên mã '" + member_id + "' trong đảng bộ " + org_code +
                         " (no such member in the organization)");
  error.field = "member_id";
  return error;
}

}  // namespace

Result<int64_t> Nominate(const NominationPorts& ports, const Actor& actor, int64_t election_id,
                         const NominateRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeElection(ports.Counting(), actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      ports.store, actor,
      {"nomination.add", *allowed,
       ChangeText({{"election", std::to_string(election_id)}, {"member", request.member_id}})},
      [&]() -> Result<int64_t> {
        auto election = nomination_detail::EditableElection(ports, election_id);
        if (!election.ok()) return election.error();
        const std::string member_id = text::Normalize(request.member_id);
        if (member_id.empty()) {
          return InvalidInput("chưa chọn đảng viên được đề cử (member_id is required)",
                              "member_id");
        }
        const std::string nominated_by = text::Normalize(request.nominated_by);
        if (request.source == election::NominationSource::kFloor && nominated_by.empty()) {
          return InvalidInput("đề cử tại đại hội phải ghi người đề cử (who nominated is required)",
                              "nominated_by");
        }
        const CongressRef congress{election->org_code, election->term};
        auto member = RegistryMember(ports.store, congress.org_code, member_id);
        if (!member.ok()) return member.error();

        NominationRecord record;
        record.election_id = election_id;
        record.member_id = member->id;
        record.full_name = member->full_name;
        record.gender = member->gender;
        record.birth_date = member->birth_date;
        record.full_member_date = member->full_member_date;
        record.full_member = member->status == org::MemberStatus::kFull;  // R-VOTERS
        record.convening_committee_member = request.convening_committee_member.value_or(
            OnTheConveningCommittee(ports.store, congress, *member));
        record.source = request.source;
        if (request.source == election::NominationSource::kFloor) {
          record.nominated_by = nominated_by;
          record.nominated_by_committee_member = request.nominated_by_committee_member;
        }
        return ports.nominations.AddNomination(record);
      });
}

}  // namespace daihoi::app
