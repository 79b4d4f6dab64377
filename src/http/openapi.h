#pragma once
// The OpenAPI 3 description of the API, served at GET /api/v1/openapi.json. Hand-written and
// kept complete: openapi_test.cpp checks it names every route.

#include <string_view>

namespace daihoi::http {

std::string_view OpenApiDocument();

}  // namespace daihoi::http
