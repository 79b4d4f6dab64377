// The storage contract: one set of tests that every app::Store engine passes, on SQLite and on
// PostgreSQL (store_contract_fixture.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "storage/open.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using app::MemberQuery;
using app::OrgQuery;
using org::Member;
using org::MemberStatus;
using org::Organization;

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

std::vector<std::string> Ids(const std::vector<Member>& members) {
  std::vector<std::string> ids;
  for (const auto& member : members) ids.push_back(member.id);
  return ids;
}

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

// The roll of a congress (app/roll_record.h): a delegates' congress of Ba Đình, term 2025-2030.
const char* const kTerm = "2025-2030";

app::RollEntry Entry(election::RollRole role, std::string name, std::string unit = "",
                     int rank = 0) {
  app::RollEntry entry;
  entry.role = role;
  entry.full_name = std::move(name);
  entry.unit_code = std::move(unit);
  entry.rank = rank;
  return entry;
}

election::CredentialIssue Issue(std::string person, election::CredentialIssueKind kind,
                                std::string effective, std::string note = "") {
  return {std::move(person), kind, *Date::Parse(effective), std::move(note)};
}

std::vector<std::string> Names(const app::RollRecords& roll) {
  std::vector<std::string> names;
  for (const auto& entry : roll.entries) names.push_back(entry.full_name);
  return names;
}

std::vector<std::string> Persons(const app::RollRecords& roll) {
  std::vector<std::string> persons;
  for (const auto& issue : roll.issues) persons.push_back(issue.issue.person);
  for (const auto& absence : roll.absences) {
    persons.push_back(absence.person + "@" + std::to_string(absence.session));
  }
  return persons;
}

TEST_P(StoreContract, FindCongressByOrganizationAndTerm) {
  LoadHanoi();
  planning::Congress congress;
  congress.org_code = "BD";
  congress.term = kTerm;
  congress.ordinal = 9;
  congress.kind = planning::CongressKind::kDelegates;
  congress.held_start = Date::Parse("2025-06-10");
  planning::Congress earlier = congress;
  earlier.term = "2020-2025";
  earlier.ordinal = 8;
  planning::Congress other = congress;
  other.org_code = "HK";
  other.ordinal = 3;
  ASSERT_TRUE(store_->UpsertCongresses({congress, earlier, other}).ok());

  auto found = store_->FindCongress("BD", kTerm);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->org_code, "BD");
  EXPECT_EQ((*found)->term, kTerm);
  EXPECT_EQ((*found)->ordinal, 9);
  EXPECT_EQ((*found)->kind, planning::CongressKind::kDelegates);
  EXPECT_EQ((*found)->held_start->ToIso(), "2025-06-10");
  EXPECT_FALSE((*found)->planned_start.has_value());
  EXPECT_EQ((*store_->FindCongress("BD", "2020-2025"))->ordinal, 8);

  auto none = store_->FindCongress("BD-KM", kTerm);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_FALSE(none->has_value());
  auto unknown = store_->FindCongress("NOPE", kTerm);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_P(StoreContract, RollEntriesRoundTripInRollOrder) {
  LoadHanoi();
  using election::RollRole;
  // Given out of order: the store orders ex officio first (by id), then by unit code, officials
  // before alternates, rank.
  app::RollEntry chair = Entry(RollRole::kExOfficio, "Trần Thị Bích");
  chair.member_id = "M-001";
  chair.gender = "female";
  chair.birth_date = Date::Parse("1970-02-28");
  std::vector<app::RollEntry> add = {
      Entry(RollRole::kOfficial, "QT chính thức 2", "BD-QT", 2),
      Entry(RollRole::kAlternate, "KM dự khuyết 1", "BD-KM", 1),
      chair,
      Entry(RollRole::kOfficial, "KM chính thức 1", "BD-KM", 1),
      Entry(RollRole::kExOfficio, "Lê Văn Đức"),
      Entry(RollRole::kAlternate, "QT dự khuyết 1", "BD-QT", 1),
      Entry(RollRole::kOfficial, "QT chính thức 1", "BD-QT", 1),
  };
  add[0].id = 424242;  // ignored: the store gives ids
  auto ids = store_->ReplaceRollEntries("BD", kTerm, {}, add);
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  ASSERT_EQ(ids->size(), add.size());
  EXPECT_TRUE(std::is_sorted(ids->begin(), ids->end()));
  EXPECT_EQ(std::adjacent_find(ids->begin(), ids->end()), ids->end());
  EXPECT_EQ(std::count(ids->begin(), ids->end(), 424242), 0);

  Reopen();
  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  EXPECT_EQ(Names(*roll), (std::vector<std::string>{
                              "Trần Thị Bích", "Lê Văn Đức", "KM chính thức 1", "KM dự khuyết 1",
                              "QT chính thức 1", "QT chính thức 2", "QT dự khuyết 1"}));
  const app::RollEntry& first = roll->entries[0];
  EXPECT_EQ(first.id, (*ids)[2]);
  EXPECT_EQ(first.role, RollRole::kExOfficio);
  EXPECT_EQ(first.member_id, "M-001");
  EXPECT_EQ(first.gender, "female");
  ASSERT_TRUE(first.birth_date.has_value());
  EXPECT_EQ(first.birth_date->ToIso(), "1970-02-28");
  EXPECT_EQ(first.rank, 0);
  const app::RollEntry& alternate = roll->entries[3];
  EXPECT_EQ(alternate.id, (*ids)[1]);
  EXPECT_EQ(alternate.role, RollRole::kAlternate);
  EXPECT_EQ(alternate.unit_code, "BD-KM");
  EXPECT_EQ(alternate.rank, 1);
  EXPECT_TRUE(alternate.member_id.empty());
  EXPECT_FALSE(alternate.birth_date.has_value());
  EXPECT_EQ(roll->entries[5].rank, 2);

  // Another term, another organization: other rolls, empty here.
  auto earlier = store_->Roll("BD", "2020-2025");
  ASSERT_TRUE(earlier.ok());
  EXPECT_TRUE(earlier->entries.empty());
  EXPECT_TRUE(store_->Roll("HK", kTerm)->entries.empty());
}

TEST_P(StoreContract, ReplaceRollEntriesRemovesIssuesAndAbsencesWithTheEntries) {
  LoadHanoi();
  using election::CredentialIssueKind;
  using election::RollRole;
  auto ids = store_->ReplaceRollEntries("BD", kTerm, {},
                                        {Entry(RollRole::kOfficial, "Một", "BD-QT", 1),
                                         Entry(RollRole::kOfficial, "Hai", "BD-QT", 2)});
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  const std::string one = std::to_string((*ids)[0]);
  const std::string two = std::to_string((*ids)[1]);
  ASSERT_TRUE(store_->ReplaceSessions("BD", kTerm, {{1, "Phiên trù bị", std::nullopt}}).ok());
  ASSERT_TRUE(store_
                  ->AddCredentialIssue("BD", kTerm,
                                       Issue(one, CredentialIssueKind::kProsecuted, "2025-05-01"))
                  .ok());
  ASSERT_TRUE(store_
                  ->AddCredentialIssue("BD", kTerm,
                                       Issue(two, CredentialIssueKind::kDetained, "2025-05-02"))
                  .ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {one, 0, "ốm", false}).ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {one, 1, "", false}).ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {two, 1, "công tác", false}).ok());
  // The same key on another term's roll is another person: untouched.
  ASSERT_TRUE(store_
                  ->AddCredentialIssue("BD", "2020-2025",
                                       Issue(one, CredentialIssueKind::kSuspended, "2021-01-01"))
                  .ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", "2020-2025", {one, 0, "", false}).ok());

  auto replaced = store_->ReplaceRollEntries("BD", kTerm, {(*ids)[0]},
                                             {Entry(RollRole::kOfficial, "Ba", "BD-QT", 1)});
  ASSERT_TRUE(replaced.ok()) << replaced.error().message;
  ASSERT_EQ(replaced->size(), 1u);
  // Ids are never reused: a stale key cannot name a new person.
  EXPECT_GT((*replaced)[0], (*ids)[1]);
  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  EXPECT_EQ(Names(*roll), (std::vector<std::string>{"Ba", "Hai"}));
  EXPECT_EQ(Persons(*roll), (std::vector<std::string>{two, two + "@1"}));
  ASSERT_EQ(roll->sessions.size(), 1u);
  auto earlier = store_->Roll("BD", "2020-2025");
  ASSERT_TRUE(earlier.ok());
  EXPECT_EQ(Persons(*earlier), (std::vector<std::string>{one, one + "@0"}));

  // Removing the last entries of the roll (the removed id again is unknown now).
  auto emptied = store_->ReplaceRollEntries("BD", kTerm, {(*ids)[1], (*replaced)[0]}, {});
  ASSERT_TRUE(emptied.ok()) << emptied.error().message;
  EXPECT_TRUE(emptied->empty());
  roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok());
  EXPECT_TRUE(roll->entries.empty());
  EXPECT_TRUE(Persons(*roll).empty());
}

TEST_P(StoreContract, ABadRollReplacementWritesNothing) {
  LoadHanoi();
  using election::RollRole;
  auto ids = store_->ReplaceRollEntries("BD", kTerm, {},
                                        {Entry(RollRole::kOfficial, "Một", "BD-QT", 1),
                                         Entry(RollRole::kOfficial, "Hai", "BD-QT", 2)});
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  auto other =
      store_->ReplaceRollEntries("HK", kTerm, {}, {Entry(RollRole::kExOfficio, "Hoàn Kiếm")});
  ASSERT_TRUE(other.ok()) << other.error().message;
  const std::string one = std::to_string((*ids)[0]);
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {one, 0, "ốm", true}).ok());
  const std::vector<app::RollEntry> add = {Entry(RollRole::kOfficial, "Ba", "BD-QT", 3)};

  // An unknown id after a valid one: the valid one is not removed, nothing is added.
  auto unknown = store_->ReplaceRollEntries("BD", kTerm, {(*ids)[0], (*ids)[1] + 1000}, add);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  // An entry of another congress's roll is not an entry of this one.
  auto foreign = store_->ReplaceRollEntries("BD", kTerm, {(*other)[0]}, add);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kNotFound);
  auto other_term = store_->ReplaceRollEntries("BD", "2020-2025", {(*ids)[0]}, {});
  ASSERT_FALSE(other_term.ok());
  EXPECT_EQ(other_term.error().code, ErrorCode::kNotFound);
  // A row the schema refuses (an official without a rank) undoes the removal and the rows
  // added before it.
  auto refused = store_->ReplaceRollEntries(
      "BD", kTerm, {(*ids)[0]}, {add[0], Entry(RollRole::kOfficial, "Không hạng", "BD-QT", 0)});
  ASSERT_FALSE(refused.ok());

  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  EXPECT_EQ(Names(*roll), (std::vector<std::string>{"Một", "Hai"}));
  EXPECT_EQ(Persons(*roll), (std::vector<std::string>{one + "@0"}));
  EXPECT_EQ(Names(*store_->Roll("HK", kTerm)), (std::vector<std::string>{"Hoàn Kiếm"}));

  // Inside a transaction, the failed replacement rolls the whole transaction back.
  auto s = store_->InTransaction([&]() -> Status {
    if (auto r = store_->ReplaceSessions("BD", kTerm, {{1, "Phiên 1", std::nullopt}}); !r) {
      return r;
    }
    auto r = store_->ReplaceRollEntries("BD", kTerm, {(*ids)[1] + 1000}, add);
    return r.ok() ? Status() : Status(r.error());
  });
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(store_->Roll("BD", kTerm)->sessions.empty());
}

TEST_P(StoreContract, CredentialIssuesRoundTripByIdAndRemoveReportsWhetherOneWasThere) {
  LoadHanoi();
  using election::CredentialIssueKind;
  // Every kind (R-CREDENTIALS) is accepted by the schema and read back as written.
  const std::vector<CredentialIssueKind> kinds = {
      CredentialIssueKind::kSuspended,      CredentialIssueKind::kProsecuted,
      CredentialIssueKind::kIndicted,       CredentialIssueKind::kDetained,
      CredentialIssueKind::kWrongProcedure, CredentialIssueKind::kRetired,
      CredentialIssueKind::kTransferred};
  std::vector<int64_t> ids;
  for (size_t k = 0; k < kinds.size(); ++k) {
    // Persons given in descending order: issues come back by id, not by person.
    auto id = store_->AddCredentialIssue(
        "BD", kTerm,
        Issue("P" + std::to_string(9 - k), kinds[k], "2025-05-0" + std::to_string(k + 1),
              k == 0 ? "Quyết định số 12-QĐ/UBKT, ngày 1/5" : ""));
    ASSERT_TRUE(id.ok()) << id.error().message;
    ids.push_back(*id);
  }
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  Reopen();
  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  ASSERT_EQ(roll->issues.size(), kinds.size());
  for (size_t k = 0; k < kinds.size(); ++k) {
    const app::StoredCredentialIssue& stored = roll->issues[k];
    EXPECT_EQ(stored.id, ids[k]);
    EXPECT_EQ(stored.issue.person, "P" + std::to_string(9 - k));
    EXPECT_EQ(stored.issue.kind, kinds[k]) << k;
    EXPECT_EQ(stored.issue.effective.ToIso(), "2025-05-0" + std::to_string(k + 1));
  }
  EXPECT_EQ(roll->issues[0].issue.note, "Quyết định số 12-QĐ/UBKT, ngày 1/5");
  EXPECT_EQ(roll->issues[1].issue.note, "");

  // Another roll's issue is not this roll's: not removed.
  auto removed_elsewhere = store_->RemoveCredentialIssue("BD", "2020-2025", ids[2]);
  ASSERT_TRUE(removed_elsewhere.ok()) << removed_elsewhere.error().message;
  EXPECT_FALSE(*removed_elsewhere);
  EXPECT_FALSE(*store_->RemoveCredentialIssue("HK", kTerm, ids[2]));
  auto removed = store_->RemoveCredentialIssue("BD", kTerm, ids[2]);
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_TRUE(*removed);
  EXPECT_FALSE(*store_->RemoveCredentialIssue("BD", kTerm, ids[2]));
  roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok());
  ASSERT_EQ(roll->issues.size(), kinds.size() - 1);
  EXPECT_EQ(roll->issues[2].id, ids[3]);
}

TEST_P(StoreContract, SessionsAreReplacedAsAWholeAndReadByNumber) {
  LoadHanoi();
  std::vector<election::Session> sessions = {
      {2, "Phiên chính thức", Date::Parse("2025-06-11")},
      {1, "Phiên trù bị", Date::Parse("2025-06-10")},
      {3, "Bế mạc", std::nullopt},
  };
  ASSERT_TRUE(store_->ReplaceSessions("BD", kTerm, sessions).ok());
  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  ASSERT_EQ(roll->sessions.size(), 3u);
  EXPECT_EQ(roll->sessions[0].number, 1);
  EXPECT_EQ(roll->sessions[0].title, "Phiên trù bị");
  EXPECT_EQ(roll->sessions[0].date->ToIso(), "2025-06-10");
  EXPECT_EQ(roll->sessions[1].number, 2);
  EXPECT_EQ(roll->sessions[2].title, "Bế mạc");
  EXPECT_FALSE(roll->sessions[2].date.has_value());

  ASSERT_TRUE(store_->ReplaceSessions("BD", kTerm, {{1, "Một phiên", std::nullopt}}).ok());
  roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok());
  ASSERT_EQ(roll->sessions.size(), 1u);
  EXPECT_EQ(roll->sessions[0].title, "Một phiên");
  EXPECT_TRUE(store_->Roll("BD", "2020-2025")->sessions.empty());

  // A repeated number is refused and the earlier sessions stay.
  EXPECT_FALSE(
      store_->ReplaceSessions("BD", kTerm, {{1, "A", std::nullopt}, {1, "B", std::nullopt}}).ok());
  EXPECT_EQ(store_->Roll("BD", kTerm)->sessions.size(), 1u);

  ASSERT_TRUE(store_->ReplaceSessions("BD", kTerm, {}).ok());
  EXPECT_TRUE(store_->Roll("BD", kTerm)->sessions.empty());
}

TEST_P(StoreContract, AnAbsenceIsUpsertedByPersonAndSession) {
  LoadHanoi();
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {"M-020", 2, "", false}).ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {"M-003", 0, "Đi công tác", true}).ok());
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {"M-020", 1, "Ốm", false}).ok());
  // The same person and session again replaces the reason and the acceptance.
  ASSERT_TRUE(store_->UpsertAbsence("BD", kTerm, {"M-020", 2, "Việc gia đình", true}).ok());

  auto roll = store_->Roll("BD", kTerm);
  ASSERT_TRUE(roll.ok()) << roll.error().message;
  ASSERT_EQ(roll->absences.size(), 3u);
  EXPECT_EQ(Persons(*roll), (std::vector<std::string>{"M-003@0", "M-020@1", "M-020@2"}));
  EXPECT_EQ(roll->absences[0].reason, "Đi công tác");
  EXPECT_TRUE(roll->absences[0].accepted);
  EXPECT_EQ(roll->absences[1].reason, "Ốm");
  EXPECT_FALSE(roll->absences[1].accepted);
  EXPECT_EQ(roll->absences[2].reason, "Việc gia đình");
  EXPECT_TRUE(roll->absences[2].accepted);

  auto removed = store_->RemoveAbsence("BD", kTerm, "M-020", 1);
  ASSERT_TRUE(removed.ok()) << removed.error().message;
  EXPECT_TRUE(*removed);
  EXPECT_FALSE(*store_->RemoveAbsence("BD", kTerm, "M-020", 1));
  EXPECT_FALSE(*store_->RemoveAbsence("BD", kTerm, "M-003", 1));
  EXPECT_FALSE(*store_->RemoveAbsence("BD", "2020-2025", "M-003", 0));
  EXPECT_FALSE(*store_->RemoveAbsence("HK", kTerm, "M-003", 0));
  EXPECT_EQ(Persons(*store_->Roll("BD", kTerm)), (std::vector<std::string>{"M-003@0", "M-020@2"}));
}

TEST_P(StoreContract, TheRollOfAnUnknownOrganizationIsNotFound) {
  LoadHanoi();
  EXPECT_EQ(store_->Roll("NOPE", kTerm).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_
                ->ReplaceRollEntries("NOPE", kTerm, {},
                                     {Entry(election::RollRole::kExOfficio, "Không ai")})
                .error()
                .code,
            ErrorCode::kNotFound);
  EXPECT_EQ(
      store_
          ->AddCredentialIssue("NOPE", kTerm,
                               Issue("1", election::CredentialIssueKind::kSuspended, "2025-01-01"))
          .error()
          .code,
      ErrorCode::kNotFound);
  EXPECT_EQ(store_->RemoveCredentialIssue("NOPE", kTerm, 1).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->ReplaceSessions("NOPE", kTerm, {}).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->UpsertAbsence("NOPE", kTerm, {"1", 0, "", false}).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(store_->RemoveAbsence("NOPE", kTerm, "1", 0).error().code, ErrorCode::kNotFound);
  // A known organization without a congress record has an empty roll.
  auto empty = store_->Roll("HK", kTerm);
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  EXPECT_TRUE(empty->entries.empty());
  EXPECT_TRUE(empty->issues.empty());
  EXPECT_TRUE(empty->sessions.empty());
  EXPECT_TRUE(empty->absences.empty());
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
