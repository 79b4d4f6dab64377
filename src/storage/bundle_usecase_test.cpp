// Venue bundles end to end over real stores (app/bundle.h): a congress counted on a venue's
// SQLite file, exported signed, carried as JSON and imported on the server (SQLite and
// PostgreSQL: the fixture's engines), where the count reads as it did at the venue; every kind
// of tampering refused with its reason and nothing written.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/bundle.h"
#include "app/counting.h"
#include "json/bundle_json.h"
#include "json/tally_json.h"
#include "storage/open.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

const char* const kTerm = "2025-2030";

planning::Congress BaDinhCongress() {
  planning::Congress congress;
  congress.org_code = "BD";
  congress.term = kTerm;
  congress.ordinal = 26;
  congress.kind = planning::CongressKind::kDelegates;
  congress.held_start = Date::Parse("2025-06-14");
  return congress;
}

app::CountingPorts PortsOf(app::Store& store) {
  return app::CountingPorts{store, app::ElectionsOf(store), json::LoadProfile};
}

election::EnteredBallot Struck(int64_t number, std::vector<int> struck) {
  election::EnteredBallot entry;
  entry.number = number;
  entry.ballot.form = election::Ballot::Form::kStruck;
  entry.ballot.struck = std::move(struck);
  return entry;
}

// The venue: its own SQLite file, one election counted by two clerks and closed.
class Venue {
 public:
  Venue() {
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_venue_" + std::to_string(getpid()) + "_" + std::to_string(++serial_));
    std::filesystem::create_directories(dir_);
    auto opened = OpenStore("sqlite:" + (dir_ / "venue.db").string());
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    keys_ = app::GenerateVenueKeys();
  }
  ~Venue() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Election "Bầu Ban Chấp hành" (4 names, 3 seats), ballots 1–6 entered by two clerks, closed.
  void CountTheCongress() {
    ASSERT_TRUE(store_->UpsertOrganizations(Hanoi()).ok());
    ASSERT_TRUE(store_->UpsertCongresses({BaDinhCongress()}).ok());
    const app::CountingPorts ports = PortsOf(*store_);
    app::ElectionSetup setup;
    setup.seats = 3;
    setup.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
    setup.counting_committee = {"Nguyễn Văn An", "Trần Thị Bình"};
    auto election =
        app::CreateElection(ports, ::daihoi::app::Actor::CommandLine("test"), {"BD", kTerm}, setup);
    ASSERT_TRUE(election.ok()) << election.error().message;
    // Venue ids that the server's own would not give: the chain must carry the venue's.
    for (int k = 0; k < 3; ++k)
      ASSERT_TRUE(app::CreateElection(ports, ::daihoi::app::Actor::CommandLine("test"),
                                      {"BD", kTerm}, setup)
                      .ok());
    election_id_ = *election;
    std::vector<app::CandidateRecord> list = {{"c1", "Phạm Văn Đông", std::nullopt, "", ""},
                                              {"c2", "Võ Thị Sáu", std::nullopt, "", ""},
                                              {"c3", "Trần Phú", std::nullopt, "", ""},
                                              {"c4", "Lê Hồng Phong", std::nullopt, "", ""}};
    ASSERT_TRUE(
        app::SetCandidates(ports, ::daihoi::app::Actor::CommandLine("test"), election_id_, list)
            .ok());
    ASSERT_TRUE(app::LockList(ports, ::daihoi::app::Actor::CommandLine("test"), election_id_).ok());
    auto view = app::ShowElection(ports, ::daihoi::app::Actor::CommandLine("test"), election_id_);
    ASSERT_TRUE(view.ok());
    round_id_ = view->rounds.front().id;
    for (const char* clerk : {"Bàn 1", "Bàn 2"}) {
      for (int64_t number = 1; number <= 6; ++number) {
        auto entered = app::EnterBallot(ports, ::daihoi::app::Actor::CommandLine("test"), round_id_,
                                        clerk, Struck(number, {static_cast<int>(number % 4)}));
        ASSERT_TRUE(entered.ok()) << entered.error().message;
      }
    }
    app::CloseRequest close;
    close.issued = 6;
    close.convened = 7;
    auto closed =
        app::CloseRound(ports, ::daihoi::app::Actor::CommandLine("test"), round_id_, close);
    ASSERT_TRUE(closed.ok()) << closed.error().message;
    venue_count_ = *closed;
  }

  app::Bundle Export() {
    auto exported =
        app::ExportBundle(PortsOf(*store_), ::daihoi::app::Actor::CommandLine("test"),
                          {{"BD", kTerm}, keys_.secret_key, "2025-06-14T15:00:00.000Z"});
    EXPECT_TRUE(exported.ok()) << exported.error().message;
    return exported.ok() ? exported->bundle : app::Bundle{};
  }

  app::VenueKeys keys_;
  int64_t election_id_ = 0;
  int64_t round_id_ = 0;
  app::CountView venue_count_;

 private:
  static inline int serial_ = 0;
  std::filesystem::path dir_;
  std::unique_ptr<app::Store> store_;
};

class BundleUseCase : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    if (!store_) return;
    LoadHanoi();
    ASSERT_TRUE(store_->UpsertCongresses({BaDinhCongress()}).ok());
    venue_.CountTheCongress();
    bundle_ = venue_.Export();
  }

  app::CountingPorts ports() { return PortsOf(*store_); }

  // The reason a bundle is refused; fails the test when it is applied, or anything is written.
  std::string Refusal(const app::Bundle& bundle, std::vector<std::string> trusted = {}) {
    if (trusted.empty()) trusted = {venue_.keys_.public_key};
    auto report =
        app::ImportBundle(ports(), ::daihoi::app::Actor::CommandLine("test"), bundle, trusted);
    EXPECT_FALSE(report.ok()) << "the bundle was applied";
    auto stored = app::ElectionsOf(*store_).Elections("BD", kTerm);
    EXPECT_TRUE(stored.ok() && stored->empty()) << "something was written";
    if (report.ok()) return "";
    EXPECT_EQ(report.error().code, ErrorCode::kRuleViolation) << report.error().message;
    return report.error().message;
  }

  app::Bundle Resigned(app::Bundle bundle) {
    EXPECT_TRUE(app::SignBundle(bundle, venue_.keys_.secret_key).ok());
    return bundle;
  }

  std::vector<app::BallotEntryRecord>& Entries(app::Bundle& bundle) {
    return bundle.elections.front().rounds.front().entries;
  }

  Venue venue_;
  app::Bundle bundle_;
};

TEST_P(BundleUseCase, TheServerCountsTheImportedRoundAsTheVenueDid) {
  ASSERT_EQ(bundle_.elections.size(), 1u);  // the three unlocked ones are left out
  // Carried as a file: JSON there and back.
  auto carried = json::BundleFromJson(json::BundleToJson(bundle_).dump(1), "bundle.json");
  ASSERT_TRUE(carried.ok()) << carried.error().message;
  EXPECT_EQ(app::BundleText(*carried), app::BundleText(bundle_));

  auto report = app::ImportBundle(ports(), ::daihoi::app::Actor::CommandLine("test"), *carried,
                                  {venue_.keys_.public_key});
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_FALSE(report->already_imported());
  EXPECT_EQ(report->venue_fingerprint, app::KeyFingerprint(venue_.keys_.public_key));

  auto stored = app::ElectionsOf(*store_).Elections("BD", kTerm);
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), 1u);
  const app::ElectionRecord& election = stored->front();
  EXPECT_EQ(election.venue_election_id, venue_.election_id_);
  auto rounds = app::ElectionsOf(*store_).Rounds(election.id);
  ASSERT_TRUE(rounds.ok() && rounds->size() == 1u);
  const app::RoundRecord& round = rounds->front();
  EXPECT_EQ(round.venue_round_id, venue_.round_id_);

  auto count = app::ShowCount(ports(), ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_TRUE(count->chain_ok);
  EXPECT_EQ(count->chain_head, venue_.venue_count_.chain_head);
  ASSERT_TRUE(count->result && venue_.venue_count_.result);
  ASSERT_EQ(count->result->candidates.size(), 4u);
  for (size_t k = 0; k < 4; ++k) {
    EXPECT_EQ(count->result->candidates[k].votes, venue_.venue_count_.result->candidates[k].votes);
  }
  EXPECT_EQ(count->result->elected, venue_.venue_count_.result->elected);
  auto check = app::VerifyChain(ports(), ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(check.ok());
  EXPECT_FALSE(check->first_bad_seq);
  EXPECT_EQ(check->entries, 12);

  // Read-only here: the venue counts, the server receives.
  auto entered = app::EnterBallot(ports(), ::daihoi::app::Actor::CommandLine("test"), round.id,
                                  "Bàn 9", Struck(7, {}));
  ASSERT_FALSE(entered.ok());
  EXPECT_EQ(entered.error().code, ErrorCode::kConflict);

  // The same bundle again: already imported, nothing written twice.
  auto again = app::ImportBundle(ports(), ::daihoi::app::Actor::CommandLine("test"), bundle_,
                                 {venue_.keys_.public_key});
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(again->already_imported());
  auto after = app::ElectionsOf(*store_).Elections("BD", kTerm);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size(), 1u);
  auto recheck = app::VerifyChain(ports(), ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(recheck.ok());
  EXPECT_EQ(recheck->entries, 12);
}

TEST_P(BundleUseCase, AChangedEntryIsRefused) {
  app::Bundle changed = bundle_;
  Entries(changed)[2].payload = "S:";
  EXPECT_NE(Refusal(changed).find("chữ ký không hợp lệ"), std::string::npos);
  // Even signed again (a stolen key, a bug): the chain shows the change.
  const std::string reason = Refusal(Resigned(changed));
  EXPECT_NE(reason.find("bản ghi số 3 đã bị sửa"), std::string::npos) << reason;
  EXPECT_NE(reason.find("vòng 1 (số " + std::to_string(venue_.round_id_) + ")"), std::string::npos)
      << reason;
  EXPECT_NE(reason.find("cuộc bầu cử số " + std::to_string(venue_.election_id_)), std::string::npos)
      << reason;
}

TEST_P(BundleUseCase, ARemovedEntryIsRefused) {
  app::Bundle removed = bundle_;
  Entries(removed).erase(Entries(removed).begin() + 4);
  EXPECT_NE(Refusal(removed).find("chữ ký không hợp lệ"), std::string::npos);
  const std::string reason = Refusal(Resigned(removed));
  EXPECT_NE(reason.find("bản ghi số 5 bị mất hoặc đảo thứ tự"), std::string::npos) << reason;
  // Renumbered to hide the gap: the next entry no longer follows its predecessor.
  for (size_t k = 4; k < Entries(removed).size(); ++k) Entries(removed)[k].seq = int64_t(k) + 1;
  const std::string renumbered = Refusal(Resigned(removed));
  EXPECT_NE(renumbered.find("bản ghi số 5"), std::string::npos) << renumbered;
}

TEST_P(BundleUseCase, AReorderedEntryIsRefused) {
  app::Bundle reordered = bundle_;
  std::swap(Entries(reordered)[1], Entries(reordered)[2]);
  const std::string reason = Refusal(Resigned(reordered));
  EXPECT_NE(reason.find("bản ghi số 2 bị mất hoặc đảo thứ tự"), std::string::npos) << reason;
}

TEST_P(BundleUseCase, AChangedSnapshotIsRefused) {
  app::Bundle snapshot = bundle_;
  snapshot.elections.front().rounds.front().round.convened = 5;  // fewer convened: more elected
  EXPECT_NE(Refusal(snapshot).find("chữ ký không hợp lệ"), std::string::npos);
  // The last entry dropped, the closed snapshot still naming it: the head is not the last entry.
  app::Bundle head = bundle_;
  head.elections.front().rounds.front().entries.pop_back();
  EXPECT_NE(Refusal(head).find("chữ ký không hợp lệ"), std::string::npos);
  EXPECT_NE(Refusal(Resigned(head)).find("đầu chuỗi"), std::string::npos);
  app::Bundle wrong_head = bundle_;
  wrong_head.elections.front().rounds.front().round.chain_head = std::string(64, '0');
  EXPECT_NE(Refusal(Resigned(wrong_head)).find("đầu chuỗi"), std::string::npos);
}

TEST_P(BundleUseCase, ABadSignatureOrAnUntrustedKeyIsRefused) {
  app::Bundle forged = bundle_;
  forged.signature[10] = forged.signature[10] == 'a' ? 'b' : 'a';
  EXPECT_NE(Refusal(forged).find("chữ ký không hợp lệ"), std::string::npos);
  const app::VenueKeys stranger = app::GenerateVenueKeys();
  EXPECT_NE(Refusal(bundle_, {stranger.public_key}).find("không nằm trong các khóa tin cậy"),
            std::string::npos);
  // Signed by the stranger with its own key named: still not trusted.
  app::Bundle theirs = bundle_;
  ASSERT_TRUE(app::SignBundle(theirs, stranger.secret_key).ok());
  EXPECT_NE(Refusal(theirs).find("không nằm trong các khóa tin cậy"), std::string::npos);
}

TEST_P(BundleUseCase, AnUnknownCongressIsNotFound) {
  app::Bundle elsewhere = bundle_;
  elsewhere.congress.term = "2030-2035";
  for (auto& election : elsewhere.elections) election.election.term = "2030-2035";
  auto report = app::ImportBundle(ports(), ::daihoi::app::Actor::CommandLine("test"),
                                  Resigned(elsewhere), {venue_.keys_.public_key});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, BundleUseCase, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
