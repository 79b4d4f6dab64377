#include "http/openapi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "http/api.h"

namespace daihoi::http {
namespace {

nlohmann::json Document() { return nlohmann::json::parse(OpenApiDocument()); }

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

TEST(OpenApi, IsValidJsonOfVersion3) {
  auto document = Document();
  EXPECT_EQ(document["openapi"].get<std::string>().substr(0, 2), "3.");
  EXPECT_EQ(document["servers"][0]["url"], "/api/v1");
}

TEST(OpenApi, DescribesEveryRegisteredRoute) {
  auto document = Document();
  const auto& paths = document["paths"];
  for (const auto& route : ApiRoutes()) {
    std::string path(route.path);
    ASSERT_TRUE(paths.contains(path)) << path;
    EXPECT_TRUE(paths[path].contains(Lower(route.method))) << route.method << " " << path;
  }
}

TEST(OpenApi, HasNoPathThatIsNotRegistered) {
  auto document = Document();
  auto routes = ApiRoutes();
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      bool registered = std::any_of(routes.begin(), routes.end(), [&](const RouteInfo& route) {
        return route.path == path && Lower(route.method) == method;
      });
      EXPECT_TRUE(registered) << method << " " << path;
    }
  }
}

TEST(OpenApi, EveryReferenceResolves) {
  auto document = Document();
  std::function<void(const nlohmann::json&)> visit = [&](const nlohmann::json& node) {
    if (node.is_object()) {
      for (const auto& [key, value] : node.items()) {
        if (key == "$ref") {
          std::string ref = value.get<std::string>();
          ASSERT_EQ(ref.rfind("#/", 0), 0u) << ref;
          auto pointer = nlohmann::json::json_pointer(ref.substr(1));
          EXPECT_TRUE(document.contains(pointer)) << ref;
        } else {
          visit(value);
        }
      }
    } else if (node.is_array()) {
      for (const auto& item : node) visit(item);
    }
  };
  visit(document);
}

}  // namespace
}  // namespace daihoi::http
