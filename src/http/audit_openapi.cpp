// The OpenAPI description of the audit routes (audit_api.cpp).
#include <nlohmann/json.hpp>

#include "http/audit_api.h"

namespace daihoi::http {

const nlohmann::json& AuditOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/audit": {
      "get": {
        "summary": "Nhật ký thay đổi: the audit records, oldest first. A global administrator sees every record; an administrator of a subtree must name an organization of it (org) and sees that subtree's records; other roles are refused (403)",
        "parameters": [
          {"name": "org", "in": "query", "description": "Records of this organization's subtree", "schema": {"type": "string"}},
          {"name": "actor", "in": "query", "description": "Records of this login (cli:USER for the command line)", "schema": {"type": "string"}},
          {"name": "from", "in": "query", "description": "UTC time or date, inclusive", "schema": {"type": "string"}},
          {"name": "to", "in": "query", "description": "UTC time or date, exclusive", "schema": {"type": "string"}},
          {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}
        ],
        "responses": {
          "200": {"description": "A page of records", "content": {"application/json": {"schema": {"type": "object", "required": ["total", "offset", "limit", "items"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditRecord"}}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/audit.csv": {
      "get": {
        "summary": "The same records as a CSV file (UTF-8 with a byte order mark), for a spreadsheet",
        "parameters": [
          {"name": "org", "in": "query", "schema": {"type": "string"}},
          {"name": "actor", "in": "query", "schema": {"type": "string"}},
          {"name": "from", "in": "query", "schema": {"type": "string"}},
          {"name": "to", "in": "query", "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "The file (attachment)", "content": {"text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/audit/verify": {
      "get": {
        "summary": "The hash chain recomputed (as `daihoi audit verify`): the first record edited, deleted or reordered; with head, also whether that earlier head is still in the chain. A global administrator's",
        "parameters": [
          {"name": "head", "in": "query", "description": "A head recorded earlier", "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "The check (ok false names the first bad record)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditCheck"}}}},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "schemas": {
    "AuditRecord": {
      "type": "object",
      "required": ["seq", "at", "actor", "use_case", "org", "digest", "prev_hash", "hash"],
      "properties": {
        "seq": {"type": "integer"},
        "at": {"type": "string", "description": "UTC, milliseconds"},
        "actor": {"type": "string"},
        "use_case": {"type": "string", "description": "user.add, plan.create, ballot.enter, …"},
        "org": {"type": "string", "nullable": true, "description": "The target organization; null when none"},
        "digest": {"type": "string", "description": "SHA-256 of the change's canonical text"},
        "prev_hash": {"type": "string"},
        "hash": {"type": "string"}
      }
    },
    "AuditCheck": {
      "type": "object",
      "required": ["ok", "records", "head", "problem", "first_bad_seq", "message"],
      "properties": {
        "ok": {"type": "boolean"},
        "records": {"type": "integer"},
        "head": {"type": "string"},
        "problem": {"type": "string", "enum": ["none", "edited", "deleted", "reordered", "truncated"]},
        "first_bad_seq": {"type": "integer", "nullable": true},
        "message": {"type": "string"}
      }
    }
  }
})json");
  return document;
}

}  // namespace daihoi::http
