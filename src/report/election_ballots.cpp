#include "report/election_ballots.h"

#include <utility>
#include <vector>

#include "app/ballot.h"
#include "report/labels.h"

namespace daihoi::report {
namespace {

// "Bầu Ban Chấp hành Đảng bộ quận khóa XXVI" → "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ
// 2020–2025": the ballot's title already says "PHIẾU BẦU CỬ".
std::string Subtitle(const app::ElectionRecord& election) {
  std::string body = election.title;
  for (const char* verb : {"Bầu ", "bầu ", "BẦU "}) {
    const std::string prefix = verb;
    if (body.size() > prefix.size() && body.starts_with(prefix)) {
      body = body.substr(prefix.size());
      break;
    }
  }
  const bool has_term =
      body.find("nhiệm kỳ") != std::string::npos || body.find("NHIỆM KỲ") != std::string::npos;
  if (!has_term && !election.term.empty()) {
    body += ", nhiệm kỳ " + TermText(election.term);
  }
  return body;
}

// "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI".
std::string CongressLine(const BallotHeader& header) {
  if (!header.congress) return UpperVietnamese("Đại hội " + header.convening.name);
  return UpperVietnamese(CongressName(*header.congress, header.convening.name));
}

}  // namespace

Result<pdf::BallotSheet> ElectionBallotSheet(const app::ElectionView& view,
                                             const election::Profile& profile,
                                             const BallotHeader& header) {
  const app::ElectionRecord& election = view.election;
  if (election.list_digest.empty()) {
    return Error(ErrorCode::kConflict,
                 "danh sách bầu cử chưa khóa: chỉ in phiếu từ danh sách đã khóa (the list is not "
                 "locked: ballots are printed from the locked list only)");
  }
  std::vector<election::Candidate> candidates;
  candidates.reserve(view.candidates.size());
  for (const app::CandidateRecord& candidate : view.candidates) {
    candidates.push_back({candidate.id, candidate.full_name, candidate.birth_date});
  }
  election::Election values;
  values.kind = election.kind;
  values.seats = election.seats;
  values.alternates = election.alternates;
  auto content = app::PrepareBallot(app::ElectionIdText(election.id), values, candidates, profile);
  if (!content.ok()) return content.error();
  // The paper must carry the list the count will be checked against: the one locked.
  if (content->list_digest != election.list_digest) {
    return StorageError(
        "danh sách đã lưu không còn khớp mã danh sách khi khóa (the stored list "
        "does not give its locked digest " +
        election.list_digest + ")");
  }
  pdf::BallotSheet sheet;
  sheet.superior = UpperVietnamese(header.superior);
  sheet.congress = CongressLine(header);
  sheet.subtitle = Subtitle(election);
  for (const election::Candidate& candidate : content->candidates) {
    sheet.names.push_back(candidate.name);
  }
  sheet.agree_disagree = !content->struck_form;
  sheet.instruction = pdf::VoterInstruction(sheet.agree_disagree, content->max_names);
  sheet.qr_payload = content->qr_payload;
  sheet.list_digest = content->list_digest;
  return sheet;
}

Result<std::string> ElectionBallotsPdf(const pdf::BallotSheet& sheet, int copies,
                                       std::optional<pdf::Paper> paper) {
  pdf::BallotSettings settings;
  settings.copies = copies;
  if (paper) {
    settings.paper = *paper;
  } else if (!pdf::FitsAtFullSize(sheet, settings)) {
    settings.paper = pdf::Paper::kA4;
  }
  return pdf::RenderBallots(sheet, settings);
}

}  // namespace daihoi::report
