// The party-building use cases (app/party_building.h) on both engines: batches checked whole,
// authorization inside and outside scope and for an observer, one audit record per write,
// counts as of a date, admissions against the target, communication totals.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/party_building.h"
#include "storage/sql.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using building::CommunicationKind;
using building::MovementKind;
using building::RatedKind;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

app::Actor Admin() { return app::Actor::CommandLine("test"); }
app::Actor As(access::Role role, const std::string& org) {
  return {"user-" + org, {{role, org, ""}}};
}

building::Movement Move(const std::string& org, MovementKind kind, Date on, int64_t count) {
  building::Movement m;
  m.org_code = org;
  m.kind = kind;
  m.on = on;
  m.count = count;
  return m;
}

class PartyBuildingUseCases : public StoreContract {
 protected:
  int64_t AuditRecords() {
    auto n = SqlOf(*store_).FirstInt("SELECT COUNT(*) FROM audit_records");
    return n.ok() ? n->value_or(0) : -1;
  }
};

TEST_P(PartyBuildingUseCases, RatingsAreCheckedWholeThenWrittenWithOneAuditRecord) {
  LoadHanoi();
  const int64_t audit_before = AuditRecords();
  std::vector<building::Rating> ratings = {
      {2024, RatedKind::kOrganization, "BD-QT", "", "", "Hoàn thành xuất sắc nhiệm vụ", ""},
      {2024, RatedKind::kOrganization, "NOPE", "", "", "good", ""},
      {2024, RatedKind::kMember, "BD-QT-1", "", "", "HTTNV", ""},
  };
  auto report = app::RecordRatings(*store_, Admin(), ratings, false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_FALSE(report->written);
  ASSERT_EQ(report->problems.size(), 2u);
  EXPECT_EQ(report->problems[0].index, 2u);
  EXPECT_EQ(report->problems[0].field, "member_id");
  EXPECT_EQ(report->problems[1].index, 1u);
  EXPECT_EQ(report->problems[1].field, "org_code");
  EXPECT_EQ(AuditRecords(), audit_before);

  ratings[1].org_code = "BD-KM";
  ratings[2].member_id = "DV1";
  report = app::RecordRatings(*store_, Admin(), ratings, false);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(report->written);
  EXPECT_EQ(report->inserted, 3);
  EXPECT_EQ(AuditRecords(), audit_before + 1);
  auto stored = app::ListRatings(*store_, Admin(), {"BD", 2024, std::nullopt});
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), 3u);
  EXPECT_EQ((*stored)[0].grade, "good");  // BD-KM, organizations by code
  EXPECT_EQ((*stored)[1].grade, "excellent");
}

TEST_P(PartyBuildingUseCases, MembersRatingsArePersonalSharesAreNot) {
  LoadHanoi();
  ASSERT_TRUE(
      app::RecordRatings(*store_, Admin(),
                         {{2024, RatedKind::kOrganization, "BD-QT", "", "", "excellent", ""},
                          {2024, RatedKind::kOrganization, "BD-KM", "", "", "good", ""},
                          {2024, RatedKind::kMember, "BD-QT-1", "DV1", "", "good", ""}},
                         false)
          .ok());
  const app::Actor observer = As(access::Role::kObserver, "BD");
  auto listed = app::ListRatings(*store_, observer, {"BD", 2024, std::nullopt});
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->size(), 2u);  // organizations only
  auto members = app::ListRatings(*store_, observer, {"BD", 2024, RatedKind::kMember});
  ASSERT_FALSE(members.ok());
  EXPECT_EQ(members.error().code, ErrorCode::kNotFound);  // personal data does not leak
  auto board = app::ListRatings(*store_, As(access::Role::kOrganizationBoard, "BD"),
                                {"BD", 2024, std::nullopt});
  ASSERT_TRUE(board.ok());
  EXPECT_EQ(board->size(), 3u);

  auto shares = app::ShowRatingShares(*store_, observer, "BD", 2024, {});
  ASSERT_TRUE(shares.ok()) << shares.error().message;
  ASSERT_EQ(shares->shares.size(), 2u);
  EXPECT_EQ(shares->shares[0].rated, 2);
  // 1 excellent of 2 rated good or better: over the 20% cap (I).
  EXPECT_TRUE(shares->shares[0].cap.exceeded);
  EXPECT_EQ(shares->shares[1].kind, RatedKind::kMember);
  EXPECT_EQ(shares->shares[1].rated, 1);
  auto outside = app::ShowRatingShares(*store_, As(access::Role::kObserver, "HK"), "BD", 2024, {});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::kForbidden);
}

TEST_P(PartyBuildingUseCases, WritesNeedTheRegistryRightEverywhereInTheBatch) {
  LoadHanoi();
  const app::Actor board = As(access::Role::kOrganizationBoard, "BD");
  auto inside = app::RecordMovements(
      *store_, board, {Move("BD-QT-1", MovementKind::kAdmission, D(2016, 1, 1), 2)}, false);
  ASSERT_TRUE(inside.ok()) << inside.error().message;
  EXPECT_TRUE(inside->written);
  auto mixed = app::RecordMovements(*store_, board,
                                    {Move("BD-QT-1", MovementKind::kAdmission, D(2016, 1, 1), 2),
                                     Move("HK", MovementKind::kAdmission, D(2016, 1, 1), 2)},
                                    false);
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().code, ErrorCode::kForbidden);
  auto observer = app::AddCommunicationItems(
      *store_, As(access::Role::kObserver, "BD"),
      {{"BD", CommunicationKind::kNews, D(2020, 5, 1), "Tin", "", 0, ""}}, false);
  ASSERT_FALSE(observer.ok());
  EXPECT_EQ(observer.error().code, ErrorCode::kForbidden);
  Status target = app::SetAdmissionTarget(*store_, As(access::Role::kObserver, "BD"),
                                          {"BD", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 5});
  ASSERT_FALSE(target.ok());
  EXPECT_EQ(target.error().code, ErrorCode::kForbidden);
  auto movements = app::ListMovements(*store_, As(access::Role::kObserver, "BD"),
                                      {"BD", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_TRUE(movements.ok());
  EXPECT_EQ(movements->size(), 1u);
}

TEST_P(PartyBuildingUseCases, CountsAsOfADateComeFromTheMovements) {
  LoadHanoi();  // BD-QT-1 states 40, BD-QT-2 60, BD-QT 500, BD-KM 300
  ASSERT_TRUE(app::RecordMovements(*store_, Admin(),
                                   {Move("BD-QT-1", MovementKind::kBalance, D(2015, 7, 1), 35),
                                    Move("BD-QT-1", MovementKind::kAdmission, D(2019, 9, 2), 4),
                                    Move("BD-QT-1", MovementKind::kDeath, D(2020, 1, 3), 1)},
                                   false)
                  .ok());
  auto view = app::CountMembersAsOf(*store_, Admin(), "BD", D(2020, 5, 1));
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->rows.size(), 5u);
  EXPECT_EQ(view->rows[0].org_code, "BD");
  const auto row = [&](const std::string& code) {
    for (const auto& r : view->rows) {
      if (r.org_code == code) return r;
    }
    return app::MemberCountRow{};
  };
  EXPECT_EQ(row("BD-QT-1").count.subtree.members, 38);
  EXPECT_EQ(row("BD-QT-1").count.subtree.probationary, 4);
  EXPECT_EQ(row("BD-QT-1").depth, 2);
  EXPECT_EQ(row("BD-QT").count.subtree.members, 98);  // 38 + BD-QT-2's stated 60
  EXPECT_TRUE(row("BD-QT").count.has_movements);
  EXPECT_FALSE(row("BD-KM").count.has_movements);
  EXPECT_EQ(row("BD").count.subtree.members, 398);
  auto earlier = app::CountMembersAsOf(*store_, Admin(), "BD-QT-1", D(2019, 9, 1));
  ASSERT_TRUE(earlier.ok());
  EXPECT_EQ(earlier->rows[0].count.subtree.members, 35);
  EXPECT_EQ(app::CountMembersAsOf(*store_, Admin(), "NOPE", D(2020, 1, 1)).error().code,
            ErrorCode::kNotFound);
}

TEST_P(PartyBuildingUseCases, AdmissionsAgainstTheTermTarget) {
  LoadHanoi();
  ASSERT_TRUE(app::SetAdmissionTarget(*store_, Admin(),
                                      {"BD", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 10}));
  ASSERT_TRUE(app::SetAdmissionTarget(*store_, Admin(),
                                      {"BD-QT", "2015-2020", D(2015, 7, 1), D(2020, 6, 30), 8}));
  ASSERT_TRUE(app::RecordMovements(*store_, Admin(),
                                   {Move("BD-QT-1", MovementKind::kAdmission, D(2016, 3, 1), 4),
                                    Move("BD-QT-2", MovementKind::kAdmission, D(2018, 3, 1), 3),
                                    Move("BD-KM", MovementKind::kAdmission, D(2019, 3, 1), 5),
                                    Move("BD-KM", MovementKind::kAdmission, D(2020, 7, 1), 9),
                                    Move("BD-KM", MovementKind::kTransferIn, D(2019, 3, 1), 7)},
                                   false)
                  .ok());
  auto view = app::ShowAdmissions(*store_, As(access::Role::kObserver, "BD"), "BD", "2015-2020");
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->targets.size(), 2u);
  EXPECT_EQ(view->targets[0].org_code, "BD");
  EXPECT_EQ(view->targets[0].progress.admitted, 12);
  EXPECT_TRUE(view->targets[0].progress.reached);
  EXPECT_EQ(view->targets[1].progress.admitted, 7);
  EXPECT_FALSE(view->targets[1].progress.reached);
  ASSERT_EQ(view->units.size(), 2u);
  const auto unit = [&](const std::string& code) {
    for (const auto& u : view->units) {
      if (u.org_code == code) return u;
    }
    return app::UnitAdmissions{};
  };
  EXPECT_EQ(unit("BD-QT").admitted, 7);
  EXPECT_EQ(unit("BD-QT").target, 8);
  EXPECT_EQ(unit("BD-KM").admitted, 5);
  EXPECT_FALSE(unit("BD-KM").target.has_value());
  ASSERT_EQ(view->years.size(), 6u);  // 2015 … 2020
  EXPECT_EQ(view->years[1].year, 2016);
  EXPECT_EQ(view->years[1].admitted, 4);
  EXPECT_EQ(view->years[5].admitted, 0);
}

TEST_P(PartyBuildingUseCases, CommunicationTotalsPerUnitAndPeriod) {
  LoadHanoi();
  std::vector<building::CommunicationItem> items;
  for (int i = 0; i < 5; ++i) {
    items.push_back({"BD-QT-1", CommunicationKind::kNews, D(2020, 5, 1 + i),
                     "Tin " + std::to_string(i), "", 0, ""});
  }
  items.push_back({"BD", CommunicationKind::kBulletin, D(2020, 6, 10), "Đặc san", "", 3400, ""});
  items.push_back({"BD-KM", CommunicationKind::kEvent, D(2020, 6, 1), "Giải bóng đá", "", 0, ""});
  items.push_back({"BD-KM", CommunicationKind::kEssay, D(2019, 6, 1), "Bài cũ", "", 0, ""});
  items.push_back({"BD", CommunicationKind::kNews, D(2020, 6, 1), "", "", 5, ""});  // bad
  auto report = app::AddCommunicationItems(*store_, Admin(), items, false);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->problems.size(), 2u);
  EXPECT_EQ(report->problems[0].index, 8u);
  items.pop_back();
  report = app::AddCommunicationItems(*store_, Admin(), items, false);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->written);

  auto view = app::ShowCommunicationTotals(*store_, As(access::Role::kObserver, "BD"), "BD",
                                           D(2020, 1, 1), D(2020, 12, 31));
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->totals.items, 7);
  EXPECT_EQ(view->totals.copies, 3400);
  EXPECT_EQ(view->totals.kinds[0].items, 5);
  ASSERT_EQ(view->units.size(), 3u);
  EXPECT_EQ(view->units[0].org_code, "BD");  // its own items first
  EXPECT_EQ(view->units[0].totals.copies, 3400);
  for (const auto& u : view->units) {
    if (u.org_code == "BD-QT") {
      EXPECT_EQ(u.totals.items, 5);  // BD-QT-1's, under BD-QT
    }
    if (u.org_code == "BD-KM") {
      EXPECT_EQ(u.totals.items, 1);  // the 2019 essay is outside
    }
  }
  auto all = app::ShowCommunicationTotals(*store_, Admin(), "BD", std::nullopt, std::nullopt);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->totals.items, 8);
  auto outside = app::ListCommunication(*store_, As(access::Role::kObserver, "HK"),
                                        {"BD", std::nullopt, std::nullopt, std::nullopt});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, ErrorCode::kForbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, PartyBuildingUseCases, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daihoi::storage
