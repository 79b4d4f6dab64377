#include "text/legacy.h"

#include <gtest/gtest.h>

#include <string>

namespace daihoi::text {
namespace {

// Bytes as saved by a .VnTime (TCVN3) or VNI-Times spreadsheet, each byte one Latin-1 char.
std::string Latin1ToUtf8(std::string_view bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

TEST(LegacyTest, Tcvn3RealWords) {
  // "NguyÔn V¨n An": Ô (0xD4) is ễ, ¨ (0xA8) is ă.
  EXPECT_EQ(FromTcvn3(Latin1ToUtf8("Nguy\xD4n V\xA8n An")), "Nguyễn Văn An");
  // "§¶ng bé ph­êng Qu¸n Th¸nh"
  EXPECT_EQ(FromTcvn3(Latin1ToUtf8("\xA7\xB6ng b\xE9 ph\xAD\xEAng Qu\xB8n Th\xB8nh")),
            "Đảng bộ phường Quán Thánh");
  // "TrÇn ThÞ B×nh", "Hoµng", "Lª", "Ph¹m", "§Æng", "Bïi", "§ç".
  EXPECT_EQ(FromTcvn3(Latin1ToUtf8("Tr\xC7n Th\xDE B\xD7nh")), "Trần Thị Bình");
  EXPECT_EQ(FromTcvn3(Latin1ToUtf8("Ho\xB5ng L\xAA Ph\xB9m \xA7\xC6ng B\xEFi \xA7\xE7")),
            "Hoàng Lê Phạm Đặng Bùi Đỗ");
  // Raw bytes (not UTF-8) are read the same way.
  EXPECT_EQ(FromTcvn3("Nguy\xD4n V\xA8n An"), "Nguyễn Văn An");
}

TEST(LegacyTest, VniRealWords) {
  EXPECT_EQ(FromVni(Latin1ToUtf8("Nguye\xE3n Va\xEAn An")), "Nguyễn Văn An");
  EXPECT_EQ(FromVni(Latin1ToUtf8("\xD1\x61\xFBng bo\xE4 ph\xF6\xF4\xF8ng Qua\xF9n Tha\xF9nh")),
            "Đảng bộ phường Quán Thánh");
  EXPECT_EQ(FromVni(Latin1ToUtf8("Tra\xE0n Th\xF2 Bi\xF9\x63h")), "Trần Thị Bích");
  EXPECT_EQ(FromVni(Latin1ToUtf8("Kh\xF6\xF4ng")), "Khương");
  // Capitals use the upper-case mark bytes.
  EXPECT_EQ(FromVni(Latin1ToUtf8("\xD1\x41\xDBNG")), "ĐẢNG");
  // Raw bytes work too.
  EXPECT_EQ(FromVni("Le\xE2 Va\xEAn Ba\xF9u"), "Lê Văn Báu");
}

TEST(LegacyTest, DetectsEncodings) {
  EXPECT_EQ(DetectLegacy(Latin1ToUtf8("Nguy\xD4n V\xA8n An")), LegacyEncoding::kTcvn3);
  EXPECT_EQ(DetectLegacy(Latin1ToUtf8("\xA7\xB6ng b\xE9 ph\xAD\xEAng Qu\xB8n Th\xB8nh")),
            LegacyEncoding::kTcvn3);
  EXPECT_EQ(DetectLegacy(Latin1ToUtf8("Nguye\xE3n Va\xEAn An")), LegacyEncoding::kVni);
  EXPECT_EQ(DetectLegacy(Latin1ToUtf8("\xD1\x61\xFBng bo\xE4 ph\xF6\xF4\xF8ng Qua\xF9n Tha\xF9nh")),
            LegacyEncoding::kVni);
}

TEST(LegacyTest, UnicodeIsLeftAlone) {
  EXPECT_EQ(DetectLegacy("Nguyễn Văn An"), LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacy("Đảng bộ phường Quán Thánh"), LegacyEncoding::kNone);
  // Words that use only Latin-1 letters read correctly as they are.
  EXPECT_EQ(DetectLegacy("Lê Hà"), LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacy("Hoà Vang"), LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacy("BADINH-QUANTHANH"), LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacy(""), LegacyEncoding::kNone);
}

}  // namespace
}  // namespace daihoi::text
