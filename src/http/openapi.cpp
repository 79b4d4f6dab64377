#include "http/openapi.h"

namespace daihoi::http {

std::string_view OpenApiDocument() {
  return R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "daihoi API",
    "version": "1",
    "description": "Tổ chức đại hội Đảng các cấp: tổ chức đảng, đảng viên, nhập dữ liệu. Errors are {\"error\": {\"code\", \"message\", \"field\"}}; bad input is 400, an unknown organization 404, a rule broken 422, a storage failure 500."
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
            "code": {"type": "string", "enum": ["invalid_input", "rule_violation", "not_found", "conflict", "forbidden", "storage", "internal"]},
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

}  // namespace daihoi::http
