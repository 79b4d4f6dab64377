// `daihoi count minutes ROUND --out FILE.pdf [--number N]`: the biên bản kiểm phiếu of a closed
// round (report/minutes.h), written whole or not at all — a venue laptop prints it without the
// server. N: the document number in the congress's counter ("Số 07-BB/ĐH"); without it the
// number line is left blank to be written by hand.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/letterhead.h"
#include "cli/user_common.h"
#include "report/minutes.h"
#include "report/pdf/party_document.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCountMinutes(const Context& ctx, int64_t round_id, const std::string& out,
                    std::optional<int> number) {
  if (out.empty()) return Fail(InvalidInput("thiếu tệp PDF cần ghi (the PDF file)", "--out"));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto minutes = app::ShowMinutes(CountingPortsOf(**store), CommandLineActor(), round_id);
  if (!minutes) return Fail(CountOptionError(minutes.error()));
  if (number && (*number < 1 || *number > 9999)) {
    return Fail(InvalidInput("số văn bản từ 1 đến 9999 (document number)", "--number"));
  }
  auto place = PlaceFor(**store, std::nullopt, minutes->organization.code);
  if (!place) return Fail(place.error());
  auto pdf = report::pdf::Render(report::MinutesDocument(*minutes, *place, number));
  if (!pdf) return Fail(pdf.error());
  if (Status written = WriteFileWhole(out, *pdf, "--out"); !written) return Fail(written.error());
  if (out != "-") {
    std::cout << "Đã lập biên bản kiểm phiếu vòng bầu số " << round_id << " vào " << out
              << "\nĐầu chuỗi: " << minutes->count.round.chain_head << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
