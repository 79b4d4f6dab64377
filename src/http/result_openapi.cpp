// The OpenAPI description of the results routes (result_api.cpp).
#include "http/result_api.h"

namespace daihoi::http {

const nlohmann::json& ResultOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/congresses/{code}/{term}/results": {
      "get": {
        "summary": "Kết quả đại hội: the bodies elected, each election's state, the approval (R-APPROVAL) and the delegation sent up",
        "parameters": [{"$ref": "#/components/parameters/ResultCode"}, {"$ref": "#/components/parameters/ResultTerm"}],
        "responses": {
          "200": {"description": "The results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CongressResults"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/apply-result": {
      "post": {
        "summary": "Áp dụng kết quả: apply a finished election's result to the organization's bodies, or a delegates election's to the parent congress's roll",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {
          "type": "object",
          "properties": {"accept_unfilled": {"type": "boolean", "description": "The congress decided not to hold a further round (R-ROUNDS)"}}}}}},
        "responses": {
          "200": {"description": "What was applied", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AppliedResult"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/congresses/{code}/{term}/approval": {
      "post": {
        "summary": "Chuẩn y: record the superior committee's approval of the congress's results (R-APPROVAL); once only",
        "parameters": [{"$ref": "#/components/parameters/ResultCode"}, {"$ref": "#/components/parameters/ResultTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["decision", "date"],
          "properties": {
            "decision": {"type": "string", "example": "Quyết định số 245-QĐ/QU"},
            "date": {"type": "string", "format": "date"},
            "approved_by": {"type": "string", "description": "Must be the parent organization when given"},
            "note": {"type": "string"}}}}}},
        "responses": {
          "201": {"description": "The approval", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Approval"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/organizations/{code}/committee-stats": {
      "get": {
        "summary": "Cơ cấu cấp ủy: statistics of the new committees over a subtree, per level (R-STRUCTURE)",
        "parameters": [
          {"$ref": "#/components/parameters/ResultCode"},
          {"name": "term", "in": "query", "required": true, "schema": {"type": "string"}},
          {"name": "as_of", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}, "description": "Date ages are taken on (default: each congress's opening)"},
          {"name": "women_min", "in": "query", "required": false, "schema": {"type": "number"}, "description": "R-STRUCTURE target, percent"},
          {"name": "under_40_min", "in": "query", "required": false, "schema": {"type": "number"}},
          {"name": "from_40_to_50_min", "in": "query", "required": false, "schema": {"type": "number"}},
          {"name": "from_40_to_50_max", "in": "query", "required": false, "schema": {"type": "number"}}],
        "responses": {
          "200": {"description": "The statistics", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommitteeStats"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "ResultCode": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
    "ResultTerm": {"name": "term", "in": "path", "required": true, "schema": {"type": "string"}, "example": "2025-2030"}
  },
  "responses": {},
  "schemas": {
    "BodyStats": {"type": "object", "properties": {
      "size": {"type": "integer"}, "women": {"type": "integer"}, "women_percent": {"type": "number"},
      "under_40": {"type": "integer"}, "under_40_percent": {"type": "number"},
      "from_40_to_50": {"type": "integer"}, "from_40_to_50_percent": {"type": "number"},
      "over_50": {"type": "integer"}, "over_50_percent": {"type": "number"},
      "age_unknown": {"type": "integer"}, "first_time": {"type": "integer"},
      "re_elected": {"type": "integer"}, "history_unknown": {"type": "integer"}}},
    "Membership": {"type": "object", "properties": {
      "body": {"type": "string", "enum": ["committee", "standing_committee", "secretary", "deputy_secretary", "inspection", "inspection_chair"]},
      "capacity": {"type": "string", "enum": ["official", "alternate"]},
      "rank": {"type": "integer"}, "full_name": {"type": "string"}, "member_id": {"type": "string"},
      "gender": {"type": "string"}, "birth_date": {"type": "string", "format": "date", "nullable": true},
      "election_id": {"type": "integer", "nullable": true}}},
    "Approval": {"type": "object", "properties": {
      "org_code": {"type": "string"}, "term": {"type": "string"}, "approved_by": {"type": "string"},
      "decision": {"type": "string"}, "approved_on": {"type": "string", "format": "date"},
      "note": {"type": "string"}, "recorded_at": {"type": "string"}}},
    "AppliedResult": {"type": "object", "properties": {
      "election_id": {"type": "integer"}, "kind": {"type": "string"},
      "body": {"type": "string", "nullable": true}, "parent_code": {"type": "string", "nullable": true},
      "elected": {"type": "array", "items": {"type": "object"}}}},
    "CongressResults": {"type": "object", "properties": {
      "org_code": {"type": "string"}, "name": {"type": "string"}, "term": {"type": "string"},
      "superior": {"type": "object", "nullable": true},
      "status": {"type": "string", "enum": ["provisional", "approved"]},
      "approval": {"allOf": [{"$ref": "#/components/schemas/Approval"}], "nullable": true},
      "bodies": {"type": "array", "items": {"type": "object", "properties": {
        "body": {"type": "string"}, "label": {"type": "string"},
        "members": {"type": "array", "items": {"$ref": "#/components/schemas/Membership"}}}}},
      "elections": {"type": "array", "items": {"type": "object"}},
      "delegation": {"type": "array", "items": {"type": "object"}},
      "committee_stats": {"allOf": [{"$ref": "#/components/schemas/BodyStats"}], "nullable": true},
      "as_of": {"type": "string", "format": "date", "nullable": true},
      "previous_term": {"type": "string", "nullable": true}}},
    "CommitteeStats": {"type": "object", "properties": {
      "root": {"type": "string"}, "term": {"type": "string"},
      "levels": {"type": "array", "items": {"type": "object"}},
      "total": {"$ref": "#/components/schemas/BodyStats"},
      "organizations": {"type": "array", "items": {"type": "object"}}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
