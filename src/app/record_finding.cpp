// Use case: what a team found at a unit (app/inspections.h; GLOSSARY: Finding).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspections.h"

namespace daihoi::app {

Status RecordFinding(Store& store, const Actor& actor, int64_t id, const FindingInput& finding) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"inspection.finding", *allowed, ChangeText({{"inspection", std::to_string(id)}})},
      [&]() -> Status {
        if (finding.unit.empty()) return InvalidInput("thiếu đơn vị (unit required)", "unit");
        if (finding.strengths.empty() && finding.weaknesses.empty() &&
            finding.recommendations.empty()) {
          return InvalidInput("kết quả kiểm tra trống: ghi ưu điểm, hạn chế hoặc kiến nghị",
                              "strengths");
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
      });
}

}  // namespace daihoi::app
