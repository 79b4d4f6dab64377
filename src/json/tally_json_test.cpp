// The profile files load into exactly the values the engine's tests use, and the loader refuses
// files that drift from the engine (unknown or missing parameters, a wrong R-id).
#include "json/tally_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "election/test_profile.h"
#include "profiles/embedded_profiles.h"

namespace daihoi::json {
namespace {

using election::Profile;

void ExpectSameShare(const election::Share& a, const election::Share& b) {
  EXPECT_EQ(a.comparison, b.comparison);
  EXPECT_EQ(a.fraction.numerator, b.fraction.numerator);
  EXPECT_EQ(a.fraction.denominator, b.fraction.denominator);
}

TEST(ProfileTest, Party2024FileMatchesTheEngineFixture) {
  Result<Profile> loaded = LoadProfile("party-2024");
  ASSERT_TRUE(loaded.ok()) << loaded.error().Describe();
  const Profile want = election::Party2024ForTest();
  EXPECT_EQ(loaded->id, "party-2024");
  EXPECT_EQ(loaded->surplus.committee_max.numerator, 30);
  EXPECT_EQ(loaded->surplus.committee_max.denominator, 100);
  EXPECT_EQ(loaded->surplus.small_committee_min_seats, 3);
  EXPECT_EQ(loaded->surplus.small_committee_max_seats, 5);
  EXPECT_EQ(loaded->surplus.small_committee_max_surplus, 1);
  EXPECT_EQ(loaded->surplus.convening_list_min.numerator, 10);
  EXPECT_EQ(loaded->surplus.convening_list_max.numerator, 15);
  EXPECT_EQ(loaded->surplus.delegates_max.numerator, 30);
  EXPECT_EQ(loaded->floor_gate_method, election::FloorGateMethod::kSecretPoll);
  ExpectSameShare(loaded->floor_gate_share, want.floor_gate_share);
  EXPECT_EQ(loaded->write_in_invalid, want.write_in_invalid);
  EXPECT_EQ(loaded->marked_invalid, want.marked_invalid);
  EXPECT_EQ(loaded->ambiguous_single_invalid, want.ambiguous_single_invalid);
  EXPECT_EQ(loaded->delegates_ballot_includes_alternates,
            want.delegates_ballot_includes_alternates);
  EXPECT_EQ(loaded->ballot_order, want.ballot_order);
  ExpectSameShare(loaded->quorum, want.quorum);
  ExpectSameShare(loaded->confidence_quorum, want.confidence_quorum);
  ExpectSameShare(loaded->confidence_low_consider, want.confidence_low_consider);
  ExpectSameShare(loaded->confidence_low_remove, want.confidence_low_remove);
  EXPECT_EQ(loaded->confidence_base, want.confidence_base);
  ExpectSameShare(loaded->show_of_hands, want.show_of_hands);
  EXPECT_EQ(loaded->show_of_hands_base, want.show_of_hands_base);
}

TEST(ProfileTest, Party2014DecidesFloorNominationsByShowOfHands) {  // R-FLOOR-GATE
  Result<Profile> loaded = LoadProfile("party-2014");
  ASSERT_TRUE(loaded.ok()) << loaded.error().Describe();
  EXPECT_EQ(loaded->floor_gate_method, election::FloorGateMethod::kShowOfHands);
}

TEST(ProfileTest, EmbeddedCopiesMatchTheFiles) {
  // The binary's copies are made at build time from profiles/*.json and must equal them.
  ASSERT_EQ(daihoi::profiles::EmbeddedProfiles().size(), 2u);
  for (const auto& embedded : daihoi::profiles::EmbeddedProfiles()) {
    std::ifstream in(std::string(DAIHOI_SOURCE_DIR) + "/profiles/" + std::string(embedded.id) +
                     ".json");
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(file, embedded.text) << embedded.id;
    Result<Profile> parsed = ParseProfile(embedded.text, std::string(embedded.id));
    ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
    EXPECT_EQ(parsed->id, embedded.id);
  }
  EXPECT_EQ(KnownProfiles(), "party-2014, party-2024");
}

std::string Party2024Text() {
  std::ifstream in(std::string(DAIHOI_SOURCE_DIR) + "/profiles/party-2024.json");
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(ProfileTest, RefusesDrift) {
  nlohmann::json profile = nlohmann::json::parse(Party2024Text());
  nlohmann::json wrong_rule = profile;
  wrong_rule["parameters"]["quorum"]["rule"] = "R-THRESHOLD";
  Result<Profile> result = ParseProfile(wrong_rule.dump(), "x.json");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("parameters.quorum.rule"), std::string::npos);

  nlohmann::json missing = profile;
  missing["parameters"].erase("tie_handling");
  result = ParseProfile(missing.dump(), "x.json");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("R-TIE"), std::string::npos);

  nlohmann::json unknown = profile;
  unknown["parameters"]["older_wins"] = {{"rule", "R-TIE"}, {"value", true}};
  EXPECT_FALSE(ParseProfile(unknown.dump(), "x.json").ok());

  nlohmann::json older = profile;
  older["parameters"]["tie_handling"]["value"] = "older_wins";  // R-TIE forbids it
  EXPECT_FALSE(ParseProfile(older.dump(), "x.json").ok());

  nlohmann::json bad_fraction = profile;
  bad_fraction["parameters"]["surplus_committee_max"]["value"] = "0.3";
  EXPECT_FALSE(ParseProfile(bad_fraction.dump(), "x.json").ok());
}

TEST(ProfileTest, UnknownIdIsBadInput) {
  Result<Profile> result = LoadProfile("../etc/passwd");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
  EXPECT_FALSE(LoadProfile("party-1999").ok());
}

TEST(TallyJsonTest, MissingProfileMeansTheCurrentRegulation) {
  Result<nlohmann::ordered_json> result = TallyCaseText(R"({
    "election": {"kind": "secretary", "seats": 1, "congress_kind": "members", "convened": 3},
    "candidates": [{"id": "s1", "name": "Nguyễn Văn An"}],
    "ballots": [{"marks": {"s1": "agree"}}, {"marks": {"s1": "agree"}}]})");
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  EXPECT_EQ((*result)["profile"], "party-2024");
  EXPECT_FALSE(result->at("ballots").contains("issued"));
  EXPECT_EQ((*result)["elected"], nlohmann::ordered_json::array({"s1"}));
}

}  // namespace
}  // namespace daihoi::json
