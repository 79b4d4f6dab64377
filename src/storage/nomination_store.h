#pragma once
// app::NominationStore over portable SQL (storage/sql.h): migration 5 (nominations,
// structure_targets). SqliteStore and PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/nomination_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlNominationStore : public app::NominationStore, public virtual HasSql {
 public:
  Result<int64_t> AddNomination(const app::NominationRecord& nomination) override;
  Result<std::optional<app::NominationRecord>> FindNomination(int64_t id) override;
  Result<std::vector<app::NominationRecord>> Nominations(int64_t election_id) override;
  Status RecordGate(int64_t nomination_id, const election::GateVote& gate) override;
  Status RequestWithdrawal(int64_t nomination_id, const std::string& reason) override;
  Status RecordWithdrawalVote(int64_t nomination_id, const election::ShowOfHands& vote) override;
  Result<std::optional<election::ListStructureTargets>> FindStructureTargets(
      int64_t election_id) override;
  Status SetStructureTargets(int64_t election_id,
                             const election::ListStructureTargets& targets) override;

 protected:
  ~SqlNominationStore() = default;
};

}  // namespace daihoi::storage
