// The `daihoi ballot print` case: what is read, and bad input named by its JSON path.
#include "json/ballot_json.h"

#include <gtest/gtest.h>

namespace daihoi::json {
namespace {

const char* kCase = R"({
  "election": {"id": "BADINH-2020-BCH", "kind": "committee", "seats": 2, "alternates": 0,
               "title": "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025",
               "superior": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
               "congress": "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI"},
  "candidates": [{"id": "c1", "name": "Trần Thị Bình", "birth_date": "20/11/1980"},
                 {"id": "c2", "name": "Nguye\u0302\u0303n Va\u0306n An"},
                 {"id": "c3", "name": "Lê Văn Cường", "birth_date": "1969-01-15"}]
})";

TEST(BallotJsonTest, ReadsTheCase) {
  Result<BallotCase> parsed = ParseBallotCaseText(kCase);
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  EXPECT_EQ(parsed->profile, "party-2024");
  EXPECT_EQ(parsed->election_id, "BADINH-2020-BCH");
  EXPECT_EQ(parsed->election.kind, election::ElectionKind::kCommittee);
  EXPECT_EQ(parsed->election.seats, 2);
  EXPECT_EQ(parsed->title, "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025");
  EXPECT_EQ(parsed->superior, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
  ASSERT_EQ(parsed->candidates.size(), 3u);
  EXPECT_EQ(parsed->candidates[0].birth_date->ToIso(), "1980-11-20");
  EXPECT_EQ(parsed->candidates[1].name, "Nguyễn Văn An");  // NFC
  EXPECT_FALSE(parsed->candidates[1].birth_date.has_value());
}

TEST(BallotJsonTest, BadInputNamesTheField) {
  struct Bad {
    const char* from;
    const char* to;
    const char* field;
  };
  const Bad cases[] = {
      {R"("seats": 2)", R"("seats": "two")", "election.seats"},
      {R"("seats": 2)", R"("seats": 0)", "election.seats"},
      {R"("kind": "committee")", R"("kind": "board")", "election.kind"},
      {R"("id": "BADINH-2020-BCH", )", "", "election.id"},
      {R"("title": "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025",)",
       R"("title": "",)", "election.title"},
      {R"("alternates": 0)", R"("alternates": -1)", "election.alternates"},
      {R"("birth_date": "20/11/1980")", R"("birth_date": "31/02/1980")",
       "candidates[0].birth_date"},
      {R"("id": "c3")", R"("id": "c1")", "candidates[2].id"},
      {R"("name": "Lê Văn Cường")", R"("name": 7)", "candidates[2].name"},
  };
  for (const Bad& bad : cases) {
    std::string text = kCase;
    const size_t at = text.find(bad.from);
    ASSERT_NE(at, std::string::npos) << bad.from;
    text.replace(at, std::string(bad.from).size(), bad.to);
    Result<BallotCase> parsed = ParseBallotCaseText(text);
    ASSERT_FALSE(parsed.ok()) << bad.to;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(parsed.error().field, bad.field) << parsed.error().message;
    EXPECT_EQ(parsed.error().message.rfind(bad.field, 0), 0u) << parsed.error().message;
  }
  EXPECT_EQ(ParseBallotCaseText("{").error().field, "case");
  EXPECT_EQ(ParseBallotCaseText(R"({"election": {}})").error().field, "election.id");
  EXPECT_EQ(ParseBallotCaseText(R"({"election": {"id": "E", "kind": "secretary", "seats": 1,
      "title": "T", "congress": "C"}, "candidates": []})")
                .error()
                .field,
            "candidates");
}

}  // namespace
}  // namespace daihoi::json
