#pragma once
// Authorization of a use case (docs/security.md): every use case that reads or writes data of an
// organization takes the acting `Actor` and asks here, from the actor's grants and the target
// organization, before it touches anything. Handlers and the command line only pass the actor on.

#include <string>

#include "access/access.h"
#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

bool IsGlobalAdministrator(const Actor& actor);
// kForbidden: "'login' không có quyền <the action's Vietnamese label>[ <where>]", `where` being
// e.g. "tại 'BADINH'"; the action's name follows in parentheses for the log.
Error Refused(const Actor& actor, access::Action action, const std::string& where = {});
// The target of an organization: its path of codes from the top (Store::Ancestors) down to it.
// kNotFound for an unknown code; an empty code is the target of no organization.
Result<access::Target> TargetOf(Store& store, const std::string& org_code,
                                const std::string& term = {});
// kForbidden naming the action, unless the actor's grants allow it at the target (kNotFound
// instead where access::RefusalOutsideScope says existence must not leak).
Status Require(const Actor& actor, access::Action action, const access::Target& target);
// TargetOf then Require: the usual first line of a use case.
Status Authorize(Store& store, const Actor& actor, access::Action action,
                 const std::string& org_code, const std::string& term = {});
// kForbidden when the actor may do `action` nowhere (no grant allows it anywhere): a list filtered
// by scope answers the anonymous caller this rather than an empty list.
Status RequireSomeScope(const Actor& actor, access::Action action);
// Whether the actor may do `action` at the organization (false for an unknown code): lists and
// exports keep only what this allows (docs/security.md, filtered by scope).
Result<bool> InScope(Store& store, const Actor& actor, access::Action action,
                     const std::string& org_code);

}  // namespace daihoi::app
