// Use case: the synthesis of a version — counts per section, unit and source over the shown
// comments, and the stored groups, filtered (app/documents.h, ShowSynthesis).
#include <set>
#include <unordered_map>

#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<SynthesisView> ShowSynthesis(Store& store, const Actor& actor, int64_t version_id,
                                    const SynthesisFilter& filter) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = Authorize(store, actor, access::Action::kPlan, loaded->document.org_code); !s) {
    return s.error();
  }
  if (!filter.disposition.empty() && filter.disposition != "undecided" &&
      !documents::ParseDisposition(filter.disposition)) {
    return InvalidInput("kết quả tiếp thu không hợp lệ '" + filter.disposition +
                            "' (undecided, accepted, explained, not_accepted)",
                        "disposition");
  }
  DocumentStore& docs = DocumentsOf(store);
  SynthesisView view;
  view.document = loaded->document;
  view.org_name = OrgName(store, loaded->document.org_code);
  view.version = loaded->version;

  auto rows = docs.SynthesisRows(version_id, false);
  if (!rows.ok()) return rows.error();
  struct Members {
    std::set<std::string> units;
    int64_t citizens = 0;
    int64_t former_leaders = 0;
    int64_t unit_comments = 0;
  };
  std::unordered_map<int64_t, Members> members;
  std::vector<documents::CountedComment> counted;
  counted.reserve(rows->size());
  for (const SynthesisRow& row : *rows) {
    counted.push_back({row.section_ordinal, row.source, row.org_code, row.agreed_members,
                       documents::EffectiveDisposition(row.own, row.group)});
    if (!row.group_id) continue;
    Members& m = members[*row.group_id];
    switch (row.source) {
      case documents::CommentSource::kUnit:
        ++m.unit_comments;
        if (!row.org_code.empty()) m.units.insert(row.org_code);
        break;
      case documents::CommentSource::kCitizen:
        ++m.citizens;
        break;
      case documents::CommentSource::kFormerLeader:
        ++m.former_leaders;
        break;
    }
  }
  view.counts = documents::CountComments(counted);
  auto statuses = docs.StatusCounts(version_id);
  if (!statuses.ok()) return statuses.error();
  view.pending = (*statuses)[0];

  auto groups = docs.Groups(version_id);
  if (!groups.ok()) return groups.error();
  auto content = docs.VersionContent(version_id);
  if (!content.ok()) return content.error();
  int64_t matched = 0;
  for (CommentGroupRecord& group : *groups) {
    view.comments_grouped += group.size;
    const Members& m = members[group.id];
    if (filter.section_ordinal && group.section_ordinal != *filter.section_ordinal) continue;
    if (group.size < filter.min_size) continue;
    if (filter.source) {
      const int64_t of_source = *filter.source == documents::CommentSource::kUnit ? m.unit_comments
                                : *filter.source == documents::CommentSource::kCitizen
                                    ? m.citizens
                                    : m.former_leaders;
      if (of_source == 0) continue;
    }
    if (!filter.org_code.empty() && !m.units.count(filter.org_code)) continue;
    if (filter.disposition == "undecided" && group.disposition) continue;
    if (!filter.disposition.empty() && filter.disposition != "undecided" &&
        (!group.disposition ||
         documents::ToString(group.disposition->disposition) != filter.disposition)) {
      continue;
    }
    ++matched;
    if (matched <= filter.offset) continue;
    if (filter.limit > 0 && static_cast<int64_t>(view.groups.size()) >= filter.limit) continue;
    GroupView g;
    if (const auto* section = documents::FindSection(*content, group.section_ordinal)) {
      g.section_heading = section->heading;
    }
    g.units.assign(m.units.begin(), m.units.end());
    g.citizens = m.citizens;
    g.former_leaders = m.former_leaders;
    g.unit_comments = m.unit_comments;
    g.group = std::move(group);
    view.groups.push_back(std::move(g));
  }
  view.groups_total = matched;
  return view;
}

}  // namespace daihoi::app
