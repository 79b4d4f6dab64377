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
