#pragma once
// Use case: what a printed ballot (phiếu bầu cử) of one election carries — the names in ballot
// order, the form, the list digest and the QR payload. The PDF itself is drawn by
// report/pdf/ballot.h; `daihoi ballot print` wires the two.

#include <string>
#include <vector>

#include "common/result.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::app {

// Version 1 of the text the ballot's QR code carries:
//   "DAIHOI-BALLOT/1/<election id>/<list digest, 64 lower-case hex digits>"
// The election id holds no "/" (PrepareBallot refuses one), so the payload splits on "/".
inline constexpr const char* kBallotQrPrefix = "DAIHOI-BALLOT/1/";
std::string BallotQrPayload(const std::string& election_id, const std::string& list_digest);

struct BallotContent {
  std::vector<election::Candidate> candidates;  // ballot order (R-ORDER)
  // R-BALLOT-FORM: true when the list has a surplus (the voter strikes names); false for the
  // agree / disagree form.
  bool struck_form = true;
  int max_names = 0;        // names a ballot may leave (or agree with): R-VALID 2
  std::string list_digest;  // BallotListDigest of the ordered list
  std::string qr_payload;   // BallotQrPayload
};

// Orders the names (R-ORDER), checks the list against the profile (R-SURPLUS) and computes the
// digest. kInvalidInput (field "election.id") for an id that is empty, longer than 64 bytes or
// holds anything but letters, digits, ".", "_", ":" and "-"; kInvalidInput (field "candidates")
// for an empty list; kRuleViolation (rule "R-SURPLUS") for a list that breaks the profile:
// such a list is never printed.
Result<BallotContent> PrepareBallot(const std::string& election_id,
                                    const election::Election& election,
                                    const std::vector<election::Candidate>& candidates,
                                    const election::Profile& profile);

}  // namespace daihoi::app
