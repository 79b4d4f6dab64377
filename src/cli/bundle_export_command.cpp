// `daihoi bundle export --congress CODE --term T --key SECRET --out BUNDLE`: the signed bundle
// of the congress's elections counted on this machine (app/bundle.h, docs/bundles.md).
#include <chrono>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "cli/bundle_common.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/bundle_json.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

// UTC with milliseconds, as the stores write times: "2025-06-14T21:04:05.123Z".
std::string NowUtc() {
  const auto now = std::chrono::system_clock::now();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03dZ", text, static_cast<int>(ms));
  return out;
}

}  // namespace

int RunBundleExport(const Context& ctx, const std::string& congress, const std::string& term,
                    const std::string& key_path, const std::string& out) {
  auto secret = ReadKeyFile(key_path, "--key");
  if (!secret) return Fail(secret.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  app::ExportRequest request{{congress, term}, *secret, NowUtc()};
  auto exported = app::ExportBundle(ports, CommandLineActor(), request);
  if (!exported) {
    Error error = exported.error();
    if (error.field == "key") {
      error.field = "--key";
      error.file = key_path;
    }
    return Fail(CountOptionError(error));
  }
  const app::Bundle& bundle = exported->bundle;
  if (Status s = WriteFileWhole(out, json::BundleToJson(bundle).dump(1) + "\n", "--out"); !s) {
    return Fail(s.error());
  }
  int64_t rounds = 0;
  int64_t entries = 0;
  for (const app::ImportedElection& election : bundle.elections) {
    rounds += static_cast<int64_t>(election.rounds.size());
    for (const app::ImportedRound& round : election.rounds) {
      entries += static_cast<int64_t>(round.entries.size());
    }
  }
  const std::string fingerprint = app::KeyFingerprint(bundle.venue_key);
  if (out == "-") return 0;
  if (ctx.json) {
    nlohmann::ordered_json json = {{"out", out},
                                   {"congress", congress},
                                   {"term", term},
                                   {"elections", bundle.elections.size()},
                                   {"rounds", rounds},
                                   {"entries", entries},
                                   {"skipped", exported->skipped},
                                   {"fingerprint", fingerprint}};
    std::cout << json.dump(2) << "\n";
  } else {
    std::cout << "Đã xuất gói kết quả " << out << ": " << bundle.elections.size()
              << " cuộc bầu cử, " << rounds << " vòng bầu, " << entries
              << " bản ghi phiếu; ký bằng khóa " << fingerprint << ".\n";
    if (!exported->skipped.empty()) {
      std::cout << "Không đưa vào gói (chưa khóa danh sách, hoặc nhập từ nơi khác): cuộc bầu cử số";
      for (int64_t id : exported->skipped) std::cout << " " << id;
      std::cout << ".\n";
    }
  }
  return 0;
}

}  // namespace daihoi::cli
