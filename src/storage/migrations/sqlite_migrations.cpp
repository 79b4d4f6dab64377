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
  };
  return migrations;
}

}  // namespace daihoi::storage
