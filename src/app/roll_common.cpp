#include "app/roll_common.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "app/import_parse.h"
#include "text/text.h"

namespace daihoi::app::roll_detail {
namespace {

// The members' congress sees a registry status as a member state (R-THRESHOLD); nullopt for a
// status that is not on the roll (probationary members are not convened).
std::optional<election::MemberState> StateOf(org::MemberStatus status) {
  switch (status) {
    case org::MemberStatus::kFull:
      return election::MemberState::kActive;
    case org::MemberStatus::kSuspended:
      return election::MemberState::kSuspended;
    case org::MemberStatus::kTransferred:
      return election::MemberState::kTemporaryTransfer;
    case org::MemberStatus::kExempt:
      return election::MemberState::kExempt;
    case org::MemberStatus::kProbationary:
      return std::nullopt;
  }
  return std::nullopt;
}

// The registry members named by `ids`: first from the convening organization's subtree (one
// pass), then any other by a search on its id.
Result<std::map<std::string, org::Member>> FindMembers(Store& store, const std::string& org_code,
                                                       const std::vector<std::string>& ids) {
  std::map<std::string, org::Member> found;
  if (ids.empty()) return found;
  std::unordered_set<std::string> wanted(ids.begin(), ids.end());
  Status streamed = store.ForEachMember(org_code, [&](const org::Member& member) {
    if (wanted.contains(member.id)) found[member.id] = member;
  });
  if (!streamed) return streamed.error();
  for (const std::string& id : wanted) {
    if (found.contains(id)) continue;
    MemberQuery query;
    query.text = id;
    query.limit = 1000;
    auto page = store.SearchMembers(query);
    if (!page.ok()) return page.error();
    for (const org::Member& member : page->items) {
      if (member.id == id) found[id] = member;
    }
  }
  return found;
}

std::string At(std::string_view field, size_t index, std::string_view part) {
  return std::string(field) + "[" + std::to_string(index) + "]." + std::string(part);
}

}  // namespace

election::CongressKind ElectionKind(planning::CongressKind kind) {
  return kind == planning::CongressKind::kDelegates ? election::CongressKind::kDelegates
                                                    : election::CongressKind::kMembers;
}

Result<LoadedRoll> LoadRoll(Store& store, const CongressRef& ref, bool with_people) {
  auto organization = store.FindOrganization(ref.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức đảng '" + ref.org_code + "' (unknown organization)");
    error.field = "code";
    return error;
  }
  auto congress = store.FindCongress(ref.org_code, ref.term);
  if (!congress.ok()) return congress.error();
  if (!*congress) {
    Error error = NotFound("tổ chức '" + ref.org_code + "' không có đại hội nhiệm kỳ '" + ref.term +
                           "' (no congress record for the term)");
    error.field = "term";
    return error;
  }
  LoadedRoll loaded;
  loaded.congress = std::move(**congress);
  if (loaded.congress.held_start) {
    loaded.opening = *loaded.congress.held_start;
    loaded.opening_source = "held";
  } else if (loaded.congress.planned_start) {
    loaded.opening = *loaded.congress.planned_start;
    loaded.opening_source = "planned";
  } else {
    // The roll is as of the opening (R-CREDENTIALS): without a date there is none to show, so
    // nothing is recorded that could not be shown.
    return InvalidInput(
        "đại hội chưa có ngày khai mạc dự kiến hoặc thực tế "
        "(the congress has no held or planned start)",
        "opening");
  }
  auto records = store.Roll(ref.org_code, ref.term);
  if (!records.ok()) return records.error();
  loaded.records = std::move(*records);
  if (!with_people) return loaded;

  if (loaded.congress.kind == planning::CongressKind::kDelegates) {
    for (const RollEntry& entry : loaded.records.entries) loaded.people.push_back(PersonOf(entry));
    return loaded;
  }
  auto members = MembersOnRoll(store, ref.org_code, loaded.opening);
  if (!members.ok()) return members.error();
  loaded.people = std::move(*members);
  return loaded;
}

Status RequireDelegatesCongress(const planning::Congress& congress) {
  if (congress.kind == planning::CongressKind::kDelegates) return {};
  return InvalidInput(
      "đại hội đảng viên không có đại biểu: danh sách là các đảng viên chính thức của đảng bộ "
      "(a members' congress has no delegates: its roll is the member registry)",
      "congress");
}

election::RollPerson PersonOf(const RollEntry& entry) {
  election::RollPerson person;
  person.key = std::to_string(entry.id);
  person.full_name = entry.full_name;
  person.member_id = entry.member_id;
  person.role = entry.role;
  if (entry.role != election::RollRole::kExOfficio) {
    person.unit_code = entry.unit_code;
    person.rank = entry.rank;
  }
  return person;
}

Result<std::vector<election::RollPerson>> MembersOnRoll(Store& store, const std::string& org_code,
                                                        Date opening) {
  struct Listed {
    std::string order_key;
    std::optional<Date> birth_date;
    election::RollPerson person;
  };
  std::vector<Listed> listed;
  Status streamed = store.ForEachMember(org_code, [&](const org::Member& member) {
    auto state = StateOf(member.status);
    if (!state) return;
    if (member.full_member_date && *member.full_member_date > opening) return;
    Listed item;
    item.order_key = text::NameOrderKey(member.full_name);
    item.birth_date = member.birth_date;
    item.person.key = member.id;
    item.person.full_name = member.full_name;
    item.person.member_id = member.id;
    item.person.role = election::RollRole::kMember;
    item.person.state = *state;
    listed.push_back(std::move(item));
  });
  if (!streamed) return streamed.error();
  // R-ORDER, as Store::SearchMembers: name key, then birth date (unknown last), then id.
  std::sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
    if (a.order_key != b.order_key) return a.order_key < b.order_key;
    if (a.birth_date != b.birth_date) {
      if (!a.birth_date) return false;
      if (!b.birth_date) return true;
      return *a.birth_date < *b.birth_date;
    }
    return a.person.key < b.person.key;
  });
  std::vector<election::RollPerson> people;
  people.reserve(listed.size());
  for (Listed& item : listed) people.push_back(std::move(item.person));
  return people;
}

Result<std::vector<RollEntry>> ResolveDelegates(Store& store, const std::string& org_code,
                                                const std::vector<NewDelegate>& people,
                                                std::string_view field, election::RollRole role,
                                                const std::string& unit_code,
                                                std::vector<std::string>& others) {
  std::vector<RollEntry> entries;
  std::vector<std::string> ids;
  for (size_t i = 0; i < people.size(); ++i) {
    const NewDelegate& person = people[i];
    RollEntry entry;
    entry.role = role;
    entry.full_name = text::Normalize(person.full_name);
    entry.member_id = text::Normalize(person.member_id);
    entry.birth_date = person.birth_date;
    if (entry.full_name.empty() && entry.member_id.empty()) {
      return InvalidInput("thiếu họ và tên (full_name is required without a member_id)",
                          At(field, i, "full_name"));
    }
    if (std::string gender = text::Normalize(person.gender); !gender.empty()) {
      auto parsed = import_detail::ParseGender(gender);
      if (!parsed) {
        return InvalidInput("giới tính không hợp lệ '" + gender + "': male (nam) / female (nữ)",
                            At(field, i, "gender"));
      }
      entry.gender = *parsed;
    }
    if (!entry.member_id.empty()) {
      if (std::find(others.begin(), others.end(), entry.member_id) != others.end()) {
        return InvalidInput("đảng viên '" + entry.member_id +
                                "' đã có trong danh sách đại biểu (already on the roll)",
                            At(field, i, "member_id"));
      }
      others.push_back(entry.member_id);
      ids.push_back(entry.member_id);
    }
    if (role != election::RollRole::kExOfficio) {
      entry.unit_code = unit_code;
      entry.rank = static_cast<int>(i) + 1;
    }
    entries.push_back(std::move(entry));
  }

  auto members = FindMembers(store, org_code, ids);
  if (!members.ok()) return members.error();
  for (size_t i = 0; i < entries.size(); ++i) {
    RollEntry& entry = entries[i];
    if (entry.member_id.empty()) continue;
    auto found = members->find(entry.member_id);
    if (found == members->end()) {
      return InvalidInput("không có đảng viên mã '" + entry.member_id +
                              "' trong danh sách đảng viên (unknown member)",
                          At(field, i, "member_id"));
    }
    const org::Member& member = found->second;
    if (entry.full_name.empty()) entry.full_name = member.full_name;
    if (entry.gender.empty()) entry.gender = member.gender;
    if (!entry.birth_date) entry.birth_date = member.birth_date;
  }
  return entries;
}

bool OnRoll(const std::vector<election::RollPerson>& people, const std::string& key) {
  return std::any_of(people.begin(), people.end(),
                     [&](const election::RollPerson& person) { return person.key == key; });
}

}  // namespace daihoi::app::roll_detail
