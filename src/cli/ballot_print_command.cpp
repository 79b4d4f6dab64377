// `daihoi ballot print CASE.json --out FILE.pdf [--copies N] [--paper a4|a5]` (docs/ballots.md):
// read the case, order and check the list (app::PrepareBallot: R-ORDER, R-SURPLUS,
// R-BALLOT-FORM), draw the ballots (report/pdf/ballot.h), write the file whole or not at all.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/ballot.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "json/ballot_json.h"
#include "json/tally_json.h"
#include "report/pdf/ballot.h"

namespace daihoi::cli {
namespace {

// Writes beside the target and renames, so a failed run leaves no half-written PDF.
Status WriteWhole(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout) return Error{ErrorCode::kInternal, "cannot write the PDF to stdout"};
    return {};
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary =
      target.parent_path() / ("." + target.filename().string() + "." + std::to_string(getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return InvalidInput("không ghi được tệp (cannot write file) " + path, "--out");
    }
  }
  std::error_code renamed;
  fs::rename(temporary, target, renamed);
  if (renamed) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return InvalidInput("không ghi được tệp (cannot write file) " + path + ": " + renamed.message(),
                        "--out");
  }
  return {};
}

}  // namespace

int RunBallotPrint(const Context& ctx, const std::string& path, const std::string& out, int copies,
                   const std::string& paper) {
  if (out.empty()) return Fail(InvalidInput("the PDF file to write is missing", "--out"));
  if (copies < 1)
    return Fail(InvalidInput("at least 1, got " + std::to_string(copies), "--copies"));
  if (!paper.empty() && paper != "a4" && paper != "a5") {
    return Fail(InvalidInput("'" + paper + "' is not a4 or a5", "--paper"));
  }
  Result<std::string> text = ReadInput(path);
  if (!text) return Fail(text.error());
  Result<json::BallotCase> ballot_case = json::ParseBallotCaseText(*text);
  if (!ballot_case) {
    // The message begins with the JSON path; name the file in front of it (as `tally` does).
    Error error = ballot_case.error();
    error.field.clear();
    if (error.file.empty()) error.file = path == "-" ? "stdin" : path;
    return Fail(error);
  }
  Result<election::Profile> profile = json::LoadProfile(ballot_case->profile);
  if (!profile) return Fail(profile.error());

  // R-ORDER, R-SURPLUS (a list that breaks it exits 1 and prints nothing), R-BALLOT-FORM.
  Result<app::BallotContent> content = app::PrepareBallot(
      ballot_case->election_id, ballot_case->election, ballot_case->candidates, *profile);
  if (!content) {
    Error error = content.error();
    if (error.code == ErrorCode::kInvalidInput && error.file.empty()) {
      error.file = path == "-" ? "stdin" : path;
    }
    return Fail(error);
  }

  report::pdf::BallotSheet sheet;
  sheet.superior = ballot_case->superior;
  sheet.congress = ballot_case->congress;
  sheet.subtitle = ballot_case->title;
  for (const election::Candidate& candidate : content->candidates) {
    sheet.names.push_back(candidate.name);
  }
  sheet.agree_disagree = !content->struck_form;
  sheet.instruction = report::pdf::VoterInstruction(sheet.agree_disagree, content->max_names);
  sheet.qr_payload = content->qr_payload;
  sheet.list_digest = content->list_digest;

  report::pdf::BallotSettings settings;
  settings.copies = copies;
  if (paper == "a4") {
    settings.paper = report::pdf::Paper::kA4;
  } else if (paper.empty() && !report::pdf::FitsAtFullSize(sheet, settings)) {
    // No --paper: A5 when the list fits there at full size, A4 otherwise (report/pdf/ballot.h).
    settings.paper = report::pdf::Paper::kA4;
  }
  Result<std::string> pdf = report::pdf::RenderBallots(sheet, settings);
  if (!pdf) {
    Error error = pdf.error();
    if (error.field == "names" && !paper.empty()) error.field = "--paper";
    return Fail(error);
  }
  if (Status written = WriteWhole(out, *pdf); !written) return Fail(written.error());

  const char* paper_name = settings.paper == report::pdf::Paper::kA4 ? "a4" : "a5";
  const char* form = content->struck_form ? "struck" : "agree_disagree";
  // With --out -, stdout holds the PDF: the summary goes nowhere.
  if (out == "-") return 0;
  if (ctx.json) {
    nlohmann::ordered_json summary = {{"file", out},
                                      {"election", ballot_case->election_id},
                                      {"copies", copies},
                                      {"paper", paper_name},
                                      {"form", form},
                                      {"candidates", content->candidates.size()},
                                      {"list_digest", content->list_digest},
                                      {"qr_payload", content->qr_payload}};
    std::cout << summary.dump(2) << "\n";
  } else {
    std::cout << "Đã in " << copies << " phiếu bầu ("
              << (content->struck_form ? "gạch tên" : "đồng ý / không đồng ý") << ", "
              << content->candidates.size() << " người, khổ "
              << (settings.paper == report::pdf::Paper::kA4 ? "A4" : "A5") << ") vào " << out
              << "\nMã danh sách: " << content->list_digest << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
