// The elections and counting JSON: the entry body with bad input named by field, ballots back
// out, the election view's positions and surplus, the count view's reconciliation and result.
#include "json/count_json.h"

#include <gtest/gtest.h>

#include "election/counting.h"
#include "election/tally.h"
#include "json/tally_json.h"

namespace daihoi::json {
namespace {

using nlohmann::json;

TEST(CountJsonTest, ReadsAStruckEntry) {
  auto parsed = EntryFromJson(json::parse(
      R"({"clerk": "Máy 1", "number": 17, "struck": [5, 0], "write_in": ["Lê Văn X"],
          "unofficial": true})"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  EXPECT_EQ(parsed->clerk, "Máy 1");
  EXPECT_EQ(parsed->entry.number, 17);
  EXPECT_FALSE(parsed->entry.retracted);
  const election::Ballot& ballot = parsed->entry.ballot;
  EXPECT_EQ(ballot.form, election::Ballot::Form::kStruck);
  EXPECT_EQ(ballot.struck, (std::vector<int>{5, 0}));
  EXPECT_EQ(ballot.write_in, (std::vector<std::string>{"Lê Văn X"}));
  EXPECT_TRUE(ballot.unofficial);
  EXPECT_FALSE(ballot.marked);
  EXPECT_EQ(BallotToJson(ballot).dump(),
            R"({"struck":[0,5],"write_in":["Lê Văn X"],"unofficial":true})");
}

TEST(CountJsonTest, ReadsMarksInIndexOrder) {
  auto parsed = EntryFromJson(
      json::parse(R"({"clerk": "B", "number": 2, "marks": {"10": "agree", "2": "disagree"}})"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  const election::Ballot& ballot = parsed->entry.ballot;
  EXPECT_EQ(ballot.form, election::Ballot::Form::kMarks);
  ASSERT_EQ(ballot.marks.size(), 2u);
  EXPECT_EQ(ballot.marks[0].candidate, 2);
  EXPECT_EQ(ballot.marks[0].mark, election::Mark::kDisagree);
  EXPECT_EQ(ballot.marks[1].candidate, 10);
  // A use case names the second mark `marks[1]`; the body names it by its key.
  Error error = EntryBodyError(InvalidInput("outside the list", "marks[1]"), parsed->entry);
  EXPECT_EQ(error.field, "marks.10");
  EXPECT_EQ(EntryBodyError(InvalidInput("x", "struck[0]"), parsed->entry).field, "struck[0]");
  EXPECT_EQ(BallotToJson(ballot).dump(), R"({"marks":{"2":"disagree","10":"agree"}})");
}

TEST(CountJsonTest, ARetractionNeedsNoBallot) {
  auto parsed = EntryFromJson(json::parse(R"({"clerk": "A", "number": 3, "retracted": true})"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().Describe();
  EXPECT_TRUE(parsed->entry.retracted);
  EXPECT_EQ(election::EncodeEntry(parsed->entry), "X");
}

TEST(CountJsonTest, BadEntriesNameTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"([1, 2])", "body"},
      {R"({"number": 1, "struck": []})", "clerk"},
      {R"({"clerk": 7, "number": 1})", "clerk"},
      {R"({"clerk": "A", "struck": []})", "number"},
      {R"({"clerk": "A", "number": 0})", "number"},
      {R"({"clerk": "A", "number": "17"})", "number"},
      {R"({"clerk": "A", "number": 1, "struck": [0, "1"]})", "struck[1]"},
      {R"({"clerk": "A", "number": 1, "struck": [0, 1.5]})", "struck[1]"},
      {R"({"clerk": "A", "number": 1, "struck": 3})", "struck"},
      {R"({"clerk": "A", "number": 1, "marks": {"0": "agree", "3": "maybe"}})", "marks.3"},
      {R"({"clerk": "A", "number": 1, "marks": {"x": "agree"}})", "marks.x"},
      {R"({"clerk": "A", "number": 1, "marks": {"-1": "agree"}})", "marks.-1"},
      {R"({"clerk": "A", "number": 1, "marks": [1]})", "marks"},
      {R"({"clerk": "A", "number": 1, "struck": [], "marks": {}})", "marks"},
      {R"({"clerk": "A", "number": 1, "write_in": ["ok", 3]})", "write_in[1]"},
      {R"({"clerk": "A", "number": 1, "unofficial": "yes"})", "unofficial"},
      {R"({"clerk": "A", "number": 1, "marked": 1})", "marked"},
      {R"({"clerk": "A", "number": 1, "retracted": null, "marked": null})", ""},
  };
  for (const auto& [body, field] : cases) {
    auto parsed = EntryFromJson(json::parse(body));
    if (std::string(field).empty()) {
      EXPECT_TRUE(parsed.ok()) << body;
      continue;
    }
    ASSERT_FALSE(parsed.ok()) << body;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidInput) << body;
    EXPECT_EQ(parsed.error().field, field) << body;
    EXPECT_FALSE(parsed.error().message.empty()) << body;
  }
}

TEST(CountJsonTest, ReadsTheOtherBodies) {
  auto setup = ElectionSetupFromJson(json::parse(
      R"({"kind": "committee", "seats": 5, "title": "Bầu Ban Chấp hành",
          "counting_committee": ["Nguyễn Văn A", "Trần Thị B"]})"));
  ASSERT_TRUE(setup.ok()) << setup.error().Describe();
  EXPECT_EQ(setup->kind, election::ElectionKind::kCommittee);
  EXPECT_EQ(setup->seats, 5);
  EXPECT_EQ(setup->alternates, 0);
  EXPECT_EQ(setup->profile, "party-2024");
  EXPECT_EQ(setup->required_clerks, 2);
  EXPECT_EQ(setup->counting_committee.size(), 2u);
  EXPECT_EQ(ElectionSetupFromJson(json::parse(R"({"kind": "king", "seats": 1, "title": "x"})"))
                .error()
                .field,
            "kind");
  EXPECT_EQ(
      ElectionSetupFromJson(json::parse(R"({"kind": "committee", "title": "x"})")).error().field,
      "seats");
  EXPECT_EQ(ElectionSetupFromJson(json::parse(R"({"kind": "committee", "seats": 3, "title": "x",
                                "counting_committee": ["A", null]})"))
                .error()
                .field,
            "counting_committee[1]");

  auto candidates = CandidatesFromJson(json::parse(
      R"({"candidates": [{"id": "c1", "full_name": "Lê Văn A", "birth_date": "02/03/1970",
                          "gender": "male"}]})"));
  ASSERT_TRUE(candidates.ok()) << candidates.error().Describe();
  EXPECT_EQ((*candidates)[0].birth_date->ToIso(), "1970-03-02");
  EXPECT_EQ(CandidatesFromJson(json::parse(
                                   R"({"candidates": [{"id": "c1", "full_name": "A"},
                                   {"id": "c2", "full_name": "B", "birth_date": "31/02/1970"}]})"))
                .error()
                .field,
            "candidates[1].birth_date");
  EXPECT_EQ(
      CandidatesFromJson(json::parse(R"({"candidates": [{"full_name": "A"}]})")).error().field,
      "candidates[0].id");
  EXPECT_EQ(CommitteeFromJson(json::parse(R"({})")).error().field, "members");

  auto close = CloseRequestFromJson(json::parse(
      R"({"issued": 120, "convened": null, "exclusions": [{"reason": "absent_with_reason", "count": 2}]})"));
  ASSERT_TRUE(close.ok()) << close.error().Describe();
  EXPECT_EQ(close->issued, 120);
  EXPECT_FALSE(close->convened.has_value());
  ASSERT_EQ(close->exclusions.size(), 1u);
  EXPECT_EQ(close->exclusions[0].reason, election::ExclusionReason::kAbsentWithReason);
  EXPECT_EQ(CloseRequestFromJson(json::parse(R"({"issued": -1})")).error().field, "issued");
  EXPECT_EQ(
      CloseRequestFromJson(json::parse(R"({"exclusions": [{"reason": "bored", "count": 1}]})"))
          .error()
          .field,
      "exclusions[0].reason");
  EXPECT_TRUE(*CongressDecidedFromJson(json::parse(R"({"congress_decided": true})")));
  EXPECT_FALSE(*CongressDecidedFromJson(json::object()));
}

app::ElectionView LockedView() {
  app::ElectionView view;
  view.election.id = 7;
  view.election.org_code = "BADINH";
  view.election.term = "2020-2025";
  view.election.seats = 3;
  view.election.title = "Bầu Ban Chấp hành";
  view.election.profile = "party-2024";
  view.election.list_digest = std::string(64, 'a');
  view.election.locked_at = "2020-06-15T08:00:00Z";
  view.candidates = {{"c2", "Lê Văn B", Date::Parse("1970-01-02"), "", "male"},
                     {"c1", "Nguyễn Văn A", std::nullopt, "M1", ""},
                     {"c3", "Trần Thị C", std::nullopt, "", "female"},
                     {"c4", "Phạm Văn D", std::nullopt, "", ""}};
  app::RoundRecord round;
  round.id = 11;
  round.election_id = 7;
  round.seats = 3;
  round.candidates = {0, 1, 2, 3};
  view.rounds.push_back(round);
  return view;
}

TEST(CountJsonTest, ElectionViewNumbersPositionsFromOne) {
  auto out = ElectionViewToJson(LockedView(), "Đảng bộ quận Ba Đình");
  EXPECT_EQ(out["org_name"], "Đảng bộ quận Ba Đình");
  EXPECT_EQ(out["locked"], true);
  EXPECT_EQ(out["qr_payload"], "DAIHOI-BALLOT/1/E7/" + std::string(64, 'a'));
  EXPECT_EQ(out["candidates"][0]["position"], 1);
  EXPECT_EQ(out["candidates"][0]["birth_date"], "1970-01-02");
  EXPECT_TRUE(out["candidates"][1]["birth_date"].is_null());
  EXPECT_EQ(out["surplus"].dump(), R"({"candidates":4,"seats":3,"ratio":33.33})");
  EXPECT_EQ(out["rounds"][0]["candidates"].dump(), "[1,2,3,4]");
  EXPECT_TRUE(out["rounds"][0]["closed_at"].is_null());

  app::ElectionView open = LockedView();
  open.election.list_digest.clear();
  open.election.locked_at.clear();
  open.rounds.clear();
  auto unlocked = ElectionViewToJson(open, "");
  EXPECT_EQ(unlocked["locked"], false);
  EXPECT_TRUE(unlocked["qr_payload"].is_null());
  EXPECT_TRUE(unlocked["list_digest"].is_null());
}

TEST(CountJsonTest, CountViewCarriesTheTallyDocument) {
  app::ElectionView election = LockedView();
  app::CountView view;
  view.election = election.election;
  view.round = election.rounds[0];
  view.candidates = election.candidates;
  view.clerks = {"Máy 1", "Máy 2"};
  view.entries_per_clerk = {3, 2};
  election::Ballot a;
  a.struck = {0};
  election::Ballot b;
  b.struck = {1};
  auto reconciliation =
      election::Reconcile({{"Máy 1", {{1, a, false}, {2, a, false}, {3, b, false}}},
                           {"Máy 2", {{1, a, false}, {2, b, false}}}},
                          2);
  ASSERT_TRUE(reconciliation.ok());
  view.reconciliation = *reconciliation;
  view.chain_head = "abc";

  auto open = CountViewToJson(view, true);
  EXPECT_EQ(open["form"], "struck");
  EXPECT_TRUE(open["result"].is_null());
  EXPECT_EQ(open["reconciliation"]["agreed"], 1);
  EXPECT_EQ(open["reconciliation"]["pending"].dump(), "[3]");
  EXPECT_EQ(open["reconciliation"]["closable"], false);
  EXPECT_EQ(open["reconciliation"]["disagreements"].dump(),
            R"([{"number":2,"versions":[{"clerk":"Máy 1","ballot":{"struck":[0]}},)"
            R"({"clerk":"Máy 2","ballot":{"struck":[1]}}]}])");
  EXPECT_EQ(open["candidates"][2].dump(),
            R"({"index":2,"position":3,"id":"c3","full_name":"Trần Thị C"})");
  EXPECT_EQ(open["clerks"].dump(),
            R"([{"clerk":"Máy 1","entries":3},{"clerk":"Máy 2","entries":2}])");
  EXPECT_TRUE(open["round"]["convened"].is_null());
  EXPECT_EQ(open["chain"].dump(), R"({"head":"abc","ok":true})");

  // The result is exactly the `daihoi tally` document of the same ballots.
  election::RoundInput input;
  input.election.seats = 3;
  input.election.convened = 4;
  input.election.congress_kind = election::CongressKind::kDelegates;
  for (const auto& candidate : view.candidates) {
    input.candidates.push_back({candidate.id, candidate.full_name, candidate.birth_date});
  }
  input.ballots = view.reconciliation.ballots;
  auto profile = LoadProfile("party-2024");
  ASSERT_TRUE(profile.ok());
  auto result = election::TallyRound(input, *profile);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  view.result = *result;
  TallyCase tally_case;
  tally_case.input = input;
  auto counted = CountViewToJson(view, true);
  EXPECT_EQ(counted["result"].dump(), TallyResultToJson(tally_case, *result).dump());
  EXPECT_EQ(counted["result"]["threshold"]["votes_needed"], 3);
}

TEST(CountJsonTest, ChainCheck) {
  app::ChainCheck check;
  check.entries = 4;
  check.head = "ff";
  EXPECT_EQ(ChainCheckToJson(check).dump(),
            R"({"entries":4,"head":"ff","ok":true,"first_bad_seq":null})");
  check.first_bad_seq = 3;
  EXPECT_EQ(ChainCheckToJson(check).dump(),
            R"({"entries":4,"head":"ff","ok":false,"first_bad_seq":3})");
}

}  // namespace
}  // namespace daihoi::json
