// Storage throughput on SQLite and PostgreSQL, each figure beside a baseline measured in the same
// run on the same engine:
//  - member import (rows/s) through Store::UpsertMembers in one transaction, against a plain
//    INSERT loop of the same row count into a one-column table;
//  - CountsPerLevel on a national-shape tree (34 provinces × 98 communes × 90 cells ≈ 300k
//    organizations, stated member counts), against SELECT count(*) over organizations.
// DAIHOI_BENCH_MEMBERS sets the import row count (default 1,000,000). PostgreSQL runs use the
// server in DAIHOI_TEST_PG (a fresh schema, dropped at the end) and are skipped when it is unset.
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
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "storage/open.h"

namespace {

using daihoi::app::Store;
using daihoi::org::Member;
using daihoi::org::Organization;
using Clock = std::chrono::steady_clock;

int64_t MemberCount() {
  const char* value = std::getenv("DAIHOI_BENCH_MEMBERS");
  if (value == nullptr || *value == '\0') return 1'000'000;
  return std::max<int64_t>(1, std::atoll(value));
}

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void Check(const daihoi::Status& status, const char* what) {
  if (!status.ok()) throw std::runtime_error(std::string(what) + ": " + status.error().message);
}

// A deterministic pseudo-random sequence (64-bit LCG), so every run loads the same data.
struct Lcg {
  uint64_t state;
  uint64_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  }
};

// Raw SQL on the same database, for the baselines.
class Raw {
 public:
  virtual ~Raw() = default;
  virtual void Exec(const std::string& sql) = 0;
  // INSERT of `rows` values one statement at a time, in one transaction.
  virtual void InsertLoop(int64_t rows) = 0;
  virtual int64_t Count(const std::string& sql) = 0;
};

class RawSqlite final : public Raw {
 public:
  explicit RawSqlite(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("sqlite open");
    Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
  }
  ~RawSqlite() override { sqlite3_close(db_); }
  void Exec(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "";
      sqlite3_free(message);
      throw std::runtime_error("sqlite: " + text);
    }
  }
  void InsertLoop(int64_t rows) override {
    Exec("BEGIN");
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO baseline (v) VALUES (?)", -1, &stmt, nullptr);
    char value[32];
    for (int64_t k = 0; k < rows; ++k) {
      int size = std::snprintf(value, sizeof value, "B%09lld", static_cast<long long>(k));
      sqlite3_bind_text(stmt, 1, value, size, SQLITE_TRANSIENT);
      if (sqlite3_step(stmt) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
      sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    Exec("COMMIT");
  }
  int64_t Count(const std::string& sql) override {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr);
    int64_t n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
};

class RawPostgres final : public Raw {
 public:
  RawPostgres(const std::string& url, const std::string& schema) : conn_(PQconnectdb(url.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn_));
    Exec("SET client_min_messages = warning; SET search_path TO " + schema);
  }
  ~RawPostgres() override { PQfinish(conn_); }
  void Exec(const std::string& sql) override {
    PGresult* result = PQexec(conn_, sql.c_str());
    auto status = PQresultStatus(result);
    std::string message = PQresultErrorMessage(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw std::runtime_error("postgres: " + message);
    }
  }
  void InsertLoop(int64_t rows) override {
    Exec("BEGIN");
    PQclear(
        PQprepare(conn_, "baseline_insert", "INSERT INTO baseline (v) VALUES ($1)", 1, nullptr));
    char value[32];
    for (int64_t k = 0; k < rows; ++k) {
      std::snprintf(value, sizeof value, "B%09lld", static_cast<long long>(k));
      const char* params[] = {value};
      PGresult* result = PQexecPrepared(conn_, "baseline_insert", 1, params, nullptr, nullptr, 0);
      bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
      PQclear(result);
      if (!ok) throw std::runtime_error(PQerrorMessage(conn_));
    }
    Exec("COMMIT");
  }
  int64_t Count(const std::string& sql) override {
    PGresult* result = PQexec(conn_, sql.c_str());
    int64_t n =
        PQresultStatus(result) == PGRES_TUPLES_OK ? std::atoll(PQgetvalue(result, 0, 0)) : -1;
    PQclear(result);
    return n;
  }

 private:
  PGconn* conn_;
};

// One engine's database for the whole run.
struct Engine {
  std::string name;
  std::string url;
  std::unique_ptr<Store> store;
  std::unique_ptr<Raw> raw;
  std::function<void()> drop;
};

constexpr const char* kFamily[] = {"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng", "Huỳnh",
                                   "Phan",   "Vũ",   "Võ",    "Đặng", "Bùi",   "Đỗ",
                                   "Hồ",     "Ngô",  "Dương", "Lý"};
constexpr const char* kMiddle[] = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"};
constexpr const char* kGiven[] = {
    "An",     "Anh",   "Bình",  "Cường", "Dũng", "Đức",   "Giang", "Hà",   "Hải",  "Hạnh", "Hoa",
    "Hùng",   "Hương", "Khánh", "Lan",   "Linh", "Long",  "Mai",   "Minh", "Nam",  "Nga",  "Phong",
    "Phương", "Quân",  "Sơn",   "Tâm",   "Thảo", "Trang", "Tuấn",  "Vân",  "Việt", "Yến"};

// A small tree for the member import: 1 province, 10 communes, 1,000 cells.
std::vector<Organization> ImportTree() {
  std::vector<Organization> orgs;
  orgs.push_back({"P", "Tỉnh ủy Thử nghiệm", "province", "", "", std::nullopt});
  for (int commune = 0; commune < 10; ++commune) {
    std::string code = "P-" + std::to_string(commune);
    orgs.push_back({code, "Đảng bộ xã " + std::to_string(commune), "grassroots", "P", "residential",
                    std::nullopt});
    for (int cell = 0; cell < 100; ++cell) {
      orgs.push_back({code + "-" + std::to_string(cell), "Chi bộ " + std::to_string(cell), "cell",
                      code, "residential", std::nullopt});
    }
  }
  return orgs;
}

std::vector<Member> MemberChunk(int64_t first, int64_t count, Lcg& random) {
  std::vector<Member> members;
  members.reserve(static_cast<size_t>(count));
  char id[32];
  for (int64_t k = first; k < first + count; ++k) {
    Member member;
    std::snprintf(id, sizeof id, "DV%09lld", static_cast<long long>(k));
    member.id = id;
    member.full_name = std::string(kFamily[random.Next() % std::size(kFamily)]) + " " +
                       kMiddle[random.Next() % std::size(kMiddle)] + " " +
                       kGiven[random.Next() % std::size(kGiven)];
    member.gender = random.Next() % 2 ? "male" : "female";
    member.birth_date = daihoi::Date::FromYmd(1950 + static_cast<int>(random.Next() % 55),
                                              1 + static_cast<int>(random.Next() % 12),
                                              1 + static_cast<int>(random.Next() % 28));
    member.party_join_date =
        daihoi::Date::FromYmd(1975 + static_cast<int>(random.Next() % 50), 5, 19);
    member.org_code =
        "P-" + std::to_string(random.Next() % 10) + "-" + std::to_string(random.Next() % 100);
    member.status = random.Next() % 10 == 0 ? daihoi::org::MemberStatus::kProbationary
                                            : daihoi::org::MemberStatus::kFull;
    members.push_back(std::move(member));
  }
  return members;
}

// 34 provinces × 98 communes × 90 cells, each cell stating 5–32 full members (≈ 5.6M in all).
std::vector<Organization> NationalTree() {
  std::vector<Organization> orgs;
  orgs.reserve(34 + 34 * 98 + 34 * 98 * 90);
  Lcg random{2025};
  for (int province = 0; province < 34; ++province) {
    std::string p = "T" + std::to_string(province);
    orgs.push_back(
        {p, "Đảng bộ tỉnh " + std::to_string(province), "province", "", "", std::nullopt});
    for (int commune = 0; commune < 98; ++commune) {
      std::string c = p + "-X" + std::to_string(commune);
      orgs.push_back({c, "Đảng bộ xã " + std::to_string(commune), "grassroots", p, "residential",
                      std::nullopt});
      for (int cell = 0; cell < 90; ++cell) {
        orgs.push_back({c + "-C" + std::to_string(cell), "Chi bộ thôn " + std::to_string(cell),
                        "cell", c, "residential", static_cast<int64_t>(5 + random.Next() % 28)});
      }
    }
  }
  return orgs;
}

std::map<std::string, double> g_baseline;  // "engine/what" → figure measured in this run

void ImportBaseline(benchmark::State& state, Engine* engine, int64_t rows) {
  for (auto _ : state) {
    engine->raw->Exec("DROP TABLE IF EXISTS baseline; CREATE TABLE baseline (v TEXT)");
    auto start = Clock::now();
    engine->raw->InsertLoop(rows);
    double seconds = Seconds(start);
    state.SetIterationTime(seconds);
    g_baseline[engine->name + "/import"] = static_cast<double>(rows) / seconds;
    state.counters["rows_per_s"] = static_cast<double>(rows) / seconds;
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void ImportMembers(benchmark::State& state, Engine* engine, int64_t rows) {
  for (auto _ : state) {
    Check(engine->store->UpsertOrganizations(ImportTree()), "import tree");
    Lcg random{1};
    double seconds = 0;
    constexpr int64_t kChunk = 100'000;
    // One transaction; members generated chunk by chunk outside the timed calls.
    auto status = engine->store->InTransaction([&]() -> daihoi::Status {
      for (int64_t first = 0; first < rows; first += kChunk) {
        auto chunk = MemberChunk(first, std::min(kChunk, rows - first), random);
        auto start = Clock::now();
        auto s = engine->store->UpsertMembers(chunk);
        seconds += Seconds(start);
        if (!s) return s;
      }
      return {};
    });
    Check(status, "import members");
    state.SetIterationTime(seconds);
    double rate = static_cast<double>(rows) / seconds;
    state.counters["rows_per_s"] = rate;
    state.counters["ratio_to_baseline"] = rate / g_baseline[engine->name + "/import"];
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void LoadNational(benchmark::State& state, Engine* engine) {
  for (auto _ : state) {
    auto orgs = NationalTree();
    auto start = Clock::now();
    Check(engine->store->UpsertOrganizations(orgs), "national tree");
    double seconds = Seconds(start);
    state.SetIterationTime(seconds);
    state.counters["orgs"] = static_cast<double>(orgs.size());
    state.counters["rows_per_s"] = static_cast<double>(orgs.size()) / seconds;
  }
}

void CountBaseline(benchmark::State& state, Engine* engine) {
  double total = 0;
  int64_t n = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    benchmark::DoNotOptimize(engine->raw->Count("SELECT count(*) FROM organizations"));
    double seconds = Seconds(start);
    state.SetIterationTime(seconds);
    total += seconds;
    ++n;
  }
  g_baseline[engine->name + "/count"] = total / static_cast<double>(n);
}

void Counts(benchmark::State& state, Engine* engine, std::string root) {
  double total = 0;
  int64_t n = 0;
  int64_t organizations = 0;
  int64_t members = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    auto counts = engine->store->CountsPerLevel(root);
    double seconds = Seconds(start);
    if (!counts.ok()) {
      state.SkipWithError(counts.error().message.c_str());
      return;
    }
    state.SetIterationTime(seconds);
    total += seconds;
    ++n;
    organizations = 0;
    for (const auto& level : *counts) organizations += level.organizations;
    members = counts->front().members;
  }
  state.counters["orgs"] = static_cast<double>(organizations);
  state.counters["members"] = static_cast<double>(members);
  state.counters["time_ratio_to_count_all"] =
      total / static_cast<double>(n) / g_baseline[engine->name + "/count"];
}

std::unique_ptr<Engine> SqliteEngine(const std::filesystem::path& dir) {
  auto engine = std::make_unique<Engine>();
  engine->name = "sqlite";
  std::string path = (dir / "bench.db").string();
  auto store = daihoi::storage::OpenStore("sqlite:" + path);
  if (!store.ok()) throw std::runtime_error(store.error().message);
  engine->store = std::move(*store);
  engine->raw = std::make_unique<RawSqlite>(path);
  return engine;
}

std::unique_ptr<Engine> PostgresEngine(const std::string& pg) {
  auto engine = std::make_unique<Engine>();
  engine->name = "postgres";
  std::string schema = "bench_" + std::to_string(getpid());
  PGconn* admin = PQconnectdb(pg.c_str());
  if (PQstatus(admin) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(admin));
  PQclear(PQexec(admin, ("CREATE SCHEMA " + schema).c_str()));
  engine->drop = [admin, schema] {
    PQclear(PQexec(admin, ("DROP SCHEMA " + schema + " CASCADE").c_str()));
    PQfinish(admin);
  };
  std::string url =
      pg + (pg.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
  auto store = daihoi::storage::OpenStore(url);
  if (!store.ok()) throw std::runtime_error(store.error().message);
  engine->store = std::move(*store);
  engine->raw = std::make_unique<RawPostgres>(pg, schema);
  return engine;
}

void Register(Engine* engine, int64_t rows) {
  const std::string& e = engine->name;
  auto once = [](benchmark::internal::Benchmark* b) {
    b->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
  };
  once(benchmark::RegisterBenchmark((e + "/import_baseline_insert_loop").c_str(), ImportBaseline,
                                    engine, rows));
  once(benchmark::RegisterBenchmark((e + "/import_members").c_str(), ImportMembers, engine, rows));
  once(benchmark::RegisterBenchmark((e + "/load_national_tree").c_str(), LoadNational, engine));
  benchmark::RegisterBenchmark((e + "/count_baseline_select_count").c_str(), CountBaseline, engine)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark((e + "/counts_per_level_province").c_str(), Counts, engine,
                               std::string("T7"))
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark((e + "/counts_per_level_national").c_str(), Counts, engine,
                               std::string())
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const int64_t rows = MemberCount();
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("daihoi_storage_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::vector<std::unique_ptr<Engine>> engines;
  int rc = 0;
  try {
    engines.push_back(SqliteEngine(dir));
    const char* pg = std::getenv("DAIHOI_TEST_PG");
    if (pg != nullptr && *pg != '\0') {
      engines.push_back(PostgresEngine(pg));
    } else {
      std::cout << "storage_bench: DAIHOI_TEST_PG is unset, PostgreSQL figures skipped\n";
    }
    std::cout << "storage_bench: " << rows << " members per import (DAIHOI_BENCH_MEMBERS)\n";
    for (auto& engine : engines) Register(engine.get(), rows);
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& e) {
    std::cerr << "storage_bench: " << e.what() << "\n";
    rc = 3;
  }
  for (auto& engine : engines) {
    engine->store.reset();
    engine->raw.reset();
    if (engine->drop) engine->drop();
  }
  std::filesystem::remove_all(dir);
  benchmark::Shutdown();
  return rc;
}
