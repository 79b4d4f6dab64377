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
      // 5: nominations (storage/nomination_store.cpp)
      // 6: results (storage/result_store.cpp)
      // 7: bundles (elections imported from a venue)
      // 8: plans (storage/plan_store.cpp)
      // 9: groups (storage/group_store.cpp)
      // 10: inspections (storage/inspection_store.cpp)
  };
  return migrations;
}

}  // namespace daihoi::storage
