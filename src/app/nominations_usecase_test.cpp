// The nomination use cases (app/nominations.h) on a real SQLite store: nominated from the
// registry, the floor gate (R-FLOOR-GATE), withdrawals by vote (R-WITHDRAW, R-SHOW-OF-HANDS),
// eligibility (R-VOTERS, R-INCUMBENT), structure (R-STRUCTURE) and the final list written as the
// election's candidates (R-SURPLUS), after which nothing changes once locked.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "app/counting.h"
#include "app/nominations.h"
#include "app/roll.h"
#include "election/test_profile.h"
#include "storage/open.h"

namespace daihoi::app {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

Result<election::Profile> LoadTestProfile(const std::string& id) {
  if (id == "party-2024") return election::Party2024ForTest();
  if (id == "party-2014") {
    election::Profile profile = election::Party2024ForTest();
    profile.id = "party-2014";
    profile.floor_gate_method = election::FloorGateMethod::kShowOfHands;
    return profile;
  }
  return NotFound("no profile '" + id + "'");
}

class NominationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_nominations_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto opened = storage::OpenStore("sqlite:" + (dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);

    org::Organization district;
    district.code = "BD";
    district.name = "Đảng bộ quận Ba Đình";
    district.level = "district";
    ASSERT_TRUE(store_->UpsertOrganizations({district}).ok());
    std::vector<org::Member> members;
    for (int index = 1; index <= 12; ++index) {
      org::Member member;
      member.id = "BD-" + std::to_string(index);
      member.full_name = std::string(index % 3 == 0 ? "Nguyễn Thị " : "Trần Văn ") +
                         static_cast<char>('A' + index) + "n";
      member.gender = index % 3 == 0 ? "female" : "male";
      member.birth_date = D("1972-04-10").AddDays(index * 400);
      member.party_join_date = D("1998-01-01");
      member.full_member_date = D("1999-01-01");
      member.org_code = "BD";
      members.push_back(member);
    }
    members[10].status = org::MemberStatus::kProbationary;  // BD-11
    members[10].full_member_date.reset();
    ASSERT_TRUE(store_->UpsertMembers(members).ok());
    planning::Congress congress;
    congress.org_code = "BD";
    congress.term = "2020-2025";
    congress.ordinal = 26;
    congress.kind = planning::CongressKind::kDelegates;
    congress.planned_start = D("2020-06-14");
    congress.planned_end = D("2020-06-16");
    ASSERT_TRUE(store_->UpsertCongresses({congress}).ok());
    // The outgoing committee ex officio: BD-1 by member id, BD-2 by name and birth date.
    NewDelegate by_id;
    by_id.member_id = "BD-1";
    NewDelegate by_name;
    by_name.full_name = members[1].full_name;
    by_name.birth_date = members[1].birth_date;
    auto added = AddExOfficio(*store_, ::daihoi::app::Actor::CommandLine("test"),
                              {"BD", "2020-2025"}, {by_id, by_name});
    ASSERT_TRUE(added.ok()) << added.error().message;
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  NominationPorts Ports() {
    return NominationPorts{*store_, ElectionsOf(*store_), NominationsOf(*store_), LoadTestProfile};
  }

  int64_t Election(int seats, const std::string& profile = "party-2024") {
    ElectionSetup setup;
    setup.kind = election::ElectionKind::kCommittee;
    setup.seats = seats;
    setup.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
    setup.profile = profile;
    auto id = CreateElection(Ports().Counting(), ::daihoi::app::Actor::CommandLine("test"),
                             {"BD", "2020-2025"}, setup);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  int64_t Nominated(int64_t election, const std::string& member,
                    election::NominationSource source = election::NominationSource::kCommittee) {
    NominateRequest request;
    request.member_id = member;
    request.source = source;
    if (source == election::NominationSource::kFloor) request.nominated_by = "Đoàn Kim Mã";
    auto id = Nominate(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, request);
    EXPECT_TRUE(id.ok()) << member << ": " << id.error().message;
    return id.ok() ? *id : 0;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(NominationsTest, NomineeFactsComeFromTheRegistryAndTheRoll) {
  const int64_t election = Election(10);
  Nominated(election, "BD-1");
  Nominated(election, "BD-2");
  Nominated(election, "BD-3");
  auto view = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->nominations.size(), 3u);
  EXPECT_EQ(view->nominations[2].full_name, "Nguyễn Thị Dn");
  EXPECT_EQ(view->nominations[2].gender, "female");
  EXPECT_EQ(view->nominations[2].birth_date, D("1972-04-10").AddDays(1200));
  // R-INCUMBENT: the roll's ex-officio entries are the outgoing committee.
  EXPECT_TRUE(view->nominations[0].convening_committee_member);
  EXPECT_TRUE(view->nominations[1].convening_committee_member);
  EXPECT_FALSE(view->nominations[2].convening_committee_member);
  EXPECT_EQ(view->opening, D("2020-06-14"));
  EXPECT_EQ(view->convened, 2);
  EXPECT_EQ(view->structure.reelected, 2);
  EXPECT_EQ(view->structure.first_time, 1);

  NominateRequest twice;
  twice.member_id = "BD-1";
  EXPECT_EQ(
      Nominate(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, twice).error().code,
      ErrorCode::kConflict);
  NominateRequest unknown;
  unknown.member_id = "XX-9";
  auto missing = Nominate(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, unknown);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().field, "member_id");
  NominateRequest floor;
  floor.member_id = "BD-5";
  floor.source = election::NominationSource::kFloor;
  EXPECT_EQ(
      Nominate(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, floor).error().field,
      "nominated_by");
}

// R-SURPLUS, R-FLOOR-GATE, R-WITHDRAW: finalize waits for every vote, then writes the list.
TEST_F(NominationsTest, FinalizeWaitsForThePollAndTheWithdrawalVoteThenWritesTheList) {
  const int64_t election = Election(9);  // the committee's list carries 1 (ceil 0.9)
  for (int index = 1; index <= 10; ++index) Nominated(election, "BD-" + std::to_string(index));
  const int64_t self = Nominated(election, "BD-12", election::NominationSource::kSelf);
  const int64_t probationary = Nominated(election, "BD-11");

  auto refused = FinalizeList(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(refused.error().rule, "R-FLOOR-GATE");

  VoteCount poll;
  poll.present = 240;
  poll.in_favour = 72;  // exactly 30%: not admitted
  ASSERT_TRUE(
      RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), self, poll).ok());
  auto view = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->review.nominees[10].status, election::NomineeStatus::kNotAdmitted);
  EXPECT_EQ(view->review.nominees[11].status, election::NomineeStatus::kIneligible);  // R-VOTERS
  EXPECT_EQ(view->review.final_list.size(), 10u);

  const int64_t first = view->nominations[0].id;
  ASSERT_TRUE(
      RequestWithdrawal(Ports(), ::daihoi::app::Actor::CommandLine("test"), first, "Sức khỏe")
          .ok());
  auto pending = FinalizeList(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_FALSE(pending.ok());
  EXPECT_EQ(pending.error().rule, "R-WITHDRAW");
  VoteCount vote;
  vote.present = 2;
  vote.in_favour = 1;  // 1 of the 2 convened: not more than half
  ASSERT_TRUE(
      RecordWithdrawalVote(Ports(), ::daihoi::app::Actor::CommandLine("test"), first, vote).ok());
  auto kept = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->review.nominees[0].status, election::NomineeStatus::kOnList);

  auto finalized = FinalizeList(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(finalized.ok()) << finalized.error().message;
  EXPECT_TRUE(finalized->finalized);
  auto shown =
      ShowElection(Ports().Counting(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(shown.ok());
  ASSERT_EQ(shown->candidates.size(), 10u);
  EXPECT_EQ(shown->candidates[0].member_id, "BD-1");
  EXPECT_EQ(shown->candidates[0].id, "BD-1");

  // Locked: nothing changes any more.
  ASSERT_TRUE(
      LockList(Ports().Counting(), ::daihoi::app::Actor::CommandLine("test"), election).ok());
  NominateRequest late;
  late.member_id = "BD-12";
  EXPECT_EQ(
      Nominate(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, late).error().code,
      ErrorCode::kConflict);
  EXPECT_EQ(RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), self, poll)
                .error()
                .code,
            ErrorCode::kConflict);
  EXPECT_EQ(FinalizeList(Ports(), ::daihoi::app::Actor::CommandLine("test"), election).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(SetStructureTargets(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, {})
                .error()
                .code,
            ErrorCode::kConflict);
  (void)probationary;
}

TEST_F(NominationsTest, VotesAreCheckedAndTheCommitteesListNeedsNoGate) {
  const int64_t election = Election(9, "party-2014");
  const int64_t committee = Nominated(election, "BD-3");
  const int64_t floor = Nominated(election, "BD-4", election::NominationSource::kFloor);
  VoteCount vote;
  vote.present = 2;
  vote.in_favour = 2;
  EXPECT_EQ(
      RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), committee, vote)
          .error()
          .code,
      ErrorCode::kConflict);
  vote.in_favour = 3;
  EXPECT_EQ(RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), floor, vote)
                .error()
                .field,
            "in_favour");
  vote.in_favour = 2;
  vote.present = 3;
  EXPECT_EQ(RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), floor, vote)
                .error()
                .field,
            "convened");  // the roll has 2
  vote.present = 2;
  ASSERT_TRUE(
      RecordNominationPoll(Ports(), ::daihoi::app::Actor::CommandLine("test"), floor, vote).ok());
  auto view = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->gate_method, election::FloorGateMethod::kShowOfHands);
  ASSERT_TRUE(view->nominations[1].gate.has_value());
  EXPECT_EQ(view->nominations[1].gate->convened, 2);  // from the roll
  EXPECT_EQ(view->review.nominees[1].status, election::NomineeStatus::kOnList);
  EXPECT_EQ(RecordWithdrawalVote(Ports(), ::daihoi::app::Actor::CommandLine("test"), floor, vote)
                .error()
                .code,
            ErrorCode::kConflict);
}

// R-STRUCTURE: the targets are the election's; the defaults until set.
TEST_F(NominationsTest, StructureTargetsAreKeptPerElection) {
  const int64_t election = Election(9);
  auto before = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before->targets_set);
  EXPECT_EQ(before->targets.women_min_percent, 15);
  election::ListStructureTargets targets;
  targets.women_min_percent = 30;
  ASSERT_TRUE(
      SetStructureTargets(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, targets)
          .ok());
  targets.age_40_50_max_percent = 10;
  EXPECT_EQ(
      SetStructureTargets(Ports(), ::daihoi::app::Actor::CommandLine("test"), election, targets)
          .error()
          .field,
      "age_40_50_min_percent");
  for (int index = 1; index <= 4; ++index) Nominated(election, "BD-" + std::to_string(index));
  auto after = ShowNominations(Ports(), ::daihoi::app::Actor::CommandLine("test"), election);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->targets_set);
  EXPECT_EQ(after->targets.women_min_percent, 30);
  EXPECT_EQ(after->structure.women, 1);  // BD-3 of 4: 25% < 30%
  ASSERT_FALSE(after->structure.warnings.empty());
  EXPECT_EQ(after->structure.warnings[0].code, "women");
}

}  // namespace
}  // namespace daihoi::app
