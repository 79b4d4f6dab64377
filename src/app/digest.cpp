#include "app/digest.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "text/text.h"

namespace daihoi::app {

void AppendEscaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '|':
        out += "\\|";
        break;
      default:
        out += c;
    }
  }
}

namespace {

void Line(std::string& out, std::string_view key, std::string_view value) {
  out += key;
  out += '=';
  AppendEscaped(out, value);
  out += '\n';
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  // sodium_init is idempotent and thread-safe; it picks the fastest implementation.
  static const int initialized = sodium_init();
  if (initialized < 0) throw std::runtime_error("libsodium could not be initialized");
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

std::string BallotListText(std::string_view election_id, const election::Election& election,
                           const std::vector<election::Candidate>& ballot_order) {
  std::string text = "daihoi-ballot-list/1\n";
  Line(text, "election", election_id);
  Line(text, "kind", election::ToString(election.kind));
  Line(text, "seats", std::to_string(election.seats));
  Line(text, "alternates", std::to_string(election.alternates));
  Line(text, "candidates", std::to_string(ballot_order.size()));
  for (const election::Candidate& candidate : ballot_order) {
    text += "candidate=";
    AppendEscaped(text, candidate.id);
    text += '|';
    // NFC, so that the same name typed with combining marks gives the same digest.
    AppendEscaped(text, text::Normalize(candidate.name));
    text += '|';
    if (candidate.birth_date) text += candidate.birth_date->ToIso();
    text += '\n';
  }
  return text;
}

std::string BallotListDigest(std::string_view election_id, const election::Election& election,
                             const std::vector<election::Candidate>& ballot_order) {
  return Sha256Hex(BallotListText(election_id, election, ballot_order));
}

}  // namespace daihoi::app
