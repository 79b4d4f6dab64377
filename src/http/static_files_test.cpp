#include "http/static_files.h"

#include <gtest/gtest.h>

namespace daihoi::http {
namespace {

TEST(MimeType, ByExtension) {
  EXPECT_EQ(MimeType("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(MimeType("index-BdX9a1Zq.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(MimeType("index-Cq3.css"), "text/css; charset=utf-8");
  EXPECT_EQ(MimeType("logo.SVG"), "image/svg+xml");
  EXPECT_EQ(MimeType("font.woff2"), "font/woff2");
  EXPECT_EQ(MimeType("README"), "application/octet-stream");
  EXPECT_EQ(MimeType("archive.tar.xz"), "application/octet-stream");
}

TEST(IsHashedAsset, OnlyViteHashedNamesUnderAssets) {
  EXPECT_TRUE(IsHashedAsset("/assets/index-BdX9a1Zq.js"));
  EXPECT_TRUE(IsHashedAsset("/assets/index-D_f3-kLm.css"));
  EXPECT_FALSE(IsHashedAsset("/assets/index.js"));
  EXPECT_FALSE(IsHashedAsset("/assets/index-abc.js"));
  EXPECT_FALSE(IsHashedAsset("/index-BdX9a1Zq.js"));
  EXPECT_FALSE(IsHashedAsset("/assets/sub/index-BdX9a1Zq.js"));
  EXPECT_FALSE(IsHashedAsset("/assets/index-BdX9a1Z!.js"));
}

TEST(ResolveStatic, RootNamesIndex) {
  EXPECT_EQ(*ResolveStatic("/srv/dist", "/"), std::filesystem::path("/srv/dist/index.html"));
  EXPECT_EQ(*ResolveStatic("/srv/dist", ""), std::filesystem::path("/srv/dist/index.html"));
}

TEST(ResolveStatic, JoinsSegments) {
  EXPECT_EQ(*ResolveStatic("/srv/dist", "/assets/app-12345678.js"),
            std::filesystem::path("/srv/dist/assets/app-12345678.js"));
  EXPECT_EQ(*ResolveStatic("/srv/dist", "//assets/./x.css"),
            std::filesystem::path("/srv/dist/assets/x.css"));
}

TEST(ResolveStatic, RefusesToLeaveTheRoot) {
  EXPECT_FALSE(ResolveStatic("/srv/dist", "/../etc/passwd").has_value());
  EXPECT_FALSE(ResolveStatic("/srv/dist", "/assets/../../x").has_value());
  EXPECT_FALSE(ResolveStatic("/srv/dist", "/..").has_value());
  EXPECT_FALSE(ResolveStatic("/srv/dist", "/a\\..\\b").has_value());
  EXPECT_FALSE(ResolveStatic("/srv/dist", std::string_view("/a\0b", 4)).has_value());
}

TEST(ChooseWebRoot, AnExplicitDirectoryWins) {
  EXPECT_EQ(ChooseWebRoot("/opt/daihoi/web"), std::filesystem::path("/opt/daihoi/web"));
}

}  // namespace
}  // namespace daihoi::http
