// The change marker (migration 12) and the server's progress cache (app/progress_cache.h) on
// both engines: a write to organizations, congresses or levels moves the marker, by this store
// or another connection; the cache reuses its index until then and rebuilds after; the cached
// figures are those of the one-shot use case the CLI runs.
#include <string>
#include <vector>

#include "app/demo.h"
#include "app/ports/change_marker_store.h"
#include "app/progress.h"
#include "app/progress_cache.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

class ProgressCacheContract : public StoreContract {
 protected:
  int64_t Marker(app::Store& store) {
    auto marker = app::ChangeMarkersOf(store).ChangeMarker();
    EXPECT_TRUE(marker.ok()) << marker.error().message;
    return marker.ok() ? *marker : -1;
  }
};

Date D(const char* text) { return *Date::Parse(text); }

planning::Congress Planned(std::string org, const char* start, const char* end) {
  planning::Congress c;
  c.org_code = std::move(org);
  c.term = "2025-2030";
  c.planned_start = D(start);
  c.planned_end = D(end);
  return c;
}

// Every figure of a report, one line each, so a difference shows where it is.
std::string Describe(const app::ProgressReport& r) {
  const planning::Progress& p = r.progress;
  std::string out = r.root + "|" + r.root_name + "|" + r.superior_name + "|" +
                    std::to_string(r.levels.size()) + "|" + std::to_string(p.round_year) + "\n";
  auto rows = [&](const std::vector<planning::LevelProgress>& levels) {
    for (const auto& l : levels) {
      out += "  " + l.level + " " + std::to_string(l.total) + " " + std::to_string(l.held) + " " +
             std::to_string(l.scheduled) + " " + std::to_string(l.unscheduled) + " " +
             std::to_string(l.overdue) + "\n";
    }
  };
  rows(p.levels);
  for (const auto& c : p.children) {
    out += "child " + c.code + " " + c.name + "\n";
    rows(c.levels);
  }
  for (const auto& o : p.overdue) out += "overdue " + o.code + " " + o.planned_end.ToIso() + "\n";
  for (const auto& a : p.at_risk) {
    out += "at_risk " + a.code + " " + a.parent_code + " " + std::to_string(a.days_before_parent) +
           "\n";
  }
  const planning::Forecast& f = r.forecast;
  out += "forecast " + (f.finish ? f.finish->ToIso() : "-") + "\n";
  for (const auto& l : f.levels) {
    out += "  " + l.level + " " + std::to_string(l.total) + " " + std::to_string(l.held) + " " +
           (l.latest_end ? l.latest_end->ToIso() : "-") + " " + ToString(l.verdict) + "\n";
  }
  for (const auto& k : f.at_risk) out += "risk " + k.code + " " + ToString(k.reason) + "\n";
  return out;
}

TEST_P(ProgressCacheContract, EveryWriteToTheRoundsTablesMovesTheMarker) {
  const int64_t start = Marker(*store_);
  ASSERT_TRUE(store_->UpsertOrganizations(Hanoi()).ok());
  const int64_t after_orgs = Marker(*store_);
  EXPECT_NE(after_orgs, start);
  // Reads leave it alone.
  ASSERT_TRUE(store_->AllOrganizations().ok());
  ASSERT_TRUE(store_->Congresses("").ok());
  EXPECT_EQ(Marker(*store_), after_orgs);

  ASSERT_TRUE(store_->UpsertCongresses({Planned("BD-QT", "2025-06-01", "2025-06-02")}).ok());
  const int64_t after_congress = Marker(*store_);
  EXPECT_NE(after_congress, after_orgs);
  auto levels = store_->Levels();
  ASSERT_TRUE(levels.ok());
  ASSERT_TRUE(store_->UpsertLevels(*levels).ok());
  EXPECT_NE(Marker(*store_), after_congress);
  // Another connection's write is seen too (the CLI beside a running server).
  const int64_t before = Marker(*store_);
  auto other = OpenStore(url_);
  ASSERT_TRUE(other.ok()) << other.error().message;
  ASSERT_TRUE((*other)->UpsertCongresses({Planned("HK", "2025-07-01", "2025-07-01")}).ok());
  EXPECT_NE(Marker(*store_), before);
}

TEST_P(ProgressCacheContract, CacheIsReusedUntilAWriteThenSubtreesReadAloneUntilTheCountryRebuilds) {
  ASSERT_TRUE(store_->UpsertOrganizations(Hanoi()).ok());
  ASSERT_TRUE(store_
                  ->UpsertCongresses({Planned("BD-QT", "2025-06-01", "2025-06-02"),
                                      Planned("BD-KM", "2025-06-10", "2025-06-10")})
                  .ok());
  app::ProgressCache cache;
  const Date as_of = D("2025-06-05");
  auto first = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "BD",
                                 as_of, nullptr, "root");
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(cache.builds(), 1);
  ASSERT_EQ(first->progress.levels.size(), 2u);  // grassroots, cell
  EXPECT_EQ(first->progress.levels[0].held, 0);
  EXPECT_EQ(first->progress.levels[0].overdue, 1);  // BD-QT ended 02/06, not held
  // Another date, another root: the same index.
  ASSERT_TRUE(app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "",
                                D("2025-07-01"), nullptr, "root")
                  .ok());
  ASSERT_TRUE(app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "HK",
                                as_of, nullptr, "root")
                  .ok());
  EXPECT_EQ(cache.builds(), 1);

  // BD-QT is held, recorded through another connection: the next answer sees it.
  planning::Congress held = Planned("BD-QT", "2025-06-01", "2025-06-02");
  held.held_start = D("2025-06-01");
  held.held_end = D("2025-06-02");
  auto other = OpenStore(url_);
  ASSERT_TRUE(other.ok()) << other.error().message;
  ASSERT_TRUE((*other)->UpsertCongresses({held}).ok());
  // A subtree is read on its own while the index is stale; the country rebuilds it.
  auto second = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "BD",
                                  as_of, nullptr, "root");
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(cache.builds(), 1);
  EXPECT_EQ(second->progress.levels[0].held, 1);
  EXPECT_EQ(second->progress.levels[0].overdue, 0);
  auto country = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "",
                                   as_of, nullptr, "root");
  ASSERT_TRUE(country.ok()) << country.error().message;
  EXPECT_EQ(cache.builds(), 2);
  auto again = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "BD",
                                 as_of, nullptr, "root");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(cache.builds(), 2);
  EXPECT_EQ(again->progress.levels[0].held, 1);

  // A new organization is in the next answers too.
  ASSERT_TRUE(store_->UpsertOrganizations({Org("BD-NEW", "Chi bộ mới", "grassroots", "BD")}).ok());
  auto third = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "BD",
                                 as_of, nullptr, "root");
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->progress.levels[0].total, 3);
  auto whole = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "",
                                 as_of, nullptr, "root");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(cache.builds(), 3);
  auto fourth = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"), "BD",
                                  as_of, nullptr, "root");
  ASSERT_TRUE(fourth.ok());
  EXPECT_EQ(fourth->progress.levels[0].total, 3);

  auto unknown = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"),
                                   "NOPE", as_of, nullptr, "--root");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().field, "--root");
}

// On a small national data set (several provinces, communes, cells, congresses of the round):
// the cached answer for the country, every province and commune, and some cells equals the
// one-shot answer that reads the subtree from the store, on several dates and with a plan.
TEST_P(ProgressCacheContract, CachedFiguresEqualTheOneShotUseCase) {
  app::NationalOptions options;
  options.provinces = 3;
  options.communes = 12;
  options.units = 600;
  options.members = 12000;
  auto loaded = app::LoadNationalDemo(*store_, options, {});
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  auto all = store_->AllOrganizations();
  ASSERT_TRUE(all.ok());
  std::vector<std::string> roots = {""};
  for (size_t i = 0; i < all->size(); ++i) {
    if ((*all)[i].level != "cell" || i % 97 == 0) roots.push_back((*all)[i].code);
  }
  planning::Plan plan;
  plan.term = "2025-2030";
  plan.windows["cell"] = {D("2025-01-01"), D("2025-03-31")};
  plan.windows["grassroots"] = {D("2025-07-15"), D("2025-08-31")};
  plan.windows["province"] = {D("2025-10-01"), D("2025-10-31")};
  app::ProgressCache cache;
  for (const std::string& root : roots) {
    for (const char* day : {"2025-02-01", "2025-08-15", "2025-12-31"}) {
      SCOPED_TRACE("root '" + root + "' as of " + day);
      for (const planning::Plan* p : std::vector<const planning::Plan*>{nullptr, &plan}) {
        auto once = app::ShowProgress(*store_, ::daihoi::app::Actor::CommandLine("test"), root,
                                      D(day), p, "root");
        auto cached = app::ShowProgress(cache, *store_, ::daihoi::app::Actor::CommandLine("test"),
                                        root, D(day), p, "root");
        ASSERT_TRUE(once.ok()) << once.error().message;
        ASSERT_TRUE(cached.ok()) << cached.error().message;
        EXPECT_EQ(Describe(*cached), Describe(*once));
      }
    }
  }
  EXPECT_EQ(cache.builds(), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, ProgressCacheContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
