#pragma once
// A writing use case's change and its audit record in one transaction (docs/security.md): the
// record is appended inside the transaction of the write, so a write that fails leaves neither.

#include <functional>
#include <optional>
#include <utility>

#include "app/accounts.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// The demo's seed data is written as the registry's own rows are (load_demo.cpp), unrecorded: by
// an actor without a login holding a global grant, which no request or command can be (a
// signed-in user and the command line have a login, the anonymous caller has no grant).
inline Actor SeedActor() { return {"", {{access::Role::kAdministrator, "", ""}}}; }
inline bool IsSeed(const Actor& actor) {
  return actor.login.empty() && IsGlobalAdministrator(actor);
}

// T = void for a use case answering a Status.
template <class T>
Result<T> Audited(Store& store, const Actor& actor, const AuditChange& change,
                  const std::function<Result<T>()>& write) {
  if (IsSeed(actor)) return write();
  std::optional<Result<T>> result;
  Status done = store.InTransaction([&]() -> Status {
    result.emplace(write());
    if (!result->ok()) return result->error();
    return RecordChange(store, actor, change);
  });
  if (!done.ok()) return done.error();
  return std::move(*result);
}

}  // namespace daihoi::app
