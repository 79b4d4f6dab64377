// PostgreSQL migrations. Append only: never edit a migration that has landed (README.md).
//
// Codes and paths use COLLATE "C" so that comparisons are bytewise whatever the database's
// locale: path ranges are index range scans and code order matches SQLite's. Names are ordered
// with COLLATE "vi-x-icu" in queries (checked at open).
#include "storage/migrations/migrations.h"

namespace daihoi::storage {

const std::vector<Migration>& PostgresMigrations() {
  static const std::vector<Migration> migrations = {
      {1, "levels, organizations, members, congresses", R"sql(
CREATE TABLE levels (
  code text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  rank integer NOT NULL
);

CREATE TABLE organizations (
  id bigserial PRIMARY KEY,
  code text COLLATE "C" NOT NULL UNIQUE,
  name text NOT NULL,
  level text COLLATE "C" NOT NULL REFERENCES levels(code),
  parent_id bigint REFERENCES organizations(id),
  category text NOT NULL DEFAULT '',
  stated_members bigint CHECK (stated_members IS NULL OR stated_members >= 0),
  path text COLLATE "C" NOT NULL,
  search_key text NOT NULL
);
-- Subtree range scans; covers the columns CountsPerLevel reads.
CREATE INDEX organizations_path ON organizations(path) INCLUDE (parent_id, level, stated_members);
CREATE INDEX organizations_parent ON organizations(parent_id);

CREATE TABLE members (
  id text COLLATE "C" PRIMARY KEY,
  full_name text NOT NULL,
  search_key text NOT NULL,
  name_order_key bytea NOT NULL,
  gender text NOT NULL DEFAULT '',
  birth_date date,
  party_join_date date,
  full_member_date date,
  org_id bigint NOT NULL REFERENCES organizations(id),
  status text NOT NULL
);
CREATE INDEX members_org_status ON members(org_id, status);
CREATE INDEX members_order ON members(name_order_key, birth_date, id);

CREATE TABLE congresses (
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  ordinal integer NOT NULL DEFAULT 0,
  kind text NOT NULL,
  pilot boolean NOT NULL DEFAULT false,
  planned_start date,
  planned_end date,
  held_start date,
  held_end date,
  PRIMARY KEY (org_id, term)
);
)sql"},
      {2, "allocations of delegate seats", R"sql(
-- R-ALLOCATION: an allocation is saved with all its inputs. Units keep the code and name they
-- had, so the allocation reads the same after the tree changes.
CREATE TABLE allocations (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text NOT NULL,
  method text NOT NULL,
  seats bigint NOT NULL CHECK (seats >= 0),
  minimum bigint NOT NULL CHECK (minimum >= 0),
  as_of date NOT NULL,
  created_at text NOT NULL
);
CREATE INDEX allocations_org ON allocations(org_id, id);

CREATE TABLE allocation_units (
  allocation_id bigint NOT NULL REFERENCES allocations(id) ON DELETE CASCADE,
  position integer NOT NULL,
  org_code text COLLATE "C" NOT NULL,
  name text NOT NULL,
  members bigint NOT NULL CHECK (members >= 0),
  member_source text NOT NULL,
  minimum bigint,
  weight text NOT NULL,
  seats bigint NOT NULL CHECK (seats >= 0),
  set_aside boolean NOT NULL,
  quota_num text NOT NULL,
  quota_den text NOT NULL,
  PRIMARY KEY (allocation_id, position)
);
)sql"},
      {3, "roll of a congress", R"sql(
-- The roll of a congress (app/roll_record.h), keyed by the organization and the term like the
-- congress itself, so that it may be recorded before the congress row. Ids come from sequences
-- and are never reused: a roll entry's id is the person's key in issues and absences.
CREATE TABLE roll_entries (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  role text NOT NULL CHECK (role IN ('ex_officio', 'official', 'alternate')),
  full_name text NOT NULL,
  member_id text COLLATE "C" NOT NULL DEFAULT '',
  gender text NOT NULL DEFAULT '',
  birth_date date,
  unit_code text COLLATE "C" NOT NULL DEFAULT '',
  rank integer NOT NULL DEFAULT 0 CHECK (rank >= 0 AND (role = 'ex_officio' OR rank >= 1))
);
CREATE INDEX roll_entries_congress ON roll_entries(org_id, term);

-- R-CREDENTIALS. person is a roll key: an entry id as decimal text, or a member id.
CREATE TABLE credential_issues (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  person text COLLATE "C" NOT NULL,
  kind text NOT NULL CHECK (kind IN ('suspended', 'prosecuted', 'indicted', 'detained',
                                     'wrong_procedure', 'retired', 'transferred')),
  effective date NOT NULL,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX credential_issues_congress ON credential_issues(org_id, term, person);

CREATE TABLE congress_sessions (
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  title text NOT NULL DEFAULT '',
  date date,
  PRIMARY KEY (org_id, term, number)
);

-- session 0: absent for the whole congress.
CREATE TABLE absences (
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  person text COLLATE "C" NOT NULL,
  session integer NOT NULL CHECK (session >= 0),
  reason text NOT NULL DEFAULT '',
  accepted boolean NOT NULL DEFAULT false,
  PRIMARY KEY (org_id, term, person, session)
);
)sql"},
      {4, "elections, rounds, ballot entries", R"sql(
-- The elections of a congress (app/election_record.h), keyed by (org_id, term) like the roll.
-- Ids come from sequences and are never reused (a ballot's QR and the minutes name them).
-- locked_at is NULL until the list is locked. Times are UTC text as the store wrote them
-- (2020-06-15T21:04:05.123Z): entered_at is hashed, so it is kept byte for byte.
CREATE TABLE elections (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id),
  term text COLLATE "C" NOT NULL,
  kind text NOT NULL CHECK (kind IN ('committee', 'standing_committee', 'secretary',
                                     'deputy_secretary', 'inspection', 'inspection_chair',
                                     'delegates')),
  seats integer NOT NULL CHECK (seats >= 1),
  alternates integer NOT NULL DEFAULT 0 CHECK (alternates >= 0),
  title text NOT NULL,
  profile text NOT NULL,
  required_clerks integer NOT NULL CHECK (required_clerks BETWEEN 1 AND 3),
  list_digest text NOT NULL DEFAULT '',
  locked_at text,
  created_at text NOT NULL
);
CREATE INDEX elections_congress ON elections(org_id, term);

-- The counting committee (ban kiểm phiếu), the head at position 0.
CREATE TABLE election_committee (
  election_id bigint NOT NULL REFERENCES elections(id),
  position integer NOT NULL CHECK (position >= 0),
  name text NOT NULL,
  PRIMARY KEY (election_id, position)
);

-- The ballot list in its stored order (ballot order once locked); rounds name positions.
CREATE TABLE candidates (
  election_id bigint NOT NULL REFERENCES elections(id),
  position integer NOT NULL CHECK (position >= 0),
  id text COLLATE "C" NOT NULL,
  full_name text NOT NULL,
  birth_date date,
  member_id text COLLATE "C" NOT NULL DEFAULT '',
  gender text NOT NULL DEFAULT '',
  PRIMARY KEY (election_id, position),
  UNIQUE (election_id, id)
);

-- closed_at, convened, issued, chain_head and the exclusions are the snapshot frozen at close.
CREATE TABLE rounds (
  id bigserial PRIMARY KEY,
  election_id bigint NOT NULL REFERENCES elections(id),
  number integer NOT NULL CHECK (number >= 1),
  kind text NOT NULL CHECK (kind IN ('first', 'revote_tied', 'further_round')),
  seats integer NOT NULL CHECK (seats >= 0),
  alternates integer NOT NULL DEFAULT 0 CHECK (alternates >= 0),
  closed boolean NOT NULL DEFAULT false,
  closed_at text,
  convened bigint NOT NULL DEFAULT 0 CHECK (convened >= 0),
  issued bigint CHECK (issued >= 0),
  chain_head text COLLATE "C" NOT NULL DEFAULT '',
  UNIQUE (election_id, number)
);

-- The candidates standing in a round, in the round's order, as positions of the election's list.
CREATE TABLE round_candidates (
  round_id bigint NOT NULL REFERENCES rounds(id),
  ordinal integer NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  PRIMARY KEY (round_id, ordinal)
);

-- R-THRESHOLD: who was taken off those convened when the round closed.
CREATE TABLE round_exclusions (
  round_id bigint NOT NULL REFERENCES rounds(id),
  ordinal integer NOT NULL,
  reason text NOT NULL CHECK (reason IN ('temporary_transfer_absent', 'exempt_absent',
                                         'suspended', 'prosecuted', 'absent_with_reason',
                                         'absent_committee_member',
                                         'absent_delegate_unreplaced')),
  count bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (round_id, ordinal)
);

-- Hash-chained and append-only: the triggers refuse any change or removal, and an entry into a
-- closed round. seq is 1, 2, … per round in append order.
CREATE TABLE ballot_entries (
  round_id bigint NOT NULL REFERENCES rounds(id),
  seq bigint NOT NULL CHECK (seq >= 1),
  clerk text NOT NULL,
  number bigint NOT NULL,
  payload text NOT NULL,
  entered_at text NOT NULL,
  prev_hash text COLLATE "C" NOT NULL,
  hash text COLLATE "C" NOT NULL,
  PRIMARY KEY (round_id, seq)
);

CREATE FUNCTION ballot_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ballot entries are append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ballot_entries_no_change BEFORE UPDATE OR DELETE ON ballot_entries
  FOR EACH ROW EXECUTE FUNCTION ballot_entries_append_only();
CREATE TRIGGER ballot_entries_no_truncate BEFORE TRUNCATE ON ballot_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ballot_entries_append_only();

CREATE FUNCTION ballot_entries_round_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT closed FROM rounds WHERE id = NEW.round_id) THEN
    RAISE EXCEPTION 'the round is closed: no more ballot entries'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER ballot_entries_round_open BEFORE INSERT ON ballot_entries
  FOR EACH ROW EXECUTE FUNCTION ballot_entries_round_open();

-- A closed round's snapshot is final.
CREATE FUNCTION rounds_closed_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the round is closed: its snapshot is final'
    USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER rounds_closed_final BEFORE UPDATE ON rounds
  FOR EACH ROW WHEN (OLD.closed) EXECUTE FUNCTION rounds_closed_final();
)sql"},
      {5, "nominations: the list's sources, floor-gate polls, withdrawals, structure targets", R"sql(
-- Nominations to an election (đề cử, ứng cử): the person as the registry gave them, the source,
-- the floor-gate vote (R-FLOOR-GATE) and the withdrawal request with its vote (R-WITHDRAW).
CREATE TABLE nominations (
  id BIGSERIAL PRIMARY KEY,
  election_id BIGINT NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date DATE,
  full_member_date DATE,
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
  election_id BIGINT PRIMARY KEY REFERENCES elections(id) ON DELETE CASCADE,
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
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text COLLATE "C" NOT NULL,
  body text NOT NULL CHECK (body IN ('committee', 'standing_committee', 'secretary',
                                     'deputy_secretary', 'inspection', 'inspection_chair')),
  capacity text NOT NULL CHECK (capacity IN ('official', 'alternate')),
  rank integer NOT NULL CHECK (rank >= 1),
  full_name text NOT NULL,
  member_id text COLLATE "C" NOT NULL DEFAULT '',
  gender text NOT NULL DEFAULT '',
  birth_date date,
  election_id bigint REFERENCES elections(id),
  PRIMARY KEY (org_id, term, body, capacity, rank)
);
CREATE INDEX body_members_body ON body_members(body, org_id, term);

-- Elections whose result was applied to the bodies or to the parent congress's roll.
CREATE TABLE applied_results (
  election_id bigint PRIMARY KEY REFERENCES elections(id) ON DELETE CASCADE,
  applied_at text NOT NULL
);

-- R-APPROVAL: the superior committee's approval (chuẩn y), at most one per congress.
CREATE TABLE approvals (
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text COLLATE "C" NOT NULL,
  approved_by bigint NOT NULL REFERENCES organizations(id),
  decision text NOT NULL,
  approved_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  recorded_at text NOT NULL,
  PRIMARY KEY (org_id, term)
);
)sql"},
      {7, "bundles: elections imported from a venue", R"sql(
-- An election counted at a venue and imported from its signed bundle (app/bundle.h): the
-- fingerprint of the venue's key and the election's id there. Insert only: a later bundle of
-- the same venue extends the election, never rewrites it.
CREATE TABLE election_origins (
  election_id bigint PRIMARY KEY REFERENCES elections(id),
  venue_key text COLLATE "C" NOT NULL,
  venue_election_id bigint NOT NULL,
  imported_at text NOT NULL,
  UNIQUE (venue_key, venue_election_id)
);

-- The round's id at the venue: its entries' hashes carry it (app/entry_hash.cpp).
CREATE TABLE round_origins (
  round_id bigint PRIMARY KEY REFERENCES rounds(id),
  venue_round_id bigint NOT NULL
);
)sql"},
      {8, "plans, congress details", R"sql(
-- Stored plans of a congress round (app/ports/plan_store.h): one per root organization and term.
CREATE TABLE plans (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text COLLATE "C" NOT NULL,
  title text NOT NULL DEFAULT '',
  members_congress_below bigint NOT NULL CHECK (members_congress_below >= 1),
  notice_working_days bigint CHECK (notice_working_days IS NULL OR notice_working_days >= 0),
  quorum_numerator bigint NOT NULL CHECK (quorum_numerator >= 1),
  quorum_denominator bigint NOT NULL CHECK (quorum_denominator > quorum_numerator),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  UNIQUE (org_id, term)
);
-- Per level code of a plan: R-WINDOWS (and the pilots' window), R-MAX-DAYS, R-NOTICE applies.
-- Level codes are the plan's words, not a reference: a plan may name a level the data lacks.
CREATE TABLE plan_levels (
  plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  level text COLLATE "C" NOT NULL,
  window_start date,
  window_end date,
  pilot_window_start date,
  pilot_window_end date,
  max_days bigint CHECK (max_days IS NULL OR max_days >= 1),
  notice integer NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, level)
);
CREATE TABLE plan_pilots (
  plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  position integer NOT NULL,
  PRIMARY KEY (plan_id, org_id)
);
CREATE TABLE plan_announcements (
  plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  announced_on date NOT NULL,
  PRIMARY KEY (plan_id, org_id)
);

-- The details of a congress record beside its congresses row, keyed alike so they may be
-- recorded first. chosen_option: the position of the chosen date option (phương án).
CREATE TABLE congress_details (
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text COLLATE "C" NOT NULL,
  chosen_option integer,
  venue text NOT NULL DEFAULT '',
  announced_on date,
  item_review integer NOT NULL DEFAULT 1,
  item_documents integer NOT NULL DEFAULT 1,
  item_committee integer NOT NULL DEFAULT 1,
  item_delegation integer NOT NULL DEFAULT 1,
  reduced integer NOT NULL DEFAULT 0,
  updated_at text NOT NULL,
  PRIMARY KEY (org_id, term)
);
CREATE TABLE congress_date_options (
  org_id bigint NOT NULL,
  term text COLLATE "C" NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  start_date date NOT NULL,
  end_date date NOT NULL,
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (org_id, term, position),
  FOREIGN KEY (org_id, term) REFERENCES congress_details(org_id, term) ON DELETE CASCADE
);
)sql"},
      {9, "groups: working groups, subcommittees, commendations", R"sql(
-- Working and guidance groups (tổ công tác / tổ chỉ đạo) of a committee for its congress of a
-- term (app/groups.h). A member row's person is teams::PersonKey (member id, else the folded
-- name): the double-booking check looks a person up across every group.
CREATE TABLE working_groups (
  id BIGSERIAL PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('working', 'guidance')),
  name text NOT NULL,
  note text NOT NULL DEFAULT '',
  UNIQUE (org_id, term, name)
);

CREATE TABLE group_members (
  id BIGSERIAL PRIMARY KEY,
  group_id bigint NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  person text NOT NULL,
  member_id text NOT NULL DEFAULT '',
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
  UNIQUE (group_id, person)
);
CREATE INDEX group_members_person ON group_members(person);

-- The congress (unit, term) of a subordinate unit a group guides.
CREATE TABLE group_assignments (
  id BIGSERIAL PRIMARY KEY,
  group_id bigint NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
  unit_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL,
  UNIQUE (group_id, unit_id, term)
);

CREATE TABLE group_attendances (
  id BIGSERIAL PRIMARY KEY,
  group_member_id bigint NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  assignment_id bigint NOT NULL REFERENCES group_assignments(id) ON DELETE CASCADE,
  UNIQUE (group_member_id, assignment_id)
);
CREATE INDEX group_attendances_assignment ON group_attendances(assignment_id);

-- Tiểu ban văn kiện / nhân sự / tổ chức phục vụ of a congress.
CREATE TABLE subcommittees (
  id BIGSERIAL PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('documents', 'personnel', 'logistics', 'other')),
  name text NOT NULL,
  UNIQUE (org_id, term, name)
);

CREATE TABLE subcommittee_members (
  id BIGSERIAL PRIMARY KEY,
  subcommittee_id bigint NOT NULL REFERENCES subcommittees(id) ON DELETE CASCADE,
  member_id text NOT NULL DEFAULT '',
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'deputy', 'member'))
);

CREATE TABLE subcommittee_tasks (
  id BIGSERIAL PRIMARY KEY,
  subcommittee_id bigint NOT NULL REFERENCES subcommittees(id) ON DELETE CASCADE,
  title text NOT NULL,
  owner text NOT NULL DEFAULT '',
  due date,
  done integer NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_on date
);

-- Khen thưởng after the round: a collective (unit_id, the organization commended) or an
-- individual (member_id or full_name; unit_id their unit when known). full_name keeps the name
-- as commended, so the list reads the same after an organization is renamed.
CREATE TABLE commendations (
  id BIGSERIAL PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('collective', 'individual')),
  unit_id bigint REFERENCES organizations(id) ON DELETE SET NULL,
  member_id text NOT NULL DEFAULT '',
  full_name text NOT NULL,
  award text NOT NULL DEFAULT '',
  decision text NOT NULL,
  decided_on date NOT NULL,
  reason text NOT NULL,
  recorded_at text NOT NULL
);
CREATE INDEX commendations_congress ON commendations(org_id, term);
)sql"},
      {10, "inspections", R"sql(
-- Inspection rounds (đợt kiểm tra) of a committee: teams, their members, the units to inspect,
-- the saved assignment (visits) and the findings per unit. Units keep the code and name they
-- had, like allocation units.
CREATE TABLE inspections (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL,
  title text NOT NULL,
  window_start date NOT NULL,
  window_end date NOT NULL,
  min_units_per_team integer NOT NULL CHECK (min_units_per_team >= 0),
  max_units_per_team integer NOT NULL CHECK (max_units_per_team >= 1),
  working_days_only integer NOT NULL DEFAULT 1,
  created_at text NOT NULL,
  assigned_at text
);
CREATE INDEX inspections_org ON inspections(org_id, id);

CREATE TABLE inspection_teams (
  id bigserial PRIMARY KEY,
  inspection_id bigint NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  name text NOT NULL
);
CREATE INDEX inspection_teams_inspection ON inspection_teams(inspection_id, id);

CREATE TABLE inspection_team_members (
  team_id bigint NOT NULL REFERENCES inspection_teams(id) ON DELETE CASCADE,
  position integer NOT NULL,
  member_id text NOT NULL DEFAULT '',
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
  home_org text NOT NULL DEFAULT '',
  PRIMARY KEY (team_id, position)
);

CREATE TABLE inspection_units (
  inspection_id bigint NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  position integer NOT NULL,
  org_code text COLLATE "C" NOT NULL,
  name text NOT NULL,
  members bigint NOT NULL CHECK (members >= 0),
  visit_days integer NOT NULL DEFAULT 1 CHECK (visit_days >= 1),
  fixed_team_id bigint REFERENCES inspection_teams(id) ON DELETE SET NULL,
  PRIMARY KEY (inspection_id, org_code)
);

CREATE TABLE inspection_visits (
  id bigserial PRIMARY KEY,
  inspection_id bigint NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  team_id bigint NOT NULL REFERENCES inspection_teams(id) ON DELETE CASCADE,
  org_code text COLLATE "C" NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  manual integer NOT NULL DEFAULT 0,
  UNIQUE (inspection_id, org_code)
);

CREATE TABLE inspection_findings (
  inspection_id bigint NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
  org_code text COLLATE "C" NOT NULL,
  strengths text NOT NULL DEFAULT '',
  weaknesses text NOT NULL DEFAULT '',
  recommendations text NOT NULL DEFAULT '',
  recorded_at text NOT NULL,
  PRIMARY KEY (inspection_id, org_code)
);
)sql"},
      {11, "accounts and audit", R"sql(
-- Accounts (app/accounts.h): users with argon2id password hashes (never a password), roles
-- granted over an organization's subtree (org_id NULL: global), sessions by the SHA-256 of their
-- token, failed logins for the throttle. Times used in decisions are unix seconds.
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  login text COLLATE "C" NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  created_at text NOT NULL,
  password_changed_at text NOT NULL
);

CREATE TABLE user_grants (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('administrator', 'organization_board', 'unit_clerk',
                                     'counting_clerk', 'observer')),
  org_id bigint REFERENCES organizations(id) ON DELETE CASCADE,
  term text NOT NULL DEFAULT '',
  granted_at text NOT NULL
);
CREATE INDEX user_grants_user ON user_grants(user_id);

CREATE TABLE user_sessions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  client text NOT NULL DEFAULT '',
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  revoked_at bigint
);
CREATE INDEX user_sessions_user ON user_sessions(user_id);

CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  client text NOT NULL,
  failed_at bigint NOT NULL
);
CREATE INDEX login_failures_login ON login_failures(login, failed_at);
CREATE INDEX login_failures_client ON login_failures(client, failed_at);

-- The audit trail (app/audit.h): append-only, hash-chained. Organization codes are kept as
-- text, not references: a record outlives its organization. The trigger stops accidental
-- changes; `daihoi audit verify` catches deliberate ones.
CREATE TABLE audit_records (
  seq bigint PRIMARY KEY,
  recorded_at text NOT NULL,
  actor text NOT NULL,
  use_case text NOT NULL,
  org_code text COLLATE "C" NOT NULL DEFAULT '',
  digest text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_records_org ON audit_records(org_code, seq);
CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit records are append-only';
END
$$;
CREATE TRIGGER audit_records_no_change BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
)sql"},
      {12, "change marker", R"sql(
-- A counter every write to the organizations, their congresses or the levels bumps in the same
-- transaction: a cache of the round's progress (app/progress_cache.h) is valid while it reads
-- the value the cache was built at. Once per transaction (a transaction-local setting
-- remembers it): updating the one row for every statement of a bulk import would leave a chain
-- of row versions each later update walks.
CREATE TABLE change_marker (
  id integer PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO change_marker (id, value) VALUES (1, 0);
CREATE FUNCTION change_marker_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('daihoi.change_marked', true), '') <> '1' THEN
    UPDATE change_marker SET value = value + 1 WHERE id = 1;
    PERFORM set_config('daihoi.change_marked', '1', true);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER organizations_marker AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION change_marker_bump();
CREATE TRIGGER congresses_marker AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON congresses
  FOR EACH STATEMENT EXECUTE FUNCTION change_marker_bump();
CREATE TRIGGER levels_marker AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON levels
  FOR EACH STATEMENT EXECUTE FUNCTION change_marker_bump();
)sql"},
      {13, "draft documents and comments", R"sql(
-- Draft congress documents and the comments on them (app/documents.h): documents of a congress,
-- versions with their sections and paragraphs, publications (to the public and/or subordinate
-- units, between two dates), comments with their anchor, source and moderation, the
-- near-duplicate groups of the synthesis, dispositions (per comment or per group) and what a
-- later version took in. Groups are rebuilt by each synthesis, so a version's takes-in keeps a
-- group's id without a reference.
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('political_report', 'review_report', 'other')),
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX documents_congress ON documents(org_id, term);

CREATE TABLE document_versions (
  id BIGSERIAL PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'superseded')),
  change_log TEXT NOT NULL DEFAULT '',
  source_name TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (document_id, number)
);

CREATE TABLE document_sections (
  version_id BIGINT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT NOT NULL,
  level INTEGER NOT NULL,
  PRIMARY KEY (version_id, ordinal)
);

CREATE TABLE document_paragraphs (
  version_id BIGINT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (version_id, section_ordinal, ordinal)
);

CREATE TABLE document_publications (
  version_id BIGINT PRIMARY KEY REFERENCES document_versions(id) ON DELETE CASCADE,
  is_public INTEGER NOT NULL DEFAULT 0,
  open_date DATE NOT NULL,
  close_date DATE NOT NULL,
  published_by TEXT NOT NULL DEFAULT '',
  published_at TEXT NOT NULL
);

CREATE TABLE publication_units (
  version_id BIGINT NOT NULL REFERENCES document_publications(version_id) ON DELETE CASCADE,
  org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  PRIMARY KEY (version_id, org_id)
);

CREATE TABLE comments (
  id BIGSERIAL PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL DEFAULT 0,
  paragraph_key TEXT NOT NULL DEFAULT '',
  quote TEXT NOT NULL DEFAULT '',
  quote_before TEXT NOT NULL DEFAULT '',
  quote_after TEXT NOT NULL DEFAULT '',
  section_heading TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('unit', 'citizen', 'former_leader')),
  org_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,
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
  id BIGSERIAL PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  section_ordinal INTEGER NOT NULL DEFAULT 0,
  representative_id BIGINT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
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
  comment_id BIGINT PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
  group_id BIGINT NOT NULL REFERENCES comment_groups(id) ON DELETE CASCADE
);
CREATE INDEX comment_group_members_group ON comment_group_members(group_id);

CREATE TABLE version_takes_in (
  version_id BIGINT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  comment_id BIGINT REFERENCES comments(id) ON DELETE CASCADE,
  group_id BIGINT,
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
  id BIGSERIAL PRIMARY KEY,
  member_id TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES position_kinds(code),
  organization TEXT NOT NULL,
  org_code TEXT NOT NULL DEFAULT '',
  from_date DATE,
  to_date DATE
);
CREATE INDEX member_positions_member ON member_positions(member_id);
CREATE INDEX member_positions_org ON member_positions(org_code);

CREATE TABLE personnel_schemes (
  id BIGSERIAL PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
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
  id BIGSERIAL PRIMARY KEY,
  scheme_id BIGINT NOT NULL REFERENCES personnel_schemes(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
);
CREATE INDEX scheme_events_scheme ON scheme_events(scheme_id, id);

CREATE TABLE scheme_nominees (
  id BIGSERIAL PRIMARY KEY,
  scheme_id BIGINT NOT NULL REFERENCES personnel_schemes(id) ON DELETE CASCADE,
  list_kind TEXT NOT NULL CHECK (list_kind IN ('committee', 'delegates')),
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  gender TEXT NOT NULL DEFAULT '',
  birth_date DATE,
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
  id BIGSERIAL PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  board TEXT NOT NULL REFERENCES vetting_boards(code),
  due_date DATE,
  conclusion TEXT NOT NULL DEFAULT 'open' CHECK (conclusion IN ('open', 'cleared', 'concern')),
  note TEXT NOT NULL DEFAULT '',
  concluded_by TEXT NOT NULL DEFAULT '',
  concluded_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (org_id, term, member_id, board)
);

CREATE TABLE complaints (
  id BIGSERIAL PRIMARY KEY,
  org_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  member_id TEXT NOT NULL,
  full_name TEXT NOT NULL,
  received_on DATE NOT NULL,
  source TEXT NOT NULL,
  summary TEXT NOT NULL,
  assigned_to TEXT NOT NULL DEFAULT '',
  conclusion TEXT NOT NULL DEFAULT '',
  concluded_on DATE,
  concluded_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX complaints_congress ON complaints(org_id, term);
)sql"},
      {15, "party building", R"sql(
-- Party-building context of a round (app/ports/party_building_store.h). Grades are data:
-- rank 1 is the best (building/ratings.h).
CREATE TABLE quality_grades (
  code text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  rank integer NOT NULL UNIQUE
);
INSERT INTO quality_grades (code, name, rank) VALUES
  ('excellent', 'Hoàn thành xuất sắc nhiệm vụ', 1),
  ('good', 'Hoàn thành tốt nhiệm vụ', 2),
  ('fulfilled', 'Hoàn thành nhiệm vụ', 3),
  ('unfulfilled', 'Không hoàn thành nhiệm vụ', 4);

-- One rating per year of an organization (member_id '') or of a member of it.
CREATE TABLE quality_ratings (
  id bigserial PRIMARY KEY,
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('organization', 'member')),
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  member_id text COLLATE "C" NOT NULL DEFAULT '',
  full_name text NOT NULL DEFAULT '',
  grade text COLLATE "C" NOT NULL REFERENCES quality_grades(code),
  note text NOT NULL DEFAULT '',
  recorded_at text NOT NULL,
  UNIQUE (year, org_id, member_id)
);
CREATE INDEX quality_ratings_org ON quality_ratings(org_id, year);

CREATE TABLE member_movements (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('balance', 'admission', 'transfer_in', 'transfer_out',
                                     'death', 'removal')),
  moved_on date NOT NULL,
  count bigint NOT NULL CHECK (count >= 0),
  member_id text COLLATE "C" NOT NULL DEFAULT '',
  full_name text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  recorded_at text NOT NULL
);
CREATE INDEX member_movements_org ON member_movements(org_id, moved_on);

CREATE TABLE admission_targets (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  term text COLLATE "C" NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  target bigint NOT NULL CHECK (target >= 0),
  UNIQUE (org_id, term)
);

CREATE TABLE communication_items (
  id bigserial PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('news', 'essay', 'bulletin', 'event')),
  published_on date NOT NULL,
  title text NOT NULL,
  link text NOT NULL DEFAULT '',
  copies bigint NOT NULL DEFAULT 0 CHECK (copies >= 0),
  note text NOT NULL DEFAULT '',
  recorded_at text NOT NULL
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
ALTER TABLE organizations ADD COLUMN name_key bytea;
CREATE TABLE organization_name_keys (
  id integer PRIMARY KEY CHECK (id = 1),
  icu text NOT NULL
);
INSERT INTO organization_name_keys (id, icu) VALUES (1, '');
)sql"},
  };
  return migrations;
}

}  // namespace daihoi::storage
