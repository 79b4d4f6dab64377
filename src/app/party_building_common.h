#pragma once
// What the party-building use cases share (app/party_building.h): authorizing a root, checking
// the organizations of a batch, and the organization the audit record names.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "access/access.h"
#include "app/accounts.h"
#include "app/party_building.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app::building_detail {

// `action` at the root; an empty root is everything (only a global grant covers it). An unknown
// root is kNotFound naming `field`.
Status AuthorizeRoot(Store& store, const Actor& actor, access::Action action,
                     const std::string& root, const std::string& field = "root");

// Whether `action` is allowed at the root (false for an unknown one).
Result<bool> AllowedAt(Store& store, const Actor& actor, access::Action action,
                       const std::string& root);

struct BatchOrganizations {
  std::set<std::string> unknown;  // codes not in the registry
  std::string common;             // the deepest organization above (or at) all known ones
};

// Looks up each distinct code; `action` must be allowed at every known one (else the refusal
// is returned: a batch is allowed whole or not at all).
Result<BatchOrganizations> CheckBatch(Store& store, const Actor& actor, access::Action action,
                                      const std::vector<std::string>& codes);

// The organization's name, or the code when unknown.
std::string NameOf(Store& store, const std::string& code);

}  // namespace daihoi::app::building_detail
