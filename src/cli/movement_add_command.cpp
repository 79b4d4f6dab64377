// `daihoi movement add --org CODE --kind K --on DATE [--count N] [--member-id ID --name N]`:
// one movement (kết nạp, chuyển đến, chuyển đi, từ trần, xóa tên/khai trừ, số đầu kỳ).
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunMovementAdd(const Context& ctx, const PartyOptions& options) {
  auto kind = building::ParseMovementKind(options.kind);
  if (!kind) {
    return Fail(
        InvalidInput("--kind: admission, transfer_in, transfer_out, death, removal "
                     "hoặc balance",
                     "--kind"));
  }
  auto on = DateOption(options.on, "--on");
  if (!on) return Fail(on.error());
  if (!*on) return Fail(InvalidInput("cần --on DATE", "--on"));
  building::Movement movement;
  movement.org_code = options.org;
  movement.kind = *kind;
  movement.on = **on;
  movement.count = options.count;
  movement.member_id = options.member_id;
  movement.full_name = options.name;
  movement.note = options.note;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::RecordMovements(**store, CommandLineActor(), {movement}, false);
  if (!report) return Fail(report.error());
  if (int rc = ReportBatch("", {}, *report, "biến động"); rc != 0) return rc;
  std::cout << "Đã ghi: " << building::Label(movement.kind) << " " << movement.count << ", "
            << movement.org_code << ", ngày " << movement.on.ToVietnamese() << "\n";
  return 0;
}

}  // namespace daihoi::cli
