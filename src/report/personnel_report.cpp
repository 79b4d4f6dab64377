#include "report/personnel_report.h"

#include <utility>

#include "report/labels.h"

namespace daihoi::report {
namespace {

// "12 (14,63%)": a count and its share of `whole`.
std::string CountAndPercent(int64_t part, int64_t whole) {
  return std::to_string(part) + " (" + PercentText(election::PercentOf(part, whole)) + ")";
}

}  // namespace

pdf::Document SchemeDocument(const app::SchemeView& view, const std::string& place, Date date) {
  const app::SchemeRecord& scheme = view.scheme;
  pdf::Document document;
  document.header.superior = UpperVietnamese(view.superior_name);
  document.header.issuer = "BAN CHẤP HÀNH " + UpperVietnamese(view.org_name);
  document.header.place = place;
  document.header.date = date;
  document.type = "ĐỀ ÁN";
  document.subject = "Nhân sự Ban Chấp hành " + view.org_name + " nhiệm kỳ " +
                     SpacedTermText(scheme.term) + " (phiên bản " + std::to_string(scheme.version) +
                     ", " + personnel::Label(scheme.status) + ")";

  const personnel::SchemeNumbers& n = scheme.numbers;
  document.body.push_back(pdf::Heading("I. Số lượng"));
  document.body.push_back(pdf::Paragraph(
      "Ban Chấp hành " + std::to_string(n.committee) + " đồng chí; Ban Thường vụ " +
      std::to_string(n.standing_committee) + " đồng chí; Phó Bí thư " + std::to_string(n.deputies) +
      " đồng chí; Ủy ban Kiểm tra " + std::to_string(n.inspection) + " đồng chí" +
      (n.delegates > 0
           ? "; đại biểu dự đại hội cấp trên " + std::to_string(n.delegates) + " đồng chí."
           : ".")));
  const personnel::SchemeStatistics& stats = view.statistics;
  document.body.push_back(pdf::Paragraph(
      "Danh sách cấp ủy giới thiệu gồm " + std::to_string(stats.candidates) + " đồng chí cho " +
      std::to_string(stats.seats) + " chỉ tiêu, số dư " +
      std::to_string(stats.candidates - stats.seats) + " (" + PercentText(stats.surplus_percent) +
      ")" +
      (stats.surplus_problem.empty() ? ", trong khoảng 10% - 15% theo quy chế bầu cử."
                                     : ". Lưu ý: " + stats.surplus_problem + ".")));

  document.body.push_back(pdf::Heading("II. Cơ cấu"));
  pdf::Table structure;
  structure.columns = {"Tiêu chí", "Chỉ tiêu", "Dự kiến khóa mới", "Khóa đương nhiệm"};
  structure.widths = {3.0, 1.8, 2.4, 2.4};
  structure.align = {'l', 'c', 'c', 'c'};
  const election::BodyStats& proposed = stats.proposed;
  const bool has_outgoing = stats.outgoing.has_value();
  const election::BodyStats outgoing = stats.outgoing.value_or(election::BodyStats{});
  auto old_share = [&](int64_t part) {
    return has_outgoing ? CountAndPercent(part, outgoing.size) : std::string("—");
  };
  const election::ListStructureTargets& t = scheme.targets;
  structure.rows.push_back({"Tổng số", std::to_string(stats.seats), std::to_string(proposed.size),
                            has_outgoing ? std::to_string(outgoing.size) : "—"});
  structure.rows.push_back({"Nữ", "≥ " + std::to_string(t.women_min_percent) + "%",
                            CountAndPercent(proposed.women, proposed.size),
                            old_share(outgoing.women)});
  structure.rows.push_back({"Dưới 40 tuổi", "≥ " + std::to_string(t.under_40_min_percent) + "%",
                            CountAndPercent(proposed.under_40, proposed.size),
                            old_share(outgoing.under_40)});
  structure.rows.push_back({"Từ 40 đến 50 tuổi",
                            std::to_string(t.age_40_50_min_percent) + "% - " +
                                std::to_string(t.age_40_50_max_percent) + "%",
                            CountAndPercent(proposed.from_40_to_50, proposed.size),
                            old_share(outgoing.from_40_to_50)});
  structure.rows.push_back({"Trên 50 tuổi", "", CountAndPercent(proposed.over_50, proposed.size),
                            old_share(outgoing.over_50)});
  structure.rows.push_back({"Tái cử", "", CountAndPercent(proposed.re_elected, proposed.size), ""});
  structure.rows.push_back(
      {"Tham gia lần đầu", "", CountAndPercent(proposed.first_time, proposed.size), ""});
  document.body.push_back(pdf::TableBlock(std::move(structure)));
  if (!stats.positions.empty()) {
    std::string represented = "Chức vụ, lĩnh vực được đại diện: ";
    for (size_t index = 0; index < stats.positions.size(); ++index) {
      if (index > 0) represented += "; ";
      represented +=
          stats.positions[index].label + " " + std::to_string(stats.positions[index].count);
    }
    document.body.push_back(pdf::Paragraph(represented + "."));
  }
  int shares = 0;
  for (const election::ListStructureWarning& warning : stats.structure.warnings) {
    if (warning.nomination.empty()) {
      if (shares++ == 0) document.body.push_back(pdf::Paragraph("Lưu ý về cơ cấu:"));
      document.body.push_back(pdf::Paragraph("- " + warning.message + "."));
    }
  }

  std::string history;
  for (const app::SchemeEvent& event : view.events) {
    if (event.action != "return") continue;
    history += (history.empty() ? "" : " ") + std::string("Ý kiến của cấp trên khi trả lại: ") +
               event.comment + ".";
  }
  if (!history.empty()) {
    document.body.push_back(pdf::Heading("III. Tiếp thu ý kiến cấp trên"));
    document.body.push_back(pdf::Paragraph(history));
  }

  document.signatures.push_back(StandingCommitteeSignature());
  document.recipients = {view.superior_name.empty() ? "Cấp ủy cấp trên" : view.superior_name,
                         "Lưu hồ sơ nhân sự"};

  // The nominees, in annex (a list is not a document type: DOCUMENT-LAYOUT.md).
  pdf::Block title = pdf::Heading("Phụ lục: Danh sách nhân sự giới thiệu bầu Ban Chấp hành");
  title.centred = true;
  document.annex.push_back(title);
  pdf::Table nominees;
  nominees.columns = {"Số TT", "Họ và tên", "Năm sinh", "Chức vụ", "Lý do", "Ghi chú"};
  nominees.widths = {0.7, 2.6, 1.0, 4.0, 1.3, 1.4};
  nominees.align = {'c', 'l', 'c', 'l', 'l', 'l'};
  nominees.font_pt = 11;
  for (const app::SchemeNomineeView& entry : view.nominees) {
    const app::SchemeNomineeRecord& nominee = entry.nominee;
    if (nominee.list != personnel::SchemeList::kCommittee) continue;
    std::string note = nominee.outgoing ? "Tái cử" : "Lần đầu";
    if (nominee.gender == "female") note += ", nữ";
    nominees.rows.push_back({std::to_string(nominees.rows.size() + 1), nominee.full_name,
                             nominee.birth_date ? std::to_string(nominee.birth_date->year()) : "",
                             entry.title, personnel::Label(nominee.reason), note});
  }
  document.annex.push_back(pdf::TableBlock(std::move(nominees)));
  return document;
}

}  // namespace daihoi::report
