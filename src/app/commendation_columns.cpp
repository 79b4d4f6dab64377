// The columns of a commendation list (import and export; app/groups.h).
#include "app/groups.h"

namespace daihoi::app {

const std::vector<Column>& CommendationColumns() {
  using T = ColumnType;
  static const std::vector<Column> columns = {
      {"kind", "Đối tượng", T::kText, true, {"Loại", "Tập thể/cá nhân", "Loại khen thưởng"}},
      {"org_code", "Mã tổ chức", T::kText, false, {"Mã đơn vị", "Mã tập thể"}},
      {"member_id", "Mã đảng viên", T::kText, false, {"Số thẻ đảng viên"}},
      {"full_name", "Tên tập thể, cá nhân", T::kText, false, {"Họ và tên", "Họ tên", "Tên"}},
      {"award", "Hình thức khen thưởng", T::kText, false, {"Hình thức"}},
      {"decision", "Số quyết định", T::kText, true, {"Quyết định", "Số QĐ"}},
      {"decided_on", "Ngày quyết định", T::kDate, true, {"Ngày QĐ", "Ngày ký"}},
      {"reason", "Thành tích", T::kText, true, {"Lý do", "Lý do khen thưởng"}},
  };
  return columns;
}

std::vector<std::string> CommendationRow(const teams::Commendation& c) {
  return {teams::ToString(c.kind),
          c.org_code,
          c.member_id,
          c.full_name,
          c.award,
          c.decision,
          c.decided_on ? c.decided_on->ToIso() : "",
          c.reason};
}

}  // namespace daihoi::app
