#include "app/groups_common.h"

#include <algorithm>
#include <utility>

#include "text/text.h"

namespace daihoi::app::groups_detail {

Result<org::Organization> CheckCongress(Store& store, const CongressRef& congress) {
  if (text::Normalize(congress.term).empty()) {
    return InvalidInput("thiếu nhiệm kỳ (term), ví dụ 2020-2025", "term");
  }
  auto organization = store.FindOrganization(congress.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức mã '" + congress.org_code + "'");
    error.field = "code";
    return error;
  }
  return std::move(**organization);
}

Result<WorkingGroupRecord> GroupOf(Store& store, const CongressRef& congress, int64_t group_id) {
  if (auto organization = CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  auto group = GroupsOf(store).FindWorkingGroup(group_id);
  if (!group.ok()) return group.error();
  if (!*group || (*group)->org_code != congress.org_code || (*group)->term != congress.term) {
    Error error = NotFound("không có tổ số " + std::to_string(group_id) + " của " +
                           congress.org_code + " nhiệm kỳ " + congress.term);
    error.field = "group_id";
    return error;
  }
  return std::move(**group);
}

Result<SubcommitteeRecord> SubcommitteeOf(Store& store, const CongressRef& congress,
                                          int64_t subcommittee_id) {
  if (auto organization = CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  auto found = GroupsOf(store).FindSubcommittee(subcommittee_id);
  if (!found.ok()) return found.error();
  if (!*found || (*found)->org_code != congress.org_code || (*found)->term != congress.term) {
    Error error = NotFound("không có tiểu ban số " + std::to_string(subcommittee_id) + " của " +
                           congress.org_code + " nhiệm kỳ " + congress.term);
    error.field = "subcommittee_id";
    return error;
  }
  return std::move(**found);
}

Result<std::optional<org::Member>> FindMember(Store& store, const std::string& member_id) {
  MemberQuery query;
  query.text = member_id;
  query.limit = 50;
  auto page = store.SearchMembers(query);
  if (!page.ok()) return page.error();
  for (org::Member& member : page->items) {
    if (member.id == member_id) return std::optional<org::Member>(std::move(member));
  }
  return std::optional<org::Member>();
}

Result<NewPerson> ResolvePerson(Store& store, NewPerson person) {
  person.member_id = text::Normalize(person.member_id);
  person.full_name = text::Normalize(person.full_name);
  if (!person.member_id.empty()) {
    auto member = FindMember(store, person.member_id);
    if (!member.ok()) return member.error();
    if (!*member) {
      Error error = NotFound("không có đảng viên mã '" + person.member_id + "'");
      error.field = "member_id";
      return error;
    }
    if (person.full_name.empty()) person.full_name = (*member)->full_name;
  }
  if (person.full_name.empty()) {
    return InvalidInput("cần họ và tên hoặc mã đảng viên", "full_name");
  }
  return person;
}

Result<bool> IsBelow(Store& store, const std::string& unit, const std::string& root) {
  auto ancestors = store.Ancestors(unit);
  if (!ancestors.ok()) return ancestors.error();
  return std::any_of(ancestors->begin(), ancestors->end(),
                     [&](const org::Organization& o) { return o.code == root; });
}

Result<SubcommitteeTaskRecord> TaskOf(Store& store, const CongressRef& congress, int64_t task_id) {
  auto task = GroupsOf(store).FindTask(task_id);
  if (!task.ok()) return task.error();
  if (*task) {
    auto owner = SubcommitteeOf(store, congress, (*task)->subcommittee_id);
    if (owner.ok()) return **task;
    if (owner.error().field != "subcommittee_id") return owner.error();
  } else if (auto organization = CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  Error error = NotFound("không có công việc số " + std::to_string(task_id));
  error.field = "task_id";
  return error;
}

Status PrepareCommendation(Store& store, const CongressRef& congress, teams::Commendation& c,
                           const std::string& at) {
  for (std::string* field :
       {&c.org_code, &c.member_id, &c.full_name, &c.award, &c.decision, &c.reason}) {
    *field = text::Normalize(*field);
  }
  std::vector<Error> errors = teams::ValidateCommendation(c);
  if (!errors.empty()) {
    Error error = errors.front();
    error.field = at + error.field;
    return error;
  }
  if (!c.org_code.empty()) {
    auto unit = store.FindOrganization(c.org_code);
    if (!unit.ok()) return unit.error();
    bool inside = *unit && (*unit)->code == congress.org_code;
    if (*unit && !inside) {
      auto below = IsBelow(store, c.org_code, congress.org_code);
      if (!below.ok()) return below.error();
      inside = *below;
    }
    if (!inside) {
      return InvalidInput("'" + c.org_code + "' không thuộc " + congress.org_code, at + "org_code");
    }
    if (c.kind == teams::RecipientKind::kCollective) c.full_name = (*unit)->name;
  }
  if (c.kind == teams::RecipientKind::kIndividual && !c.member_id.empty()) {
    auto member = FindMember(store, c.member_id);
    if (!member.ok()) return member.error();
    if (!*member) {
      Error error = NotFound("không có đảng viên mã '" + c.member_id + "'");
      error.field = at + "member_id";
      return error;
    }
    if (c.full_name.empty()) c.full_name = (*member)->full_name;
    if (c.org_code.empty()) c.org_code = (*member)->org_code;
  }
  return {};
}

}  // namespace daihoi::app::groups_detail
