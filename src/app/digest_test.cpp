// SHA-256 and the ballot list digest (the QR on a printed ballot binds it to its list).
#include "app/digest.h"

#include <gtest/gtest.h>

namespace daihoi::app {
namespace {

election::Candidate Person(std::string id, std::string name, const char* birth) {
  return {std::move(id), std::move(name), Date::Parse(birth)};
}

election::Election Committee(int seats) {
  election::Election election;
  election.kind = election::ElectionKind::kCommittee;
  election.seats = seats;
  return election;
}

std::vector<election::Candidate> List() {
  return {Person("c1", "Nguyễn Văn An", "1975-03-02"), Person("c2", "Trần Thị Bình", "1980-11-20"),
          Person("c3", "Lê Văn Cường", "1969-01-15")};
}

TEST(DigestTest, Sha256KnownVectors) {  // FIPS 180-2 test vectors
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(DigestTest, CanonicalTextIsVersionedAndOrdered) {
  EXPECT_EQ(BallotListText("BADINH-2020-BCH", Committee(2), List()),
            "daihoi-ballot-list/1\n"
            "election=BADINH-2020-BCH\n"
            "kind=committee\n"
            "seats=2\n"
            "alternates=0\n"
            "candidates=3\n"
            "candidate=c1|Nguyễn Văn An|1975-03-02\n"
            "candidate=c2|Trần Thị Bình|1980-11-20\n"
            "candidate=c3|Lê Văn Cường|1969-01-15\n");
}

TEST(DigestTest, AnyChangeOfListOrSeatsChangesTheDigest) {
  const std::string base = BallotListDigest("E1", Committee(2), List());
  EXPECT_EQ(base.size(), 64u);
  EXPECT_EQ(base, Sha256Hex(BallotListText("E1", Committee(2), List())));
  EXPECT_EQ(base, BallotListDigest("E1", Committee(2), List()));  // deterministic

  EXPECT_NE(base, BallotListDigest("E2", Committee(2), List()));
  EXPECT_NE(base, BallotListDigest("E1", Committee(1), List()));
  election::Election alternates = Committee(2);
  alternates.alternates = 1;
  EXPECT_NE(base, BallotListDigest("E1", alternates, List()));
  election::Election standing = Committee(2);
  standing.kind = election::ElectionKind::kStandingCommittee;
  EXPECT_NE(base, BallotListDigest("E1", standing, List()));

  auto renamed = List();
  renamed[1].name = "Trần Thị Bính";
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), renamed));
  auto born = List();
  born[2].birth_date = Date::Parse("1969-01-16");
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), born));
  auto unknown_birth = List();
  unknown_birth[2].birth_date.reset();
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), unknown_birth));
  auto swapped = List();
  std::swap(swapped[0], swapped[1]);
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), swapped));
  auto shorter = List();
  shorter.pop_back();
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), shorter));
  auto reid = List();
  reid[0].id = "c9";
  EXPECT_NE(base, BallotListDigest("E1", Committee(2), reid));
}

TEST(DigestTest, NamesAreHashedInNfc) {
  auto composed = List();
  auto decomposed = List();
  decomposed[0].name = "Nguye\xCC\x82\xCC\x83n Va\xCC\x86n An";  // e + ̂ + ̃, a + ̆
  EXPECT_EQ(BallotListDigest("E1", Committee(2), composed),
            BallotListDigest("E1", Committee(2), decomposed));
}

TEST(DigestTest, SeparatorsInValuesCannotForgeAnotherList) {
  // Without escaping, these two lists would have the same text.
  std::vector<election::Candidate> one = {Person("a|b", "X", "1970-01-01")};
  std::vector<election::Candidate> two = {Person("a", "b|X", "1970-01-01")};
  EXPECT_NE(BallotListDigest("E", Committee(1), one), BallotListDigest("E", Committee(1), two));
  std::vector<election::Candidate> forged = {Person("c1", "A||\ncandidate=c2|B|", "1970-01-01")};
  EXPECT_EQ(BallotListText("E", Committee(1), forged).find("\ncandidate=c2"), std::string::npos);
}

}  // namespace
}  // namespace daihoi::app
