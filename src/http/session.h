#pragma once
// Who is acting on a request, and the request's CSRF check (docs/security.md, "Đăng nhập").
//
// A browser carries the session in the HttpOnly cookie `daihoi_session`; a script may send
// `Authorization: Bearer <token>` instead. Without either (or with an expired or revoked one)
// the request is anonymous: an actor with an empty login and no grants, which the use cases
// refuse except where the public may act.
//
// CSRF: the cookie `daihoi_csrf` (readable by the web app) holds a token derived from the
// session token, so nothing more is stored; every POST, PUT, PATCH and DELETE made with the
// session cookie must repeat it in the header `X-CSRF-Token`. A bearer token is never sent by a
// browser on its own, so it needs no CSRF token.

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::http {

inline constexpr std::string_view kSessionCookie = "daihoi_session";
inline constexpr std::string_view kCsrfCookie = "daihoi_csrf";
inline constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

// The value of a cookie of the request, nullopt when it has none of that name.
std::optional<std::string> RequestCookie(const httplib::Request& req, std::string_view name);

// The session token of the request: the `Authorization: Bearer` token, else the session cookie;
// empty when there is neither.
std::string SessionToken(const httplib::Request& req);

// The CSRF token of a session token: SHA-256 of a fixed prefix and the token (64 hex digits).
std::string CsrfToken(const std::string& session_token);

// The actor of the request's live session; the anonymous actor otherwise.
app::Actor RequestActor(const httplib::Request& req, app::Store& store);
bool IsAnonymous(const app::Actor& actor);

// For a state-changing request that carries the session cookie (and no bearer token): the
// header X-CSRF-Token must equal CsrfToken(cookie); else kForbidden with field `csrf`. Reads
// (GET, HEAD, OPTIONS) and the sign-in itself always pass.
Status CheckCsrf(const httplib::Request& req);

// What a use case's refusal means to the caller: kForbidden for an anonymous actor becomes
// kUnauthenticated (HTTP 401: sign in first); a signed-in actor outside its scope stays 403.
Error ForActor(Error error, const app::Actor& actor);

}  // namespace daihoi::http
