#include "app/import.h"

#include <gtest/gtest.h>

#include "app/export.h"
#include "app/fake_store_test.h"

namespace daihoi::app {
namespace {

using testing::FakeStore;

Table Csvish(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  Table t;
  t.file = "test.csv";
  t.header = std::move(header);
  t.rows = std::move(rows);
  return t;
}

Table Orgs(std::vector<std::vector<std::string>> rows) {
  return Csvish({"code", "name", "level", "parent_code", "category", "members"}, std::move(rows));
}

ImportReport RunImport(Store& store, ImportKind kind, const Table& t) {
  auto r = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), kind, t, {});
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.ok() ? *r : ImportReport{};
}

TEST(ImportOrgsTest, InsertsThenUpdates) {
  FakeStore store;
  Table t = Orgs({{"HANOI", "Đảng bộ thành phố Hà Nội", "province", "", "", ""},
                  {"BADINH", "Đảng bộ quận Ba Đình", "district", "HANOI", "residential", ""},
                  {"BADINH-QUANTHANH", "Đảng bộ phường Quán Thánh", "grassroots", "BADINH",
                   "residential", "850"}});
  ImportReport r = RunImport(store, ImportKind::kOrgs, t);
  EXPECT_TRUE(r.written);
  EXPECT_EQ(r.rows, 3);
  EXPECT_EQ(r.inserted, 3);
  EXPECT_EQ(r.updated, 0);
  EXPECT_EQ(store.orgs()[2].members, 850);
  r = RunImport(store, ImportKind::kOrgs, t);
  EXPECT_EQ(r.inserted, 0);
  EXPECT_EQ(r.updated, 3);
  EXPECT_EQ(store.orgs().size(), 3u);
}

TEST(ImportOrgsTest, VietnameseHeadersLegacyTextAndParentsFromTheStore) {
  FakeStore store;
  ASSERT_TRUE(RunImport(store, ImportKind::kOrgs,
                        Orgs({{"HANOI", "Đảng bộ thành phố Hà Nội", "province", "", "", ""}}))
                  .written);
  // Headers matched without accents or case; TCVN3 cells ("§¶ng bé quËn Ba §×nh", "QuËn ñy",
  // "ph­êng", read as Latin-1) are converted; level words and Vietnamese categories accepted.
  Table t =
      Csvish({"STT", "MÃ", "ten", "Cấp", "Mã cấp trên", "Loại hình", "Số đảng viên"},
             {{"1", "BADINH", "\xC2\xA7\xC2\xB6ng b\xC3\xA9 qu\xC3\x8Bn Ba \xC2\xA7\xC3\x97nh",
               "Qu\xC3\x8Bn \xC3\xB1y", "HANOI", "ph\xC2\xAD\xC3\xAAng", ""}});
  ImportReport r = RunImport(store, ImportKind::kOrgs, t);
  ASSERT_TRUE(r.written) << (r.errors.empty() ? "" : r.errors[0].message);
  EXPECT_EQ(store.orgs()[1].name, "Đảng bộ quận Ba Đình");
  EXPECT_EQ(store.orgs()[1].level, "district");
  EXPECT_EQ(store.orgs()[1].category, "residential");
}

TEST(ImportOrgsTest, EveryProblemIsLocatedAndNothingIsWritten) {
  FakeStore store;
  Table t = Orgs({{"HANOI", "Đảng bộ thành phố Hà Nội", "province", "", "", ""},
                  {"BADINH", "Đảng bộ quận Ba Đình", "district", "NOWHERE", "", ""},
                  {"HANOI", "Trùng mã", "province", "", "", ""},
                  {"X", "Cấp lạ", "galaxy", "HANOI", "", ""},
                  {"Y", "Số sai", "grassroots", "HANOI", "", "nhiều"},
                  {"A", "Vòng A", "cell", "B", "", ""},
                  {"B", "Vòng B", "cell", "A", "", ""},
                  {"C", "Cấp ngược", "province", "HANOI", "", ""}});
  auto result =
      ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs, t, {});
  ASSERT_TRUE(result.ok());
  const ImportReport& r = *result;
  EXPECT_FALSE(r.written);
  EXPECT_TRUE(store.orgs().empty());
  EXPECT_TRUE(store.audits().empty());  // nothing written, nothing recorded
  auto has = [&](long row, const std::string& column, const std::string& word) {
    return std::any_of(r.errors.begin(), r.errors.end(), [&](const RowError& e) {
      return e.row == row && e.column == column && e.message.find(word) != std::string::npos;
    });
  };
  EXPECT_TRUE(has(3, "parent_code", "unknown parent"));
  EXPECT_TRUE(has(4, "code", "duplicate code"));
  EXPECT_TRUE(has(5, "level", "unknown level"));
  EXPECT_TRUE(has(6, "members", "not a whole number"));
  EXPECT_TRUE(has(7, "parent_code", "cycle"));
  EXPECT_TRUE(has(8, "parent_code", "cycle"));
  EXPECT_TRUE(has(9, "level", "rank below"));
}

TEST(ImportOrgsTest, MissingColumnAndUnknownColumn) {
  FakeStore store;
  auto r = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs,
                       Csvish({"code", "name", "colour"}, {{"A", "B", "red"}}), {});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  ASSERT_EQ(r->errors.size(), 2u);
  EXPECT_EQ(r->errors[0].row, 1);
  EXPECT_EQ(r->errors[0].column, "colour");
  EXPECT_EQ(r->errors[1].column, "level");
  EXPECT_NE(r->errors[1].message.find("missing required column"), std::string::npos);
}

TEST(ImportOrgsTest, ALevelChangeMayNotStrandStoredChildren) {
  FakeStore store;
  ASSERT_TRUE(RunImport(store, ImportKind::kOrgs,
                        Orgs({{"HANOI", "Hà Nội", "province", "", "", ""},
                              {"G", "Cơ sở", "grassroots", "HANOI", "", ""},
                              {"G-1", "Chi bộ 1", "cell", "G", "", "12"}}))
                  .written);
  auto r = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs,
                       Orgs({{"G", "Cơ sở", "cell", "HANOI", "", ""}}), {});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  ASSERT_FALSE(r->errors.empty());
  EXPECT_EQ(r->errors[0].row, 2);
  EXPECT_EQ(r->errors[0].column, "level");
}

TEST(ImportOrgsTest, StorageFailureWritesNothing) {
  FakeStore store;
  store.fail_writes = true;
  auto r = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs,
                       Orgs({{"HANOI", "Hà Nội", "province", "", "", ""}}), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kStorage);
}

TEST(ImportOrgsTest, ProgressIsReported) {
  FakeStore store;
  std::vector<std::vector<std::string>> rows{{"P", "Tỉnh", "province", "", "", ""}};
  for (int i = 0; i < 500; ++i) {
    rows.push_back(
        {"C" + std::to_string(i), "Xã " + std::to_string(i), "grassroots", "P", "", "10"});
  }
  int calls = 0;
  int64_t last = 0;
  ImportOptions options;
  options.progress = [&](int64_t done, int64_t total) {
    ++calls;
    last = done;
    EXPECT_LE(done, total);
  };
  auto r = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs,
                       Orgs(rows), options);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->written);
  EXPECT_GE(calls, 50);
  EXPECT_EQ(last, 2 * 501);
}

void SeedTree(FakeStore& store) {
  ASSERT_TRUE(RunImport(store, ImportKind::kOrgs,
                        Orgs({{"DANANG", "Đảng bộ thành phố Đà Nẵng", "province", "", "", ""},
                              {"KHUETRUNG", "Đảng bộ phường Khuê Trung", "grassroots", "DANANG",
                               "residential", ""},
                              {"KHUETRUNG-KDC01", "Chi bộ khu dân cư số 1", "cell", "KHUETRUNG",
                               "residential", ""}}))
                  .written);
}

TEST(ImportMembersTest, VietnameseVocabularyAndDates) {
  FakeStore store;
  SeedTree(store);
  Table t = Csvish({"Mã đảng viên", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng",
                    "Ngày chính thức", "Mã tổ chức", "Trạng thái"},
                   {{"KT-1", "Nguyễn Văn An", "Nam", "02/03/1975", "19/05/2000", "19/05/2001",
                     "KHUETRUNG-KDC01", "chính thức"},
                    {"KT-2", "Trần Thị Bình", "Nữ", "1990-01-15", "2019-12-01", "",
                     "KHUETRUNG-KDC01", "Dự bị"}});
  ImportReport r = RunImport(store, ImportKind::kMembers, t);
  ASSERT_TRUE(r.written);
  EXPECT_EQ(r.inserted, 2);
  const org::Member& an = store.members().at("KT-1");
  EXPECT_EQ(an.gender, "male");
  EXPECT_EQ(an.birth_date->ToIso(), "1975-03-02");
  EXPECT_EQ(store.members().at("KT-2").status, org::MemberStatus::kProbationary);
  EXPECT_EQ(RunImport(store, ImportKind::kMembers, t).updated, 2);
}

TEST(ImportMembersTest, BadRowsAreLocated) {
  FakeStore store;
  SeedTree(store);
  Table t = Csvish({"id", "full_name", "gender", "birth_date", "party_join_date",
                    "full_member_date", "org_code", "status"},
                   {{"1", "Lê Văn C", "male", "31/02/1980", "", "", "KHUETRUNG-KDC01", "full"},
                    {"2", "Phạm Thị D", "x", "", "", "", "NOWHERE", "full"},
                    {"3", "Hồ Văn E", "", "1980-01-01", "1979-01-01", "", "KHUETRUNG", "gone"},
                    {"1", "Ngô Văn F", "", "", "2000-01-01", "1999-01-01", "KHUETRUNG", ""}});
  auto r =
      ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kMembers, t, {});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  EXPECT_TRUE(store.members().empty());
  std::vector<std::pair<long, std::string>> got;
  for (const RowError& e : r->errors) got.emplace_back(e.row, e.column);
  EXPECT_EQ(got, (std::vector<std::pair<long, std::string>>{{2, "birth_date"},
                                                            {3, "org_code"},
                                                            {3, "gender"},
                                                            {4, "party_join_date"},
                                                            {4, "status"},
                                                            {5, "id"},
                                                            {5, "full_member_date"}}));
}

TEST(ImportCongressesTest, RomanOrdinalsBooleansAndRanges) {
  FakeStore store;
  SeedTree(store);
  Table t = Csvish({"org_code", "term", "ordinal", "kind", "pilot", "planned_start", "planned_end",
                    "held_start", "held_end"},
                   {{"KHUETRUNG", "2020–2025", "XXVI", "đại biểu", "có", "06/05/2020", "07/05/2020",
                     "2020-05-06", "2020-05-07"},
                    {"KHUETRUNG-KDC01", "2020-2022", "", "members", "false", "2020-02-10",
                     "2020-02-10", "", ""}});
  ImportReport r = RunImport(store, ImportKind::kCongresses, t);
  ASSERT_TRUE(r.written) << (r.errors.empty() ? "" : r.errors[0].message);
  auto all = *store.Congresses("");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].term, "2020-2025");
  EXPECT_EQ(all[0].ordinal, 26);
  EXPECT_TRUE(all[0].pilot);
  EXPECT_EQ(all[0].kind, planning::CongressKind::kDelegates);

  Table bad = Csvish({"org_code", "term", "kind", "planned_start", "planned_end", "held_end"},
                     {{"KHUETRUNG", "2025", "members", "2020-05-07", "2020-05-06", ""},
                      {"NOWHERE", "2020-2025", "plenary", "", "", "2020-01-01"}});
  auto r2 = ImportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kCongresses,
                        bad, {});
  ASSERT_TRUE(r2.ok());
  EXPECT_FALSE(r2->written);
  std::vector<std::pair<long, std::string>> got;
  for (const RowError& e : r2->errors) got.emplace_back(e.row, e.column);
  EXPECT_EQ(got,
            (std::vector<std::pair<long, std::string>>{
                {2, "term"}, {2, "planned_end"}, {3, "org_code"}, {3, "kind"}, {3, "held_start"}}));
}

TEST(ExportTest, RoundTripIsIdentical) {
  FakeStore store;
  SeedTree(store);
  RunImport(store, ImportKind::kCongresses,
            Csvish({"org_code", "term", "ordinal", "kind", "pilot", "planned_start", "planned_end",
                    "held_start", "held_end"},
                   {{"KHUETRUNG", "2020-2025", "5", "delegates", "true", "2020-05-06", "2020-05-07",
                     "", ""}}));
  for (ImportKind kind : {ImportKind::kOrgs, ImportKind::kCongresses}) {
    auto first = ExportTable(store, ::daihoi::app::Actor::CommandLine("test"), kind, "");
    ASSERT_TRUE(first.ok());
    ImportReport r = RunImport(store, kind, *first);
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.inserted, 0);
    auto second = ExportTable(store, ::daihoi::app::Actor::CommandLine("test"), kind, "");
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->rows, second->rows);
  }
  auto unknown =
      ExportTable(store, ::daihoi::app::Actor::CommandLine("test"), ImportKind::kOrgs, "NOWHERE");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace daihoi::app
