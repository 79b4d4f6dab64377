#pragma once
// Results carried upward (DESIGN.md, data flow of an election): who an election's closed rounds
// elected and in which capacity (R-RANK, R-DELEGATES), the bodies of an organization for a term
// (committee, standing committee, secretary, deputy secretaries, inspection commission, its
// chair), and the statistics of a body (R-STRUCTURE) rolled up per level over a subtree.
// Pure: values in, values out.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "election/types.h"

namespace daihoi::election {

// GLOSSARY: Committee (cấp ủy), StandingCommittee, Secretary, DeputySecretary,
// InspectionCommission and its chair. Text: the election kind that elects the body.
enum class Body {
  kCommittee,
  kStandingCommittee,
  kSecretary,
  kDeputySecretary,
  kInspectionCommission,
  kInspectionChair,
};
inline constexpr Body kAllBodies[] = {
    Body::kCommittee,       Body::kStandingCommittee,    Body::kSecretary,
    Body::kDeputySecretary, Body::kInspectionCommission, Body::kInspectionChair};
// "committee", "standing_committee", "secretary", "deputy_secretary", "inspection",
// "inspection_chair"; nullopt for an unknown word.
const char* ToString(Body body);
std::optional<Body> ParseBody(std::string_view text);
// Vietnamese label: "Ban Chấp hành", "Ban Thường vụ", "Bí thư", …
const char* BodyLabel(Body body);
// The body an election of this kind fills; nullopt for a delegates election (its result goes to
// the parent congress's roll instead).
std::optional<Body> BodyOf(ElectionKind kind);

// Official member (đại biểu chính thức, ủy viên chính thức) or alternate (dự khuyết).
enum class Capacity { kOfficial, kAlternate };
const char* ToString(Capacity capacity);  // "official" / "alternate"
std::optional<Capacity> ParseCapacity(std::string_view text);

// A person's facts as the ballot list carried them.
struct Person {
  std::string full_name;
  std::string member_id;  // empty when the list did not name a registry member
  std::string gender;     // "male" / "female" / empty
  std::optional<Date> birth_date;
};

// One closed round: the election's list positions standing in it (the round's order) and its
// result (indexes into that order).
struct ClosedRound {
  int number = 1;
  std::vector<int> positions;
  RoundResult result;
};

struct ElectedPerson {
  int position = 0;  // in the election's list
  Capacity capacity = Capacity::kOfficial;
  int rank = 1;  // 1, 2, … within the capacity
  int round = 1;
  int64_t votes = 0;
};

// Why an election's result cannot be applied yet.
// Invariants of a finished election: at least one round, every round closed, and the last
// round's next step is none — or a further round the congress chose not to hold
// (`accept_unfilled`, R-ROUNDS: the congress decides; recorded by the caller).
// kConflict naming the reason otherwise: a round still open, a re-vote among the tied pending
// (R-TIE: a tie decides nothing), or places unfilled without the congress's decision.
Status CheckFinished(const std::vector<ClosedRound>& rounds, bool any_round_open,
                     bool accept_unfilled);

// Who is elected, officials then alternates. R-RANK / R-DELEGATES: within a round by votes (the
// engine's order); a person elected in an earlier round ranks before those of a later one.
std::vector<ElectedPerson> ElectedFromRounds(const std::vector<ClosedRound>& rounds);

// One seat of a body.
struct Membership {
  Body body = Body::kCommittee;
  Capacity capacity = Capacity::kOfficial;
  int rank = 1;  // 1, 2, … within body and capacity
  Person person;
  std::optional<int64_t> election_id;  // the election it came from
};

// The same person in two terms: by member id when both name one, else by full name and birth
// date (a ballot list names people without the registry).
bool SamePerson(const Person& a, const Person& b);

// Age bands as of a date (R-STRUCTURE: under 40, 40 to 50, over 50). An age of exactly 40 or 50
// falls in 40–50.
enum class AgeBand { kUnder40, kFrom40To50, kOver50, kUnknown };
AgeBand AgeBandOf(const std::optional<Date>& birth_date, const std::optional<Date>& as_of);
int AgeOn(const Date& birth_date, const Date& as_of);  // whole years

// Statistics of one body's officials (alternates are not members of the body yet).
struct BodyStats {
  int64_t size = 0;
  int64_t women = 0;
  int64_t under_40 = 0;
  int64_t from_40_to_50 = 0;
  int64_t over_50 = 0;
  int64_t age_unknown = 0;
  // First-time vs re-elected: member of the previous term's same body. Without a recorded
  // previous body nobody can be classified: everyone counts in `history_unknown`.
  int64_t first_time = 0;
  int64_t re_elected = 0;
  int64_t history_unknown = 0;

  BodyStats& operator+=(const BodyStats& other);
};

// `previous`: the previous term's officials of the same body, nullopt when that body is not
// recorded. `as_of`: the date ages are taken on (the congress's opening).
BodyStats StatsOf(const std::vector<Person>& officials,
                  const std::optional<std::vector<Person>>& previous,
                  const std::optional<Date>& as_of);

// A percentage in hundredths (2 decimals, half up): 1500 is 15.00%; 0 when the whole is 0.
Hundredths PercentOf(int64_t part, int64_t whole);

// One organization of a subtree with its body's statistics (nullopt: no body recorded).
struct OrgBodyStats {
  std::string org_code;
  std::string level;
  int level_rank = 0;
  std::optional<BodyStats> stats;
};

struct LevelStats {
  std::string level;
  int level_rank = 0;
  int64_t organizations = 0;  // of the level in the subtree
  int64_t with_body = 0;      // those whose body is recorded
  BodyStats stats;            // summed over those
};

// Per level, top level first (by rank, then level code).
std::vector<LevelStats> RollUp(const std::vector<OrgBodyStats>& orgs);

// R-STRUCTURE (S, configurable): targets are warnings, never errors. Each is a parameter; a
// target left unset is not checked.
struct StructureTargets {
  std::optional<Hundredths> women_min;          // 1500: women ≥ 15%
  std::optional<Hundredths> under_40_min;       // 1000: under 40 ≥ 10%
  std::optional<Hundredths> from_40_to_50_min;  // 4000
  std::optional<Hundredths> from_40_to_50_max;  // 5000
};
struct StructureWarning {
  std::string measure;  // "women", "under_40", "from_40_to_50"
  Hundredths actual = 0;
  Hundredths target = 0;
  std::string message;  // Vietnamese
};
std::vector<StructureWarning> CheckStructure(const BodyStats& stats,
                                             const StructureTargets& targets);

}  // namespace daihoi::election
