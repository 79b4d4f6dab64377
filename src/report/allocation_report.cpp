#include "report/allocation_report.h"

#include "app/columns.h"
#include "report/labels.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

const std::vector<app::Column>& AllocationColumns() {
  static const std::vector<app::Column> columns = {
      {"number", "Số TT", app::ColumnType::kInteger, false, {}},
      {"org_code", "Mã đơn vị", app::ColumnType::kText, false, {}},
      {"name", "Đơn vị", app::ColumnType::kText, false, {}},
      {"members", "Số đảng viên chính thức", app::ColumnType::kInteger, false, {}},
      {"member_source", "Nguồn số liệu", app::ColumnType::kText, false, {}},
      {"minimum", "Tối thiểu", app::ColumnType::kInteger, false, {}},
      {"weight", "Hệ số", app::ColumnType::kText, false, {}},
      {"quota", "Hạn ngạch", app::ColumnType::kText, false, {}},
      {"remainder", "Phần dư", app::ColumnType::kText, false, {}},
      {"seats", "Số đại biểu", app::ColumnType::kInteger, false, {}},
  };
  return columns;
}

std::string SourceName(app::MemberSource source) {
  switch (source) {
    case app::MemberSource::kRegistry:
      return "Danh sách đảng viên";
    case app::MemberSource::kStated:
      return "Số liệu báo cáo";
    case app::MemberSource::kMixed:
      return "Danh sách đảng viên và số liệu báo cáo";
  }
  return "";
}

}  // namespace

std::string MethodName(const std::string& method) {
  if (method == "largest_remainder") return "Số dư lớn nhất (hạn ngạch Hare)";
  if (method == "dhondt") return "D'Hondt";
  if (method == "sainte_lague") return "Sainte-Laguë";
  if (method == "huntington_hill") return "Huntington–Hill";
  return method;
}

Result<std::string> AllocationXlsx(const app::AllocationView& view, const std::string& org_name) {
  const app::AllocationRecord& record = view.record;
  std::vector<std::vector<std::string>> rows;
  int64_t members = 0;
  int64_t seats = 0;
  for (size_t k = 0; k < record.units.size(); ++k) {
    const app::AllocationUnit& unit = record.units[k];
    members += unit.members;
    seats += unit.seats;
    rows.push_back({std::to_string(k + 1), unit.org_code, unit.name, std::to_string(unit.members),
                    SourceName(unit.source), std::to_string(unit.minimum.value_or(record.minimum)),
                    unit.weight, app::QuotaText(view.quotas[k]), app::RemainderText(view.quotas[k]),
                    std::to_string(unit.seats)});
  }
  rows.push_back({"", "",
                  "Cộng: " + org_name + ", " + MethodName(record.method) + ", số liệu đến ngày " +
                      record.as_of.ToIso(),
                  std::to_string(members), "", "", "", "", "", std::to_string(seats)});
  return XlsxBytes("Phân bổ đại biểu", AllocationColumns(), rows);
}

pdf::Document AllocationDocument(const app::AllocationView& view,
                                 const org::Organization& convening, const std::string& superior,
                                 const std::string& place) {
  const app::AllocationRecord& record = view.record;
  pdf::Document document;
  document.header.superior = UpperVietnamese(superior);
  document.header.issuer = UpperVietnamese(convening.name);
  document.header.place = place;
  // Dated the day it was computed; the counting date is in the text.
  document.header.date = Date::Parse(record.created_at.substr(0, 10)).value_or(record.as_of);
  document.type = "PHÂN BỔ ĐẠI BIỂU ĐẠI HỘI " + UpperVietnamese(convening.name);
  document.subject = record.term.empty() ? "" : "nhiệm kỳ " + record.term;

  int64_t members = 0;
  int64_t seats = 0;
  for (const auto& unit : record.units) {
    members += unit.members;
    seats += unit.seats;
  }
  std::string minimum = "mỗi đơn vị ít nhất " + std::to_string(record.minimum) + " đại biểu";
  document.body.push_back(pdf::Paragraph(
      "Số đại biểu được bầu phân bổ cho " + std::to_string(record.units.size()) +
      " tổ chức đảng trực thuộc: " + ThousandsVi(record.seats) +
      " (không kể các đồng chí ủy viên ban chấp hành là đại biểu đương nhiên); căn cứ số đảng "
      "viên chính thức đến ngày " +
      record.as_of.ToVietnamese() + " (" + ThousandsVi(members) + " đảng viên); phương pháp " +
      MethodName(record.method) + "; " + minimum + "."));

  pdf::Table table;
  table.columns = {"Số TT", "Đơn vị", "Số đảng viên chính thức", "Hạn ngạch", "Số đại biểu"};
  table.widths = {0.8, 4.2, 1.8, 1.4, 1.4};
  table.align = {'c', 'l', 'r', 'r', 'r'};
  for (size_t k = 0; k < record.units.size(); ++k) {
    const app::AllocationUnit& unit = record.units[k];
    table.rows.push_back({std::to_string(k + 1), unit.name, ThousandsVi(unit.members),
                          DecimalComma(app::QuotaText(view.quotas[k])),
                          std::to_string(unit.seats)});
  }
  table.rows.push_back({"", "Cộng", ThousandsVi(members), "", std::to_string(seats)});
  document.body.push_back(pdf::TableBlock(std::move(table)));

  document.signatures.push_back(StandingCommitteeSignature());
  document.recipients = {"Các tổ chức đảng trực thuộc", "Lưu Văn phòng"};
  return document;
}

}  // namespace daihoi::report
