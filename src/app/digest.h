#pragma once
// Digests that bind printed and entered ballots to the list they were made from. SHA-256
// (libsodium), lower-case hex.

#include <string>
#include <string_view>
#include <vector>

#include "election/types.h"

namespace daihoi::app {

// Appends `value` to a canonical text with "\" written "\\", a line feed "\n", a carriage return
// "\r" and "|" "\|", so no value can forge another line or field.
void AppendEscaped(std::string& out, std::string_view value);

// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

// The canonical text of an election's ballot list, version 1. One field per line, "key=value",
// lines end with "\n"; in values "\" is written "\\", a line feed "\n", a carriage return "\r"
// and "|" "\|", so no value can forge another line or field:
//
//   daihoi-ballot-list/1
//   election=<election id>
//   kind=<ElectionKind, as in CONTRACTS.md: committee, ...>
//   seats=<seats>
//   alternates=<alternates>
//   candidates=<count>
//   candidate=<id>|<name, NFC>|<birth date YYYY-MM-DD, empty when unknown>   (one per name,
//                                                                              in ballot order)
//
// Anything that changes the printed ballot or what a ballot may leave (a name, its order, a
// birth date that decides the order, the seats) changes the text and so the digest. A new
// layout of this text takes a new version number; version 1 is never changed.
std::string BallotListText(std::string_view election_id, const election::Election& election,
                           const std::vector<election::Candidate>& ballot_order);

// Sha256Hex(BallotListText(...)): the list digest printed on the ballot and carried by its QR.
std::string BallotListDigest(std::string_view election_id, const election::Election& election,
                             const std::vector<election::Candidate>& ballot_order);

}  // namespace daihoi::app
