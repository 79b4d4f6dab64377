// Progress of a congress round on the national data set (`daihoi demo --scale national`: 34
// provinces, 3,321 communes, ≈ 300,000 organizations and as many congresses), on SQLite and
// PostgreSQL, each figure beside a baseline measured in the same run on the same engine:
//  - progress (with its forecast) for the whole country and for one province as of a date,
//    through the use case the CLI, the API and the dashboard call (app::ShowProgress), against a
//    plain recursive SQL query that walks the same subtree and joins its congresses;
//  - the same through the server's cache (app/progress_cache.h): cold, when the whole country is
//    read and indexed first, and warm, when the index is reused and only the change marker read;
//  - the plan check of one province (app::LoadRound + planning::CheckPlan, as `daihoi plan
//    check` runs it), against the same baseline for that province.
// The data set is generated once per engine. PostgreSQL runs use the server in DAIHOI_TEST_PG (a
// fresh schema, dropped at the end) and are skipped when it is unset. The target for progress
// is 50 ms (docs/progress.md, "Hiệu năng").
#include <benchmark/benchmark.h>
#include <postgresql/libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo.h"
#include "app/load_round.h"
#include "app/progress.h"
#include "planning/plan.h"
#include "ratio.h"
#include "storage/open.h"

namespace {

using daihoi::Date;
using daihoi::app::Store;
using Clock = std::chrono::steady_clock;

constexpr const char* kProvince = "NAT-P07";
const Date kAsOf = *Date::FromYmd(2025, 8, 15);

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The baseline: every organization of the subtree (all of them for an empty root) walked by a
// recursive query from the root, joined with its congresses, counted. Both engines run the same
// text ($1 is the root code, '' for every top).
constexpr const char* kBaselineSql = R"sql(
WITH RECURSIVE sub(id) AS (
  SELECT id FROM organizations
   WHERE ($1 = '' AND parent_id IS NULL) OR code = $1
  UNION ALL
  SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id
)
SELECT count(*) FROM sub JOIN congresses c ON c.org_id = sub.id
)sql";

class Raw {
 public:
  virtual ~Raw() = default;
  virtual int64_t Baseline(const std::string& root) = 0;
};

class RawSqlite final : public Raw {
 public:
  explicit RawSqlite(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("sqlite open");
    std::string sql = kBaselineSql;
    for (size_t at = sql.find("$1"); at != std::string::npos; at = sql.find("$1")) {
      sql.replace(at, 2, "?1");
    }
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sqlite3_errmsg(db_));
    }
  }
  ~RawSqlite() override {
    sqlite3_finalize(stmt_);
    sqlite3_close(db_);
  }
  int64_t Baseline(const std::string& root) override {
    sqlite3_bind_text(stmt_, 1, root.c_str(), static_cast<int>(root.size()), SQLITE_TRANSIENT);
    int64_t n = sqlite3_step(stmt_) == SQLITE_ROW ? sqlite3_column_int64(stmt_, 0) : -1;
    sqlite3_reset(stmt_);
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class RawPostgres final : public Raw {
 public:
  RawPostgres(const std::string& url, const std::string& schema) : conn_(PQconnectdb(url.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn_));
    PQclear(
        PQexec(conn_, ("SET client_min_messages = warning; SET search_path TO " + schema).c_str()));
    PGresult* prepared = PQprepare(conn_, "baseline", kBaselineSql, 1, nullptr);
    const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    PQclear(prepared);
    if (!ok) throw std::runtime_error(PQerrorMessage(conn_));
  }
  ~RawPostgres() override { PQfinish(conn_); }
  int64_t Baseline(const std::string& root) override {
    const char* params[] = {root.c_str()};
    PGresult* result = PQexecPrepared(conn_, "baseline", 1, params, nullptr, nullptr, 0);
    int64_t n =
        PQresultStatus(result) == PGRES_TUPLES_OK ? std::atoll(PQgetvalue(result, 0, 0)) : -1;
    PQclear(result);
    return n;
  }

 private:
  PGconn* conn_;
};

struct Engine {
  std::string name;
  std::unique_ptr<Store> store;
  std::unique_ptr<Raw> raw;
  std::function<void()> drop;
};

void Load(Engine& engine) {
  auto start = Clock::now();
  auto report = daihoi::app::LoadNationalDemo(*engine.store, daihoi::app::NationalOptions{}, {});
  if (!report.ok()) throw std::runtime_error("national demo: " + report.error().message);
  std::printf(
      "progress_bench: %s: national data set (%lld organizations, %lld congresses) in %.1f s\n",
      engine.name.c_str(), static_cast<long long>(report->orgs),
      static_cast<long long>(report->congresses), Seconds(start));
}

void Baseline(benchmark::State& state, Engine* engine, std::string root) {
  int64_t rows = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    rows = engine->raw->Baseline(root);
    state.SetIterationTime(Seconds(start));
  }
  state.counters["congresses"] = static_cast<double>(rows);
}

void Progress(benchmark::State& state, Engine* engine, std::string root) {
  int64_t organizations = 0;
  int64_t held = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    auto report = daihoi::app::ShowProgress(
        *engine->store, daihoi::app::Actor::CommandLine("bench"), root, kAsOf, nullptr, "root");
    state.SetIterationTime(Seconds(start));
    if (!report.ok()) {
      state.SkipWithError(report.error().message.c_str());
      return;
    }
    organizations = 0;
    held = 0;
    for (const auto& level : report->progress.levels) {
      organizations += level.total;
      held += level.held;
    }
  }
  state.counters["orgs"] = static_cast<double>(organizations);
  state.counters["held"] = static_cast<double>(held);
}

// The server's path (app/progress_cache.h). Cold: a new cache each time, so the whole country
// is read and indexed before the answer. Warm: the cache built once beforehand, each iteration
// another date (the dashboard moving through the round), validated by the change marker. Stale:
// the cache built, then a congress written before each iteration (untimed), so the index is out
// of date: a subtree is read on its own, the country rebuilds the index.
enum class CacheState { kCold, kWarm, kStale };

void Cached(benchmark::State& state, Engine* engine, std::string root, CacheState mode) {
  auto cache = std::make_unique<daihoi::app::ProgressCache>();
  const auto actor = daihoi::app::Actor::CommandLine("bench");
  if (mode != CacheState::kCold &&
      !daihoi::app::ShowProgress(*cache, *engine->store, actor, "", kAsOf, nullptr, "root")) {
    state.SkipWithError("warming the cache failed");
    return;
  }
  std::vector<daihoi::planning::Congress> written;
  if (mode == CacheState::kStale) {
    auto congresses = engine->store->Congresses(kProvince);
    if (!congresses || congresses->empty()) {
      state.SkipWithError("no congress to write");
      return;
    }
    written = {congresses->front()};
  }
  int64_t organizations = 0;
  int64_t day = 0;
  for (auto _ : state) {
    if (mode == CacheState::kCold) cache = std::make_unique<daihoi::app::ProgressCache>();
    if (mode == CacheState::kStale && !engine->store->UpsertCongresses(written)) {
      state.SkipWithError("writing a congress failed");
      return;
    }
    const Date as_of = Date::FromDays(kAsOf.days() + (day++ % 60) - 30);
    auto start = Clock::now();
    auto report =
        daihoi::app::ShowProgress(*cache, *engine->store, actor, root, as_of, nullptr, "root");
    state.SetIterationTime(Seconds(start));
    if (!report.ok()) {
      state.SkipWithError(report.error().message.c_str());
      return;
    }
    organizations = 0;
    for (const auto& level : report->progress.levels) organizations += level.total;
  }
  state.counters["orgs"] = static_cast<double>(organizations);
  state.counters["builds"] = static_cast<double>(cache->builds());
}

// The national data set's round: cells in the first quarter of 2025, communes from mid-July to
// the end of August, provinces in October.
daihoi::planning::Plan NationalPlan() {
  daihoi::planning::Plan plan;
  plan.root = kProvince;
  plan.term = "2025-2030";
  plan.windows["cell"] = {*Date::FromYmd(2025, 1, 1), *Date::FromYmd(2025, 3, 31)};
  plan.windows["grassroots"] = {*Date::FromYmd(2025, 7, 15), *Date::FromYmd(2025, 8, 31)};
  plan.windows["province"] = {*Date::FromYmd(2025, 10, 1), *Date::FromYmd(2025, 10, 31)};
  plan.max_days["grassroots"] = 2;
  plan.max_days["province"] = 3;
  return plan;
}

void PlanCheck(benchmark::State& state, Engine* engine) {
  const daihoi::planning::Plan plan = NationalPlan();
  size_t violations = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    auto data = daihoi::app::LoadRound(*engine->store, daihoi::app::Actor::CommandLine("bench"),
                                       plan.root, "root");
    if (!data.ok()) {
      state.SkipWithError(data.error().message.c_str());
      return;
    }
    auto found = daihoi::planning::CheckPlan(plan, data->tree, data->levels, data->congresses);
    state.SetIterationTime(Seconds(start));
    if (!found.ok()) {
      state.SkipWithError(found.error().message.c_str());
      return;
    }
    violations = found->size();
  }
  state.counters["violations"] = static_cast<double>(violations);
}

std::unique_ptr<Engine> SqliteEngine(const std::filesystem::path& dir) {
  auto engine = std::make_unique<Engine>();
  engine->name = "sqlite";
  const std::string path = (dir / "national.db").string();
  auto store = daihoi::storage::OpenStore("sqlite:" + path);
  if (!store.ok()) throw std::runtime_error(store.error().message);
  engine->store = std::move(*store);
  Load(*engine);
  engine->raw = std::make_unique<RawSqlite>(path);
  return engine;
}

std::unique_ptr<Engine> PostgresEngine(const std::string& pg) {
  auto engine = std::make_unique<Engine>();
  engine->name = "postgres";
  const std::string schema = "progress_bench_" + std::to_string(getpid());
  PGconn* admin = PQconnectdb(pg.c_str());
  if (PQstatus(admin) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(admin));
  PQclear(PQexec(admin, ("CREATE SCHEMA " + schema).c_str()));
  engine->drop = [admin, schema] {
    PQclear(PQexec(admin, ("DROP SCHEMA " + schema + " CASCADE").c_str()));
    PQfinish(admin);
  };
  const std::string url =
      pg + (pg.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
  auto store = daihoi::storage::OpenStore(url);
  if (!store.ok()) throw std::runtime_error(store.error().message);
  engine->store = std::move(*store);
  Load(*engine);
  PQclear(
      PQexec(admin, ("ANALYZE " + schema + ".organizations, " + schema + ".congresses").c_str()));
  engine->raw = std::make_unique<RawPostgres>(pg, schema);
  return engine;
}

void Register(Engine* engine, std::vector<std::pair<std::string, std::string>>& pairs) {
  const std::string& e = engine->name;
  auto timed = [](benchmark::internal::Benchmark* b) {
    b->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
  };
  const std::pair<std::string, std::string> roots[] = {{"country", ""}, {"province", kProvince}};
  for (const auto& [label, root] : roots) {
    const std::string baseline = e + "/baseline_recursive_sql_" + label;
    const std::string figure = e + "/progress_" + label;
    timed(benchmark::RegisterBenchmark(baseline.c_str(), Baseline, engine, root));
    timed(benchmark::RegisterBenchmark(figure.c_str(), Progress, engine, root));
    pairs.push_back(
        {figure + "/iterations:10/manual_time", baseline + "/iterations:10/manual_time"});
    const std::pair<CacheState, const char*> states[] = {
        {CacheState::kCold, "/progress_cached_cold_"},
        {CacheState::kWarm, "/progress_warm_"},
        {CacheState::kStale, "/progress_stale_"}};
    for (const auto& [mode, name] : states) {
      const std::string cached = e + name + label;
      timed(benchmark::RegisterBenchmark(cached.c_str(), Cached, engine, root, mode));
      pairs.push_back(
          {cached + "/iterations:10/manual_time", baseline + "/iterations:10/manual_time"});
    }
  }
  const std::string check = e + "/plan_check_province";
  timed(benchmark::RegisterBenchmark(check.c_str(), PlanCheck, engine));
  pairs.push_back({check + "/iterations:10/manual_time",
                   e + "/baseline_recursive_sql_province/iterations:10/manual_time"});
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("daihoi_progress_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::vector<std::unique_ptr<Engine>> engines;
  std::vector<std::pair<std::string, std::string>> pairs;
  int rc = 0;
  try {
    engines.push_back(SqliteEngine(dir));
    const char* pg = std::getenv("DAIHOI_TEST_PG");
    if (pg != nullptr && *pg != '\0') {
      engines.push_back(PostgresEngine(pg));
    } else {
      std::cout << "progress_bench: DAIHOI_TEST_PG is unset, PostgreSQL figures skipped\n";
    }
    for (auto& engine : engines) Register(engine.get(), pairs);
    rc = daihoi::bench::RunWithRatios(argc, argv, pairs);
  } catch (const std::exception& e) {
    std::cerr << "progress_bench: " << e.what() << "\n";
    rc = 3;
  }
  for (auto& engine : engines) {
    engine->store.reset();
    engine->raw.reset();
    if (engine->drop) engine->drop();
  }
  std::filesystem::remove_all(dir);
  return rc;
}
