// Use case: one clerk's entry of one ballot of an open round, appended to the round's hash chain
// (never changed: a correction is a later entry for the same number).
#include <optional>
#include <string>
#include <vector>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/ballot.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "election/validity.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

constexpr size_t kMaxClerkChars = 64;

size_t Utf8Chars(const std::string& text) {
  size_t chars = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

// Indexes are positions in the round's list, each at most once.
Status CheckIndex(int index, int candidates, std::vector<bool>& seen, const std::string& where) {
  if (index < 0 || index >= candidates) {
    return InvalidInput("vị trí " + std::to_string(index) +
                            " không có trong danh sách của vòng bầu (" +
                            std::to_string(candidates) + " người; index outside the round's list)",
                        where);
  }
  if (seen[static_cast<size_t>(index)]) {
    return InvalidInput(
        "vị trí " + std::to_string(index) + " có hai lần trên một phiếu (listed twice)", where);
  }
  seen[static_cast<size_t>(index)] = true;
  return {};
}

// R-BALLOT-FORM: a list with a surplus is voted by striking names, one without by agree /
// disagree boxes; an entry uses the form its round's ballot has.
Status CheckForm(const election::Ballot& ballot, const election::ListShape& shape) {
  const int candidates = shape.candidates;
  std::vector<bool> seen(static_cast<size_t>(candidates), false);
  if (ballot.form == election::Ballot::Form::kStruck) {
    if (!shape.has_surplus) {
      return InvalidInput(
          "danh sách không dư, phiếu bầu có ô đồng ý / không đồng ý, không gạch tên (a list "
          "without surplus takes marks, R-BALLOT-FORM)",
          "struck");
    }
    if (!ballot.marks.empty()) {
      return InvalidInput("phiếu gạch tên không có ô đánh dấu (struck form takes no marks)",
                          "marks");
    }
    for (size_t position = 0; position < ballot.struck.size(); ++position) {
      Status status = CheckIndex(ballot.struck[position], candidates, seen,
                                 "struck[" + std::to_string(position) + "]");
      if (!status) return status;
    }
    return {};
  }
  if (shape.has_surplus) {
    return InvalidInput(
        "danh sách có số dư, cử tri gạch tên, phiếu không có ô đồng ý / không đồng ý (a list "
        "with a surplus takes struck names, R-BALLOT-FORM)",
        "marks");
  }
  if (!ballot.struck.empty()) {
    return InvalidInput("phiếu đánh dấu không có tên gạch (marks form takes no struck names)",
                        "struck");
  }
  for (size_t position = 0; position < ballot.marks.size(); ++position) {
    Status status = CheckIndex(ballot.marks[position].candidate, candidates, seen,
                               "marks[" + std::to_string(position) + "]");
    if (!status) return status;
  }
  return {};
}

// A scanned payload is "DAIHOI-BALLOT/1/<election id>/<list digest>" (app/ballot.h); the
// refusal says which part differs so the clerk can set the ballot aside for the committee.
Status CheckQr(const std::string& scanned, const ElectionRecord& election) {
  const std::string expected = BallotQrPayload(ElectionIdText(election.id), election.list_digest);
  // Scanners type the payload followed by Enter; stray line ends or blanks are not part of it.
  const size_t first = scanned.find_first_not_of(" \t\r\n");
  const std::string payload =
      first == std::string::npos
          ? std::string()
          : scanned.substr(first, scanned.find_last_not_of(" \t\r\n") - first + 1);
  if (payload == expected) return {};
  const std::string prefix = kBallotQrPrefix;
  const size_t slash = payload.find('/', prefix.size());
  const bool readable = payload.starts_with(prefix) && slash != std::string::npos &&
                        slash > prefix.size() && slash + 1 < payload.size() &&
                        payload.find('/', slash + 1) == std::string::npos;
  if (!readable) {
    return InvalidInput(
        "mã QR không đọc được, không phải mã của phiếu bầu (not a ballot QR payload)", "qr");
  }
  const std::string id = payload.substr(prefix.size(), slash - prefix.size());
  if (id != ElectionIdText(election.id)) {
    return InvalidInput("phiếu của cuộc bầu cử khác (" + id + "), không phải của cuộc bầu cử " +
                            ElectionIdText(election.id) + " (a ballot of another election)",
                        "qr");
  }
  return InvalidInput(
      "phiếu in từ danh sách cũ, mã danh sách không khớp danh sách đã chốt của cuộc bầu cử (a "
      "ballot printed from an older list)",
      "qr");
}

}  // namespace

Result<BallotEntryRecord> EnterBallot(const CountingPorts& ports, const Actor& actor,
                                      int64_t round_id, const std::string& clerk,
                                      const election::EnteredBallot& entry,
                                      const std::optional<std::string>& qr) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeRound(ports, actor, access::Action::kEnterBallots, round_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<BallotEntryRecord>(
      ports.store, actor,
      {"ballot.enter", *allowed,
       ChangeText({{"round", std::to_string(round_id)}, {"clerk", clerk}})},
      [&]() -> Result<BallotEntryRecord> {
        BallotEntryRecord draft;
        draft.round_id = round_id;
        draft.clerk = text::Normalize(clerk);
        if (draft.clerk.empty())
          return InvalidInput("tên người nhập phiếu trống (empty clerk)", "clerk");
        if (Utf8Chars(draft.clerk) > kMaxClerkChars) {
          return InvalidInput(
              "tên người nhập phiếu dài quá 64 ký tự (clerk longer than 64 characters)", "clerk");
        }
        if (entry.number < 1) {
          return InvalidInput("số phiếu phải từ 1 trở lên (number must be positive)", "number");
        }
        draft.number = entry.number;

        auto round = counting_detail::FindRound(ports.elections, round_id);
        if (!round.ok()) return round.error();
        if (round->closed) {
          return counting_detail::Conflict(
              "vòng bầu thứ " + std::to_string(round->number) +
              " đã kết thúc, không nhập thêm phiếu (the round is closed)");
        }
        election::EnteredBallot normalized = entry;
        auto election = counting_detail::FindElection(ports.elections, round->election_id);
        if (!election.ok()) return election.error();
        if (Status own = counting_detail::RefuseImported(*election); !own) return own.error();
        if (qr) {
          if (Status scanned = CheckQr(*qr, *election); !scanned) return scanned.error();
        }
        if (!entry.retracted) {
          auto profile = counting_detail::LoadProfile(ports, election->profile);
          if (!profile.ok()) return profile.error();
          const election::ListShape shape =
              election::ShapeOf(counting_detail::RoundElection(*election, *round),
                                static_cast<int>(round->candidates.size()), *profile);
          if (Status form = CheckForm(entry.ballot, shape); !form) return form.error();
          for (size_t position = 0; position < normalized.ballot.write_in.size(); ++position) {
            std::string& name = normalized.ballot.write_in[position];
            name = text::Normalize(name);
            if (name.empty()) {
              return InvalidInput("tên viết thêm trống (empty write-in name)",
                                  "write_in[" + std::to_string(position) + "]");
            }
          }
        }
        draft.payload = election::EncodeEntry(normalized);
        // The store serializes appends and fills seq, entered_at and the previous hash; the seal
        // closes the link.
        return ports.elections.AppendBallotEntry(draft, [](BallotEntryRecord& sealed) {
          if (sealed.prev_hash.empty()) sealed.prev_hash = GenesisHash(sealed.round_id);
          sealed.hash = EntryHash(sealed);
        });
      });
}

}  // namespace daihoi::app
