// Use case: what the minutes of a closed round (biên bản kiểm phiếu) print — the frozen count,
// the congress and its organization for the header, and the entry log for the annex.
#include "app/counting.h"

namespace daihoi::app {

Result<MinutesData> ShowMinutes(const CountingPorts& ports, int64_t round_id) {
  auto count = ShowCount(ports, round_id);
  if (!count.ok()) return count.error();
  if (!count->round.closed) {
    return Error(ErrorCode::kConflict,
                 "vòng bầu thứ " + std::to_string(count->round.number) +
                     " chưa kết thúc: biên bản kiểm phiếu lập khi đã kết thúc vòng bầu (close the "
                     "round first)");
  }
  MinutesData data{std::move(*count), {}, {}, {}, {}};
  const ElectionRecord& election = data.count.election;
  auto organization = ports.store.FindOrganization(election.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức đảng '" + election.org_code + "'");
    error.field = "code";
    return error;
  }
  data.organization = std::move(**organization);
  if (!data.organization.parent_code.empty()) {
    auto parent = ports.store.FindOrganization(data.organization.parent_code);
    if (!parent.ok()) return parent.error();
    if (*parent) data.superior = (*parent)->name;
  }
  auto congress = ports.store.FindCongress(election.org_code, election.term);
  if (!congress.ok()) return congress.error();
  if (!*congress) {
    Error error = NotFound("tổ chức '" + election.org_code + "' không có đại hội nhiệm kỳ '" +
                           election.term + "' (no congress record for the term)");
    error.field = "term";
    return error;
  }
  data.congress = std::move(**congress);
  Status read = ports.elections.ForEachBallotEntry(
      round_id, [&](const BallotEntryRecord& entry) { data.entries.push_back(entry); });
  if (!read.ok()) return read.error();
  return data;
}

}  // namespace daihoi::app
