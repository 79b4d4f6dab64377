// Use case: the statistics of the new committees over a subtree, rolled up per level
// (R-STRUCTURE: size, women, age bands, first-time and re-elected members).
#include <map>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/results.h"
#include "app/results_common.h"

namespace daihoi::app {

Result<CommitteeStats> ComputeCommitteeStats(Store& store, const Actor& actor,
                                             const CommitteeStatsRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, request.root);
      !allowed.ok())
    return allowed.error();
  if (request.term.empty()) return InvalidInput("thiếu nhiệm kỳ (term required)", "term");
  auto subtree = store.Subtree(request.root);
  if (!subtree.ok()) return subtree.error();
  if (subtree->empty()) return NotFound("organization '" + request.root + "' not found");
  auto levels = store.Levels();
  if (!levels.ok()) return levels.error();
  std::map<std::string, org::Level> level_of;
  for (const org::Level& level : *levels) level_of[level.code] = level;

  auto rows = ResultsOf(store).SubtreeBodies(request.root, election::Body::kCommittee);
  if (!rows.ok()) return rows.error();
  // organization → term → officials
  std::map<std::string, std::map<std::string, std::vector<election::Person>>> committees;
  for (const MembershipRow& row : *rows) {
    auto& officials = committees[row.org_code][row.term];
    if (row.membership.capacity == election::Capacity::kOfficial) {
      officials.push_back(row.membership.person);
    }
  }
  std::map<std::string, std::optional<Date>> opening;
  if (!request.as_of) {
    auto congresses = store.Congresses(request.root);
    if (!congresses.ok()) return congresses.error();
    for (const planning::Congress& congress : *congresses) {
      if (congress.term == request.term) {
        opening[congress.org_code] = results_detail::OpeningOf(congress);
      }
    }
  }

  CommitteeStats out;
  out.root = request.root;
  out.term = request.term;
  std::vector<election::OrgBodyStats> per_org;
  for (const org::Organization& organization : *subtree) {
    election::OrgBodyStats entry;
    entry.org_code = organization.code;
    entry.level = organization.level;
    entry.level_rank =
        level_of.contains(organization.level) ? level_of[organization.level].rank : 0;
    OrgCommitteeStats org_stats{organization.code, organization.name, organization.level, {}};
    auto terms = committees.find(organization.code);
    if (terms != committees.end()) {
      auto current = terms->second.find(request.term);
      if (current != terms->second.end() && !current->second.empty()) {
        std::vector<std::string> term_names;
        for (const auto& [term, officials] : terms->second) {
          if (!officials.empty()) term_names.push_back(term);
        }
        std::optional<std::vector<election::Person>> previous;
        if (auto earlier = results_detail::PreviousTerm(term_names, request.term)) {
          previous = terms->second[*earlier];
        }
        const std::optional<Date> as_of =
            request.as_of ? request.as_of : opening[organization.code];
        entry.stats = election::StatsOf(current->second, previous, as_of);
        org_stats.stats = entry.stats;
      }
    }
    per_org.push_back(std::move(entry));
    out.organizations.push_back(std::move(org_stats));
  }
  for (election::LevelStats& level : election::RollUp(per_org)) {
    LevelCommitteeStats level_stats;
    level_stats.level_name =
        level_of.contains(level.level) ? level_of[level.level].name : level.level;
    level_stats.warnings = election::CheckStructure(level.stats, request.targets);
    out.total += level.stats;
    level_stats.level = std::move(level);
    out.levels.push_back(std::move(level_stats));
  }
  return out;
}

}  // namespace daihoi::app
