#include <cstddef>

#include "app/ballot.h"
#include "app/digest.h"
#include "election/ballot_list.h"
#include "election/ballot_order.h"
#include "election/validity.h"

namespace daihoi::app {
namespace {

constexpr size_t kMaxElectionIdBytes = 64;

bool ValidElectionId(const std::string& id) {
  if (id.empty() || id.size() > kMaxElectionIdBytes) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string BallotQrPayload(const std::string& election_id, const std::string& list_digest) {
  return kBallotQrPrefix + election_id + "/" + list_digest;
}

Result<BallotContent> PrepareBallot(const std::string& election_id,
                                    const election::Election& election,
                                    const std::vector<election::Candidate>& candidates,
                                    const election::Profile& profile) {
  if (!ValidElectionId(election_id)) {
    return InvalidInput("election.id: '" + election_id +
                            "' is not an election id (1–64 letters, digits, '.', '_', ':', '-')",
                        "election.id");
  }
  if (candidates.empty()) return InvalidInput("candidates: the list is empty", "candidates");
  const int count = static_cast<int>(candidates.size());
  // R-SURPLUS: a list that breaks the profile is not printed (nor counted later).
  if (Status surplus = election::CheckSurplus(election, count, profile); !surplus) {
    return surplus.error();
  }
  BallotContent content;
  for (int index : election::BallotOrder(candidates, profile)) {  // R-ORDER
    content.candidates.push_back(candidates[static_cast<size_t>(index)]);
  }
  // R-BALLOT-FORM: the same shape the count uses decides the printed form.
  const election::ListShape shape = election::ShapeOf(election, count, profile);
  content.struck_form = shape.has_surplus;
  content.max_names = shape.max_names;
  content.list_digest = BallotListDigest(election_id, election, content.candidates);
  content.qr_payload = BallotQrPayload(election_id, content.list_digest);
  return content;
}

}  // namespace daihoi::app
