// The OpenAPI description of the draft documents routes (document_api.cpp).
#include "http/document_api.h"

namespace daihoi::http {

const nlohmann::json& DocumentOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/congresses/{code}/{term}/documents": {
      "get": {
        "summary": "Văn kiện: the draft documents of a congress with their versions",
        "parameters": [{"$ref": "#/components/parameters/DocCode"}, {"$ref": "#/components/parameters/DocTerm"}],
        "responses": {
          "200": {"description": "The documents", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/DocumentSummary"}}}}}}},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Nhập dự thảo: a new document from a .docx, .md or .txt file (raw body, name in ?file=) or a JSON body {kind, title, change_log, format, text}; version 1 is a draft",
        "parameters": [{"$ref": "#/components/parameters/DocCode"}, {"$ref": "#/components/parameters/DocTerm"},
          {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["political_report", "review_report", "other"]}},
          {"name": "title", "in": "query", "schema": {"type": "string"}},
          {"name": "file", "in": "query", "description": "The file's name; its extension picks the reader", "schema": {"type": "string"}},
          {"name": "change_log", "in": "query", "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {
          "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
          "application/json": {"schema": {"$ref": "#/components/schemas/DraftText"}}}},
        "responses": {
          "201": {"description": "The new version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftRef"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/documents/{id}": {
      "get": {
        "summary": "One document with its versions",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentSummary"}}}},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/documents/{id}/versions": {
      "post": {
        "summary": "The next version of a document, from a file or JSON like the first; JSON may list takes_in_comments and takes_in_groups",
        "parameters": [{"$ref": "#/components/parameters/DocId"},
          {"name": "file", "in": "query", "schema": {"type": "string"}},
          {"name": "change_log", "in": "query", "schema": {"type": "string"}}],
        "requestBody": {"required": true, "content": {
          "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
          "application/json": {"schema": {"$ref": "#/components/schemas/DraftText"}}}},
        "responses": {
          "201": {"description": "The new version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftRef"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}": {
      "get": {
        "summary": "Dự thảo: a version with its sections and paragraphs (keys \"S.P\"), its publication and comment counts",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftView"}}}},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "put": {
        "summary": "Edit the text of a version while it is a draft (409 once published)",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftText"}}}},
        "responses": {
          "200": {"description": "The version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/diff": {
      "get": {
        "summary": "So sánh: what changed from version ?from= to this one, per section and paragraph, word by word",
        "parameters": [{"$ref": "#/components/parameters/DocId"},
          {"name": "from", "in": "query", "required": true, "schema": {"type": "integer"}}],
        "responses": {
          "200": {"description": "The diff", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftDiff"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/publish": {
      "post": {
        "summary": "Công bố: publish a version to the public and/or subordinate units between two dates (an earlier published version is superseded)",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["open", "close"],
          "properties": {
            "public": {"type": "boolean"},
            "units": {"type": "array", "items": {"type": "string"}},
            "open": {"type": "string", "format": "date"},
            "close": {"type": "string", "format": "date"}}}}}},
        "responses": {
          "200": {"description": "The version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DraftView"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/carried-comments": {
      "get": {
        "summary": "The comments of the previous version re-anchored to this one (exact, fuzzy or orphaned) and whether this version took them in",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The comments", "content": {"application/json": {"schema": {"type": "object"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/comments": {
      "get": {
        "summary": "Góp ý: the comments on a version, filtered",
        "parameters": [{"$ref": "#/components/parameters/DocId"},
          {"name": "section", "in": "query", "schema": {"type": "integer"}},
          {"name": "unit", "in": "query", "description": "A unit's code", "schema": {"type": "string"}},
          {"name": "source", "in": "query", "schema": {"type": "string", "enum": ["unit", "citizen", "former_leader"]}},
          {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["pending", "shown", "hidden"]}},
          {"name": "disposition", "in": "query", "schema": {"type": "string", "enum": ["accepted", "explained", "not_accepted", "undecided"]}},
          {"name": "group", "in": "query", "schema": {"type": "integer"}},
          {"name": "q", "in": "query", "description": "Text search", "schema": {"type": "string"}},
          {"$ref": "#/components/parameters/Offset"},
          {"$ref": "#/components/parameters/Limit"}],
        "responses": {
          "200": {"description": "One page", "content": {"application/json": {"schema": {
            "allOf": [{"$ref": "#/components/schemas/PageInfo"},
                      {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}}}]}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "A comment entered by a unit's clerk (possibly for the unit's meeting, with the members who agreed) or by the subcommittee",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["text"],
          "properties": {
            "section": {"type": "integer", "description": "0: the whole document"},
            "quote": {"type": "string"}, "occurrence": {"type": "integer"},
            "text": {"type": "string"},
            "source": {"type": "string", "enum": ["unit", "citizen", "former_leader"]},
            "org_code": {"type": "string"},
            "on_behalf_of_meeting": {"type": "boolean"},
            "agreed_members": {"type": "integer"},
            "citizen_name": {"type": "string"}, "citizen_contact": {"type": "string"}}}}}},
        "responses": {
          "201": {"description": "Stored (shown)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentRef"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/comments.xlsx": {
      "get": {
        "summary": "Every comment (same filters as the list) as XLSX: section, unit, source, status, disposition",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The workbook", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/comments/{id}/moderation": {
      "post": {
        "summary": "Duyệt: pending → shown / hidden (with a reason), or back",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["status"],
          "properties": {"status": {"type": "string", "enum": ["pending", "shown", "hidden"]}, "reason": {"type": "string"}}}}}},
        "responses": {
          "200": {"description": "Moderated", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/comments/{id}/disposition": {
      "post": {
        "summary": "Tiếp thu / giải trình: a comment's own disposition (null clears it: the comment follows its group)",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DispositionInput"}}}},
        "responses": {
          "200": {"description": "Set", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/comment-groups/{id}/disposition": {
      "post": {
        "summary": "The disposition of a group of near-duplicate comments (applies to every member without its own)",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DispositionInput"}}}},
        "responses": {
          "200": {"description": "Set", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/synthesis": {
      "get": {
        "summary": "Tổng hợp ý kiến: counts per section, unit and source, and the stored groups of near-duplicates (filtered)",
        "parameters": [{"$ref": "#/components/parameters/DocId"},
          {"name": "section", "in": "query", "schema": {"type": "integer"}},
          {"name": "unit", "in": "query", "schema": {"type": "string"}},
          {"name": "source", "in": "query", "schema": {"type": "string"}},
          {"name": "disposition", "in": "query", "schema": {"type": "string"}},
          {"name": "min_size", "in": "query", "schema": {"type": "integer"}},
          {"$ref": "#/components/parameters/Offset"},
          {"$ref": "#/components/parameters/Limit"}],
        "responses": {
          "200": {"description": "The synthesis", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Synthesis"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Group the shown comments again (near-duplicates by MinHash; a group keeps its disposition)",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {
          "type": "object", "properties": {"similarity": {"type": "number", "description": "Jaccard threshold, default 0.6"}}}}}},
        "responses": {
          "200": {"description": "The synthesis", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Synthesis"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/synthesis.xlsx": {
      "get": {
        "summary": "The synthesis as XLSX: groups, per section, per unit, per source",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The workbook", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/drafts/{id}/synthesis.pdf": {
      "get": {
        "summary": "BÁO CÁO tổng hợp ý kiến góp ý dự thảo: the printed synthesis in the Party document layout",
        "parameters": [{"$ref": "#/components/parameters/DocId"},
          {"name": "place", "in": "query", "description": "Place on the date line", "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "The PDF", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/public/drafts": {
      "get": {
        "summary": "PUBLIC (no session): the drafts open to citizens' comments today",
        "responses": {
          "200": {"description": "The drafts", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/PublicDraft"}}}}}}}
        }
      }
    },
    "/public/drafts/{id}": {
      "get": {
        "summary": "PUBLIC (no session): a draft published to the public, by section; a closed one answers is_open false with its dates",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "responses": {
          "200": {"description": "The draft", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PublicDraft"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/public/drafts/{id}/comments": {
      "post": {
        "summary": "PUBLIC (no session): a citizen's comment, pending moderation. `website` is a honeypot and must be empty",
        "parameters": [{"$ref": "#/components/parameters/DocId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["text"],
          "properties": {
            "name": {"type": "string"}, "contact": {"type": "string"},
            "text": {"type": "string", "maxLength": 5000},
            "section": {"type": "integer"}, "quote": {"type": "string"}, "occurrence": {"type": "integer"},
            "website": {"type": "string", "description": "Must be empty"}}}}}},
        "responses": {
          "201": {"description": "Received, pending", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentRef"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/Error"},
          "429": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "DocCode": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
    "DocTerm": {"name": "term", "in": "path", "required": true, "schema": {"type": "string"}, "example": "2020-2025"},
    "DocId": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}
  },
  "responses": {},
  "schemas": {
    "DraftText": {"type": "object", "required": ["text"], "properties": {
      "kind": {"type": "string"}, "title": {"type": "string"}, "change_log": {"type": "string"},
      "format": {"type": "string", "enum": ["markdown", "text"]}, "text": {"type": "string"}}},
    "DraftRef": {"type": "object", "properties": {"document_id": {"type": "integer"}, "version_id": {"type": "integer"}, "number": {"type": "integer"}}},
    "CommentRef": {"type": "object", "properties": {"id": {"type": "integer"}, "status": {"type": "string"}}},
    "Version": {"type": "object", "properties": {
      "id": {"type": "integer"}, "document_id": {"type": "integer"}, "number": {"type": "integer"},
      "status": {"type": "string", "enum": ["draft", "published", "superseded"]}, "status_label": {"type": "string"},
      "change_log": {"type": "string"}, "source_name": {"type": "string"}, "created_by": {"type": "string"},
      "created_at": {"type": "string"}, "sections": {"type": "integer"}, "paragraphs": {"type": "integer"}}},
    "DocumentSummary": {"type": "object", "properties": {
      "id": {"type": "integer"}, "org_code": {"type": "string"}, "org_name": {"type": "string"}, "term": {"type": "string"},
      "kind": {"type": "string"}, "kind_label": {"type": "string"}, "title": {"type": "string"}, "created_at": {"type": "string"},
      "versions": {"type": "array", "items": {"$ref": "#/components/schemas/Version"}}}},
    "Section": {"type": "object", "properties": {
      "ordinal": {"type": "integer"}, "heading": {"type": "string"}, "level": {"type": "integer"},
      "paragraphs": {"type": "array", "items": {"type": "object", "properties": {
        "ordinal": {"type": "integer"}, "key": {"type": "string"}, "text": {"type": "string"}}}}}},
    "DraftView": {"type": "object", "properties": {
      "document": {"$ref": "#/components/schemas/DocumentSummary"},
      "version": {"$ref": "#/components/schemas/Version"},
      "content": {"type": "object", "properties": {"sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}}}},
      "publication": {"type": "object", "nullable": true, "properties": {
        "is_public": {"type": "boolean"}, "units": {"type": "array", "items": {"type": "string"}},
        "open": {"type": "string", "format": "date"}, "close": {"type": "string", "format": "date"},
        "published_by": {"type": "string"}, "published_at": {"type": "string"}}},
      "takes_in_comments": {"type": "array", "items": {"type": "integer"}},
      "takes_in_groups": {"type": "array", "items": {"type": "integer"}},
      "comments": {"type": "object", "properties": {"pending": {"type": "integer"}, "shown": {"type": "integer"}, "hidden": {"type": "integer"}}}}},
    "DraftDiff": {"type": "object", "properties": {
      "from": {"type": "integer"}, "to": {"type": "integer"},
      "paragraphs_added": {"type": "integer"}, "paragraphs_removed": {"type": "integer"}, "paragraphs_changed": {"type": "integer"},
      "sections_added": {"type": "integer"}, "sections_removed": {"type": "integer"},
      "sections": {"type": "array", "items": {"type": "object"}}}},
    "Disposition": {"type": "object", "nullable": true, "properties": {
      "disposition": {"type": "string", "enum": ["accepted", "explained", "not_accepted"]}, "label": {"type": "string"},
      "explanation": {"type": "string"}, "decided_by": {"type": "string"}, "decided_at": {"type": "string"}}},
    "DispositionInput": {"type": "object", "properties": {
      "disposition": {"type": "string", "nullable": true, "enum": ["accepted", "explained", "not_accepted"]},
      "explanation": {"type": "string", "description": "Required for explained and not_accepted"}}},
    "Comment": {"type": "object", "properties": {
      "id": {"type": "integer"}, "version_id": {"type": "integer"}, "section": {"type": "integer"}, "section_heading": {"type": "string"},
      "anchor": {"type": "object"}, "text": {"type": "string"},
      "source": {"type": "string", "enum": ["unit", "citizen", "former_leader"]}, "source_label": {"type": "string"},
      "org_code": {"type": "string"}, "org_name": {"type": "string"},
      "on_behalf_of_meeting": {"type": "boolean"}, "agreed_members": {"type": "integer"},
      "citizen_name": {"type": "string"}, "citizen_contact": {"type": "string", "description": "Only for kPlan at the congress's organization"},
      "status": {"type": "string", "enum": ["pending", "shown", "hidden"]}, "status_label": {"type": "string"}, "hide_reason": {"type": "string"},
      "created_by": {"type": "string"}, "created_at": {"type": "string"},
      "group_id": {"type": "integer", "nullable": true},
      "disposition": {"$ref": "#/components/schemas/Disposition"},
      "group_disposition": {"$ref": "#/components/schemas/Disposition"},
      "effective": {"type": "string", "nullable": true}, "effective_label": {"type": "string"}, "effective_explanation": {"type": "string"}}},
    "CountRow": {"type": "object", "properties": {
      "comments": {"type": "integer"}, "agreed_members": {"type": "integer"}, "accepted": {"type": "integer"},
      "explained": {"type": "integer"}, "not_accepted": {"type": "integer"}, "undecided": {"type": "integer"}}},
    "CommentGroup": {"type": "object", "properties": {
      "id": {"type": "integer"}, "section": {"type": "integer"}, "section_heading": {"type": "string"},
      "representative_id": {"type": "integer"}, "representative_text": {"type": "string"},
      "size": {"type": "integer"}, "agreed_members": {"type": "integer"},
      "units": {"type": "array", "items": {"type": "string"}},
      "citizens": {"type": "integer"}, "former_leaders": {"type": "integer"}, "unit_comments": {"type": "integer"},
      "disposition": {"$ref": "#/components/schemas/Disposition"}}},
    "Synthesis": {"type": "object", "properties": {
      "document": {"$ref": "#/components/schemas/DocumentSummary"},
      "version": {"$ref": "#/components/schemas/Version"},
      "counts": {"type": "object", "properties": {
        "comments": {"type": "integer"},
        "per_section": {"type": "array", "items": {"$ref": "#/components/schemas/CountRow"}},
        "per_unit": {"type": "array", "items": {"$ref": "#/components/schemas/CountRow"}},
        "per_source": {"type": "array", "items": {"$ref": "#/components/schemas/CountRow"}}}},
      "pending": {"type": "integer"}, "groups_total": {"type": "integer"}, "comments_grouped": {"type": "integer"},
      "groups": {"type": "array", "items": {"$ref": "#/components/schemas/CommentGroup"}}}},
    "PublicDraft": {"type": "object", "properties": {
      "version_id": {"type": "integer"}, "title": {"type": "string"}, "kind": {"type": "string"}, "kind_label": {"type": "string"},
      "org_name": {"type": "string"}, "term": {"type": "string"}, "number": {"type": "integer"},
      "open": {"type": "string", "format": "date"}, "close": {"type": "string", "format": "date"},
      "is_open": {"type": "boolean"}, "state": {"type": "string", "enum": ["open", "closed", "not_yet_open"]},
      "sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
      "comments_on_document": {"type": "integer"}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
