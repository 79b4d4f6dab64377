#include "app/columns.h"

#include "text/text.h"

namespace daihoi::app {

const std::vector<Column>& Columns(ImportKind kind) {
  using T = ColumnType;
  static const std::vector<Column> kOrgs = {
      {"code", "Mã", T::kText, true, {"Mã tổ chức", "Mã đơn vị", "Mã số"}},
      {"name", "Tên", T::kText, true, {"Tên tổ chức", "Tên đơn vị", "Tên tổ chức đảng"}},
      {"level", "Cấp", T::kText, true, {"Cấp tổ chức"}},
      {"parent_code", "Mã cấp trên", T::kText, false, {"Mã tổ chức cấp trên", "Cấp trên"}},
      {"category", "Loại hình", T::kText, false, {"Loại hình tổ chức", "Loại"}},
      {"members", "Số đảng viên", T::kInteger, false, {"Số lượng đảng viên", "Đảng viên"}},
  };
  static const std::vector<Column> kMembers = {
      {"id", "Mã đảng viên", T::kText, true, {"Số thẻ đảng viên", "Số thẻ", "Mã"}},
      {"full_name", "Họ và tên", T::kText, true, {"Họ tên", "Họ và tên đảng viên"}},
      {"gender", "Giới tính", T::kText, false, {"Giới"}},
      {"birth_date", "Ngày sinh", T::kDate, false, {"Ngày tháng năm sinh"}},
      {"party_join_date", "Ngày vào Đảng", T::kDate, false, {"Ngày kết nạp"}},
      {"full_member_date",
       "Ngày chính thức",
       T::kDate,
       false,
       {"Ngày công nhận chính thức", "Ngày chuyển chính thức"}},
      {"org_code", "Mã tổ chức", T::kText, true, {"Mã chi bộ", "Mã đơn vị"}},
      {"status", "Trạng thái", T::kText, false, {"Tình trạng"}},
  };
  static const std::vector<Column> kCongresses = {
      {"org_code", "Mã tổ chức", T::kText, true, {"Mã đơn vị", "Mã"}},
      {"term", "Nhiệm kỳ", T::kText, true, {}},
      {"ordinal", "Lần thứ", T::kInteger, false, {"Đại hội lần thứ"}},
      {"kind", "Hình thức", T::kText, false, {"Hình thức đại hội", "Loại đại hội"}},
      {"pilot", "Đại hội điểm", T::kBoolean, false, {"Điểm"}},
      {"planned_start", "Ngày dự kiến bắt đầu", T::kDate, false, {"Dự kiến bắt đầu"}},
      {"planned_end", "Ngày dự kiến kết thúc", T::kDate, false, {"Dự kiến kết thúc"}},
      {"held_start",
       "Ngày bắt đầu",
       T::kDate,
       false,
       {"Ngày tổ chức", "Ngày bắt đầu thực tế", "Ngày khai mạc"}},
      {"held_end", "Ngày kết thúc", T::kDate, false, {"Ngày kết thúc thực tế", "Ngày bế mạc"}},
  };
  switch (kind) {
    case ImportKind::kOrgs:
      return kOrgs;
    case ImportKind::kMembers:
      return kMembers;
    case ImportKind::kCongresses:
      return kCongresses;
  }
  return kOrgs;
}

const char* ToString(ImportKind kind) {
  switch (kind) {
    case ImportKind::kOrgs:
      return "orgs";
    case ImportKind::kMembers:
      return "members";
    case ImportKind::kCongresses:
      return "congresses";
  }
  return "orgs";
}

std::optional<ImportKind> ParseImportKind(std::string_view text) {
  for (ImportKind k : {ImportKind::kOrgs, ImportKind::kMembers, ImportKind::kCongresses}) {
    if (text == ToString(k)) return k;
  }
  return std::nullopt;
}

std::string HeaderKey(std::string_view header) {
  std::string folded = text::Fold(header);
  std::string out;
  bool space = false;
  for (char c : folded) {
    if (c == '_' || c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace daihoi::app
