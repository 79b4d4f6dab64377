#include "http/openapi.h"

#include <nlohmann/json.hpp>
#include <string>

#include "http/audit_api.h"
#include "http/auth_api.h"
#include "http/count_api.h"
#include "http/delegates_api.h"
#include "http/document_api.h"
#include "http/groups_api.h"
#include "http/inspection_api.h"
#include "http/nomination_api.h"
#include "http/party_api.h"
#include "http/personnel_api.h"
#include "http/plan_api.h"
#include "http/progress_api.h"
#include "http/result_api.h"
#include "http/roll_api.h"

namespace daihoi::http {
namespace {

std::string_view BaseDocument() {
  return R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "daihoi API",
    "version": "1",
    "description": "Tổ chức đại hội Đảng các cấp: tổ chức đảng, đảng viên, nhập dữ liệu, tiến độ đại hội. Errors are {\"error\": {\"code\", \"message\", \"field\"}}; bad input is 400, an unknown organization 404, a rule broken 422, a storage failure 500."
  },
  "servers": [{"url": "/api/v1"}],
  "paths": {
    "/health": {
      "get": {
        "summary": "Liveness: the database answers",
        "responses": {
          "200": {"description": "Up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
          "500": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/levels": {
      "get": {
        "summary": "Levels of the hierarchy, top first",
        "responses": {
          "200": {"description": "Levels", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Level"}}}}}}}
        }
      }
    },
    "/roots": {
      "get": {
        "summary": "Organizations without a parent, with their summaries (the top of the tree)",
        "responses": {
          "200": {"description": "Roots", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items", "total"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                           "total": {"type": "integer"}}}}}}
        }
      }
    },
    "/organizations": {
      "get": {
        "summary": "Search organizations (Vietnamese order of names)",
        "parameters": [
          {"name": "root", "in": "query", "description": "Only this organization's subtree (root included)", "schema": {"type": "string"}},
          {"name": "parent", "in": "query", "description": "Only direct children of this organization", "schema": {"type": "string"}},
          {"name": "q", "in": "query", "description": "Accent-insensitive match on name or code: 'quan thanh' finds 'Đảng bộ phường Quán Thánh'", "schema": {"type": "string"}},
          {"name": "level", "in": "query", "description": "A level code", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/Offset"},
          {"$ref": "#/components/parameters/Limit"}
        ],
        "responses": {
          "200": {"description": "One page", "content": {"application/json": {"schema": {
            "allOf": [{"$ref": "#/components/schemas/PageInfo"},
                      {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Organization"}}}}]}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/organizations/{code}": {
      "get": {
        "summary": "One organization with its ancestors (top first), counts per level of its subtree and summary",
        "parameters": [{"$ref": "#/components/parameters/Code"}],
        "responses": {
          "200": {"description": "Detail", "content": {"application/json": {"schema": {
            "type": "object", "required": ["organization", "ancestors", "counts", "summary"],
            "properties": {
              "organization": {"$ref": "#/components/schemas/Organization"},
              "ancestors": {"type": "array", "items": {"$ref": "#/components/schemas/Organization"}},
              "counts": {"type": "array", "items": {"$ref": "#/components/schemas/LevelCount"}},
              "summary": {"$ref": "#/components/schemas/Summary"}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/organizations/{code}/children": {
      "get": {
        "summary": "Direct children, each with its summary (members, units, children)",
        "parameters": [{"$ref": "#/components/parameters/Code"},
                       {"$ref": "#/components/parameters/Offset"},
                       {"$ref": "#/components/parameters/Limit"}],
        "responses": {
          "200": {"description": "One page", "content": {"application/json": {"schema": {
            "allOf": [{"$ref": "#/components/schemas/PageInfo"},
                      {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}]}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/organizations/{code}/counts": {
      "get": {
        "summary": "Organizations and full members per level of the subtree (root included)",
        "parameters": [{"$ref": "#/components/parameters/Code"}],
        "responses": {
          "200": {"description": "Counts", "content": {"application/json": {"schema": {
            "type": "object", "required": ["code", "counts", "members", "organizations"],
            "properties": {
              "code": {"type": "string"},
              "counts": {"type": "array", "items": {"$ref": "#/components/schemas/LevelCount"}},
              "members": {"type": "integer"},
              "organizations": {"type": "integer"}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/members": {
      "get": {
        "summary": "Search members, in ballot order (R-ORDER: given name, family name, middle names)",
        "parameters": [
          {"name": "root", "in": "query", "description": "Only members of this organization's subtree", "schema": {"type": "string"}},
          {"name": "q", "in": "query", "description": "Accent-insensitive match on full name or id: 'nguyen van an' finds 'Nguyễn Văn An'", "schema": {"type": "string"}},
          {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/MemberStatus"}},
          {"$ref": "#/components/parameters/Offset"},
          {"$ref": "#/components/parameters/Limit"}
        ],
        "responses": {
          "200": {"description": "One page", "content": {"application/json": {"schema": {
            "allOf": [{"$ref": "#/components/schemas/PageInfo"},
                      {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Member"}}}}]}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/import/{kind}": {
      "post": {
        "summary": "Import a CSV or XLSX file: the whole file is validated, then written in one transaction, or nothing is written",
        "parameters": [
          {"name": "kind", "in": "path", "required": true, "schema": {"type": "string", "enum": ["orgs", "members", "congresses"]}},
          {"name": "dry_run", "in": "query", "description": "Validate and report; write nothing", "schema": {"type": "boolean", "default": false}},
          {"name": "file", "in": "query", "description": "File name shown in messages (CSV or XLSX is told by content); also accepted as the X-File-Name header or the multipart file name", "schema": {"type": "string"}}
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/csv": {"schema": {"type": "string", "format": "binary"}},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
              "properties": {"file": {"type": "string", "format": "binary"}}}}
          }
        },
        "responses": {
          "200": {"description": "No errors: written unless dry_run", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportReport"}}}},
          "400": {"description": "The file has errors (the body is the report, nothing written) or the request is malformed (the body is an error)",
                  "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/ImportReport"}, {"$ref": "#/components/schemas/Error"}]}}}},
          "413": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/progress": {
      "get": {
        "summary": "Progress of a congress round as of a date: per level and per child subtree held / scheduled / unscheduled / overdue, the overdue and at-risk congresses. The same document as `daihoi progress --json`",
        "parameters": [
          {"$ref": "#/components/parameters/Root"},
          {"$ref": "#/components/parameters/AsOf"}
        ],
        "responses": {
          "200": {"description": "Progress", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Progress"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/progress.xlsx": {
      "get": {
        "summary": "The same progress as an XLSX workbook: rows per level of the root, then of each child, then the overdue congresses",
        "parameters": [
          {"$ref": "#/components/parameters/Root"},
          {"$ref": "#/components/parameters/AsOf"}
        ],
        "responses": {
          "200": {"description": "Workbook (attachment)", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses": {
      "get": {
        "summary": "The congresses of a subtree (root included) in tree order, each with its organization's name and level, for a calendar or a timeline",
        "parameters": [
          {"$ref": "#/components/parameters/Root"},
          {"$ref": "#/components/parameters/RoundYear"}
        ],
        "responses": {
          "200": {"description": "Congresses", "content": {"application/json": {"schema": {
            "type": "object", "required": ["root", "root_name", "total", "items"],
            "properties": {
              "root": {"type": "string"}, "root_name": {"type": "string"}, "total": {"type": "integer"},
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/ListedCongress"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses.ics": {
      "get": {
        "summary": "The same congresses as an iCalendar file (RFC 5545): one all-day VEVENT per congress with dates (held dates once held, else planned), UID <org_code>/<term>@daihoi, SUMMARY 'Đại hội <org name>'",
        "parameters": [
          {"$ref": "#/components/parameters/Root"},
          {"$ref": "#/components/parameters/RoundYear"}
        ],
        "responses": {
          "200": {"description": "Calendar (attachment)", "content": {"text/calendar": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/openapi.json": {
      "get": {
        "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3 document", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    }
  },
  "components": {
    "parameters": {
      "Code": {"name": "code", "in": "path", "required": true, "description": "Organization code", "schema": {"type": "string"}},
      "Root": {"name": "root", "in": "query", "required": true, "description": "The organization whose subtree is read (404 when unknown)", "schema": {"type": "string"}},
      "AsOf": {"name": "as_of", "in": "query", "required": true, "description": "The date of the figures, YYYY-MM-DD; a congress is held as of D when held_end <= D", "schema": {"type": "string", "format": "date"}},
      "RoundYear": {"name": "round_year", "in": "query", "description": "Only congresses whose term starts in this year (the round; progress reports it as round_year)", "schema": {"type": "integer", "minimum": 1900, "maximum": 9999}},
      "Offset": {"name": "offset", "in": "query", "description": "Rows to skip (>= 0)", "schema": {"type": "integer", "minimum": 0, "default": 0}},
      "Limit": {"name": "limit", "in": "query", "description": "Page size (0 gives the total only)", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 50}}
    },
    "responses": {
      "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["code", "message", "field"],
          "properties": {
            "code": {"type": "string", "enum": ["invalid_input", "rule_violation", "not_found", "conflict", "forbidden", "unauthenticated", "too_many_requests", "storage", "internal"]},
            "message": {"type": "string"},
            "field": {"type": "string", "description": "The parameter, column or field at fault; empty when none"},
            "file": {"type": "string"},
            "row": {"type": "integer"},
            "rule": {"type": "string", "description": "The rule id (R-...) for rule_violation"}}}}
      },
      "Health": {"type": "object", "required": ["status", "version"],
                 "properties": {"status": {"type": "string", "enum": ["ok"]}, "version": {"type": "string"}}},
      "Level": {"type": "object", "required": ["code", "name", "rank"],
                "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "rank": {"type": "integer"}}},
      "Organization": {
        "type": "object", "required": ["code", "name", "level", "parent_code", "category", "members"],
        "properties": {
          "code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"},
          "parent_code": {"type": "string", "description": "Empty for a root"},
          "category": {"type": "string"},
          "members": {"type": "integer", "nullable": true, "description": "Full members as stated; null when the sum of the children's"}}
      },
      "Summary": {
        "type": "object", "required": ["members", "units", "children"],
        "properties": {
          "members": {"type": "integer", "description": "Full members of the whole subtree"},
          "units": {"type": "integer", "description": "Organizations below this one (whole subtree)"},
          "children": {"type": "integer", "description": "Direct children"}}
      },
      "Node": {"allOf": [{"$ref": "#/components/schemas/Organization"},
                         {"type": "object", "required": ["summary"], "properties": {"summary": {"$ref": "#/components/schemas/Summary"}}}]},
      "LevelCount": {"type": "object", "required": ["level", "organizations", "members"],
                     "properties": {"level": {"type": "string"}, "organizations": {"type": "integer"}, "members": {"type": "integer"}}},
      "MemberStatus": {"type": "string", "enum": ["full", "probationary", "suspended", "transferred", "exempt"]},
      "Member": {
        "type": "object", "required": ["id", "full_name", "gender", "org_code", "org_name", "status"],
        "properties": {
          "id": {"type": "string"}, "full_name": {"type": "string"}, "gender": {"type": "string"},
          "birth_date": {"type": "string", "format": "date", "nullable": true},
          "party_join_date": {"type": "string", "format": "date", "nullable": true},
          "full_member_date": {"type": "string", "format": "date", "nullable": true},
          "org_code": {"type": "string"}, "org_name": {"type": "string"},
          "status": {"$ref": "#/components/schemas/MemberStatus"}}
      },
      "LevelProgress": {
        "type": "object", "required": ["level", "total", "held", "scheduled", "unscheduled", "overdue"],
        "properties": {
          "level": {"type": "string"},
          "total": {"type": "integer"},
          "held": {"type": "integer", "description": "held_end <= as_of"},
          "scheduled": {"type": "integer", "description": "Not held, with a planned date"},
          "unscheduled": {"type": "integer", "description": "No congress or no planned date"},
          "overdue": {"type": "integer", "description": "Part of scheduled: planned_end < as_of"}}
      },
      "Progress": {
        "type": "object", "required": ["root", "as_of", "levels", "children", "round_year", "overdue_list", "at_risk"],
        "properties": {
          "root": {"type": "string"},
          "as_of": {"type": "string", "format": "date"},
          "levels": {"type": "array", "items": {"$ref": "#/components/schemas/LevelProgress"}, "description": "Levels below the root's present in its subtree"},
          "children": {"type": "array", "items": {"type": "object", "required": ["code", "name", "levels"],
            "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                           "levels": {"type": "array", "items": {"$ref": "#/components/schemas/LevelProgress"}}}}},
          "round_year": {"type": "integer", "description": "Start year of the round's terms"},
          "overdue_list": {"type": "array", "items": {"type": "object", "required": ["code", "name", "level", "planned_start", "planned_end"],
            "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"},
                           "planned_start": {"type": "string", "format": "date", "nullable": true},
                           "planned_end": {"type": "string", "format": "date"}}}},
          "at_risk": {"type": "array", "description": "Not held, ending fewer than 7 days before the parent's congress opens (R-ORDER-OF-LEVELS)",
            "items": {"type": "object", "required": ["code", "name", "level", "planned_end", "parent_code", "parent_planned_start", "days_before_parent"],
            "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"},
                           "planned_end": {"type": "string", "format": "date"},
                           "parent_code": {"type": "string"},
                           "parent_planned_start": {"type": "string", "format": "date"},
                           "days_before_parent": {"type": "integer", "description": "Negative when the parent opens before this one ends"}}}}}
      },
      "ListedCongress": {
        "type": "object", "required": ["org_code", "term", "ordinal", "kind", "pilot", "planned_start", "planned_end", "held_start", "held_end", "org_name", "level", "parent_code"],
        "properties": {
          "org_code": {"type": "string"}, "term": {"type": "string"},
          "ordinal": {"type": "integer", "description": "0 when unknown"},
          "kind": {"type": "string", "enum": ["members", "delegates"]},
          "pilot": {"type": "boolean"},
          "planned_start": {"type": "string", "format": "date", "nullable": true},
          "planned_end": {"type": "string", "format": "date", "nullable": true},
          "held_start": {"type": "string", "format": "date", "nullable": true},
          "held_end": {"type": "string", "format": "date", "nullable": true},
          "org_name": {"type": "string"}, "level": {"type": "string"}, "parent_code": {"type": "string"}}
      },
      "PageInfo": {"type": "object", "required": ["total", "offset", "limit"],
                   "properties": {"total": {"type": "integer", "description": "Matching rows, ignoring offset and limit"},
                                  "offset": {"type": "integer"}, "limit": {"type": "integer"}}},
      "RowError": {"type": "object", "required": ["row", "column", "message"],
                   "properties": {"row": {"type": "integer", "description": "Line in the file; the header is row 1"},
                                  "column": {"type": "string"}, "message": {"type": "string"}}},
      "ImportReport": {
        "type": "object", "required": ["kind", "file", "rows", "inserted", "updated", "written", "errors", "dry_run", "preview"],
        "properties": {
          "kind": {"type": "string", "enum": ["orgs", "members", "congresses"]},
          "file": {"type": "string"},
          "rows": {"type": "integer"}, "inserted": {"type": "integer"}, "updated": {"type": "integer"},
          "written": {"type": "boolean"},
          "dry_run": {"type": "boolean"},
          "errors": {"type": "array", "items": {"$ref": "#/components/schemas/RowError"}},
          "preview": {"type": "object", "required": ["header", "rows", "row_numbers"],
                      "properties": {"header": {"type": "array", "items": {"type": "string"}},
                                     "row_numbers": {"type": "array", "items": {"type": "integer"}, "description": "The file row each preview row starts on"},
                                     "rows": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}}}}
      }
    }
  }
})json";
}

}  // namespace

// The base document with the delegates' and the roll's paths and components merged in, built
// once.
std::string_view OpenApiDocument() {
  static const std::string document = [] {
    nlohmann::json merged = nlohmann::json::parse(BaseDocument());
    const nlohmann::json& delegates = DelegatesOpenApi();
    for (const auto& [path, item] : delegates["paths"].items()) merged["paths"][path] = item;
    for (const auto& [name, item] : delegates["parameters"].items()) {
      merged["components"]["parameters"][name] = item;
    }
    for (const auto& [name, item] : delegates["schemas"].items()) {
      merged["components"]["schemas"][name] = item;
    }
    const nlohmann::json& roll = RollOpenApi();
    for (const auto& [path, item] : roll["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : roll[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& count = CountOpenApi();
    for (const auto& [path, item] : count["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : count[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& groups = GroupsOpenApi();
    for (const auto& [path, item] : groups["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : groups[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& progress = ProgressOpenApi();
    for (const auto& [path, item] : progress["paths"].items()) merged["paths"][path] = item;
    for (const auto& [name, item] : progress["schemas"].items()) {
      merged["components"]["schemas"][name] = item;
    }
    const nlohmann::json& plans = PlanOpenApi();
    for (const auto& [path, item] : plans["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : plans[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& inspections = InspectionOpenApi();
    for (const auto& [path, item] : inspections["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : inspections[part].items()) {
        merged["components"][part][name] = item;
      }
    }
    const nlohmann::json& nominations = NominationOpenApi();
    for (const auto& [path, item] : nominations["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : nominations[part].items()) {
        merged["components"][part][name] = item;
      }
    }
    const nlohmann::json& results = ResultOpenApi();
    for (const auto& [path, item] : results["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : results[part].items())
        merged["components"][part][name] = item;
    }
    const nlohmann::json& party = PartyOpenApi();
    for (const auto& [path, item] : party["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : party[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& auth = AuthOpenApi();
    for (const auto& [path, item] : auth["paths"].items()) merged["paths"][path] = item;
    for (const auto& [name, item] : auth["schemas"].items()) {
      merged["components"]["schemas"][name] = item;
    }
    const nlohmann::json& drafts = DocumentOpenApi();
    for (const auto& [path, item] : drafts["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : drafts[part].items()) merged["components"][part][name] = item;
    }
    const nlohmann::json& personnel = PersonnelOpenApi();
    for (const auto& [path, item] : personnel["paths"].items()) merged["paths"][path] = item;
    for (const auto& part : {"parameters", "responses", "schemas"}) {
      for (const auto& [name, item] : personnel[part].items()) {
        merged["components"][part][name] = item;
      }
    }
    const nlohmann::json& audit = AuditOpenApi();
    for (const auto& [path, item] : audit["paths"].items()) merged["paths"][path] = item;
    for (const auto& [name, item] : audit["schemas"].items()) {
      merged["components"]["schemas"][name] = item;
    }
    return merged.dump(2);
  }();
  return document;
}

}  // namespace daihoi::http
