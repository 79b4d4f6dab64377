// The progress report (report/progress_report.h): what the printed document says, built from a
// hand-made round, and that it renders.
#include "report/progress_report.h"

#include <gtest/gtest.h>

#include <string>

#include "report/pdf/pdf_text_test.h"

namespace daihoi::report {
namespace {

using pdf::test::DocumentText;

Date D(const char* text) { return *Date::Parse(text); }

planning::Congress C(std::string org, const char* start, const char* end) {
  planning::Congress c;
  c.org_code = std::move(org);
  c.term = "2020-2025";
  c.planned_start = D(start);
  c.planned_end = D(end);
  return c;
}

// BD (district) → QT (held), TB (overdue on 25/05), KM (ends 2 days before BD opens).
app::ProgressReport Report(const planning::Plan* plan) {
  std::vector<org::Organization> orgs = {
      {"BD", "Đảng bộ quận Ba Đình", "district", "", "", std::nullopt},
      {"QT", "Đảng bộ phường Quán Thánh", "grassroots", "BD", "residential", 120},
      {"TB", "Đảng bộ phường Trúc Bạch", "grassroots", "BD", "residential", 150},
      {"KM", "Đảng bộ phường Kim Mã", "grassroots", "BD", "residential", 90},
  };
  auto tree = org::OrgTree::Build(orgs, org::DefaultLevels());
  std::vector<planning::Congress> congresses = {
      C("BD", "2020-06-14", "2020-06-16"), C("QT", "2020-05-10", "2020-05-11"),
      C("TB", "2020-05-20", "2020-05-21"), C("KM", "2020-06-10", "2020-06-12")};
  congresses[1].held_start = D("2020-05-10");
  congresses[1].held_end = D("2020-05-11");
  app::ProgressReport report;
  report.root = "BD";
  report.root_name = "Đảng bộ quận Ba Đình";
  report.superior_name = "Đảng bộ thành phố Hà Nội";
  report.levels = org::DefaultLevels();
  report.progress =
      *planning::ComputeProgress(*tree, report.levels, congresses, "BD", D("2020-05-25"));
  planning::ForecastOptions options;
  options.round_year = 2020;
  options.plan = plan;
  report.forecast =
      *planning::ComputeForecast(*tree, report.levels, congresses, "BD", D("2020-05-25"), options);
  return report;
}

TEST(ProgressReportTest, HeaderTitleAndSignatureInThePartyLayout) {
  const pdf::Document document = ProgressReportDocument(Report(nullptr), "Hà Nội");
  EXPECT_EQ(document.header.superior, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
  EXPECT_EQ(document.header.issuer, "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN BA ĐÌNH");
  EXPECT_EQ(document.header.date, D("2020-05-25"));
  EXPECT_EQ(document.type, "BÁO CÁO");
  EXPECT_NE(document.subject.find("trực thuộc Đảng bộ quận Ba Đình"), std::string::npos);
  ASSERT_EQ(document.signatures.size(), 1u);
  EXPECT_EQ(document.signatures[0].on_behalf, "T/M BAN CHẤP HÀNH");
  EXPECT_FALSE(document.recipients.empty());
}

TEST(ProgressReportTest, FiguresListsAndForecast) {
  const std::string text = DocumentText(ProgressReportDocument(Report(nullptr), "Hà Nội"));
  // Per level: 3 grassroots, 1 held (33,33%), 2 scheduled, 0 unscheduled, 1 overdue.
  EXPECT_NE(text.find("Cấp cơ sở | 3 | 1 | 33,33% | 2 | 0 | 1 |"), std::string::npos) << text;
  EXPECT_NE(text.find("Cấp cơ sở đã tổ chức 1/3 đại hội (33,33%)."), std::string::npos);
  // The overdue list: TB, 4 days late on 25/05.
  EXPECT_NE(
      text.find("1 | Đảng bộ phường Trúc Bạch | Cấp cơ sở | 20/05/2020 – 21/05/2020 | 4 ngày"),
      std::string::npos)
      << text;
  // At risk: KM ends 12/06, BD opens 14/06.
  EXPECT_NE(text.find("Đảng bộ phường Kim Mã | 12/06/2020 | Đại hội cấp trên khai mạc 14/06/2020, "
                      "chỉ sau 2 ngày"),
            std::string::npos)
      << text;
  // Forecast without a plan: the district on 16/06, the grassroots level on 12/06.
  EXPECT_NE(text.find("Cấp huyện | 0/1 | 16/06/2020 |  | Chưa có kế hoạch để đối chiếu"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Dự kiến hoàn thành toàn bộ đại hội vào ngày 16/06/2020."),
            std::string::npos);
}

TEST(ProgressReportTest, APlanJudgesTheForecast) {
  planning::Plan plan;
  plan.root = "BD";
  plan.term = "2020-2025";
  plan.windows["grassroots"] = {D("2020-04-01"), D("2020-06-05")};
  const std::string text = DocumentText(ProgressReportDocument(Report(&plan), "Hà Nội"));
  EXPECT_NE(text.find("Cấp cơ sở | 1/3 | 12/06/2020 | 01/04/2020 – 05/06/2020 | Chậm 7 ngày so "
                      "với kế hoạch"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Sau hạn kế hoạch của cấp cơ sở (05/06/2020)"), std::string::npos) << text;
}

TEST(ProgressReportTest, Renders) {
  auto bytes = pdf::Render(ProgressReportDocument(Report(nullptr), "Hà Nội"));
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  EXPECT_EQ(bytes->rfind("%PDF", 0), 0u);
}

}  // namespace
}  // namespace daihoi::report
