#include "storage/result_store.h"

#include <set>
#include <utility>

#include "storage/tree_rows.h"

namespace daihoi::storage {
namespace {

// Body order of election::kAllBodies, officials before alternates.
const char* const kBodyOrder =
    "CASE body WHEN 'committee' THEN 0 WHEN 'standing_committee' THEN 1 WHEN 'secretary' THEN 2 "
    "WHEN 'deputy_secretary' THEN 3 WHEN 'inspection' THEN 4 ELSE 5 END, "
    "CASE capacity WHEN 'official' THEN 0 ELSE 1 END, rank";

const char* const kMemberColumns =
    "body, capacity, rank, full_name, member_id, gender, birth_date, election_id";

election::Membership ReadMembership(const SqlRow& row, int first) {
  election::Membership membership;
  membership.body = election::ParseBody(row.Text(first)).value_or(election::Body::kCommittee);
  membership.capacity =
      election::ParseCapacity(row.Text(first + 1)).value_or(election::Capacity::kOfficial);
  membership.rank = static_cast<int>(row.Int(first + 2));
  membership.person.full_name = row.Text(first + 3);
  membership.person.member_id = row.Text(first + 4);
  membership.person.gender = row.Text(first + 5);
  membership.person.birth_date = row.OptionalDate(first + 6);
  membership.election_id = row.OptionalInt(first + 7);
  return membership;
}

}  // namespace

Result<std::optional<app::Approval>> SqlResultStore::FindApproval(const std::string& org_code,
                                                                  const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::optional<app::Approval> found;
  auto s = sql().Query(
      "SELECT superior.code, a.decision, a.approved_on, a.note, a.recorded_at FROM approvals a "
      "JOIN organizations superior ON superior.id = a.approved_by "
      "WHERE a.org_id = $1 AND a.term = $2",
      {*org_id, term}, [&](const SqlRow& row) {
        app::Approval approval;
        approval.org_code = org_code;
        approval.term = term;
        approval.approved_by = row.Text(0);
        approval.decision = row.Text(1);
        approval.approved_on = row.OptionalDate(2).value_or(Date());
        approval.note = row.Text(3);
        approval.recorded_at = row.Text(4);
        found = std::move(approval);
      });
  if (!s) return s.error();
  return found;
}

Status SqlResultStore::RecordApproval(const app::Approval& approval) {
  return sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(approval.org_code);
    if (!org_id.ok()) return org_id.error();
    auto superior_id = sql().OrgId(approval.approved_by);
    if (!superior_id.ok()) return superior_id.error();
    auto existing = sql().FirstInt("SELECT 1 FROM approvals WHERE org_id = $1 AND term = $2",
                                   {*org_id, approval.term});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      return Error(ErrorCode::kConflict, "the results of the congress of " + approval.org_code +
                                             " for " + approval.term + " are approved already");
    }
    auto inserted = sql().Run(
        "INSERT INTO approvals (org_id, term, approved_by, decision, approved_on, note, "
        "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, " +
            sql().NowUtc() + ")",
        {*org_id, approval.term, *superior_id, approval.decision, approval.approved_on,
         approval.note});
    if (!inserted.ok()) return inserted.error();
    return {};
  });
}

Result<std::vector<election::Membership>> SqlResultStore::Bodies(const std::string& org_code,
                                                                 const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<election::Membership> members;
  auto s = sql().Query(
      std::string("SELECT ") + kMemberColumns +
          " FROM body_members WHERE org_id = $1 AND term = $2 ORDER BY " + kBodyOrder,
      {*org_id, term}, [&](const SqlRow& row) { members.push_back(ReadMembership(row, 0)); });
  if (!s) return s.error();
  return members;
}

Status SqlResultStore::ReplaceBody(const std::string& org_code, const std::string& term,
                                   election::Body body,
                                   const std::vector<election::Membership>& members) {
  std::set<std::pair<election::Capacity, int>> places;
  for (size_t index = 0; index < members.size(); ++index) {
    const auto& member = members[index];
    const std::string field = "members[" + std::to_string(index) + "]";
    if (member.body != body) {
      return InvalidInput(std::string("a member of ") + election::ToString(member.body) +
                              " in the " + election::ToString(body) + " body",
                          field + ".body");
    }
    if (member.rank < 1 || !places.emplace(member.capacity, member.rank).second) {
      return InvalidInput("rank " + std::to_string(member.rank) + " given twice or below 1",
                          field + ".rank");
    }
    if (member.person.full_name.empty()) {
      return InvalidInput("full name required", field + ".full_name");
    }
  }
  return sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(org_code);
    if (!org_id.ok()) return org_id.error();
    auto cleared =
        sql().Run("DELETE FROM body_members WHERE org_id = $1 AND term = $2 AND body = $3",
                  {*org_id, term, election::ToString(body)});
    if (!cleared.ok()) return cleared.error();
    for (const auto& member : members) {
      auto inserted = sql().Run(
          "INSERT INTO body_members (org_id, term, body, capacity, rank, full_name, member_id, "
          "gender, birth_date, election_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
          {*org_id, term, election::ToString(body), election::ToString(member.capacity),
           member.rank, member.person.full_name, member.person.member_id, member.person.gender,
           member.person.birth_date, member.election_id});
      if (!inserted.ok()) return inserted.error();
    }
    return {};
  });
}

Result<std::vector<std::string>> SqlResultStore::BodyTerms(const std::string& org_code) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<std::string> terms;
  auto s = sql().Query("SELECT DISTINCT term FROM body_members WHERE org_id = $1 ORDER BY term",
                       {*org_id}, [&](const SqlRow& row) { terms.push_back(row.Text(0)); });
  if (!s) return s.error();
  return terms;
}

Result<std::vector<app::MembershipRow>> SqlResultStore::SubtreeBodies(const std::string& root,
                                                                      election::Body body) {
  auto root_path = sql().FirstText("SELECT path FROM organizations WHERE code = $1", {root});
  if (!root_path.ok()) return root_path.error();
  if (!*root_path) return NotFound("organization '" + root + "' not found");
  std::vector<app::MembershipRow> rows;
  // The subtree is the range [path, PathUpper(path)) of materialized paths (tree_rows.h).
  auto s = sql().Query(
      std::string("SELECT o.code, b.term, ") +
          "b.body, b.capacity, b.rank, b.full_name, b.member_id, b.gender, b.birth_date, "
          "b.election_id FROM body_members b JOIN organizations o ON o.id = b.org_id "
          "WHERE b.body = $1 AND o.path >= $2 AND o.path < $3 "
          "ORDER BY o.path, b.term, CASE b.capacity WHEN 'official' THEN 0 ELSE 1 END, b.rank",
      {election::ToString(body), **root_path, PathUpper(**root_path)}, [&](const SqlRow& row) {
        rows.push_back({row.Text(0), row.Text(1), ReadMembership(row, 2)});
      });
  if (!s) return s.error();
  return rows;
}

Status SqlResultStore::MarkApplied(int64_t election_id) {
  auto known = sql().FirstInt("SELECT 1 FROM elections WHERE id = $1", {election_id});
  if (!known.ok()) return known.error();
  if (!*known) return NotFound("election " + std::to_string(election_id) + " not found");
  auto marked = sql().Run("INSERT INTO applied_results (election_id, applied_at) VALUES ($1, " +
                              sql().NowUtc() +
                              ") ON CONFLICT (election_id) DO UPDATE SET applied_at = "
                              "excluded.applied_at",
                          {election_id});
  if (!marked.ok()) return marked.error();
  return {};
}

Result<std::vector<app::AppliedResult>> SqlResultStore::AppliedResults(const std::string& org_code,
                                                                       const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<app::AppliedResult> applied;
  auto s = sql().Query(
      "SELECT a.election_id, a.applied_at FROM applied_results a JOIN elections e ON e.id = "
      "a.election_id WHERE e.org_id = $1 AND e.term = $2 ORDER BY a.election_id",
      {*org_id, term}, [&](const SqlRow& row) {
        applied.push_back({row.Int(0), row.Text(1)});
      });
  if (!s) return s.error();
  return applied;
}

}  // namespace daihoi::storage
