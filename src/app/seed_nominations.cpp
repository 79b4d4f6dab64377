// Use case: the approved scheme's committee list nominated to the congress's committee election
// (source "committee"); R-SURPLUS of that list is the nominations' own check (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/nominations.h"
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Result<SeedResult> SeedNominations(const PersonnelPorts& ports, const Actor& actor,
                                   const std::string& org_code, const std::string& term,
                                   std::optional<int64_t> election_id) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s.error();
  }
  auto versions = personnel_detail::Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  const SchemeRecord* approved = nullptr;
  for (const SchemeRecord& record : *versions) {
    if (record.status == personnel::SchemeStatus::kApproved) approved = &record;
  }
  if (approved == nullptr) {
    Error error(ErrorCode::kConflict,
                "đề án nhân sự chưa được cấp trên phê duyệt: chưa lập danh sách đề cử được");
    error.field = "status";
    return error;
  }
  ElectionStore& elections = ElectionsOf(ports.store);
  NominationStore& nominations = NominationsOf(ports.store);
  SeedResult result;
  if (election_id) {
    auto found = elections.FindElection(*election_id);
    if (!found.ok()) return found.error();
    if (!*found || (*found)->org_code != org_code || (*found)->term != term) {
      Error error =
          NotFound("không có cuộc bầu cử số " + std::to_string(*election_id) + " của đại hội này");
      error.field = "election_id";
      return error;
    }
    result.election_id = *election_id;
  } else {
    auto all = elections.Elections(org_code, term);
    if (!all.ok()) return all.error();
    std::vector<int64_t> committee;
    for (const ElectionRecord& record : *all) {
      if (record.kind == election::ElectionKind::kCommittee) committee.push_back(record.id);
    }
    if (committee.size() != 1) {
      Error error =
          InvalidInput(committee.empty() ? "đại hội chưa có cuộc bầu cử Ban Chấp hành"
                                         : "đại hội có nhiều cuộc bầu cử Ban Chấp hành: chọn một",
                       "election_id");
      return error;
    }
    result.election_id = committee.front();
  }
  auto nominees = ports.personnel.SchemeNominees(approved->id);
  if (!nominees.ok()) return nominees.error();
  auto existing = nominations.Nominations(result.election_id);
  if (!existing.ok()) return existing.error();
  const NominationPorts nomination_ports{ports.store, elections, nominations, ports.profiles};
  Status s = ports.store.InTransaction([&]() -> Status {
    for (const SchemeNomineeRecord& nominee : *nominees) {
      if (nominee.list != personnel::SchemeList::kCommittee) continue;
      bool already = false;
      for (const NominationRecord& record : *existing)
        already |= record.member_id == nominee.member_id;
      if (already) {
        ++result.already;
        continue;
      }
      NominateRequest request;
      request.member_id = nominee.member_id;
      request.source = election::NominationSource::kCommittee;
      request.convening_committee_member = nominee.outgoing;
      auto id = Nominate(nomination_ports, actor, result.election_id, request);
      if (!id.ok()) return id.error();
      ++result.added;
    }
    return RecordChange(ports.store, actor,
                        {"scheme.seed", org_code,
                         ChangeText({{"term", term},
                                     {"version", std::to_string(approved->version)},
                                     {"election_id", std::to_string(result.election_id)},
                                     {"added", std::to_string(result.added)}})});
  });
  if (!s) return s.error();
  return result;
}

}  // namespace daihoi::app
