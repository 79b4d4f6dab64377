// The contract of app::PersonnelStore (app/ports/personnel_store.h), on SQLite and on PostgreSQL
// (store_contract_fixture.h): position kinds and positions, scheme versions with their steps
// and nominees, vetting tasks, complaints.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/personnel_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using personnel::SchemeStatus;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

class PersonnelStoreContract : public StoreContract {
 protected:
  app::PersonnelStore& personnel() { return app::PersonnelOf(*store_); }

  int64_t Scheme(int version) {
    app::SchemeRecord scheme;
    scheme.org_code = "BD";
    scheme.term = "2020-2025";
    scheme.version = version;
    scheme.numbers = {41, 13, 3, 9, 300};
    scheme.targets.women_min_percent = 20;
    scheme.created_by = "cli:test";
    auto id = personnel().CreateScheme(scheme);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
};

TEST_P(PersonnelStoreContract, PositionKindsStartWithTheDefaultsAndAreData) {
  auto kinds = personnel().PositionKinds();
  ASSERT_TRUE(kinds.ok()) << kinds.error().message;
  const auto defaults = personnel::DefaultPositionKinds();
  ASSERT_EQ(kinds->size(), defaults.size());
  EXPECT_EQ(kinds->front().code, "secretary");
  EXPECT_EQ(kinds->front().label, "Bí thư");
  EXPECT_TRUE(kinds->front().party_body);
  ASSERT_TRUE(personnel().UpsertPositionKind({"ward_chief", "Trưởng khu phố", 90, false}).ok());
  ASSERT_TRUE(personnel().UpsertPositionKind({"secretary", "Bí thư", 5, true}).ok());
  kinds = personnel().PositionKinds();
  ASSERT_TRUE(kinds.ok());
  EXPECT_EQ(kinds->size(), defaults.size() + 1);
  EXPECT_EQ(kinds->front().rank, 5);
  auto boards = personnel().VettingBoards();
  ASSERT_TRUE(boards.ok());
  ASSERT_EQ(boards->size(), 3u);
  EXPECT_EQ(boards->at(1).code, "inspection_commission");
}

TEST_P(PersonnelStoreContract, PositionsByMemberAndByOrganization) {
  LoadHanoi();
  org::Member member;
  member.id = "KM-1";
  member.full_name = "Nguyễn Văn An";
  member.org_code = "BD-KM";
  member.status = org::MemberStatus::kFull;
  ASSERT_TRUE(store_->UpsertMembers({member}).ok());
  personnel::MemberPosition secretary{0,       "KM-1",        "secretary", "Đảng ủy phường Kim Mã",
                                      "BD-KM", D(2018, 6, 1), std::nullopt};
  personnel::MemberPosition chair{
      0, "KM-1", "peoples_committee_chair", "UBND phường Kim Mã", "", D(2019, 3, 1), std::nullopt};
  auto ids = personnel().AddPositions({secretary, chair});
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  ASSERT_EQ(ids->size(), 2u);
  // An unknown kind is refused by the schema and nothing of the batch is written.
  personnel::MemberPosition bad = chair;
  bad.kind = "mayor";
  EXPECT_FALSE(personnel().AddPositions({chair, bad}).ok());
  auto held = personnel().Positions({"KM-1", "NOBODY"});
  ASSERT_TRUE(held.ok()) << held.error().message;
  ASSERT_EQ(held->size(), 2u);
  EXPECT_EQ(held->at(0).from, D(2018, 6, 1));
  EXPECT_FALSE(held->at(0).to.has_value());
  auto in_org = personnel().OrganizationPositions("BD-KM");
  ASSERT_TRUE(in_org.ok()) << in_org.error().message;
  EXPECT_EQ(in_org->size(), 2u);
  EXPECT_EQ(personnel().OrganizationPositions("NOPE").error().code, ErrorCode::kNotFound);
}

TEST_P(PersonnelStoreContract, SchemeVersionsStepsAndNominees) {
  LoadHanoi();
  const int64_t first = Scheme(1);
  app::SchemeRecord again;
  again.org_code = "BD";
  again.term = "2020-2025";
  again.version = 1;
  again.numbers = {41, 13, 3, 9, 0};
  EXPECT_EQ(personnel().CreateScheme(again).error().code, ErrorCode::kConflict);
  ASSERT_TRUE(
      personnel()
          .SetSchemeStatus(first, SchemeStatus::kSubmitted, {0, 0, "submit", "cli:test", "", ""})
          .ok());
  ASSERT_TRUE(personnel()
                  .SetSchemeStatus(first, SchemeStatus::kReturned,
                                   {0, 0, "return", "hanoi", "Bổ sung cán bộ nữ", ""})
                  .ok());
  EXPECT_EQ(personnel().SetSchemeStatus(999, SchemeStatus::kDraft, {}).error().code,
            ErrorCode::kNotFound);
  const int64_t second = Scheme(2);
  auto versions = personnel().Schemes("BD", "2020-2025");
  ASSERT_TRUE(versions.ok()) << versions.error().message;
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ(versions->at(0).status, SchemeStatus::kReturned);
  EXPECT_EQ(versions->at(0).numbers.delegates, 300);
  EXPECT_EQ(versions->at(0).targets.women_min_percent, 20);
  EXPECT_EQ(versions->at(1).version, 2);
  EXPECT_EQ(versions->at(1).status, SchemeStatus::kDraft);
  auto events = personnel().SchemeEvents(first);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ(events->at(1).comment, "Bổ sung cán bộ nữ");
  EXPECT_EQ(events->at(1).actor, "hanoi");
  EXPECT_FALSE(events->at(1).at.empty());

  app::SchemeNomineeRecord nominee;
  nominee.scheme_id = second;
  nominee.member_id = "BD-1";
  nominee.full_name = "Trần Thị Bình";
  nominee.gender = "female";
  nominee.birth_date = D(1978, 2, 3);
  nominee.reason = personnel::NomineeReason::kSuccessionPlan;
  ASSERT_TRUE(personnel().AddSchemeNominee(nominee).ok());
  EXPECT_EQ(personnel().AddSchemeNominee(nominee).error().code, ErrorCode::kConflict);
  nominee.list = personnel::SchemeList::kDelegates;
  ASSERT_TRUE(personnel().AddSchemeNominee(nominee).ok());
  auto nominees = personnel().SchemeNominees(second);
  ASSERT_TRUE(nominees.ok());
  ASSERT_EQ(nominees->size(), 2u);
  EXPECT_EQ(nominees->at(0).birth_date, D(1978, 2, 3));
  EXPECT_EQ(nominees->at(0).reason, personnel::NomineeReason::kSuccessionPlan);
  auto removed = personnel().RemoveSchemeNominee(second, personnel::SchemeList::kDelegates, "BD-1");
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  EXPECT_FALSE(*personnel().RemoveSchemeNominee(second, personnel::SchemeList::kDelegates, "BD-1"));
}

TEST_P(PersonnelStoreContract, VettingTasksOncePerMemberAndBoard) {
  LoadHanoi();
  std::vector<app::VettingTaskRecord> tasks;
  for (const char* board : {"organization_board", "inspection_commission"}) {
    app::VettingTaskRecord task;
    task.org_code = "BD";
    task.term = "2020-2025";
    task.member_id = "BD-1";
    task.full_name = "Trần Thị Bình";
    task.board = board;
    task.due = D(2020, 5, 30);
    tasks.push_back(task);
  }
  auto added = personnel().AddVettingTasks(tasks);
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(*added, 2);
  added = personnel().AddVettingTasks(tasks);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 0);
  auto listed = personnel().VettingTasks("BD", "2020-2025");
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->at(0).board, "organization_board");
  EXPECT_EQ(listed->at(0).conclusion, personnel::VettingConclusion::kOpen);
  EXPECT_EQ(listed->at(0).due, D(2020, 5, 30));
  ASSERT_TRUE(personnel()
                  .ConcludeVettingTask(listed->at(1).id, personnel::VettingConclusion::kConcern,
                                       "Kê khai tài sản chưa đầy đủ", "ubkt")
                  .ok());
  auto found = personnel().FindVettingTask(listed->at(1).id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->conclusion, personnel::VettingConclusion::kConcern);
  EXPECT_EQ((*found)->concluded_by, "ubkt");
  EXPECT_FALSE((*found)->concluded_at.empty());
  EXPECT_EQ(personnel()
                .ConcludeVettingTask(9999, personnel::VettingConclusion::kCleared, "", "x")
                .error()
                .code,
            ErrorCode::kNotFound);
  // An unknown board is refused by the schema.
  tasks[0].board = "press";
  tasks[0].member_id = "BD-2";
  EXPECT_FALSE(personnel().AddVettingTasks({tasks[0]}).ok());
}

TEST_P(PersonnelStoreContract, ComplaintsOpenUntilConcluded) {
  LoadHanoi();
  app::ComplaintRecord complaint;
  complaint.org_code = "BD";
  complaint.term = "2020-2025";
  complaint.member_id = "BD-1";
  complaint.full_name = "Trần Thị Bình";
  complaint.received_on = D(2020, 5, 25);
  complaint.source = personnel::ComplaintSource::kAnonymousLetter;
  complaint.summary = "Phản ánh về việc kê khai tài sản";
  complaint.assigned_to = "Ủy ban Kiểm tra Thành ủy";
  auto id = personnel().AddComplaint(complaint);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto listed = personnel().Complaints("BD", "2020-2025");
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->front().open());
  EXPECT_EQ(listed->front().source, personnel::ComplaintSource::kAnonymousLetter);
  EXPECT_EQ(listed->front().received_on, D(2020, 5, 25));
  ASSERT_TRUE(personnel().ConcludeComplaint(*id, "Không có cơ sở", D(2020, 6, 5), "ubkt").ok());
  auto found = personnel().FindComplaint(*id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_FALSE((*found)->open());
  EXPECT_EQ((*found)->concluded_on, D(2020, 6, 5));
  EXPECT_EQ((*found)->conclusion, "Không có cơ sở");
  EXPECT_EQ(personnel().ConcludeComplaint(77, "x", D(2020, 6, 5), "y").error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(personnel().Complaints("BD", "2015-2020")->empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, PersonnelStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
