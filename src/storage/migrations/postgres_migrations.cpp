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
  };
  return migrations;
}

}  // namespace daihoi::storage
