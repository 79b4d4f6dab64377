#include "http/groups_api.h"

#include <httplib.h>

#include <chrono>
#include <string>
#include <utility>

#include "app/groups.h"
#include "app/registry.h"
#include "http/params.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/groups_json.h"
#include "report/commendation_report.h"
#include "report/pdf/party_document.h"

namespace daihoi::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

app::CongressRef CongressOf(const httplib::Request& req) {
  return {req.matches[1].str(), req.matches[2].str()};
}

// The path's n-th capture as an id; the error names `field`.
Result<int64_t> IdAt(const httplib::Request& req, size_t n, const char* field) {
  auto id = ParseId(req.matches[n].str());
  if (!id.ok()) {
    Error error = id.error();
    error.field = field;
    return error;
  }
  return id;
}

// Today in the server's calendar (the as_of default, the date a task is marked done).
Date Today() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return Date::FromDays(days);
}

Result<Reply> GroupsReply(app::Store& store, const app::Actor& actor,
                          const app::CongressRef& congress,
                          std::optional<int64_t> created = std::nullopt) {
  auto view = app::ShowWorkingGroups(store, actor, congress);
  if (!view.ok()) return view.error();
  ordered_json body = daihoi::json::WorkingGroupsToJson(*view);
  if (created) body["created"] = *created;
  return JsonReply(body);
}

Result<Date> AsOf(const httplib::Request& req) {
  if (!req.has_param("as_of") || req.get_param_value("as_of").empty()) return Today();
  auto date = Date::Parse(req.get_param_value("as_of"));
  if (!date) return InvalidInput("ngày không hợp lệ (YYYY-MM-DD)", "as_of");
  return *date;
}

Result<Reply> SubcommitteesReply(const httplib::Request& req, const app::Actor& actor,
                                 app::Store& store, std::optional<int64_t> created = std::nullopt) {
  auto as_of = AsOf(req);
  if (!as_of.ok()) return as_of.error();
  auto view = app::ShowSubcommittees(store, actor, CongressOf(req), *as_of);
  if (!view.ok()) return view.error();
  ordered_json body = daihoi::json::SubcommitteesToJson(*view);
  if (created) body["created"] = *created;
  return JsonReply(body);
}

Result<Reply> CommendationsReply(app::Store& store, const app::Actor& actor,
                                 const app::CongressRef& congress,
                                 const std::vector<int64_t>* created = nullptr) {
  auto records = app::ListCommendations(store, actor, congress);
  if (!records.ok()) return records.error();
  ordered_json body = daihoi::json::CommendationsToJson(congress.org_code, congress.term, *records);
  if (created) body["created"] = *created;
  return JsonReply(body);
}

Result<Reply> GetGroups(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  return GroupsReply(store, actor, CongressOf(req));
}

Result<Reply> PostGroup(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  auto group = daihoi::json::NewWorkingGroupFromJson(*body);
  if (!group.ok()) return group.error();
  auto id = app::AddWorkingGroup(store, actor, CongressOf(req), *group);
  if (!id.ok()) return id.error();
  return GroupsReply(store, actor, CongressOf(req), *id);
}

Result<Reply> DeleteGroup(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  if (Status s = app::RemoveWorkingGroup(store, actor, CongressOf(req), *group); !s)
    return s.error();
  return GroupsReply(store, actor, CongressOf(req));
}

Result<Reply> PostGroupMember(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto person = daihoi::json::NewPersonFromJson(*body);
  if (!person.ok()) return person.error();
  auto id = app::AddGroupMember(store, actor, CongressOf(req), *group, *person);
  if (!id.ok()) return id.error();
  return GroupsReply(store, actor, CongressOf(req), *id);
}

Result<Reply> DeleteGroupMember(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto member = IdAt(req, 4, "member_id");
  if (!member.ok()) return member.error();
  if (Status s = app::RemoveGroupMember(store, actor, CongressOf(req), *group, *member); !s) {
    return s.error();
  }
  return GroupsReply(store, actor, CongressOf(req));
}

Result<Reply> PostAssignment(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !(*body)["unit_code"].is_string()) {
    return InvalidInput("thiếu mã đơn vị (unit_code)", "unit_code");
  }
  std::string term;
  if (body->contains("term") && (*body)["term"].is_string()) term = (*body)["term"];
  auto id = app::AssignGroup(store, actor, CongressOf(req), *group,
                             (*body)["unit_code"].get<std::string>(), term);
  if (!id.ok()) return id.error();
  return GroupsReply(store, actor, CongressOf(req), *id);
}

Result<Reply> DeleteAssignment(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto assignment = IdAt(req, 4, "assignment_id");
  if (!assignment.ok()) return assignment.error();
  if (Status s = app::UnassignGroup(store, actor, CongressOf(req), *group, *assignment); !s) {
    return s.error();
  }
  return GroupsReply(store, actor, CongressOf(req));
}

Result<Reply> GetFree(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto assignment = IdAt(req, 4, "assignment_id");
  if (!assignment.ok()) return assignment.error();
  auto free = app::SuggestAttendees(store, actor, CongressOf(req), *group, *assignment);
  if (!free.ok()) return free.error();
  return JsonReply({{"free", daihoi::json::AttendeesToJson(*free)}});
}

Result<Reply> PostAttendance(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  for (const char* field : {"group_member_id", "assignment_id"}) {
    if (!body->is_object() || !(*body)[field].is_number_integer()) {
      return InvalidInput(std::string("thiếu ") + field + " (a number)", field);
    }
  }
  auto id = app::RecordAttendance(store, actor, CongressOf(req), *group,
                                  (*body)["group_member_id"].get<int64_t>(),
                                  (*body)["assignment_id"].get<int64_t>());
  if (!id.ok()) return id.error();
  return GroupsReply(store, actor, CongressOf(req), *id);
}

Result<Reply> DeleteAttendance(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto group = IdAt(req, 3, "group_id");
  if (!group.ok()) return group.error();
  auto attendance = IdAt(req, 4, "attendance_id");
  if (!attendance.ok()) return attendance.error();
  if (Status s = app::RemoveAttendance(store, actor, CongressOf(req), *group, *attendance); !s) {
    return s.error();
  }
  return GroupsReply(store, actor, CongressOf(req));
}

Result<Reply> GetSubcommittees(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  return SubcommitteesReply(req, actor, store);
}

Result<Reply> PostSubcommittee(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object()) return InvalidInput("cần một đối tượng JSON", "body");
  const std::string kind_text = body->value("kind", "");
  auto kind = teams::ParseSubcommitteeKind(kind_text);
  if (!kind) {
    return InvalidInput("kind phải là documents, personnel, logistics hoặc other", "kind");
  }
  const json& name = (*body)["name"];
  auto id = app::AddSubcommittee(store, actor, CongressOf(req), *kind,
                                 name.is_string() ? name.get<std::string>() : "");
  if (!id.ok()) return id.error();
  return SubcommitteesReply(req, actor, store, *id);
}

Result<Reply> DeleteSubcommittee(const httplib::Request& req, app::Store& store,
                                 const app::Actor& actor) {
  auto id = IdAt(req, 3, "subcommittee_id");
  if (!id.ok()) return id.error();
  if (Status s = app::RemoveSubcommittee(store, actor, CongressOf(req), *id); !s) return s.error();
  return SubcommitteesReply(req, actor, store);
}

Result<Reply> PostSubcommitteeMember(const httplib::Request& req, app::Store& store,
                                     const app::Actor& actor) {
  auto subcommittee = IdAt(req, 3, "subcommittee_id");
  if (!subcommittee.ok()) return subcommittee.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto person = daihoi::json::NewPersonFromJson(*body);
  if (!person.ok()) return person.error();
  auto id = app::AddSubcommitteeMember(store, actor, CongressOf(req), *subcommittee, *person);
  if (!id.ok()) return id.error();
  return SubcommitteesReply(req, actor, store, *id);
}

Result<Reply> DeleteSubcommitteeMember(const httplib::Request& req, app::Store& store,
                                       const app::Actor& actor) {
  auto subcommittee = IdAt(req, 3, "subcommittee_id");
  if (!subcommittee.ok()) return subcommittee.error();
  auto member = IdAt(req, 4, "member_id");
  if (!member.ok()) return member.error();
  if (Status s =
          app::RemoveSubcommitteeMember(store, actor, CongressOf(req), *subcommittee, *member);
      !s) {
    return s.error();
  }
  return SubcommitteesReply(req, actor, store);
}

Result<Reply> PostTask(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto subcommittee = IdAt(req, 3, "subcommittee_id");
  if (!subcommittee.ok()) return subcommittee.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto task = daihoi::json::NewTaskFromJson(*body);
  if (!task.ok()) return task.error();
  auto id = app::AddSubcommitteeTask(store, actor, CongressOf(req), *subcommittee, *task);
  if (!id.ok()) return id.error();
  return SubcommitteesReply(req, actor, store, *id);
}

// {"done": true|false, "on": "YYYY-MM-DD"} (on: today when absent).
Result<Reply> PutTask(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto task = IdAt(req, 3, "task_id");
  if (!task.ok()) return task.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !(*body)["done"].is_boolean()) {
    return InvalidInput("done phải là true hoặc false", "done");
  }
  Date on = Today();
  if (body->contains("on") && !(*body)["on"].is_null()) {
    auto parsed =
        (*body)["on"].is_string() ? Date::Parse((*body)["on"].get<std::string>()) : std::nullopt;
    if (!parsed) return InvalidInput("ngày không hợp lệ (YYYY-MM-DD)", "on");
    on = *parsed;
  }
  if (Status s =
          app::SetTaskDone(store, actor, CongressOf(req), *task, (*body)["done"].get<bool>(), on);
      !s) {
    return s.error();
  }
  return SubcommitteesReply(req, actor, store);
}

Result<Reply> DeleteTask(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto task = IdAt(req, 3, "task_id");
  if (!task.ok()) return task.error();
  if (Status s = app::RemoveSubcommitteeTask(store, actor, CongressOf(req), *task); !s)
    return s.error();
  return SubcommitteesReply(req, actor, store);
}

Result<Reply> GetCommendations(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  return CommendationsReply(store, actor, CongressOf(req));
}

Result<Reply> PostCommendations(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto commendations = daihoi::json::CommendationsFromJson(*body);
  if (!commendations.ok()) return commendations.error();
  auto ids = app::AddCommendations(store, actor, CongressOf(req), std::move(*commendations));
  if (!ids.ok()) {
    // One commendation sent as the body: its fields are the body's own.
    Error error = ids.error();
    const std::string prefix = "commendations[0].";
    if (!body->contains("commendations") && error.field.starts_with(prefix)) {
      error.field = error.field.substr(prefix.size());
    }
    return error;
  }
  return CommendationsReply(store, actor, CongressOf(req), &*ids);
}

Result<Reply> DeleteCommendation(const httplib::Request& req, app::Store& store,
                                 const app::Actor& actor) {
  auto id = IdAt(req, 3, "commendation_id");
  if (!id.ok()) return id.error();
  if (Status s = app::RemoveCommendation(store, actor, CongressOf(req), *id); !s) return s.error();
  return CommendationsReply(store, actor, CongressOf(req));
}

std::string FileName(const app::CongressRef& congress, const char* extension) {
  std::string name = "khen-thuong-";
  for (char c : congress.org_code + "-" + congress.term) {
    const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  return name + extension;
}

Result<Reply> GetCommendationsXlsx(const httplib::Request& req, app::Store& store,
                                   const app::Actor& actor) {
  auto records = app::ListCommendations(store, actor, CongressOf(req));
  if (!records.ok()) return records.error();
  auto bytes = report::CommendationsXlsx(*records);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(CongressOf(req), ".xlsx");
  return reply;
}

Result<Reply> GetCommendationsPdf(const httplib::Request& req, app::Store& store,
                                  const app::Actor& actor) {
  const app::CongressRef congress = CongressOf(req);
  auto records = app::ListCommendations(store, actor, congress);
  if (!records.ok()) return records.error();
  auto organization = RequireOrganization(store, congress.org_code);
  if (!organization.ok()) return organization.error();
  auto superior = app::SuperiorName(store, *organization);
  if (!superior.ok()) return superior.error();
  auto place = PlaceParam(req, store, organization->code);
  if (!place.ok()) return place.error();
  auto document =
      report::CommendationListDocument(*records, *organization, *superior, congress.term, *place,
                                       report::LatestDecision(*records).value_or(Today()));
  auto bytes = report::pdf::Render(document);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileName(congress, ".pdf");
  return reply;
}

#define DAIHOI_CONGRESS "/congresses/([^/]+)/([^/]+)"

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/working-groups", DAIHOI_CONGRESS "/working-groups",
       GetGroups},
      {"POST", "/congresses/{code}/{term}/working-groups", DAIHOI_CONGRESS "/working-groups",
       PostGroup},
      {"DELETE", "/congresses/{code}/{term}/working-groups/{group}",
       DAIHOI_CONGRESS "/working-groups/([^/]+)", DeleteGroup},
      {"POST", "/congresses/{code}/{term}/working-groups/{group}/members",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/members", PostGroupMember},
      {"DELETE", "/congresses/{code}/{term}/working-groups/{group}/members/{member}",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/members/([^/]+)", DeleteGroupMember},
      {"POST", "/congresses/{code}/{term}/working-groups/{group}/assignments",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/assignments", PostAssignment},
      {"DELETE", "/congresses/{code}/{term}/working-groups/{group}/assignments/{assignment}",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/assignments/([^/]+)", DeleteAssignment},
      {"GET", "/congresses/{code}/{term}/working-groups/{group}/assignments/{assignment}/free",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/assignments/([^/]+)/free", GetFree},
      {"POST", "/congresses/{code}/{term}/working-groups/{group}/attendances",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/attendances", PostAttendance},
      {"DELETE", "/congresses/{code}/{term}/working-groups/{group}/attendances/{attendance}",
       DAIHOI_CONGRESS "/working-groups/([^/]+)/attendances/([^/]+)", DeleteAttendance},
      {"GET", "/congresses/{code}/{term}/subcommittees", DAIHOI_CONGRESS "/subcommittees",
       GetSubcommittees},
      {"POST", "/congresses/{code}/{term}/subcommittees", DAIHOI_CONGRESS "/subcommittees",
       PostSubcommittee},
      {"PUT", "/congresses/{code}/{term}/subcommittees/tasks/{task}",
       DAIHOI_CONGRESS "/subcommittees/tasks/([^/]+)", PutTask},
      {"DELETE", "/congresses/{code}/{term}/subcommittees/tasks/{task}",
       DAIHOI_CONGRESS "/subcommittees/tasks/([^/]+)", DeleteTask},
      {"DELETE", "/congresses/{code}/{term}/subcommittees/{subcommittee}",
       DAIHOI_CONGRESS "/subcommittees/([0-9]+)", DeleteSubcommittee},
      {"POST", "/congresses/{code}/{term}/subcommittees/{subcommittee}/members",
       DAIHOI_CONGRESS "/subcommittees/([0-9]+)/members", PostSubcommitteeMember},
      {"DELETE", "/congresses/{code}/{term}/subcommittees/{subcommittee}/members/{member}",
       DAIHOI_CONGRESS "/subcommittees/([0-9]+)/members/([^/]+)", DeleteSubcommitteeMember},
      {"POST", "/congresses/{code}/{term}/subcommittees/{subcommittee}/tasks",
       DAIHOI_CONGRESS "/subcommittees/([0-9]+)/tasks", PostTask},
      {"GET", "/congresses/{code}/{term}/commendations", DAIHOI_CONGRESS "/commendations",
       GetCommendations},
      {"POST", "/congresses/{code}/{term}/commendations", DAIHOI_CONGRESS "/commendations",
       PostCommendations},
      {"GET", "/congresses/{code}/{term}/commendations.xlsx",
       DAIHOI_CONGRESS "/commendations\\.xlsx", GetCommendationsXlsx},
      {"GET", "/congresses/{code}/{term}/commendations.pdf", DAIHOI_CONGRESS "/commendations\\.pdf",
       GetCommendationsPdf},
      {"DELETE", "/congresses/{code}/{term}/commendations/{commendation}",
       DAIHOI_CONGRESS "/commendations/([^/]+)", DeleteCommendation},
  };
  return entries;
}

#undef DAIHOI_CONGRESS

}  // namespace

std::vector<RouteInfo> GroupsRoutes() { return RouteInfos(Entries()); }

void RegisterGroupsRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries());
}

}  // namespace daihoi::http
