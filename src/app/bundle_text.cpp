// The canonical text of a venue bundle, the venue's keys and the signature (app/bundle.h).
// Ed25519 by libsodium (crypto_sign_detached).
#include <sodium.h>

#include <cctype>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/bundle.h"
#include "app/digest.h"

namespace daihoi::app {
namespace {

void Init() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

// key=value; several values of one line are joined by "|".
void Line(std::string& out, std::string_view key, std::initializer_list<std::string_view> values) {
  out += key;
  out += '=';
  bool first = true;
  for (std::string_view value : values) {
    if (!first) out += '|';
    first = false;
    AppendEscaped(out, value);
  }
  out += '\n';
}

void Line(std::string& out, std::string_view key, std::string_view value) {
  Line(out, key, {value});
}

void Line(std::string& out, std::string_view key, int64_t value) {
  Line(out, key, std::to_string(value));
}

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

// `size` bytes from `size` * 2 hex digits, else nullopt.
std::optional<std::vector<unsigned char>> Bytes(std::string_view hex, size_t size) {
  if (hex.size() != size * 2) return std::nullopt;
  std::vector<unsigned char> bytes(size);
  size_t length = 0;
  if (sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &length,
                     nullptr) != 0 ||
      length != size) {
    return std::nullopt;
  }
  return bytes;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

// Version 1:
//   daihoi-bundle/1
//   congress=<org code>  term=<term>  venue_key=<hex>  exported_at=<UTC>  elections=<count>
//   then per election: election=<id>, kind, seats, alternates, title, profile, required_clerks,
//     committee=<count> and member=<name> each, list_digest, locked_at, created_at,
//     candidates=<count> and candidate=<id>|<name>|<birth date>|<member id>|<gender> each,
//     rounds=<count>
//   then per round: round=<id>, number, kind, seats, alternates, round_candidates=<count> and
//     position=<n> each, closed=0|1, closed_at, convened, issued (empty when not given),
//     exclusions=<count> and exclusion=<reason>|<count> each, chain_head, entries=<count>
//   then per entry: entry=<round id>|<seq>|<clerk>|<number>|<payload>|<entered_at>|<prev_hash>|
//     <hash>
std::string BundleText(const Bundle& bundle) {
  std::string out = "daihoi-bundle/" + std::to_string(bundle.version) + "\n";
  Line(out, "congress", bundle.congress.org_code);
  Line(out, "term", bundle.congress.term);
  Line(out, "venue_key", bundle.venue_key);
  Line(out, "exported_at", bundle.exported_at);
  Line(out, "elections", static_cast<int64_t>(bundle.elections.size()));
  for (const ImportedElection& imported : bundle.elections) {
    const ElectionRecord& election = imported.election;
    Line(out, "election", election.id);
    Line(out, "kind", election::ToString(election.kind));
    Line(out, "seats", election.seats);
    Line(out, "alternates", election.alternates);
    Line(out, "title", election.title);
    Line(out, "profile", election.profile);
    Line(out, "required_clerks", election.required_clerks);
    Line(out, "committee", static_cast<int64_t>(election.counting_committee.size()));
    for (const std::string& member : election.counting_committee) Line(out, "member", member);
    Line(out, "list_digest", election.list_digest);
    Line(out, "locked_at", election.locked_at);
    Line(out, "created_at", election.created_at);
    Line(out, "candidates", static_cast<int64_t>(imported.candidates.size()));
    for (const CandidateRecord& candidate : imported.candidates) {
      const std::string birth = candidate.birth_date ? candidate.birth_date->ToIso() : "";
      Line(out, "candidate",
           {candidate.id, candidate.full_name, birth, candidate.member_id, candidate.gender});
    }
    Line(out, "rounds", static_cast<int64_t>(imported.rounds.size()));
    for (const ImportedRound& given : imported.rounds) {
      const RoundRecord& round = given.round;
      Line(out, "round", round.id);
      Line(out, "number", round.number);
      Line(out, "kind", ToString(round.kind));
      Line(out, "seats", round.seats);
      Line(out, "alternates", round.alternates);
      Line(out, "round_candidates", static_cast<int64_t>(round.candidates.size()));
      for (int position : round.candidates) Line(out, "position", position);
      Line(out, "closed", round.closed ? 1 : 0);
      Line(out, "closed_at", round.closed_at);
      Line(out, "convened", round.convened);
      Line(out, "issued", round.issued ? std::to_string(*round.issued) : std::string());
      Line(out, "exclusions", static_cast<int64_t>(round.exclusions.size()));
      for (const election::Exclusion& exclusion : round.exclusions) {
        Line(out, "exclusion",
             {election::ToString(exclusion.reason), std::to_string(exclusion.count)});
      }
      Line(out, "chain_head", round.chain_head);
      Line(out, "entries", static_cast<int64_t>(given.entries.size()));
      for (const BallotEntryRecord& entry : given.entries) {
        Line(out, "entry",
             {std::to_string(entry.round_id), std::to_string(entry.seq), entry.clerk,
              std::to_string(entry.number), entry.payload, entry.entered_at, entry.prev_hash,
              entry.hash});
      }
    }
  }
  return out;
}

VenueKeys GenerateVenueKeys() {
  Init();
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
  unsigned char secret_key[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(public_key, secret_key);
  VenueKeys keys{Hex(public_key, sizeof public_key), Hex(secret_key, sizeof secret_key)};
  sodium_memzero(secret_key, sizeof secret_key);
  return keys;
}

Result<std::string> PublicKeyOf(std::string_view secret_key, const std::string& field) {
  Init();
  auto secret = Bytes(secret_key, crypto_sign_SECRETKEYBYTES);
  if (!secret) {
    return InvalidInput("khóa bí mật phải là " + std::to_string(crypto_sign_SECRETKEYBYTES * 2) +
                            " chữ số hex (secret key: hex of the Ed25519 secret key)",
                        field);
  }
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
  crypto_sign_ed25519_sk_to_pk(public_key, secret->data());
  sodium_memzero(secret->data(), secret->size());
  return Hex(public_key, sizeof public_key);
}

Result<std::string> CheckPublicKey(std::string_view key, const std::string& field) {
  if (!Bytes(key, crypto_sign_PUBLICKEYBYTES)) {
    return InvalidInput("khóa công khai phải là " + std::to_string(crypto_sign_PUBLICKEYBYTES * 2) +
                            " chữ số hex (public key: hex of the Ed25519 public key)",
                        field);
  }
  return Lower(key);
}

std::string KeyFingerprint(std::string_view public_key) {
  // The key's bytes; a malformed key (refused elsewhere) is fingerprinted as its text.
  const auto bytes = Bytes(public_key, crypto_sign_PUBLICKEYBYTES);
  const std::string digest =
      Sha256Hex(bytes ? std::string(bytes->begin(), bytes->end()) : std::string(public_key));
  std::string out;
  for (size_t i = 0; i < 32; i += 4) {
    if (!out.empty()) out += '-';
    out += digest.substr(i, 4);
  }
  return out;
}

Status SignBundle(Bundle& bundle, std::string_view secret_key) {
  auto public_key = PublicKeyOf(secret_key, "key");
  if (!public_key.ok()) return public_key.error();
  bundle.venue_key = *public_key;
  auto secret = Bytes(secret_key, crypto_sign_SECRETKEYBYTES);
  const std::string text = BundleText(bundle);
  unsigned char signature[crypto_sign_BYTES];
  crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(text.data()),
                       text.size(), secret->data());
  sodium_memzero(secret->data(), secret->size());
  bundle.signature = Hex(signature, sizeof signature);
  return {};
}

bool SignatureValid(const Bundle& bundle) {
  Init();
  auto public_key = Bytes(bundle.venue_key, crypto_sign_PUBLICKEYBYTES);
  auto signature = Bytes(bundle.signature, crypto_sign_BYTES);
  if (!public_key || !signature) return false;
  const std::string text = BundleText(bundle);
  return crypto_sign_verify_detached(signature->data(),
                                     reinterpret_cast<const unsigned char*>(text.data()),
                                     text.size(), public_key->data()) == 0;
}

}  // namespace daihoi::app
