// The OpenAPI description of the working-group, subcommittee and commendation routes
// (groups_api.cpp), built from one table of operations.
#include <string>
#include <vector>

#include "http/groups_api.h"

namespace daihoi::http {
namespace {

using nlohmann::json;

json Ref(const std::string& kind, const std::string& name) {
  return {{"$ref", "#/components/" + kind + "/" + name}};
}

json JsonContent(const json& schema) { return {{"application/json", {{"schema", schema}}}}; }

struct Operation {
  const char* method;
  const char* path;
  const char* summary;
  std::vector<const char*> ids;  // path parameters after code and term
  const char* body = nullptr;    // request schema name
  const char* answer = nullptr;  // response schema name; nullptr: a file (see `file`)
  const char* file = nullptr;    // media type of a download
  bool query_as_of = false;
};

const std::vector<Operation>& Operations() {
  static const std::vector<Operation> operations = {
      {"get",
       "/congresses/{code}/{term}/working-groups",
       "Tổ công tác, tổ chỉ đạo: the working and guidance groups of a committee for its congress "
       "of a term, with members, assigned units, their congress dates, attendances and any clash",
       {},
       nullptr,
       "WorkingGroups"},
      {"post",
       "/congresses/{code}/{term}/working-groups",
       "Add a working or guidance group",
       {},
       "NewWorkingGroup",
       "WorkingGroups"},
      {"delete",
       "/congresses/{code}/{term}/working-groups/{group}",
       "Remove a group with its members, assignments and attendances",
       {"group"},
       nullptr,
       "WorkingGroups"},
      {"post",
       "/congresses/{code}/{term}/working-groups/{group}/members",
       "Add a member (leader, deputy or member) to a group",
       {"group"},
       "NewPerson",
       "WorkingGroups"},
      {"delete",
       "/congresses/{code}/{term}/working-groups/{group}/members/{member}",
       "Remove a member from a group, with their attendances",
       {"group", "member"},
       nullptr,
       "WorkingGroups"},
      {"post",
       "/congresses/{code}/{term}/working-groups/{group}/assignments",
       "Assign the group to a subordinate unit's congress",
       {"group"},
       "NewAssignment",
       "WorkingGroups"},
      {"delete",
       "/congresses/{code}/{term}/working-groups/{group}/assignments/{assignment}",
       "Unassign a unit (its attendances go too)",
       {"group", "assignment"},
       nullptr,
       "WorkingGroups"},
      {"get",
       "/congresses/{code}/{term}/working-groups/{group}/assignments/{assignment}/free",
       "Who of the group is free to attend the unit's congress (not booked at an overlapping "
       "one)",
       {"group", "assignment"},
       nullptr,
       "FreeAttendees"},
      {"post",
       "/congresses/{code}/{term}/working-groups/{group}/attendances",
       "A member attends an assigned unit's congress; 409 naming both units and dates when the "
       "person attends an overlapping congress already",
       {"group"},
       "NewAttendance",
       "WorkingGroups"},
      {"delete",
       "/congresses/{code}/{term}/working-groups/{group}/attendances/{attendance}",
       "Remove an attendance",
       {"group", "attendance"},
       nullptr,
       "WorkingGroups"},
      {"get",
       "/congresses/{code}/{term}/subcommittees",
       "Tiểu ban: the subcommittees of a congress with members and tasks, overdue as of a date",
       {},
       nullptr,
       "Subcommittees",
       nullptr,
       true},
      {"post",
       "/congresses/{code}/{term}/subcommittees",
       "Add a subcommittee",
       {},
       "NewSubcommittee",
       "Subcommittees",
       nullptr,
       true},
      {"delete",
       "/congresses/{code}/{term}/subcommittees/{subcommittee}",
       "Remove a subcommittee with its members and tasks",
       {"subcommittee"},
       nullptr,
       "Subcommittees",
       nullptr,
       true},
      {"post",
       "/congresses/{code}/{term}/subcommittees/{subcommittee}/members",
       "Add a member to a subcommittee",
       {"subcommittee"},
       "NewPerson",
       "Subcommittees",
       nullptr,
       true},
      {"delete",
       "/congresses/{code}/{term}/subcommittees/{subcommittee}/members/{member}",
       "Remove a member from a subcommittee",
       {"subcommittee", "member"},
       nullptr,
       "Subcommittees",
       nullptr,
       true},
      {"post",
       "/congresses/{code}/{term}/subcommittees/{subcommittee}/tasks",
       "Add a task with its due date",
       {"subcommittee"},
       "NewTask",
       "Subcommittees",
       nullptr,
       true},
      {"put",
       "/congresses/{code}/{term}/subcommittees/tasks/{task}",
       "Mark a task done on a date (today by default), or open again",
       {"task"},
       "TaskDone",
       "Subcommittees",
       nullptr,
       true},
      {"delete",
       "/congresses/{code}/{term}/subcommittees/tasks/{task}",
       "Remove a task",
       {"task"},
       nullptr,
       "Subcommittees",
       nullptr,
       true},
      {"get",
       "/congresses/{code}/{term}/commendations",
       "Khen thưởng: collectives and individuals commended after the round",
       {},
       nullptr,
       "Commendations"},
      {"post",
       "/congresses/{code}/{term}/commendations",
       "Record one commendation, or {\"commendations\": [...]} all or nothing",
       {},
       "NewCommendations",
       "Commendations"},
      {"get",
       "/congresses/{code}/{term}/commendations.xlsx",
       "The commendations as an XLSX table (the import columns)",
       {},
       nullptr,
       nullptr,
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"get",
       "/congresses/{code}/{term}/commendations.pdf",
       "The commendation list as the printed Party document",
       {},
       nullptr,
       nullptr,
       "application/pdf"},
      {"delete",
       "/congresses/{code}/{term}/commendations/{commendation}",
       "Remove a commendation",
       {"commendation"},
       nullptr,
       "Commendations"},
  };
  return operations;
}

const char* const kSchemas = R"json({
  "GroupKind": {"type": "string", "enum": ["working", "guidance"]},
  "GroupRole": {"type": "string", "enum": ["leader", "deputy", "member"]},
  "GroupPerson": {"type": "object", "required": ["id", "member_id", "full_name", "role"], "properties": {
    "id": {"type": "integer"}, "member_id": {"type": "string"}, "full_name": {"type": "string"},
    "role": {"$ref": "#/components/schemas/GroupRole"}}},
  "GroupBooking": {"type": "object", "properties": {
    "group_name": {"type": "string"}, "unit_code": {"type": "string"}, "unit_name": {"type": "string"},
    "term": {"type": "string"}, "start": {"type": ["string", "null"], "format": "date"},
    "end": {"type": ["string", "null"], "format": "date"}}},
  "GroupClash": {"type": "object", "required": ["full_name", "message", "first", "second"], "properties": {
    "full_name": {"type": "string"}, "message": {"type": "string"},
    "first": {"$ref": "#/components/schemas/GroupBooking"}, "second": {"$ref": "#/components/schemas/GroupBooking"}}},
  "WorkingGroups": {"type": "object", "required": ["congress", "groups", "clashes"], "properties": {
    "congress": {"type": "object", "properties": {"code": {"type": "string"}, "term": {"type": "string"}}},
    "groups": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "kind": {"$ref": "#/components/schemas/GroupKind"},
      "name": {"type": "string"}, "note": {"type": "string"},
      "members": {"type": "array", "items": {"$ref": "#/components/schemas/GroupPerson"}},
      "units": {"type": "array", "items": {"type": "object", "properties": {
        "assignment_id": {"type": "integer"}, "unit_code": {"type": "string"}, "unit_name": {"type": "string"},
        "term": {"type": "string"}, "start": {"type": ["string", "null"], "format": "date"},
        "end": {"type": ["string", "null"], "format": "date"}, "held": {"type": "boolean"},
        "attendees": {"type": "array", "items": {"type": "object", "properties": {
          "id": {"type": "integer"}, "group_member_id": {"type": "integer"}, "full_name": {"type": "string"}}}}}}}}}},
    "clashes": {"type": "array", "items": {"$ref": "#/components/schemas/GroupClash"}},
    "created": {"type": "integer", "description": "The id a POST created"}}},
  "FreeAttendees": {"type": "object", "required": ["free"], "properties": {"free": {"type": "array", "items": {
    "type": "object", "properties": {"member_id": {"type": "string"}, "full_name": {"type": "string"},
    "role": {"$ref": "#/components/schemas/GroupRole"}}}}}},
  "NewWorkingGroup": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/GroupKind"},
    "name": {"type": "string", "description": "Empty: Tổ công tác số N / Tổ chỉ đạo số N"}, "note": {"type": "string"}}},
  "NewPerson": {"type": "object", "properties": {"member_id": {"type": "string"}, "full_name": {"type": "string"},
    "role": {"$ref": "#/components/schemas/GroupRole"}}},
  "NewAssignment": {"type": "object", "required": ["unit_code"], "properties": {"unit_code": {"type": "string"},
    "term": {"type": "string", "description": "The unit's congress term; empty: the congress's"}}},
  "NewAttendance": {"type": "object", "required": ["group_member_id", "assignment_id"], "properties": {
    "group_member_id": {"type": "integer"}, "assignment_id": {"type": "integer"}}},
  "Subcommittees": {"type": "object", "required": ["congress", "as_of", "subcommittees"], "properties": {
    "congress": {"type": "object", "properties": {"code": {"type": "string"}, "term": {"type": "string"}}},
    "as_of": {"type": "string", "format": "date"},
    "subcommittees": {"type": "array", "items": {"type": "object", "properties": {
      "id": {"type": "integer"}, "kind": {"type": "string", "enum": ["documents", "personnel", "logistics", "other"]},
      "name": {"type": "string"}, "overdue": {"type": "integer"},
      "members": {"type": "array", "items": {"$ref": "#/components/schemas/GroupPerson"}},
      "tasks": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "integer"}, "title": {"type": "string"}, "owner": {"type": "string"},
        "due": {"type": ["string", "null"], "format": "date"}, "done": {"type": "boolean"},
        "done_on": {"type": ["string", "null"], "format": "date"},
        "status": {"type": "string", "enum": ["done", "overdue", "open"]}}}}}}},
    "created": {"type": "integer"}}},
  "NewSubcommittee": {"type": "object", "required": ["kind"], "properties": {
    "kind": {"type": "string", "enum": ["documents", "personnel", "logistics", "other"]}, "name": {"type": "string"}}},
  "NewTask": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"},
    "owner": {"type": "string"}, "due": {"type": "string", "format": "date"}}},
  "TaskDone": {"type": "object", "required": ["done"], "properties": {"done": {"type": "boolean"},
    "on": {"type": "string", "format": "date"}}},
  "Commendation": {"type": "object", "required": ["kind", "decision", "decided_on", "reason"], "properties": {
    "kind": {"type": "string", "enum": ["collective", "individual"]},
    "org_code": {"type": "string", "description": "Collective: the organization commended; individual: their unit"},
    "member_id": {"type": "string"}, "full_name": {"type": "string"}, "award": {"type": "string"},
    "decision": {"type": "string"}, "decided_on": {"type": "string", "format": "date"}, "reason": {"type": "string"}}},
  "NewCommendations": {"oneOf": [{"$ref": "#/components/schemas/Commendation"},
    {"type": "object", "required": ["commendations"], "properties": {"commendations": {"type": "array",
      "items": {"$ref": "#/components/schemas/Commendation"}}}}]},
  "Commendations": {"type": "object", "required": ["congress", "collectives", "individuals", "commendations"], "properties": {
    "congress": {"type": "object", "properties": {"code": {"type": "string"}, "term": {"type": "string"}}},
    "collectives": {"type": "integer"}, "individuals": {"type": "integer"},
    "commendations": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Commendation"},
      {"type": "object", "properties": {"id": {"type": "integer"}}}]}},
    "created": {"type": "array", "items": {"type": "integer"}}}}
})json";

}  // namespace

const json& GroupsOpenApi() {
  static const json document = [] {
    json out;
    out["parameters"] = {
        {"GroupsCode",
         {{"name", "code"},
          {"in", "path"},
          {"required", true},
          {"description", "The committee's organization"},
          {"schema", {{"type", "string"}}}}},
        {"GroupsTerm",
         {{"name", "term"},
          {"in", "path"},
          {"required", true},
          {"description", "2020-2025"},
          {"schema", {{"type", "string"}}}}},
        {"GroupsAsOf",
         {{"name", "as_of"},
          {"in", "query"},
          {"required", false},
          {"description", "Overdue as of this date (default today)"},
          {"schema", {{"type", "string"}, {"format", "date"}}}}},
    };
    for (const char* id :
         {"group", "member", "assignment", "attendance", "subcommittee", "task", "commendation"}) {
      out["parameters"][std::string("Groups_") + id] = {
          {"name", id}, {"in", "path"}, {"required", true}, {"schema", {{"type", "integer"}}}};
    }
    out["schemas"] = json::parse(kSchemas);
    out["responses"] = json::object();
    out["paths"] = json::object();
    for (const Operation& op : Operations()) {
      json parameters = {Ref("parameters", "GroupsCode"), Ref("parameters", "GroupsTerm")};
      for (const char* id : op.ids)
        parameters.push_back(Ref("parameters", std::string("Groups_") + id));
      if (op.query_as_of) parameters.push_back(Ref("parameters", "GroupsAsOf"));
      json operation = {{"summary", op.summary}, {"parameters", parameters}};
      if (op.body) {
        operation["requestBody"] = {{"required", true},
                                    {"content", JsonContent(Ref("schemas", op.body))}};
      }
      json ok = {{"description", "OK"}};
      if (op.answer) {
        ok["content"] = JsonContent(Ref("schemas", op.answer));
      } else {
        ok["content"] = {{op.file, {{"schema", {{"type", "string"}, {"format", "binary"}}}}}};
      }
      operation["responses"] = {
          {"200", ok}, {"400", Ref("responses", "Error")}, {"404", Ref("responses", "Error")}};
      if (std::string(op.method) == "post")
        operation["responses"]["409"] = Ref("responses", "Error");
      out["paths"][op.path][op.method] = operation;
    }
    return out;
  }();
  return document;
}

}  // namespace daihoi::http
