#include "app/export.h"

#include <algorithm>

#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {
namespace {

std::string DateCell(const std::optional<Date>& d) { return d ? d->ToIso() : std::string(); }

}  // namespace

std::vector<std::string> ToCells(const org::Organization& o) {
  return {o.code,        o.name,     o.level,
          o.parent_code, o.category, o.members ? std::to_string(*o.members) : std::string()};
}

std::vector<std::string> ToCells(const org::Member& m) {
  return {m.id,
          m.full_name,
          m.gender,
          DateCell(m.birth_date),
          DateCell(m.party_join_date),
          DateCell(m.full_member_date),
          m.org_code,
          org::ToString(m.status)};
}

std::vector<std::string> ToCells(const planning::Congress& c) {
  return {c.org_code,
          c.term,
          c.ordinal > 0 ? std::to_string(c.ordinal) : std::string(),
          planning::ToString(c.kind),
          c.pilot ? "true" : "false",
          DateCell(c.planned_start),
          DateCell(c.planned_end),
          DateCell(c.held_start),
          DateCell(c.held_end)};
}

Status ExportRows(Store& store, const Actor& actor, ImportKind kind, const std::string& root,
                  const RowSink& sink) {
  // docs/security.md: authorized before anything is read or written.
  // docs/security.md: the members' rows carry their personal fields (birth and party dates,
  // status), so exporting them needs those fields over the whole subtree.
  const access::Action action = kind == ImportKind::kMembers ? access::Action::kReadPersonalFields
                                                             : access::Action::kReadRegistry;
  if (Status allowed = Authorize(store, actor, action, root); !allowed.ok()) return allowed.error();
  if (!root.empty()) {
    auto found = store.FindOrganization(root);
    if (!found) return found.error();
    if (!found->has_value()) {
      Error e = NotFound("tổ chức không tồn tại (unknown organization) '" + root + "'");
      e.code = ErrorCode::kNotFound;
      e.field = "root";
      return e;
    }
  }
  switch (kind) {
    case ImportKind::kOrgs: {
      auto orgs = root.empty() ? store.AllOrganizations() : store.Subtree(root);
      if (!orgs) return orgs.error();
      for (const org::Organization& o : *orgs) {
        if (Status s = sink(ToCells(o)); !s) return s;
      }
      return {};
    }
    case ImportKind::kMembers: {
      Status failed;
      Status s = store.ForEachMember(root, [&](const org::Member& m) {
        if (failed) failed = sink(ToCells(m));
      });
      if (!s) return s;
      return failed;
    }
    case ImportKind::kCongresses: {
      auto congresses = store.Congresses(root);
      if (!congresses) return congresses.error();
      std::sort(congresses->begin(), congresses->end(),
                [](const planning::Congress& a, const planning::Congress& b) {
                  return std::tie(a.org_code, a.term) < std::tie(b.org_code, b.term);
                });
      for (const planning::Congress& c : *congresses) {
        if (Status s = sink(ToCells(c)); !s) return s;
      }
      return {};
    }
  }
  return {};
}

Result<Table> ExportTable(Store& store, const Actor& actor, ImportKind kind,
                          const std::string& root) {
  Table table;
  for (const Column& c : Columns(kind)) table.header.emplace_back(c.name);
  Status s =
      ExportRows(store, actor, kind, root, [&](const std::vector<std::string>& cells) -> Status {
        table.rows.push_back(cells);
        return {};
      });
  if (!s) return s.error();
  return table;
}

}  // namespace daihoi::app
