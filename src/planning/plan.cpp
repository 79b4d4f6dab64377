#include "planning/plan.h"

#include <algorithm>
#include <unordered_map>

namespace daihoi::planning {
namespace {

std::string Dates(const Span& span) {
  if (span.start == span.end) return "ngày " + span.start.ToVietnamese();
  return "từ " + span.start.ToVietnamese() + " đến " + span.end.ToVietnamese();
}

std::string Range(const Window& window) {
  return window.start.ToVietnamese() + " – " + window.end.ToVietnamese();
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// One congress of the round, with the dates it is judged on.
struct Entry {
  const Congress* congress;
  std::optional<Span> span;
  bool pilot;
};

// The latest end among a set of congresses, and whose it is (first in tree order on a tie).
struct Latest {
  std::optional<Date> end;
  std::string org;
  void Offer(Date candidate, const std::string& code) {
    if (!end || candidate > *end) {
      end = candidate;
      org = code;
    }
  }
  void Offer(const Latest& other) {
    if (other.end) Offer(*other.end, other.org);
  }
};

}  // namespace

std::optional<int> TermStartYear(std::string_view term) {
  if (term.size() < 4) return std::nullopt;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (term[i] < '0' || term[i] > '9') return std::nullopt;
    year = year * 10 + (term[i] - '0');
  }
  if (term.size() > 4 && term[4] >= '0' && term[4] <= '9') return std::nullopt;
  return year;
}

bool QuorumMet(const Share& quorum, int64_t convened, int64_t present) {
  return present * quorum.denominator > convened * quorum.numerator;
}

std::optional<Span> EffectiveSpan(const Congress& congress) {
  if (congress.held_end) {
    return Span{congress.held_start.value_or(*congress.held_end), *congress.held_end, true};
  }
  if (congress.planned_start) {
    return Span{*congress.planned_start, congress.planned_end.value_or(*congress.planned_start),
                false};
  }
  if (congress.planned_end) return Span{*congress.planned_end, *congress.planned_end, false};
  return std::nullopt;
}

std::string LevelLabel(const std::string& level_code, const std::vector<org::Level>& levels) {
  static const std::map<std::string, std::string, std::less<>> kLabels = {
      {"province", "cấp tỉnh"},           {"district", "cấp huyện"}, {"grassroots", "cấp cơ sở"},
      {"partial", "cấp đảng bộ bộ phận"}, {"cell", "cấp chi bộ"},
  };
  if (auto it = kLabels.find(level_code); it != kLabels.end()) return it->second;
  for (const org::Level& level : levels) {
    if (level.code == level_code) return "cấp " + level.name;
  }
  return "cấp " + level_code;
}

Result<std::vector<Violation>> CheckPlan(const Plan& plan, const org::OrgTree& tree,
                                         const std::vector<org::Level>& levels,
                                         const std::vector<Congress>& congresses) {
  if (!tree.Find(plan.root)) {
    return InvalidInput("không tìm thấy tổ chức (unknown organization) '" + plan.root + "'",
                        "root");
  }
  const std::optional<int> year = TermStartYear(plan.term);
  if (!year) {
    return InvalidInput("nhiệm kỳ không hợp lệ (unreadable term) '" + plan.term + "'", "term");
  }

  // R-TERM: which congresses belong to this round.
  std::unordered_map<std::string, std::vector<Entry>> round;
  for (const Congress& congress : congresses) {
    const org::Organization* o = tree.Find(congress.org_code);
    if (!o) continue;
    const bool in_round =
        o->level == kCellLevel ? TermStartYear(congress.term) == year : congress.term == plan.term;
    if (!in_round) continue;
    const bool pilot = congress.pilot || Contains(plan.pilots, congress.org_code);
    round[congress.org_code].push_back({&congress, EffectiveSpan(congress), pilot});
  }

  const std::vector<const org::Organization*> subtree = tree.Subtree(plan.root);

  // R-ORDER-OF-LEVELS: the latest end below each organization, children before parents
  // (reverse tree order visits every child before its parent).
  std::unordered_map<std::string, Latest> below;
  for (auto it = subtree.rbegin(); it != subtree.rend(); ++it) {
    const org::Organization* o = *it;
    Latest latest;
    for (const org::Organization* child : tree.Children(o->code)) {
      for (const Entry& entry : round[child->code]) {
        if (entry.span) latest.Offer(entry.span->end, child->code);
      }
      latest.Offer(below[child->code]);
    }
    below[o->code] = latest;
  }
  // The latest end of the pilots of each level within the subtree.
  std::map<std::string, Latest, std::less<>> pilots_end;
  for (const org::Organization* o : subtree) {
    for (const Entry& entry : round[o->code]) {
      if (entry.pilot && entry.span) pilots_end[o->level].Offer(entry.span->end, o->code);
    }
  }

  std::vector<Violation> out;
  for (const org::Organization* o : subtree) {
    std::vector<Violation> found;
    auto add = [&](const char* rule, std::string message) {
      found.push_back({rule, o->code, std::move(message)});
    };
    const std::vector<Entry>& entries = round[o->code];
    const std::string level = LevelLabel(o->level, levels);
    if (entries.empty()) {
      add("R-UNSCHEDULED", o->level == kCellLevel
                               ? "Chưa có đại hội nhiệm kỳ bắt đầu năm " + std::to_string(*year)
                               : "Chưa có đại hội nhiệm kỳ " + plan.term);
    }
    for (const Entry& entry : entries) {
      const Congress& congress = *entry.congress;
      if (!entry.span) {
        add("R-UNSCHEDULED", "Đại hội nhiệm kỳ " + congress.term + " chưa có ngày dự kiến");
        continue;
      }
      const Span& span = *entry.span;

      // R-WINDOWS
      const auto& windows =
          entry.pilot && plan.pilot_windows.contains(o->level) ? plan.pilot_windows : plan.windows;
      if (auto w = windows.find(o->level); w != windows.end()) {
        if (span.start < w->second.start || span.end > w->second.end) {
          const bool pilot_window = &windows == &plan.pilot_windows;
          add("R-WINDOWS", "Đại hội " + Dates(span) + " nằm ngoài khung thời gian " +
                               (pilot_window ? "đại hội điểm " : "") + level + " (" +
                               Range(w->second) + ")");
        }
      }

      // R-MAX-DAYS: counting both ends.
      if (auto m = plan.max_days.find(o->level); m != plan.max_days.end()) {
        const int64_t days = InclusiveDays(span.start, span.end);
        if (days > m->second) {
          add("R-MAX-DAYS", "Đại hội kéo dài " + std::to_string(days) + " ngày (" + Dates(span) +
                                "), quá " + std::to_string(m->second) + " ngày cho phép ở " +
                                level);
        }
      }

      // R-KIND
      if (o->level == kGrassrootsLevel) {
        const int64_t members = tree.Members(o->code);
        const CongressKind expected = members < plan.members_congress_below
                                          ? CongressKind::kMembers
                                          : CongressKind::kDelegates;
        if (congress.kind != expected) {
          add("R-KIND",
              "Tổ chức cơ sở có " + std::to_string(members) + " đảng viên (ngưỡng " +
                  std::to_string(plan.members_congress_below) + ") phải tổ chức " +
                  (expected == CongressKind::kMembers ? "đại hội đảng viên" : "đại hội đại biểu") +
                  ", kế hoạch ghi " +
                  (congress.kind == CongressKind::kMembers ? "đại hội đảng viên"
                                                           : "đại hội đại biểu"));
        }
      } else if (o->level == kCellLevel && congress.kind != CongressKind::kMembers) {
        add("R-KIND", "Chi bộ luôn tổ chức đại hội đảng viên, kế hoạch ghi đại hội đại biểu");
      }

      // R-ORDER-OF-LEVELS, first clause: after every subordinate congress has ended.
      const Latest& sub = below[o->code];
      if (sub.end && span.start <= *sub.end) {
        add("R-ORDER-OF-LEVELS", "Đại hội " + Dates(span) +
                                     " bắt đầu trước khi đại hội của tổ chức cấp dưới " + sub.org +
                                     " kết thúc (" + sub.end->ToVietnamese() + ")");
      }
      // Second clause: a non-pilot after every pilot of its level has ended.
      if (!entry.pilot) {
        if (auto p = pilots_end.find(o->level);
            p != pilots_end.end() && p->second.end && span.start <= *p->second.end) {
          add("R-ORDER-OF-LEVELS", "Đại hội " + Dates(span) + " bắt đầu trước khi đại hội điểm " +
                                       p->second.org + " cùng cấp kết thúc (" +
                                       p->second.end->ToVietnamese() + ")");
        }
      }

      // R-NOTICE: where the announcement date is recorded.
      auto announced = plan.announcements.find(o->code);
      if (plan.notice_working_days && announced != plan.announcements.end() &&
          congress.kind == CongressKind::kDelegates && Contains(plan.notice_levels, o->level)) {
        const int64_t working = WorkingDaysBetween(announced->second, span.start);
        if (working < *plan.notice_working_days) {
          add("R-NOTICE", "Thông báo ngày khai mạc ngày " + announced->second.ToVietnamese() +
                              ", chỉ " + std::to_string(working) +
                              " ngày làm việc trước ngày khai mạc " + span.start.ToVietnamese() +
                              " (cần ít nhất " + std::to_string(*plan.notice_working_days) + ")");
        }
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Violation& a, const Violation& b) { return a.rule < b.rule; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace daihoi::planning
