// The OpenAPI description of the plan routes (plan_api.cpp).
#include "http/plan_api.h"

namespace daihoi::http {

const nlohmann::json& PlanOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/plans": {
      "get": {
        "summary": "Stored plans of congress rounds (kế hoạch), newest term first",
        "parameters": [
          {"name": "root", "in": "query", "description": "Only this organization's plans", "schema": {"type": "string"}},
          {"name": "term", "in": "query", "description": "Only plans of this term", "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "Plans", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/StoredPlan"}}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Store a plan (the PLAN.json of `daihoi plan check`, with an optional title); 409 when the root has a plan for the term",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanInput"}}}},
        "responses": {
          "201": {"$ref": "#/components/responses/PlanStored"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/plans/{id}": {
      "get": {
        "summary": "One stored plan",
        "parameters": [{"$ref": "#/components/parameters/PlanId"}],
        "responses": {
          "200": {"$ref": "#/components/responses/PlanStored"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "put": {
        "summary": "Replace a stored plan's parameters (windows, pilots, R-KIND threshold, max days, notice, quorum)",
        "parameters": [{"$ref": "#/components/parameters/PlanId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanInput"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/PlanStored"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/plans/{id}/violations": {
      "get": {
        "summary": "The stored plan checked against the stored congresses (the same violations as `daihoi plan check`)",
        "parameters": [{"$ref": "#/components/parameters/PlanId"}],
        "responses": {
          "200": {"description": "Violations", "content": {"application/json": {"schema": {
            "type": "object", "required": ["plan_id", "violations"],
            "properties": {"plan_id": {"type": "integer"}, "violations": {"type": "array", "items": {"$ref": "#/components/schemas/PlanViolation"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/plans/{id}/congresses": {
      "get": {
        "summary": "The plan with its subtree's congresses in tree order (details, status, each row's violations) and every violation",
        "parameters": [{"$ref": "#/components/parameters/PlanId"}],
        "responses": {
          "200": {"description": "The plan's congresses", "content": {"application/json": {"schema": {
            "type": "object", "required": ["plan", "congresses", "violations"],
            "properties": {
              "plan": {"$ref": "#/components/schemas/StoredPlan"},
              "congresses": {"type": "array", "items": {"$ref": "#/components/schemas/CongressRecord"}},
              "violations": {"type": "array", "items": {"$ref": "#/components/schemas/PlanViolation"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}": {
      "get": {
        "summary": "A congress record: date options, venue, announcement, content items, status, and the covering plan's violations",
        "parameters": [{"$ref": "#/components/parameters/PlanCongressCode"}, {"$ref": "#/components/parameters/PlanCongressTerm"}],
        "responses": {
          "200": {"$ref": "#/components/responses/PlanCheck"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "patch": {
        "summary": "Edit a congress record (created when missing); answers with the covering plan's violations after the edit",
        "parameters": [{"$ref": "#/components/parameters/PlanCongressCode"}, {"$ref": "#/components/parameters/PlanCongressTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CongressEdit"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/PlanCheck"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/check": {
      "post": {
        "summary": "What if: the violations a proposed edit would leave; nothing is saved (saved: false)",
        "parameters": [{"$ref": "#/components/parameters/PlanCongressCode"}, {"$ref": "#/components/parameters/PlanCongressTerm"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CongressEdit"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/PlanCheck"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "PlanId": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
    "PlanCongressCode": {"name": "code", "in": "path", "required": true, "description": "Organization holding the congress", "schema": {"type": "string"}},
    "PlanCongressTerm": {"name": "term", "in": "path", "required": true, "description": "Term, e.g. 2020-2025", "schema": {"type": "string"}}
  },
  "responses": {
    "PlanStored": {"description": "The stored plan", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoredPlan"}}}},
    "PlanCheck": {"description": "The record and the covering plan's violations", "content": {"application/json": {"schema": {
      "type": "object", "required": ["congress", "violations", "saved"],
      "properties": {
        "congress": {"$ref": "#/components/schemas/CongressRecord"},
        "violations": {"type": "array", "items": {"$ref": "#/components/schemas/PlanViolation"}},
        "saved": {"type": "boolean"}}}}}}
  },
  "schemas": {
    "PlanWindows": {"type": "object", "description": "Level code → [start, end]", "additionalProperties": {"type": "array", "items": {"type": "string", "format": "date"}, "minItems": 2, "maxItems": 2}},
    "PlanInput": {
      "type": "object", "required": ["root", "term"],
      "description": "The PLAN.json of spec CONTRACTS.md 'Plan check'",
      "properties": {
        "title": {"type": "string"},
        "root": {"type": "string"},
        "term": {"type": "string"},
        "windows": {"$ref": "#/components/schemas/PlanWindows"},
        "pilot_windows": {"$ref": "#/components/schemas/PlanWindows"},
        "pilots": {"type": "array", "items": {"type": "string"}},
        "members_congress_below": {"type": "integer", "minimum": 1},
        "max_days": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
        "notice_working_days": {"type": "integer", "minimum": 0},
        "notice_levels": {"type": "array", "items": {"type": "string"}},
        "announcements": {"type": "object", "additionalProperties": {"type": "string", "format": "date"}},
        "quorum": {"type": "string", "example": "2/3"}}
    },
    "StoredPlan": {
      "allOf": [{"$ref": "#/components/schemas/PlanInput"}, {
        "type": "object", "required": ["id", "created_at", "updated_at"],
        "properties": {"id": {"type": "integer"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"},
                       "notice_working_days": {"type": "integer", "nullable": true}}}]
    },
    "PlanViolation": {
      "type": "object", "required": ["rule", "org", "message"],
      "properties": {"rule": {"type": "string", "example": "R-ORDER-OF-LEVELS"}, "org": {"type": "string"}, "message": {"type": "string"}}
    },
    "DateOption": {
      "type": "object", "required": ["start"],
      "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}, "note": {"type": "string"}}
    },
    "CongressRecord": {
      "type": "object",
      "properties": {
        "org_code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"},
        "parent_code": {"type": "string"}, "members": {"type": "integer"},
        "recorded": {"type": "boolean", "description": "false: no congress row yet"},
        "term": {"type": "string"}, "ordinal": {"type": "integer"}, "ordinal_roman": {"type": "string"},
        "kind": {"type": "string", "enum": ["members", "delegates"]}, "pilot": {"type": "boolean"},
        "planned_start": {"type": "string", "nullable": true, "format": "date"}, "planned_end": {"type": "string", "nullable": true, "format": "date"},
        "held_start": {"type": "string", "nullable": true, "format": "date"}, "held_end": {"type": "string", "nullable": true, "format": "date"},
        "options": {"type": "array", "items": {"$ref": "#/components/schemas/DateOption"}},
        "chosen": {"type": "integer", "nullable": true, "description": "Index of the chosen option (0 = the first)"},
        "venue": {"type": "string"}, "announced_on": {"type": "string", "nullable": true, "format": "date"},
        "items": {"type": "array", "items": {"type": "string", "enum": ["review", "documents", "committee", "delegation"]}},
        "reduced": {"type": "boolean"},
        "status": {"type": "string", "enum": ["planned", "scheduled", "held", "results_approved"]},
        "status_label": {"type": "string"},
        "plan_id": {"type": "integer", "nullable": true},
        "violations": {"type": "array", "items": {"$ref": "#/components/schemas/PlanViolation"}}}
    },
    "CongressEdit": {
      "type": "object", "additionalProperties": false,
      "description": "Each key present replaces the value; null clears a date or the choice",
      "properties": {
        "options": {"type": "array", "items": {"$ref": "#/components/schemas/DateOption"}},
        "chosen": {"type": "integer", "nullable": true},
        "planned_start": {"type": "string", "nullable": true, "format": "date"}, "planned_end": {"type": "string", "nullable": true, "format": "date"},
        "venue": {"type": "string"}, "announced_on": {"type": "string", "nullable": true, "format": "date"},
        "items": {"type": "array", "items": {"type": "string", "enum": ["review", "documents", "committee", "delegation"]}},
        "reduced": {"type": "boolean"}, "pilot": {"type": "boolean"},
        "kind": {"type": "string", "enum": ["members", "delegates"]},
        "ordinal": {"oneOf": [{"type": "integer"}, {"type": "string", "description": "Roman numerals"}]},
        "held_start": {"type": "string", "nullable": true, "format": "date"}, "held_end": {"type": "string", "nullable": true, "format": "date"}}
    }
  }
})json");
  return document;
}

}  // namespace daihoi::http
