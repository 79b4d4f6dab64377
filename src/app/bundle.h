#pragma once
// Venue bundles (docs/bundles.md). A venue laptop counts a congress's elections offline on
// SQLite; at the end of the day it exports them as one bundle signed with the venue's Ed25519
// key: every locked election with its counting committee, list and digest, and every round with
// its snapshot (when closed) and every ballot entry as entered (hash chain kept). The provincial
// server imports the bundle only from a trusted key, after checking the signature and, round by
// round, the hash chain recomputed with the venue's round ids; it applies everything in one
// transaction, or nothing. One file per use case: bundle_text.cpp (canonical text, keys,
// signature), export_bundle.cpp, import_bundle.cpp.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.h"
#include "app/counting.h"
#include "app/ports/election_store.h"
#include "common/result.h"

namespace daihoi::app {

inline constexpr int kBundleVersion = 1;

struct Bundle {
  int version = kBundleVersion;
  CongressRef congress;
  std::string venue_key;    // the venue's Ed25519 public key, 64 lower-case hex digits
  std::string exported_at;  // UTC, as the exporting machine's clock gave it
  // The venue's ids throughout: election.id, round.id, each entry's round_id. The elections'
  // venue_key / venue_election_id are not part of a bundle (the importer sets them).
  std::vector<ImportedElection> elections;
  std::string signature;  // Ed25519 over BundleText, 128 lower-case hex digits
};

// The canonical text a bundle's signature covers, version 1: one field a line, "key=value",
// values escaped as digest.h says ("\" "\\", line feed "\n", carriage return "\r", "|" "\|"),
// lists preceded by their count, so no value can forge another line or field. Every field of
// the bundle but the signature is in it (docs/bundles.md lists them). Version 1 never changes.
std::string BundleText(const Bundle& bundle);

// A venue key pair, lower-case hex: public 32 bytes, secret 64 bytes (libsodium's Ed25519
// secret key, which holds the seed and the public key).
struct VenueKeys {
  std::string public_key;
  std::string secret_key;
};
VenueKeys GenerateVenueKeys();
// The public key of a secret key; kInvalidInput naming `field` when it is not 128 hex digits.
Result<std::string> PublicKeyOf(std::string_view secret_key, const std::string& field);
// kInvalidInput naming `field` unless `key` is 64 hex digits; the key lower-cased.
Result<std::string> CheckPublicKey(std::string_view key, const std::string& field);
// What people compare over the phone: the first 16 bytes of the SHA-256 of the key's bytes,
// hex in groups of four ("3f2a-91c0-…"). The server records imported elections under it.
std::string KeyFingerprint(std::string_view public_key);

// Signs `bundle` (its venue_key set from the secret key): fills venue_key and signature.
Status SignBundle(Bundle& bundle, std::string_view secret_key);
// Whether the signature is valid for the bundle's venue_key.
bool SignatureValid(const Bundle& bundle);

struct ExportRequest {
  CongressRef congress;
  std::string secret_key;   // hex, as GenerateVenueKeys gives it
  std::string exported_at;  // UTC text, from the caller's clock
};
struct ExportedBundle {
  Bundle bundle;
  // Elections left out: not locked yet (nothing counted), or imported here from another venue.
  std::vector<int64_t> skipped;
};
// Every election of the congress counted here (locked, not imported), each round checked
// (a broken chain is kRuleViolation naming the round and entry: a bundle never carries one).
// kNotFound (field `term`) when the congress is not recorded; kInvalidInput (`key`) for a bad
// secret key.
Result<ExportedBundle> ExportBundle(const CountingPorts& ports, const Actor& actor,
                                    const ExportRequest& request);

struct BundleImportReport {
  std::string venue_fingerprint;
  std::vector<ImportOutcome> elections;  // in the bundle's order
  bool already_imported() const {
    for (const ImportOutcome& outcome : elections) {
      if (outcome.changed()) return false;
    }
    return true;
  }
};
// Verifies, then applies in one transaction. Refused with kRuleViolation (nothing written) and a
// message naming what failed: a key not among `trusted` (public keys, hex), a bad signature, and
// for the election (its id and title at the venue), round (number and id) and entry (seq): an
// entry changed, removed, inserted or reordered (its seq, prev_hash or hash does not follow),
// a closed round whose chain head is not its last entry, a payload that does not decode, a
// list whose digest is not the one printed on its ballots. kInvalidInput (`format`) for an
// unknown version; kNotFound (`term`) when the congress is not recorded here; kConflict when
// an election imported before from the same venue differs from the bundle's.
Result<BundleImportReport> ImportBundle(const CountingPorts& ports, const Actor& actor,
                                        const Bundle& bundle,
                                        const std::vector<std::string>& trusted);

}  // namespace daihoi::app
