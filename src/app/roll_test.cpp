// The roll use cases over the in-memory store (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD).
#include "app/roll.h"

#include <gtest/gtest.h>

#include "app/fake_store_test.h"

namespace daihoi::app {
namespace {

using election::RollRole;
using org::MemberStatus;

Date D(const char* text) { return *Date::Parse(text); }

org::Organization Org(std::string code, std::string parent, std::string name) {
  org::Organization organization;
  organization.code = std::move(code);
  organization.name = std::move(name);
  organization.level = parent.empty() ? "district" : "grassroots";
  organization.parent_code = std::move(parent);
  return organization;
}

org::Member Mem(std::string id, std::string name, std::string org_code, MemberStatus status,
                std::optional<Date> full_since, std::optional<Date> born = std::nullopt) {
  org::Member member;
  member.id = std::move(id);
  member.full_name = std::move(name);
  member.org_code = std::move(org_code);
  member.status = status;
  member.full_member_date = full_since;
  member.birth_date = born;
  member.gender = "female";
  return member;
}

planning::Congress Congress(std::string org_code, planning::CongressKind kind,
                            std::optional<Date> planned, std::optional<Date> held) {
  planning::Congress congress;
  congress.org_code = std::move(org_code);
  congress.term = "2020-2025";
  congress.kind = kind;
  congress.planned_start = planned;
  congress.planned_end = planned;
  congress.held_start = held;
  congress.held_end = held;
  return congress;
}

NewDelegate Person(std::string name, std::string member_id = "") {
  NewDelegate person;
  person.full_name = std::move(name);
  person.member_id = std::move(member_id);
  return person;
}

// Q (delegates' congress, planned 14/06, held 15/06) ─┬─ A ── A1 (a cell below A)
//                                                      └─ B
// Members in A and B; C is a members' congress elsewhere.
class RollTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        store_
            .UpsertOrganizations({Org("Q", "", "Đảng bộ quận Q"), Org("A", "Q", "Đảng bộ phường A"),
                                  Org("A1", "A", "Chi bộ A1"), Org("B", "Q", "Đảng bộ phường B"),
                                  Org("C", "", "Đảng bộ C"), Org("C1", "C", "Chi bộ C1")})
            .ok());
    ASSERT_TRUE(
        store_
            .UpsertMembers({
                Mem("a1", "Nguyễn Văn An", "A", MemberStatus::kFull, D("2000-01-01")),
                Mem("a2", "Trần Thị Bình", "A1", MemberStatus::kFull, D("2000-01-01")),
                Mem("b1", "Lê Văn Cường", "B", MemberStatus::kFull, D("2000-01-01")),
                // Members' congress of C (R-THRESHOLD states), in R-ORDER: given name first.
                Mem("c1", "Phạm Văn Yên", "C1", MemberStatus::kFull, D("2010-01-01")),
                Mem("c2", "Nguyễn Thị Ánh", "C", MemberStatus::kSuspended, D("2010-01-01")),
                Mem("c3", "Đỗ Văn Bảo", "C1", MemberStatus::kTransferred, std::nullopt),
                Mem("c4", "Hoàng Văn Bảo", "C1", MemberStatus::kExempt, D("2010-01-01")),
                Mem("c5", "Vũ Thị Dung", "C1", MemberStatus::kProbationary, std::nullopt),
                Mem("c6", "Lý Văn Em", "C1", MemberStatus::kFull, D("2020-06-15")),      // after
                Mem("c7", "Bùi Văn Giang", "C1", MemberStatus::kFull, D("2020-06-14")),  // on
                Mem("c8", "Hoàng Văn Bảo", "C1", MemberStatus::kFull, D("2010-01-01"),
                    D("1970-01-01")),  // same name as c4, born earlier: before it
            })
            .ok());
    ASSERT_TRUE(store_
                    .UpsertCongresses({Congress("Q", planning::CongressKind::kDelegates,
                                                D("2020-06-14"), D("2020-06-15")),
                                       Congress("C", planning::CongressKind::kMembers,
                                                D("2020-06-14"), std::nullopt)})
                    .ok());
    AllocationRecord old_term;
    old_term.org_code = "Q";
    old_term.term = "2015-2020";
    old_term.units = {Unit("A", 9), Unit("B", 9)};
    ASSERT_TRUE(store_.SaveAllocation(old_term).ok());
    AllocationRecord allocation;
    allocation.org_code = "Q";
    allocation.term = "2020-2025";
    allocation.units = {Unit("A", 3), Unit("B", 1)};
    auto id = store_.SaveAllocation(allocation);
    ASSERT_TRUE(id.ok());
    allocation_id_ = *id;
  }

  static AllocationUnit Unit(std::string code, int64_t seats) {
    AllocationUnit unit;
    unit.org_code = std::move(code);
    unit.name = unit.org_code;
    unit.seats = seats;
    return unit;
  }

  // Two ex officio; A: two officials and one alternate; B: one official.
  void RecordQ() {
    ASSERT_TRUE(AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                             {Person("Ngô Văn Hai"), Person("", "b1")})
                    .ok());
    DelegationInput a;
    a.unit_code = "A";
    a.officials = {Person("", "a1"), Person("Trần Thị  Bình", "a2")};
    a.alternates = {Person("Đặng Văn Dự")};
    ASSERT_TRUE(RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_, a).ok());
    DelegationInput b;
    b.unit_code = "B";
    b.officials = {Person("Phan Văn Bốn")};
    ASSERT_TRUE(RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_, b).ok());
  }

  // The roll key of the person named `name`.
  std::string Key(const RollView& view, const std::string& name) {
    for (const auto& person : view.people) {
      if (person.full_name == name) return person.key;
    }
    ADD_FAILURE() << "no " << name;
    return "";
  }

  testing::FakeStore store_;
  CongressRef q_{"Q", "2020-2025"};
  CongressRef c_{"C", "2020-2025"};
  int64_t allocation_id_ = 0;
};

TEST_F(RollTest, DelegatesCongressListsExOfficioThenDelegationsWithTheirAllocation) {
  RecordQ();
  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(view.ok()) << view.error().Describe();
  EXPECT_EQ(view->opening, D("2020-06-15"));  // held, not planned
  EXPECT_EQ(view->opening_source, "held");
  ASSERT_EQ(view->people.size(), 6u);
  ASSERT_EQ(view->entries.size(), 6u);
  EXPECT_EQ(view->people[0].role, RollRole::kExOfficio);
  EXPECT_EQ(view->people[1].role, RollRole::kExOfficio);
  // The registry gives the name of a member named by id only; names are normalized.
  EXPECT_EQ(view->people[1].full_name, "Lê Văn Cường");
  EXPECT_EQ(view->people[1].member_id, "b1");
  EXPECT_EQ(view->people[2].full_name, "Nguyễn Văn An");
  EXPECT_EQ(view->people[2].role, RollRole::kOfficial);
  EXPECT_EQ(view->people[2].unit_code, "A");
  EXPECT_EQ(view->people[2].rank, 1);
  EXPECT_EQ(view->people[3].full_name, "Trần Thị Bình");
  EXPECT_EQ(view->people[3].rank, 2);
  EXPECT_EQ(view->people[4].role, RollRole::kAlternate);
  EXPECT_EQ(view->people[4].rank, 1);
  EXPECT_EQ(view->people[5].unit_code, "B");
  EXPECT_EQ(view->entries[2].gender, "female");  // from the registry
  for (size_t i = 0; i < view->people.size(); ++i) {
    EXPECT_EQ(view->people[i].key, std::to_string(view->entries[i].id));
  }
  // The newest allocation of the congress's term, not of another term.
  ASSERT_TRUE(view->allocation_id.has_value());
  EXPECT_EQ(*view->allocation_id, allocation_id_);
  ASSERT_EQ(view->units.size(), 2u);
  EXPECT_EQ(view->units[0].code, "A");
  EXPECT_EQ(view->units[0].name, "Đảng bộ phường A");
  EXPECT_EQ(view->units[0].allocated, 3);
  EXPECT_EQ(view->units[1].allocated, 1);
  // R-THRESHOLD: officials and ex officio are convened, alternates are not counted.
  EXPECT_EQ(view->result.convened, 5);
  EXPECT_EQ(view->result.excluded, 0);
  EXPECT_EQ(view->result.denominator, 5);
}

TEST_F(RollTest, AbsencesAndIssuesChangeTheConvenedCount) {
  RecordQ();
  auto before = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(before.ok());
  ASSERT_TRUE(
      SetSessions(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                  {{1, "Phiên trù bị", D("2020-06-15")}, {2, "Phiên chính thức", std::nullopt}})
          .ok());
  // R-THRESHOLD: a convening-committee member absent for the whole congress comes off.
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {Key(*before, "Ngô Văn Hai"), 0, "ốm", false})
                  .ok());
  // An official absent for the whole congress is replaced by the delegation's alternate.
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {Key(*before, "Nguyễn Văn An"), 0, "công tác", false})
                  .ok());
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {Key(*before, "Trần Thị Bình"), 2, "", false})
                  .ok());
  // R-CREDENTIALS: a delegate prosecuted before the opening is not convened (B has no alternate).
  auto issue = RecordCredentialIssue(
      store_, ::daihoi::app::Actor::CommandLine("test"), q_,
      {Key(*before, "Phan Văn Bốn"), election::CredentialIssueKind::kProsecuted, D("2020-06-01"),
       "  quyết định khởi tố "});
  ASSERT_TRUE(issue.ok()) << issue.error().Describe();

  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(view.ok()) << view.error().Describe();
  EXPECT_EQ(view->sessions.size(), 2u);
  EXPECT_EQ(view->absences.size(), 3u);
  ASSERT_EQ(view->issues.size(), 1u);
  EXPECT_EQ(view->issues[0].id, *issue);
  EXPECT_EQ(view->issues[0].issue.note, "quyết định khởi tố");
  EXPECT_EQ(view->result.convened, 4);  // Bốn is not convened; Dự stands in for An
  EXPECT_EQ(view->result.excluded, 1);  // Hai: absent committee member
  EXPECT_EQ(view->result.denominator, 3);
  ASSERT_EQ(view->result.exclusions.size(), 1u);
  EXPECT_EQ(view->result.exclusions[0].reason, election::ExclusionReason::kAbsentCommitteeMember);

  // Recording the same absence again replaces it; clearing it restores the count.
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {Key(*before, "Ngô Văn Hai"), 0, "ốm nặng", false})
                  .ok());
  EXPECT_EQ(ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_)->absences.size(), 3u);
  ASSERT_TRUE(ClearAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                           Key(*before, "Ngô Văn Hai"), 0)
                  .ok());
  EXPECT_EQ(ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_)->result.denominator, 4);
  ASSERT_TRUE(
      RemoveCredentialIssue(store_, ::daihoi::app::Actor::CommandLine("test"), q_, *issue).ok());
  EXPECT_EQ(ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_)->result.convened, 5);
}

TEST_F(RollTest, MembersCongressIsTheRegistryAsOfTheOpeningInNameOrder) {
  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), c_);
  ASSERT_TRUE(view.ok()) << view.error().Describe();
  EXPECT_EQ(view->opening, D("2020-06-14"));
  EXPECT_EQ(view->opening_source, "planned");
  EXPECT_TRUE(view->units.empty());
  EXPECT_TRUE(view->entries.empty());
  EXPECT_FALSE(view->allocation_id.has_value());
  std::vector<std::string> keys;
  for (const auto& person : view->people) {
    keys.push_back(person.key);
    EXPECT_EQ(person.role, RollRole::kMember);
  }
  // Not c5 (probationary) nor c6 (full member after the opening). R-ORDER: Ánh, Bảo (Đỗ),
  // Bảo (Hoàng, born 1970), Bảo (Hoàng, no date), Giang, Yên.
  EXPECT_EQ(keys, (std::vector<std::string>{"c2", "c3", "c8", "c4", "c7", "c1"}));
  EXPECT_EQ(view->people[0].state, election::MemberState::kSuspended);
  EXPECT_EQ(view->people[1].state, election::MemberState::kTemporaryTransfer);
  EXPECT_EQ(view->people[3].state, election::MemberState::kExempt);
  EXPECT_EQ(view->people[5].state, election::MemberState::kActive);
  EXPECT_EQ(view->result.convened, 6);
  EXPECT_EQ(view->result.excluded, 1);  // R-THRESHOLD: c2 is suspended
}

TEST_F(RollTest, MembersCongressRecordsIssuesAndAbsencesByMemberId) {
  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), c_,
                            {"c1", 0, "đi viện", true})
                  .ok());
  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), c_);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->result.convened, 6);
  EXPECT_EQ(view->result.excluded, 2);  // c2 suspended, c1 absent with an accepted reason
  EXPECT_EQ(view->result.denominator, 4);

  auto probationary =
      RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), c_, {"c5", 0, "", false});
  ASSERT_FALSE(probationary.ok());
  EXPECT_EQ(probationary.error().field, "person");
  auto retired =
      RecordCredentialIssue(store_, ::daihoi::app::Actor::CommandLine("test"), c_,
                            {"c1", election::CredentialIssueKind::kRetired, D("2020-01-01"), ""});
  ASSERT_FALSE(retired.ok());
  EXPECT_EQ(retired.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(retired.error().field, "kind");
  auto suspended =
      RecordCredentialIssue(store_, ::daihoi::app::Actor::CommandLine("test"), c_,
                            {"c1", election::CredentialIssueKind::kSuspended, D("2020-01-01"), ""});
  EXPECT_TRUE(suspended.ok());

  // No delegates at a members' congress.
  auto delegation = RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), c_,
                                     {"C1", {Person("X Y")}, {}});
  ASSERT_FALSE(delegation.ok());
  EXPECT_EQ(delegation.error().field, "congress");
  auto ex_officio =
      AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), c_, {Person("X Y")});
  ASSERT_FALSE(ex_officio.ok());
  EXPECT_EQ(ex_officio.error().field, "congress");
}

TEST_F(RollTest, UnknownCongressOrOpeningAreNamed) {
  auto unknown = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), {"NOPE", "2020-2025"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().field, "code");
  auto no_term = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), {"Q", "2025-2030"});
  ASSERT_FALSE(no_term.ok());
  EXPECT_EQ(no_term.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(no_term.error().field, "term");
  ASSERT_TRUE(store_
                  .UpsertCongresses({Congress("Q", planning::CongressKind::kDelegates, std::nullopt,
                                              std::nullopt)})
                  .ok());
  auto no_opening = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_FALSE(no_opening.ok());
  EXPECT_EQ(no_opening.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(no_opening.error().field, "opening");
  // Nothing is recorded that could not be shown.
  auto delegation = RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                                     {"A", {Person("X Y")}, {}});
  ASSERT_FALSE(delegation.ok());
  EXPECT_EQ(delegation.error().field, "opening");
}

TEST_F(RollTest, DelegationInputErrorsNameTheField) {
  auto error_of = [&](DelegationInput input) {
    auto ids = RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_, input);
    EXPECT_FALSE(ids.ok());
    return ids.ok() ? Error() : ids.error();
  };
  // A1 is below A, not a direct subordinate of Q.
  EXPECT_EQ(error_of({"A1", {Person("X Y")}, {}}).field, "unit_code");
  EXPECT_EQ(error_of({"", {Person("X Y")}, {}}).field, "unit_code");
  EXPECT_EQ(error_of({"A", {}, {}}).field, "officials");
  EXPECT_EQ(error_of({"A", {Person("X Y"), Person("  ")}, {}}).field, "officials[1].full_name");
  EXPECT_EQ(error_of({"A", {Person("X Y")}, {Person("Z", "nobody")}}).field,
            "alternates[0].member_id");
  // One member cannot be on the roll twice.
  EXPECT_EQ(error_of({"A", {Person("", "a1"), Person("", "a1")}, {}}).field,
            "officials[1].member_id");
  NewDelegate bad_gender = Person("X Y");
  bad_gender.gender = "khác";
  EXPECT_EQ(error_of({"A", {bad_gender}, {}}).field, "officials[0].gender");
  EXPECT_TRUE(store_.Roll("Q", "2020-2025")->entries.empty());  // nothing was written

  ASSERT_TRUE(
      AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), q_, {Person("", "a1")}).ok());
  EXPECT_EQ(error_of({"A", {Person("", "a1")}, {}}).field, "officials[0].member_id");
  auto empty = AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), q_, {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "people");
  auto nameless = AddExOfficio(store_, ::daihoi::app::Actor::CommandLine("test"), q_, {Person("")});
  ASSERT_FALSE(nameless.ok());
  EXPECT_EQ(nameless.error().field, "people[0].full_name");
}

TEST_F(RollTest, RecordingADelegationAgainReplacesItUnlessSomethingIsRecorded) {
  RecordQ();
  auto ids = RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                              {"B", {Person("Mai Văn Năm"), Person("Mai Văn Sáu")}, {}});
  ASSERT_TRUE(ids.ok()) << ids.error().Describe();
  ASSERT_EQ(ids->size(), 2u);
  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->people.size(), 7u);
  EXPECT_EQ(view->people[5].full_name, "Mai Văn Năm");
  EXPECT_EQ(view->people[5].key, std::to_string((*ids)[0]));
  EXPECT_EQ(view->people[6].rank, 2);

  ASSERT_TRUE(RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {view->people[6].key, 0, "", false})
                  .ok());
  auto conflict = RecordDelegation(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                                   {"B", {Person("Mai Văn Năm")}, {}});
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  EXPECT_EQ(ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_)->people.size(), 7u);

  // Removing the entry takes its absence with it.
  ASSERT_TRUE(RemoveRollEntry(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                              std::stoll(view->people[6].key))
                  .ok());
  auto after = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->people.size(), 6u);
  EXPECT_TRUE(after->absences.empty());
  auto again = RemoveRollEntry(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                               std::stoll(view->people[6].key));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(again.error().field, "id");
}

TEST_F(RollTest, SessionsAndAbsencesAreChecked) {
  RecordQ();
  auto view = ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_);
  ASSERT_TRUE(view.ok());
  const std::string hai = Key(*view, "Ngô Văn Hai");
  auto misnumbered = SetSessions(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                                 {{1, "Một", std::nullopt}, {3, "Ba", std::nullopt}});
  ASSERT_FALSE(misnumbered.ok());
  EXPECT_EQ(misnumbered.error().field, "sessions[1].number");

  auto unknown_session =
      RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_, {hai, 1, "", false});
  ASSERT_FALSE(unknown_session.ok());
  EXPECT_EQ(unknown_session.error().field, "session");
  auto unknown_person = RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                                      {"999999", 0, "", false});
  ASSERT_FALSE(unknown_person.ok());
  EXPECT_EQ(unknown_person.error().field, "person");
  auto unknown_issue_person = RecordCredentialIssue(
      store_, ::daihoi::app::Actor::CommandLine("test"), q_,
      {"999999", election::CredentialIssueKind::kRetired, D("2020-01-01"), ""});
  ASSERT_FALSE(unknown_issue_person.ok());
  EXPECT_EQ(unknown_issue_person.error().field, "person");

  ASSERT_TRUE(SetSessions(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                          {{1, "Một", std::nullopt}, {2, "Hai", std::nullopt}})
                  .ok());
  ASSERT_TRUE(
      RecordAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_, {hai, 2, "", false})
          .ok());
  // Session 2 cannot go while an absence refers to it.
  auto shrink = SetSessions(store_, ::daihoi::app::Actor::CommandLine("test"), q_,
                            {{1, "Một", std::nullopt}});
  ASSERT_FALSE(shrink.ok());
  EXPECT_EQ(shrink.error().code, ErrorCode::kConflict);
  EXPECT_EQ(ShowRoll(store_, ::daihoi::app::Actor::CommandLine("test"), q_)->sessions.size(), 2u);

  auto no_absence = ClearAbsence(store_, ::daihoi::app::Actor::CommandLine("test"), q_, hai, 1);
  ASSERT_FALSE(no_absence.ok());
  EXPECT_EQ(no_absence.error().code, ErrorCode::kNotFound);
  auto no_issue =
      RemoveCredentialIssue(store_, ::daihoi::app::Actor::CommandLine("test"), q_, 424242);
  ASSERT_FALSE(no_issue.ok());
  EXPECT_EQ(no_issue.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(no_issue.error().field, "id");
}

}  // namespace
}  // namespace daihoi::app
