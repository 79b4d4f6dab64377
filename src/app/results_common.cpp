#include "app/results_common.h"

namespace daihoi::app::results_detail {

Result<RoundsState> LoadRounds(const CountingPorts& ports, const Actor& actor,
                               int64_t election_id) {
  auto rounds = ports.elections.Rounds(election_id);
  if (!rounds.ok()) return rounds.error();
  RoundsState state;
  for (const RoundRecord& round : *rounds) {
    if (!round.closed) {
      state.any_open = true;
      continue;
    }
    auto count = ShowCount(ports, actor, round.id);
    if (!count.ok()) return count.error();
    if (!count->result) {
      return StorageError("closed round " + std::to_string(round.id) + " has no count");
    }
    election::ClosedRound closed;
    closed.number = round.number;
    closed.positions = round.candidates;
    closed.result = *count->result;
    state.closed.push_back(std::move(closed));
  }
  return state;
}

std::optional<Date> OpeningOf(const planning::Congress& congress) {
  return congress.held_start ? congress.held_start : congress.planned_start;
}

std::optional<std::string> PreviousTerm(const std::vector<std::string>& terms,
                                        const std::string& term) {
  std::optional<std::string> previous;
  for (const std::string& candidate : terms) {
    if (candidate < term && (!previous || candidate > *previous)) previous = candidate;
  }
  return previous;
}

std::vector<election::Person> Officials(const std::vector<election::Membership>& members,
                                        election::Body body) {
  std::vector<election::Person> officials;
  for (const auto& member : members) {
    if (member.body == body && member.capacity == election::Capacity::kOfficial) {
      officials.push_back(member.person);
    }
  }
  return officials;
}

}  // namespace daihoi::app::results_detail
