// The OpenAPI description of the roll routes (roll_api.cpp).
#include "http/roll_api.h"

namespace daihoi::http {

const nlohmann::json& RollOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/congresses/{code}/{term}/roll": {
      "get": {
        "summary": "Danh sách triệu tập: the roll of a congress as of its opening and the convened count (R-THRESHOLD)",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "responses": {
          "200": {"description": "The roll", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll.pdf": {
      "get": {
        "summary": "The delegate list as the printed Party document",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "responses": {
          "200": {"description": "The document", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll.xlsx": {
      "get": {
        "summary": "The roll as an XLSX table",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "responses": {
          "200": {"description": "The workbook", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/delegations": {
      "post": {
        "summary": "Record a delegation elected by a direct subordinate unit, replacing the unit's earlier entries (delegates' congress)",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollDelegation"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RollCreated"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/ex-officio": {
      "post": {
        "summary": "Add members of the convening committee, delegates ex officio (R-EX-OFFICIO)",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["people"],
          "properties": {"people": {"type": "array", "items": {"$ref": "#/components/schemas/RollNewDelegate"}}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RollCreated"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/entries/{id}": {
      "delete": {
        "summary": "Take a person off the roll, with their credential issues and absences",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"},
                       {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "responses": {
          "200": {"$ref": "#/components/responses/RollChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/issues": {
      "post": {
        "summary": "Record a credential issue (R-CREDENTIALS; at a members' congress: suspended, prosecuted, indicted, detained)",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["person", "kind", "effective"],
          "properties": {"person": {"type": "string", "description": "Roll key"},
                         "kind": {"$ref": "#/components/schemas/RollIssueKind"},
                         "effective": {"type": "string", "format": "date"},
                         "note": {"type": "string"}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RollCreated"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/issues/{id}": {
      "delete": {
        "summary": "Remove a credential issue",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"},
                       {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "responses": {
          "200": {"$ref": "#/components/responses/RollChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/sessions": {
      "put": {
        "summary": "Replace the congress's sessions, numbered 1..n in order",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["sessions"],
          "properties": {"sessions": {"type": "array", "items": {"type": "object", "required": ["number"],
            "properties": {"number": {"type": "integer"}, "title": {"type": "string"},
                           "date": {"type": "string", "format": "date", "nullable": true}}}}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RollChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/absences": {
      "put": {
        "summary": "Record (or replace) a person's absence from a session; session 0 is the whole congress",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollAbsence"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RollChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/roll/absences/{person}/{session}": {
      "delete": {
        "summary": "Remove an absence",
        "parameters": [{"$ref": "#/components/parameters/RollCode"}, {"$ref": "#/components/parameters/RollTerm"},
                       {"name": "person", "in": "path", "required": true, "description": "Roll key", "schema": {"type": "string"}},
                       {"name": "session", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "responses": {
          "200": {"$ref": "#/components/responses/RollChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "RollCode": {"name": "code", "in": "path", "required": true, "description": "The organization holding the congress", "schema": {"type": "string"}},
    "RollTerm": {"name": "term", "in": "path", "required": true, "description": "2020-2025", "schema": {"type": "string"}}
  },
  "responses": {
    "RollChanged": {"description": "The whole roll after the change", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RollView"}}}},
    "RollCreated": {"description": "The whole roll after the change, with the ids created", "content": {"application/json": {"schema": {
      "allOf": [{"$ref": "#/components/schemas/RollView"},
                {"type": "object", "required": ["created"], "properties": {"created": {"type": "array", "items": {"type": "integer"}}}}]}}}}
  },
  "schemas": {
    "RollIssueKind": {"type": "string", "enum": ["suspended", "prosecuted", "indicted", "detained", "wrong_procedure", "retired", "transferred"]},
    "RollNewDelegate": {"type": "object", "properties": {
      "full_name": {"type": "string", "description": "Required unless member_id names a registry member"},
      "member_id": {"type": "string"}, "gender": {"type": "string", "enum": ["male", "female", ""]},
      "birth_date": {"type": "string", "format": "date", "nullable": true}}},
    "RollDelegation": {"type": "object", "required": ["unit_code", "officials"], "properties": {
      "unit_code": {"type": "string", "description": "A direct subordinate unit"},
      "officials": {"type": "array", "items": {"$ref": "#/components/schemas/RollNewDelegate"}, "description": "In rank order"},
      "alternates": {"type": "array", "items": {"$ref": "#/components/schemas/RollNewDelegate"}, "description": "In rank order"}}},
    "RollAbsence": {"type": "object", "required": ["person"], "properties": {
      "person": {"type": "string", "description": "Roll key"},
      "session": {"type": "integer", "description": "0: the whole congress"},
      "reason": {"type": "string"},
      "accepted": {"type": "boolean", "description": "Members' congress: the convening committee accepted the reason"}}},
    "RollPersonLine": {"type": "object",
      "required": ["key", "full_name", "member_id", "role", "unit_code", "rank", "convened", "not_convened", "replaces", "replaced_by", "absent_whole", "exclusion", "absent_sessions"],
      "properties": {
        "key": {"type": "string"}, "full_name": {"type": "string"}, "member_id": {"type": "string"},
        "role": {"type": "string", "enum": ["ex_officio", "official", "alternate", "member"]},
        "unit_code": {"type": "string"}, "rank": {"type": "integer"},
        "state": {"type": "string", "enum": ["active", "temporary_transfer", "exempt", "suspended"], "description": "Members' congress only"},
        "convened": {"type": "boolean", "description": "Counted in the R-THRESHOLD base"},
        "not_convened": {"type": "string", "nullable": true, "enum": ["suspended", "prosecuted", "indicted", "detained", "wrong_procedure", "retired", "transferred", "over_allocation", "replaced", "alternate_unused", null]},
        "replaces": {"type": "string", "nullable": true}, "replaced_by": {"type": "string", "nullable": true},
        "absent_whole": {"type": "boolean"},
        "exclusion": {"type": "string", "nullable": true, "enum": ["temporary_transfer_absent", "exempt_absent", "suspended", "prosecuted", "absent_with_reason", "absent_committee_member", "absent_delegate_unreplaced", null]},
        "absent_sessions": {"type": "array", "items": {"type": "integer"}},
        "entry_id": {"type": "integer", "nullable": true}, "gender": {"type": "string"},
        "birth_date": {"type": "string", "format": "date", "nullable": true}}},
    "RollConvened": {"type": "object", "required": ["convened", "excluded", "denominator", "votes_needed", "exclusions"], "properties": {
      "convened": {"type": "integer"}, "excluded": {"type": "integer"},
      "denominator": {"type": "integer", "description": "convened − excluded: the threshold base"},
      "votes_needed": {"type": "integer", "description": "More than half of the denominator"},
      "exclusions": {"type": "array", "items": {"type": "object", "properties": {
        "reason": {"type": "string"}, "count": {"type": "integer"},
        "people": {"type": "array", "items": {"type": "string"}}}}}}},
    "RollView": {"type": "object",
      "required": ["congress", "opening", "opening_source", "allocation_id", "units", "people", "issues", "sessions", "absences", "convened", "findings"],
      "properties": {
        "congress": {"type": "object", "properties": {
          "org_code": {"type": "string"}, "org_name": {"type": "string"}, "term": {"type": "string"},
          "kind": {"type": "string", "enum": ["members", "delegates"]}, "ordinal": {"type": "integer"},
          "planned_start": {"type": "string", "format": "date", "nullable": true},
          "planned_end": {"type": "string", "format": "date", "nullable": true},
          "held_start": {"type": "string", "format": "date", "nullable": true},
          "held_end": {"type": "string", "format": "date", "nullable": true}}},
        "opening": {"type": "string", "format": "date"},
        "opening_source": {"type": "string", "enum": ["held", "planned"]},
        "allocation_id": {"type": "integer", "nullable": true, "description": "The allocation delegations are checked against"},
        "units": {"type": "array", "items": {"type": "object", "properties": {
          "code": {"type": "string"}, "name": {"type": "string"}, "allocated": {"type": "integer"},
          "officials": {"type": "integer"}, "alternates": {"type": "integer"}}}},
        "people": {"type": "array", "items": {"$ref": "#/components/schemas/RollPersonLine"}},
        "issues": {"type": "array", "items": {"type": "object", "properties": {
          "id": {"type": "integer"}, "person": {"type": "string"}, "kind": {"$ref": "#/components/schemas/RollIssueKind"},
          "effective": {"type": "string", "format": "date"}, "note": {"type": "string"}}}},
        "sessions": {"type": "array", "items": {"type": "object", "properties": {
          "number": {"type": "integer"}, "title": {"type": "string"},
          "date": {"type": "string", "format": "date", "nullable": true},
          "present": {"type": "integer"}, "absent": {"type": "integer"}}}},
        "absences": {"type": "array", "items": {"$ref": "#/components/schemas/RollAbsence"}},
        "convened": {"$ref": "#/components/schemas/RollConvened"},
        "findings": {"type": "array", "items": {"type": "object", "properties": {
          "warning": {"type": "string", "enum": ["over_allocation", "delegation_incomplete", "unit_not_allocated", "not_ground_for_delegate", "whole_absence_no_reason"]},
          "unit_code": {"type": "string"}, "person": {"type": "string"},
          "recorded": {"type": "integer"}, "allocated": {"type": "integer"}}}}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
