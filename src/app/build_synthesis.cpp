// Use case: group the shown comments of a version into near-duplicate groups and store them
// (app/documents.h, BuildSynthesis).
#include <algorithm>
#include <unordered_map>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<SynthesisView> BuildSynthesis(Store& store, const Actor& actor, int64_t version_id,
                                     const documents::GroupingParams& params) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = Authorize(store, actor, access::Action::kPlan, loaded->document.org_code); !s) {
    return s.error();
  }
  if (!(params.similarity_threshold > 0 && params.similarity_threshold <= 1)) {
    return InvalidInput("ngưỡng tương đồng phải trong (0, 1] (threshold out of range)",
                        "similarity_threshold");
  }
  if (params.bands < 1 || params.rows < 1 || params.bands * params.rows > 1024 ||
      params.shingle_words < 1) {
    return InvalidInput("tham số nhóm ý kiến không hợp lệ (bad grouping parameters)", "bands");
  }
  DocumentStore& docs = DocumentsOf(store);
  std::vector<documents::Group> groups;
  std::vector<NewCommentGroup> stored;
  {
    auto rows = docs.SynthesisRows(version_id, true);
    if (!rows.ok()) return rows.error();
    std::vector<documents::GroupingInput> inputs;
    inputs.reserve(rows->size());
    for (SynthesisRow& row : *rows) {
      inputs.push_back({row.id, row.section_ordinal, std::move(row.text)});
      row.text = {};
    }
    groups = documents::GroupComments(inputs, params);
    inputs = {};
    // A group keeps the disposition of the previous group whose representative it contains.
    auto previous = docs.Groups(version_id);
    if (!previous.ok()) return previous.error();
    std::unordered_map<int64_t, DispositionRecord> carried;
    for (const CommentGroupRecord& group : *previous) {
      if (group.disposition) carried.emplace(group.representative_id, *group.disposition);
    }
    const auto agreed_of = [&](int64_t id) -> int64_t {
      auto it = std::lower_bound(rows->begin(), rows->end(), id,
                                 [](const SynthesisRow& row, int64_t key) { return row.id < key; });
      return it != rows->end() && it->id == id ? it->agreed_members : 0;
    };
    stored.reserve(groups.size());
    for (documents::Group& group : groups) {
      NewCommentGroup record;
      record.section_ordinal = group.section_ordinal;
      record.representative_id = group.representative;
      for (int64_t member : group.members) {
        record.agreed_members += agreed_of(member);
        if (!record.disposition && !carried.empty()) {
          auto it = carried.find(member);
          if (it != carried.end()) record.disposition = it->second;
        }
      }
      record.members = std::move(group.members);
      stored.push_back(std::move(record));
    }
  }
  int64_t comments = 0;
  for (const NewCommentGroup& group : stored) comments += group.members.size();
  Status written = store.InTransaction([&]() -> Status {
    if (Status s = docs.ReplaceGroups(version_id, stored); !s) return s;
    return RecordChange(store, actor,
                        {"comment.group", loaded->document.org_code,
                         ChangeText({{"version", std::to_string(version_id)},
                                     {"groups", std::to_string(stored.size())},
                                     {"comments", std::to_string(comments)}})});
  });
  if (!written) return written.error();
  return ShowSynthesis(store, actor, version_id, {});
}

}  // namespace daihoi::app
