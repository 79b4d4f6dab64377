// Use case: apply a finished election's result to the organization's bodies, or a delegates
// election's to the parent congress's roll (R-DELEGATES, R-RANK).
#include <string>
#include <unordered_set>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting_common.h"
#include "app/results.h"
#include "app/results_common.h"

namespace daihoi::app {

Result<AppliedElection> ApplyResult(const CountingPorts& ports, const Actor& actor,
                                    int64_t election_id, bool accept_unfilled) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeElection(ports, actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<AppliedElection>(
      ports.store, actor,
      {"result.apply", *allowed, ChangeText({{"election", std::to_string(election_id)}})},
      [&]() -> Result<AppliedElection> {
        auto election = counting_detail::FindElection(ports.elections, election_id);
        if (!election.ok()) return election.error();
        auto rounds = results_detail::LoadRounds(ports, actor, election_id);
        if (!rounds.ok()) return rounds.error();
        if (Status s = election::CheckFinished(rounds->closed, rounds->any_open, accept_unfilled);
            !s) {
          Error error = s.error();
          error.field = "election_id";
          return error;
        }
        auto list = ports.elections.Candidates(election_id);
        if (!list.ok()) return list.error();

        AppliedElection applied;
        applied.election = *election;
        applied.body = election::BodyOf(election->kind);
        for (const election::ElectedPerson& elected : election::ElectedFromRounds(rounds->closed)) {
          if (elected.position < 0 || elected.position >= static_cast<int>(list->size())) {
            return StorageError("election " + std::to_string(election_id) +
                                ": an elected position is outside the list");
          }
          const CandidateRecord& candidate = (*list)[elected.position];
          ElectedMember member;
          member.person = {candidate.full_name, candidate.member_id, candidate.gender,
                           candidate.birth_date};
          member.capacity = elected.capacity;
          member.rank = elected.rank;
          member.round = elected.round;
          member.votes = elected.votes;
          applied.elected.push_back(std::move(member));
        }

        ResultStore& results = ResultsOf(ports.store);
        if (applied.body) {
          auto bodies = results.Bodies(election->org_code, election->term);
          if (!bodies.ok()) return bodies.error();
          for (const election::Membership& member : *bodies) {
            if (member.body == *applied.body && member.election_id &&
                *member.election_id != election_id) {
              return Error(ErrorCode::kConflict,
                           std::string(election::BodyLabel(*applied.body)) +
                               " nhiệm kỳ này đã được lập từ cuộc bầu cử " +
                               std::to_string(*member.election_id) +
                               " (the body came from another election)",
                           "election_id");
            }
          }
        } else {
          auto organization = ports.store.FindOrganization(election->org_code);
          if (!organization.ok()) return organization.error();
          if (!*organization || (*organization)->parent_code.empty()) {
            return Error(
                ErrorCode::kConflict,
                "'" + election->org_code +
                    "' không có tổ chức cấp trên để gửi đoàn đại biểu (no parent congress)",
                "election_id");
          }
          applied.parent_code = (*organization)->parent_code;
        }

        Status written = ports.store.InTransaction([&]() -> Status {
          if (applied.body) {
            std::vector<election::Membership> members;
            for (const ElectedMember& elected : applied.elected) {
              election::Membership membership;
              membership.body = *applied.body;
              membership.capacity = elected.capacity;
              membership.rank = elected.rank;
              membership.person = elected.person;
              membership.election_id = election_id;
              members.push_back(std::move(membership));
            }
            if (Status s =
                    results.ReplaceBody(election->org_code, election->term, *applied.body, members);
                !s) {
              return s;
            }
          } else {
            // A ballot list may name people outside the registry: only known member ids are
            // carried.
            std::vector<std::string> ids;
            for (const ElectedMember& elected : applied.elected) {
              if (!elected.person.member_id.empty()) ids.push_back(elected.person.member_id);
            }
            auto existing = ports.store.ExistingMemberIds(ids);
            if (!existing.ok()) return existing.error();
            const std::unordered_set<std::string> known(existing->begin(), existing->end());
            DelegationInput delegation;
            delegation.unit_code = election->org_code;
            for (const ElectedMember& elected : applied.elected) {
              NewDelegate delegate;
              delegate.full_name = elected.person.full_name;
              if (known.contains(elected.person.member_id)) {
                delegate.member_id = elected.person.member_id;
              }
              delegate.gender = elected.person.gender;
              delegate.birth_date = elected.person.birth_date;
              (elected.capacity == election::Capacity::kOfficial ? delegation.officials
                                                                 : delegation.alternates)
                  .push_back(std::move(delegate));
            }
            auto recorded = RecordDelegation(ports.store, actor,
                                             {applied.parent_code, election->term}, delegation);
            if (!recorded.ok()) return recorded.error();
          }
          return results.MarkApplied(election_id);
        });
        if (!written) return written.error();
        return applied;
      });
}

}  // namespace daihoi::app
