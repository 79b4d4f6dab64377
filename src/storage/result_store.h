#pragma once
// app::ResultStore over portable SQL (storage/sql.h): migration 6 (body_members,
// applied_results, approvals). SqliteStore and PostgresStore derive from it.

#include <string>
#include <vector>

#include "app/ports/result_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlResultStore : public app::ResultStore, public virtual HasSql {
 public:
  Result<std::optional<app::Approval>> FindApproval(const std::string& org_code,
                                                    const std::string& term) override;
  Status RecordApproval(const app::Approval& approval) override;

  Result<std::vector<election::Membership>> Bodies(const std::string& org_code,
                                                   const std::string& term) override;
  Status ReplaceBody(const std::string& org_code, const std::string& term, election::Body body,
                     const std::vector<election::Membership>& members) override;
  Result<std::vector<std::string>> BodyTerms(const std::string& org_code) override;
  Result<std::vector<app::MembershipRow>> SubtreeBodies(const std::string& root,
                                                        election::Body body) override;

  Status MarkApplied(int64_t election_id) override;
  Result<std::vector<app::AppliedResult>> AppliedResults(const std::string& org_code,
                                                         const std::string& term) override;

 protected:
  ~SqlResultStore() = default;
};

}  // namespace daihoi::storage
