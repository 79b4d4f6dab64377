// app::PartyBuildingStore (storage/party_building_store.cpp) behaves alike on both engines:
// grades, ratings upserted per year, movements and communication items by subtree and period,
// admission targets upserted per term.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/party_building_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

class PartyBuildingContract : public StoreContract {
 protected:
  app::PartyBuildingStore& building() { return app::PartyBuildingOf(*store_); }
};

building::Movement Move(const std::string& org, building::MovementKind kind, Date on,
                        int64_t count) {
  building::Movement m;
  m.org_code = org;
  m.kind = kind;
  m.on = on;
  m.count = count;
  return m;
}

TEST_P(PartyBuildingContract, DefaultGradesAreData) {
  auto grades = building().Grades();
  ASSERT_TRUE(grades.ok()) << grades.error().message;
  ASSERT_EQ(grades->size(), 4u);
  EXPECT_EQ((*grades)[0].code, "excellent");
  EXPECT_EQ((*grades)[0].name, "Hoàn thành xuất sắc nhiệm vụ");
  EXPECT_EQ((*grades)[3].rank, 4);
}

TEST_P(PartyBuildingContract, RatingsUpsertPerYearAndFilterBySubtree) {
  LoadHanoi();
  using building::RatedKind;
  std::vector<building::Rating> ratings = {
      {2024, RatedKind::kOrganization, "BD-QT", "", "", "excellent", ""},
      {2024, RatedKind::kOrganization, "HK", "", "", "good", ""},
      {2024, RatedKind::kMember, "BD-QT-1", "DV1", "Nguyễn Văn An", "good", ""},
      {2023, RatedKind::kOrganization, "BD-QT", "", "", "fulfilled", ""},
  };
  auto inserted = building().UpsertRatings(ratings);
  ASSERT_TRUE(inserted.ok()) << inserted.error().message;
  EXPECT_EQ(*inserted, 4);
  // A second rating of the same year replaces the first.
  inserted =
      building().UpsertRatings({{2024, RatedKind::kOrganization, "BD-QT", "", "", "good", "x"}});
  ASSERT_TRUE(inserted.ok());
  EXPECT_EQ(*inserted, 0);

  Reopen();
  auto bd = building().Ratings({"BD", 2024, std::nullopt});
  ASSERT_TRUE(bd.ok()) << bd.error().message;
  ASSERT_EQ(bd->size(), 2u);
  EXPECT_EQ((*bd)[0].org_code, "BD-QT");  // organizations before members
  EXPECT_EQ((*bd)[0].grade, "good");
  EXPECT_EQ((*bd)[0].note, "x");
  EXPECT_EQ((*bd)[1].member_id, "DV1");
  EXPECT_EQ((*bd)[1].full_name, "Nguyễn Văn An");
  auto members = building().Ratings({"", std::nullopt, RatedKind::kMember});
  ASSERT_TRUE(members.ok());
  EXPECT_EQ(members->size(), 1u);
  auto all = building().Ratings({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].year, 2023);

  // An unknown organization writes nothing.
  auto bad =
      building().UpsertRatings({{2025, RatedKind::kOrganization, "BD-QT", "", "", "good", ""},
                                {2025, RatedKind::kOrganization, "NOPE", "", "", "good", ""}});
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kNotFound);
  auto after = building().Ratings({"", 2025, std::nullopt});
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->empty());
  EXPECT_EQ(building().Ratings({"NOPE", std::nullopt, std::nullopt}).error().code,
            ErrorCode::kNotFound);
}

TEST_P(PartyBuildingContract, MovementsBySubtreePeriodAndKind) {
  LoadHanoi();
  using building::MovementKind;
  auto ids = building().AddMovements({
      Move("BD-QT-1", MovementKind::kBalance, D(2015, 7, 1), 38),
      Move("BD-QT-1", MovementKind::kAdmission, D(2016, 3, 8), 2),
      Move("BD-QT-2", MovementKind::kTransferOut, D(2017, 1, 5), 1),
      Move("HK", MovementKind::kAdmission, D(2016, 1, 1), 9),
  });
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  ASSERT_EQ(ids->size(), 4u);

  Reopen();
  auto quan_thanh = building().Movements({"BD-QT", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_TRUE(quan_thanh.ok()) << quan_thanh.error().message;
  ASSERT_EQ(quan_thanh->size(), 3u);
  EXPECT_EQ((*quan_thanh)[0].movement.kind, MovementKind::kBalance);
  EXPECT_EQ((*quan_thanh)[0].movement.on, D(2015, 7, 1));
  EXPECT_EQ((*quan_thanh)[0].movement.count, 38);
  EXPECT_EQ((*quan_thanh)[0].org_name, "Chi bộ 1");
  EXPECT_FALSE((*quan_thanh)[0].recorded_at.empty());
  auto period = building().Movements({"", D(2016, 1, 1), D(2016, 12, 31), std::nullopt});
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(period->size(), 2u);
  auto admissions =
      building().Movements({"HN", std::nullopt, std::nullopt, MovementKind::kAdmission});
  ASSERT_TRUE(admissions.ok());
  EXPECT_EQ(admissions->size(), 2u);

  auto removed = building().RemoveMovement((*ids)[3]);
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  EXPECT_FALSE(*building().RemoveMovement((*ids)[3]));

  auto bad = building().AddMovements({Move("BD-KM", MovementKind::kAdmission, D(2016, 1, 1), 1),
                                      Move("NOPE", MovementKind::kAdmission, D(2016, 1, 1), 1)});
  EXPECT_FALSE(bad.ok());
  auto km = building().Movements({"BD-KM", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_TRUE(km.ok());
  EXPECT_TRUE(km->empty());
}

TEST_P(PartyBuildingContract, AdmissionTargetsUpsertPerTerm) {
  LoadHanoi();
  ASSERT_TRUE(
      building().SetAdmissionTarget({"BD", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 1000}));
  ASSERT_TRUE(
      building().SetAdmissionTarget({"BD", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 1100}));
  ASSERT_TRUE(
      building().SetAdmissionTarget({"HK", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 700}));
  ASSERT_TRUE(
      building().SetAdmissionTarget({"BD-QT", "2020-2025", D(2020, 7, 1), D(2025, 6, 30), 90}));
  Reopen();
  auto bd = building().AdmissionTargets("BD", "");
  ASSERT_TRUE(bd.ok()) << bd.error().message;
  ASSERT_EQ(bd->size(), 2u);
  EXPECT_EQ((*bd)[0].org_code, "BD");
  EXPECT_EQ((*bd)[0].target, 1100);
  EXPECT_EQ((*bd)[0].from, D(2015, 7, 1));
  EXPECT_EQ((*bd)[0].to, D(2020, 6, 30));
  EXPECT_EQ((*bd)[1].term, "2020-2025");
  auto term = building().AdmissionTargets("", "2015-2020");
  ASSERT_TRUE(term.ok());
  EXPECT_EQ(term->size(), 2u);
  EXPECT_EQ(
      building().SetAdmissionTarget({"NOPE", "t", D(2015, 1, 1), D(2016, 1, 1), 1}).error().code,
      ErrorCode::kNotFound);
}

TEST_P(PartyBuildingContract, CommunicationItemsBySubtreePeriodAndKind) {
  LoadHanoi();
  using building::CommunicationKind;
  std::vector<building::CommunicationItem> items = {
      {"BD", CommunicationKind::kBulletin, D(2020, 6, 10), "Đặc san chào mừng Đại hội",
       "https://badinh.hanoi.gov.vn/dac-san", 3400, ""},
      {"BD-QT", CommunicationKind::kNews, D(2020, 4, 20), "Đại hội Đảng bộ phường Quán Thánh", "",
       0, ""},
      {"HK", CommunicationKind::kEssay, D(2020, 5, 1), "Bài viết", "", 0, "ghi chú"},
  };
  auto ids = building().AddCommunicationItems(items);
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  Reopen();
  auto bd = building().CommunicationItems({"BD", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_TRUE(bd.ok()) << bd.error().message;
  ASSERT_EQ(bd->size(), 2u);
  EXPECT_EQ((*bd)[0].item.org_code, "BD-QT");  // by date
  EXPECT_EQ((*bd)[1].item.copies, 3400);
  EXPECT_EQ((*bd)[1].item.link, "https://badinh.hanoi.gov.vn/dac-san");
  EXPECT_EQ((*bd)[1].org_name, "Quận ủy Ba Đình");
  auto bulletins = building().CommunicationItems(
      {"", D(2020, 6, 1), D(2020, 6, 30), CommunicationKind::kBulletin});
  ASSERT_TRUE(bulletins.ok());
  EXPECT_EQ(bulletins->size(), 1u);
  auto all = building().CommunicationItems({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[1].item.note, "ghi chú");
  EXPECT_TRUE(*building().RemoveCommunicationItem((*ids)[2]));
  EXPECT_EQ(building().CommunicationItems({})->size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Engines, PartyBuildingContract, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daihoi::storage
