// `daihoi bundle import BUNDLE --trust PUBFILE…`: a venue's bundle applied after checking the
// key, the signature and every round's hash chain (app/bundle.h). Exit 1 naming what a
// tampered bundle broke; 0 with "đã nhập" when nothing in it is new; 2 for an unknown congress.
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

int RunBundleImport(const Context& ctx, const std::string& path,
                    const std::vector<std::string>& trust) {
  auto text = ReadInput(path);
  if (!text) return Fail(text.error());
  auto bundle = json::BundleFromJson(*text, path);
  if (!bundle) return Fail(bundle.error());
  std::vector<std::string> trusted;
  for (const std::string& file : trust) {
    auto key = ReadKeyFile(file, "--trust");
    if (!key) return Fail(key.error());
    if (auto checked = app::CheckPublicKey(*key, "--trust"); !checked) {
      Error error = checked.error();
      error.file = file;
      return Fail(error);
    }
    trusted.push_back(*key);
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::ImportBundle(CountingPortsOf(**store), CommandLineActor(), *bundle, trusted);
  if (!report) {
    Error error = report.error();
    if (error.file.empty()) error.file = path;
    if (error.field == "term") error.field = "congress.term";
    return Fail(error);
  }
  int64_t created = 0, rounds = 0, closed = 0, entries = 0;
  for (const app::ImportOutcome& outcome : report->elections) {
    created += outcome.created ? 1 : 0;
    rounds += outcome.rounds_added;
    closed += outcome.rounds_closed;
    entries += outcome.entries_added;
  }
  if (ctx.json) {
    nlohmann::ordered_json elections = nlohmann::ordered_json::array();
    for (size_t i = 0; i < report->elections.size(); ++i) {
      const app::ImportOutcome& outcome = report->elections[i];
      elections.push_back({{"venue_election_id", bundle->elections[i].election.id},
                           {"election_id", outcome.election_id},
                           {"created", outcome.created},
                           {"rounds_added", outcome.rounds_added},
                           {"rounds_closed", outcome.rounds_closed},
                           {"entries_added", outcome.entries_added}});
    }
    nlohmann::ordered_json json = {{"bundle", path},
                                   {"venue_fingerprint", report->venue_fingerprint},
                                   {"already_imported", report->already_imported()},
                                   {"elections", std::move(elections)}};
    std::cout << json.dump(2) << "\n";
  } else if (report->already_imported()) {
    std::cout << "Gói " << path << " đã được nhập trước đây: không có gì mới, không ghi gì thêm "
              << "(already imported).\n";
  } else {
    std::cout << "Đã nhập gói " << path << " của điểm bầu cử " << report->venue_fingerprint
              << ": chữ ký và chuỗi băm hợp lệ.\n"
              << "  " << report->elections.size() << " cuộc bầu cử (" << created << " mới), "
              << rounds << " vòng bầu mới, " << closed << " vòng đã kết thúc, " << entries
              << " bản ghi phiếu.\n";
    for (size_t i = 0; i < report->elections.size(); ++i) {
      std::cout << "  Cuộc bầu cử số " << bundle->elections[i].election.id
                << " tại điểm bầu cử → số " << report->elections[i].election_id
                << " trên máy này: " << bundle->elections[i].election.title << "\n";
    }
  }
  return 0;
}

}  // namespace daihoi::cli
