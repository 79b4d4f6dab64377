#include "report/progress_xlsx.h"

#include <gtest/gtest.h>

#include "report/table_io.h"

namespace daihoi::report {
namespace {

Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

TEST(ProgressXlsx, WritesLevelsThenChildrenThenOverdueAndReadsBack) {
  planning::Progress progress;
  progress.root = "BADINH";
  progress.as_of = D(2020, 5, 19);
  progress.round_year = 2020;
  progress.levels = {{"grassroots", 56, 48, 8, 0, 1}};
  progress.children = {
      {"BADINH-QUANTHANH", "Đảng bộ phường Quán Thánh", {{"grassroots", 1, 1, 0, 0, 0}}},
      {"BADINH-KIMMA", "Đảng bộ phường Kim Mã", {{"grassroots", 1, 0, 1, 0, 1}}}};
  progress.overdue = {
      {"BADINH-KIMMA", "Đảng bộ phường Kim Mã", "grassroots", D(2020, 5, 10), D(2020, 5, 11)}};
  std::vector<org::Level> levels = {{"district", "Quận ủy", 2}, {"grassroots", "Cơ sở", 3}};

  auto bytes = ProgressXlsx(progress, "Đảng bộ quận Ba Đình", levels);
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  ASSERT_GT(bytes->size(), 4u);
  EXPECT_EQ(bytes->substr(0, 4), std::string("PK\3\4"));

  auto table = ReadTable("progress.xlsx", *bytes);
  ASSERT_TRUE(table.ok()) << table.error().Describe();
  ASSERT_GE(table->header.size(), 9u);
  EXPECT_EQ(table->header[0], "Mã tổ chức");
  EXPECT_EQ(table->header[4], "Đã tổ chức");
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[0][0], "BADINH");
  EXPECT_EQ(table->rows[0][1], "Đảng bộ quận Ba Đình");
  EXPECT_EQ(table->rows[0][2], "Cơ sở");
  EXPECT_EQ(table->rows[0][3], "56");
  EXPECT_EQ(table->rows[0][4], "48");
  EXPECT_EQ(table->rows[0][5], "8");
  EXPECT_EQ(table->rows[2][0], "BADINH-KIMMA");
  EXPECT_EQ(table->rows[2][7], "1");
  EXPECT_EQ(table->rows[3][0], "BADINH-KIMMA");
  EXPECT_EQ(table->rows[3][8], "2020-05-11");
}

}  // namespace
}  // namespace daihoi::report
