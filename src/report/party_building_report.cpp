#include "report/party_building_report.h"

#include <cstdio>
#include <utility>

#include "report/labels.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

// A report of the issuer's standing committee: the header, "BÁO CÁO", the secretary's signature
// and the recipients.
pdf::Document IssuedReport(const ReportIssuer& issuer) {
  pdf::Document document;
  document.header.superior = UpperVietnamese(issuer.superior);
  document.header.issuer = UpperVietnamese(issuer.name);
  document.header.place = issuer.place;
  document.header.date = issuer.date;
  document.type = "BÁO CÁO";
  document.signatures.push_back(StandingCommitteeSignature());
  document.recipients = {"Ban Tổ chức cấp trên", "Các tổ chức đảng trực thuộc", "Lưu văn phòng"};
  return document;
}

}  // namespace

pdf::Document RatingSharesDocument(const app::RatingSharesView& view, const ReportIssuer& issuer) {
  pdf::Document document = IssuedReport(issuer);
  std::string years;
  if (!view.shares.empty()) {
    const int first = view.shares.front().year;
    const int last = view.shares.back().year;
    years = first == last ? "năm " + std::to_string(first)
                          : "các năm " + std::to_string(first) + " - " + std::to_string(last);
  }
  document.subject = "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên " + years;
  document.body.push_back(pdf::Paragraph(
      "Thực hiện hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, Ban Thường vụ " +
      issuer.name + " báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên " +
      years + " như sau:"));
  int section = 0;
  for (building::RatedKind kind :
       {building::RatedKind::kOrganization, building::RatedKind::kMember}) {
    pdf::Table table;
    table.columns = {"Năm", "Số được xếp loại"};
    table.widths = {0.8, 1.2};
    table.align = {'c', 'r'};
    for (const building::Grade& grade : view.grades) {
      table.columns.push_back(grade.name);
      table.widths.push_back(1.6);
      table.align.push_back('r');
    }
    std::vector<std::string> warnings;
    for (const building::GradeShares& shares : view.shares) {
      if (shares.kind != kind) continue;
      std::vector<std::string> row = {std::to_string(shares.year), ThousandsVi(shares.rated)};
      for (const building::GradeShare& share : shares.grades) {
        row.push_back(ThousandsVi(share.count) + " (" + PercentVi(share.percent) + ")");
      }
      table.rows.push_back(std::move(row));
      if (shares.cap.exceeded) {
        warnings.push_back("Năm " + std::to_string(shares.year) + ": " + shares.cap.warning + ".");
      }
    }
    const char* roman = ++section == 1 ? "I" : "II";
    document.body.push_back(
        pdf::Heading(std::string(roman) + ". Xếp loại " +
                     (kind == building::RatedKind::kMember ? "đảng viên" : "tổ chức đảng")));
    if (table.rows.empty()) {
      document.body.push_back(pdf::Paragraph("Chưa có kết quả xếp loại."));
      continue;
    }
    document.body.push_back(pdf::TableBlock(std::move(table)));
    for (const std::string& warning : warnings) {
      document.body.push_back(pdf::Paragraph("Lưu ý: " + warning));
    }
  }
  document.body.push_back(pdf::Paragraph(
      "Mức tối đa xếp loại \"" + (view.grades.empty() ? std::string() : view.grades.front().name) +
      "\": " + PercentVi(view.cap.max_percent) + " số được xếp loại từ mức thứ " +
      std::to_string(view.cap.base_rank) + " trở lên."));
  return document;
}

Result<std::string> RatingSharesXlsx(const app::RatingSharesView& view) {
  using T = app::ColumnType;
  static const std::vector<app::Column> columns = {
      {"year", "Năm", T::kInteger, false, {}},
      {"kind", "Đối tượng", T::kText, false, {}},
      {"grade", "Mã xếp loại", T::kText, false, {}},
      {"name", "Mức xếp loại", T::kText, false, {}},
      {"count", "Số lượng", T::kInteger, false, {}},
      {"percent", "Tỷ lệ (%)", T::kText, false, {}},
      {"rated", "Số được xếp loại", T::kInteger, false, {}}};
  std::vector<std::vector<std::string>> rows;
  for (const building::GradeShares& shares : view.shares) {
    for (const building::GradeShare& share : shares.grades) {
      char percent[32];
      std::snprintf(percent, sizeof percent, "%.1f", share.percent);
      rows.push_back({std::to_string(shares.year), building::Label(shares.kind), share.grade.code,
                      share.grade.name, std::to_string(share.count), percent,
                      std::to_string(shares.rated)});
    }
  }
  return XlsxBytes("Xếp loại chất lượng", columns, rows);
}

pdf::Document AdmissionsDocument(const app::AdmissionsView& view, const ReportIssuer& issuer) {
  pdf::Document document = IssuedReport(issuer);
  document.subject =
      "Kết quả công tác phát triển đảng viên" +
      (view.term.empty() ? std::string() : ", nhiệm kỳ " + SpacedTermText(view.term));
  for (const app::AdmissionRow& row : view.targets) {
    if (row.org_code != view.root) continue;
    const building::AdmissionProgress& p = row.progress;
    document.body.push_back(
        pdf::Paragraph("Từ ngày " + p.target.from.ToVietnamese() + " đến ngày " +
                       p.target.to.ToVietnamese() + ", toàn " + view.root_name + " kết nạp được " +
                       ThousandsVi(p.admitted) + " đảng viên, đạt " + PercentVi(p.percent) +
                       " chỉ tiêu nhiệm kỳ (" + ThousandsVi(p.target.target) + " đảng viên)" +
                       (p.reached ? ", vượt chỉ tiêu đề ra." : ", chưa đạt chỉ tiêu đề ra.")));
  }
  int section = 0;
  const auto heading = [&](const std::string& text) {
    static const char* kRoman[] = {"I", "II", "III", "IV"};
    document.body.push_back(pdf::Heading(std::string(kRoman[section++ % 4]) + ". " + text));
  };
  if (!view.years.empty()) {
    heading("Kết nạp đảng viên theo năm");
    pdf::Table table;
    table.columns = {"Năm", "Số đảng viên kết nạp"};
    table.widths = {1.0, 2.0};
    table.align = {'c', 'r'};
    for (const app::YearAdmissions& year : view.years) {
      table.rows.push_back({std::to_string(year.year), ThousandsVi(year.admitted)});
    }
    document.body.push_back(pdf::TableBlock(std::move(table)));
  }
  if (!view.units.empty()) {
    heading("Kết nạp đảng viên theo tổ chức đảng trực thuộc");
    pdf::Table table;
    table.columns = {"Số TT", "Tổ chức đảng", "Chỉ tiêu", "Kết nạp"};
    table.widths = {0.7, 4.6, 1.2, 1.2};
    table.align = {'c', 'l', 'r', 'r'};
    for (const app::UnitAdmissions& unit : view.units) {
      table.rows.push_back({std::to_string(table.rows.size() + 1), unit.name,
                            unit.target ? ThousandsVi(*unit.target) : "",
                            ThousandsVi(unit.admitted)});
    }
    document.body.push_back(pdf::TableBlock(std::move(table)));
  }
  heading("Chỉ tiêu và kết quả");
  if (view.targets.empty()) {
    document.body.push_back(pdf::Paragraph("Chưa giao chỉ tiêu kết nạp đảng viên."));
  } else {
    pdf::Table table;
    table.columns = {"Tổ chức đảng", "Nhiệm kỳ", "Chỉ tiêu", "Kết nạp", "Tỷ lệ"};
    table.widths = {3.8, 1.3, 1.1, 1.1, 1.0};
    table.align = {'l', 'c', 'r', 'r', 'r'};
    for (const app::AdmissionRow& row : view.targets) {
      table.rows.push_back({row.name, SpacedTermText(row.progress.target.term),
                            ThousandsVi(row.progress.target.target),
                            ThousandsVi(row.progress.admitted), PercentVi(row.progress.percent)});
    }
    document.body.push_back(pdf::TableBlock(std::move(table)));
  }
  return document;
}

Result<std::string> AdmissionsXlsx(const app::AdmissionsView& view) {
  using T = app::ColumnType;
  static const std::vector<app::Column> columns = {{"org_code", "Mã tổ chức", T::kText, false, {}},
                                                   {"name", "Tổ chức đảng", T::kText, false, {}},
                                                   {"term", "Nhiệm kỳ", T::kText, false, {}},
                                                   {"from", "Từ ngày", T::kDate, false, {}},
                                                   {"to", "Đến ngày", T::kDate, false, {}},
                                                   {"target", "Chỉ tiêu", T::kInteger, false, {}},
                                                   {"admitted", "Kết nạp", T::kInteger, false, {}},
                                                   {"percent", "Tỷ lệ (%)", T::kText, false, {}}};
  std::vector<std::vector<std::string>> rows;
  for (const app::AdmissionRow& row : view.targets) {
    const building::AdmissionProgress& p = row.progress;
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f", p.percent);
    rows.push_back({row.org_code, row.name, p.target.term, p.target.from.ToIso(),
                    p.target.to.ToIso(), std::to_string(p.target.target),
                    std::to_string(p.admitted), percent});
  }
  for (const app::UnitAdmissions& unit : view.units) {
    bool listed = false;
    for (const app::AdmissionRow& row : view.targets)
      listed = listed || row.org_code == unit.org_code;
    if (listed) continue;
    rows.push_back(
        {unit.org_code, unit.name, view.term, "", "", "", std::to_string(unit.admitted), ""});
  }
  return XlsxBytes("Kết nạp đảng viên", columns, rows);
}

pdf::Document CommunicationDocument(const app::CommunicationView& view,
                                    const std::vector<app::CommunicationRecord>& items,
                                    const ReportIssuer& issuer) {
  pdf::Document document = IssuedReport(issuer);
  std::string period;
  if (view.from && view.to) {
    period = " từ ngày " + view.from->ToVietnamese() + " đến ngày " + view.to->ToVietnamese();
  } else if (view.from) {
    period = " từ ngày " + view.from->ToVietnamese();
  } else if (view.to) {
    period = " đến ngày " + view.to->ToVietnamese();
  }
  document.subject = "Kết quả công tác tuyên truyền về đại hội" + period;
  const auto count_of = [&](building::CommunicationKind kind) {
    return view.totals.kinds[static_cast<size_t>(kind)];
  };
  using K = building::CommunicationKind;
  document.body.push_back(pdf::Paragraph(
      "Toàn " + view.root_name + " đã đăng " + ThousandsVi(count_of(K::kNews).items) + " tin, " +
      ThousandsVi(count_of(K::kEssay).items) + " bài viết; phát hành " +
      ThousandsVi(count_of(K::kBulletin).items) + " đặc san, bản tin với " +
      ThousandsVi(count_of(K::kBulletin).copies) + " bản; tổ chức " +
      ThousandsVi(count_of(K::kEvent).items) +
      " hoạt động văn hóa, văn nghệ, thể thao chào mừng đại hội."));
  document.body.push_back(pdf::Heading("I. Kết quả theo tổ chức đảng"));
  pdf::Table table;
  table.columns = {"Số TT",  "Tổ chức đảng", "Tin", "Bài viết", "Đặc san, bản tin",
                   "Số bản", "Hoạt động"};
  table.widths = {0.6, 3.6, 0.8, 0.9, 1.1, 1.0, 1.0};
  table.align = {'c', 'l', 'r', 'r', 'r', 'r', 'r'};
  for (const app::UnitCommunication& unit : view.units) {
    const auto& k = unit.totals.kinds;
    table.rows.push_back({std::to_string(table.rows.size() + 1), unit.name, ThousandsVi(k[0].items),
                          ThousandsVi(k[1].items), ThousandsVi(k[2].items),
                          ThousandsVi(k[2].copies), ThousandsVi(k[3].items)});
  }
  const auto& k = view.totals.kinds;
  table.rows.push_back({"", "Tổng cộng", ThousandsVi(k[0].items), ThousandsVi(k[1].items),
                        ThousandsVi(k[2].items), ThousandsVi(k[2].copies),
                        ThousandsVi(k[3].items)});
  document.body.push_back(pdf::TableBlock(std::move(table)));
  if (!items.empty()) {
    pdf::Block title = pdf::Heading("PHỤ LỤC: DANH MỤC TIN, BÀI, ẤN PHẨM VÀ HOẠT ĐỘNG");
    title.centred = true;
    document.annex.push_back(title);
    pdf::Table list;
    list.columns = {"Số TT", "Ngày", "Loại", "Tiêu đề", "Đơn vị", "Số bản"};
    list.widths = {0.6, 1.1, 1.1, 4.0, 2.4, 0.8};
    list.align = {'c', 'c', 'l', 'l', 'l', 'r'};
    list.font_pt = 10;
    for (const app::CommunicationRecord& record : items) {
      list.rows.push_back({std::to_string(list.rows.size() + 1), record.item.on.ToVietnamese(),
                           building::Label(record.item.kind), record.item.title, record.org_name,
                           record.item.copies > 0 ? ThousandsVi(record.item.copies) : ""});
    }
    document.annex.push_back(pdf::TableBlock(std::move(list)));
  }
  return document;
}

Result<std::string> CommunicationXlsx(const std::vector<app::CommunicationRecord>& items) {
  using T = app::ColumnType;
  static const std::vector<app::Column> columns = {
      {"on", "Ngày", T::kDate, false, {}},         {"kind", "Loại", T::kText, false, {}},
      {"title", "Tiêu đề", T::kText, false, {}},   {"org_code", "Mã đơn vị", T::kText, false, {}},
      {"org_name", "Đơn vị", T::kText, false, {}}, {"copies", "Số bản", T::kInteger, false, {}},
      {"link", "Đường dẫn", T::kText, false, {}},  {"note", "Ghi chú", T::kText, false, {}}};
  std::vector<std::vector<std::string>> rows;
  for (const app::CommunicationRecord& record : items) {
    rows.push_back({record.item.on.ToIso(), building::ToString(record.item.kind), record.item.title,
                    record.item.org_code, record.org_name, std::to_string(record.item.copies),
                    record.item.link, record.item.note});
  }
  return XlsxBytes("Tuyên truyền", columns, rows);
}

}  // namespace daihoi::report
