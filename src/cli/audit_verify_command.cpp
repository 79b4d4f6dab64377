// `daihoi audit verify [--head HASH] [--json]`: recomputes the audit chain; exit 1 naming the
// first record edited, deleted or reordered (or, with --head, records cut from the end).
#include <iostream>

#include "app/audit.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/account_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAuditVerify(const Context& ctx, const std::string& expected_head) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto check = app::VerifyAudit(
      **store, expected_head.empty() ? std::nullopt : std::optional<std::string>(expected_head));
  if (!check) return Fail(check.error());
  if (ctx.json) {
    std::cout << json::AuditCheckToJson(*check).dump(2) << "\n";
  } else if (!check->first_bad_seq) {
    std::cout << "Nhật ký thay đổi: " << check->records
              << " bản ghi, chuỗi băm nguyên vẹn (the audit chain is intact).\nĐầu chuỗi (head): "
              << check->head << "\n";
  }
  if (check->first_bad_seq) {
    std::cerr << "daihoi: nhật ký thay đổi bị hỏng từ bản ghi số " << *check->first_bad_seq
              << " (first bad record " << *check->first_bad_seq << ", "
              << app::ToString(check->problem) << "): " << check->message << "\n";
    return 1;
  }
  return 0;
}

}  // namespace daihoi::cli
