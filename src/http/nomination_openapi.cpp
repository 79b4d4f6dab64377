// The OpenAPI description of the nomination routes (nomination_api.cpp).
#include "http/nomination_api.h"

namespace daihoi::http {

const nlohmann::json& NominationOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/elections/{id}/nominations": {
      "get": {
        "summary": "Đề cử, ứng cử: the nominations of an election with statuses, eligibility findings (R-VOTERS, R-INCUMBENT), what keeps the list from being final and its structure (R-STRUCTURE)",
        "parameters": [{"$ref": "#/components/parameters/NominationElectionId"}],
        "responses": {
          "200": {"description": "The nominations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Nominate a member of the registry (the convening committee's list, the floor, self-nomination)",
        "parameters": [{"$ref": "#/components/parameters/NominationElectionId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominateRequest"}}}},
        "responses": {
          "201": {"description": "The nominations with the new one", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/nominations/{id}/poll": {
      "post": {
        "summary": "R-FLOOR-GATE: the secret nomination poll (party-2024: more than 30% of those present) or the show of hands (party-2014) of a floor or self nomination",
        "parameters": [{"$ref": "#/components/parameters/NominationId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VoteCount"}}}},
        "responses": {
          "200": {"description": "The nominations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/nominations/{id}/withdrawal": {
      "post": {
        "summary": "R-WITHDRAW: record a withdrawal request (the nominee stays on the list until the congress votes)",
        "parameters": [{"$ref": "#/components/parameters/NominationId"}],
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}},
        "responses": {
          "200": {"description": "The nominations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      },
      "put": {
        "summary": "R-WITHDRAW, R-SHOW-OF-HANDS: the congress's vote on the request (passes with more than half of the convened)",
        "parameters": [{"$ref": "#/components/parameters/NominationId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VoteCount"}}}},
        "responses": {
          "200": {"description": "The nominations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/structure-targets": {
      "put": {
        "summary": "R-STRUCTURE: the election's structure targets (warnings, never errors); a field left out takes its default",
        "parameters": [{"$ref": "#/components/parameters/NominationElectionId"}],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StructureTargets"}}}},
        "responses": {
          "200": {"description": "The nominations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/finalize": {
      "post": {
        "summary": "Write the final list (admitted, not withdrawn) as the election's candidates; 422 with the reasons while a poll or withdrawal vote is pending or R-SURPLUS fails",
        "parameters": [{"$ref": "#/components/parameters/NominationElectionId"}],
        "responses": {
          "200": {"description": "The nominations, finalized", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NominationsView"}}}},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "NominationElectionId": {"name": "id", "in": "path", "required": true, "description": "Election id", "schema": {"type": "integer"}},
    "NominationId": {"name": "id", "in": "path", "required": true, "description": "Nomination id", "schema": {"type": "integer"}}
  },
  "responses": {},
  "schemas": {
    "NominateRequest": {"type": "object", "required": ["member_id"], "properties": {
      "member_id": {"type": "string"},
      "source": {"type": "string", "enum": ["committee", "floor", "self"]},
      "nominated_by": {"type": "string", "description": "who nominated (floor: required)"},
      "nominated_by_committee_member": {"type": "boolean"},
      "convening_committee_member": {"type": ["boolean", "null"], "description": "default: an ex-officio entry of the roll"}}},
    "VoteCount": {"type": "object", "required": ["present"], "properties": {
      "present": {"type": "integer", "minimum": 1},
      "agree": {"type": "integer", "minimum": 0, "description": "a nomination poll"},
      "in_favour": {"type": "integer", "minimum": 0, "description": "a show of hands"},
      "convened": {"type": "integer", "minimum": 0, "description": "default: the roll's R-THRESHOLD denominator"}}},
    "StructureTargets": {"type": "object", "properties": {
      "women_min_percent": {"type": "integer"}, "under_40_min_percent": {"type": "integer"},
      "age_40_50_min_percent": {"type": "integer"}, "age_40_50_max_percent": {"type": "integer"},
      "first_time_min_months": {"type": "integer"}, "reelected_min_months": {"type": "integer"},
      "retirement_age_male_months": {"type": "integer"}, "retirement_age_female_months": {"type": "integer"}}},
    "Nomination": {"type": "object", "properties": {
      "id": {"type": "integer"}, "member_id": {"type": "string"}, "full_name": {"type": "string"},
      "gender": {"type": "string"}, "birth_date": {"type": ["string", "null"], "format": "date"},
      "full_member_date": {"type": ["string", "null"], "format": "date"}, "full_member": {"type": "boolean"},
      "convening_committee_member": {"type": "boolean"},
      "source": {"type": "string", "enum": ["committee", "floor", "self"]},
      "nominated_by": {"type": "string"}, "nominated_by_committee_member": {"type": "boolean"},
      "gate": {"type": ["object", "null"]}, "withdrawal": {"type": ["object", "null"]},
      "status": {"type": "string", "enum": ["ineligible", "poll_pending", "not_admitted", "withdrawal_pending", "withdrawn", "on_list"]},
      "on_list": {"type": "boolean"}, "age": {"type": ["integer", "null"]},
      "months_to_retirement": {"type": ["integer", "null"]},
      "findings": {"type": "array", "items": {"type": "object", "properties": {"rule": {"type": "string"}, "message": {"type": "string"}}}}}},
    "NominationsView": {"type": "object", "properties": {
      "election": {"type": "object"},
      "gate_method": {"type": "string", "enum": ["secret_poll", "show_of_hands"]},
      "opening": {"type": ["string", "null"], "format": "date"},
      "convened": {"type": ["integer", "null"]},
      "nominations": {"type": "array", "items": {"$ref": "#/components/schemas/Nomination"}},
      "final_list": {"type": "array", "items": {"type": "integer"}},
      "committee_list": {"type": "integer"},
      "surplus": {"type": "object", "properties": {"seats": {"type": "integer"}, "candidates": {"type": "integer"}, "surplus": {"type": "integer"}, "ratio": {"type": "number"}}},
      "blockers": {"type": "array", "items": {"type": "object", "properties": {"rule": {"type": "string"}, "nomination_id": {"type": ["integer", "null"]}, "message": {"type": "string"}}}},
      "can_finalize": {"type": "boolean"}, "finalized": {"type": "boolean"}, "locked": {"type": "boolean"},
      "targets": {"$ref": "#/components/schemas/StructureTargets"}, "targets_set": {"type": "boolean"},
      "structure": {"type": "object"}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
