// The OpenAPI description of the sign-in routes (auth_api.cpp).
#include "http/auth_api.h"

namespace daihoi::http {

const nlohmann::json& AuthOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/auth/login": {
      "post": {
        "summary": "Đăng nhập: sign in; sets the cookies daihoi_session (HttpOnly) and daihoi_csrf (SameSite=Strict, Secure over TLS)",
        "security": [],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoginRequest"}}}},
        "responses": {
          "200": {"description": "The session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "403": {"description": "Wrong login or password (one message for both)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "429": {"description": "Throttled or locked after failures; Retry-After gives the wait in seconds", "headers": {"Retry-After": {"schema": {"type": "integer"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/auth/me": {
      "get": {
        "summary": "The signed-in user (no new cookies)",
        "responses": {
          "200": {"description": "The session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
          "401": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/auth/logout": {
      "post": {
        "summary": "Đăng xuất: revoke the session and clear both cookies (X-CSRF-Token required)",
        "responses": {
          "204": {"description": "Signed out"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/auth/password": {
      "post": {
        "summary": "Đổi mật khẩu: change one's own password; every session of the user ends (X-CSRF-Token required)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {
          "type": "object", "required": ["old_password", "new_password"],
          "properties": {"old_password": {"type": "string"}, "new_password": {"type": "string", "description": "At least 10 characters"}}}}}},
        "responses": {
          "204": {"description": "Changed; the cookies are cleared: sign in again"},
          "400": {"$ref": "#/components/responses/Error"},
          "401": {"$ref": "#/components/responses/Error"},
          "403": {"$ref": "#/components/responses/Error"}
        }
      }
    }
  },
  "schemas": {
    "LoginRequest": {"type": "object", "required": ["login", "password"],
      "properties": {"login": {"type": "string"}, "password": {"type": "string"}}},
    "Session": {"type": "object", "required": ["login", "display_name", "grants", "csrf_token", "expires_at"],
      "properties": {
        "login": {"type": "string"},
        "display_name": {"type": "string"},
        "grants": {"type": "array", "items": {"type": "object", "required": ["role", "org_code", "term"],
          "properties": {
            "role": {"type": "string", "enum": ["administrator", "organization_board", "unit_clerk", "counting_clerk", "observer"]},
            "org_code": {"type": "string", "description": "The subtree's root; empty: every organization"},
            "term": {"type": "string", "description": "A counting clerk's congress term; empty otherwise"}}}},
        "csrf_token": {"type": "string", "description": "Send as X-CSRF-Token on every POST, PUT, PATCH, DELETE (equals the daihoi_csrf cookie)"},
        "expires_at": {"type": "string", "format": "date-time"}}}
  }
})json");
  return document;
}

}  // namespace daihoi::http
