// The roll of a congress (R-EX-OFFICIO, R-CREDENTIALS, R-ALLOCATION, R-THRESHOLD): rules one by
// one, then properties over seeded random rolls.
#include "election/roll.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "election/threshold.h"

namespace daihoi::election {
namespace {

Date D(const char* iso) { return *Date::Parse(iso); }

const Date kOpening = D("2020-06-14");

RollPerson Member(const std::string& key, MemberState state = MemberState::kActive) {
  RollPerson person;
  person.key = key;
  person.full_name = "Đảng viên " + key;
  person.role = RollRole::kMember;
  person.state = state;
  return person;
}

RollPerson ExOfficio(const std::string& key) {
  RollPerson person;
  person.key = key;
  person.full_name = "Ủy viên " + key;
  person.role = RollRole::kExOfficio;
  return person;
}

RollPerson Delegate(const std::string& key, RollRole role, const std::string& unit, int rank) {
  RollPerson person;
  person.key = key;
  person.full_name = "Đại biểu " + key;
  person.role = role;
  person.unit_code = unit;
  person.rank = rank;
  return person;
}
RollPerson Official(const std::string& key, const std::string& unit, int rank) {
  return Delegate(key, RollRole::kOfficial, unit, rank);
}
RollPerson Alternate(const std::string& key, const std::string& unit, int rank) {
  return Delegate(key, RollRole::kAlternate, unit, rank);
}

CredentialIssue Issue(const std::string& person, CredentialIssueKind kind,
                      Date effective = D("2020-06-01")) {
  return {person, kind, effective, ""};
}

Absence Away(const std::string& person, int session = 0, std::string reason = "Ốm",
             bool accepted = false) {
  return {person, session, std::move(reason), accepted};
}

RollInput Members(std::vector<RollPerson> people) {
  RollInput input;
  input.kind = CongressKind::kMembers;
  input.opening = kOpening;
  input.people = std::move(people);
  return input;
}

RollInput Delegates(std::vector<RollPerson> people) {
  RollInput input;
  input.kind = CongressKind::kDelegates;
  input.opening = kOpening;
  input.people = std::move(people);
  return input;
}

RollResult Roll(const RollInput& input) {
  Result<RollResult> result = ComputeRoll(input);
  EXPECT_TRUE(result.ok()) << result.error().Describe();
  return result.ok() ? *result : RollResult{};
}

// The index of `key` in the input, to look its line up.
const RollLine& LineOf(const RollInput& input, const RollResult& result, const std::string& key) {
  for (size_t i = 0; i < input.people.size(); ++i) {
    if (input.people[i].key == key) return result.lines.at(i);
  }
  ADD_FAILURE() << "no person " << key;
  static const RollLine none;
  return none;
}

void ExpectError(const RollInput& input, const std::string& field) {
  Result<RollResult> result = ComputeRoll(input);
  ASSERT_FALSE(result.ok()) << "expected an error on " << field;
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(result.error().field, field) << result.error().Describe();
}

// ---- Names ------------------------------------------------------------------------------------

TEST(RollNamesTest, RoundTrip) {
  for (RollRole role :
       {RollRole::kExOfficio, RollRole::kOfficial, RollRole::kAlternate, RollRole::kMember}) {
    EXPECT_EQ(ParseRollRole(ToString(role)), role);
  }
  for (MemberState state : {MemberState::kActive, MemberState::kTemporaryTransfer,
                            MemberState::kExempt, MemberState::kSuspended}) {
    EXPECT_EQ(ParseMemberState(ToString(state)), state);
  }
  for (int kind = 0; kind <= static_cast<int>(CredentialIssueKind::kTransferred); ++kind) {
    const auto value = static_cast<CredentialIssueKind>(kind);
    EXPECT_EQ(ParseCredentialIssueKind(ToString(value)), value);
  }
  EXPECT_FALSE(ParseRollRole("guest"));
  EXPECT_STREQ(ToString(NotConvenedReason::kAlternateUnused), "alternate_unused");
  EXPECT_STREQ(ToString(NotConvenedReason::kWrongProcedure), "wrong_procedure");
  EXPECT_STREQ(ToString(RollWarning::kNotGroundForDelegate), "not_ground_for_delegate");
  EXPECT_STREQ(ToString(RollWarning::kWholeAbsenceNoReason), "whole_absence_no_reason");
}

// ---- Members' congress (R-THRESHOLD) ------------------------------------------------------------

TEST(MembersRollTest, EveryFullMemberIsConvened) {  // R-THRESHOLD
  RollInput input = Members(
      {Member("a"), Member("b", MemberState::kSuspended), Member("c", MemberState::kExempt)});
  input.absences = {Away("c")};
  const RollResult result = Roll(input);
  for (const RollLine& line : result.lines) {
    EXPECT_TRUE(line.convened);
    EXPECT_FALSE(line.not_convened);
  }
  EXPECT_EQ(result.convened, 3);
}

TEST(MembersRollTest, TransferAndExemptCountOnlyWhenAbsent) {  // R-THRESHOLD
  RollInput input = Members(
      {Member("t1", MemberState::kTemporaryTransfer), Member("t2", MemberState::kTemporaryTransfer),
       Member("x1", MemberState::kExempt), Member("x2", MemberState::kExempt)});
  input.sessions = {{1, "Đại hội", std::nullopt}};
  // Absent from one session only is not absent for the whole congress.
  input.absences = {Away("t1"), Away("x1"), Away("t2", 1), Away("x2", 1)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "t1").exclusion, ExclusionReason::kTemporaryTransferAbsent);
  EXPECT_EQ(LineOf(input, result, "x1").exclusion, ExclusionReason::kExemptAbsent);
  EXPECT_FALSE(LineOf(input, result, "t2").exclusion);
  EXPECT_FALSE(LineOf(input, result, "x2").exclusion);
  EXPECT_EQ(result.denominator, 2);
}

TEST(MembersRollTest, SuspendedByStateOrByIssue) {  // R-THRESHOLD
  RollInput input = Members({Member("s", MemberState::kSuspended), Member("i"), Member("late")});
  input.issues = {Issue("i", CredentialIssueKind::kSuspended),
                  Issue("late", CredentialIssueKind::kSuspended, kOpening.AddDays(1))};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "s").exclusion, ExclusionReason::kSuspended);
  EXPECT_EQ(LineOf(input, result, "i").exclusion, ExclusionReason::kSuspended);
  EXPECT_FALSE(LineOf(input, result, "late").exclusion);  // takes effect after the opening
}

TEST(MembersRollTest, ProsecutedIndictedDetained) {  // R-THRESHOLD
  RollInput input = Members({Member("p"), Member("i"), Member("d"), Member("both")});
  input.issues = {Issue("p", CredentialIssueKind::kProsecuted, kOpening),  // on the day: counts
                  Issue("i", CredentialIssueKind::kIndicted),
                  Issue("d", CredentialIssueKind::kDetained),
                  Issue("both", CredentialIssueKind::kDetained),
                  Issue("both", CredentialIssueKind::kSuspended)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "p").exclusion, ExclusionReason::kProsecuted);
  EXPECT_EQ(LineOf(input, result, "i").exclusion, ExclusionReason::kProsecuted);
  EXPECT_EQ(LineOf(input, result, "d").exclusion, ExclusionReason::kProsecuted);
  EXPECT_EQ(LineOf(input, result, "both").exclusion, ExclusionReason::kSuspended);
  ASSERT_EQ(result.exclusions.size(), 2u);
  EXPECT_EQ(result.exclusions[0].reason, ExclusionReason::kSuspended);
  EXPECT_EQ(result.exclusions[0].count, 1);
  EXPECT_EQ(result.exclusions[1].reason, ExclusionReason::kProsecuted);
  EXPECT_EQ(result.exclusions[1].count, 3);
  EXPECT_EQ(result.denominator, 0);
}

TEST(MembersRollTest, AbsentWithAcceptedReasonOnly) {  // R-THRESHOLD
  RollInput input = Members({Member("yes"), Member("no"), Member("silent"), Member("here")});
  input.absences = {Away("yes", 0, "Ốm nặng", true), Away("no", 0, "Việc riêng", false),
                    Away("silent", 0, "  ", false)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "yes").exclusion, ExclusionReason::kAbsentWithReason);
  EXPECT_FALSE(LineOf(input, result, "no").exclusion);
  EXPECT_FALSE(LineOf(input, result, "silent").exclusion);
  EXPECT_EQ(result.denominator, 3);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].warning, RollWarning::kWholeAbsenceNoReason);
  EXPECT_EQ(result.findings[0].person, "silent");
}

TEST(MembersRollTest, PrecedenceOfExclusions) {  // R-THRESHOLD
  RollInput input =
      Members({Member("a", MemberState::kTemporaryTransfer), Member("b", MemberState::kExempt),
               Member("c", MemberState::kTemporaryTransfer), Member("d", MemberState::kSuspended)});
  input.issues = {Issue("c", CredentialIssueKind::kProsecuted)};
  input.absences = {Away("a", 0, "x", true), Away("b", 0, "x", true), Away("c", 0, "x", true),
                    Away("d", 0, "x", true)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "a").exclusion, ExclusionReason::kTemporaryTransferAbsent);
  EXPECT_EQ(LineOf(input, result, "b").exclusion, ExclusionReason::kExemptAbsent);
  EXPECT_EQ(LineOf(input, result, "c").exclusion, ExclusionReason::kProsecuted);
  EXPECT_EQ(LineOf(input, result, "d").exclusion, ExclusionReason::kSuspended);
  EXPECT_EQ(result.excluded, 4);
}

TEST(MembersRollTest, DelegateFactsAreRefused) {  // R-CREDENTIALS concerns delegates
  for (CredentialIssueKind kind :
       {CredentialIssueKind::kWrongProcedure, CredentialIssueKind::kRetired,
        CredentialIssueKind::kTransferred}) {
    RollInput input = Members({Member("a"), Member("b")});
    input.issues = {Issue("a", CredentialIssueKind::kSuspended),
                    Issue("b", kind, kOpening.AddDays(30))};  // even when it would not count
    ExpectError(input, "issues[1].kind");
  }
}

// ---- Delegates' congress: R-EX-OFFICIO, R-CREDENTIALS ------------------------------------------

TEST(DelegatesRollTest, ExOfficioRetiredOrTransferredByTheOpening) {  // R-CREDENTIALS
  RollInput input =
      Delegates({ExOfficio("before"), ExOfficio("on"), ExOfficio("after"), ExOfficio("moved")});
  input.issues = {Issue("before", CredentialIssueKind::kRetired, kOpening.AddDays(-1)),
                  Issue("on", CredentialIssueKind::kRetired, kOpening),
                  Issue("after", CredentialIssueKind::kRetired, kOpening.AddDays(1)),
                  Issue("moved", CredentialIssueKind::kTransferred)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "before").not_convened, NotConvenedReason::kRetired);
  EXPECT_EQ(LineOf(input, result, "on").not_convened, NotConvenedReason::kRetired);
  EXPECT_TRUE(LineOf(input, result, "after").convened);
  EXPECT_EQ(LineOf(input, result, "moved").not_convened, NotConvenedReason::kTransferred);
  EXPECT_EQ(result.convened, 1);
  EXPECT_TRUE(result.findings.empty());
}

TEST(DelegatesRollTest, FirstGroundInEnumOrder) {  // R-CREDENTIALS
  RollInput input = Delegates({ExOfficio("e"), Official("o", "A", 1)});
  input.issues = {Issue("e", CredentialIssueKind::kTransferred),
                  Issue("e", CredentialIssueKind::kWrongProcedure),
                  Issue("o", CredentialIssueKind::kDetained),
                  Issue("o", CredentialIssueKind::kIndicted)};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "e").not_convened, NotConvenedReason::kWrongProcedure);
  EXPECT_EQ(LineOf(input, result, "o").not_convened, NotConvenedReason::kIndicted);
}

TEST(DelegatesRollTest, EveryGroundKeepsADelegateAway) {  // R-CREDENTIALS
  for (CredentialIssueKind kind :
       {CredentialIssueKind::kSuspended, CredentialIssueKind::kProsecuted,
        CredentialIssueKind::kIndicted, CredentialIssueKind::kDetained,
        CredentialIssueKind::kWrongProcedure}) {
    RollInput input = Delegates({Official("o", "A", 1), ExOfficio("e")});
    input.issues = {Issue("o", kind), Issue("e", kind)};
    const RollResult result = Roll(input);
    EXPECT_FALSE(result.lines[0].convened) << ToString(kind);
    EXPECT_STREQ(ToString(*result.lines[0].not_convened), ToString(kind));
    EXPECT_FALSE(result.lines[1].convened) << ToString(kind);
    EXPECT_EQ(result.convened, 0);
  }
}

TEST(DelegatesRollTest, RetirementIsNoGroundForAnElectedDelegate) {  // R-CREDENTIALS
  RollInput input =
      Delegates({Official("o", "A", 1), Alternate("p", "A", 1), Official("q", "A", 2)});
  input.issues = {Issue("o", CredentialIssueKind::kRetired),
                  Issue("o", CredentialIssueKind::kTransferred),
                  Issue("p", CredentialIssueKind::kTransferred),
                  Issue("q", CredentialIssueKind::kRetired, kOpening.AddDays(1))};
  const RollResult result = Roll(input);
  EXPECT_TRUE(LineOf(input, result, "o").convened);
  EXPECT_FALSE(LineOf(input, result, "o").not_convened);
  EXPECT_EQ(LineOf(input, result, "p").not_convened, NotConvenedReason::kAlternateUnused);
  ASSERT_EQ(result.findings.size(), 2u);  // one per person; q's takes effect after the opening
  EXPECT_EQ(result.findings[0].warning, RollWarning::kNotGroundForDelegate);
  EXPECT_EQ(result.findings[0].person, "o");
  EXPECT_EQ(result.findings[1].person, "p");
}

// ---- R-ALLOCATION -----------------------------------------------------------------------------

TEST(DelegatesRollTest, OverAllocationLowestRankFirst) {  // R-ALLOCATION
  RollInput input =
      Delegates({Official("o3", "A", 7), Official("o1", "A", 2), Official("o2", "A", 5)});
  input.allocated = {{"A", 2}};
  const RollResult result = Roll(input);
  // Position in rank order decides, ranks need not be 1..n.
  EXPECT_EQ(LineOf(input, result, "o3").not_convened, NotConvenedReason::kOverAllocation);
  EXPECT_TRUE(LineOf(input, result, "o1").convened);
  EXPECT_TRUE(LineOf(input, result, "o2").convened);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].warning, RollWarning::kOverAllocation);
  EXPECT_EQ(result.findings[0].unit_code, "A");
  EXPECT_EQ(result.findings[0].recorded, 3);
  EXPECT_EQ(result.findings[0].allocated, 2);
}

TEST(DelegatesRollTest, CredentialGroundWinsOverOverAllocation) {  // R-CREDENTIALS, R-ALLOCATION
  RollInput input = Delegates({Official("o1", "A", 1), Official("o2", "A", 2)});
  input.issues = {Issue("o2", CredentialIssueKind::kSuspended)};
  input.allocated = {{"A", 1}};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "o2").not_convened, NotConvenedReason::kSuspended);
}

TEST(DelegatesRollTest, IncompleteAndUnallocatedDelegations) {  // R-ALLOCATION
  RollInput input =
      Delegates({Official("z1", "Z", 1), Official("b1", "B", 1), Alternate("c1", "C", 1)});
  input.allocated = {{"B", 3}, {"C", 2}, {"E", 0}, {"A", 1}};
  const RollResult result = Roll(input);
  EXPECT_TRUE(LineOf(input, result, "z1").convened);  // not allocated: stays convened
  ASSERT_EQ(result.findings.size(), 4u);
  EXPECT_EQ(result.findings[0].unit_code, "A");
  EXPECT_EQ(result.findings[0].warning, RollWarning::kDelegationIncomplete);
  EXPECT_EQ(result.findings[0].recorded, 0);
  EXPECT_EQ(result.findings[0].allocated, 1);
  EXPECT_EQ(result.findings[1].unit_code, "B");
  EXPECT_EQ(result.findings[1].recorded, 1);
  EXPECT_EQ(result.findings[1].allocated, 3);
  EXPECT_EQ(result.findings[2].unit_code, "C");  // alternates only: no official recorded
  EXPECT_EQ(result.findings[2].recorded, 0);
  EXPECT_EQ(result.findings[3].unit_code, "Z");
  EXPECT_EQ(result.findings[3].warning, RollWarning::kUnitNotAllocated);
  EXPECT_EQ(result.findings[3].recorded, 1);
  EXPECT_EQ(result.findings[3].allocated, 0);
}

TEST(DelegatesRollTest, NoAllocationNoDelegationFindings) {  // R-ALLOCATION
  RollInput input = Delegates({Official("o1", "A", 1), Official("o2", "A", 2)});
  const RollResult result = Roll(input);
  EXPECT_TRUE(result.findings.empty());
  EXPECT_EQ(result.convened, 2);
}

TEST(DelegatesRollTest, UnitFindingsBeforePersonFindings) {
  RollInput input = Delegates({Official("o1", "B", 1), Official("o2", "A", 1)});
  input.absences = {Away("o1", 0, "")};
  input.allocated = {{"A", 2}, {"B", 1}};
  const RollResult result = Roll(input);
  ASSERT_EQ(result.findings.size(), 2u);
  EXPECT_EQ(result.findings[0].warning, RollWarning::kDelegationIncomplete);
  EXPECT_EQ(result.findings[1].warning, RollWarning::kWholeAbsenceNoReason);
  EXPECT_EQ(result.findings[1].person, "o1");
}

// ---- Replacement (R-CREDENTIALS) and the delegates' exclusions (R-THRESHOLD)
// ---------------------

TEST(DelegatesRollTest, SuspendedOfficialReplacedByFirstAlternate) {  // R-CREDENTIALS
  RollInput input = Delegates({Official("o1", "A", 1), Official("o2", "A", 2),
                               Alternate("p2", "A", 2), Alternate("p1", "A", 1)});
  input.issues = {Issue("o1", CredentialIssueKind::kSuspended)};
  input.allocated = {{"A", 2}};
  const RollResult result = Roll(input);
  const RollLine& o1 = LineOf(input, result, "o1");
  EXPECT_FALSE(o1.convened);
  EXPECT_EQ(o1.not_convened, NotConvenedReason::kSuspended);
  EXPECT_EQ(o1.replaced_by, "p1");
  EXPECT_TRUE(LineOf(input, result, "p1").convened);
  EXPECT_EQ(LineOf(input, result, "p1").replaces, "o1");
  EXPECT_EQ(LineOf(input, result, "p2").not_convened, NotConvenedReason::kAlternateUnused);
  EXPECT_EQ(result.convened, 2);  // the base keeps its size
}

TEST(DelegatesRollTest, AbsentOfficialsReplacedInRankOrder) {  // R-CREDENTIALS, R-THRESHOLD
  RollInput input = Delegates({Official("o1", "A", 1), Official("o2", "A", 2),
                               Official("o3", "A", 3), Alternate("p1", "A", 1)});
  input.absences = {Away("o3"), Away("o1")};
  const RollResult result = Roll(input);
  const RollLine& o1 = LineOf(input, result, "o1");
  EXPECT_FALSE(o1.convened);
  EXPECT_EQ(o1.not_convened, NotConvenedReason::kReplaced);
  EXPECT_EQ(o1.replaced_by, "p1");
  EXPECT_FALSE(o1.exclusion);
  const RollLine& o3 = LineOf(input, result, "o3");
  EXPECT_TRUE(o3.convened);
  EXPECT_EQ(o3.exclusion, ExclusionReason::kAbsentDelegateUnreplaced);
  EXPECT_EQ(result.convened, 3);
  EXPECT_EQ(result.denominator, 2);
}

TEST(DelegatesRollTest, AlternatesWhoCannotStandInAreSkipped) {  // R-CREDENTIALS
  RollInput input = Delegates({Official("o1", "A", 1), Alternate("p1", "A", 1),
                               Alternate("p2", "A", 2), Alternate("p3", "A", 3)});
  input.issues = {Issue("p1", CredentialIssueKind::kSuspended),
                  Issue("p3", CredentialIssueKind::kRetired)};  // not a ground for p3
  input.absences = {Away("o1"), Away("p2")};
  const RollResult result = Roll(input);
  EXPECT_EQ(LineOf(input, result, "p1").not_convened, NotConvenedReason::kSuspended);
  EXPECT_EQ(LineOf(input, result, "p2").not_convened, NotConvenedReason::kAlternateUnused);
  EXPECT_EQ(LineOf(input, result, "p3").replaces, "o1");
  EXPECT_EQ(LineOf(input, result, "o1").replaced_by, "p3");
  EXPECT_EQ(result.convened, 1);
  EXPECT_EQ(result.excluded, 0);
}

TEST(DelegatesRollTest, AbsentAndSuspendedOfficialKeepsTheCredentialReason) {  // R-CREDENTIALS
  RollInput input = Delegates({Official("o1", "A", 1), Alternate("p1", "A", 1)});
  input.issues = {Issue("o1", CredentialIssueKind::kWrongProcedure)};
  input.absences = {Away("o1")};
  const RollResult result = Roll(input);
  EXPECT_EQ(result.lines[0].not_convened, NotConvenedReason::kWrongProcedure);
  EXPECT_EQ(result.lines[0].replaced_by, "p1");
  EXPECT_TRUE(result.lines[1].convened);
}

TEST(DelegatesRollTest, AlternatesStayInTheirDelegation) {  // R-CREDENTIALS
  RollInput input = Delegates({Official("a1", "A", 1), Alternate("b1", "B", 1)});
  input.absences = {Away("a1")};
  const RollResult result = Roll(input);
  EXPECT_TRUE(result.lines[0].convened);
  EXPECT_EQ(result.lines[0].exclusion, ExclusionReason::kAbsentDelegateUnreplaced);
  EXPECT_EQ(result.lines[1].not_convened, NotConvenedReason::kAlternateUnused);
}

TEST(DelegatesRollTest, OfficialsBeyondTheSeatsAreNotReplaced) {  // R-ALLOCATION, R-CREDENTIALS
  RollInput input =
      Delegates({Official("o1", "A", 1), Official("o2", "A", 2), Alternate("p1", "A", 1)});
  input.absences = {Away("o2")};
  input.allocated = {{"A", 1}};
  const RollResult result = Roll(input);
  EXPECT_EQ(result.lines[1].not_convened, NotConvenedReason::kOverAllocation);
  EXPECT_FALSE(result.lines[1].exclusion);
  EXPECT_EQ(result.lines[2].not_convened, NotConvenedReason::kAlternateUnused);
  EXPECT_EQ(result.convened, 1);
  EXPECT_EQ(result.excluded, 0);
}

TEST(DelegatesRollTest, ExOfficioAbsentIsExcludedNeverReplaced) {  // R-EX-OFFICIO, R-THRESHOLD
  RollInput input = Delegates(
      {ExOfficio("e1"), ExOfficio("e2"), Official("o1", "A", 1), Alternate("p1", "A", 1)});
  input.issues = {Issue("e2", CredentialIssueKind::kRetired)};
  input.absences = {Away("e1"), Away("e2")};
  const RollResult result = Roll(input);
  EXPECT_TRUE(result.lines[0].convened);
  EXPECT_EQ(result.lines[0].exclusion, ExclusionReason::kAbsentCommitteeMember);
  EXPECT_TRUE(result.lines[0].replaced_by.empty());
  EXPECT_FALSE(result.lines[1].exclusion);  // not convened: nothing to take off
  EXPECT_EQ(result.lines[3].not_convened, NotConvenedReason::kAlternateUnused);
  EXPECT_EQ(result.convened, 2);
  EXPECT_EQ(result.denominator, 1);
  ASSERT_EQ(result.exclusions.size(), 1u);
  EXPECT_EQ(result.exclusions[0].reason, ExclusionReason::kAbsentCommitteeMember);
}

// ---- Sessions and findings ---------------------------------------------------------------------

TEST(RollSessionsTest, PresentAreConvenedAndAttending) {
  RollInput input = Delegates({ExOfficio("e1"), Official("o1", "A", 1), Official("o2", "A", 2),
                               Alternate("p1", "A", 1), Alternate("p2", "A", 2)});
  input.sessions = {{2, "Phiên chính thức", D("2020-06-15")}, {1, "Phiên trù bị", kOpening}};
  input.absences = {Away("o1"), Away("e1", 2), Away("e1", 1), Away("p2", 1)};
  const RollResult result = Roll(input);
  ASSERT_EQ(result.sessions.size(), 2u);
  EXPECT_EQ(result.sessions[0].number, 2);   // input order
  EXPECT_EQ(result.sessions[0].present, 2);  // o2, p1
  EXPECT_EQ(result.sessions[0].absent, 1);   // e1
  EXPECT_EQ(result.sessions[1].number, 1);
  EXPECT_EQ(result.sessions[1].present, 2);  // p2 is not convened: not counted
  EXPECT_EQ(result.lines[0].absent_sessions, (std::vector<int>{1, 2}));
  EXPECT_EQ(result.lines[4].absent_sessions, (std::vector<int>{1}));
}

TEST(RollFindingsTest, NoReasonOnlyForTheConvened) {
  RollInput input =
      Delegates({Official("o1", "A", 1), Alternate("p1", "A", 1), Alternate("p2", "A", 2)});
  input.absences = {Away("o1", 0, ""), Away("p2", 0, "")};
  const RollResult result = Roll(input);
  EXPECT_TRUE(result.findings.empty());  // o1 is replaced, p2 replaces nobody
}

TEST(RollApplyTest, ElectionTakesTheRoll) {  // R-THRESHOLD
  RollInput input = Delegates(
      {ExOfficio("e1"), Official("o1", "A", 1), Official("o2", "A", 2), Official("o3", "A", 3)});
  input.absences = {Away("e1"), Away("o3")};
  const RollResult result = Roll(input);
  Election election;
  ApplyRoll(result, CongressKind::kDelegates, election);
  EXPECT_EQ(election.congress_kind, CongressKind::kDelegates);
  EXPECT_EQ(election.convened, 4);
  ASSERT_EQ(election.exclusions.size(), 2u);
  Result<ThresholdFigures> figures = ComputeThreshold(election);
  ASSERT_TRUE(figures.ok()) << figures.error().Describe();
  EXPECT_EQ(figures->denominator, result.denominator);
  EXPECT_EQ(figures->votes_needed, 2);
}

// ---- Validation -------------------------------------------------------------------------------

TEST(RollValidationTest, FieldsNamed) {
  {
    RollInput input = Delegates({Official("", "A", 1)});
    ExpectError(input, "people[0].key");
  }
  {
    RollInput input = Delegates({Official("o", "A", 1), Official("o", "A", 2)});
    ExpectError(input, "people[1].key");
  }
  {
    RollInput input = Delegates({ExOfficio("e"), Member("m")});
    ExpectError(input, "people[1].role");
  }
  for (RollRole role : {RollRole::kExOfficio, RollRole::kOfficial, RollRole::kAlternate}) {
    RollInput input = Members({Member("m"), Delegate("d", role, "A", 1)});
    ExpectError(input, "people[1].role");
  }
  {
    RollInput input = Delegates({Alternate("p", "", 1)});
    ExpectError(input, "people[0].unit_code");
  }
  {
    RollInput input = Delegates({Official("o", "A", 0)});
    ExpectError(input, "people[0].rank");
  }
  {
    RollInput input = Delegates({Official("o1", "A", 1), Alternate("p1", "A", 1),
                                 Official("b1", "B", 1), Alternate("p2", "A", 1)});
    ExpectError(input, "people[3].rank");
  }
  {
    RollInput input = Delegates({Official("o", "A", 1)});
    input.sessions = {{1, "", std::nullopt}, {1, "", std::nullopt}};
    ExpectError(input, "sessions[1].number");
    input.sessions = {{0, "", std::nullopt}};
    ExpectError(input, "sessions[0].number");
  }
  {
    RollInput input = Delegates({Official("o", "A", 1)});
    input.issues = {Issue("o", CredentialIssueKind::kSuspended),
                    Issue("x", CredentialIssueKind::kSuspended)};
    ExpectError(input, "issues[1].person");
  }
  {
    RollInput input = Delegates({Official("o", "A", 1)});
    input.absences = {Away("x")};
    ExpectError(input, "absences[0].person");
    input.absences = {Away("o", 1)};  // no session 1
    ExpectError(input, "absences[0].session");
    input.sessions = {{1, "", std::nullopt}};
    input.absences = {Away("o", 1), Away("o", 0), Away("o", 1)};
    ExpectError(input, "absences[2].session");
  }
  {
    RollInput input = Delegates({Official("o", "A", 1)});
    input.allocated = {{"A", -1}};
    ExpectError(input, "allocated.A");
  }
}

// ---- Properties over random rolls -------------------------------------------------------------

RollInput RandomRoll(std::mt19937& rng) {
  std::uniform_int_distribution<int> small(0, 6);
  std::bernoulli_distribution coin(0.5);
  std::bernoulli_distribution some(0.25);
  const CongressKind kind = coin(rng) ? CongressKind::kDelegates : CongressKind::kMembers;
  RollInput input;
  input.kind = kind;
  input.opening = kOpening;
  const int sessions = small(rng) % 4;
  for (int number = 1; number <= sessions; ++number) {
    input.sessions.push_back({number, "Phiên " + std::to_string(number), std::nullopt});
  }
  if (kind == CongressKind::kMembers) {
    const int members = 1 + small(rng) * 3;
    for (int index = 0; index < members; ++index) {
      const auto state = static_cast<MemberState>(std::uniform_int_distribution<int>(0, 3)(rng));
      input.people.push_back(Member("m" + std::to_string(index), state));
    }
  } else {
    const int ex_officio = small(rng);
    for (int index = 0; index < ex_officio; ++index) {
      input.people.push_back(ExOfficio("e" + std::to_string(index)));
    }
    const int units = 1 + small(rng) % 4;
    const bool allocation = coin(rng);
    for (int unit = 0; unit < units; ++unit) {
      const std::string code = "U" + std::to_string(unit);
      const int officials = small(rng);
      const int alternates = small(rng) % 3;
      // Ranks in a shuffled order, to show that rank, not input order, decides.
      std::vector<RollPerson> delegation;
      for (int rank = 1; rank <= officials; ++rank) {
        delegation.push_back(Official(code + "o" + std::to_string(rank), code, rank));
      }
      for (int rank = 1; rank <= alternates; ++rank) {
        delegation.push_back(Alternate(code + "p" + std::to_string(rank), code, rank));
      }
      std::shuffle(delegation.begin(), delegation.end(), rng);
      input.people.insert(input.people.end(), delegation.begin(), delegation.end());
      if (allocation && !some(rng)) input.allocated[code] = small(rng);
    }
    if (allocation && input.allocated.empty()) input.allocated["U0"] = 1;
  }
  const int kinds = kind == CongressKind::kMembers ? 4 : 7;
  for (const RollPerson& person : input.people) {
    while (some(rng)) {
      const auto issue_kind =
          static_cast<CredentialIssueKind>(std::uniform_int_distribution<int>(0, kinds - 1)(rng));
      const int offset = std::uniform_int_distribution<int>(-60, 10)(rng);
      input.issues.push_back(Issue(person.key, issue_kind, kOpening.AddDays(offset)));
    }
    for (int session = 0; session <= sessions; ++session) {
      if (some(rng)) {
        input.absences.push_back(Away(person.key, session, coin(rng) ? "Ốm" : "", coin(rng)));
      }
    }
  }
  return input;
}

void ExpectSameRoll(const RollResult& a, const RollResult& b) {
  ASSERT_EQ(a.lines.size(), b.lines.size());
  for (size_t i = 0; i < a.lines.size(); ++i) {
    EXPECT_EQ(a.lines[i].convened, b.lines[i].convened);
    EXPECT_EQ(a.lines[i].not_convened, b.lines[i].not_convened);
    EXPECT_EQ(a.lines[i].replaces, b.lines[i].replaces);
    EXPECT_EQ(a.lines[i].replaced_by, b.lines[i].replaced_by);
    EXPECT_EQ(a.lines[i].absent_whole, b.lines[i].absent_whole);
    EXPECT_EQ(a.lines[i].exclusion, b.lines[i].exclusion);
    EXPECT_EQ(a.lines[i].absent_sessions, b.lines[i].absent_sessions);
  }
  EXPECT_EQ(a.convened, b.convened);
  EXPECT_EQ(a.excluded, b.excluded);
  EXPECT_EQ(a.denominator, b.denominator);
  ASSERT_EQ(a.exclusions.size(), b.exclusions.size());
  for (size_t i = 0; i < a.exclusions.size(); ++i) {
    EXPECT_EQ(a.exclusions[i].reason, b.exclusions[i].reason);
    EXPECT_EQ(a.exclusions[i].count, b.exclusions[i].count);
  }
  ASSERT_EQ(a.sessions.size(), b.sessions.size());
  for (size_t i = 0; i < a.sessions.size(); ++i) {
    EXPECT_EQ(a.sessions[i].present, b.sessions[i].present);
    EXPECT_EQ(a.sessions[i].absent, b.sessions[i].absent);
  }
  ASSERT_EQ(a.findings.size(), b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    EXPECT_EQ(a.findings[i].warning, b.findings[i].warning);
    EXPECT_EQ(a.findings[i].unit_code, b.findings[i].unit_code);
    EXPECT_EQ(a.findings[i].person, b.findings[i].person);
    EXPECT_EQ(a.findings[i].recorded, b.findings[i].recorded);
    EXPECT_EQ(a.findings[i].allocated, b.findings[i].allocated);
  }
}

constexpr int kRandomRolls = 400;

TEST(RollPropertyTest, DenominatorIsConvenedLessExcluded) {  // R-THRESHOLD
  std::mt19937 rng(20200614);
  for (int round = 0; round < kRandomRolls; ++round) {
    const RollInput input = RandomRoll(rng);
    const RollResult result = Roll(input);
    int64_t convened = 0;
    int64_t excluded = 0;
    for (const RollLine& line : result.lines) {
      convened += line.convened ? 1 : 0;
      excluded += line.exclusion ? 1 : 0;
      if (line.exclusion) {
        EXPECT_TRUE(line.convened);  // only the convened are taken off
      }
      EXPECT_EQ(line.convened, !line.not_convened);
    }
    EXPECT_EQ(result.convened, convened);
    EXPECT_EQ(result.excluded, excluded);
    EXPECT_EQ(result.denominator, result.convened - result.excluded);
    int64_t by_reason = 0;
    for (size_t i = 0; i < result.exclusions.size(); ++i) {
      EXPECT_GT(result.exclusions[i].count, 0);
      if (i > 0) {
        EXPECT_LT(result.exclusions[i - 1].reason, result.exclusions[i].reason);
      }
      by_reason += result.exclusions[i].count;
    }
    EXPECT_EQ(by_reason, result.excluded);
    for (const SessionAttendance& session : result.sessions) {
      EXPECT_EQ(session.present + session.absent, result.convened);
    }
  }
}

TEST(RollPropertyTest, ExclusionsBelongToTheCongressKind) {  // R-THRESHOLD
  std::mt19937 rng(7);
  for (int round = 0; round < kRandomRolls; ++round) {
    const RollInput input = RandomRoll(rng);
    const RollResult result = Roll(input);
    for (const Exclusion& exclusion : result.exclusions) {
      EXPECT_EQ(ExclusionCongressKind(exclusion.reason), input.kind);
    }
    if (input.kind == CongressKind::kMembers) {
      for (const RollLine& line : result.lines) EXPECT_TRUE(line.convened);
    }
    if (result.denominator > 0) {
      Election election;
      ApplyRoll(result, input.kind, election);
      Result<ThresholdFigures> figures = ComputeThreshold(election);
      ASSERT_TRUE(figures.ok()) << figures.error().Describe();
      EXPECT_EQ(figures->denominator, result.denominator);
    }
  }
}

TEST(RollPropertyTest, DelegationsNeverExceedTheirSeats) {  // R-ALLOCATION, R-CREDENTIALS
  std::mt19937 rng(275);
  int checked = 0;
  for (int round = 0; round < kRandomRolls; ++round) {
    const RollInput input = RandomRoll(rng);
    if (input.kind != CongressKind::kDelegates) continue;
    const RollResult result = Roll(input);
    int64_t ex_officio = 0;
    std::map<std::string, int64_t> officials;
    std::map<std::string, int64_t> convened;
    std::map<std::string, int64_t> replacing;
    std::map<std::string, int64_t> replaced;
    for (size_t i = 0; i < input.people.size(); ++i) {
      const RollPerson& person = input.people[i];
      const RollLine& line = result.lines[i];
      if (person.role == RollRole::kExOfficio) {
        ex_officio += line.convened ? 1 : 0;
        EXPECT_TRUE(line.replaced_by.empty());
        continue;
      }
      if (person.role == RollRole::kOfficial) ++officials[person.unit_code];
      if (line.convened) ++convened[person.unit_code];
      if (!line.replaces.empty()) ++replacing[person.unit_code];
      if (!line.replaced_by.empty()) ++replaced[person.unit_code];
      if (person.role == RollRole::kAlternate) {
        EXPECT_EQ(line.convened, !line.replaces.empty());
        EXPECT_FALSE(line.exclusion);
      }
    }
    int64_t bound = ex_officio;
    std::set<std::string> units;
    for (const RollPerson& person : input.people) {
      if (person.role != RollRole::kExOfficio) units.insert(person.unit_code);
    }
    for (const std::string& unit : units) {
      auto allocated = input.allocated.find(unit);
      const int64_t seats = input.allocated.empty() || allocated == input.allocated.end()
                                ? officials[unit]
                                : std::min(officials[unit], allocated->second);
      EXPECT_LE(convened[unit], seats) << unit;
      EXPECT_EQ(replacing[unit], replaced[unit]) << unit;
      bound += seats;
    }
    EXPECT_LE(result.convened, bound);
    ++checked;
  }
  EXPECT_GT(checked, kRandomRolls / 4);
}

TEST(RollPropertyTest, OrderOfIssuesAndAbsencesDoesNotMatter) {
  std::mt19937 rng(31);
  for (int round = 0; round < kRandomRolls; ++round) {
    RollInput input = RandomRoll(rng);
    const RollResult first = Roll(input);
    std::shuffle(input.issues.begin(), input.issues.end(), rng);
    std::shuffle(input.absences.begin(), input.absences.end(), rng);
    ExpectSameRoll(first, Roll(input));
  }
}

}  // namespace
}  // namespace daihoi::election
