#include "app/plan_common.h"

#include <algorithm>
#include <utility>

#include "app/ports/result_store.h"

namespace daihoi::app {

Status ValidatePlan(Store& store, const planning::Plan& plan) {
  if (!planning::TermStartYear(plan.term)) {
    return InvalidInput(
        "nhiệm kỳ không hợp lệ (unreadable term) '" + plan.term + "'; ví dụ 2020-2025", "term");
  }
  auto root = store.FindOrganization(plan.root);
  if (!root.ok()) return root.error();
  if (!*root) {
    Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + plan.root + "'");
    error.field = "root";
    return error;
  }
  auto subtree = store.Subtree(plan.root);
  if (!subtree.ok()) return subtree.error();
  auto inside = [&](const std::string& code) {
    return std::any_of(subtree->begin(), subtree->end(),
                       [&](const org::Organization& o) { return o.code == code; });
  };
  for (size_t i = 0; i < plan.pilots.size(); ++i) {
    if (!inside(plan.pilots[i])) {
      return InvalidInput("đại hội điểm '" + plan.pilots[i] + "' không thuộc " + plan.root +
                              " (pilot outside the plan's subtree)",
                          "pilots[" + std::to_string(i) + "]");
    }
  }
  for (const auto& [code, date] : plan.announcements) {
    if (!inside(code)) {
      return InvalidInput(
          "'" + code + "' không thuộc " + plan.root + " (announcement outside the plan's subtree)",
          "announcements." + code);
    }
  }
  for (const auto& [level, window] : plan.windows) {
    if (window.end < window.start) {
      return InvalidInput("ngày kết thúc trước ngày bắt đầu (end before start)",
                          "windows." + level);
    }
  }
  if (plan.members_congress_below < 1) {
    return InvalidInput("phải từ 1 trở lên (must be at least 1)", "members_congress_below");
  }
  if (plan.quorum.numerator < 1 || plan.quorum.denominator <= plan.quorum.numerator) {
    return InvalidInput("phải là một phân số nhỏ hơn 1, ví dụ \"2/3\" (must be a fraction)",
                        "quorum");
  }
  return {};
}

bool InRound(const std::string& level, const std::string& term, const std::string& plan_term) {
  if (level == planning::kCellLevel) {
    return planning::TermStartYear(term) &&
           planning::TermStartYear(term) == planning::TermStartYear(plan_term);
  }
  return term == plan_term;
}

Result<std::optional<PlanRecord>> CoveringPlan(Store& store, const org::Organization& organization,
                                               const std::string& term) {
  auto ancestors = store.Ancestors(organization.code);
  if (!ancestors.ok()) return ancestors.error();
  std::vector<std::string> chain{organization.code};
  for (const org::Organization& a : *ancestors) chain.push_back(a.code);
  for (const std::string& code : chain) {
    auto plans = PlansOf(store).Plans(code);
    if (!plans.ok()) return plans.error();
    for (PlanRecord& plan : *plans) {
      if (InRound(organization.level, term, plan.plan.term)) {
        return std::optional<PlanRecord>(std::move(plan));
      }
    }
  }
  return std::optional<PlanRecord>();
}

Result<CheckedRound> CheckRound(Store& store, const Actor& actor, const PlanRecord& record,
                                const RecordOverride* override) {
  auto data = LoadRound(store, actor, record.plan.root, "root");
  if (!data.ok()) return data.error();
  auto details = PlansOf(store).CongressDetailsIn(record.plan.root);
  if (!details.ok()) return details.error();
  if (override) {
    const planning::Congress& c = override->congress;
    auto congress = std::find_if(
        data->congresses.begin(), data->congresses.end(),
        [&](const planning::Congress& x) { return x.org_code == c.org_code && x.term == c.term; });
    if (congress == data->congresses.end()) {
      data->congresses.push_back(c);
    } else {
      *congress = c;
    }
    auto found =
        std::find_if(details->begin(), details->end(), [&](const CongressDetailsRecord& x) {
          return x.org_code == c.org_code && x.term == c.term;
        });
    if (found == details->end()) {
      details->push_back({c.org_code, c.term, override->details});
    } else {
      found->details = override->details;
    }
  }
  planning::Plan plan = record.plan;
  // R-NOTICE: a congress's recorded announcement is the word on it.
  for (const CongressDetailsRecord& d : *details) {
    const org::Organization* o = data->tree.Find(d.org_code);
    if (o && d.details.announced_on && InRound(o->level, d.term, plan.term)) {
      plan.announcements[d.org_code] = *d.details.announced_on;
    }
  }
  auto violations = planning::CheckPlan(plan, data->tree, data->levels, data->congresses);
  if (!violations.ok()) return violations.error();
  return CheckedRound{std::move(*data), std::move(*details), std::move(*violations)};
}

Result<bool> ResultsApproved(Store& store, const std::string& org_code, const std::string& term) {
  auto approval = ResultsOf(store).FindApproval(org_code, term);
  if (!approval.ok()) return approval.error();
  return approval->has_value();
}

Result<PlanCheck> EvaluateCongress(Store& store, const Actor& actor, const std::string& org_code,
                                   const std::string& term, const planning::CongressEdit* edit,
                                   bool save) {
  auto found = store.FindOrganization(org_code);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + org_code + "'");
    error.field = "code";
    return error;
  }
  if (!planning::TermStartYear(term)) {
    return InvalidInput("nhiệm kỳ không hợp lệ (unreadable term) '" + term + "'; ví dụ 2020-2025",
                        "term");
  }
  PlanCheck out;
  CongressView& view = out.congress;
  view.organization = **found;
  auto congress = store.FindCongress(org_code, term);
  if (!congress.ok()) return congress.error();
  auto details = PlansOf(store).FindCongressDetails(org_code, term);
  if (!details.ok()) return details.error();
  view.recorded = congress->has_value();
  if (*congress) {
    view.congress = **congress;
  } else {
    view.congress.org_code = org_code;
    view.congress.term = term;
  }
  if (*details) view.details = **details;

  if (edit) {
    if (Status s = planning::ApplyEdit(view.congress, view.details, *edit); !s) return s.error();
  }
  if (save) {
    Status s = store.InTransaction([&]() -> Status {
      // Other features read the planned dates from the congresses table.
      if (Status u = store.UpsertCongresses({view.congress}); !u) return u;
      return PlansOf(store).SaveCongressDetails({org_code, term, view.details});
    });
    if (!s) return s.error();
    view.recorded = true;
    out.saved = true;
  }

  auto counts = store.CountsPerLevel(org_code);
  if (!counts.ok()) return counts.error();
  for (const org::LevelCount& count : *counts) {
    if (count.level == view.organization.level) view.members = count.members;
  }
  auto approved = ResultsApproved(store, org_code, term);
  if (!approved.ok()) return approved.error();
  view.status = planning::DeriveStatus(view.congress, *approved);

  auto plan = CoveringPlan(store, view.organization, term);
  if (!plan.ok()) return plan.error();
  if (*plan) {
    view.plan_id = (*plan)->id;
    RecordOverride proposed{view.congress, view.details};
    // Saved or not, the check sees the record as the edit leaves it.
    auto round = CheckRound(store, actor, **plan, edit ? &proposed : nullptr);
    if (!round.ok()) return round.error();
    out.violations = std::move(round->violations);
    view.violations = ViolationsOf(out.violations, org_code);
  }
  return out;
}

std::vector<planning::Violation> ViolationsOf(const std::vector<planning::Violation>& all,
                                              const std::string& org_code) {
  std::vector<planning::Violation> out;
  for (const auto& v : all) {
    if (v.org == org_code) out.push_back(v);
  }
  return out;
}

}  // namespace daihoi::app
