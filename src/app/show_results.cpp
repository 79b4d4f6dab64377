// Use case: the results of a congress — its bodies, where each election's result stands, the
// approval (R-APPROVAL) and the delegation sent up to the parent congress.
#include <map>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/results.h"
#include "app/results_common.h"

namespace daihoi::app {

Result<CongressResults> ShowResults(const CountingPorts& ports, const Actor& actor,
                                    const CongressRef& congress) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed =
          Authorize(ports.store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  CongressResults view;
  auto organization = ports.store.FindOrganization(congress.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) return NotFound("organization '" + congress.org_code + "' not found");
  view.organization = **organization;
  auto record = ports.store.FindCongress(congress.org_code, congress.term);
  if (!record.ok()) return record.error();
  if (!*record) {
    Error error = NotFound("chưa có đại hội của '" + congress.org_code + "' nhiệm kỳ " +
                           congress.term + " (no congress record)");
    error.field = "term";
    return error;
  }
  view.congress = **record;
  if (!view.organization.parent_code.empty()) {
    auto parent = ports.store.FindOrganization(view.organization.parent_code);
    if (!parent.ok()) return parent.error();
    view.superior = *parent;
  }

  ResultStore& results = ResultsOf(ports.store);
  auto members = results.Bodies(congress.org_code, congress.term);
  if (!members.ok()) return members.error();
  for (election::Body body : election::kAllBodies) {
    BodyView body_view{body, {}};
    for (const auto& member : *members) {
      if (member.body == body) body_view.members.push_back(member);
    }
    if (!body_view.members.empty()) view.bodies.push_back(std::move(body_view));
  }

  auto applied = results.AppliedResults(congress.org_code, congress.term);
  if (!applied.ok()) return applied.error();
  std::map<int64_t, std::string> applied_at;
  for (const AppliedResult& result : *applied) applied_at[result.election_id] = result.applied_at;
  auto elections = ports.elections.Elections(congress.org_code, congress.term);
  if (!elections.ok()) return elections.error();
  for (const ElectionRecord& election : *elections) {
    ElectionResultState state;
    state.election = election;
    auto rounds = results_detail::LoadRounds(ports, actor, election.id);
    if (!rounds.ok()) return rounds.error();
    Status finished = election::CheckFinished(rounds->closed, rounds->any_open, false);
    state.finished = finished.ok();
    if (!finished) state.reason = finished.error().message;
    if (auto found = applied_at.find(election.id); found != applied_at.end()) {
      state.applied_at = found->second;
    }
    view.elections.push_back(std::move(state));
  }

  auto approval = results.FindApproval(congress.org_code, congress.term);
  if (!approval.ok()) return approval.error();
  view.approval = *approval;

  if (view.superior) {
    auto roll = ports.store.Roll(view.superior->code, congress.term);
    if (!roll.ok()) return roll.error();
    for (const RollEntry& entry : roll->entries) {
      if (entry.role != election::RollRole::kExOfficio && entry.unit_code == congress.org_code) {
        view.delegation.push_back(entry);
      }
    }
  }

  const auto committee = results_detail::Officials(*members, election::Body::kCommittee);
  if (!committee.empty()) {
    auto terms = results.BodyTerms(congress.org_code);
    if (!terms.ok()) return terms.error();
    std::optional<std::vector<election::Person>> previous;
    view.previous_term = results_detail::PreviousTerm(*terms, congress.term);
    if (view.previous_term) {
      auto earlier = results.Bodies(congress.org_code, *view.previous_term);
      if (!earlier.ok()) return earlier.error();
      previous = results_detail::Officials(*earlier, election::Body::kCommittee);
      // A previous term with other bodies but no committee tells nothing about the committee.
      if (previous->empty()) {
        previous.reset();
        view.previous_term.reset();
      }
    }
    view.as_of = results_detail::OpeningOf(view.congress);
    view.committee_stats = election::StatsOf(committee, previous, view.as_of);
  }
  return view;
}

}  // namespace daihoi::app
