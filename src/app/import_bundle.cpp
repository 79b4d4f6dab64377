// Use case: a venue's signed bundle applied on the server (app/bundle.h): trusted key, signature,
// then each round's hash chain recomputed with the venue's ids; all elections in one
// transaction, or nothing.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/bundle.h"
#include "app/counting_common.h"
#include "app/digest.h"

namespace daihoi::app {
namespace {

Error Refused(std::string message, std::string field = "bundle") {
  return Error(ErrorCode::kRuleViolation, "gói kết quả bị từ chối: " + std::move(message),
               std::move(field));
}

std::string ElectionName(const ElectionRecord& election) {
  return "cuộc bầu cử số " + std::to_string(election.id) + " tại điểm bầu cử (\"" + election.title +
         "\")";
}

std::string RoundName(const RoundRecord& round) {
  return "vòng " + std::to_string(round.number) + " (số " + std::to_string(round.id) + ")";
}

// The chain of one round as the venue computed it: from the genesis value of the venue's round
// id, each entry's seq the next, its prev_hash the previous hash and its hash recomputed.
Status CheckRound(const ImportedElection& imported, const ImportedRound& given,
                  const std::vector<CandidateRecord>& list) {
  const RoundRecord& round = given.round;
  const std::string where = ElectionName(imported.election) + ", " + RoundName(round);
  if (round.election_id != 0 && round.election_id != imported.election.id) {
    return Refused(where + " thuộc cuộc bầu cử khác (belongs to another election)");
  }
  auto candidates = counting_detail::RoundCandidates(list, round);
  if (!candidates.ok()) return Refused(where + ": " + candidates.error().message);
  std::string previous = GenesisHash(round.id);
  int64_t next_seq = 1;
  for (const BallotEntryRecord& entry : given.entries) {
    const std::string at = where + ", bản ghi số " + std::to_string(entry.seq);
    if (entry.round_id != round.id) {
      return Refused(at + " thuộc vòng khác (entry of another round)");
    }
    if (entry.seq != next_seq) {
      return Refused(where + ": bản ghi số " + std::to_string(next_seq) +
                     " bị mất hoặc đảo thứ tự, gặp bản ghi số " + std::to_string(entry.seq) +
                     " (entry removed or reordered)");
    }
    if (entry.prev_hash != previous) {
      return Refused(at +
                     " không nối tiếp bản ghi trước (prev_hash does not follow: an entry "
                     "was removed, inserted or reordered)");
    }
    if (EntryHash(entry) != entry.hash) {
      return Refused(at + " đã bị sửa (hash does not match the entry: changed)");
    }
    auto decoded =
        election::DecodeEntry(entry.payload, entry.number, static_cast<int>(candidates->size()));
    if (!decoded.ok()) {
      return Refused(at + " không đọc được (payload does not decode): " + decoded.error().message);
    }
    previous = entry.hash;
    ++next_seq;
  }
  const std::string head = given.entries.empty() ? "" : given.entries.back().hash;
  if (round.closed && round.chain_head != head) {
    return Refused(where + ": đầu chuỗi của biên bản (" + round.chain_head +
                   ") không phải bản ghi cuối (" + head +
                   ") (closed snapshot does not match its last entry)");
  }
  return {};
}

Status CheckElection(const Bundle& bundle, const ImportedElection& imported) {
  const ElectionRecord& election = imported.election;
  if (election.org_code != bundle.congress.org_code || election.term != bundle.congress.term) {
    return Refused(ElectionName(election) + " thuộc đại hội khác (another congress)");
  }
  std::vector<election::Candidate> order;
  for (const CandidateRecord& candidate : imported.candidates) {
    order.push_back(counting_detail::ToCandidate(candidate));
  }
  election::Election values;
  values.kind = election.kind;
  values.seats = election.seats;
  values.alternates = election.alternates;
  // The digest printed on the ballots: a list changed after printing does not match it.
  if (BallotListDigest(ElectionIdText(election.id), values, order) != election.list_digest) {
    return Refused(ElectionName(election) +
                   ": danh sách không khớp mã băm in trên phiếu (list does not match its digest)");
  }
  std::set<int64_t> round_ids;
  for (const ImportedRound& given : imported.rounds) {
    if (!round_ids.insert(given.round.id).second) {
      return Refused(ElectionName(election) + ": " + RoundName(given.round) + " có hai lần");
    }
    if (Status s = CheckRound(imported, given, imported.candidates); !s) return s;
  }
  return {};
}

}  // namespace

Result<BundleImportReport> ImportBundle(const CountingPorts& ports, const Actor& actor,
                                        const Bundle& bundle,
                                        const std::vector<std::string>& trusted) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(ports.store, actor, access::Action::kAdminister, "");
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<BundleImportReport>(
      ports.store, actor,
      {"bundle.import", bundle.congress.org_code,
       ChangeText({{"term", bundle.congress.term}, {"venue", bundle.venue_key}})},
      [&]() -> Result<BundleImportReport> {
        if (bundle.version != kBundleVersion) {
          return InvalidInput("phiên bản gói " + std::to_string(bundle.version) +
                                  " không đọc được (unknown bundle format version)",
                              "format");
        }
        auto key = CheckPublicKey(bundle.venue_key, "venue_key");
        if (!key.ok()) return key.error();
        BundleImportReport report;
        report.venue_fingerprint = KeyFingerprint(*key);
        bool is_trusted = false;
        for (const std::string& candidate : trusted) {
          auto normalized = CheckPublicKey(candidate, "trust");
          if (!normalized.ok()) return normalized.error();
          is_trusted = is_trusted || *normalized == *key;
        }
        if (!is_trusted) {
          return Refused("khóa của điểm bầu cử " + report.venue_fingerprint +
                             " không nằm trong các khóa tin cậy (untrusted venue key)",
                         "venue_key");
        }
        if (!SignatureValid(bundle)) {
          return Refused(
              "chữ ký không hợp lệ: nội dung gói đã bị thay đổi sau khi ký, hoặc không "
              "phải do khóa " +
                  report.venue_fingerprint + " ký (bad signature)",
              "signature");
        }
        // The congress must be recorded here before its results can be.
        auto kind = counting_detail::CongressKindOf(ports.store, bundle.congress);
        if (!kind.ok()) return kind.error();
        std::set<int64_t> election_ids;
        for (const ImportedElection& imported : bundle.elections) {
          if (!election_ids.insert(imported.election.id).second) {
            return Refused(ElectionName(imported.election) + " có hai lần");
          }
          if (Status s = CheckElection(bundle, imported); !s) return s.error();
        }

        Status applied = ports.store.InTransaction([&]() -> Status {
          report.elections.clear();
          for (const ImportedElection& given : bundle.elections) {
            ImportedElection imported = given;
            imported.election.venue_key = report.venue_fingerprint;
            imported.election.venue_election_id = given.election.id;
            auto outcome = ports.elections.ImportElection(imported);
            if (!outcome.ok()) return outcome.error();
            report.elections.push_back(*outcome);
          }
          return {};
        });
        if (!applied.ok()) return applied.error();
        return report;
      });
}

}  // namespace daihoi::app
