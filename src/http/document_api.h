#pragma once
// The routes of draft congress documents and the consultation on them (docs/api.md, "Draft
// documents and comments"; use cases in app/documents.h): a congress's documents and their
// versions (import a .docx, .md or .txt file, show, diff, publish), the comments (list with
// filters, a unit's comments entered by its clerk, moderation), the synthesis (near-duplicate
// groups with counts, dispositions) and its exports (XLSX, and the PDF in the Party document
// layout); and the PUBLIC page's routes under /public, which need no session: the published
// draft by section and a citizen's comment (honeypot, size limits, 413 for an oversized body,
// 429 with Retry-After when the address sent too many).

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

struct DocumentApiOptions {
  bool trust_proxy = false;        // the client address from X-Forwarded-For (auth_api.h)
  size_t max_public_body = 32768;  // bytes of a public comment's request; larger: 413
};

std::vector<RouteInfo> DocumentRoutes();
void RegisterDocumentRoutes(httplib::Server& server, StorePool& pool,
                            const DocumentApiOptions& options = {});
// "paths", "parameters", "responses", "schemas", merged by openapi.cpp.
const nlohmann::json& DocumentOpenApi();

}  // namespace daihoi::http
