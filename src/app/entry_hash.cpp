// The hash chain of a round's ballot entries (app/counting.h): each entry's hash covers its
// predecessor's, so no entry can be changed, removed or inserted without the chain showing it.
#include <string>
#include <string_view>

#include "app/counting.h"
#include "app/digest.h"

namespace daihoi::app {
namespace {

// As digest.h escapes a value: no value can forge another line or field. Runs without a
// character to escape are copied whole (the chain is recomputed on every read of a count).
void EscapedLine(std::string& out, std::string_view key, std::string_view value) {
  out += key;
  out += '=';
  while (!value.empty()) {
    const size_t special = value.find_first_of("\\\n\r|");
    out += value.substr(0, special);
    if (special == std::string_view::npos) break;
    switch (value[special]) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += "\\|";
    }
    value.remove_prefix(special + 1);
  }
  out += '\n';
}

}  // namespace

int64_t ChainRoundId(const RoundRecord& round) {
  return round.venue_round_id != 0 ? round.venue_round_id : round.id;
}

std::string GenesisHash(int64_t round_id) {
  return Sha256Hex("daihoi-round:" + std::to_string(round_id));
}

// The canonical text, version 1; a new layout takes a new version, version 1 never changes:
//   daihoi-entry/1
//   prev=<previous entry's hash, or the round's genesis value>
//   round=<round id>
//   seq=<seq>
//   clerk=<clerk>
//   number=<ballot number>
//   payload=<election::EncodeEntry>
//   entered_at=<UTC with milliseconds>
std::string EntryHash(const BallotEntryRecord& entry) {
  std::string text;
  text.reserve(256 + entry.payload.size() + entry.clerk.size());
  text += "daihoi-entry/1\n";
  EscapedLine(text, "prev", entry.prev_hash);
  EscapedLine(text, "round", std::to_string(entry.round_id));
  EscapedLine(text, "seq", std::to_string(entry.seq));
  EscapedLine(text, "clerk", entry.clerk);
  EscapedLine(text, "number", std::to_string(entry.number));
  EscapedLine(text, "payload", entry.payload);
  EscapedLine(text, "entered_at", entry.entered_at);
  return Sha256Hex(text);
}

}  // namespace daihoi::app
