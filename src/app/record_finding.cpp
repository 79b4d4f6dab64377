// Use case: what a team found at a unit (app/inspections.h; GLOSSARY: Finding).
#include "app/inspections.h"

namespace daihoi::app {

Status RecordFinding(Store& store, int64_t id, const FindingInput& finding) {
  if (finding.unit.empty()) return InvalidInput("thiếu đơn vị (unit required)", "unit");
  if (finding.strengths.empty() && finding.weaknesses.empty() && finding.recommendations.empty()) {
    return InvalidInput("kết quả kiểm tra trống: ghi ưu điểm, hạn chế hoặc kiến nghị", "strengths");
  }
  auto found = InspectionsOf(store).FindInspection(id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error =
        NotFound("không có đợt kiểm tra số " + std::to_string(id) + " (unknown inspection)");
    error.field = "id";
    return error;
  }
  FindingRecord record;
  record.org_code = finding.unit;
  record.strengths = finding.strengths;
  record.weaknesses = finding.weaknesses;
  record.recommendations = finding.recommendations;
  return InspectionsOf(store).UpsertFinding(id, record);
}

}  // namespace daihoi::app
