// The contract of app::ResultStore (app/ports/result_store.h), on SQLite and on PostgreSQL
// (store_contract_fixture.h): approvals (R-APPROVAL), the bodies of a congress and which
// elections' results were applied.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/election_store.h"
#include "app/ports/result_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using election::Body;
using election::Capacity;
using election::Membership;

const char* const kTerm = "2025-2030";

class ResultStoreContract : public StoreContract {
 protected:
  app::ResultStore& results() { return app::ResultsOf(*store_); }

  static app::Approval Approval(std::string org = "BD-QT") {
    app::Approval approval;
    approval.org_code = std::move(org);
    approval.term = kTerm;
    approval.approved_by = "BD";
    approval.decision = "Quyết định số 245-QĐ/QU";
    approval.approved_on = *Date::Parse("2025-07-02");
    approval.note = "Chuẩn y kết quả bầu cử";
    return approval;
  }

  static Membership Member(Body body, Capacity capacity, int rank, std::string name,
                           std::string member_id = "", std::string birth = "") {
    Membership membership;
    membership.body = body;
    membership.capacity = capacity;
    membership.rank = rank;
    membership.person.full_name = std::move(name);
    membership.person.member_id = std::move(member_id);
    membership.person.gender = "female";
    if (!birth.empty()) membership.person.birth_date = Date::Parse(birth);
    return membership;
  }

  int64_t AnElection(const std::string& org) {
    app::ElectionRecord election;
    election.org_code = org;
    election.term = kTerm;
    election.kind = election::ElectionKind::kCommittee;
    election.seats = 2;
    election.title = "Bầu Ban Chấp hành";
    election.profile = "party-2024";
    auto id = dynamic_cast<app::ElectionStore&>(*store_).CreateElection(election);
    EXPECT_TRUE(id.ok()) << id.error().message;
    return id.ok() ? *id : 0;
  }
};

TEST_P(ResultStoreContract, ApprovalIsNulloptUntilRecordedThenReadsBack) {  // R-APPROVAL
  LoadHanoi();
  auto none = results().FindApproval("BD-QT", kTerm);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(results().RecordApproval(Approval()).ok());
  Reopen();
  auto found = results().FindApproval("BD-QT", kTerm);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const app::Approval& approval = **found;
  EXPECT_EQ(approval.org_code, "BD-QT");
  EXPECT_EQ(approval.term, kTerm);
  EXPECT_EQ(approval.approved_by, "BD");
  EXPECT_EQ(approval.decision, "Quyết định số 245-QĐ/QU");
  EXPECT_EQ(approval.approved_on, *Date::Parse("2025-07-02"));
  EXPECT_EQ(approval.note, "Chuẩn y kết quả bầu cử");
  EXPECT_EQ(approval.recorded_at.size(), 24u) << approval.recorded_at;

  auto other_term = results().FindApproval("BD-QT", "2020-2025");
  ASSERT_TRUE(other_term.ok());
  EXPECT_FALSE(other_term->has_value());
}

TEST_P(ResultStoreContract, ApprovingTwiceIsAConflictAndKeepsTheFirst) {
  LoadHanoi();
  ASSERT_TRUE(results().RecordApproval(Approval()).ok());
  auto second = Approval();
  second.decision = "Quyết định số 300-QĐ/QU";
  auto again = results().RecordApproval(second);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  auto found = results().FindApproval("BD-QT", kTerm);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->decision, "Quyết định số 245-QĐ/QU");
}

TEST_P(ResultStoreContract, UnknownOrganizationsAreNotFound) {
  LoadHanoi();
  auto find = results().FindApproval("NOPE", kTerm);
  ASSERT_FALSE(find.ok());
  EXPECT_EQ(find.error().code, ErrorCode::kNotFound);
  auto approval = Approval("NOPE");
  EXPECT_EQ(results().RecordApproval(approval).error().code, ErrorCode::kNotFound);
  approval = Approval();
  approval.approved_by = "NOPE";
  EXPECT_EQ(results().RecordApproval(approval).error().code, ErrorCode::kNotFound);
  auto bodies = results().Bodies("NOPE", kTerm);
  ASSERT_FALSE(bodies.ok());
  EXPECT_EQ(bodies.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(results().ReplaceBody("NOPE", kTerm, Body::kCommittee, {}).error().code,
            ErrorCode::kNotFound);
  auto subtree = results().SubtreeBodies("NOPE", Body::kCommittee);
  ASSERT_FALSE(subtree.ok());
  EXPECT_EQ(subtree.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(results().MarkApplied(999).error().code, ErrorCode::kNotFound);
}

TEST_P(ResultStoreContract, BodiesReadBackInBodyCapacityRankOrder) {
  LoadHanoi();
  const int64_t election_id = AnElection("BD-QT");
  auto alternate = Member(Body::kCommittee, Capacity::kAlternate, 1, "Lê Thị Hoa");
  auto second = Member(Body::kCommittee, Capacity::kOfficial, 2, "Trần Văn Bình");
  second.person.gender = "male";
  auto first =
      Member(Body::kCommittee, Capacity::kOfficial, 1, "Nguyễn Thị An", "M-1", "1980-02-29");
  first.election_id = election_id;
  ASSERT_TRUE(
      results().ReplaceBody("BD-QT", kTerm, Body::kCommittee, {alternate, second, first}).ok());
  ASSERT_TRUE(results()
                  .ReplaceBody("BD-QT", kTerm, Body::kSecretary,
                               {Member(Body::kSecretary, Capacity::kOfficial, 1, "Nguyễn Thị An",
                                       "M-1", "1980-02-29")})
                  .ok());
  Reopen();
  auto bodies = results().Bodies("BD-QT", kTerm);
  ASSERT_TRUE(bodies.ok()) << bodies.error().message;
  ASSERT_EQ(bodies->size(), 4u);
  EXPECT_EQ((*bodies)[0].person.full_name, "Nguyễn Thị An");
  EXPECT_EQ((*bodies)[0].person.member_id, "M-1");
  EXPECT_EQ((*bodies)[0].person.gender, "female");
  EXPECT_EQ((*bodies)[0].person.birth_date, Date::Parse("1980-02-29"));
  EXPECT_EQ((*bodies)[0].election_id, election_id);
  EXPECT_EQ((*bodies)[1].person.full_name, "Trần Văn Bình");
  EXPECT_EQ((*bodies)[1].person.gender, "male");
  EXPECT_FALSE((*bodies)[1].election_id.has_value());
  EXPECT_FALSE((*bodies)[1].person.birth_date.has_value());
  EXPECT_EQ((*bodies)[2].capacity, Capacity::kAlternate);
  EXPECT_EQ((*bodies)[3].body, Body::kSecretary);

  // Replacing one body leaves the others.
  ASSERT_TRUE(results()
                  .ReplaceBody("BD-QT", kTerm, Body::kCommittee,
                               {Member(Body::kCommittee, Capacity::kOfficial, 1, "Phan Văn Khải")})
                  .ok());
  bodies = results().Bodies("BD-QT", kTerm);
  ASSERT_TRUE(bodies.ok());
  ASSERT_EQ(bodies->size(), 2u);
  EXPECT_EQ((*bodies)[0].person.full_name, "Phan Văn Khải");
  EXPECT_EQ((*bodies)[1].body, Body::kSecretary);
}

TEST_P(ResultStoreContract, ReplaceBodyRefusesBadMembersAndWritesNothing) {
  LoadHanoi();
  ASSERT_TRUE(results()
                  .ReplaceBody("BD-QT", kTerm, Body::kCommittee,
                               {Member(Body::kCommittee, Capacity::kOfficial, 1, "Phan Văn Khải")})
                  .ok());
  auto twice = results().ReplaceBody("BD-QT", kTerm, Body::kCommittee,
                                     {Member(Body::kCommittee, Capacity::kOfficial, 1, "A"),
                                      Member(Body::kCommittee, Capacity::kOfficial, 1, "B")});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(twice.error().field, "members[1].rank");
  auto wrong_body = results().ReplaceBody("BD-QT", kTerm, Body::kCommittee,
                                          {Member(Body::kSecretary, Capacity::kOfficial, 1, "A")});
  ASSERT_FALSE(wrong_body.ok());
  EXPECT_EQ(wrong_body.error().field, "members[0].body");
  auto bodies = results().Bodies("BD-QT", kTerm);
  ASSERT_TRUE(bodies.ok());
  ASSERT_EQ(bodies->size(), 1u);
  EXPECT_EQ((*bodies)[0].person.full_name, "Phan Văn Khải");
}

TEST_P(ResultStoreContract, SubtreeBodiesAndTermsCoverTheSubtreeOnly) {
  LoadHanoi();
  for (const char* org : {"BD", "BD-QT", "BD-QT-1", "HK"}) {
    ASSERT_TRUE(results()
                    .ReplaceBody(org, kTerm, Body::kCommittee,
                                 {Member(Body::kCommittee, Capacity::kOfficial, 1,
                                         std::string("Bí thư ") + org)})
                    .ok());
  }
  ASSERT_TRUE(results()
                  .ReplaceBody("BD-QT", "2020-2025", Body::kCommittee,
                               {Member(Body::kCommittee, Capacity::kOfficial, 1, "Cũ")})
                  .ok());
  ASSERT_TRUE(results()
                  .ReplaceBody("BD-QT", kTerm, Body::kSecretary,
                               {Member(Body::kSecretary, Capacity::kOfficial, 1, "Bí thư")})
                  .ok());
  auto rows = results().SubtreeBodies("BD", Body::kCommittee);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  std::vector<std::string> seen;
  for (const auto& row : *rows) seen.push_back(row.org_code + "/" + row.term);
  EXPECT_EQ(seen, (std::vector<std::string>{"BD/2025-2030", "BD-QT/2020-2025", "BD-QT/2025-2030",
                                            "BD-QT-1/2025-2030"}));
  auto terms = results().BodyTerms("BD-QT");
  ASSERT_TRUE(terms.ok());
  EXPECT_EQ(*terms, (std::vector<std::string>{"2020-2025", "2025-2030"}));
  terms = results().BodyTerms("BD-KM");
  ASSERT_TRUE(terms.ok());
  EXPECT_TRUE(terms->empty());
}

TEST_P(ResultStoreContract, AppliedResultsListTheCongressElections) {
  LoadHanoi();
  const int64_t first = AnElection("BD-QT");
  const int64_t other = AnElection("BD-KM");
  ASSERT_TRUE(results().MarkApplied(first).ok());
  ASSERT_TRUE(results().MarkApplied(other).ok());
  ASSERT_TRUE(results().MarkApplied(first).ok());  // again: still one row
  auto applied = results().AppliedResults("BD-QT", kTerm);
  ASSERT_TRUE(applied.ok()) << applied.error().message;
  ASSERT_EQ(applied->size(), 1u);
  EXPECT_EQ((*applied)[0].election_id, first);
  EXPECT_FALSE((*applied)[0].applied_at.empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, ResultStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daihoi::storage
