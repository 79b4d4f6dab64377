// The OpenAPI description of the progress routes (progress_api.cpp).
#include "http/progress_api.h"

namespace daihoi::http {

const nlohmann::json& ProgressOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/progress.pdf": {
      "get": {
        "summary": "Báo cáo tiến độ: the progress of /progress as a printed Party document (per level, per subordinate organization, overdue and at-risk congresses, the forecast, the signature block)",
        "parameters": [
          {"$ref": "#/components/parameters/Root"},
          {"$ref": "#/components/parameters/AsOf"},
          {"name": "place", "in": "query", "description": "The place on the date line (Hà Nội)", "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "The document (attachment)", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/progress/forecast": {
      "get": {
        "summary": "When each level of the subtree will finish, from the dates on record: the latest end among held and scheduled congresses (an overdue one no earlier than as_of); none while any organization of the level is unscheduled",
        "parameters": [{"$ref": "#/components/parameters/Root"}, {"$ref": "#/components/parameters/AsOf"}],
        "responses": {
          "200": {"description": "Forecast", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Forecast"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      },
      "post": {
        "summary": "The same forecast for the plan's round, judged against the plan's windows per level (R-WINDOWS); the body is a plan as `daihoi plan check` reads it",
        "parameters": [{"$ref": "#/components/parameters/Root"}, {"$ref": "#/components/parameters/AsOf"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {
          "200": {"description": "Forecast", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Forecast"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "schemas": {
    "LevelForecast": {
      "type": "object",
      "required": ["level", "total", "held", "scheduled", "unscheduled", "overdue", "latest_end", "finish", "window", "verdict", "days_late"],
      "properties": {
        "level": {"type": "string"},
        "total": {"type": "integer"}, "held": {"type": "integer"}, "scheduled": {"type": "integer"},
        "unscheduled": {"type": "integer"}, "overdue": {"type": "integer"},
        "latest_end": {"type": "string", "format": "date", "nullable": true, "description": "The latest end among held and scheduled congresses, even while some are unscheduled"},
        "finish": {"type": "string", "format": "date", "nullable": true, "description": "The forecast; null while any organization of the level is unscheduled"},
        "window": {"type": "array", "nullable": true, "items": {"type": "string", "format": "date"}, "description": "The plan's window [start, end] for the level"},
        "verdict": {"type": "string", "enum": ["done", "on_time", "late", "unknown", "no_window"]},
        "days_late": {"type": "integer"}
      }
    },
    "Forecast": {
      "type": "object",
      "required": ["root", "as_of", "round_year", "finish", "levels", "at_risk"],
      "properties": {
        "root": {"type": "string"},
        "as_of": {"type": "string", "format": "date"},
        "round_year": {"type": "integer"},
        "finish": {"type": "string", "format": "date", "nullable": true, "description": "The latest level finish; null while any level has none"},
        "levels": {"type": "array", "items": {"$ref": "#/components/schemas/LevelForecast"}, "description": "The root's own level first, then the levels below by rank"},
        "at_risk": {"type": "array", "items": {"type": "object",
          "required": ["code", "name", "level", "reason", "planned_end", "expected_end", "window_end"],
          "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"},
                         "reason": {"type": "string", "enum": ["overdue", "after_window"]},
                         "planned_end": {"type": "string", "format": "date", "nullable": true},
                         "expected_end": {"type": "string", "format": "date"},
                         "window_end": {"type": "string", "format": "date", "nullable": true}}}}
      }
    }
  }
})json");
  return document;
}

}  // namespace daihoi::http
