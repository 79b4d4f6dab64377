#include <utility>

#include "app/authorize.h"
#include "app/load_round.h"
#include "app/progress.h"
#include "planning/progress_index.h"

namespace daihoi::app {
namespace {

// Every organization, every congress: the whole country as one tree with several tops.
Result<RoundData> LoadCountry(Store& store) {
  auto levels = store.Levels();
  if (!levels) return levels.error();
  auto orgs = store.AllOrganizations();
  if (!orgs) return orgs.error();
  auto tree = org::OrgTree::Build(std::move(*orgs), *levels);
  if (!tree) {
    return StorageError(
        "dữ liệu tổ chức trong cơ sở dữ liệu không nhất quán (inconsistent "
        "organizations): " +
        tree.error().Describe());
  }
  auto congresses = store.Congresses("");
  if (!congresses) return congresses.error();
  return RoundData{std::move(*levels), std::move(*tree), kCountryName, std::move(*congresses)};
}

// With a plan, the round is the plan's term; without one ComputeProgress's pick.
planning::ProgressOptions OptionsFor(const planning::Plan* plan) {
  planning::ProgressOptions options;
  if (plan) options.round_year = planning::TermStartYear(plan->term);
  return options;
}

}  // namespace

Result<ProgressReport> ShowProgress(Store& store, const Actor& actor, const std::string& root,
                                    Date as_of, const planning::Plan* plan,
                                    const std::string& field) {
  // docs/security.md: the whole country needs a global grant; LoadRound decides a subtree.
  if (root.empty()) {
    if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root);
        !allowed.ok())
      return allowed.error();
  }
  auto data = root.empty() ? LoadCountry(store) : LoadRound(store, actor, root, field);
  if (!data) return data.error();
  ProgressReport report;
  report.root = root;
  report.root_name = data->root_name;
  if (!root.empty()) {
    auto ancestors = store.Ancestors(root);
    if (!ancestors) return ancestors.error();
    if (!ancestors->empty()) report.superior_name = ancestors->front().name;
  }
  // One pass over the subtree for the progress and the forecast alike (progress_index.h).
  const auto index = planning::ProgressIndex::Build(data->tree, data->levels, data->congresses);
  auto answer = index.Compute(root, as_of, OptionsFor(plan), plan);
  if (!answer) return answer.error();
  report.levels = std::move(data->levels);
  report.tree = std::move(data->tree);
  report.congresses = std::move(data->congresses);
  report.progress = std::move(answer->progress);
  report.forecast = std::move(answer->forecast);
  return report;
}

Result<ProgressReport> ShowProgress(ProgressCache& cache, Store& store, const Actor& actor,
                                    const std::string& root, Date as_of, const planning::Plan* plan,
                                    const std::string& field) {
  if (root.empty()) {
    if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root);
        !allowed.ok())
      return allowed.error();
  }
  // After a write the index is stale. A subtree is then read on its own, as the command line
  // does (tens of milliseconds for a province at national scale), rather than the whole country
  // indexed again (over a second); the country's answer rebuilds the index.
  auto snapshot = root.empty() ? cache.Snapshot(store) : cache.SnapshotUnlessStale(store);
  if (!snapshot) return snapshot.error();
  if (!*snapshot) return ShowProgress(store, actor, root, as_of, plan, field);
  const planning::ProgressIndex& index = (*snapshot)->index;
  ProgressReport report;
  report.root = root;
  report.root_name = kCountryName;
  if (!root.empty()) {
    const std::string* name = index.Name(root);
    if (!name) {
      Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
      error.field = field;
      return error;
    }
    report.root_name = *name;
    // docs/security.md: after the unknown root's 404 (which names the field), the scope.
    if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root);
        !allowed.ok())
      return allowed.error();
    report.superior_name = *index.ParentName(root);
  }
  auto answer = index.Compute(root, as_of, OptionsFor(plan), plan);
  if (!answer) return answer.error();
  report.levels = index.levels();
  report.progress = std::move(answer->progress);
  report.forecast = std::move(answer->forecast);
  return report;
}

}  // namespace daihoi::app
