#include "storage/plan_store.h"

#include <set>
#include <utility>

#include "storage/tree_rows.h"

namespace daihoi::storage {
namespace {

Error Conflict(const planning::Plan& plan) {
  return Error(ErrorCode::kConflict, "tổ chức '" + plan.root + "' đã có kế hoạch nhiệm kỳ " +
                                         plan.term + " (a plan for this term exists)");
}

constexpr const char* kPlanSelect =
    "SELECT p.id, o.code, p.term, p.title, p.members_congress_below, p.notice_working_days, "
    "p.quorum_numerator, p.quorum_denominator, p.created_at, p.updated_at "
    "FROM plans p JOIN organizations o ON o.id = p.org_id ";

constexpr const char* kDetailsColumns =
    "d.chosen_option, d.venue, d.announced_on, d.item_review, d.item_documents, "
    "d.item_committee, d.item_delegation, d.reduced";

planning::CongressDetails ReadDetails(const SqlRow& row, int first) {
  planning::CongressDetails details;
  if (auto chosen = row.OptionalInt(first)) details.chosen = static_cast<int>(*chosen);
  details.venue = row.Text(first + 1);
  details.announced_on = row.OptionalDate(first + 2);
  details.items.clear();
  for (int i = 0; i < 4; ++i) {
    if (row.Flag(first + 3 + i)) details.items.push_back(planning::kAllContentItems[i]);
  }
  details.reduced = row.Flag(first + 7);
  return details;
}

}  // namespace

Status SqlPlanStore::WritePlanRows(int64_t id, const planning::Plan& plan) {
  for (const char* table : {"plan_levels", "plan_pilots", "plan_announcements"}) {
    auto cleared = sql().Run(std::string("DELETE FROM ") + table + " WHERE plan_id = $1", {id});
    if (!cleared.ok()) return cleared.error();
  }
  std::set<std::string, std::less<>> levels;
  for (const auto& [level, window] : plan.windows) levels.insert(level);
  for (const auto& [level, window] : plan.pilot_windows) levels.insert(level);
  for (const auto& [level, days] : plan.max_days) levels.insert(level);
  for (const std::string& level : plan.notice_levels) levels.insert(level);
  for (const std::string& level : levels) {
    std::optional<Date> start, end, pilot_start, pilot_end;
    if (auto w = plan.windows.find(level); w != plan.windows.end()) {
      start = w->second.start;
      end = w->second.end;
    }
    if (auto w = plan.pilot_windows.find(level); w != plan.pilot_windows.end()) {
      pilot_start = w->second.start;
      pilot_end = w->second.end;
    }
    std::optional<int64_t> max_days;
    if (auto m = plan.max_days.find(level); m != plan.max_days.end()) max_days = m->second;
    bool notice = false;
    for (const std::string& l : plan.notice_levels) notice = notice || l == level;
    auto inserted = sql().Run(
        "INSERT INTO plan_levels (plan_id, level, window_start, window_end, pilot_window_start, "
        "pilot_window_end, max_days, notice) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {id, level, start, end, pilot_start, pilot_end, max_days, notice});
    if (!inserted.ok()) return inserted.error();
  }
  int64_t position = 0;
  for (const std::string& pilot : plan.pilots) {
    auto org_id = sql().OrgId(pilot);
    if (!org_id.ok()) return org_id.error();
    // A pilot named twice is one pilot.
    auto inserted = sql().Run(
        "INSERT INTO plan_pilots (plan_id, org_id, position) VALUES ($1, $2, $3) "
        "ON CONFLICT (plan_id, org_id) DO NOTHING",
        {id, *org_id, position++});
    if (!inserted.ok()) return inserted.error();
  }
  for (const auto& [code, date] : plan.announcements) {
    auto org_id = sql().OrgId(code);
    if (!org_id.ok()) return org_id.error();
    auto inserted = sql().Run(
        "INSERT INTO plan_announcements (plan_id, org_id, announced_on) VALUES ($1, $2, $3)",
        {id, *org_id, date});
    if (!inserted.ok()) return inserted.error();
  }
  return {};
}

Result<int64_t> SqlPlanStore::CreatePlan(const app::PlanRecord& record) {
  const planning::Plan& plan = record.plan;
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(plan.root);
    if (!org_id.ok()) return org_id.error();
    auto existing = sql().FirstInt("SELECT id FROM plans WHERE org_id = $1 AND term = $2",
                                   {*org_id, plan.term});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict(plan);
    auto inserted = sql().InsertId(
        "INSERT INTO plans (org_id, term, title, members_congress_below, notice_working_days, "
        "quorum_numerator, quorum_denominator, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, " +
            sql().NowUtc() + ", " + sql().NowUtc() + ") RETURNING id",
        {*org_id, plan.term, record.title, plan.members_congress_below, plan.notice_working_days,
         plan.quorum.numerator, plan.quorum.denominator});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return WritePlanRows(id, plan);
  });
  if (!s) return s.error();
  return id;
}

Status SqlPlanStore::UpdatePlan(int64_t id, const app::PlanRecord& record) {
  const planning::Plan& plan = record.plan;
  return sql().Transaction([&]() -> Status {
    auto known = sql().FirstInt("SELECT id FROM plans WHERE id = $1", {id});
    if (!known.ok()) return known.error();
    if (!*known) return NotFound("không có kế hoạch số " + std::to_string(id) + " (unknown plan)");
    auto org_id = sql().OrgId(plan.root);
    if (!org_id.ok()) return org_id.error();
    auto other = sql().FirstInt("SELECT id FROM plans WHERE org_id = $1 AND term = $2 AND id <> $3",
                                {*org_id, plan.term, id});
    if (!other.ok()) return other.error();
    if (*other) return Conflict(plan);
    auto updated = sql().Run(
        "UPDATE plans SET org_id = $1, term = $2, title = $3, members_congress_below = $4, "
        "notice_working_days = $5, quorum_numerator = $6, quorum_denominator = $7, "
        "updated_at = " +
            sql().NowUtc() + " WHERE id = $8",
        {*org_id, plan.term, record.title, plan.members_congress_below, plan.notice_working_days,
         plan.quorum.numerator, plan.quorum.denominator, id});
    if (!updated.ok()) return updated.error();
    return WritePlanRows(id, plan);
  });
}

Result<std::vector<app::PlanRecord>> SqlPlanStore::SelectPlans(const std::string& where,
                                                               const SqlParams& params) {
  std::vector<app::PlanRecord> plans;
  Status s = sql().Transaction([&]() -> Status {
    auto read = sql().Query(kPlanSelect + where, params, [&](const SqlRow& row) {
      app::PlanRecord record;
      record.id = row.Int(0);
      record.plan.root = row.Text(1);
      record.plan.term = row.Text(2);
      record.title = row.Text(3);
      record.plan.members_congress_below = row.Int(4);
      record.plan.notice_working_days = row.OptionalInt(5);
      record.plan.quorum = {row.Int(6), row.Int(7)};
      record.created_at = row.Text(8);
      record.updated_at = row.Text(9);
      record.plan.notice_levels.clear();
      plans.push_back(std::move(record));
    });
    if (!read) return read;
    for (app::PlanRecord& record : plans) {
      planning::Plan& plan = record.plan;
      read = sql().Query(
          "SELECT level, window_start, window_end, pilot_window_start, pilot_window_end, "
          "max_days, notice FROM plan_levels WHERE plan_id = $1 ORDER BY level",
          {record.id}, [&](const SqlRow& row) {
            const std::string level = row.Text(0);
            auto start = row.OptionalDate(1);
            auto end = row.OptionalDate(2);
            if (start && end) plan.windows[level] = {*start, *end};
            auto pilot_start = row.OptionalDate(3);
            auto pilot_end = row.OptionalDate(4);
            if (pilot_start && pilot_end) plan.pilot_windows[level] = {*pilot_start, *pilot_end};
            if (auto days = row.OptionalInt(5)) plan.max_days[level] = *days;
            if (row.Flag(6)) plan.notice_levels.push_back(level);
          });
      if (!read) return read;
      read = sql().Query(
          "SELECT o.code FROM plan_pilots p JOIN organizations o ON o.id = p.org_id "
          "WHERE p.plan_id = $1 ORDER BY p.position",
          {record.id}, [&](const SqlRow& row) { plan.pilots.push_back(row.Text(0)); });
      if (!read) return read;
      read = sql().Query(
          "SELECT o.code, a.announced_on FROM plan_announcements a "
          "JOIN organizations o ON o.id = a.org_id WHERE a.plan_id = $1",
          {record.id}, [&](const SqlRow& row) {
            if (auto date = row.OptionalDate(1)) plan.announcements[row.Text(0)] = *date;
          });
      if (!read) return read;
    }
    return {};
  });
  if (!s) return s.error();
  return plans;
}

Result<std::optional<app::PlanRecord>> SqlPlanStore::FindPlan(int64_t id) {
  auto plans = SelectPlans("WHERE p.id = $1", {id});
  if (!plans.ok()) return plans.error();
  if (plans->empty()) return std::optional<app::PlanRecord>();
  return std::optional<app::PlanRecord>(std::move(plans->front()));
}

Result<std::optional<app::PlanRecord>> SqlPlanStore::FindPlanFor(const std::string& root,
                                                                 const std::string& term) {
  auto plans = SelectPlans("WHERE o.code = $1 AND p.term = $2", {root, term});
  if (!plans.ok()) return plans.error();
  if (plans->empty()) return std::optional<app::PlanRecord>();
  return std::optional<app::PlanRecord>(std::move(plans->front()));
}

Result<std::vector<app::PlanRecord>> SqlPlanStore::Plans(const std::string& root) {
  if (root.empty()) return SelectPlans("ORDER BY o.code, p.term DESC", {});
  return SelectPlans("WHERE o.code = $1 ORDER BY p.term DESC", {root});
}

Result<std::optional<planning::CongressDetails>> SqlPlanStore::FindCongressDetails(
    const std::string& org_code, const std::string& term) {
  std::optional<planning::CongressDetails> found;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(org_code);
    if (!org_id.ok()) return org_id.error();
    auto read =
        sql().Query(std::string("SELECT ") + kDetailsColumns +
                        " FROM congress_details d WHERE d.org_id = $1 AND d.term = $2",
                    {*org_id, term}, [&](const SqlRow& row) { found = ReadDetails(row, 0); });
    if (!read || !found) return read;
    return sql().Query(
        "SELECT start_date, end_date, note FROM congress_date_options "
        "WHERE org_id = $1 AND term = $2 ORDER BY position",
        {*org_id, term}, [&](const SqlRow& row) {
          found->options.push_back({row.OptionalDate(0).value_or(Date()),
                                    row.OptionalDate(1).value_or(Date()), row.Text(2)});
        });
  });
  if (!s) return s.error();
  return found;
}

Result<std::vector<app::CongressDetailsRecord>> SqlPlanStore::CongressDetailsIn(
    const std::string& root) {
  std::vector<app::CongressDetailsRecord> records;
  Status s = sql().Transaction([&]() -> Status {
    auto root_path = sql().FirstText("SELECT path FROM organizations WHERE code = $1", {root});
    if (!root_path.ok()) return root_path.error();
    if (!*root_path) return NotFound("organization '" + root + "' not found");
    // The subtree is the range [path, PathUpper(path)) of materialized paths (tree_rows.h).
    const SqlParams range{**root_path, PathUpper(**root_path)};
    auto read = sql().Query(std::string("SELECT o.code, d.term, ") + kDetailsColumns +
                                " FROM congress_details d JOIN organizations o ON o.id = d.org_id "
                                "WHERE o.path >= $1 AND o.path < $2 ORDER BY o.path, d.term",
                            range, [&](const SqlRow& row) {
                              records.push_back({row.Text(0), row.Text(1), ReadDetails(row, 2)});
                            });
    if (!read) return read;
    size_t next = 0;
    return sql().Query(
        "SELECT o.code, x.term, x.start_date, x.end_date, x.note FROM congress_date_options x "
        "JOIN organizations o ON o.id = x.org_id WHERE o.path >= $1 AND o.path < $2 "
        "ORDER BY o.path, x.term, x.position",
        range, [&](const SqlRow& row) {
          // Both reads are in the same order: walk the records alongside.
          const std::string code = row.Text(0);
          const std::string term = row.Text(1);
          while (next < records.size() &&
                 (records[next].org_code != code || records[next].term != term)) {
            ++next;
          }
          if (next == records.size()) return;
          records[next].details.options.push_back({row.OptionalDate(2).value_or(Date()),
                                                   row.OptionalDate(3).value_or(Date()),
                                                   row.Text(4)});
        });
  });
  if (!s) return s.error();
  return records;
}

Status SqlPlanStore::SaveCongressDetails(const app::CongressDetailsRecord& record) {
  const planning::CongressDetails& details = record.details;
  return sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(record.org_code);
    if (!org_id.ok()) return org_id.error();
    auto has = [&](planning::ContentItem item) {
      for (planning::ContentItem i : details.items) {
        if (i == item) return true;
      }
      return false;
    };
    std::optional<int64_t> chosen;
    if (details.chosen) chosen = *details.chosen;
    auto upserted = sql().Run(
        "INSERT INTO congress_details (org_id, term, chosen_option, venue, announced_on, "
        "item_review, item_documents, item_committee, item_delegation, reduced, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, " +
            sql().NowUtc() +
            ") ON CONFLICT (org_id, term) DO UPDATE SET chosen_option = excluded.chosen_option, "
            "venue = excluded.venue, announced_on = excluded.announced_on, "
            "item_review = excluded.item_review, item_documents = excluded.item_documents, "
            "item_committee = excluded.item_committee, "
            "item_delegation = excluded.item_delegation, reduced = excluded.reduced, "
            "updated_at = excluded.updated_at",
        {*org_id, record.term, chosen, details.venue, details.announced_on,
         has(planning::ContentItem::kReview), has(planning::ContentItem::kDocuments),
         has(planning::ContentItem::kCommittee), has(planning::ContentItem::kDelegation),
         details.reduced});
    if (!upserted.ok()) return upserted.error();
    auto cleared = sql().Run("DELETE FROM congress_date_options WHERE org_id = $1 AND term = $2",
                             {*org_id, record.term});
    if (!cleared.ok()) return cleared.error();
    int64_t position = 0;
    for (const planning::DateOption& option : details.options) {
      auto inserted = sql().Run(
          "INSERT INTO congress_date_options (org_id, term, position, start_date, end_date, "
          "note) VALUES ($1, $2, $3, $4, $5, $6)",
          {*org_id, record.term, position++, option.start, option.end, option.note});
      if (!inserted.ok()) return inserted.error();
    }
    return {};
  });
}

}  // namespace daihoi::storage
