// The contract of app::NominationStore (app/ports/nomination_store.h), on SQLite and on
// PostgreSQL (store_contract_fixture.h): nominations, floor-gate votes, withdrawal requests and
// their votes, structure targets.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/election_store.h"
#include "app/ports/nomination_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using app::NominationRecord;
using election::NominationSource;

class NominationStoreContract : public StoreContract {
 protected:
  app::NominationStore& nominations() { return app::NominationsOf(*store_); }

  int64_t MakeElection() {
    LoadHanoi();
    app::ElectionRecord election;
    election.org_code = "BD";
    election.term = "2020-2025";
    election.kind = election::ElectionKind::kCommittee;
    election.seats = 41;
    election.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
    election.profile = "party-2024";
    auto id = app::ElectionsOf(*store_).CreateElection(election);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }

  static NominationRecord Person(int64_t election_id, std::string member_id, std::string name) {
    NominationRecord record;
    record.election_id = election_id;
    record.member_id = std::move(member_id);
    record.full_name = std::move(name);
    record.gender = "female";
    record.birth_date = Date::Parse("1978-09-02");
    record.full_member_date = Date::Parse("2001-05-19");
    record.convening_committee_member = true;
    return record;
  }
};

TEST_P(NominationStoreContract, AddsAndReadsNominationsInTheOrderMade) {
  const int64_t election = MakeElection();
  auto first = nominations().AddNomination(Person(election, "BD-0001", "Nguyễn Thị Lan"));
  ASSERT_TRUE(first.ok()) << first.error().message;
  NominationRecord floor = Person(election, "BD-0002", "Trần Văn Minh");
  floor.source = NominationSource::kFloor;
  floor.nominated_by = "Đoàn đại biểu phường Kim Mã";
  floor.nominated_by_committee_member = true;
  floor.convening_committee_member = false;
  floor.full_member = false;
  floor.birth_date.reset();
  floor.full_member_date.reset();
  auto second = nominations().AddNomination(floor);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_NE(*first, *second);

  auto all = nominations().Nominations(election);
  ASSERT_TRUE(all.ok()) << all.error().message;
  ASSERT_EQ(all->size(), 2u);
  const NominationRecord& lan = (*all)[0];
  EXPECT_EQ(lan.id, *first);
  EXPECT_EQ(lan.election_id, election);
  EXPECT_EQ(lan.full_name, "Nguyễn Thị Lan");
  EXPECT_EQ(lan.gender, "female");
  EXPECT_EQ(lan.birth_date, Date::Parse("1978-09-02"));
  EXPECT_EQ(lan.full_member_date, Date::Parse("2001-05-19"));
  EXPECT_TRUE(lan.full_member);
  EXPECT_TRUE(lan.convening_committee_member);
  EXPECT_EQ(lan.source, NominationSource::kCommittee);
  EXPECT_FALSE(lan.gate.has_value());
  EXPECT_FALSE(lan.withdrawal_requested);
  EXPECT_FALSE(lan.created_at.empty());
  const NominationRecord& minh = (*all)[1];
  EXPECT_EQ(minh.source, NominationSource::kFloor);
  EXPECT_EQ(minh.nominated_by, "Đoàn đại biểu phường Kim Mã");
  EXPECT_TRUE(minh.nominated_by_committee_member);
  EXPECT_FALSE(minh.full_member);
  EXPECT_FALSE(minh.birth_date.has_value());

  auto found = nominations().FindNomination(*second);
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->member_id, "BD-0002");
  auto missing = nominations().FindNomination(*second + 100);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(NominationStoreContract, RefusesAMemberTwiceAndAnUnknownElection) {
  const int64_t election = MakeElection();
  ASSERT_TRUE(nominations().AddNomination(Person(election, "BD-0001", "Nguyễn Thị Lan")).ok());
  auto twice = nominations().AddNomination(Person(election, "BD-0001", "Nguyễn Thị Lan"));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  EXPECT_EQ(twice.error().field, "member_id");
  auto unknown = nominations().AddNomination(Person(election + 7, "BD-0003", "Lê Văn Hùng"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  auto all = nominations().Nominations(election);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 1u);
}

// R-FLOOR-GATE and R-WITHDRAW: the votes are stored as recorded, with the store's clock.
TEST_P(NominationStoreContract, RecordsTheGateAndTheWithdrawalWithItsVote) {
  const int64_t election = MakeElection();
  NominationRecord self = Person(election, "BD-0005", "Phạm Thị Hoa");
  self.source = NominationSource::kSelf;
  auto id = nominations().AddNomination(self);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(nominations().RecordGate(*id, {0, 270, 82}).ok());
  ASSERT_TRUE(nominations().RecordGate(*id, {275, 270, 90}).ok());  // a correction
  EXPECT_EQ(nominations().RecordGate(*id + 50, {0, 1, 1}).error().code, ErrorCode::kNotFound);

  auto vote = nominations().RecordWithdrawalVote(*id, {275, 270, 200});
  ASSERT_FALSE(vote.ok());
  EXPECT_EQ(vote.error().code, ErrorCode::kConflict);  // no request yet
  ASSERT_TRUE(nominations().RequestWithdrawal(*id, "Lý do sức khỏe").ok());
  EXPECT_EQ(nominations().RequestWithdrawal(*id, "again").error().code, ErrorCode::kConflict);
  auto pending = nominations().FindNomination(*id);
  ASSERT_TRUE(pending.ok() && pending->has_value());
  EXPECT_TRUE((*pending)->withdrawal_requested);
  EXPECT_EQ((*pending)->withdrawal_reason, "Lý do sức khỏe");
  EXPECT_FALSE((*pending)->withdrawal_requested_at.empty());
  EXPECT_FALSE((*pending)->withdrawal_vote.has_value());
  ASSERT_TRUE(nominations().RecordWithdrawalVote(*id, {275, 270, 200}).ok());

  auto stored = nominations().FindNomination(*id);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  const NominationRecord& record = **stored;
  ASSERT_TRUE(record.gate.has_value());
  EXPECT_EQ(record.gate->convened, 275);
  EXPECT_EQ(record.gate->present, 270);
  EXPECT_EQ(record.gate->agree, 90);
  EXPECT_FALSE(record.gate_recorded_at.empty());
  ASSERT_TRUE(record.withdrawal_vote.has_value());
  EXPECT_EQ(record.withdrawal_vote->convened, 275);
  EXPECT_EQ(record.withdrawal_vote->present, 270);
  EXPECT_EQ(record.withdrawal_vote->in_favour, 200);
  EXPECT_FALSE(record.withdrawal_voted_at.empty());
}

// R-STRUCTURE: targets per election, replaced whole.
TEST_P(NominationStoreContract, StoresStructureTargetsPerElection) {
  const int64_t election = MakeElection();
  auto none = nominations().FindStructureTargets(election);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  election::ListStructureTargets targets;
  targets.women_min_percent = 20;
  targets.retirement_age_female_months = 664;
  ASSERT_TRUE(nominations().SetStructureTargets(election, targets).ok());
  targets.under_40_min_percent = 12;
  ASSERT_TRUE(nominations().SetStructureTargets(election, targets).ok());
  auto read = nominations().FindStructureTargets(election);
  ASSERT_TRUE(read.ok() && read->has_value());
  EXPECT_EQ((*read)->women_min_percent, 20);
  EXPECT_EQ((*read)->under_40_min_percent, 12);
  EXPECT_EQ((*read)->age_40_50_min_percent, 40);
  EXPECT_EQ((*read)->age_40_50_max_percent, 50);
  EXPECT_EQ((*read)->first_time_min_months, 60);
  EXPECT_EQ((*read)->reelected_min_months, 48);
  EXPECT_EQ((*read)->retirement_age_male_months, 720);
  EXPECT_EQ((*read)->retirement_age_female_months, 664);
  EXPECT_EQ(nominations().SetStructureTargets(election + 9, targets).error().code,
            ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, NominationStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
