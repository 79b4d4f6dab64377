#include "election/roll.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace daihoi::election {
namespace {

template <class Enum, size_t N>
std::optional<Enum> Lookup(const std::pair<Enum, const char*> (&table)[N], std::string_view text) {
  for (const auto& [value, name] : table) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <class Enum, size_t N>
const char* Name(const std::pair<Enum, const char*> (&table)[N], Enum value) {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return "";
}

constexpr std::pair<RollRole, const char*> kRoles[] = {
    {RollRole::kExOfficio, "ex_officio"},
    {RollRole::kOfficial, "official"},
    {RollRole::kAlternate, "alternate"},
    {RollRole::kMember, "member"},
};

constexpr std::pair<MemberState, const char*> kStates[] = {
    {MemberState::kActive, "active"},
    {MemberState::kTemporaryTransfer, "temporary_transfer"},
    {MemberState::kExempt, "exempt"},
    {MemberState::kSuspended, "suspended"},
};

constexpr std::pair<CredentialIssueKind, const char*> kIssueKinds[] = {
    {CredentialIssueKind::kSuspended, "suspended"},
    {CredentialIssueKind::kProsecuted, "prosecuted"},
    {CredentialIssueKind::kIndicted, "indicted"},
    {CredentialIssueKind::kDetained, "detained"},
    {CredentialIssueKind::kWrongProcedure, "wrong_procedure"},
    {CredentialIssueKind::kRetired, "retired"},
    {CredentialIssueKind::kTransferred, "transferred"},
};
constexpr size_t kIssueKindCount = std::size(kIssueKinds);

constexpr std::pair<NotConvenedReason, const char*> kNotConvened[] = {
    {NotConvenedReason::kSuspended, "suspended"},
    {NotConvenedReason::kProsecuted, "prosecuted"},
    {NotConvenedReason::kIndicted, "indicted"},
    {NotConvenedReason::kDetained, "detained"},
    {NotConvenedReason::kWrongProcedure, "wrong_procedure"},
    {NotConvenedReason::kRetired, "retired"},
    {NotConvenedReason::kTransferred, "transferred"},
    {NotConvenedReason::kOverAllocation, "over_allocation"},
    {NotConvenedReason::kReplaced, "replaced"},
    {NotConvenedReason::kAlternateUnused, "alternate_unused"},
};

constexpr std::pair<RollWarning, const char*> kWarnings[] = {
    {RollWarning::kOverAllocation, "over_allocation"},
    {RollWarning::kDelegationIncomplete, "delegation_incomplete"},
    {RollWarning::kUnitNotAllocated, "unit_not_allocated"},
    {RollWarning::kNotGroundForDelegate, "not_ground_for_delegate"},
    {RollWarning::kWholeAbsenceNoReason, "whole_absence_no_reason"},
};

constexpr int kExclusionReasonCount = 7;

std::string Index(const char* list, size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

bool IsDelegateRole(RollRole role) {
  return role == RollRole::kOfficial || role == RollRole::kAlternate;
}

bool Blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// What the input says about one person, gathered once (issues and absences in any order).
struct Facts {
  std::array<bool, kIssueKindCount> counting{};  // by CredentialIssueKind: took effect by opening
  bool absent_whole = false;
  std::string whole_reason;
  bool whole_accepted = false;
  std::vector<int> absent_sessions;             // ascending after gathering
  std::optional<NotConvenedReason> credential;  // delegates' congress: R-CREDENTIALS ground
};

bool Has(const Facts& facts, CredentialIssueKind kind) {
  return facts.counting[static_cast<size_t>(kind)];
}

Status Validate(const RollInput& input, std::unordered_map<std::string, size_t>& index_of) {
  const bool delegates = input.kind == CongressKind::kDelegates;
  // (unit, role, rank) already seen, for `people[i].rank`.
  std::set<std::tuple<std::string, RollRole, int>> ranks;
  for (size_t i = 0; i < input.people.size(); ++i) {
    const RollPerson& person = input.people[i];
    const std::string where = Index("people", i);
    if (person.key.empty()) return InvalidInput("thiếu khóa (key missing)", where + ".key");
    if (!index_of.emplace(person.key, i).second) {
      return InvalidInput("khóa '" + person.key + "' bị trùng (key repeated)", where + ".key");
    }
    if ((person.role == RollRole::kMember) == delegates) {
      return InvalidInput(std::string("vai trò '") + ToString(person.role) +
                              "' không thuộc đại hội " + (delegates ? "đại biểu" : "đảng viên") +
                              (delegates ? " (a delegates' congress convenes ex_officio, "
                                           "official, alternate)"
                                         : " (a members' congress convenes members only)"),
                          where + ".role");
    }
    if (!IsDelegateRole(person.role)) continue;
    if (person.unit_code.empty()) {
      return InvalidInput("thiếu mã đơn vị bầu ra đoàn đại biểu (unit_code missing)",
                          where + ".unit_code");
    }
    if (person.rank <= 0) {
      return InvalidInput("thứ tự phải là số nguyên dương (rank must be positive), got " +
                              std::to_string(person.rank),
                          where + ".rank");
    }
    if (!ranks.emplace(person.unit_code, person.role, person.rank).second) {
      return InvalidInput("thứ tự " + std::to_string(person.rank) + " bị trùng trong đoàn " +
                              person.unit_code + " (rank repeated within the delegation and role)",
                          where + ".rank");
    }
  }

  std::set<int> numbers;
  for (size_t i = 0; i < input.sessions.size(); ++i) {
    const int number = input.sessions[i].number;
    const std::string where = Index("sessions", i) + ".number";
    if (number <= 0) {
      return InvalidInput(
          "số phiên phải là số nguyên dương (must be positive), got " + std::to_string(number),
          where);
    }
    if (!numbers.insert(number).second) {
      return InvalidInput("phiên " + std::to_string(number) + " bị trùng (session repeated)",
                          where);
    }
  }

  for (size_t i = 0; i < input.issues.size(); ++i) {
    const CredentialIssue& issue = input.issues[i];
    const std::string where = Index("issues", i);
    if (!index_of.count(issue.person)) {
      return InvalidInput("không có người '" + issue.person + "' trong danh sách (unknown person)",
                          where + ".person");
    }
    // Retirement, transfer and a wrong election procedure concern delegates (R-CREDENTIALS).
    if (!delegates && (issue.kind == CredentialIssueKind::kWrongProcedure ||
                       issue.kind == CredentialIssueKind::kRetired ||
                       issue.kind == CredentialIssueKind::kTransferred)) {
      return InvalidInput(std::string("'") + ToString(issue.kind) +
                              "' không áp dụng cho đại hội đảng viên (not a fact of a members' "
                              "congress: suspended, prosecuted, indicted, detained)",
                          where + ".kind");
    }
  }

  std::set<std::pair<std::string, int>> absences;
  for (size_t i = 0; i < input.absences.size(); ++i) {
    const Absence& absence = input.absences[i];
    const std::string where = Index("absences", i);
    if (!index_of.count(absence.person)) {
      return InvalidInput(
          "không có người '" + absence.person + "' trong danh sách (unknown person)",
          where + ".person");
    }
    if (absence.session != 0 && !numbers.count(absence.session)) {
      return InvalidInput("không có phiên " + std::to_string(absence.session) +
                              " (unknown session; 0 is the whole congress)",
                          where + ".session");
    }
    if (!absences.emplace(absence.person, absence.session).second) {
      return InvalidInput("vắng mặt của '" + absence.person + "' ở phiên " +
                              std::to_string(absence.session) +
                              " đã ghi (absence repeated for the person and session)",
                          where + ".session");
    }
  }

  for (const auto& [unit, seats] : input.allocated) {
    if (seats < 0) {
      return InvalidInput("số đại biểu phân bổ không được âm (must not be negative)",
                          "allocated." + unit);
    }
  }
  return {};
}

std::optional<NotConvenedReason> ToNotConvened(CredentialIssueKind kind) {
  switch (kind) {
    case CredentialIssueKind::kSuspended:
      return NotConvenedReason::kSuspended;
    case CredentialIssueKind::kProsecuted:
      return NotConvenedReason::kProsecuted;
    case CredentialIssueKind::kIndicted:
      return NotConvenedReason::kIndicted;
    case CredentialIssueKind::kDetained:
      return NotConvenedReason::kDetained;
    case CredentialIssueKind::kWrongProcedure:
      return NotConvenedReason::kWrongProcedure;
    case CredentialIssueKind::kRetired:
      return NotConvenedReason::kRetired;
    case CredentialIssueKind::kTransferred:
      return NotConvenedReason::kTransferred;
  }
  return std::nullopt;
}

// R-CREDENTIALS: the first ground, in enum order, among the facts that took effect by the
// opening. Retirement and transfer are grounds for a convening-committee member only.
std::optional<NotConvenedReason> CredentialGround(const RollPerson& person, const Facts& facts) {
  for (size_t kind = 0; kind < kIssueKindCount; ++kind) {
    if (!facts.counting[kind]) continue;
    const auto issue_kind = static_cast<CredentialIssueKind>(kind);
    const bool committee_only = issue_kind == CredentialIssueKind::kRetired ||
                                issue_kind == CredentialIssueKind::kTransferred;
    if (committee_only && person.role != RollRole::kExOfficio) continue;
    return ToNotConvened(issue_kind);
  }
  return std::nullopt;
}

struct Delegation {
  std::vector<size_t> officials;   // people indexes, by rank after gathering
  std::vector<size_t> alternates;  // same
};

// Delegates' congress: R-EX-OFFICIO, R-CREDENTIALS, R-ALLOCATION, then the R-THRESHOLD
// exclusions of a delegates' congress. Unit findings go to `unit_findings`.
void DelegatesRoll(const RollInput& input, std::vector<Facts>& facts, RollResult& result,
                   std::vector<RollFinding>& unit_findings) {
  const auto& people = input.people;
  std::map<std::string, Delegation> delegations;
  for (size_t i = 0; i < people.size(); ++i) {
    facts[i].credential = CredentialGround(people[i], facts[i]);
    RollLine& line = result.lines[i];
    switch (people[i].role) {
      case RollRole::kExOfficio:
      case RollRole::kOfficial:
        line.convened = !facts[i].credential;
        line.not_convened = facts[i].credential;
        break;
      case RollRole::kAlternate:
        // Settled by the replacement below: convened only when standing in for an official.
        break;
      case RollRole::kMember:
        break;  // refused by Validate
    }
    if (people[i].role == RollRole::kOfficial)
      delegations[people[i].unit_code].officials.push_back(i);
    if (people[i].role == RollRole::kAlternate) {
      delegations[people[i].unit_code].alternates.push_back(i);
    }
  }
  const auto by_rank = [&](size_t a, size_t b) { return people[a].rank < people[b].rank; };
  for (auto& [unit, delegation] : delegations) {
    std::sort(delegation.officials.begin(), delegation.officials.end(), by_rank);
    std::sort(delegation.alternates.begin(), delegation.alternates.end(), by_rank);
  }

  const bool checked = !input.allocated.empty();
  for (auto& [unit, delegation] : delegations) {
    const auto recorded = static_cast<int64_t>(delegation.officials.size());
    // The officials holding the unit's seats: the first `seats` by rank (R-ALLOCATION).
    int64_t seats = recorded;
    if (checked && recorded > 0) {
      auto allocated = input.allocated.find(unit);
      if (allocated == input.allocated.end()) {
        unit_findings.push_back({RollWarning::kUnitNotAllocated, unit, "", recorded, 0});
      } else {
        seats = std::min(recorded, allocated->second);
        if (recorded > allocated->second) {
          unit_findings.push_back(
              {RollWarning::kOverAllocation, unit, "", recorded, allocated->second});
        } else if (recorded < allocated->second) {
          unit_findings.push_back(
              {RollWarning::kDelegationIncomplete, unit, "", recorded, allocated->second});
        }
      }
    }
    for (size_t position = static_cast<size_t>(seats); position < delegation.officials.size();
         ++position) {
      RollLine& line = result.lines[delegation.officials[position]];
      if (line.not_convened) continue;  // a credential ground is the reason recorded
      line.convened = false;
      line.not_convened = NotConvenedReason::kOverAllocation;
    }

    // R-CREDENTIALS: alternates replace absent officials in rank order. An official within the
    // seats is absent when a credential ground keeps it away or it misses the whole congress;
    // an alternate can stand in when it passes the check and attends.
    std::vector<size_t> absent_officials;
    for (size_t position = 0; position < static_cast<size_t>(seats); ++position) {
      const size_t official = delegation.officials[position];
      if (facts[official].credential || facts[official].absent_whole) {
        absent_officials.push_back(official);
      }
    }
    size_t next = 0;
    for (size_t alternate : delegation.alternates) {
      RollLine& line = result.lines[alternate];
      if (next < absent_officials.size() && !facts[alternate].credential &&
          !facts[alternate].absent_whole) {
        const size_t official = absent_officials[next++];
        line.convened = true;
        line.replaces = people[official].key;
        RollLine& replaced = result.lines[official];
        replaced.replaced_by = people[alternate].key;
        replaced.convened = false;
        if (!replaced.not_convened) replaced.not_convened = NotConvenedReason::kReplaced;
        continue;
      }
      line.convened = false;
      line.not_convened = facts[alternate].credential ? facts[alternate].credential
                                                      : NotConvenedReason::kAlternateUnused;
    }
  }
  if (checked) {
    for (const auto& [unit, seats] : input.allocated) {
      auto delegation = delegations.find(unit);
      if (seats > 0 && (delegation == delegations.end() || delegation->second.officials.empty())) {
        unit_findings.push_back({RollWarning::kDelegationIncomplete, unit, "", 0, seats});
      }
    }
  }
  std::stable_sort(
      unit_findings.begin(), unit_findings.end(),
      [](const RollFinding& a, const RollFinding& b) { return a.unit_code < b.unit_code; });

  // R-THRESHOLD (delegates' congress): convening-committee members absent for the whole
  // congress; official delegates absent for the whole congress whom no alternate replaces.
  for (size_t i = 0; i < people.size(); ++i) {
    RollLine& line = result.lines[i];
    if (!line.convened || !facts[i].absent_whole) continue;
    if (people[i].role == RollRole::kExOfficio) {
      line.exclusion = ExclusionReason::kAbsentCommitteeMember;
    } else if (people[i].role == RollRole::kOfficial) {
      line.exclusion = ExclusionReason::kAbsentDelegateUnreplaced;
    }
  }
}

// Members' congress (R-THRESHOLD): every full member is convened; the exclusions in precedence.
void MembersRoll(const RollInput& input, const std::vector<Facts>& facts, RollResult& result) {
  for (size_t i = 0; i < input.people.size(); ++i) {
    const RollPerson& person = input.people[i];
    const Facts& fact = facts[i];
    RollLine& line = result.lines[i];
    line.convened = true;
    if (person.state == MemberState::kSuspended || Has(fact, CredentialIssueKind::kSuspended)) {
      line.exclusion = ExclusionReason::kSuspended;
    } else if (Has(fact, CredentialIssueKind::kProsecuted) ||
               Has(fact, CredentialIssueKind::kIndicted) ||
               Has(fact, CredentialIssueKind::kDetained)) {
      line.exclusion = ExclusionReason::kProsecuted;
    } else if (fact.absent_whole && person.state == MemberState::kTemporaryTransfer) {
      line.exclusion = ExclusionReason::kTemporaryTransferAbsent;
    } else if (fact.absent_whole && person.state == MemberState::kExempt) {
      line.exclusion = ExclusionReason::kExemptAbsent;
    } else if (fact.absent_whole && fact.whole_accepted) {
      line.exclusion = ExclusionReason::kAbsentWithReason;
    }
  }
}

}  // namespace

const char* ToString(RollRole role) { return Name(kRoles, role); }
std::optional<RollRole> ParseRollRole(std::string_view text) { return Lookup(kRoles, text); }
const char* ToString(MemberState state) { return Name(kStates, state); }
std::optional<MemberState> ParseMemberState(std::string_view text) { return Lookup(kStates, text); }
const char* ToString(CredentialIssueKind kind) { return Name(kIssueKinds, kind); }
std::optional<CredentialIssueKind> ParseCredentialIssueKind(std::string_view text) {
  return Lookup(kIssueKinds, text);
}
const char* ToString(NotConvenedReason reason) { return Name(kNotConvened, reason); }
const char* ToString(RollWarning warning) { return Name(kWarnings, warning); }

Result<RollResult> ComputeRoll(const RollInput& input) {
  std::unordered_map<std::string, size_t> index_of;
  if (Status valid = Validate(input, index_of); !valid) return valid.error();

  const size_t count = input.people.size();
  std::vector<Facts> facts(count);
  for (const CredentialIssue& issue : input.issues) {
    // R-CREDENTIALS: a fact counts when it takes effect on or before the opening.
    if (issue.effective <= input.opening) {
      facts[index_of.at(issue.person)].counting[static_cast<size_t>(issue.kind)] = true;
    }
  }
  for (const Absence& absence : input.absences) {
    Facts& fact = facts[index_of.at(absence.person)];
    if (absence.session == 0) {
      fact.absent_whole = true;
      fact.whole_reason = absence.reason;
      fact.whole_accepted = absence.accepted;
    } else {
      fact.absent_sessions.push_back(absence.session);
    }
  }

  RollResult result;
  result.lines.resize(count);
  for (size_t i = 0; i < count; ++i) {
    std::sort(facts[i].absent_sessions.begin(), facts[i].absent_sessions.end());
    result.lines[i].absent_whole = facts[i].absent_whole;
    result.lines[i].absent_sessions = facts[i].absent_sessions;
  }

  std::vector<RollFinding> unit_findings;
  if (input.kind == CongressKind::kDelegates) {
    DelegatesRoll(input, facts, result, unit_findings);
  } else {
    MembersRoll(input, facts, result);
  }

  // R-THRESHOLD: the base, the exclusions by reason, the denominator.
  std::array<int64_t, kExclusionReasonCount> by_reason{};
  for (const RollLine& line : result.lines) {
    if (!line.convened) continue;
    ++result.convened;
    if (line.exclusion) {
      ++result.excluded;
      ++by_reason[static_cast<size_t>(*line.exclusion)];
    }
  }
  result.denominator = result.convened - result.excluded;
  for (int reason = 0; reason < kExclusionReasonCount; ++reason) {
    if (by_reason[static_cast<size_t>(reason)] > 0) {
      result.exclusions.push_back(
          {static_cast<ExclusionReason>(reason), by_reason[static_cast<size_t>(reason)]});
    }
  }

  for (const Session& session : input.sessions) {
    SessionAttendance attendance;
    attendance.number = session.number;
    for (size_t i = 0; i < count; ++i) {
      const RollLine& line = result.lines[i];
      if (!line.convened) continue;
      const bool away =
          line.absent_whole || std::binary_search(line.absent_sessions.begin(),
                                                  line.absent_sessions.end(), session.number);
      ++(away ? attendance.absent : attendance.present);
    }
    result.sessions.push_back(attendance);
  }

  // Findings: delegations by unit code, then people in roll order.
  result.findings = std::move(unit_findings);
  for (size_t i = 0; i < count; ++i) {
    const RollPerson& person = input.people[i];
    if (IsDelegateRole(person.role) && (Has(facts[i], CredentialIssueKind::kRetired) ||
                                        Has(facts[i], CredentialIssueKind::kTransferred))) {
      result.findings.push_back({RollWarning::kNotGroundForDelegate, "", person.key, 0, 0});
    }
    if (result.lines[i].convened && facts[i].absent_whole && Blank(facts[i].whole_reason)) {
      result.findings.push_back({RollWarning::kWholeAbsenceNoReason, "", person.key, 0, 0});
    }
  }
  return result;
}

void ApplyRoll(const RollResult& roll, CongressKind kind, Election& election) {
  election.congress_kind = kind;
  election.convened = roll.convened;
  election.exclusions = roll.exclusions;
}

}  // namespace daihoi::election
