#include "storage/personnel_store.h"

#include <utility>

namespace daihoi::storage {
namespace {

const char* const kPositionColumns =
    "p.id, p.member_id, p.kind, p.organization, p.org_code, p.from_date, p.to_date";

personnel::MemberPosition ReadPosition(const SqlRow& row) {
  personnel::MemberPosition position;
  position.id = row.Int(0);
  position.member_id = row.Text(1);
  position.kind = row.Text(2);
  position.organization = row.Text(3);
  position.org_code = row.Text(4);
  position.from = row.OptionalDate(5);
  position.to = row.OptionalDate(6);
  return position;
}

const char* const kSchemeColumns =
    "s.id, o.code, s.term, s.version, s.status, s.committee, s.standing_committee, s.deputies, "
    "s.inspection, s.delegates, s.women_min_percent, s.under_40_min_percent, "
    "s.age_40_50_min_percent, s.age_40_50_max_percent, s.first_time_min_months, "
    "s.reelected_min_months, s.retirement_age_male_months, s.retirement_age_female_months, "
    "s.profile, s.note, s.created_by, s.created_at";

app::SchemeRecord ReadScheme(const SqlRow& row) {
  app::SchemeRecord scheme;
  scheme.id = row.Int(0);
  scheme.org_code = row.Text(1);
  scheme.term = row.Text(2);
  scheme.version = static_cast<int>(row.Int(3));
  scheme.status =
      personnel::ParseSchemeStatus(row.Text(4)).value_or(personnel::SchemeStatus::kDraft);
  scheme.numbers.committee = static_cast<int>(row.Int(5));
  scheme.numbers.standing_committee = static_cast<int>(row.Int(6));
  scheme.numbers.deputies = static_cast<int>(row.Int(7));
  scheme.numbers.inspection = static_cast<int>(row.Int(8));
  scheme.numbers.delegates = static_cast<int>(row.Int(9));
  scheme.targets.women_min_percent = static_cast<int>(row.Int(10));
  scheme.targets.under_40_min_percent = static_cast<int>(row.Int(11));
  scheme.targets.age_40_50_min_percent = static_cast<int>(row.Int(12));
  scheme.targets.age_40_50_max_percent = static_cast<int>(row.Int(13));
  scheme.targets.first_time_min_months = static_cast<int>(row.Int(14));
  scheme.targets.reelected_min_months = static_cast<int>(row.Int(15));
  scheme.targets.retirement_age_male_months = static_cast<int>(row.Int(16));
  scheme.targets.retirement_age_female_months = static_cast<int>(row.Int(17));
  scheme.profile = row.Text(18);
  scheme.note = row.Text(19);
  scheme.created_by = row.Text(20);
  scheme.created_at = row.Text(21);
  return scheme;
}

const char* const kNomineeColumns =
    "id, scheme_id, list_kind, member_id, full_name, gender, birth_date, reason, outgoing, note";

app::SchemeNomineeRecord ReadNominee(const SqlRow& row) {
  app::SchemeNomineeRecord nominee;
  nominee.id = row.Int(0);
  nominee.scheme_id = row.Int(1);
  nominee.list =
      personnel::ParseSchemeList(row.Text(2)).value_or(personnel::SchemeList::kCommittee);
  nominee.member_id = row.Text(3);
  nominee.full_name = row.Text(4);
  nominee.gender = row.Text(5);
  nominee.birth_date = row.OptionalDate(6);
  nominee.reason =
      personnel::ParseNomineeReason(row.Text(7)).value_or(personnel::NomineeReason::kOther);
  nominee.outgoing = row.Flag(8);
  nominee.note = row.Text(9);
  return nominee;
}

const char* const kTaskColumns =
    "t.id, o.code, t.term, t.member_id, t.full_name, t.board, t.due_date, t.conclusion, t.note, "
    "t.concluded_by, t.concluded_at, t.created_at";

app::VettingTaskRecord ReadTask(const SqlRow& row) {
  app::VettingTaskRecord task;
  task.id = row.Int(0);
  task.org_code = row.Text(1);
  task.term = row.Text(2);
  task.member_id = row.Text(3);
  task.full_name = row.Text(4);
  task.board = row.Text(5);
  task.due = row.OptionalDate(6);
  task.conclusion =
      personnel::ParseVettingConclusion(row.Text(7)).value_or(personnel::VettingConclusion::kOpen);
  task.note = row.Text(8);
  task.concluded_by = row.Text(9);
  task.concluded_at = row.Text(10);
  task.created_at = row.Text(11);
  return task;
}

const char* const kComplaintColumns =
    "c.id, o.code, c.term, c.member_id, c.full_name, c.received_on, c.source, c.summary, "
    "c.assigned_to, c.conclusion, c.concluded_on, c.concluded_by, c.created_at";

app::ComplaintRecord ReadComplaint(const SqlRow& row) {
  app::ComplaintRecord complaint;
  complaint.id = row.Int(0);
  complaint.org_code = row.Text(1);
  complaint.term = row.Text(2);
  complaint.member_id = row.Text(3);
  complaint.full_name = row.Text(4);
  complaint.received_on = row.OptionalDate(5).value_or(Date());
  complaint.source =
      personnel::ParseComplaintSource(row.Text(6)).value_or(personnel::ComplaintSource::kOther);
  complaint.summary = row.Text(7);
  complaint.assigned_to = row.Text(8);
  complaint.conclusion = row.Text(9);
  complaint.concluded_on = row.OptionalDate(10);
  complaint.concluded_by = row.Text(11);
  complaint.created_at = row.Text(12);
  return complaint;
}

Error Unknown(const std::string& what, int64_t id, const std::string& field) {
  Error error = NotFound("không có " + what + " số " + std::to_string(id));
  error.field = field;
  return error;
}

}  // namespace

Result<std::vector<personnel::PositionKind>> SqlPersonnelStore::PositionKinds() {
  std::vector<personnel::PositionKind> out;
  auto s = sql().Query(
      "SELECT code, label, rank, party_body FROM position_kinds ORDER BY rank, code", {},
      [&](const SqlRow& row) {
        out.push_back({row.Text(0), row.Text(1), static_cast<int>(row.Int(2)), row.Flag(3)});
      });
  if (!s) return s.error();
  return out;
}

Status SqlPersonnelStore::UpsertPositionKind(const personnel::PositionKind& kind) {
  auto changed = sql().Run(
      "INSERT INTO position_kinds (code, label, rank, party_body) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (code) DO UPDATE SET label = excluded.label, rank = excluded.rank, "
      "party_body = excluded.party_body",
      {kind.code, kind.label, kind.rank, kind.party_body});
  if (!changed.ok()) return changed.error();
  return {};
}

Result<std::vector<int64_t>> SqlPersonnelStore::AddPositions(
    const std::vector<personnel::MemberPosition>& positions) {
  std::vector<int64_t> ids;
  Status s = sql().Transaction([&]() -> Status {
    for (const personnel::MemberPosition& position : positions) {
      auto id = sql().InsertId(
          "INSERT INTO member_positions (member_id, kind, organization, org_code, from_date, "
          "to_date) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          {position.member_id, position.kind, position.organization, position.org_code,
           position.from, position.to});
      if (!id.ok()) return id.error();
      ids.push_back(*id);
    }
    return {};
  });
  if (!s) return s.error();
  return ids;
}

Result<std::vector<personnel::MemberPosition>> SqlPersonnelStore::Positions(
    const std::vector<std::string>& member_ids) {
  std::vector<personnel::MemberPosition> out;
  if (member_ids.empty()) return out;
  std::string in;
  SqlParams params;
  for (const std::string& id : member_ids) {
    if (!params.empty()) in += ", ";
    params.push_back(id);
    in += "$" + std::to_string(params.size());
  }
  auto s = sql().Query(std::string("SELECT ") + kPositionColumns +
                           " FROM member_positions p WHERE p.member_id IN (" + in +
                           ") ORDER BY p.member_id, p.from_date, p.id",
                       params, [&](const SqlRow& row) { out.push_back(ReadPosition(row)); });
  if (!s) return s.error();
  return out;
}

Result<std::vector<personnel::MemberPosition>> SqlPersonnelStore::OrganizationPositions(
    const std::string& org_code) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<personnel::MemberPosition> out;
  auto s = sql().Query(
      std::string("SELECT ") + kPositionColumns +
          " FROM member_positions p LEFT JOIN members m ON m.id = p.member_id "
          "WHERE m.org_id = $1 OR p.org_code = $2 ORDER BY p.member_id, p.from_date, p.id",
      {*org_id, org_code}, [&](const SqlRow& row) { out.push_back(ReadPosition(row)); });
  if (!s) return s.error();
  return out;
}

Result<int64_t> SqlPersonnelStore::CreateScheme(const app::SchemeRecord& scheme) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(scheme.org_code);
    if (!org_id.ok()) return org_id.error();
    auto existing = sql().FirstInt(
        "SELECT id FROM personnel_schemes WHERE org_id = $1 AND term = $2 AND version = $3",
        {*org_id, scheme.term, scheme.version});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      Error error(ErrorCode::kConflict,
                  "đề án nhân sự phiên bản " + std::to_string(scheme.version) + " đã có");
      error.field = "version";
      return error;
    }
    const election::ListStructureTargets& t = scheme.targets;
    const personnel::SchemeNumbers& n = scheme.numbers;
    auto inserted = sql().InsertId(
        "INSERT INTO personnel_schemes (org_id, term, version, status, committee, "
        "standing_committee, deputies, inspection, delegates, women_min_percent, "
        "under_40_min_percent, age_40_50_min_percent, age_40_50_max_percent, "
        "first_time_min_months, reelected_min_months, retirement_age_male_months, "
        "retirement_age_female_months, profile, note, created_by, created_at) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, " +
            sql().NowUtc() + ") RETURNING id",
        {*org_id,
         scheme.term,
         scheme.version,
         personnel::ToString(scheme.status),
         n.committee,
         n.standing_committee,
         n.deputies,
         n.inspection,
         n.delegates,
         t.women_min_percent,
         t.under_40_min_percent,
         t.age_40_50_min_percent,
         t.age_40_50_max_percent,
         t.first_time_min_months,
         t.reelected_min_months,
         t.retirement_age_male_months,
         t.retirement_age_female_months,
         scheme.profile,
         scheme.note,
         scheme.created_by});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<std::optional<app::SchemeRecord>> SqlPersonnelStore::FindScheme(int64_t id) {
  std::optional<app::SchemeRecord> found;
  auto s = sql().Query(std::string("SELECT ") + kSchemeColumns +
                           " FROM personnel_schemes s JOIN organizations o ON o.id = s.org_id "
                           "WHERE s.id = $1",
                       {id}, [&](const SqlRow& row) { found = ReadScheme(row); });
  if (!s) return s.error();
  return found;
}

Result<std::vector<app::SchemeRecord>> SqlPersonnelStore::Schemes(const std::string& org_code,
                                                                  const std::string& term) {
  std::vector<app::SchemeRecord> out;
  auto s =
      sql().Query(std::string("SELECT ") + kSchemeColumns +
                      " FROM personnel_schemes s JOIN organizations o ON o.id = s.org_id "
                      "WHERE o.code = $1 AND s.term = $2 ORDER BY s.version",
                  {org_code, term}, [&](const SqlRow& row) { out.push_back(ReadScheme(row)); });
  if (!s) return s.error();
  return out;
}

Status SqlPersonnelStore::SetSchemeStatus(int64_t scheme_id, personnel::SchemeStatus status,
                                          const app::SchemeEvent& event) {
  return sql().Transaction([&]() -> Status {
    auto changed = sql().Run("UPDATE personnel_schemes SET status = $1 WHERE id = $2",
                             {personnel::ToString(status), scheme_id});
    if (!changed.ok()) return changed.error();
    if (*changed == 0) return Unknown("đề án nhân sự", scheme_id, "scheme_id");
    app::SchemeEvent step = event;
    step.scheme_id = scheme_id;
    return AddSchemeEvent(step);
  });
}

Status SqlPersonnelStore::AddSchemeEvent(const app::SchemeEvent& event) {
  auto id = sql().InsertId(
      "INSERT INTO scheme_events (scheme_id, action, actor, comment, recorded_at) VALUES ($1, $2, "
      "$3, $4, " +
          sql().NowUtc() + ") RETURNING id",
      {event.scheme_id, event.action, event.actor, event.comment});
  if (!id.ok()) return id.error();
  return {};
}

Result<std::vector<app::SchemeEvent>> SqlPersonnelStore::SchemeEvents(int64_t scheme_id) {
  std::vector<app::SchemeEvent> out;
  auto s = sql().Query(
      "SELECT id, scheme_id, action, actor, comment, recorded_at FROM scheme_events "
      "WHERE scheme_id = $1 ORDER BY id",
      {scheme_id}, [&](const SqlRow& row) {
        out.push_back({row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5)});
      });
  if (!s) return s.error();
  return out;
}

Result<int64_t> SqlPersonnelStore::AddSchemeNominee(const app::SchemeNomineeRecord& nominee) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto existing = sql().FirstInt(
        "SELECT id FROM scheme_nominees WHERE scheme_id = $1 AND list_kind = $2 AND member_id = $3",
        {nominee.scheme_id, personnel::ToString(nominee.list), nominee.member_id});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      Error error(ErrorCode::kConflict,
                  "đảng viên " + nominee.member_id + " đã có trong danh sách của đề án");
      error.field = "member_id";
      return error;
    }
    auto inserted = sql().InsertId(
        "INSERT INTO scheme_nominees (scheme_id, list_kind, member_id, full_name, gender, "
        "birth_date, reason, outgoing, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
        "RETURNING id",
        {nominee.scheme_id, personnel::ToString(nominee.list), nominee.member_id, nominee.full_name,
         nominee.gender, nominee.birth_date, personnel::ToString(nominee.reason), nominee.outgoing,
         nominee.note});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlPersonnelStore::RemoveSchemeNominee(int64_t scheme_id, personnel::SchemeList list,
                                                    const std::string& member_id) {
  auto changed = sql().Run(
      "DELETE FROM scheme_nominees WHERE scheme_id = $1 AND list_kind = $2 AND member_id = $3",
      {scheme_id, personnel::ToString(list), member_id});
  if (!changed.ok()) return changed.error();
  return *changed > 0;
}

Result<std::vector<app::SchemeNomineeRecord>> SqlPersonnelStore::SchemeNominees(int64_t scheme_id) {
  std::vector<app::SchemeNomineeRecord> out;
  auto s = sql().Query(std::string("SELECT ") + kNomineeColumns +
                           " FROM scheme_nominees WHERE scheme_id = $1 ORDER BY id",
                       {scheme_id}, [&](const SqlRow& row) { out.push_back(ReadNominee(row)); });
  if (!s) return s.error();
  return out;
}

Result<std::vector<personnel::VettingBoard>> SqlPersonnelStore::VettingBoards() {
  std::vector<personnel::VettingBoard> out;
  auto s = sql().Query("SELECT code, label, rank FROM vetting_boards ORDER BY rank, code", {},
                       [&](const SqlRow& row) {
                         out.push_back({row.Text(0), row.Text(1), static_cast<int>(row.Int(2))});
                       });
  if (!s) return s.error();
  return out;
}

Status SqlPersonnelStore::UpsertVettingBoard(const personnel::VettingBoard& board) {
  auto changed = sql().Run(
      "INSERT INTO vetting_boards (code, label, rank) VALUES ($1, $2, $3) ON CONFLICT (code) DO "
      "UPDATE SET label = excluded.label, rank = excluded.rank",
      {board.code, board.label, board.rank});
  if (!changed.ok()) return changed.error();
  return {};
}

Result<int64_t> SqlPersonnelStore::AddVettingTasks(
    const std::vector<app::VettingTaskRecord>& tasks) {
  int64_t added = 0;
  Status s = sql().Transaction([&]() -> Status {
    for (const app::VettingTaskRecord& task : tasks) {
      auto org_id = sql().OrgId(task.org_code);
      if (!org_id.ok()) return org_id.error();
      auto changed = sql().Run(
          "INSERT INTO vetting_tasks (org_id, term, member_id, full_name, board, due_date, "
          "created_at) VALUES ($1, $2, $3, $4, $5, $6, " +
              sql().NowUtc() + ") ON CONFLICT (org_id, term, member_id, board) DO NOTHING",
          {*org_id, task.term, task.member_id, task.full_name, task.board, task.due});
      if (!changed.ok()) return changed.error();
      added += *changed;
    }
    return {};
  });
  if (!s) return s.error();
  return added;
}

Result<std::vector<app::VettingTaskRecord>> SqlPersonnelStore::VettingTasks(
    const std::string& org_code, const std::string& term) {
  std::vector<app::VettingTaskRecord> out;
  auto s = sql().Query(std::string("SELECT ") + kTaskColumns +
                           " FROM vetting_tasks t JOIN organizations o ON o.id = t.org_id "
                           "LEFT JOIN vetting_boards b ON b.code = t.board "
                           "WHERE o.code = $1 AND t.term = $2 ORDER BY t.full_name " +
                           sql().ViCollate() + ", t.member_id, b.rank, t.board",
                       {org_code, term}, [&](const SqlRow& row) { out.push_back(ReadTask(row)); });
  if (!s) return s.error();
  return out;
}

Result<std::optional<app::VettingTaskRecord>> SqlPersonnelStore::FindVettingTask(int64_t id) {
  std::optional<app::VettingTaskRecord> found;
  auto s = sql().Query(std::string("SELECT ") + kTaskColumns +
                           " FROM vetting_tasks t JOIN organizations o ON o.id = t.org_id "
                           "WHERE t.id = $1",
                       {id}, [&](const SqlRow& row) { found = ReadTask(row); });
  if (!s) return s.error();
  return found;
}

Status SqlPersonnelStore::ConcludeVettingTask(int64_t id, personnel::VettingConclusion conclusion,
                                              const std::string& note, const std::string& by) {
  auto changed = sql().Run(
      "UPDATE vetting_tasks SET conclusion = $1, note = $2, concluded_by = $3, concluded_at = " +
          sql().NowUtc() + " WHERE id = $4",
      {personnel::ToString(conclusion), note, by, id});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return Unknown("nhiệm vụ thẩm tra", id, "task_id");
  return {};
}

Result<int64_t> SqlPersonnelStore::AddComplaint(const app::ComplaintRecord& complaint) {
  auto org_id = sql().OrgId(complaint.org_code);
  if (!org_id.ok()) return org_id.error();
  return sql().InsertId(
      "INSERT INTO complaints (org_id, term, member_id, full_name, received_on, source, summary, "
      "assigned_to, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, " +
          sql().NowUtc() + ") RETURNING id",
      {*org_id, complaint.term, complaint.member_id, complaint.full_name, complaint.received_on,
       personnel::ToString(complaint.source), complaint.summary, complaint.assigned_to});
}

Result<std::optional<app::ComplaintRecord>> SqlPersonnelStore::FindComplaint(int64_t id) {
  std::optional<app::ComplaintRecord> found;
  auto s = sql().Query(std::string("SELECT ") + kComplaintColumns +
                           " FROM complaints c JOIN organizations o ON o.id = c.org_id "
                           "WHERE c.id = $1",
                       {id}, [&](const SqlRow& row) { found = ReadComplaint(row); });
  if (!s) return s.error();
  return found;
}

Result<std::vector<app::ComplaintRecord>> SqlPersonnelStore::Complaints(const std::string& org_code,
                                                                        const std::string& term) {
  std::vector<app::ComplaintRecord> out;
  auto s =
      sql().Query(std::string("SELECT ") + kComplaintColumns +
                      " FROM complaints c JOIN organizations o ON o.id = c.org_id "
                      "WHERE o.code = $1 AND c.term = $2 ORDER BY c.received_on, c.id",
                  {org_code, term}, [&](const SqlRow& row) { out.push_back(ReadComplaint(row)); });
  if (!s) return s.error();
  return out;
}

Status SqlPersonnelStore::ConcludeComplaint(int64_t id, const std::string& conclusion,
                                            const Date& on, const std::string& by) {
  auto changed = sql().Run(
      "UPDATE complaints SET conclusion = $1, concluded_on = $2, concluded_by = $3 WHERE id = $4",
      {conclusion, on, by, id});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return Unknown("đơn thư", id, "complaint_id");
  return {};
}

}  // namespace daihoi::storage
