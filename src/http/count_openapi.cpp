// The OpenAPI description of the elections and counting routes (count_api.cpp).
#include "http/count_api.h"

namespace daihoi::http {

const nlohmann::json& CountOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/congresses/{code}/{term}/elections": {
      "get": {
        "summary": "The elections of a congress, by id",
        "parameters": [{"$ref": "#/components/parameters/ElectionsCode"}, {"$ref": "#/components/parameters/ElectionsTerm"}],
        "responses": {
          "200": {"description": "Election views", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items", "total"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ElectionView"}}, "total": {"type": "integer"}}}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "Create an election of the congress (its list, rounds and count come later)",
        "parameters": [{"$ref": "#/components/parameters/ElectionsCode"}, {"$ref": "#/components/parameters/ElectionsTerm"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ElectionSetup"}}}},
        "responses": {
          "201": {"$ref": "#/components/responses/ElectionChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}": {
      "get": {
        "summary": "One election with its list (ballot order once locked) and rounds",
        "parameters": [{"$ref": "#/components/parameters/ElectionId"}],
        "responses": {
          "200": {"$ref": "#/components/responses/ElectionChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/candidates": {
      "put": {
        "summary": "Replace the list of candidates while it is not locked",
        "parameters": [{"$ref": "#/components/parameters/ElectionId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["candidates"],
          "properties": {"candidates": {"type": "array", "items": {"$ref": "#/components/schemas/ElectionCandidate"}}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/ElectionChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/counting-committee": {
      "put": {
        "summary": "Set the counting committee (ban kiểm phiếu), head first, until the first round closes",
        "parameters": [{"$ref": "#/components/parameters/ElectionId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["members"],
          "properties": {"members": {"type": "array", "items": {"type": "string"}, "description": "\"Nguyễn Văn A (Trưởng ban)\", …"}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/ElectionChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/lock": {
      "post": {
        "summary": "Lock the list: R-SURPLUS checked, ballot order (R-ORDER) and digest fixed, round 1 opened",
        "parameters": [{"$ref": "#/components/parameters/ElectionId"}],
        "responses": {
          "200": {"$ref": "#/components/responses/ElectionChanged"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/elections/{id}/ballots.pdf": {
      "get": {
        "summary": "The printed ballots (phiếu bầu cử) of a locked list, with the QR code of the election and list digest",
        "parameters": [{"$ref": "#/components/parameters/ElectionId"},
          {"name": "copies", "in": "query", "description": "Ballots (pages)", "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1}},
          {"name": "paper", "in": "query", "description": "Default: A5 when the list fits there at full size, else A4", "schema": {"type": "string", "enum": ["a4", "a5"]}}],
        "responses": {
          "200": {"description": "The ballots", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/entries": {
      "post": {
        "summary": "Append one clerk's entry of one ballot to the round's hash chain (a correction is a later entry for the same number)",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BallotEntryBody"}}}},
        "responses": {
          "201": {"description": "The entry as stored", "content": {"application/json": {"schema": {
            "type": "object", "required": ["seq", "clerk", "number", "hash", "prev_hash", "entered_at", "clerk_entries"],
            "properties": {"seq": {"type": "integer"}, "clerk": {"type": "string"}, "number": {"type": "integer"},
                           "hash": {"type": "string"}, "prev_hash": {"type": "string"}, "entered_at": {"type": "string"},
                           "clerk_entries": {"type": "integer", "description": "This clerk's distinct ballots so far (retracted numbers left out)"}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      },
      "get": {
        "summary": "The round's entries in seq order",
        "parameters": [{"$ref": "#/components/parameters/RoundId"},
          {"name": "clerk", "in": "query", "description": "Only this clerk's entries", "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "Entries", "content": {"application/json": {"schema": {
            "type": "object", "required": ["items", "total"],
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/BallotEntry"}}, "total": {"type": "integer"}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/count": {
      "get": {
        "summary": "The round's count as it stands: the clerks' entries reconciled, the agreed ballots tallied",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "responses": {
          "200": {"$ref": "#/components/responses/CountChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/close": {
      "post": {
        "summary": "Close the round once every ballot is agreed: the roll's convened count (R-THRESHOLD), issued ballots and the chain head are frozen",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CloseRequest"}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/CountChanged"},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/next": {
      "post": {
        "summary": "Open the next round a closed round calls for: a re-vote among the tied (R-TIE) or a further round (R-ROUNDS)",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {
          "type": "object", "properties": {"congress_decided": {"type": "boolean", "description": "The congress voted for a further round (R-ROUNDS)"}}}}}},
        "responses": {
          "201": {"description": "The new round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ElectionRound"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"},
          "422": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/verify": {
      "get": {
        "summary": "Recompute the round's hash chain; the first entry that does not match",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "responses": {
          "200": {"description": "The check", "content": {"application/json": {"schema": {
            "type": "object", "required": ["entries", "head", "ok", "first_bad_seq"],
            "properties": {"entries": {"type": "integer"}, "head": {"type": "string"}, "ok": {"type": "boolean"},
                           "first_bad_seq": {"type": "integer", "nullable": true}}}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/minutes.pdf": {
      "get": {
        "summary": "The vote-counting minutes (biên bản kiểm phiếu) of a closed round, with the entry log as an annex",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "responses": {
          "200": {"description": "The minutes", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/rounds/{id}/events": {
      "get": {
        "summary": "Server-sent events for a projector: an event \"count\" with the count view on connect, after every entry and when the round closes (then the stream ends); at most 4 streams, each up to 2 hours",
        "parameters": [{"$ref": "#/components/parameters/RoundId"}],
        "responses": {
          "200": {"description": "text/event-stream: `event: count` lines whose data is a CountView", "content": {"text/event-stream": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "parameters": {
    "ElectionsCode": {"name": "code", "in": "path", "required": true, "description": "The organization holding the congress", "schema": {"type": "string"}},
    "ElectionsTerm": {"name": "term", "in": "path", "required": true, "description": "2020-2025", "schema": {"type": "string"}},
    "ElectionId": {"name": "id", "in": "path", "required": true, "description": "Election id", "schema": {"type": "integer"}},
    "RoundId": {"name": "id", "in": "path", "required": true, "description": "Round id", "schema": {"type": "integer"}}
  },
  "responses": {
    "ElectionChanged": {"description": "The election view", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ElectionView"}}}},
    "CountChanged": {"description": "The count view", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CountView"}}}}
  },
  "schemas": {
    "ElectionKind": {"type": "string", "enum": ["committee", "standing_committee", "secretary", "deputy_secretary", "inspection", "inspection_chair", "delegates"]},
    "ElectionSetup": {"type": "object", "required": ["kind", "seats", "title"], "properties": {
      "kind": {"$ref": "#/components/schemas/ElectionKind"},
      "seats": {"type": "integer", "minimum": 1}, "alternates": {"type": "integer", "minimum": 0, "description": "Delegates elections only"},
      "title": {"type": "string"}, "profile": {"type": "string", "default": "party-2024"},
      "required_clerks": {"type": "integer", "minimum": 1, "maximum": 3, "default": 2, "description": "Independent entries each ballot needs"},
      "counting_committee": {"type": "array", "items": {"type": "string"}, "description": "Head first"}}},
    "ElectionCandidate": {"type": "object", "required": ["id", "full_name"], "properties": {
      "id": {"type": "string"}, "full_name": {"type": "string"},
      "birth_date": {"type": "string", "format": "date", "nullable": true},
      "member_id": {"type": "string"}, "gender": {"type": "string", "enum": ["male", "female", ""]}}},
    "ElectionRound": {"type": "object",
      "required": ["id", "number", "kind", "seats", "alternates", "candidates", "closed", "closed_at", "chain_head"],
      "properties": {
        "id": {"type": "integer"}, "number": {"type": "integer"},
        "kind": {"type": "string", "enum": ["first", "revote_tied", "further_round"]},
        "seats": {"type": "integer"}, "alternates": {"type": "integer"},
        "candidates": {"type": "array", "items": {"type": "integer"}, "description": "1-based positions in the election's list"},
        "closed": {"type": "boolean"}, "closed_at": {"type": "string", "nullable": true},
        "chain_head": {"type": "string", "nullable": true, "description": "Hash of the last entry, frozen at close"}}},
    "ElectionView": {"type": "object",
      "required": ["id", "org_code", "org_name", "term", "kind", "seats", "alternates", "title", "profile", "required_clerks", "counting_committee", "locked", "list_digest", "locked_at", "created_at", "qr_payload", "surplus", "candidates", "rounds"],
      "properties": {
        "id": {"type": "integer"}, "org_code": {"type": "string"}, "org_name": {"type": "string"}, "term": {"type": "string"},
        "kind": {"$ref": "#/components/schemas/ElectionKind"}, "seats": {"type": "integer"}, "alternates": {"type": "integer"},
        "title": {"type": "string"}, "profile": {"type": "string"}, "required_clerks": {"type": "integer"},
        "counting_committee": {"type": "array", "items": {"type": "string"}},
        "locked": {"type": "boolean"},
        "list_digest": {"type": "string", "nullable": true, "description": "SHA-256 of the locked list (app/ballot.h)"},
        "locked_at": {"type": "string", "nullable": true}, "created_at": {"type": "string"},
        "qr_payload": {"type": "string", "nullable": true, "description": "DAIHOI-BALLOT/1/E<id>/<digest>, once locked"},
        "surplus": {"type": "object", "properties": {"candidates": {"type": "integer"},
          "seats": {"type": "integer", "description": "Places: seats plus alternates"},
          "ratio": {"type": "number", "description": "(candidates − seats) / seats in percent, two decimals (R-SURPLUS)"}}},
        "candidates": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/ElectionCandidate"},
          {"type": "object", "required": ["position"], "properties": {"position": {"type": "integer", "description": "1-based"}}}]}},
        "rounds": {"type": "array", "items": {"$ref": "#/components/schemas/ElectionRound"}}}},
    "EnteredBallot": {"type": "object", "properties": {
      "struck": {"type": "array", "items": {"type": "integer"}, "description": "0-based indexes in the round's list"},
      "marks": {"type": "object", "additionalProperties": {"type": "string", "enum": ["agree", "disagree", "both", "none"]}, "description": "0-based index → mark (a list without surplus)"},
      "write_in": {"type": "array", "items": {"type": "string"}},
      "unofficial": {"type": "boolean"}, "marked": {"type": "boolean"}}},
    "BallotEntryBody": {"allOf": [{"$ref": "#/components/schemas/EnteredBallot"},
      {"type": "object", "required": ["clerk", "number"], "properties": {
        "clerk": {"type": "string"}, "number": {"type": "integer", "minimum": 1},
        "retracted": {"type": "boolean", "description": "The number was entered by mistake: no such ballot"},
        "qr": {"type": "string", "nullable": true, "description": "Payload scanned from the ballot's QR code; refused (400, field qr) unless it is the election's qr_payload"}}}]},
    "BallotEntry": {"type": "object", "required": ["seq", "clerk", "number", "payload", "entered_at", "prev_hash", "hash"], "properties": {
      "seq": {"type": "integer"}, "clerk": {"type": "string"}, "number": {"type": "integer"},
      "payload": {"type": "string", "description": "Canonical text of the ballot (election/counting.h EncodeEntry)"},
      "entered_at": {"type": "string"}, "prev_hash": {"type": "string"}, "hash": {"type": "string"}}},
    "CloseRequest": {"type": "object", "properties": {
      "issued": {"type": "integer", "minimum": 0, "nullable": true, "description": "Ballots handed out"},
      "convened": {"type": "integer", "minimum": 1, "nullable": true, "description": "Only for a congress without a roll in the product"},
      "exclusions": {"type": "array", "items": {"type": "object", "required": ["reason", "count"], "properties": {
        "reason": {"type": "string"}, "count": {"type": "integer"}}}}}},
    "TallyResult": {"type": "object", "description": "The document of `daihoi tally` (CONTRACTS.md, Election case)",
      "required": ["profile", "ballots", "threshold", "candidates", "elected", "alternates", "unfilled_seats", "unfilled_alternates", "tied", "next"],
      "properties": {
        "profile": {"type": "string"},
        "ballots": {"type": "object", "properties": {"issued": {"type": "integer"}, "received": {"type": "integer"},
          "valid": {"type": "integer"}, "invalid": {"type": "integer"},
          "invalid_by_reason": {"type": "object", "additionalProperties": {"type": "integer"}}}},
        "threshold": {"type": "object", "properties": {"convened": {"type": "integer"}, "excluded": {"type": "integer"},
          "denominator": {"type": "integer"}, "votes_needed": {"type": "integer"}}},
        "candidates": {"type": "array", "items": {"type": "object", "properties": {
          "id": {"type": "string"}, "name": {"type": "string"}, "votes": {"type": "integer"},
          "percent_of_valid": {"type": "number"}, "percent_of_denominator": {"type": "number"},
          "status": {"type": "string", "enum": ["elected", "alternate", "tied", "passed", "not_elected"]}}}},
        "elected": {"type": "array", "items": {"type": "string"}}, "alternates": {"type": "array", "items": {"type": "string"}},
        "unfilled_seats": {"type": "integer"}, "unfilled_alternates": {"type": "integer"},
        "tied": {"type": "array", "items": {"type": "string"}},
        "next": {"type": "string", "enum": ["none", "revote_tied", "further_round"]}}},
    "CountView": {"type": "object",
      "required": ["election", "round", "form", "candidates", "clerks", "reconciliation", "result", "chain"],
      "properties": {
        "election": {"type": "object", "properties": {"id": {"type": "integer"}, "title": {"type": "string"},
          "kind": {"$ref": "#/components/schemas/ElectionKind"}, "seats": {"type": "integer"}, "alternates": {"type": "integer"},
          "required_clerks": {"type": "integer"}, "org_code": {"type": "string"}, "term": {"type": "string"}}},
        "round": {"type": "object", "properties": {"id": {"type": "integer"}, "number": {"type": "integer"},
          "kind": {"type": "string", "enum": ["first", "revote_tied", "further_round"]},
          "seats": {"type": "integer"}, "alternates": {"type": "integer"}, "closed": {"type": "boolean"},
          "closed_at": {"type": "string", "nullable": true},
          "convened": {"type": "integer", "nullable": true, "description": "Frozen at close"},
          "exclusions": {"type": "array", "items": {"type": "object", "properties": {"reason": {"type": "string"}, "count": {"type": "integer"}}}},
          "issued": {"type": "integer", "nullable": true}, "chain_head": {"type": "string", "nullable": true}}},
        "form": {"type": "string", "enum": ["struck", "marks"], "description": "R-BALLOT-FORM"},
        "candidates": {"type": "array", "items": {"type": "object", "properties": {
          "index": {"type": "integer", "description": "0-based, as entries name them"},
          "position": {"type": "integer", "description": "1-based in the election's list"},
          "id": {"type": "string"}, "full_name": {"type": "string"}}}},
        "clerks": {"type": "array", "items": {"type": "object", "properties": {"clerk": {"type": "string"}, "entries": {"type": "integer"}}}},
        "reconciliation": {"type": "object", "properties": {
          "agreed": {"type": "integer"}, "pending": {"type": "array", "items": {"type": "integer"}},
          "closable": {"type": "boolean"},
          "disagreements": {"type": "array", "items": {"type": "object", "properties": {
            "number": {"type": "integer"},
            "versions": {"type": "array", "items": {"type": "object", "properties": {
              "clerk": {"type": "string"},
              "ballot": {"allOf": [{"$ref": "#/components/schemas/EnteredBallot"}], "nullable": true}}}}}}}}},
        "result": {"allOf": [{"$ref": "#/components/schemas/TallyResult"}], "nullable": true, "description": "Null while the convened count is unknown"},
        "chain": {"type": "object", "properties": {"head": {"type": "string"}, "ok": {"type": "boolean"}}}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
