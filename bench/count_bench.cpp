// Counting an election at the scale of the 14th National Congress on a real SQLite store (a temp
// file): 200 candidates for 180 seats (R-SURPLUS: 11.11%, within 30%), 1,586 delegates on the
// roll (34 delegations), 1,586 ballots each entered by two clerks (3,172 hash-chained entries).
// Figures, each beside a baseline measured in the same run on the same file:
//  - EnterBallot, per entry (checks, canonical text, chain seal, one transaction), against a bare
//    autocommit INSERT of the same row into a plain table;
//  - ShowCount and CloseRound of the whole round (read back, chain recomputed, reconciliation,
//    roll's convened count, tally of 1,586 ballots; CloseRound also freezes the snapshot),
//    against a bare SELECT of the round's 3,172 rows from that table.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/counting.h"
#include "json/tally_json.h"
#include "ratio.h"
#include "storage/open.h"

namespace {

// The benchmark acts as the command line does: a global administrator.
const daihoi::app::Actor kBench = daihoi::app::Actor::CommandLine("bench");

using daihoi::app::BallotEntryRecord;
using daihoi::election::EnteredBallot;
using Clock = std::chrono::steady_clock;

constexpr int kCandidates = 200;
constexpr int kSeats = 180;
constexpr int kBallots = 1586;
constexpr int kUnits = 34;
constexpr int kEntries = 2 * kBallots;
constexpr int kCloses = 3;
const char* const kClerks[] = {"Tổ kiểm phiếu 1", "Tổ kiểm phiếu 2"};

void Check(const daihoi::Status& status, const char* what) {
  if (!status.ok()) throw std::runtime_error(std::string(what) + ": " + status.error().Describe());
}
template <class T>
T Take(daihoi::Result<T> result, const char* what) {
  if (!result.ok()) throw std::runtime_error(std::string(what) + ": " + result.error().Describe());
  return std::move(*result);
}

// A deterministic pseudo-random sequence (64-bit LCG), so every run enters the same ballots.
struct Lcg {
  uint64_t state;
  uint64_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  }
};

constexpr const char* kFamily[] = {"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng", "Huỳnh",
                                   "Phan",   "Vũ",   "Võ",    "Đặng", "Bùi",   "Đỗ",
                                   "Hồ",     "Ngô",  "Dương", "Lý"};
constexpr const char* kMiddle[] = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"};
constexpr const char* kGiven[] = {"An",   "Anh",  "Bình",  "Cường", "Dũng",  "Giang", "Hà",
                                  "Hải",  "Hạnh", "Hùng",  "Hương", "Khánh", "Lan",   "Linh",
                                  "Long", "Mai",  "Minh",  "Nam",   "Phong", "Quân",  "Sơn",
                                  "Tâm",  "Thảo", "Trang", "Tuấn",  "Vân",   "Việt",  "Yến"};

std::string Name(Lcg& random) {
  return std::string(kFamily[random.Next() % std::size(kFamily)]) + " " +
         kMiddle[random.Next() % std::size(kMiddle)] + " " +
         kGiven[random.Next() % std::size(kGiven)];
}

// Each ballot strikes 20–30 names at random: it leaves at most the 180 seats (valid).
std::vector<EnteredBallot> Ballots() {
  Lcg random{14};
  std::vector<EnteredBallot> ballots;
  for (int number = 1; number <= kBallots; ++number) {
    EnteredBallot entry;
    entry.number = number;
    std::vector<bool> struck(kCandidates, false);
    const int strikes = kCandidates - kSeats + static_cast<int>(random.Next() % 11);
    for (int count = 0; count < strikes;) {
      const int index = static_cast<int>(random.Next() % kCandidates);
      if (struck[static_cast<size_t>(index)]) continue;
      struck[static_cast<size_t>(index)] = true;
      entry.ballot.struck.push_back(index);
      ++count;
    }
    ballots.push_back(std::move(entry));
  }
  return ballots;
}

// One database file for the whole run: the store and a raw connection for the baselines.
struct World {
  std::filesystem::path dir;
  std::unique_ptr<daihoi::app::Store> store;
  daihoi::app::ElectionStore* elections = nullptr;
  std::unique_ptr<daihoi::app::CountingPorts> ports;
  sqlite3* raw = nullptr;
  std::vector<EnteredBallot> ballots;
  daihoi::app::CongressRef congress{"TW", "2026-2031"};
  int64_t entered_round = 0;  // the round EnterBallot filled, for ShowCount

  ~World() {
    if (raw) sqlite3_close(raw);
    ports.reset();
    store.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }

  void Exec(const std::string& sql) const {
    char* message = nullptr;
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "";
      sqlite3_free(message);
      throw std::runtime_error("sqlite: " + text);
    }
  }

  // A new locked election; returns its first round's id.
  int64_t NewRound(int serial) {
    daihoi::app::ElectionSetup setup;
    setup.kind = daihoi::election::ElectionKind::kCommittee;
    setup.seats = kSeats;
    setup.title = "Bầu Ban Chấp hành Trung ương khóa XIV (" + std::to_string(serial) + ")";
    setup.counting_committee = {"Nguyễn Văn Trưởng", "Trần Thị Phó"};
    const int64_t id =
        Take(daihoi::app::CreateElection(*ports, kBench, congress, setup), "election");
    Lcg random{static_cast<uint64_t>(2026 + serial)};
    std::vector<daihoi::app::CandidateRecord> list;
    for (int index = 0; index < kCandidates; ++index) {
      daihoi::app::CandidateRecord candidate;
      candidate.id = "c" + std::to_string(index + 1);
      candidate.full_name = Name(random);
      list.push_back(std::move(candidate));
    }
    Check(daihoi::app::SetCandidates(*ports, kBench, id, list), "candidates");
    Take(daihoi::app::LockList(*ports, kBench, id), "lock");
    auto view = Take(daihoi::app::ShowElection(*ports, kBench, id), "show election");
    return view.rounds.front().id;
  }

  void EnterAll(int64_t round_id, int entry) const {
    const EnteredBallot& ballot = ballots[static_cast<size_t>(entry / 2)];
    Take(daihoi::app::EnterBallot(*ports, kBench, round_id, kClerks[entry % 2], ballot), "enter");
  }
};

World* g_world = nullptr;

std::unique_ptr<World> MakeWorld() {
  auto world = std::make_unique<World>();
  world->dir =
      std::filesystem::temp_directory_path() / ("daihoi_count_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(world->dir);
  const std::string path = (world->dir / "count.db").string();
  world->store = Take(daihoi::storage::OpenStore("sqlite:" + path), "open");
  world->elections = &daihoi::app::ElectionsOf(*world->store);
  world->ports = std::make_unique<daihoi::app::CountingPorts>(
      daihoi::app::CountingPorts{*world->store, *world->elections, daihoi::json::LoadProfile});
  if (sqlite3_open(path.c_str(), &world->raw) != SQLITE_OK) throw std::runtime_error("sqlite");
  world->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
  world->ballots = Ballots();

  // The congress and its roll: 34 delegations, 1,586 officials.
  std::vector<daihoi::org::Organization> orgs;
  orgs.push_back({"TW", "Đảng Cộng sản Việt Nam", "province", "", "", std::nullopt});
  for (int unit = 0; unit < kUnits; ++unit) {
    orgs.push_back({"U" + std::to_string(unit), "Đoàn đại biểu " + std::to_string(unit), "district",
                    "TW", "", std::nullopt});
  }
  Check(world->store->UpsertOrganizations(orgs), "organizations");
  daihoi::planning::Congress congress;
  congress.org_code = "TW";
  congress.term = world->congress.term;
  congress.kind = daihoi::planning::CongressKind::kDelegates;
  congress.held_start = daihoi::Date::FromYmd(2026, 1, 19);
  congress.held_end = daihoi::Date::FromYmd(2026, 1, 23);
  Check(world->store->UpsertCongresses({congress}), "congress");
  Lcg random{1586};
  for (int unit = 0; unit < kUnits; ++unit) {
    daihoi::app::DelegationInput delegation;
    delegation.unit_code = "U" + std::to_string(unit);
    const int officials = kBallots / kUnits + (unit < kBallots % kUnits ? 1 : 0);
    for (int index = 0; index < officials; ++index) {
      delegation.officials.push_back({Name(random), "", "", std::nullopt});
    }
    Take(daihoi::app::RecordDelegation(*world->store, kBench, world->congress, delegation), "roll");
  }

  world->Exec(
      "CREATE TABLE baseline_entries (round_id INTEGER NOT NULL, seq INTEGER NOT NULL, clerk TEXT "
      "NOT NULL, number INTEGER NOT NULL, payload TEXT NOT NULL, entered_at TEXT NOT NULL, "
      "prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (round_id, seq))");
  return world;
}

// A bare autocommit INSERT of an entry's row, one per iteration.
void BaselineInsert(benchmark::State& state) {
  World& world = *g_world;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(world.raw,
                     "INSERT INTO baseline_entries (round_id, seq, clerk, number, payload, "
                     "entered_at, prev_hash, hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                     -1, &stmt, nullptr);
  const std::string hash(64, 'a');
  int64_t seq = 0;
  for (auto _ : state) {
    const EnteredBallot& ballot = world.ballots[static_cast<size_t>(seq / 2)];
    const std::string payload = daihoi::election::EncodeEntry(ballot);
    ++seq;
    sqlite3_bind_int64(stmt, 1, seq);
    sqlite3_bind_text(stmt, 2, kClerks[seq % 2], -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 3, ballot.number);
    sqlite3_bind_text(stmt, 4, payload.data(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 5, "2026-01-21T09:30:00.123Z", -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 6, hash.data(), 64, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 7, hash.data(), 64, SQLITE_STATIC);
    if (sqlite3_step(stmt) != SQLITE_DONE) {
      state.SkipWithError(sqlite3_errmsg(world.raw));
      break;
    }
    sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
}

void EnterBallots(benchmark::State& state) {
  World& world = *g_world;
  world.entered_round = world.NewRound(0);
  int entry = 0;
  for (auto _ : state) world.EnterAll(world.entered_round, entry++);
  state.counters["entries"] = entry;
}

// Every row of the round from the baseline table, each column read.
void BaselineSelect(benchmark::State& state) {
  World& world = *g_world;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(world.raw,
                     "SELECT seq, clerk, number, payload, entered_at, prev_hash, hash FROM "
                     "baseline_entries WHERE round_id = 1 ORDER BY seq",
                     -1, &stmt, nullptr);
  int64_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    size_t bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      ++rows;
      for (int column = 0; column < 7; ++column) {
        bytes += static_cast<size_t>(sqlite3_column_bytes(stmt, column));
        benchmark::DoNotOptimize(sqlite3_column_text(stmt, column));
      }
    }
    sqlite3_reset(stmt);
    benchmark::DoNotOptimize(bytes);
  }
  sqlite3_finalize(stmt);
  state.counters["rows"] = static_cast<double>(rows);
}

void ShowCount(benchmark::State& state) {
  World& world = *g_world;
  size_t elected = 0;
  for (auto _ : state) {
    auto view = Take(daihoi::app::ShowCount(*world.ports, kBench, world.entered_round), "count");
    if (!view.reconciliation.closable || !view.result) {
      state.SkipWithError("the round is not closable");
      break;
    }
    elected = view.result->elected.size();
  }
  state.counters["elected"] = static_cast<double>(elected);
}

// Each iteration closes a fresh round of 3,172 entries (entered outside the timed call).
void CloseRound(benchmark::State& state) {
  World& world = *g_world;
  int serial = 1;
  size_t elected = 0;
  for (auto _ : state) {
    const int64_t round_id = world.NewRound(serial++);
    for (int entry = 0; entry < kEntries; ++entry) world.EnterAll(round_id, entry);
    daihoi::app::CloseRequest request;
    request.issued = kBallots;
    const auto start = Clock::now();
    auto view = Take(daihoi::app::CloseRound(*world.ports, kBench, round_id, request), "close");
    state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    elected = view.result->elected.size();
  }
  state.counters["elected"] = static_cast<double>(elected);
}

}  // namespace

int main(int argc, char** argv) {
  std::unique_ptr<World> world;
  try {
    world = MakeWorld();
  } catch (const std::exception& error) {
    std::cerr << "count_bench: " << error.what() << "\n";
    return 1;
  }
  g_world = world.get();
  std::cout << "count_bench: " << kCandidates << " candidates, " << kSeats << " seats, " << kBallots
            << " ballots × 2 clerks, roll of " << kBallots << " on SQLite\n";
  benchmark::RegisterBenchmark("sqlite/baseline_insert_entry_row", BaselineInsert)
      ->Iterations(kEntries)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("sqlite/enter_ballot", EnterBallots)
      ->Iterations(kEntries)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("sqlite/baseline_select_round_rows", BaselineSelect)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("sqlite/show_count", ShowCount)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("sqlite/close_round", CloseRound)
      ->Iterations(kCloses)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  const std::string entries = "/iterations:" + std::to_string(kEntries);
  const std::string closes = "/iterations:" + std::to_string(kCloses) + "/manual_time";
  int rc = 0;
  try {
    rc = daihoi::bench::RunWithRatios(
        argc, argv,
        {{"sqlite/enter_ballot" + entries, "sqlite/baseline_insert_entry_row" + entries},
         {"sqlite/show_count", "sqlite/baseline_select_round_rows"},
         {"sqlite/close_round" + closes, "sqlite/baseline_select_round_rows"}});
  } catch (const std::exception& error) {
    std::cerr << "count_bench: " << error.what() << "\n";
    rc = 1;
  }
  return rc;
}
