// `daihoi election ballots ID --out FILE.pdf [--copies N] [--paper a4|a5]`: the printed ballots
// of a locked list (report/election_ballots.h), written whole or not at all.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/tally_json.h"
#include "report/election_ballots.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunElectionBallots(const Context& ctx, int64_t election_id, const std::string& out, int copies,
                       const std::string& paper) {
  if (out.empty()) return Fail(InvalidInput("thiếu tệp PDF cần ghi (the PDF file)", "--out"));
  if (copies < 1) {
    return Fail(InvalidInput("ít nhất 1 (at least 1), got " + std::to_string(copies), "--copies"));
  }
  std::optional<report::pdf::Paper> paper_size;
  if (paper == "a4") {
    paper_size = report::pdf::Paper::kA4;
  } else if (paper == "a5") {
    paper_size = report::pdf::Paper::kA5;
  } else if (!paper.empty()) {
    return Fail(InvalidInput("'" + paper + "' không phải a4 hay a5", "--paper"));
  }

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  auto view = app::ShowElection(ports, CommandLineActor(), election_id);
  if (!view) return Fail(CountOptionError(view.error()));
  auto profile = json::LoadProfile(view->election.profile);
  if (!profile) return Fail(profile.error());

  report::BallotHeader header;
  auto organization = (*store)->FindOrganization(view->election.org_code);
  if (!organization) return Fail(organization.error());
  if (*organization) header.convening = **organization;
  if (!header.convening.parent_code.empty()) {
    auto parent = (*store)->FindOrganization(header.convening.parent_code);
    if (!parent) return Fail(parent.error());
    if (*parent) header.superior = (*parent)->name;
  }
  auto congress = (*store)->FindCongress(view->election.org_code, view->election.term);
  if (!congress) return Fail(congress.error());
  header.congress = *congress;

  auto sheet = report::ElectionBallotSheet(*view, *profile, header);
  if (!sheet) return Fail(sheet.error());
  auto pdf = report::ElectionBallotsPdf(*sheet, copies, paper_size);
  if (!pdf) {
    Error error = pdf.error();
    if (error.field == "names" && paper_size) error.field = "--paper";
    return Fail(error);
  }
  if (Status written = WriteFileWhole(out, *pdf, "--out"); !written) {
    return Fail(written.error());
  }
  if (out == "-") return 0;  // stdout holds the PDF
  if (ctx.json) {
    nlohmann::ordered_json summary = {{"file", out},
                                      {"election", election_id},
                                      {"copies", copies},
                                      {"form", sheet->agree_disagree ? "agree_disagree" : "struck"},
                                      {"candidates", sheet->names.size()},
                                      {"list_digest", sheet->list_digest},
                                      {"qr_payload", sheet->qr_payload}};
    std::cout << summary.dump(2) << "\n";
  } else {
    std::cout << "Đã in " << copies << " phiếu bầu ("
              << (sheet->agree_disagree ? "đồng ý / không đồng ý" : "gạch tên") << ", "
              << sheet->names.size() << " người) vào " << out
              << "\nMã danh sách: " << sheet->list_digest << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
