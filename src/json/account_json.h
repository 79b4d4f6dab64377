#pragma once
// JSON of accounts and the audit trail (app/accounts.h, app/audit.h), for `daihoi user list`
// and `daihoi audit verify|list --json` (docs/security.md) and, later, the API. No password
// hash and no session token ever appear here.

#include <nlohmann/json.hpp>

#include "app/accounts.h"
#include "app/audit.h"

namespace daihoi::json {

// {"role", "role_label", "org": code or null (global), "term": text or null}
nlohmann::ordered_json GrantToJson(const access::Grant& grant);
// {"login", "display_name", "created_at", "password_changed_at", "grants": [...]}
nlohmann::ordered_json UserViewToJson(const app::UserView& user);
// {"seq", "at", "actor", "use_case", "org", "digest", "prev_hash", "hash"}
nlohmann::ordered_json AuditRecordToJson(const app::AuditRecord& record);
// {"ok", "records", "head", "problem": "none"|"edited"|…, "first_bad_seq", "message"}
nlohmann::ordered_json AuditCheckToJson(const app::AuditCheck& check);

}  // namespace daihoi::json
