// The OpenAPI description of the delegates' routes (delegates_api.cpp).
#include "http/delegates_api.h"

namespace daihoi::http {

const nlohmann::json& DelegatesOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/organizations/{code}/allocations": {
      "post": {
        "summary": "Phân bổ đại biểu: allocate the elected seats among the direct subordinate units and save (R-ALLOCATION)",
        "parameters": [{"$ref": "#/components/parameters/OrgCode"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AllocationRequest"}}}},
        "responses": {
          "201": {"description": "Saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Allocation"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "get": {
        "summary": "Saved allocations of this convening organization, newest first",
        "parameters": [{"$ref": "#/components/parameters/OrgCode"}],
        "responses": {
          "200": {"description": "The list", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items", "total"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/AllocationSummary"}},
                           "total": {"type": "integer"}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/organizations/{code}/allocations/compare": {
      "post": {
        "summary": "The four methods side by side for the same inputs (not saved)",
        "parameters": [{"$ref": "#/components/parameters/OrgCode"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AllocationRequest"}}}},
        "responses": {
          "200": {"description": "Seats per unit under each method", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AllocationComparison"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/allocations/{id}": {
      "get": {
        "summary": "A saved allocation exactly as computed",
        "parameters": [{"$ref": "#/components/parameters/AllocationId"}],
        "responses": {
          "200": {"description": "The allocation", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Allocation"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/allocations/{id}.xlsx": {
      "get": {
        "summary": "A saved allocation as an XLSX table",
        "parameters": [{"$ref": "#/components/parameters/AllocationId"}],
        "responses": {
          "200": {"description": "The workbook", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/allocations/{id}.pdf": {
      "get": {
        "summary": "A saved allocation as the printed Party document",
        "parameters": [{"$ref": "#/components/parameters/AllocationId"}],
        "responses": {
          "200": {"description": "The document", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "OrgCode": {"name": "code", "in": "path", "required": true, "description": "The convening organization", "schema": {"type": "string"}},
    "AllocationId": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
  },
  "schemas": {
    "AllocationMethod": {"type": "string", "enum": ["largest_remainder", "dhondt", "sainte_lague", "huntington_hill"]},
    "AllocationRequest": {
      "type": "object", "required": ["seats"],
      "properties": {
        "term": {"type": "string", "description": "Required to save: 2025-2030"},
        "method": {"$ref": "#/components/schemas/AllocationMethod"},
        "seats": {"type": "integer", "description": "Elected seats (ex-officio members of the convening committee excluded)"},
        "minimum": {"type": "integer", "description": "Seats every unit gets at least; default 0"},
        "as_of": {"type": "string", "format": "date", "description": "Members counted as of this date; default today"},
        "units": {"type": "array", "items": {"type": "object", "required": ["org_code"],
          "properties": {"org_code": {"type": "string"}, "minimum": {"type": "integer"},
                         "weight": {"type": "string", "description": "A decimal, e.g. \"1.5\""}}}}}
    },
    "AllocationUnitInputs": {
      "type": "object", "required": ["org_code", "name", "members", "member_source", "minimum", "weight", "quota", "remainder"],
      "properties": {
        "org_code": {"type": "string"}, "name": {"type": "string"},
        "members": {"type": "integer", "description": "Full members as of the date"},
        "member_source": {"type": "string", "enum": ["registry", "stated", "mixed"]},
        "minimum": {"type": "integer", "nullable": true, "description": "Its own minimum; null: the allocation's"},
        "weight": {"type": "string"},
        "quota": {"type": "string", "description": "seats × claim / total claim, two decimals half up"},
        "remainder": {"type": "string", "description": "The quota's fractional part, four decimals rounded down"}}
    },
    "AllocationHeader": {
      "type": "object", "required": ["org_code", "term", "seats", "minimum", "as_of", "members"],
      "properties": {
        "id": {"type": "integer"}, "org_code": {"type": "string"}, "org_name": {"type": "string"},
        "term": {"type": "string"}, "method": {"$ref": "#/components/schemas/AllocationMethod"},
        "seats": {"type": "integer"}, "minimum": {"type": "integer"},
        "as_of": {"type": "string", "format": "date"}, "created_at": {"type": "string"},
        "members": {"type": "integer", "description": "Full members of all units"}}
    },
    "AllocationSummary": {"allOf": [{"$ref": "#/components/schemas/AllocationHeader"},
      {"type": "object", "required": ["units"], "properties": {"units": {"type": "integer"}}}]},
    "Allocation": {"allOf": [{"$ref": "#/components/schemas/AllocationHeader"},
      {"type": "object", "required": ["units", "ties"], "properties": {
        "units": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/AllocationUnitInputs"},
          {"type": "object", "required": ["seats", "set_aside"], "properties": {"seats": {"type": "integer"}, "set_aside": {"type": "boolean"}}}]}},
        "ties": {"type": "array", "items": {"type": "object", "properties": {
          "seat": {"type": "integer"}, "units": {"type": "array", "items": {"type": "string"}},
          "winner": {"type": "string"}, "reason": {"type": "string", "enum": ["larger_claim", "input_order"]}}}}}}]},
    "AllocationComparison": {"allOf": [{"$ref": "#/components/schemas/AllocationHeader"},
      {"type": "object", "required": ["methods", "units"], "properties": {
        "methods": {"type": "array", "items": {"$ref": "#/components/schemas/AllocationMethod"}},
        "units": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/AllocationUnitInputs"},
          {"type": "object", "required": ["seats", "differs"], "properties": {
            "seats": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "Seats under each method"},
            "differs": {"type": "boolean", "description": "The methods disagree on this unit"}}}]}}}}]}
  }
})json");
  return document;
}

}  // namespace daihoi::http
