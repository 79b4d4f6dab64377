#include "teams/inspection.h"

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace daihoi::teams {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Working state of an assignment: which team holds each unit.
class Board {
 public:
  Board(const std::vector<InspectionTeam>& teams, const std::vector<InspectedUnit>& units,
        const AssignmentRules& rules)
      : teams_(teams), units_(units), rules_(rules), team_of_(units.size(), kNone),
        fixed_(units.size(), false), count_(teams.size(), 0), load_(teams.size(), 0),
        eligible_(units.size(), std::vector<bool>(teams.size(), true)) {
    // A team may not inspect a unit one of its members belongs to.
    std::unordered_map<std::string, size_t> unit_index;
    for (size_t u = 0; u < units.size(); ++u) unit_index[units[u].code] = u;
    for (size_t t = 0; t < teams.size(); ++t) {
      for (const TeamMember& m : teams[t].members) {
        auto it = unit_index.find(m.home_org);
        if (it != unit_index.end()) eligible_[it->second][t] = false;
      }
    }
  }

  bool eligible(size_t u, size_t t) const { return eligible_[u][t]; }
  size_t team_of(size_t u) const { return team_of_[u]; }
  int count(size_t t) const { return count_[t]; }
  int64_t load(size_t t) const { return load_[t]; }
  bool fixed(size_t u) const { return fixed_[u]; }

  void Put(size_t u, size_t t, bool fixed = false) {
    if (team_of_[u] != kNone) {
      --count_[team_of_[u]];
      load_[team_of_[u]] -= units_[u].members;
    }
    team_of_[u] = t;
    fixed_[u] = fixed;
    ++count_[t];
    load_[t] += units_[u].members;
  }

  // Places unit u, moving other units along a chain of teams if every eligible team is full.
  bool PlaceWithAugmentingPath(size_t u) {
    const size_t n_teams = teams_.size();
    std::vector<size_t> via_unit(n_teams, kNone);  // the unit that moves into this team
    std::vector<size_t> from_team(n_teams, kNone);
    std::vector<bool> seen(n_teams, false);
    std::deque<size_t> queue;
    for (size_t t = 0; t < n_teams; ++t) {
      if (eligible(u, t)) {
        seen[t] = true;
        via_unit[t] = u;
        queue.push_back(t);
      }
    }
    while (!queue.empty()) {
      size_t t = queue.front();
      queue.pop_front();
      if (count_[t] < rules_.max_units_per_team) {
        // Shift along the chain back to u.
        for (size_t cur = t; cur != kNone;) {
          size_t moving = via_unit[cur];
          size_t prev = from_team[cur];
          Put(moving, cur);
          cur = prev;
        }
        return true;
      }
      for (size_t v = 0; v < units_.size(); ++v) {
        if (team_of_[v] != t || fixed_[v]) continue;
        for (size_t next = 0; next < n_teams; ++next) {
          if (seen[next] || !eligible(v, next)) continue;
          seen[next] = true;
          via_unit[next] = v;
          from_team[next] = t;
          queue.push_back(next);
        }
      }
    }
    return false;
  }

  // Gives team d one more unit, taken from a team above the minimum (possibly along a chain).
  bool FillFromOthers(size_t d) {
    const size_t n_teams = teams_.size();
    std::vector<size_t> taken_unit(n_teams, kNone);  // the unit this team gives up
    std::vector<size_t> to_team(n_teams, kNone);     // the team it goes to
    std::vector<bool> seen(n_teams, false);
    std::deque<size_t> queue{d};
    seen[d] = true;
    while (!queue.empty()) {
      size_t t = queue.front();
      queue.pop_front();
      for (size_t v = 0; v < units_.size(); ++v) {
        size_t owner = team_of_[v];
        if (owner == kNone || seen[owner] || fixed_[v] || !eligible(v, t)) continue;
        seen[owner] = true;
        taken_unit[owner] = v;
        to_team[owner] = t;
        if (count_[owner] > rules_.min_units_per_team) {
          for (size_t cur = owner; cur != d;) {
            size_t next = to_team[cur];
            Put(taken_unit[cur], next);
            cur = next;
          }
          return true;
        }
        queue.push_back(owner);
      }
    }
    return false;
  }

  // Moves and swaps that lower the sum of squared loads, until none helps.
  void Balance() {
    const int min = rules_.min_units_per_team;
    const int max = rules_.max_units_per_team;
    for (int pass = 0; pass < 50; ++pass) {
      bool improved = false;
      for (size_t u = 0; u < units_.size(); ++u) {
        if (fixed_[u]) continue;
        const size_t a = team_of_[u];
        const int64_t mu = units_[u].members;
        for (size_t b = 0; b < teams_.size() && team_of_[u] == a; ++b) {
          if (b == a || !eligible(u, b)) continue;
          // Moving u from a to b lowers Σload² iff load_a − load_b > m_u.
          if (count_[a] > min && count_[b] < max && load_[a] - load_[b] > mu) {
            Put(u, b);
            improved = true;
            break;
          }
        }
      }
      for (size_t u = 0; u < units_.size(); ++u) {
        if (fixed_[u]) continue;
        for (size_t v = u + 1; v < units_.size(); ++v) {
          const size_t a = team_of_[u];
          const size_t b = team_of_[v];
          if (fixed_[v] || a == b || !eligible(u, b) || !eligible(v, a)) continue;
          // Swapping lowers Σload² iff (load_a − load_b)(m_u − m_v) > (m_u − m_v)².
          const int64_t d = units_[u].members - units_[v].members;
          if (d != 0 && (load_[a] - load_[b]) * d > d * d) {
            Put(u, b);
            Put(v, a);
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }

 private:
  const std::vector<InspectionTeam>& teams_;
  const std::vector<InspectedUnit>& units_;
  const AssignmentRules& rules_;
  std::vector<size_t> team_of_;
  std::vector<bool> fixed_;
  std::vector<int> count_;
  std::vector<int64_t> load_;
  std::vector<std::vector<bool>> eligible_;
};

std::vector<Date> VisitDays(Date from, Date to, bool working_days_only) {
  std::vector<Date> days;
  for (Date d = from; d <= to; d = d.AddDays(1)) {
    if (!working_days_only || !d.IsWeekend()) days.push_back(d);
  }
  return days;
}

Status CheckInputs(const std::vector<InspectionTeam>& teams, const std::vector<InspectedUnit>& units,
                   Date from, Date to, const AssignmentRules& rules) {
  if (teams.empty()) return InvalidInput("chưa có đoàn kiểm tra nào (no inspection team)", "teams");
  if (to < from) return InvalidInput("ngày kết thúc trước ngày bắt đầu (window ends before it starts)", "to");
  if (rules.min_units_per_team < 0 || rules.max_units_per_team < 1 ||
      rules.min_units_per_team > rules.max_units_per_team) {
    return InvalidInput("số đơn vị mỗi đoàn không hợp lệ (bad units-per-team range)", "rules");
  }
  std::set<std::string> seen;
  for (size_t t = 0; t < teams.size(); ++t) {
    if (!seen.insert(teams[t].id).second) {
      return InvalidInput("mã đoàn trùng '" + teams[t].id + "' (duplicate team)",
                          "teams[" + std::to_string(t) + "].id");
    }
  }
  seen.clear();
  for (size_t u = 0; u < units.size(); ++u) {
    if (!seen.insert(units[u].code).second) {
      return InvalidInput("đơn vị trùng '" + units[u].code + "' (duplicate unit)",
                          "units[" + std::to_string(u) + "].code");
    }
    if (units[u].visit_days < 1 || units[u].members < 0) {
      return InvalidInput("số ngày làm việc hoặc số đảng viên không hợp lệ (bad visit days or members)",
                          "units[" + std::to_string(u) + "]");
    }
  }
  const int64_t n = static_cast<int64_t>(units.size());
  const int64_t t = static_cast<int64_t>(teams.size());
  if (n < t * rules.min_units_per_team || n > t * rules.max_units_per_team) {
    return InvalidInput(std::to_string(n) + " đơn vị không chia được cho " + std::to_string(t) +
                            " đoàn, mỗi đoàn " + std::to_string(rules.min_units_per_team) + "–" +
                            std::to_string(rules.max_units_per_team) +
                            " đơn vị (units cannot be shared within the per-team range)",
                        "rules");
  }
  return {};
}

}  // namespace

Result<Assignment> AssignInspections(const std::vector<InspectionTeam>& teams,
                                     const std::vector<InspectedUnit>& units, Date from, Date to,
                                     const AssignmentRules& rules,
                                     const std::vector<Override>& overrides) {
  if (Status s = CheckInputs(teams, units, from, to, rules); !s) return s.error();
  std::unordered_map<std::string, size_t> team_index;
  std::unordered_map<std::string, size_t> unit_index;
  for (size_t t = 0; t < teams.size(); ++t) team_index[teams[t].id] = t;
  for (size_t u = 0; u < units.size(); ++u) unit_index[units[u].code] = u;

  Board board(teams, units, rules);
  for (size_t i = 0; i < overrides.size(); ++i) {
    const std::string where = "overrides[" + std::to_string(i) + "]";
    auto u = unit_index.find(overrides[i].unit);
    auto t = team_index.find(overrides[i].team);
    if (u == unit_index.end() || t == team_index.end()) {
      return InvalidInput("đơn vị hoặc đoàn không tồn tại (unknown unit or team)", where);
    }
    if (board.team_of(u->second) != kNone) {
      return InvalidInput("đơn vị '" + overrides[i].unit + "' đã được phân công (assigned twice)", where);
    }
    if (!board.eligible(u->second, t->second)) {
      return InvalidInput("đoàn '" + overrides[i].team + "' có thành viên thuộc đơn vị '" +
                              overrides[i].unit + "' (conflict of interest)", where);
    }
    if (board.count(t->second) >= rules.max_units_per_team) {
      return InvalidInput("đoàn '" + overrides[i].team + "' vượt quá số đơn vị tối đa (over capacity)",
                          where);
    }
    board.Put(u->second, t->second, /*fixed=*/true);
  }

  // Largest units first, each to the least-loaded eligible team with room (LPT), keeping enough
  // units for the teams still below their minimum.
  std::vector<size_t> order(units.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return units[a].members > units[b].members; });
  int64_t remaining = 0;
  for (size_t u : order) remaining += board.team_of(u) == kNone ? 1 : 0;
  for (size_t u : order) {
    if (board.team_of(u) != kNone) continue;
    int64_t deficit = 0;
    for (size_t t = 0; t < teams.size(); ++t) {
      deficit += std::max(0, rules.min_units_per_team - board.count(t));
    }
    const bool must_fill = remaining <= deficit;
    size_t best = kNone;
    for (size_t t = 0; t < teams.size(); ++t) {
      if (!board.eligible(u, t) || board.count(t) >= rules.max_units_per_team) continue;
      if (must_fill && board.count(t) >= rules.min_units_per_team) continue;
      if (best == kNone || board.load(t) < board.load(best) ||
          (board.load(t) == board.load(best) && board.count(t) < board.count(best))) {
        best = t;
      }
    }
    if (best != kNone) {
      board.Put(u, best);
    } else if (!board.PlaceWithAugmentingPath(u)) {
      return InvalidInput("không đoàn nào kiểm tra được đơn vị '" + units[u].code +
                              "' (every team is full or has a member from it)",
                          "units");
    }
    --remaining;
  }
  for (size_t t = 0; t < teams.size(); ++t) {
    while (board.count(t) < rules.min_units_per_team) {
      if (!board.FillFromOthers(t)) {
        return InvalidInput("đoàn '" + teams[t].id + "' không đủ số đơn vị tối thiểu (below minimum)",
                            "teams");
      }
    }
  }
  board.Balance();

  // Schedule: each team's visits spread over the window; a day is taken for every member of the
  // team, so a person on two teams is never booked twice. Teams with most visit days go first.
  const std::vector<Date> days = VisitDays(from, to, rules.working_days_only);
  std::vector<std::vector<size_t>> units_of(teams.size());
  for (size_t u = 0; u < units.size(); ++u) units_of[board.team_of(u)].push_back(u);
  std::vector<size_t> team_order(teams.size());
  std::iota(team_order.begin(), team_order.end(), 0);
  auto days_needed = [&](size_t t) {
    int64_t sum = 0;
    for (size_t u : units_of[t]) sum += units[u].visit_days;
    return sum;
  };
  std::stable_sort(team_order.begin(), team_order.end(),
                   [&](size_t a, size_t b) { return days_needed(a) > days_needed(b); });

  std::map<std::string, std::vector<bool>> busy;  // person → day taken
  Assignment result;
  std::vector<std::vector<Visit>> visits_of(teams.size());
  for (size_t t : team_order) {
    std::vector<std::string> people;
    for (const TeamMember& m : teams[t].members) people.push_back(m.member_id);
    people.push_back("team:" + teams[t].id);  // the team itself, even with no members listed
    for (const std::string& p : people) busy.try_emplace(p, days.size(), false);
    auto free_at = [&](size_t start, int length) {
      if (start + static_cast<size_t>(length) > days.size()) return false;
      for (const std::string& p : people) {
        for (int k = 0; k < length; ++k) {
          if (busy[p][start + static_cast<size_t>(k)]) return false;
        }
      }
      return true;
    };
    const size_t k = units_of[t].size();
    size_t earliest = 0;
    for (size_t i = 0; i < k; ++i) {
      const size_t u = units_of[t][i];
      const int length = units[u].visit_days;
      const size_t target = std::max(earliest, i * days.size() / std::max<size_t>(k, 1));
      size_t start = kNone;
      for (size_t s = target; s < days.size() && start == kNone; ++s) {
        if (free_at(s, length)) start = s;
      }
      for (size_t s = earliest; s < target && start == kNone; ++s) {
        if (free_at(s, length)) start = s;
      }
      if (start == kNone) {
        return InvalidInput("không xếp được lịch cho đoàn '" + teams[t].id + "' tại đơn vị '" +
                                units[u].code + "' trong khung thời gian (window too short)",
                            "to");
      }
      for (const std::string& p : people) {
        for (int d = 0; d < length; ++d) busy[p][start + static_cast<size_t>(d)] = true;
      }
      earliest = start + static_cast<size_t>(length);
      visits_of[t].push_back(
          {teams[t].id, units[u].code, days[start], days[start + static_cast<size_t>(length) - 1]});
    }
  }
  for (size_t t = 0; t < teams.size(); ++t) {
    std::sort(visits_of[t].begin(), visits_of[t].end(),
              [](const Visit& a, const Visit& b) { return a.start < b.start; });
    result.visits.insert(result.visits.end(), visits_of[t].begin(), visits_of[t].end());
    result.team_load.push_back(board.load(t));
  }
  return result;
}

std::vector<std::string> CheckAssignment(const std::vector<InspectionTeam>& teams,
                                         const std::vector<InspectedUnit>& units, Date from,
                                         Date to, const AssignmentRules& rules,
                                         const std::vector<Visit>& visits) {
  std::vector<std::string> problems;
  std::map<std::string, const InspectionTeam*> team_by_id;
  for (const InspectionTeam& t : teams) team_by_id[t.id] = &t;
  std::map<std::string, const InspectedUnit*> unit_by_code;
  for (const InspectedUnit& u : units) unit_by_code[u.code] = &u;

  std::map<std::string, int> covered;
  std::map<std::string, int> per_team;
  std::map<std::string, std::set<int64_t>> person_days;
  for (const Visit& v : visits) {
    auto t = team_by_id.find(v.team);
    auto u = unit_by_code.find(v.unit);
    if (t == team_by_id.end() || u == unit_by_code.end()) {
      problems.push_back("đoàn '" + v.team + "' hoặc đơn vị '" + v.unit + "' không tồn tại");
      continue;
    }
    ++covered[v.unit];
    ++per_team[v.team];
    if (v.start < from || v.end > to || v.end < v.start) {
      problems.push_back("lịch của đoàn '" + v.team + "' tại '" + v.unit +
                         "' nằm ngoài khung thời gian " + from.ToVietnamese() + " – " +
                         to.ToVietnamese());
    }
    std::vector<std::string> people{"team:" + v.team};
    for (const TeamMember& m : t->second->members) {
      people.push_back(m.member_id);
      if (m.home_org == v.unit) {
        problems.push_back("đoàn '" + v.team + "' có thành viên " + m.member_id +
                           " thuộc đơn vị được kiểm tra '" + v.unit + "'");
      }
    }
    int64_t working = 0;
    for (Date d = v.start; d <= v.end; d = d.AddDays(1)) {
      if (rules.working_days_only && d.IsWeekend()) continue;
      ++working;
      for (const std::string& p : people) {
        if (!person_days[p].insert(d.days()).second) {
          problems.push_back((p.rfind("team:", 0) == 0 ? "đoàn '" + v.team + "'" : "thành viên " + p) +
                             " bị xếp hai nơi ngày " + d.ToVietnamese());
        }
      }
    }
    if (working != u->second->visit_days) {
      problems.push_back("lịch tại '" + v.unit + "' dài " + std::to_string(working) +
                         " ngày làm việc, cần " + std::to_string(u->second->visit_days));
    }
  }
  for (const InspectedUnit& u : units) {
    int c = covered[u.code];
    if (c != 1) {
      problems.push_back("đơn vị '" + u.code + "' được kiểm tra " + std::to_string(c) +
                         " lần (phải đúng 1 lần)");
    }
  }
  for (const InspectionTeam& t : teams) {
    int c = per_team[t.id];
    if (c < rules.min_units_per_team || c > rules.max_units_per_team) {
      problems.push_back("đoàn '" + t.id + "' kiểm tra " + std::to_string(c) + " đơn vị (phải từ " +
                         std::to_string(rules.min_units_per_team) + " đến " +
                         std::to_string(rules.max_units_per_team) + ")");
    }
  }
  return problems;
}

}  // namespace daihoi::teams
