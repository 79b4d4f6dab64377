#pragma once
// What the results use cases (app/results.h) share: an election's closed rounds with the
// engine's results, the date ages are taken on, the term a body is compared with.
#include <optional>
#include <string>
#include <vector>

#include "app/results.h"

namespace daihoi::app::results_detail {

struct RoundsState {
  std::vector<election::ClosedRound> closed;  // in round order
  bool any_open = false;
};
// The closed rounds of an election with each one's final count (ShowCount).
Result<RoundsState> LoadRounds(const CountingPorts& ports, const Actor& actor, int64_t election_id);

// The congress's opening: held, else planned start.
std::optional<Date> OpeningOf(const planning::Congress& congress);

// The latest term before `term` among `terms` ("2020-2025" < "2025-2030": terms start with the
// year), nullopt when there is none.
std::optional<std::string> PreviousTerm(const std::vector<std::string>& terms,
                                        const std::string& term);

// The officials of a body among memberships.
std::vector<election::Person> Officials(const std::vector<election::Membership>& members,
                                        election::Body body);

}  // namespace daihoi::app::results_detail
