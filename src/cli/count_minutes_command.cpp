// `daihoi count minutes ROUND --out FILE.pdf`: the biên bản kiểm phiếu of a closed round
// (report/minutes.h), written whole or not at all — a venue laptop prints it without the server.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "report/minutes.h"
#include "report/pdf/party_document.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCountMinutes(const Context& ctx, int64_t round_id, const std::string& out) {
  if (out.empty()) return Fail(InvalidInput("thiếu tệp PDF cần ghi (the PDF file)", "--out"));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto minutes = app::ShowMinutes(CountingPortsOf(**store), round_id);
  if (!minutes) return Fail(CountOptionError(minutes.error()));
  auto pdf = report::pdf::Render(report::MinutesDocument(minutes->count, minutes->congress,
                                                         minutes->organization, minutes->superior,
                                                         "", minutes->entries));
  if (!pdf) return Fail(pdf.error());
  if (Status written = WriteFileWhole(out, *pdf, "--out"); !written) return Fail(written.error());
  if (out != "-") {
    std::cout << "Đã lập biên bản kiểm phiếu vòng bầu số " << round_id << " vào " << out
              << "\nĐầu chuỗi: " << minutes->count.round.chain_head << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
