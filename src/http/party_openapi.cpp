// The OpenAPI description of the party-building routes (party_api.cpp).
#include "http/party_api.h"

namespace daihoi::http {

const nlohmann::json& PartyOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/building/grades": {
      "get": {
        "summary": "Mức xếp loại chất lượng: the quality grades (data), best first",
        "responses": {"200": {"description": "Grades", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Grade"}}}}}}}}
      }
    },
    "/building/{code}/ratings": {
      "get": {
        "summary": "Ratings of the subtree; members' ratings are personal (kind=member needs the personal-fields right; without kind they are left out for other readers)",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"$ref": "#/components/parameters/BuildingYear"},
          {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["organization", "member"]}}],
        "responses": {"200": {"description": "Ratings", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Rating"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      },
      "post": {
        "summary": "Record ratings (upserted per year, organization and member); all checked first, the first problem answered as items[i].field",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Rating"}}, "dry_run": {"type": "boolean"}}}}}},
        "responses": {"200": {"$ref": "#/components/responses/BatchReport"}, "201": {"$ref": "#/components/responses/BatchReport"},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/rating-shares": {
      "get": {
        "summary": "Shares per grade, year and kind (organizations, members) of the subtree, with the top-grade cap (I) as a warning",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"$ref": "#/components/parameters/BuildingYear"},
          {"name": "cap", "in": "query", "description": "Top grade at most this percent of the base (default 20)", "schema": {"type": "number"}},
          {"name": "cap_base", "in": "query", "description": "The base: grades of this rank or better (default 2)", "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "Shares", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RatingShares"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/movements": {
      "get": {
        "summary": "Member movements of the subtree (kết nạp, chuyển đến, chuyển đi, từ trần, xóa tên/khai trừ, số đầu kỳ), by date",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"$ref": "#/components/parameters/BuildingFrom"}, {"$ref": "#/components/parameters/BuildingTo"},
          {"name": "kind", "in": "query", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "Movements", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Movement"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      },
      "post": {
        "summary": "Record movements; all checked first",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Movement"}}, "dry_run": {"type": "boolean"}}}}}},
        "responses": {"200": {"$ref": "#/components/responses/BatchReport"}, "201": {"$ref": "#/components/responses/BatchReport"},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/member-counts": {
      "get": {
        "summary": "Members of each organization of the subtree as of a date, from the movements where recorded (else the stated count)",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"},
          {"name": "as_of", "in": "query", "required": true, "schema": {"type": "string", "format": "date"}},
          {"name": "probation", "in": "query", "description": "Months of probation (default 12)", "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "Counts", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/admissions": {
      "get": {
        "summary": "Admissions against the term's targets of the subtree, per direct unit and per year",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"name": "term", "in": "query", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "Admissions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Admissions"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/admission-targets/{term}": {
      "put": {
        "summary": "Set the organization's admission target of a term; answers the admissions of the term",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"name": "term", "in": "path", "required": true, "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["from", "to", "target"], "properties": {"from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"}, "target": {"type": "integer"}}}}}},
        "responses": {"200": {"description": "Admissions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Admissions"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/communication": {
      "get": {
        "summary": "Communication items of the subtree (tin, bài viết, đặc san, hoạt động), by date",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"$ref": "#/components/parameters/BuildingFrom"}, {"$ref": "#/components/parameters/BuildingTo"},
          {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["news", "essay", "bulletin", "event"]}}],
        "responses": {"200": {"description": "Items", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/CommunicationItem"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      },
      "post": {
        "summary": "Record communication items; all checked first",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/CommunicationItem"}}, "dry_run": {"type": "boolean"}}}}}},
        "responses": {"200": {"$ref": "#/components/responses/BatchReport"}, "201": {"$ref": "#/components/responses/BatchReport"},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/communication/totals": {
      "get": {
        "summary": "Totals per kind (items, printed copies) of the subtree and period, and of each direct unit",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"}, {"$ref": "#/components/parameters/BuildingFrom"}, {"$ref": "#/components/parameters/BuildingTo"}],
        "responses": {"200": {"description": "Totals", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    },
    "/building/{code}/reports/{report}": {
      "get": {
        "summary": "A report in the Party layout (PDF) or as a table (XLSX): ratings.pdf|xlsx (year, cap, cap_base), admissions.pdf|xlsx (term), communication.pdf|xlsx (from, to)",
        "parameters": [{"$ref": "#/components/parameters/BuildingCode"},
          {"name": "report", "in": "path", "required": true, "schema": {"type": "string", "enum": ["ratings.pdf", "ratings.xlsx", "admissions.pdf", "admissions.xlsx", "communication.pdf", "communication.xlsx"]}},
          {"$ref": "#/components/parameters/BuildingYear"}, {"$ref": "#/components/parameters/BuildingFrom"}, {"$ref": "#/components/parameters/BuildingTo"},
          {"name": "term", "in": "query", "schema": {"type": "string"}},
          {"name": "place", "in": "query", "schema": {"type": "string"}},
          {"name": "date", "in": "query", "description": "Date on the header", "schema": {"type": "string", "format": "date"}}],
        "responses": {"200": {"description": "The report (attachment)", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
      }
    }
  },
  "parameters": {
    "BuildingCode": {"name": "code", "in": "path", "required": true, "description": "Root of the subtree", "schema": {"type": "string"}},
    "BuildingYear": {"name": "year", "in": "query", "schema": {"type": "integer"}},
    "BuildingFrom": {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
    "BuildingTo": {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}}
  },
  "responses": {
    "BatchReport": {"description": "Items checked (and written unless dry_run)", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "integer"}, "inserted": {"type": "integer"}, "written": {"type": "boolean"}, "problems": {"type": "array", "items": {"type": "object"}}}}}}}
  },
  "schemas": {
    "Grade": {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "rank": {"type": "integer"}}},
    "Rating": {"type": "object", "required": ["year", "org_code", "grade"], "properties": {"year": {"type": "integer"}, "kind": {"type": "string", "enum": ["organization", "member"]}, "org_code": {"type": "string"}, "member_id": {"type": "string"}, "full_name": {"type": "string"}, "grade": {"type": "string", "description": "Code, name or initials"}, "note": {"type": "string"}}},
    "RatingShares": {"type": "object", "properties": {"root": {"type": "string"}, "cap": {"type": "object"}, "grades": {"type": "array", "items": {"$ref": "#/components/schemas/Grade"}}, "shares": {"type": "array", "items": {"type": "object"}}}},
    "Movement": {"type": "object", "required": ["org_code", "kind", "on"], "properties": {"id": {"type": "integer"}, "org_code": {"type": "string"}, "kind": {"type": "string", "enum": ["balance", "admission", "transfer_in", "transfer_out", "death", "removal"]}, "on": {"type": "string", "format": "date"}, "count": {"type": "integer"}, "member_id": {"type": "string"}, "full_name": {"type": "string"}, "note": {"type": "string"}}},
    "Admissions": {"type": "object", "properties": {"root": {"type": "string"}, "term": {"type": "string"}, "targets": {"type": "array", "items": {"type": "object"}}, "units": {"type": "array", "items": {"type": "object"}}, "years": {"type": "array", "items": {"type": "object"}}}},
    "CommunicationItem": {"type": "object", "required": ["org_code", "kind", "on", "title"], "properties": {"id": {"type": "integer"}, "org_code": {"type": "string"}, "kind": {"type": "string", "enum": ["news", "essay", "bulletin", "event"]}, "on": {"type": "string", "format": "date"}, "title": {"type": "string"}, "link": {"type": "string"}, "copies": {"type": "integer"}, "note": {"type": "string"}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
