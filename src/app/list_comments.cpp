// Use case: the comments on a version, filtered, with their dispositions (app/documents.h,
// ListComments).
#include <algorithm>
#include <map>

#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<Page<CommentView>> ListComments(Store& store, const Actor& actor,
                                       const CommentQuery& query) {
  auto loaded = LoadVersion(store, query.version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = AuthorizeRead(store, actor, *loaded); !s) return s.error();
  DocumentStore& docs = DocumentsOf(store);
  CommentFilter filter;
  filter.version_id = query.version_id;
  filter.section_ordinal = query.section_ordinal;
  filter.status = query.status;
  filter.source = query.source;
  filter.org_code = query.org_code;
  filter.group_id = query.group_id;
  filter.text = query.text;
  filter.offset = query.offset;
  filter.limit = query.limit;
  // A unit's clerk reading through its publication sees its own unit's comments only.
  if (!Authorize(store, actor, access::Action::kReadRegistry, loaded->document.org_code).ok()) {
    auto publication = docs.FindPublication(query.version_id);
    if (!publication.ok()) return publication.error();
    std::vector<std::string> own;
    const auto units = *publication ? (*publication)->units : std::vector<std::string>{};
    for (const std::string& unit : units) {
      if (Authorize(store, actor, access::Action::kUnitCongress, unit).ok()) own.push_back(unit);
    }
    if (!filter.org_code.empty()) {
      if (std::find(own.begin(), own.end(), filter.org_code) == own.end()) {
        return Error(ErrorCode::kForbidden,
                     "chỉ xem được ý kiến của đơn vị mình (only your unit's comments)", "org_code");
      }
    } else if (own.size() == 1) {
      filter.org_code = own.front();
    } else {
      return InvalidInput("chọn đơn vị (org_code required)", "org_code");
    }
    filter.source = documents::CommentSource::kUnit;
  }
  const bool contacts = Plans(store, actor, loaded->document);
  auto page = docs.Comments(filter);
  if (!page.ok()) return page.error();
  auto content = docs.VersionContent(query.version_id);
  if (!content.ok()) return content.error();
  std::map<std::string, std::string> org_names;
  std::map<int64_t, std::optional<DispositionRecord>> group_dispositions;
  Page<CommentView> out;
  out.total = page->total;
  for (CommentRecord& comment : page->items) {
    CommentView view;
    if (!contacts) comment.citizen_contact.clear();
    view.contact_visible = contacts;
    if (!comment.org_code.empty()) {
      auto [it, inserted] = org_names.try_emplace(comment.org_code);
      if (inserted) it->second = OrgName(store, comment.org_code);
      view.org_name = it->second;
    }
    if (const auto* section = documents::FindSection(*content, comment.anchor.section_ordinal)) {
      view.section_heading = section->heading;
    }
    if (comment.group_id) {
      auto [it, inserted] = group_dispositions.try_emplace(*comment.group_id);
      if (inserted) {
        auto group = docs.FindGroup(*comment.group_id);
        if (!group.ok()) return group.error();
        if (*group) it->second = (*group)->disposition;
      }
      view.group_disposition = it->second;
    }
    const auto& own = comment.disposition;
    const auto& effective = own ? own : view.group_disposition;
    if (effective) {
      view.effective = effective->disposition;
      view.effective_explanation = effective->explanation;
    }
    view.comment = std::move(comment);
    out.items.push_back(std::move(view));
  }
  return out;
}

}  // namespace daihoi::app
