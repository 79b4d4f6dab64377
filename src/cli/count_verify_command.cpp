// `daihoi count verify ROUND [--json]`: recomputes the round's hash chain; exit 1 naming the
// first entry that does not match (an entry changed, removed or inserted).
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/count_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCountVerify(const Context& ctx, int64_t round_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto check = app::VerifyChain(CountingPortsOf(**store), CommandLineActor(), round_id);
  if (!check) return Fail(CountOptionError(check.error()));
  if (ctx.json) {
    std::cout << json::ChainCheckToJson(*check).dump(2) << "\n";
  } else if (!check->first_bad_seq) {
    std::cout << "Chuỗi băm vòng bầu số " << round_id << ": " << check->entries
              << " bản ghi, nguyên vẹn.\nĐầu chuỗi: "
              << (check->head.empty() ? std::string("(chưa có bản ghi)") : check->head) << "\n";
  }
  if (check->first_bad_seq) {
    std::cerr << "daihoi: chuỗi băm vòng bầu số " << round_id << " bị hỏng từ bản ghi số "
              << *check->first_bad_seq << " (first bad seq " << *check->first_bad_seq
              << "): các bản ghi đã bị sửa, xóa hoặc chèn thêm\n";
    return 1;
  }
  return 0;
}

}  // namespace daihoi::cli
