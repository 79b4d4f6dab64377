// Use case: the superior committee approves (chuẩn y) a congress's results (R-APPROVAL).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/results.h"
#include "app/results_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<Approval> ApproveResults(Store& store, const Actor& actor, const CongressRef& congress,
                                const ApprovalRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = AuthorizeSuperior(store, actor, access::Action::kPlan, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<Approval>(
      store, actor, {"result.approve", congress.org_code, ChangeText({{"term", congress.term}})},
      [&]() -> Result<Approval> {
        auto organization = store.FindOrganization(congress.org_code);
        if (!organization.ok()) return organization.error();
        if (!*organization) return NotFound("organization '" + congress.org_code + "' not found");
        auto record = store.FindCongress(congress.org_code, congress.term);
        if (!record.ok()) return record.error();
        if (!*record) {
          Error error = NotFound("chưa có đại hội của '" + congress.org_code + "' nhiệm kỳ " +
                                 congress.term + " (no congress record)");
          error.field = "term";
          return error;
        }
        // R-APPROVAL: the superior committee, i.e. the parent organization, approves.
        const std::string superior = (*organization)->parent_code;
        if (superior.empty()) {
          return RuleViolation("R-APPROVAL",
                               "'" + congress.org_code +
                                   "' không có cấp ủy cấp trên để chuẩn y (no superior "
                                   "committee)");
        }
        const std::string approved_by = text::Normalize(request.approved_by);
        if (!approved_by.empty() && approved_by != superior) {
          return InvalidInput("chỉ cấp ủy cấp trên trực tiếp '" + superior +
                                  "' chuẩn y kết quả (only the parent organization approves)",
                              "approved_by");
        }
        Approval approval;
        approval.org_code = congress.org_code;
        approval.term = congress.term;
        approval.approved_by = superior;
        approval.decision = text::Normalize(request.decision);
        approval.note = text::Normalize(request.note);
        if (approval.decision.empty()) {
          return InvalidInput("thiếu số quyết định chuẩn y (decision required)", "decision");
        }
        if (!request.approved_on) {
          return InvalidInput("thiếu ngày chuẩn y (date required)", "date");
        }
        approval.approved_on = *request.approved_on;
        if (auto opening = results_detail::OpeningOf(**record);
            opening && approval.approved_on < *opening) {
          return InvalidInput("ngày chuẩn y " + approval.approved_on.ToIso() +
                                  " trước ngày khai mạc đại hội " + opening->ToIso() +
                                  " (approval before the congress)",
                              "date");
        }

        // Something must have been elected: the applied results are what is approved.
        ResultStore& results = ResultsOf(store);
        auto bodies = results.Bodies(congress.org_code, congress.term);
        if (!bodies.ok()) return bodies.error();
        auto applied = results.AppliedResults(congress.org_code, congress.term);
        if (!applied.ok()) return applied.error();
        if (bodies->empty() && applied->empty()) {
          return Error(
              ErrorCode::kConflict,
              "đại hội chưa có kết quả bầu cử nào được áp dụng để chuẩn y (nothing applied)",
              "term");
        }
        if (Status s = results.RecordApproval(approval); !s) return s.error();
        auto stored = results.FindApproval(congress.org_code, congress.term);
        if (!stored.ok()) return stored.error();
        if (!*stored) return StorageError("the approval was not stored");
        return **stored;
      });
}

}  // namespace daihoi::app
