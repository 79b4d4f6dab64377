#include "json/account_json.h"

namespace daihoi::json {

using ordered = nlohmann::ordered_json;

ordered GrantToJson(const access::Grant& grant) {
  ordered out = ordered::object();
  out["role"] = access::ToString(grant.role);
  out["role_label"] = access::RoleLabel(grant.role);
  out["org"] = grant.org_code.empty() ? ordered() : ordered(grant.org_code);
  out["term"] = grant.term.empty() ? ordered() : ordered(grant.term);
  return out;
}

ordered UserViewToJson(const app::UserView& user) {
  ordered out = ordered::object();
  out["login"] = user.login;
  out["display_name"] = user.display_name;
  out["created_at"] = user.created_at;
  out["password_changed_at"] = user.password_changed_at;
  out["grants"] = ordered::array();
  for (const app::GrantRecord& grant : user.grants)
    out["grants"].push_back(GrantToJson(grant.grant));
  return out;
}

ordered AuditRecordToJson(const app::AuditRecord& record) {
  ordered out = ordered::object();
  out["seq"] = record.seq;
  out["at"] = record.recorded_at;
  out["actor"] = record.actor;
  out["use_case"] = record.use_case;
  out["org"] = record.org_code.empty() ? ordered() : ordered(record.org_code);
  out["digest"] = record.digest;
  out["prev_hash"] = record.prev_hash;
  out["hash"] = record.hash;
  return out;
}

ordered AuditCheckToJson(const app::AuditCheck& check) {
  ordered out = ordered::object();
  out["ok"] = !check.first_bad_seq.has_value();
  out["records"] = check.records;
  out["head"] = check.head;
  out["problem"] = app::ToString(check.problem);
  out["first_bad_seq"] = check.first_bad_seq ? ordered(*check.first_bad_seq) : ordered();
  out["message"] = check.message;
  return out;
}

}  // namespace daihoi::json
