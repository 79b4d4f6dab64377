#include "storage/org_upsert.h"

namespace daihoi::storage {

namespace {

Status Run(SqlRunner& sql, const std::string& statement) {
  auto changed = sql.Execute(statement);
  if (!changed.ok()) return changed.error();
  return {};
}

}  // namespace

Status ApplyOrgLoad(SqlRunner& sql) {
  // The last row of a code wins, as if the rows were upserted one after another.
  if (auto s = Run(sql,
                   "DELETE FROM org_load WHERE seq NOT IN "
                   "(SELECT max(seq) FROM org_load GROUP BY code)");
      !s) {
    return s;
  }

  auto bad_level = sql.FirstText(
      "SELECT l.code || '|' || l.level FROM org_load l WHERE NOT EXISTS "
      "(SELECT 1 FROM levels v WHERE v.code = l.level) ORDER BY l.seq LIMIT 1");
  if (!bad_level.ok()) return bad_level.error();
  if (*bad_level) {
    const std::string& found = **bad_level;
    size_t bar = found.find('|');
    return InvalidInput("organization '" + found.substr(0, bar) + "': unknown level '" +
                            found.substr(bar + 1) + "'",
                        "level");
  }

  auto bad_parent = sql.FirstText(
      "SELECT l.code || '|' || l.parent_code FROM org_load l WHERE l.parent_code <> '' "
      "AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.code = l.parent_code) "
      "AND NOT EXISTS (SELECT 1 FROM org_load x WHERE x.code = l.parent_code) "
      "ORDER BY l.seq LIMIT 1");
  if (!bad_parent.ok()) return bad_parent.error();
  if (*bad_parent) {
    const std::string& found = **bad_parent;
    size_t bar = found.find('|');
    return InvalidInput("organization '" + found.substr(0, bar) + "': unknown parent '" +
                            found.substr(bar + 1) + "'",
                        "parent_code");
  }

  const char* const steps[] = {
      // Existing organizations whose parent changes…
      "INSERT INTO org_pending (id) SELECT o.id FROM org_load l "
      "JOIN organizations o ON o.code = l.code "
      "WHERE COALESCE((SELECT p.code FROM organizations p WHERE p.id = o.parent_id), '') "
      "<> l.parent_code ON CONFLICT DO NOTHING",
      // …and their whole subtrees (old paths) get new paths.
      "INSERT INTO org_ready (id) SELECT id FROM org_pending WHERE true ON CONFLICT DO NOTHING",
      "INSERT INTO org_pending (id) SELECT d.id FROM organizations m "
      "JOIN organizations d ON d.path > m.path "
      "AND d.path < substr(m.path, 1, length(m.path) - 1) || '0' "
      "WHERE m.id IN (SELECT id FROM org_ready) ON CONFLICT DO NOTHING",
      "DELETE FROM org_ready",
      // Attributes; a new row starts with an empty path and no parent.
      // name_key: migration 16 (tree_rows.h OrgNameKey), made with the name.
      "INSERT INTO organizations (code, name, level, category, stated_members, search_key, "
      "name_key, path) "
      "SELECT code, name, level, category, stated_members, search_key, name_key, '' FROM org_load "
      "WHERE true ORDER BY seq "
      "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, "
      "category = excluded.category, stated_members = excluded.stated_members, "
      "search_key = excluded.search_key, name_key = excluded.name_key",
      "INSERT INTO org_pending (id) SELECT id FROM organizations WHERE path = '' "
      "ON CONFLICT DO NOTHING",
      "UPDATE organizations SET parent_id = (SELECT p.id FROM org_load l "
      "JOIN organizations p ON p.code = l.parent_code WHERE l.code = organizations.code) "
      // One IN list over ids (two would let SQLite probe every pair of them).
      "WHERE id IN (SELECT q.id FROM org_pending q JOIN organizations o ON o.id = q.id "
      "JOIN org_load l ON l.code = o.code)",
  };
  for (const char* step : steps) {
    if (auto s = Run(sql, step); !s) return s;
  }

  // Top down: a pending organization is ready once its parent is not pending.
  while (true) {
    auto ready = sql.Execute(
        "INSERT INTO org_ready (id) SELECT q.id FROM org_pending q "
        "JOIN organizations o ON o.id = q.id "
        "WHERE o.parent_id IS NULL OR NOT EXISTS "
        "(SELECT 1 FROM org_pending r WHERE r.id = o.parent_id)");
    if (!ready.ok()) return ready.error();
    if (*ready == 0) break;
    const char* const pass[] = {
        "UPDATE organizations SET path = COALESCE((SELECT p.path FROM organizations p "
        "WHERE p.id = organizations.parent_id), '/') || CAST(id AS TEXT) || '/' "
        "WHERE id IN (SELECT id FROM org_ready)",
        "DELETE FROM org_pending WHERE id IN (SELECT id FROM org_ready)",
        "DELETE FROM org_ready",
    };
    for (const char* step : pass) {
      if (auto s = Run(sql, step); !s) return s;
    }
  }

  auto stuck = sql.FirstText(
      "SELECT o.code FROM org_pending q JOIN organizations o ON o.id = q.id "
      "ORDER BY o.code LIMIT 1");
  if (!stuck.ok()) return stuck.error();
  if (*stuck) {
    return InvalidInput(
        "organization '" + **stuck + "' would be its own ancestor (a cycle of parents)",
        "parent_code");
  }
  for (const char* cleanup : {"DELETE FROM org_load", "DELETE FROM org_pending"}) {
    if (auto s = Run(sql, cleanup); !s) return s;
  }
  return {};
}

}  // namespace daihoi::storage
