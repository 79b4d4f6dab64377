// The personnel use cases (app/personnel.h) on a real SQLite store: the scheme's workflow
// (draft → submitted → returned → version 2 → approved), who may take each step, vetting tasks
// opened on submission, the nominations seeded from the approved scheme, and the gate
// (R-VETTING) that refuses to finalize or lock the list while a nominee has an open vetting task
// or an open complaint; every read of the vetting file is audited.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "app/audit.h"
#include "app/counting.h"
#include "app/nominations.h"
#include "app/personnel.h"
#include "election/test_profile.h"
#include "storage/open.h"

namespace daihoi::app {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

Result<election::Profile> LoadTestProfile(const std::string& id) {
  if (id == "party-2024") return election::Party2024ForTest();
  return NotFound("no profile '" + id + "'");
}

Actor As(std::string login, access::Role role, std::string org) {
  return Actor{std::move(login), {access::Grant{role, std::move(org), ""}}};
}

const Actor kAdmin = Actor::CommandLine("test");
const Actor kDistrictBoard = As("bd-board", access::Role::kOrganizationBoard, "BD");
const Actor kCityBoard = As("hn-board", access::Role::kOrganizationBoard, "HN");
const Actor kOtherBoard = As("hk-board", access::Role::kOrganizationBoard, "HK");
const Actor kClerk = As("bd-clerk", access::Role::kUnitClerk, "BD");
const Actor kObserver = As("hn-observer", access::Role::kObserver, "HN");

class PersonnelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_personnel_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto opened = storage::OpenStore("sqlite:" + (dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);

    org::Organization city, district, other;
    city.code = "HN";
    city.name = "Đảng bộ thành phố Hà Nội";
    city.level = "province";
    district.code = "BD";
    district.name = "Đảng bộ quận Ba Đình";
    district.level = "district";
    district.parent_code = "HN";
    other.code = "HK";
    other.name = "Đảng bộ quận Hoàn Kiếm";
    other.level = "district";
    other.parent_code = "HN";
    ASSERT_TRUE(store_->UpsertOrganizations({city, district, other}).ok());
    std::vector<org::Member> members;
    for (int index = 1; index <= 12; ++index) {
      org::Member member;
      member.id = "BD-" + std::to_string(index);
      member.full_name = std::string(index % 3 == 0 ? "Nguyễn Thị " : "Trần Văn ") +
                         static_cast<char>('A' + index) + "n";
      member.gender = index % 3 == 0 ? "female" : "male";
      member.birth_date = D("1972-04-10").AddDays(index * 400);
      member.full_member_date = D("1999-01-01");
      member.org_code = "BD";
      members.push_back(member);
    }
    members[11].status = org::MemberStatus::kProbationary;  // BD-12
    ASSERT_TRUE(store_->UpsertMembers(members).ok());
    planning::Congress congress;
    congress.org_code = "BD";
    congress.term = "2020-2025";
    congress.ordinal = 26;
    congress.kind = planning::CongressKind::kDelegates;
    congress.planned_start = D("2020-06-14");
    congress.planned_end = D("2020-06-16");
    ASSERT_TRUE(store_->UpsertCongresses({congress}).ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  PersonnelPorts Ports() { return PersonnelPorts{*store_, PersonnelOf(*store_), LoadTestProfile}; }
  NominationPorts Nominations() {
    return NominationPorts{*store_, ElectionsOf(*store_), NominationsOf(*store_), LoadTestProfile};
  }

  // Version 1 with 11 nominees for 10 seats (R-SURPLUS 10%), submitted.
  void SubmittedScheme() {
    SchemeRequest request;
    request.org_code = "BD";
    request.term = "2020-2025";
    request.numbers = {10, 3, 1, 3, 0};
    auto id = CreateScheme(Ports(), kDistrictBoard, request);
    ASSERT_TRUE(id.ok()) << id.error().message;
    for (int index = 1; index <= 11; ++index) {
      SchemeNomineeRequest nominee;
      nominee.member_id = "BD-" + std::to_string(index);
      nominee.reason = index <= 6 ? personnel::NomineeReason::kReelection
                                  : personnel::NomineeReason::kSuccessionPlan;
      nominee.outgoing = index <= 6;
      auto added = AddSchemeNominee(Ports(), kDistrictBoard, "BD", "2020-2025", nominee);
      ASSERT_TRUE(added.ok()) << added.error().message;
    }
    auto opened =
        SubmitScheme(Ports(), kDistrictBoard, "BD", "2020-2025", std::nullopt, D("2020-05-10"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(*opened, 33);  // 11 nominees × 3 boards
  }

  int64_t SeededElection() {
    ElectionSetup setup;
    setup.kind = election::ElectionKind::kCommittee;
    setup.seats = 10;
    setup.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
    setup.profile = "party-2024";
    auto election = CreateElection(Nominations().Counting(), kAdmin, {"BD", "2020-2025"}, setup);
    EXPECT_TRUE(election.ok()) << election.error().message;
    auto seeded = SeedNominations(Ports(), kDistrictBoard, "BD", "2020-2025", std::nullopt);
    EXPECT_TRUE(seeded.ok()) << seeded.error().message;
    if (seeded.ok()) {
      EXPECT_EQ(seeded->added, 11);
    }
    return election.ok() ? *election : 0;
  }

  void ClearAll() {
    auto file = ReadVettingFile(*store_, kCityBoard, "BD", "2020-2025");
    ASSERT_TRUE(file.ok()) << file.error().message;
    for (const VettingTaskRecord& task : file->tasks) {
      if (task.conclusion != personnel::VettingConclusion::kOpen) continue;
      ASSERT_TRUE(
          ConcludeVetting(*store_, kCityBoard, task.id, personnel::VettingConclusion::kCleared, "")
              .ok());
    }
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(PersonnelTest, ReturnedThenSecondVersionApprovedBySuperior) {
  SubmittedScheme();
  // The convening committee cannot decide on its own scheme: the superior (HN) does.
  EXPECT_EQ(ApproveScheme(Ports(), kDistrictBoard, "BD", "2020-2025", "").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(ReturnScheme(Ports(), kCityBoard, "BD", "2020-2025", "").error().field, "comment");
  ASSERT_TRUE(
      ReturnScheme(Ports(), kCityBoard, "BD", "2020-2025", "Bổ sung cán bộ nữ, cán bộ trẻ").ok());
  // A returned version is never edited again: a second version is.
  SchemeNomineeRequest late;
  late.member_id = "BD-12";
  EXPECT_EQ(AddSchemeNominee(Ports(), kDistrictBoard, "BD", "2020-2025", late).error().code,
            ErrorCode::kConflict);
  auto second = ReviseScheme(Ports(), kDistrictBoard, "BD", "2020-2025");
  ASSERT_TRUE(second.ok()) << second.error().message;
  // R-VOTERS: a probationary member is not proposed.
  EXPECT_EQ(AddSchemeNominee(Ports(), kDistrictBoard, "BD", "2020-2025", late).error().rule,
            "R-VOTERS");
  auto resubmitted =
      SubmitScheme(Ports(), kDistrictBoard, "BD", "2020-2025", D("2020-05-30"), D("2020-05-15"));
  ASSERT_TRUE(resubmitted.ok()) << resubmitted.error().message;
  EXPECT_EQ(*resubmitted, 0);  // the same nominees keep their tasks
  ASSERT_TRUE(ApproveScheme(Ports(), kCityBoard, "BD", "2020-2025", "Đồng ý").ok());
  EXPECT_EQ(ApproveScheme(Ports(), kCityBoard, "BD", "2020-2025", "").error().code,
            ErrorCode::kConflict);

  auto view = ShowScheme(Ports(), kDistrictBoard, "BD", "2020-2025");
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->scheme.version, 2);
  EXPECT_EQ(view->scheme.status, personnel::SchemeStatus::kApproved);
  ASSERT_EQ(view->versions.size(), 2u);
  EXPECT_EQ(view->versions[0].status, personnel::SchemeStatus::kReturned);
  EXPECT_EQ(view->superior_code, "HN");
  ASSERT_EQ(view->nominees.size(), 11u);
  EXPECT_EQ(view->nominees[0].open_tasks, 3);
  EXPECT_EQ(view->statistics.surplus_percent, 1000);
  EXPECT_EQ(view->statistics.surplus_problem, "");
  EXPECT_EQ(view->statistics.proposed.re_elected, 6);
  // Every step dated and attributed, in order.
  std::vector<std::string> steps;
  for (const SchemeEvent& event : view->events) steps.push_back(event.action + ":" + event.actor);
  EXPECT_EQ(steps,
            (std::vector<std::string>{"create:bd-board", "submit:bd-board", "return:hn-board",
                                      "revise:bd-board", "submit:bd-board", "approve:hn-board"}));
  EXPECT_EQ(view->events[2].comment, "Bổ sung cán bộ nữ, cán bộ trẻ");
  auto first = ShowScheme(Ports(), kDistrictBoard, "BD", "2020-2025", 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->scheme.status, personnel::SchemeStatus::kReturned);
}

TEST_F(PersonnelTest, FinalizeAndLockRefusedWhileVettingOrComplaintOpen) {
  SubmittedScheme();
  // Seeding needs the approved scheme.
  EXPECT_EQ(SeedNominations(Ports(), kDistrictBoard, "BD", "2020-2025", std::nullopt).error().code,
            ErrorCode::kConflict);
  ASSERT_TRUE(ApproveScheme(Ports(), kCityBoard, "BD", "2020-2025", "").ok());
  const int64_t election = SeededElection();

  auto refused = FinalizeList(Nominations(), kAdmin, election);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(refused.error().rule, "R-VETTING");
  EXPECT_NE(refused.error().message.find("(BD-1): chưa có kết luận thẩm tra"), std::string::npos);

  ClearAll();
  ComplaintRequest complaint;
  complaint.org_code = "BD";
  complaint.term = "2020-2025";
  complaint.member_id = "BD-3";
  complaint.received_on = D("2020-05-25");
  complaint.source = personnel::ComplaintSource::kAnonymousLetter;
  complaint.summary = "Phản ánh kê khai tài sản";
  complaint.assigned_to = "Ủy ban Kiểm tra Thành ủy";
  auto complaint_id = AddComplaint(*store_, kCityBoard, complaint);
  ASSERT_TRUE(complaint_id.ok()) << complaint_id.error().message;
  refused = FinalizeList(Nominations(), kAdmin, election);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("Nguyễn Thị Dn (BD-3): 1 đơn thư chưa giải quyết"),
            std::string::npos)
      << refused.error().message;
  EXPECT_EQ(refused.error().message.find("BD-1)"), std::string::npos);

  ASSERT_TRUE(
      ConcludeComplaint(*store_, kCityBoard, *complaint_id, "Không có cơ sở", D("2020-06-05"))
          .ok());
  EXPECT_EQ(
      ConcludeComplaint(*store_, kCityBoard, *complaint_id, "Lại", D("2020-06-06")).error().code,
      ErrorCode::kConflict);
  auto finalized = FinalizeList(Nominations(), kAdmin, election);
  ASSERT_TRUE(finalized.ok()) << finalized.error().message;
  EXPECT_EQ(finalized->review.final_list.size(), 11u);

  // A complaint that arrives after the list is final still stops it being locked for printing.
  complaint.member_id = "BD-7";
  complaint.source = personnel::ComplaintSource::kNamedLetter;
  auto late = AddComplaint(*store_, kCityBoard, complaint);
  ASSERT_TRUE(late.ok());
  auto lock = LockList(Nominations().Counting(), kAdmin, election);
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.error().rule, "R-VETTING");
  ASSERT_TRUE(
      ConcludeComplaint(*store_, kCityBoard, *late, "Đã xác minh, không vi phạm", D("2020-06-07"))
          .ok());
  EXPECT_TRUE(LockList(Nominations().Counting(), kAdmin, election).ok());
}

TEST_F(PersonnelTest, OnlyPersonnelRolesSeeVettingAndEveryReadIsAudited) {
  SubmittedScheme();
  for (const Actor* outsider : {&kClerk, &kObserver, &kOtherBoard}) {
    EXPECT_EQ(ReadVettingFile(*store_, *outsider, "BD", "2020-2025").error().code,
              ErrorCode::kForbidden)
        << outsider->login;
    EXPECT_EQ(ShowScheme(Ports(), *outsider, "BD", "2020-2025").error().code, ErrorCode::kForbidden)
        << outsider->login;
  }
  auto file = ReadVettingFile(*store_, kCityBoard, "BD", "2020-2025", "BD-2");
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->tasks.size(), 3u);
  EXPECT_EQ(ConcludeVetting(*store_, kOtherBoard, file->tasks[0].id,
                            personnel::VettingConclusion::kCleared, "")
                .error()
                .code,
            ErrorCode::kForbidden);
  EXPECT_EQ(ConcludeVetting(*store_, kCityBoard, file->tasks[0].id,
                            personnel::VettingConclusion::kConcern, "")
                .error()
                .field,
            "note");
  AuditQuery query;
  query.actor = "hn-board";
  auto trail = ListAudit(*store_, kAdmin, query);
  ASSERT_TRUE(trail.ok()) << trail.error().message;
  int reads = 0;
  for (const AuditRecord& record : trail->items) reads += record.use_case == "vetting.read";
  EXPECT_EQ(reads, 1);
}

TEST_F(PersonnelTest, PositionsShowConcurrentTitles) {
  std::vector<personnel::MemberPosition> positions = {
      {0, "BD-1", "peoples_committee_chair", "phường Kim Mã", "", D("2019-03-01"),
       std::nullopt},
      {0, "BD-1", "secretary", "Đảng ủy phường Kim Mã", "", D("2018-06-01"), std::nullopt},
  };
  auto ids = AddPositions(*store_, kDistrictBoard, positions);
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  positions[0].kind = "mayor";
  EXPECT_EQ(AddPositions(*store_, kDistrictBoard, positions).error().field, "positions[0].kind");
  positions[0].kind = "secretary";
  positions[0].member_id = "NOBODY";
  EXPECT_EQ(AddPositions(*store_, kDistrictBoard, positions).error().field,
            "positions[0].member_id");
  EXPECT_EQ(AddPositions(*store_, kObserver, {positions[1]}).error().code, ErrorCode::kForbidden);
  auto view = ListPositions(*store_, kObserver, "", "BD-1", D("2020-06-14"));
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->titles.size(), 1u);
  EXPECT_EQ(view->titles[0].title,
            "Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã");
}

}  // namespace
}  // namespace daihoi::app
