// Use case: the list of candidates of an election, replaced as a whole until it is locked.
#include <string>
#include <unordered_set>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "text/text.h"

namespace daihoi::app {

Status SetCandidates(const CountingPorts& ports, const Actor& actor, int64_t election_id,
                     const std::vector<CandidateRecord>& candidates) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeElection(ports, actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      ports.store, actor,
      {"election.candidates", *allowed,
       ChangeText({{"election", std::to_string(election_id)},
                   {"candidates", std::to_string(candidates.size())}})},
      [&]() -> Status {
        auto election = counting_detail::FindElection(ports.elections, election_id);
        if (!election.ok()) return election.error();
        if (Status own = counting_detail::RefuseImported(*election); !own) return own;
        if (counting_detail::Locked(*election)) {
          return counting_detail::Conflict(
              "danh sách bầu cử đã khóa, không sửa được (the list is locked: ballots are printed "
              "from "
              "it)");
        }
        std::vector<CandidateRecord> list;
        list.reserve(candidates.size());
        std::unordered_set<std::string> ids;
        for (size_t index = 0; index < candidates.size(); ++index) {
          const std::string at = "candidates[" + std::to_string(index) + "]";
          CandidateRecord candidate = candidates[index];
          candidate.id = text::Normalize(candidate.id);
          if (candidate.id.empty())
            return InvalidInput("mã ứng cử viên trống (empty id)", at + ".id");
          if (!ids.insert(candidate.id).second) {
            return InvalidInput("mã ứng cử viên '" + candidate.id + "' trùng (duplicate id)",
                                at + ".id");
          }
          candidate.full_name = text::Normalize(candidate.full_name);
          if (candidate.full_name.empty()) {
            return InvalidInput("họ và tên trống (empty name)", at + ".full_name");
          }
          candidate.member_id = text::Normalize(candidate.member_id);
          candidate.gender = text::Normalize(candidate.gender);
          if (!candidate.gender.empty() && candidate.gender != "male" &&
              candidate.gender != "female") {
            return InvalidInput(
                "giới tính '" + candidate.gender + "' không hợp lệ (male, female or empty)",
                at + ".gender");
          }
          list.push_back(std::move(candidate));
        }
        return ports.elections.ReplaceCandidates(election_id, list);
      });
}

}  // namespace daihoi::app
