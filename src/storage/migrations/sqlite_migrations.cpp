// SQLite migrations. Append only: never edit a migration that has landed (README.md).
//
// organizations.path is the materialized path of ids, "/12/345/6789/": the subtree of an
// organization is the range [path, PathUpper(path)) of the index on path. Names are ordered with
// the `vi` collation that every connection registers (ICU Vietnamese); it is used in queries
// only, never in the schema, so the file stays readable by plain sqlite3.
#include "storage/migrations/migrations.h"

namespace daihoi::storage {

const std::vector<Migration>& SqliteMigrations() {
  static const std::vector<Migration> migrations = {
      {1, "levels, organizations, members, congresses", R"sql(
CREATE TABLE levels (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  rank INTEGER NOT NULL
);

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL REFERENCES levels(code),
  parent_id INTEGER REFERENCES organizations(id),
  category TEXT NOT NULL DEFAULT '',
  stated_members INTEGER CHECK (stated_members IS NULL OR stated_members >= 0),
  path TEXT NOT NULL,
  search_key TEXT NOT NULL
);
-- Subtree range scans; covers the columns CountsPerLevel reads.
CREATE INDEX organizations_path ON organizations(path, parent_id, level, stated_members);
CREATE INDEX organizations_parent ON organizations(parent_id);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  name_order_key BLOB NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  party_join_date TEXT,
  full_member_date TEXT,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  status TEXT NOT NULL
);
CREATE INDEX members_org_status ON members(org_id, status);
CREATE INDEX members_order ON members(name_order_key, birth_date, id);

CREATE TABLE congresses (
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  ordinal INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL,
  pilot INTEGER NOT NULL DEFAULT 0,
  planned_start TEXT,
  planned_end TEXT,
  held_start TEXT,
  held_end TEXT,
  PRIMARY KEY (org_id, term)
);
)sql"},
      {2, "allocations of delegate seats", R"sql(
-- R-ALLOCATION: an allocation is saved with all its inputs. Units keep the code and name they
-- had, so the allocation reads the same after the tree changes.
CREATE TABLE allocations (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  method TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats >= 0),
  minimum INTEGER NOT NULL CHECK (minimum >= 0),
  as_of TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX allocations_org ON allocations(org_id, id);

CREATE TABLE allocation_units (
  allocation_id INTEGER NOT NULL REFERENCES allocations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  org_code TEXT NOT NULL,
  name TEXT NOT NULL,
  members INTEGER NOT NULL CHECK (members >= 0),
  member_source TEXT NOT NULL,
  minimum INTEGER,
  weight TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats >= 0),
  set_aside INTEGER NOT NULL,
  quota_num TEXT NOT NULL,
  quota_den TEXT NOT NULL,
  PRIMARY KEY (allocation_id, position)
);
)sql"},
      {3, "roll of a congress", R"sql(
-- The roll of a congress (app/roll_record.h), keyed by the organization and the term like the
-- congress itself, so that it may be recorded before the congress row. AUTOINCREMENT: an id is
-- never reused, since a roll entry's id is the person's key in issues and absences.
CREATE TABLE roll_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('ex_officio', 'official', 'alternate')),
  full_name TEXT NOT NULL,
  member_id TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  unit_code TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0 CHECK (rank >= 0 AND (role = 'ex_officio' OR rank >= 1))
);
CREATE INDEX roll_entries_congress ON roll_entries(org_id, term);

-- R-CREDENTIALS. person is a roll key: an entry id as decimal text, or a member id.
CREATE TABLE credential_issues (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  person TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('suspended', 'prosecuted', 'indicted', 'detained',
                                     'wrong_procedure', 'retired', 'transferred')),
  effective TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX credential_issues_congress ON credential_issues(org_id, term, person);

CREATE TABLE congress_sessions (
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number >= 1),
  title TEXT NOT NULL DEFAULT '',
  date TEXT,
  PRIMARY KEY (org_id, term, number)
);

-- session 0: absent for the whole congress.
CREATE TABLE absences (
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  person TEXT NOT NULL,
  session INTEGER NOT NULL CHECK (session >= 0),
  reason TEXT NOT NULL DEFAULT '',
  accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
  PRIMARY KEY (org_id, term, person, session)
);
)sql"},
      {4, "elections, rounds, ballot entries", R"sql(
-- The elections of a congress (app/election_record.h), keyed by (org_id, term) like the roll.
-- AUTOINCREMENT: ids are never reused (a ballot's QR and the minutes name them). locked_at is
-- NULL until the list is locked. Times are UTC text, e.g. 2020-06-15T21:04:05.123Z.
CREATE TABLE elections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organizations(id),
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('committee', 'standing_committee', 'secretary',
                                     'deputy_secretary', 'inspection', 'inspection_chair',
                                     'delegates')),
  seats INTEGER NOT NULL CHECK (seats >= 1),
  alternates INTEGER NOT NULL DEFAULT 0 CHECK (alternates >= 0),
  title TEXT NOT NULL,
  profile TEXT NOT NULL,
  required_clerks INTEGER NOT NULL CHECK (required_clerks BETWEEN 1 AND 3),
  list_digest TEXT NOT NULL DEFAULT '',
  locked_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX elections_congress ON elections(org_id, term);

-- The counting committee (ban kiểm phiếu), the head at position 0.
CREATE TABLE election_committee (
  election_id INTEGER NOT NULL REFERENCES elections(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL,
  PRIMARY KEY (election_id, position)
);

-- The ballot list in its stored order (ballot order once locked); rounds name positions.
CREATE TABLE candidates (
  election_id INTEGER NOT NULL REFERENCES elections(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  birth_date TEXT,
  member_id TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (election_id, position),
  UNIQUE (election_id, id)
);

-- closed_at, convened, issued, chain_head and the exclusions are the snapshot frozen at close.
CREATE TABLE rounds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  election_id INTEGER NOT NULL REFERENCES elections(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('first', 'revote_tied', 'further_round')),
  seats INTEGER NOT NULL CHECK (seats >= 0),
  alternates INTEGER NOT NULL DEFAULT 0 CHECK (alternates >= 0),
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  closed_at TEXT,
  convened INTEGER NOT NULL DEFAULT 0 CHECK (convened >= 0),
  issued INTEGER CHECK (issued >= 0),
  chain_head TEXT NOT NULL DEFAULT '',
  UNIQUE (election_id, number)
);

-- The candidates standing in a round, in the round's order, as positions of the election's list.
CREATE TABLE round_candidates (
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  ordinal INTEGER NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (round_id, ordinal)
);

-- R-THRESHOLD: who was taken off those convened when the round closed.
CREATE TABLE round_exclusions (
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  ordinal INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('temporary_transfer_absent', 'exempt_absent',
                                         'suspended', 'prosecuted', 'absent_with_reason',
                                         'absent_committee_member',
                                         'absent_delegate_unreplaced')),
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (round_id, ordinal)
);

-- Hash-chained and append-only: the triggers refuse any change or removal, and an entry into a
-- closed round. seq is 1, 2, … per round in append order.
CREATE TABLE ballot_entries (
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  clerk TEXT NOT NULL,
  number INTEGER NOT NULL,
  payload TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (round_id, seq)
) WITHOUT ROWID;

CREATE TRIGGER ballot_entries_no_update BEFORE UPDATE ON ballot_entries
BEGIN
  SELECT RAISE(ABORT, 'ballot entries are append-only: an entry is never changed');
END;
CREATE TRIGGER ballot_entries_no_delete BEFORE DELETE ON ballot_entries
BEGIN
  SELECT RAISE(ABORT, 'ballot entries are append-only: an entry is never removed');
END;
CREATE TRIGGER ballot_entries_round_open BEFORE INSERT ON ballot_entries
WHEN (SELECT closed FROM rounds WHERE id = NEW.round_id) = 1
BEGIN
  SELECT RAISE(ABORT, 'the round is closed: no more ballot entries');
END;
-- A closed round's snapshot is final.
CREATE TRIGGER rounds_closed_final BEFORE UPDATE ON rounds WHEN OLD.closed = 1
BEGIN
  SELECT RAISE(ABORT, 'the round is closed: its snapshot is final');
END;
)sql"},
      {5, "nominations: the list's sources, floor-gate polls, withdrawals, structure targets", R"sql(
-- Nominations to an election (đề cử, ứng cử): the person as the registry gave them, the source,
-- the floor-gate vote (R-FLOOR-GATE) and the withdrawal request with its vote (R-WITHDRAW).
CREATE TABLE nominations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  full_member_date TEXT,
  full_member INTEGER NOT NULL CHECK (full_member IN (0, 1)),
  committee_member INTEGER NOT NULL CHECK (committee_member IN (0, 1)),
  source TEXT NOT NULL CHECK (source IN ('committee', 'floor', 'self')),
  nominated_by TEXT NOT NULL DEFAULT '',
  nominated_by_committee_member INTEGER NOT NULL DEFAULT 0
    CHECK (nominated_by_committee_member IN (0, 1)),
  gate_convened INTEGER CHECK (gate_convened >= 0),
  gate_present INTEGER CHECK (gate_present >= 0),
  gate_agree INTEGER CHECK (gate_agree >= 0),
  gate_recorded_at TEXT,
  withdrawal_requested INTEGER NOT NULL DEFAULT 0 CHECK (withdrawal_requested IN (0, 1)),
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  withdrawal_requested_at TEXT,
  withdrawal_convened INTEGER CHECK (withdrawal_convened >= 0),
  withdrawal_present INTEGER CHECK (withdrawal_present >= 0),
  withdrawal_in_favour INTEGER CHECK (withdrawal_in_favour >= 0),
  withdrawal_voted_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (election_id, member_id)
);
CREATE INDEX nominations_election ON nominations(election_id);

-- R-STRUCTURE: the targets of an election (warnings, never errors); no row: the defaults.
CREATE TABLE structure_targets (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id) ON DELETE CASCADE,
  women_min_percent INTEGER NOT NULL,
  under_40_min_percent INTEGER NOT NULL,
  age_40_50_min_percent INTEGER NOT NULL,
  age_40_50_max_percent INTEGER NOT NULL,
  first_time_min_months INTEGER NOT NULL,
  reelected_min_months INTEGER NOT NULL,
  retirement_age_male_months INTEGER NOT NULL,
  retirement_age_female_months INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
)sql"},
      {6, "results: bodies, applied results, approvals", R"sql(
-- The bodies an organization elected for a term (election/results.h Membership), keyed by
-- (org_id, term) like the congress. election_id is the election the membership came from.
CREATE TABLE body_members (
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  body TEXT NOT NULL CHECK (body IN ('committee', 'standing_committee', 'secretary',
                                     'deputy_secretary', 'inspection', 'inspection_chair')),
  capacity TEXT NOT NULL CHECK (capacity IN ('official', 'alternate')),
  rank INTEGER NOT NULL CHECK (rank >= 1),
  full_name TEXT NOT NULL,
  member_id TEXT NOT NULL DEFAULT '',
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  election_id INTEGER REFERENCES elections(id),
  PRIMARY KEY (org_id, term, body, capacity, rank)
);
CREATE INDEX body_members_body ON body_members(body, org_id, term);

-- Elections whose result was applied to the bodies or to the parent congress's roll.
CREATE TABLE applied_results (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id) ON DELETE CASCADE,
  applied_at TEXT NOT NULL
);

-- R-APPROVAL: the superior committee's approval (chuẩn y), at most one per congress.
CREATE TABLE approvals (
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  approved_by INTEGER NOT NULL REFERENCES organizations(id),
  decision TEXT NOT NULL,
  approved_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (org_id, term)
);
)sql"},
      {7, "bundles: elections imported from a venue", R"sql(
-- An election counted at a venue and imported from its signed bundle (app/bundle.h): the
-- fingerprint of the venue's key and the election's id there. Insert only: a later bundle of
-- the same venue extends the election, never rewrites it.
CREATE TABLE election_origins (
  election_id INTEGER PRIMARY KEY REFERENCES elections(id),
  venue_key TEXT NOT NULL,
  venue_election_id INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (venue_key, venue_election_id)
);

-- The round's id at the venue: its entries' hashes carry it (app/entry_hash.cpp).
CREATE TABLE round_origins (
  round_id INTEGER PRIMARY KEY REFERENCES rounds(id),
  venue_round_id INTEGER NOT NULL
);
)sql"},
      {8, "plans, congress details", R"sql(
-- Stored plans of a congress round (app/ports/plan_store.h): one per root organization and term.
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  members_congress_below INTEGER NOT NULL CHECK (members_congress_below >= 1),
  notice_working_days INTEGER CHECK (notice_working_days IS NULL OR notice_working_days >= 0),
  quorum_numerator INTEGER NOT NULL CHECK (quorum_numerator >= 1),
  quorum_denominator INTEGER NOT NULL CHECK (quorum_denominator > quorum_numerator),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (org_id, term)
);
-- Per level code of a plan: R-WINDOWS (and the pilots' window), R-MAX-DAYS, R-NOTICE applies.
-- Level codes are the plan's words, not a reference: a plan may name a level the data lacks.
CREATE TABLE plan_levels (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  window_start TEXT,
  window_end TEXT,
  pilot_window_start TEXT,
  pilot_window_end TEXT,
  max_days INTEGER CHECK (max_days IS NULL OR max_days >= 1),
  notice INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, level)
);
CREATE TABLE plan_pilots (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (plan_id, org_id)
);
CREATE TABLE plan_announcements (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  announced_on TEXT NOT NULL,
  PRIMARY KEY (plan_id, org_id)
);

-- The details of a congress record beside its congresses row, keyed alike so they may be
-- recorded first. chosen_option: the position of the chosen date option (phương án).
CREATE TABLE congress_details (
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  chosen_option INTEGER,
  venue TEXT NOT NULL DEFAULT '',
  announced_on TEXT,
  item_review INTEGER NOT NULL DEFAULT 1,
  item_documents INTEGER NOT NULL DEFAULT 1,
  item_committee INTEGER NOT NULL DEFAULT 1,
  item_delegation INTEGER NOT NULL DEFAULT 1,
  reduced INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, term)
);
CREATE TABLE congress_date_options (
  org_id INTEGER NOT NULL,
  term TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (org_id, term, position),
  FOREIGN KEY (org_id, term) REFERENCES congress_details(org_id, term) ON DELETE CASCADE
);
)sql"},
      {9, "groups: working groups, subcommittees, commendations", R"sql(
-- Working and guidance groups (tổ công tác / tổ chỉ đạo) of a committee for its congress of a
-- term (app/groups.h). A member row's person is teams::PersonKey (member id, else the folded
-- name): the double-booking check looks a person up across every group.
CREATE TABLE working_groups (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('working', 'guidance')),
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (org_id, term, name)
);

CREATE TABLE group_members (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  person TEXT NOT NULL,
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
  UNIQUE (group_id, person)
);
CREATE INDEX group_members_person ON group_members(person);

-- The congress (unit, term) of a subordinate unit a group guides.
CREATE TABLE group_assignments (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  UNIQUE (group_id, unit_id, term)
);

CREATE TABLE group_attendances (
  id INTEGER PRIMARY KEY,
  group_member_id INTEGER NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  assignment_id INTEGER NOT NULL REFERENCES group_assignments(id) ON DELETE CASCADE,
  UNIQUE (group_member_id, assignment_id)
);
CREATE INDEX group_attendances_assignment ON group_attendances(assignment_id);

-- Tiểu ban văn kiện / nhân sự / tổ chức phục vụ of a congress.
CREATE TABLE subcommittees (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('documents', 'personnel', 'logistics', 'other')),
  name TEXT NOT NULL,
  UNIQUE (org_id, term, name)
);

CREATE TABLE subcommittee_members (
  id INTEGER PRIMARY KEY,
  subcommittee_id INTEGER NOT NULL REFERENCES subcommittees(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member'))
);

CREATE TABLE subcommittee_tasks (
  id INTEGER PRIMARY KEY,
  subcommittee_id INTEGER NOT NULL REFERENCES subcommittees(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_on TEXT
);

-- Khen thưởng after the round: a collective (unit_id, the organization commended) or an
-- individual (member_id or full_name; unit_id their unit when known). full_name keeps the name
-- as commended, so the list reads the same after an organization is renamed.
CREATE TABLE commendations (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
  unit_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL,
  award TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX commendations_congress ON commendations(org_id, term);
)sql"},
      {10, "inspections", R"sql(
-- Inspection rounds (đợt kiểm tra) of a committee: teams, their members, the units to inspect,
-- the saved assignment (visits) and the findings per unit. Units keep the code and name they
-- had, like allocation units.
CREATE TABLE inspections (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  title TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_end TEXT NOT NULL,
  min_units_per_team INTEGER NOT NULL CHECK (min_units_per_team >= 0),
  max_units_per_team INTEGER NOT NULL CHECK (max_units_per_team >= 1),
  working_days_only INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  assigned_at TEXT
);
CREATE INDEX inspections_org ON inspections(org_id, id);

CREATE TABLE inspection_teams (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  name TEXT NOT NULL
);
CREATE INDEX inspection_teams_inspection ON inspection_teams(inspection_id, id);

CREATE TABLE inspection_team_members (
  team_id INTEGER NOT NULL REFERENCES inspection_teams(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
  home_org TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (team_id, position)
);

CREATE TABLE inspection_units (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  org_code TEXT NOT NULL,
  name TEXT NOT NULL,
  members INTEGER NOT NULL CHECK (members >= 0),
  visit_days INTEGER NOT NULL DEFAULT 1 CHECK (visit_days >= 1),
  fixed_team_id INTEGER REFERENCES inspection_teams(id) ON DELETE SET NULL,
  PRIMARY KEY (inspection_id, org_code)
);

CREATE TABLE inspection_visits (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  team_id INTEGER NOT NULL REFERENCES inspection_teams(id) ON DELETE CASCADE,
  org_code TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  manual INTEGER NOT NULL DEFAULT 0,
  UNIQUE (inspection_id, org_code)
);

CREATE TABLE inspection_findings (
  inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  org_code TEXT NOT NULL,
  strengths TEXT NOT NULL DEFAULT '',
  weaknesses TEXT NOT NULL DEFAULT '',
  recommendations TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (inspection_id, org_code)
);
)sql"},
      {11, "accounts and audit", R"sql(
-- Accounts (app/accounts.h): users with argon2id password hashes (never a password), roles
-- granted over an organization's subtree (org_id NULL: global), sessions by the SHA-256 of their
-- token, failed logins for the throttle. Times used in decisions are unix seconds.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
);

CREATE TABLE user_grants (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('administrator', 'organization_board', 'unit_clerk',
                                     'counting_clerk', 'observer')),
  org_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL DEFAULT '',
  granted_at TEXT NOT NULL
);
CREATE INDEX user_grants_user ON user_grants(user_id);

CREATE TABLE user_sessions (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  client TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX user_sessions_user ON user_sessions(user_id);

CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL,
  client TEXT NOT NULL,
  failed_at INTEGER NOT NULL
);
CREATE INDEX login_failures_login ON login_failures(login, failed_at);
CREATE INDEX login_failures_client ON login_failures(client, failed_at);

-- The audit trail (app/audit.h): append-only, hash-chained. Organization codes are kept as
-- text, not references: a record outlives its organization. The triggers stop accidental
-- changes; `daihoi audit verify` catches deliberate ones.
CREATE TABLE audit_records (
  seq INTEGER PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  use_case TEXT NOT NULL,
  org_code TEXT NOT NULL DEFAULT '',
  digest TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_records_org ON audit_records(org_code, seq);
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
)sql"},
      {12, "change marker", R"sql(
-- A counter every write to the organizations, their congresses or the levels bumps, in the same
-- transaction: a cache of the round's progress (app/progress_cache.h) is valid while it reads
-- the value the cache was built at.
CREATE TABLE change_marker (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO change_marker (id, value) VALUES (1, 0);
CREATE TRIGGER organizations_insert_marker AFTER INSERT ON organizations
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organizations_update_marker AFTER UPDATE ON organizations
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER organizations_delete_marker AFTER DELETE ON organizations
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER congresses_insert_marker AFTER INSERT ON congresses
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER congresses_update_marker AFTER UPDATE ON congresses
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER congresses_delete_marker AFTER DELETE ON congresses
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER levels_insert_marker AFTER INSERT ON levels
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER levels_update_marker AFTER UPDATE ON levels
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER levels_delete_marker AFTER DELETE ON levels
BEGIN UPDATE change_marker SET value = value + 1 WHERE id = 1; END;
)sql"},
      {13, "draft documents and comments", R"sql(
-- Draft congress documents and the comments on them (app/documents.h): documents of a congress,
-- versions with their sections and paragraphs, publications (to the public and/or subordinate
-- units, between two dates), comments with their anchor, source and moderation, the
-- near-duplicate groups of the synthesis, dispositions (per comment or per group) and what a
-- later version took in. Groups are rebuilt by each synthesis, so a version's takes-in keeps a
-- group's id without a reference.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('political_report', 'review_report', 'other')),
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX documents_congress ON documents(org_id, term);

CREATE TABLE document_versions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'superseded')),
  change_log TEXT NOT NULL DEFAULT '',
  source_name TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (document_id, number)
);

CREATE TABLE document_sections (
  version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT NOT NULL,
  level INTEGER NOT NULL,
  PRIMARY KEY (version_id, ordinal)
);

CREATE TABLE document_paragraphs (
  version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (version_id, section_ordinal, ordinal)
);

CREATE TABLE document_publications (
  version_id INTEGER PRIMARY KEY REFERENCES document_versions(id) ON DELETE CASCADE,
  is_public INTEGER NOT NULL DEFAULT 0,
  open_date TEXT NOT NULL,
  close_date TEXT NOT NULL,
  published_by TEXT NOT NULL DEFAULT '',
  published_at TEXT NOT NULL
);

CREATE TABLE publication_units (
  version_id INTEGER NOT NULL REFERENCES document_publications(version_id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  PRIMARY KEY (version_id, org_id)
);

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL DEFAULT 0,
  paragraph_key TEXT NOT NULL DEFAULT '',
  quote TEXT NOT NULL DEFAULT '',
  quote_before TEXT NOT NULL DEFAULT '',
  quote_after TEXT NOT NULL DEFAULT '',
  section_heading TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('unit', 'citizen', 'former_leader')),
  org_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
  on_behalf_of_meeting INTEGER NOT NULL DEFAULT 0,
  agreed_members INTEGER NOT NULL DEFAULT 0,
  citizen_name TEXT NOT NULL DEFAULT '',
  citizen_contact TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'shown', 'hidden')),
  hide_reason TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  client_hash TEXT NOT NULL DEFAULT '',
  disposition TEXT CHECK (disposition IN ('accepted', 'explained', 'not_accepted')),
  explanation TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comments_version ON comments(version_id, section_ordinal);
CREATE INDEX comments_client ON comments(client_hash, created_at) WHERE client_hash <> '';

CREATE TABLE comment_groups (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL DEFAULT 0,
  representative_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  size INTEGER NOT NULL,
  agreed_members INTEGER NOT NULL DEFAULT 0,
  disposition TEXT CHECK (disposition IN ('accepted', 'explained', 'not_accepted')),
  explanation TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comment_groups_version ON comment_groups(version_id);

-- A comment is in at most one group (of its version's last synthesis).
CREATE TABLE comment_group_members (
  comment_id INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL REFERENCES comment_groups(id) ON DELETE CASCADE
);
CREATE INDEX comment_group_members_group ON comment_group_members(group_id);

CREATE TABLE version_takes_in (
  version_id INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  comment_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
  group_id INTEGER,
  CHECK ((comment_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX version_takes_in_version ON version_takes_in(version_id);
)sql"},
      {14, "personnel", R"sql(
-- Personnel work before a congress (app/personnel.h): position kinds (data, configurable) and
-- members' positions; the personnel scheme of a congress, every version kept, with its workflow
-- steps and nominees; vetting tasks per nominee and board; complaints about nominees. Members
-- are named by id as text: a position or a complaint outlives a registry correction.
CREATE TABLE position_kinds (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  rank INTEGER NOT NULL DEFAULT 100,
  party_body INTEGER NOT NULL DEFAULT 0
);
INSERT INTO position_kinds (code, label, rank, party_body) VALUES
  ('secretary', 'Bí thư', 10, 1),
  ('deputy_secretary', 'Phó Bí thư', 20, 1),
  ('standing_committee_member', 'Ủy viên Ban Thường vụ', 30, 1),
  ('inspection_chair', 'Chủ nhiệm Ủy ban Kiểm tra', 35, 1),
  ('committee_member', 'Ủy viên Ban Chấp hành', 40, 1),
  ('peoples_council_chair', 'Chủ tịch HĐND', 50, 0),
  ('peoples_committee_chair', 'Chủ tịch UBND', 55, 0),
  ('front_chair', 'Chủ tịch UBMTTQ', 60, 0),
  ('police_chief', 'Trưởng Công an', 70, 0),
  ('military_commander', 'Chỉ huy trưởng Quân sự', 75, 0),
  ('department_head', 'Trưởng', 80, 0),
  ('other', 'Chức vụ khác', 100, 0);

CREATE TABLE member_positions (
  id INTEGER PRIMARY KEY,
  member_id TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES position_kinds(code),
  organization TEXT NOT NULL,
  org_code TEXT NOT NULL DEFAULT '',
  from_date TEXT,
  to_date TEXT
);
CREATE INDEX member_positions_member ON member_positions(member_id);
CREATE INDEX member_positions_org ON member_positions(org_code);

CREATE TABLE personnel_schemes (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  committee INTEGER NOT NULL,
  standing_committee INTEGER NOT NULL,
  deputies INTEGER NOT NULL,
  inspection INTEGER NOT NULL,
  delegates INTEGER NOT NULL,
  women_min_percent INTEGER NOT NULL,
  under_40_min_percent INTEGER NOT NULL,
  age_40_50_min_percent INTEGER NOT NULL,
  age_40_50_max_percent INTEGER NOT NULL,
  first_time_min_months INTEGER NOT NULL,
  reelected_min_months INTEGER NOT NULL,
  retirement_age_male_months INTEGER NOT NULL,
  retirement_age_female_months INTEGER NOT NULL,
  profile TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (org_id, term, version)
);

CREATE TABLE scheme_events (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES personnel_schemes(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
);
CREATE INDEX scheme_events_scheme ON scheme_events(scheme_id, id);

CREATE TABLE scheme_nominees (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES personnel_schemes(id) ON DELETE CASCADE,
  list_kind TEXT NOT NULL CHECK (list_kind IN ('committee', 'delegates')),
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  reason TEXT NOT NULL,
  outgoing INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (scheme_id, list_kind, member_id)
);

CREATE TABLE vetting_boards (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  rank INTEGER NOT NULL DEFAULT 100
);
INSERT INTO vetting_boards (code, label, rank) VALUES
  ('organization_board', 'Ban Tổ chức cấp ủy cấp trên', 10),
  ('inspection_commission', 'Ủy ban Kiểm tra cấp ủy cấp trên', 20),
  ('internal_affairs', 'Ban Nội chính cấp ủy cấp trên', 30);

CREATE TABLE vetting_tasks (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  board TEXT NOT NULL REFERENCES vetting_boards(code),
  due_date TEXT,
  conclusion TEXT NOT NULL DEFAULT 'open' CHECK (conclusion IN ('open', 'cleared', 'concern')),
  note TEXT NOT NULL DEFAULT '',
  concluded_by TEXT NOT NULL DEFAULT '',
  concluded_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (org_id, term, member_id, board)
);

CREATE TABLE complaints (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  received_on TEXT NOT NULL,
  source TEXT NOT NULL,
  summary TEXT NOT NULL,
  assigned_to TEXT NOT NULL DEFAULT '',
  conclusion TEXT NOT NULL DEFAULT '',
  concluded_on TEXT,
  concluded_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX complaints_congress ON complaints(org_id, term);
)sql"},
      {15, "party building", R"sql(
-- Party-building context of a round (app/ports/party_building_store.h). Grades are data:
-- rank 1 is the best (building/ratings.h).
CREATE TABLE quality_grades (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  rank INTEGER NOT NULL UNIQUE
);
INSERT INTO quality_grades (code, name, rank) VALUES
  ('excellent', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('good', 'Hoàn thành tốt nhiệm vụ', 2),
  ('fulfilled', 'Hoàn thành nhiệm vụ', 3),
  ('unfulfilled', 'Không hoàn thành nhiệm vụ', 4);

-- One rating per year of an organization (member_id '') or of a member of it.
CREATE TABLE quality_ratings (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('organization', 'member')),
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL REFERENCES quality_grades(code),
  note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  UNIQUE (year, org_id, member_id)
);
CREATE INDEX quality_ratings_org ON quality_ratings(org_id, year);

CREATE TABLE member_movements (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('balance', 'admission', 'transfer_in', 'transfer_out',
                                     'death', 'removal')),
  moved_on TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0),
  member_id TEXT NOT NULL DEFAULT '',
  full_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
);
CREATE INDEX member_movements_org ON member_movements(org_id, moved_on);

CREATE TABLE admission_targets (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  target INTEGER NOT NULL CHECK (target >= 0),
  UNIQUE (org_id, term)
);

CREATE TABLE communication_items (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('news', 'essay', 'bulletin', 'event')),
  published_on TEXT NOT NULL,
  title TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  copies INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
  note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
);
CREATE INDEX communication_items_org ON communication_items(org_id, published_on);
)sql"},
      {16, "organizations' name keys", R"sql(
-- Siblings are listed in Vietnamese order of name, then by code. Collating 300,000 names on every
-- read of the tree cost seconds; name_key is the ICU sort key of the name (text::CollationKey,
-- storage/tree_rows.h OrgNameKey), written with the name by every upsert, so a read compares
-- bytes. NULL until the store fills it: on opening, when organization_name_keys.icu differs from
-- the ICU version the store runs with ('' after this migration, or after an ICU upgrade, whose
-- keys do not compare with older ones), every key is recomputed.
ALTER TABLE organizations ADD COLUMN name_key BLOB;
CREATE TABLE organization_name_keys (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  icu TEXT NOT NULL
);
INSERT INTO organization_name_keys (id, icu) VALUES (1, '');
)sql"},
  };
  return migrations;
}

}  // namespace daihoi::storage
