#include "report/commendation_report.h"

#include <utility>

#include "report/labels.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

std::string DecisionText(const teams::Commendation& c) {
  std::string text = c.decision;
  if (c.decided_on) text += " ngày " + c.decided_on->ToVietnamese();
  return text;
}

}  // namespace

std::optional<Date> LatestDecision(const std::vector<app::CommendationRecord>& records) {
  std::optional<Date> latest;
  for (const app::CommendationRecord& record : records) {
    const auto& on = record.commendation.decided_on;
    if (on && (!latest || *on > *latest)) latest = on;
  }
  return latest;
}

pdf::Document CommendationListDocument(const std::vector<app::CommendationRecord>& records,
                                       const org::Organization& convening,
                                       const std::string& superior, const std::string& term,
                                       const std::string& place, Date date) {
  pdf::Document document;
  document.header.superior = UpperVietnamese(superior);
  document.header.issuer = UpperVietnamese(convening.name);
  document.header.place = place;
  document.header.date = date;
  document.type = "DANH SÁCH";
  document.subject = "Tập thể, cá nhân được khen thưởng trong đợt đại hội " + convening.name +
                     ", nhiệm kỳ " + SpacedTermText(term);

  pdf::Table collectives;
  collectives.columns = {"Số TT", "Tên tập thể", "Hình thức", "Thành tích", "Quyết định"};
  collectives.widths = {0.7, 3.0, 1.4, 3.4, 2.3};
  collectives.align = {'c', 'l', 'l', 'l', 'l'};
  pdf::Table individuals = collectives;
  individuals.columns[1] = "Họ và tên";
  for (const app::CommendationRecord& record : records) {
    const teams::Commendation& c = record.commendation;
    pdf::Table& table = c.kind == teams::RecipientKind::kCollective ? collectives : individuals;
    table.rows.push_back(
        {std::to_string(table.rows.size() + 1), c.full_name, c.award, c.reason, DecisionText(c)});
  }
  document.body.push_back(pdf::Paragraph("Tổng số: " + std::to_string(collectives.rows.size()) +
                                         " tập thể và " + std::to_string(individuals.rows.size()) +
                                         " cá nhân được khen thưởng."));
  document.body.push_back(pdf::Heading("I. Tập thể"));
  if (collectives.rows.empty()) {
    document.body.push_back(pdf::Paragraph("Không có."));
  } else {
    document.body.push_back(pdf::TableBlock(std::move(collectives)));
  }
  document.body.push_back(pdf::Heading("II. Cá nhân"));
  if (individuals.rows.empty()) {
    document.body.push_back(pdf::Paragraph("Không có."));
  } else {
    document.body.push_back(pdf::TableBlock(std::move(individuals)));
  }
  document.signatures.push_back(StandingCommitteeSignature());
  document.recipients = {"Các tổ chức đảng trực thuộc", "Lưu hồ sơ khen thưởng"};
  return document;
}

Result<std::string> CommendationsXlsx(const std::vector<app::CommendationRecord>& records) {
  std::vector<std::vector<std::string>> rows;
  for (const app::CommendationRecord& record : records) {
    rows.push_back(app::CommendationRow(record.commendation));
  }
  return XlsxBytes("Khen thưởng", app::CommendationColumns(), rows);
}

}  // namespace daihoi::report
