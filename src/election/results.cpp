#include "election/results.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace daihoi::election {
namespace {

std::string PercentText(Hundredths value) {
  // Vietnamese writes a decimal comma: 12,50%.
  std::string fraction = std::to_string(value % 100);
  if (fraction.size() < 2) fraction = "0" + fraction;
  return std::to_string(value / 100) + "," + fraction + "%";
}

}  // namespace

const char* ToString(Body body) {
  switch (body) {
    case Body::kCommittee:
      return "committee";
    case Body::kStandingCommittee:
      return "standing_committee";
    case Body::kSecretary:
      return "secretary";
    case Body::kDeputySecretary:
      return "deputy_secretary";
    case Body::kInspectionCommission:
      return "inspection";
    case Body::kInspectionChair:
      return "inspection_chair";
  }
  return "committee";
}

std::optional<Body> ParseBody(std::string_view text) {
  for (Body body : kAllBodies) {
    if (text == ToString(body)) return body;
  }
  return std::nullopt;
}

const char* BodyLabel(Body body) {
  switch (body) {
    case Body::kCommittee:
      return "Ban Chấp hành";
    case Body::kStandingCommittee:
      return "Ban Thường vụ";
    case Body::kSecretary:
      return "Bí thư";
    case Body::kDeputySecretary:
      return "Phó Bí thư";
    case Body::kInspectionCommission:
      return "Ủy ban Kiểm tra";
    case Body::kInspectionChair:
      return "Chủ nhiệm Ủy ban Kiểm tra";
  }
  return "";
}

std::optional<Body> BodyOf(ElectionKind kind) {
  switch (kind) {
    case ElectionKind::kCommittee:
      return Body::kCommittee;
    case ElectionKind::kStandingCommittee:
      return Body::kStandingCommittee;
    case ElectionKind::kSecretary:
      return Body::kSecretary;
    case ElectionKind::kDeputySecretary:
      return Body::kDeputySecretary;
    case ElectionKind::kInspection:
      return Body::kInspectionCommission;
    case ElectionKind::kInspectionChair:
      return Body::kInspectionChair;
    case ElectionKind::kDelegates:
      return std::nullopt;
  }
  return std::nullopt;
}

const char* ToString(Capacity capacity) {
  return capacity == Capacity::kOfficial ? "official" : "alternate";
}

std::optional<Capacity> ParseCapacity(std::string_view text) {
  if (text == "official") return Capacity::kOfficial;
  if (text == "alternate") return Capacity::kAlternate;
  return std::nullopt;
}

Status CheckFinished(const std::vector<ClosedRound>& rounds, bool any_round_open,
                     bool accept_unfilled) {
  if (any_round_open) {
    return Error(
        ErrorCode::kConflict,
        "còn lần bầu chưa kết thúc: kết thúc kiểm phiếu trước khi áp dụng kết quả (a round "
        "is still open)");
  }
  if (rounds.empty()) {
    return Error(ErrorCode::kConflict,
                 "cuộc bầu cử chưa có lần bầu nào kết thúc (no closed round)");
  }
  const RoundResult& last = rounds.back().result;
  // R-TIE: a tie decides nothing; the re-vote must be held first.
  if (last.next == NextStep::kRevoteTied) {
    return Error(ErrorCode::kConflict,
                 "lần bầu " + std::to_string(rounds.back().number) +
                     " có người ngang phiếu: bầu lại giữa những người ngang phiếu trước khi áp "
                     "dụng kết quả (R-TIE: a re-vote is pending)");
  }
  // R-ROUNDS: unfilled places wait for a further round unless the congress decided not to hold
  // one.
  if (last.next == NextStep::kFurtherRound && !accept_unfilled) {
    return Error(ErrorCode::kConflict,
                 "lần bầu " + std::to_string(rounds.back().number) + " còn thiếu " +
                     std::to_string(last.unfilled_seats) + " người chính thức và " +
                     std::to_string(last.unfilled_alternates) +
                     " người dự khuyết: bầu tiếp, hoặc ghi nhận đại hội quyết định không bầu "
                     "tiếp (R-ROUNDS: a further round is pending)");
  }
  return {};
}

std::vector<ElectedPerson> ElectedFromRounds(const std::vector<ClosedRound>& rounds) {
  std::vector<ElectedPerson> officials;
  std::vector<ElectedPerson> alternates;
  for (const ClosedRound& round : rounds) {
    auto votes_of = [&](int candidate) -> int64_t {
      for (const CandidateResult& result : round.result.candidates) {
        if (result.candidate == candidate) return result.votes;
      }
      return 0;
    };
    auto add = [&](std::vector<ElectedPerson>& into, int candidate, Capacity capacity) {
      if (candidate < 0 || candidate >= static_cast<int>(round.positions.size())) return;
      ElectedPerson person;
      person.position = round.positions[candidate];
      person.capacity = capacity;
      person.rank = static_cast<int>(into.size()) + 1;
      person.round = round.number;
      person.votes = votes_of(candidate);
      into.push_back(person);
    };
    // The engine orders elected and alternates by votes, then ballot order (R-RANK).
    for (int candidate : round.result.elected) add(officials, candidate, Capacity::kOfficial);
    for (int candidate : round.result.alternates) add(alternates, candidate, Capacity::kAlternate);
  }
  officials.insert(officials.end(), alternates.begin(), alternates.end());
  return officials;
}

bool SamePerson(const Person& a, const Person& b) {
  if (!a.member_id.empty() && !b.member_id.empty()) return a.member_id == b.member_id;
  if (a.full_name != b.full_name) return false;
  return !a.birth_date || !b.birth_date || *a.birth_date == *b.birth_date;
}

int AgeOn(const Date& birth_date, const Date& as_of) {
  int age = as_of.year() - birth_date.year();
  if (std::make_tuple(as_of.month(), as_of.day()) <
      std::make_tuple(birth_date.month(), birth_date.day())) {
    --age;
  }
  return age;
}

AgeBand AgeBandOf(const std::optional<Date>& birth_date, const std::optional<Date>& as_of) {
  if (!birth_date || !as_of) return AgeBand::kUnknown;
  const int age = AgeOn(*birth_date, *as_of);
  if (age < 40) return AgeBand::kUnder40;
  if (age <= 50) return AgeBand::kFrom40To50;
  return AgeBand::kOver50;
}

BodyStats& BodyStats::operator+=(const BodyStats& other) {
  size += other.size;
  women += other.women;
  under_40 += other.under_40;
  from_40_to_50 += other.from_40_to_50;
  over_50 += other.over_50;
  age_unknown += other.age_unknown;
  first_time += other.first_time;
  re_elected += other.re_elected;
  history_unknown += other.history_unknown;
  return *this;
}

BodyStats StatsOf(const std::vector<Person>& officials,
                  const std::optional<std::vector<Person>>& previous,
                  const std::optional<Date>& as_of) {
  BodyStats stats;
  for (const Person& person : officials) {
    ++stats.size;
    if (person.gender == "female") ++stats.women;
    switch (AgeBandOf(person.birth_date, as_of)) {
      case AgeBand::kUnder40:
        ++stats.under_40;
        break;
      case AgeBand::kFrom40To50:
        ++stats.from_40_to_50;
        break;
      case AgeBand::kOver50:
        ++stats.over_50;
        break;
      case AgeBand::kUnknown:
        ++stats.age_unknown;
        break;
    }
    if (!previous) {
      ++stats.history_unknown;
    } else if (std::any_of(previous->begin(), previous->end(),
                           [&](const Person& earlier) { return SamePerson(person, earlier); })) {
      ++stats.re_elected;
    } else {
      ++stats.first_time;
    }
  }
  return stats;
}

Hundredths PercentOf(int64_t part, int64_t whole) {
  if (whole <= 0) return 0;
  return (part * 20000 + whole) / (2 * whole);
}

std::vector<LevelStats> RollUp(const std::vector<OrgBodyStats>& orgs) {
  std::map<std::pair<int, std::string>, LevelStats> levels;
  for (const OrgBodyStats& org : orgs) {
    LevelStats& level = levels[{org.level_rank, org.level}];
    level.level = org.level;
    level.level_rank = org.level_rank;
    ++level.organizations;
    if (org.stats) {
      ++level.with_body;
      level.stats += *org.stats;
    }
  }
  std::vector<LevelStats> out;
  for (auto& entry : levels) out.push_back(std::move(entry.second));
  return out;
}

std::vector<StructureWarning> CheckStructure(const BodyStats& stats,
                                             const StructureTargets& targets) {
  std::vector<StructureWarning> warnings;
  if (stats.size == 0) return warnings;
  auto below = [&](const char* measure, const char* label, int64_t count,
                   const std::optional<Hundredths>& target) {
    if (!target) return;
    Hundredths actual = PercentOf(count, stats.size);
    if (actual < *target) {
      warnings.push_back({measure, actual, *target,
                          std::string("Tỷ lệ ") + label + " " + PercentText(actual) +
                              " thấp hơn mục tiêu " + PercentText(*target) + " (R-STRUCTURE)"});
    }
  };
  below("women", "nữ", stats.women, targets.women_min);
  below("under_40", "dưới 40 tuổi", stats.under_40, targets.under_40_min);
  below("from_40_to_50", "từ 40 đến 50 tuổi", stats.from_40_to_50, targets.from_40_to_50_min);
  if (targets.from_40_to_50_max) {
    Hundredths actual = PercentOf(stats.from_40_to_50, stats.size);
    if (actual > *targets.from_40_to_50_max) {
      warnings.push_back({"from_40_to_50", actual, *targets.from_40_to_50_max,
                          "Tỷ lệ từ 40 đến 50 tuổi " + PercentText(actual) + " cao hơn mục tiêu " +
                              PercentText(*targets.from_40_to_50_max) + " (R-STRUCTURE)"});
    }
  }
  return warnings;
}

}  // namespace daihoi::election
