// The storage contract: one set of tests that every app::Store engine passes. Each test runs on
// SQLite (a fresh temporary file) and on PostgreSQL (a fresh schema in the database named by
// DAIHOI_TEST_PG, dropped afterwards). Without DAIHOI_TEST_PG the PostgreSQL runs are skipped,
// unless DAIHOI_REQUIRE_PG=1, when they fail.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "storage/open.h"

namespace daihoi::storage {
namespace {

using app::MemberQuery;
using app::OrgQuery;
using org::Member;
using org::MemberStatus;
using org::Organization;

Organization Org(std::string code, std::string name, std::string level, std::string parent,
                 std::optional<int64_t> members = std::nullopt) {
  Organization organization;
  organization.code = std::move(code);
  organization.name = std::move(name);
  organization.level = std::move(level);
  organization.parent_code = std::move(parent);
  organization.members = members;
  return organization;
}

Member Mem(std::string id, std::string name, std::string org_code,
           MemberStatus status = MemberStatus::kFull, std::string birth = "") {
  Member member;
  member.id = std::move(id);
  member.full_name = std::move(name);
  member.org_code = std::move(org_code);
  member.status = status;
  if (!birth.empty()) member.birth_date = Date::Parse(birth);
  return member;
}

// HN ─┬─ BD ─┬─ BD-QT ─┬─ BD-QT-1
//     │      │         └─ BD-QT-2
//     │      └─ BD-KM
//     └─ HK
// Given children first on purpose: a batch need not list parents before children.
std::vector<Organization> Hanoi() {
  return {
      Org("BD-QT-1", "Chi bộ 1", "cell", "BD-QT", 40),
      Org("BD-QT-2", "Chi bộ 2", "cell", "BD-QT", 60),
      Org("BD-QT", "Đảng bộ phường Quán Thánh", "grassroots", "BD", 500),
      Org("BD-KM", "Đảng bộ phường Kim Mã", "grassroots", "BD", 300),
      Org("BD", "Quận ủy Ba Đình", "district", "HN"),
      Org("HK", "Quận ủy Hoàn Kiếm", "district", "HN", 800),
      Org("HN", "Thành ủy Hà Nội", "province", ""),
  };
}

std::vector<std::string> Codes(const std::vector<Organization>& orgs) {
  std::vector<std::string> codes;
  for (const auto& organization : orgs) codes.push_back(organization.code);
  return codes;
}

std::vector<std::string> Ids(const std::vector<Member>& members) {
  std::vector<std::string> ids;
  for (const auto& member : members) ids.push_back(member.id);
  return ids;
}

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static std::atomic<int> serial{0};
    std::random_device random;
    std::string unique = std::to_string(getpid()) + "_" + std::to_string(++serial) + "_" +
                         std::to_string(random() % 1000000);
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("daihoi_contract_" + unique);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "test.db").string();
    } else {
      std::string pg = Env("DAIHOI_TEST_PG");
      if (pg.empty()) {
        if (Env("DAIHOI_REQUIRE_PG") == "1") {
          FAIL() << "DAIHOI_REQUIRE_PG=1 but DAIHOI_TEST_PG is unset: no PostgreSQL to test";
        }
        GTEST_SKIP() << "DAIHOI_TEST_PG is unset: PostgreSQL contract tests skipped";
      }
      admin_ = PQconnectdb(pg.c_str());
      ASSERT_EQ(PQstatus(admin_), CONNECTION_OK) << PQerrorMessage(admin_);
      schema_ = "contract_" + unique;
      ASSERT_TRUE(AdminExec("CREATE SCHEMA " + schema_));
      url_ = pg + (pg.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
             schema_;
    }
    Reopen();
  }

  void TearDown() override {
    store_.reset();
    if (admin_ != nullptr) {
      if (!schema_.empty()) AdminExec("DROP SCHEMA " + schema_ + " CASCADE");
      PQfinish(admin_);
    }
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  void Reopen() {
    store_.reset();
    auto opened = OpenStore(url_);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
  }

  bool AdminExec(const std::string& sql) {
    PGresult* result = PQexec(admin_, sql.c_str());
    bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok) ADD_FAILURE() << sql << ": " << PQresultErrorMessage(result);
    PQclear(result);
    return ok;
  }

  // Runs SQL on the database behind the store, outside the port.
  void RawExec(const std::string& sql) {
    if (GetParam() == "sqlite") {
      sqlite3* db = nullptr;
      ASSERT_EQ(sqlite3_open((dir_ / "test.db").c_str(), &db), SQLITE_OK);
      char* message = nullptr;
      int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
      EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
      sqlite3_free(message);
      sqlite3_close(db);
    } else {
      ASSERT_TRUE(AdminExec("SET search_path TO " + schema_ + "; " + sql));
    }
  }

  void LoadHanoi() {
    auto s = store_->UpsertOrganizations(Hanoi());
    ASSERT_TRUE(s.ok()) << s.error().message;
  }

  std::vector<std::string> SubtreeCodes(const std::string& root) {
    auto subtree = store_->Subtree(root);
    EXPECT_TRUE(subtree.ok()) << subtree.error().message;
    return subtree.ok() ? Codes(*subtree) : std::vector<std::string>{};
  }

  std::filesystem::path dir_;
  PGconn* admin_ = nullptr;
  std::string schema_;
  std::string url_;
  std::unique_ptr<app::Store> store_;
};

TEST_P(StoreContract, NewDatabaseHoldsDefaultLevelsAndReopens) {
  auto levels = store_->Levels();
  ASSERT_TRUE(levels.ok()) << levels.error().message;
  auto expected = org::DefaultLevels();
  ASSERT_EQ(levels->size(), expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ((*levels)[k].code, expected[k].code);
    EXPECT_EQ((*levels)[k].name, expected[k].name);
    EXPECT_EQ((*levels)[k].rank, expected[k].rank);
  }
  LoadHanoi();
  // Opening again migrates nothing and keeps the data.
  Reopen();
  Reopen();
  auto again = store_->Levels();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->size(), expected.size());
  auto found = store_->FindOrganization("BD-QT");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->name, "Đảng bộ phường Quán Thánh");
}

TEST_P(StoreContract, RefusesDatabaseFromNewerVersion) {
  store_.reset();
  RawExec(
      "INSERT INTO schema_migrations (version, name, applied_at) "
      "VALUES (9999, 'from the future', '2099-01-01T00:00:00Z')");
  auto opened = OpenStore(url_);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kStorage);
  EXPECT_NE(opened.error().message.find("9999"), std::string::npos) << opened.error().message;
  EXPECT_NE(opened.error().message.find("newer"), std::string::npos) << opened.error().message;
}

TEST_P(StoreContract, UpsertLevelsAddsAndRenames) {
  ASSERT_TRUE(store_->UpsertLevels({{"cell", "Chi bộ", 5}, {"team", "Tổ đảng", 6}}).ok());
  auto levels = store_->Levels();
  ASSERT_TRUE(levels.ok());
  ASSERT_EQ(levels->size(), 6u);
  EXPECT_EQ((*levels)[4].name, "Chi bộ");
  EXPECT_EQ((*levels)[5].code, "team");
}

TEST_P(StoreContract, UpsertInsertsThenUpdatesByCode) {
  LoadHanoi();
  auto before = store_->FindOrganization("BD-KM");
  ASSERT_TRUE(before.ok());
  ASSERT_TRUE(before->has_value());
  EXPECT_EQ((*before)->parent_code, "BD");
  EXPECT_EQ((*before)->members, 300);

  Organization changed = Org("BD-KM", "Đảng bộ phường Kim Mã mới", "grassroots", "BD");
  changed.category = "residential";
  ASSERT_TRUE(store_->UpsertOrganizations({changed}).ok());
  auto after = store_->FindOrganization("BD-KM");
  ASSERT_TRUE(after.ok());
  ASSERT_TRUE(after->has_value());
  EXPECT_EQ((*after)->name, "Đảng bộ phường Kim Mã mới");
  EXPECT_EQ((*after)->category, "residential");
  EXPECT_EQ((*after)->members, std::nullopt);

  auto all = store_->AllOrganizations();
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 7u);
  auto missing = store_->FindOrganization("NOPE");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, UnknownParentOrLevelIsRejectedAndNothingWritten) {
  LoadHanoi();
  auto orphan = store_->UpsertOrganizations(
      {Org("X1", "Chi bộ X1", "cell", "HN"), Org("X2", "Chi bộ X2", "cell", "NOWHERE")});
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(orphan.error().message.find("NOWHERE"), std::string::npos);
  auto x1 = store_->FindOrganization("X1");
  ASSERT_TRUE(x1.ok());
  EXPECT_FALSE(x1->has_value());

  auto bad_level = store_->UpsertOrganizations({Org("X3", "Chi bộ X3", "galaxy", "HN")});
  ASSERT_FALSE(bad_level.ok());
  EXPECT_EQ(bad_level.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(bad_level.error().message.find("galaxy"), std::string::npos);
}

TEST_P(StoreContract, SubtreeIsDepthFirstInVietnameseOrderAndAncestorsGoUp) {
  LoadHanoi();
  EXPECT_EQ(SubtreeCodes("HN"),
            (std::vector<std::string>{"HN", "BD", "BD-KM", "BD-QT", "BD-QT-1", "BD-QT-2", "HK"}));
  EXPECT_EQ(SubtreeCodes("BD-QT"), (std::vector<std::string>{"BD-QT", "BD-QT-1", "BD-QT-2"}));
  EXPECT_EQ(SubtreeCodes("HK"), (std::vector<std::string>{"HK"}));

  auto all = store_->AllOrganizations();
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Codes(*all), SubtreeCodes("HN"));
  auto roots = store_->Roots();
  ASSERT_TRUE(roots.ok());
  EXPECT_EQ(Codes(*roots), (std::vector<std::string>{"HN"}));

  auto ancestors = store_->Ancestors("BD-QT-2");
  ASSERT_TRUE(ancestors.ok());
  EXPECT_EQ(Codes(*ancestors), (std::vector<std::string>{"BD-QT", "BD", "HN"}));
  auto top = store_->Ancestors("HN");
  ASSERT_TRUE(top.ok());
  EXPECT_TRUE(top->empty());

  auto unknown = store_->Subtree("NOPE");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->Ancestors("NOPE").error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContract, ReparentingMovesTheWholeSubtree) {
  LoadHanoi();
  // Quán Thánh moves from Ba Đình to Hoàn Kiếm, and a new cell is added under it in one batch.
  ASSERT_TRUE(store_
                  ->UpsertOrganizations(
                      {Org("BD-QT-3", "Chi bộ 3", "cell", "BD-QT", 10),
                       Org("BD-QT", "Đảng bộ phường Quán Thánh", "grassroots", "HK", 500)})
                  .ok());
  EXPECT_EQ(SubtreeCodes("HK"),
            (std::vector<std::string>{"HK", "BD-QT", "BD-QT-1", "BD-QT-2", "BD-QT-3"}));
  EXPECT_EQ(SubtreeCodes("BD"), (std::vector<std::string>{"BD", "BD-KM"}));
  auto ancestors = store_->Ancestors("BD-QT-1");
  ASSERT_TRUE(ancestors.ok());
  EXPECT_EQ(Codes(*ancestors), (std::vector<std::string>{"BD-QT", "HK", "HN"}));

  OrgQuery query;
  query.root = "HK";
  query.text = "chi bo";
  auto cells = store_->SearchOrganizations(query);
  ASSERT_TRUE(cells.ok());
  EXPECT_EQ(cells->total, 3);

  // Moving a branch to the top makes it a root.
  ASSERT_TRUE(
      store_
          ->UpsertOrganizations({Org("BD-QT", "Đảng bộ phường Quán Thánh", "grassroots", "", 500)})
          .ok());
  auto roots = store_->Roots();
  ASSERT_TRUE(roots.ok());
  EXPECT_EQ(Codes(*roots), (std::vector<std::string>{"BD-QT", "HN"}));
  EXPECT_EQ(SubtreeCodes("HN"), (std::vector<std::string>{"HN", "BD", "BD-KM", "HK"}));
}

TEST_P(StoreContract, ACycleOfParentsIsRejected) {
  LoadHanoi();
  auto cycle = store_->UpsertOrganizations({Org("BD", "Quận ủy Ba Đình", "district", "BD-QT-1")});
  ASSERT_FALSE(cycle.ok());
  EXPECT_EQ(cycle.error().code, ErrorCode::kInvalidInput);
  // Nothing moved.
  EXPECT_EQ(SubtreeCodes("HN"),
            (std::vector<std::string>{"HN", "BD", "BD-KM", "BD-QT", "BD-QT-1", "BD-QT-2", "HK"}));
  auto self = store_->UpsertOrganizations({Org("SELF", "Tự mình", "cell", "SELF")});
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().code, ErrorCode::kInvalidInput);
}

TEST_P(StoreContract, CountsPerLevelUseStatedCountsUntilARegistryIsLoaded) {
  LoadHanoi();
  auto stated = store_->CountsPerLevel("HN");
  ASSERT_TRUE(stated.ok()) << stated.error().message;
  // BD states nothing: the sum of its children (500 + 300); HN: BD + HK (800 + 800).
  std::vector<std::tuple<std::string, int64_t, int64_t>> expected = {
      {"province", 1, 1600}, {"district", 2, 1600}, {"grassroots", 2, 800}, {"cell", 2, 100}};
  ASSERT_EQ(stated->size(), expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ((*stated)[k].level, std::get<0>(expected[k]));
    EXPECT_EQ((*stated)[k].organizations, std::get<1>(expected[k])) << std::get<0>(expected[k]);
    EXPECT_EQ((*stated)[k].members, std::get<2>(expected[k])) << std::get<0>(expected[k]);
  }

  // A registry for cell 1: three full members and one probationary. Cell 1 now counts 3; Quán
  // Thánh, with a registry below it, counts its registry plus its children (3 + 60), not 500.
  ASSERT_TRUE(store_
                  ->UpsertMembers(
                      {Mem("M1", "Nguyễn Văn An", "BD-QT-1"), Mem("M2", "Trần Thị Bình", "BD-QT-1"),
                       Mem("M3", "Lê Văn Cường", "BD-QT-1"),
                       Mem("M4", "Phạm Thị Dung", "BD-QT-1", MemberStatus::kProbationary)})
                  .ok());
  auto registry = store_->CountsPerLevel("HN");
  ASSERT_TRUE(registry.ok());
  expected = {
      {"province", 1, 1163}, {"district", 2, 1163}, {"grassroots", 2, 363}, {"cell", 2, 63}};
  ASSERT_EQ(registry->size(), expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ((*registry)[k].level, std::get<0>(expected[k]));
    EXPECT_EQ((*registry)[k].organizations, std::get<1>(expected[k]));
    EXPECT_EQ((*registry)[k].members, std::get<2>(expected[k])) << std::get<0>(expected[k]);
  }

  auto branch = store_->CountsPerLevel("BD-QT");
  ASSERT_TRUE(branch.ok());
  ASSERT_EQ(branch->size(), 2u);
  EXPECT_EQ((*branch)[0].level, "grassroots");
  EXPECT_EQ((*branch)[0].members, 63);
  EXPECT_EQ((*branch)[1].organizations, 2);

  auto everything = store_->CountsPerLevel("");
  ASSERT_TRUE(everything.ok());
  EXPECT_EQ(everything->front().members, 1163);
  EXPECT_EQ(store_->CountsPerLevel("NOPE").error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContract, OrganizationsSortInVietnameseOrder) {
  ASSERT_TRUE(store_
                  ->UpsertOrganizations(
                      {Org("T", "Tỉnh", "province", ""), Org("D2", "Đức", "district", "T"),
                       Org("D1", "Dũng", "district", "T"), Org("A3", "Anh", "district", "T"),
                       Org("A2", "Án", "district", "T"), Org("A1", "An", "district", "T"),
                       Org("B1", "Bình", "district", "T")})
                  .ok());
  OrgQuery query;
  query.parent = "T";
  auto page = store_->SearchOrganizations(query);
  ASSERT_TRUE(page.ok()) << page.error().message;
  std::vector<std::string> names;
  for (const auto& organization : page->items) names.push_back(organization.name);
  EXPECT_EQ(names, (std::vector<std::string>{"An", "Án", "Anh", "Bình", "Dũng", "Đức"}));
  EXPECT_EQ(page->total, 6);
  EXPECT_EQ(SubtreeCodes("T"), (std::vector<std::string>{"T", "A1", "A2", "A3", "B1", "D1", "D2"}));
}

TEST_P(StoreContract, MembersSortByGivenNameThenFamilyThenBirthDateThenId) {
  LoadHanoi();
  // R-ORDER.
  ASSERT_TRUE(store_
                  ->UpsertMembers({
                      Mem("m7", "Nguyễn Văn Đức", "BD-QT-1"),
                      Mem("m6", "Trần Dũng", "BD-QT-1"),
                      Mem("m5", "Hoàng Anh", "BD-QT-2"),
                      Mem("m4", "Phạm Án", "BD-QT-2"),
                      Mem("m2", "Nguyễn Văn An", "BD-KM", MemberStatus::kFull, "1980-01-01"),
                      Mem("m3", "Nguyễn Văn An", "BD-KM", MemberStatus::kFull, "1975-06-30"),
                      Mem("m9", "Lê An", "BD-KM"),
                      Mem("m8", "Lê An", "BD-KM"),
                  })
                  .ok());
  auto page = store_->SearchMembers({});
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(Ids(page->items),
            (std::vector<std::string>{"m8", "m9", "m3", "m2", "m4", "m5", "m6", "m7"}));
  EXPECT_EQ(page->total, 8);
  ASSERT_TRUE(page->items[2].birth_date.has_value());
  EXPECT_EQ(page->items[2].birth_date->ToIso(), "1975-06-30");
  EXPECT_EQ(page->items[2].org_code, "BD-KM");
}

TEST_P(StoreContract, SearchIsAccentInsensitive) {
  LoadHanoi();
  ASSERT_TRUE(store_
                  ->UpsertMembers(
                      {Mem("A1", "Nguyễn Văn An", "BD-QT-1"), Mem("A2", "NGUYỄN VĂN AN", "BD-KM"),
                       Mem("A3", "Nguyễn Văn Đức", "BD-QT-1"), Mem("A4", "Trần Thị Ánh", "HK")})
                  .ok());
  MemberQuery query;
  query.text = "nguyen van an";
  auto found = store_->SearchMembers(query);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->total, 2);
  query.text = "duc";
  EXPECT_EQ(Ids(store_->SearchMembers(query)->items), (std::vector<std::string>{"A3"}));
  query.text = "Đức";
  EXPECT_EQ(Ids(store_->SearchMembers(query)->items), (std::vector<std::string>{"A3"}));
  query.text = "a4";  // by id
  EXPECT_EQ(Ids(store_->SearchMembers(query)->items), (std::vector<std::string>{"A4"}));

  OrgQuery orgs;
  orgs.text = "quan thanh";
  auto quan_thanh = store_->SearchOrganizations(orgs);
  ASSERT_TRUE(quan_thanh.ok());
  EXPECT_EQ(Codes(quan_thanh->items), (std::vector<std::string>{"BD-QT"}));
  orgs.text = "bd-qt";  // by code, any case
  EXPECT_EQ(store_->SearchOrganizations(orgs)->total, 3);
  orgs.text = "Hoàn Kiếm";
  EXPECT_EQ(Codes(store_->SearchOrganizations(orgs)->items), (std::vector<std::string>{"HK"}));
  orgs.text = "";
  orgs.level = "grassroots";
  EXPECT_EQ(Codes(store_->SearchOrganizations(orgs)->items),
            (std::vector<std::string>{"BD-KM", "BD-QT"}));
}

TEST_P(StoreContract, PagesReportTheTotalIgnoringOffsetAndLimit) {
  LoadHanoi();
  std::vector<Member> members;
  for (int k = 0; k < 25; ++k) {
    char id[8];
    std::snprintf(id, sizeof id, "P%02d", k);
    members.push_back(Mem(id, "Đảng Viên Số", k < 15 ? "BD-QT-1" : "HK",
                          k % 5 == 0 ? MemberStatus::kProbationary : MemberStatus::kFull));
  }
  ASSERT_TRUE(store_->UpsertMembers(members).ok());
  MemberQuery query;
  query.offset = 20;
  query.limit = 10;
  auto last = store_->SearchMembers(query);
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(last->total, 25);
  // Same names and no birth dates: id order.
  EXPECT_EQ(Ids(last->items), (std::vector<std::string>{"P20", "P21", "P22", "P23", "P24"}));

  query.root = "BD";
  query.offset = 0;
  query.limit = 3;
  auto branch = store_->SearchMembers(query);
  ASSERT_TRUE(branch.ok());
  EXPECT_EQ(branch->total, 15);
  EXPECT_EQ(branch->items.size(), 3u);
  query.status = MemberStatus::kProbationary;
  EXPECT_EQ(store_->SearchMembers(query)->total, 3);

  OrgQuery orgs;
  orgs.root = "BD";
  orgs.limit = 2;
  orgs.offset = 1;
  auto page = store_->SearchOrganizations(orgs);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5);
  EXPECT_EQ(page->items.size(), 2u);
  OrgQuery unknown;
  unknown.root = "NOPE";
  EXPECT_EQ(store_->SearchOrganizations(unknown).error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContract, MemberUpsertUpdatesAndRejectsUnknownOrganization) {
  LoadHanoi();
  Member member = Mem("U1", "Nguyễn Thị Hoa", "BD-QT-1", MemberStatus::kProbationary, "01/02/1990");
  member.gender = "female";
  member.party_join_date = Date::Parse("2015-05-19");
  ASSERT_TRUE(store_->UpsertMembers({member}).ok());
  member.status = MemberStatus::kFull;
  member.org_code = "HK";
  member.full_member_date = Date::Parse("2016-05-19");
  ASSERT_TRUE(store_->UpsertMembers({member}).ok());
  auto page = store_->SearchMembers({});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  const Member& stored = page->items[0];
  EXPECT_EQ(stored.status, MemberStatus::kFull);
  EXPECT_EQ(stored.org_code, "HK");
  EXPECT_EQ(stored.gender, "female");
  EXPECT_EQ(stored.birth_date->ToIso(), "1990-02-01");
  EXPECT_EQ(stored.party_join_date->ToIso(), "2015-05-19");
  EXPECT_EQ(stored.full_member_date->ToIso(), "2016-05-19");

  auto bad = store_->UpsertMembers({Mem("U2", "Lê Văn Nam", "HK"), Mem("U3", "Lê Văn Bắc", "ZZ")});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(bad.error().message.find("ZZ"), std::string::npos);
  EXPECT_EQ(store_->SearchMembers({})->total, 1);
}

TEST_P(StoreContract, ExistingMemberIdsFindsOnlyStoredOnes) {
  LoadHanoi();
  ASSERT_TRUE(store_
                  ->UpsertMembers({Mem("E1", "Lê Một", "HK"), Mem("E\"2", "Lê Hai", "HK"),
                                   Mem("E\\3", "Lê Ba", "HK")})
                  .ok());
  auto found = store_->ExistingMemberIds({"E0", "E1", "E\"2", "E\\3", "E4"});
  ASSERT_TRUE(found.ok()) << found.error().message;
  std::sort(found->begin(), found->end());
  EXPECT_EQ(*found, (std::vector<std::string>{"E\"2", "E1", "E\\3"}));
}

TEST_P(StoreContract, AFailingTransactionLeavesNothing) {
  LoadHanoi();
  Status failed = store_->InTransaction([&]() -> Status {
    if (auto s = store_->UpsertOrganizations({Org("NEW", "Chi bộ mới", "cell", "HK")}); !s) {
      return s;
    }
    if (auto s = store_->UpsertMembers({Mem("T1", "Trần Văn Tâm", "NEW")}); !s) return s;
    EXPECT_TRUE(store_->FindOrganization("NEW")->has_value());  // visible inside
    return RuleViolation("R-TEST", "abandon");
  });
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().rule, "R-TEST");
  EXPECT_FALSE(store_->FindOrganization("NEW")->has_value());
  EXPECT_EQ(store_->SearchMembers({})->total, 0);

  // A nested failure undoes only its own part.
  Status outer = store_->InTransaction([&]() -> Status {
    if (auto s = store_->UpsertMembers({Mem("T2", "Trần Văn Hai", "HK")}); !s) return s;
    Status inner = store_->InTransaction([&]() -> Status {
      if (auto s = store_->UpsertMembers({Mem("T3", "Trần Văn Ba", "HK")}); !s) return s;
      return NotFound("inner");
    });
    EXPECT_FALSE(inner.ok());
    return {};
  });
  ASSERT_TRUE(outer.ok()) << outer.error().message;
  EXPECT_EQ(Ids(store_->SearchMembers({})->items), (std::vector<std::string>{"T2"}));

  // A failed batch write is never half-kept: even when fn carries on, the transaction it ran in
  // is rolled back and reports the failure.
  Status ignored = store_->InTransaction([&]() -> Status {
    if (auto s = store_->UpsertMembers({Mem("T4", "Trần Văn Bốn", "HK")}); !s) return s;
    Status bad = store_->UpsertMembers({Mem("T5", "Trần Văn Năm", "HK"), Mem("T6", "X", "ZZ")});
    EXPECT_FALSE(bad.ok());
    return {};
  });
  ASSERT_FALSE(ignored.ok());
  EXPECT_EQ(ignored.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(Ids(store_->SearchMembers({})->items), (std::vector<std::string>{"T2"}));
  // The store is usable afterwards.
  ASSERT_TRUE(store_->UpsertMembers({Mem("T7", "Trần Văn Bảy", "HK")}).ok());
  EXPECT_EQ(store_->SearchMembers({})->total, 2);
}

TEST_P(StoreContract, ForEachMemberStreamsTheSubtreeInIdOrder) {
  LoadHanoi();
  ASSERT_TRUE(store_
                  ->UpsertMembers({Mem("S3", "Lê C", "BD-QT-2"), Mem("S1", "Lê A", "BD-QT-1"),
                                   Mem("S2", "Lê B", "HK"), Mem("S0", "Lê D", "BD-KM")})
                  .ok());
  std::vector<std::string> seen;
  ASSERT_TRUE(store_
                  ->ForEachMember("BD-QT",
                                  [&](const Member& member) {
                                    seen.push_back(member.id);
                                    // The callback may use the store.
                                    EXPECT_TRUE(store_->FindOrganization(member.org_code).ok());
                                  })
                  .ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"S1", "S3"}));
  seen.clear();
  ASSERT_TRUE(
      store_->ForEachMember("", [&](const Member& member) { seen.push_back(member.id); }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"S0", "S1", "S2", "S3"}));
  EXPECT_EQ(store_->ForEachMember("NOPE", [](const Member&) {}).error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContract, CongressesUpsertByOrganizationAndTerm) {
  LoadHanoi();
  planning::Congress congress;
  congress.org_code = "BD-QT";
  congress.term = "2025-2030";
  congress.ordinal = 12;
  congress.kind = planning::CongressKind::kDelegates;
  congress.pilot = true;
  congress.planned_start = Date::Parse("2025-04-10");
  congress.planned_end = Date::Parse("2025-04-11");
  planning::Congress cell;
  cell.org_code = "BD-QT-1";
  cell.term = "2025-2027";
  planning::Congress other;
  other.org_code = "HK";
  other.term = "2025-2030";
  ASSERT_TRUE(store_->UpsertCongresses({congress, cell, other}).ok());

  congress.held_start = Date::Parse("2025-04-10");
  congress.held_end = Date::Parse("2025-04-12");
  ASSERT_TRUE(store_->UpsertCongresses({congress}).ok());
  auto list = store_->Congresses("BD");
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  const planning::Congress& stored = (*list)[0];
  EXPECT_EQ(stored.org_code, "BD-QT");
  EXPECT_EQ(stored.ordinal, 12);
  EXPECT_EQ(stored.kind, planning::CongressKind::kDelegates);
  EXPECT_TRUE(stored.pilot);
  EXPECT_EQ(stored.planned_end->ToIso(), "2025-04-11");
  EXPECT_EQ(stored.held_end->ToIso(), "2025-04-12");
  EXPECT_EQ((*list)[1].org_code, "BD-QT-1");
  EXPECT_FALSE((*list)[1].pilot);
  EXPECT_FALSE((*list)[1].held_start.has_value());
  EXPECT_EQ(store_->Congresses("")->size(), 3u);

  planning::Congress unknown;
  unknown.org_code = "NOPE";
  unknown.term = "2025-2030";
  auto bad = store_->UpsertCongresses({unknown});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
}

// R-ALLOCATION: an allocation is saved with all its inputs and read back exactly.
TEST_P(StoreContract, AllocationsAreSavedWithTheirInputsAndListedNewestFirst) {
  LoadHanoi();
  app::AllocationRecord allocation;
  allocation.org_code = "BD";
  allocation.term = "2025-2030";
  allocation.method = "largest_remainder";
  allocation.seats = 234;
  allocation.minimum = 1;
  allocation.as_of = *Date::Parse("2025-03-01");
  app::AllocationUnit quan_thanh;
  quan_thanh.org_code = "BD-QT";
  quan_thanh.name = "Đảng bộ phường Quán Thánh";
  quan_thanh.members = 500;
  quan_thanh.source = app::MemberSource::kRegistry;
  quan_thanh.minimum = 3;
  quan_thanh.weight = "1.25";
  quan_thanh.seats = 146;
  quan_thanh.quota_num = "340282366920938463463374607431768211455";  // above 64 bits
  quan_thanh.quota_den = "800";
  app::AllocationUnit kim_ma;
  kim_ma.org_code = "BD-KM";
  kim_ma.name = "Đảng bộ phường Kim Mã";
  kim_ma.members = 300;
  kim_ma.seats = 88;
  kim_ma.set_aside = true;
  allocation.units = {quan_thanh, kim_ma};

  auto first = store_->SaveAllocation(allocation);
  ASSERT_TRUE(first.ok()) << first.error().message;
  allocation.method = "dhondt";
  auto second = store_->SaveAllocation(allocation);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_NE(*first, *second);

  auto found = store_->FindAllocation(*first);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const app::AllocationRecord& stored = **found;
  EXPECT_EQ(stored.id, *first);
  EXPECT_EQ(stored.org_code, "BD");
  EXPECT_EQ(stored.term, "2025-2030");
  EXPECT_EQ(stored.method, "largest_remainder");
  EXPECT_EQ(stored.seats, 234);
  EXPECT_EQ(stored.minimum, 1);
  EXPECT_EQ(stored.as_of.ToIso(), "2025-03-01");
  EXPECT_EQ(stored.created_at.size(), 20u) << stored.created_at;
  EXPECT_EQ(stored.created_at.back(), 'Z');
  ASSERT_EQ(stored.units.size(), 2u);
  const app::AllocationUnit& unit = stored.units[0];
  EXPECT_EQ(unit.org_code, "BD-QT");
  EXPECT_EQ(unit.name, "Đảng bộ phường Quán Thánh");
  EXPECT_EQ(unit.members, 500);
  EXPECT_EQ(unit.source, app::MemberSource::kRegistry);
  EXPECT_EQ(unit.minimum, std::optional<int64_t>(3));
  EXPECT_EQ(unit.weight, "1.25");
  EXPECT_EQ(unit.seats, 146);
  EXPECT_FALSE(unit.set_aside);
  EXPECT_EQ(unit.quota_num, "340282366920938463463374607431768211455");
  EXPECT_EQ(unit.quota_den, "800");
  EXPECT_EQ(stored.units[1].org_code, "BD-KM");
  EXPECT_EQ(stored.units[1].source, app::MemberSource::kStated);
  EXPECT_FALSE(stored.units[1].minimum.has_value());
  EXPECT_TRUE(stored.units[1].set_aside);

  auto list = store_->Allocations("BD");
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, *second);
  EXPECT_EQ((*list)[0].method, "dhondt");
  EXPECT_EQ((*list)[1].id, *first);
  EXPECT_EQ((*list)[1].units.size(), 2u);
  EXPECT_TRUE(store_->Allocations("HK")->empty());
  EXPECT_EQ(store_->Allocations("NOPE").error().code, ErrorCode::kNotFound);
  auto missing = store_->FindAllocation(*second + 1000);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, AnAllocationForAnUnknownOrganizationWritesNothing) {
  LoadHanoi();
  app::AllocationRecord allocation;
  allocation.org_code = "NOPE";
  allocation.term = "2025-2030";
  allocation.method = "dhondt";
  allocation.seats = 10;
  allocation.as_of = *Date::Parse("2025-03-01");
  allocation.units.resize(1);
  auto saved = store_->SaveAllocation(allocation);
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(saved.error().field, "org_code");
  // A failing unit row rolls back the allocation row too.
  allocation.org_code = "BD";
  allocation.units[0].seats = -1;
  ASSERT_FALSE(store_->SaveAllocation(allocation).ok());
  EXPECT_TRUE(store_->Allocations("BD")->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(OpenStore, RejectsAnUnknownUrlNamingIt) {
  auto opened = OpenStore("mysql://db.example/daihoi");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(opened.error().message.find("mysql://db.example/daihoi"), std::string::npos);
  EXPECT_EQ(OpenStore("sqlite:").error().code, ErrorCode::kInvalidInput);
}

TEST(OpenStore, UnreachableServerIsAStorageError) {
  auto opened = OpenStore("postgresql://127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kStorage);
  auto unopenable = OpenStore("sqlite:/nonexistent-directory/for/sure/x.db");
  ASSERT_FALSE(unopenable.ok());
  EXPECT_EQ(unopenable.error().code, ErrorCode::kStorage);
}

}  // namespace
}  // namespace daihoi::storage
