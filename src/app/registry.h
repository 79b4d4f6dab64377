#pragma once
// The registry's reads within the actor's scope (docs/security.md): the tree, organizations,
// members. One use case per file: visible_roots.cpp, show_organization.cpp,
// search_organizations.cpp, search_members.cpp; registry_common.cpp holds what they share.
//
// A search names its subtree (`root`); without one, a scoped actor searches the subtree of its
// grant (kInvalidInput naming `root` when its grants have several disjoint subtrees), a global
// one everything. A root outside scope is kForbidden.

#include <string>
#include <vector>

#include "access/access.h"
#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"
#include "org/organization.h"

namespace daihoi::app {

// Where the actor's tree starts: the top organizations for a global reader, else the
// organizations of its grants (the outermost of nested ones), by name.
Result<std::vector<org::Organization>> VisibleRoots(Store& store, const Actor& actor);

// The organization (kNotFound naming `field` when unknown) when the actor may read it.
Result<org::Organization> ShowOrganization(Store& store, const Actor& actor,
                                           const std::string& code, const std::string& field);

// `query.root` and `query.parent` must be in scope (unknown: kNotFound naming them).
Result<Page<org::Organization>> SearchOrganizations(Store& store, const Actor& actor,
                                                    OrgQuery query);

// A member with the personal fields its reader may see (access::VisiblePersonalFields at the
// member's organization); what is not visible must not be shown.
struct VisibleMember {
  org::Member member;
  access::PersonalFields fields;
};
// Filtering by status needs the personal fields at the root (a status is one).
Result<Page<VisibleMember>> SearchMembers(Store& store, const Actor& actor, MemberQuery query);

// What the searches share: the subtree to search — `requested` when the actor may do `action`
// there, else the actor's one scope root ("" for everywhere). `field` names the parameter.
Result<std::string> ScopedRoot(Store& store, const Actor& actor, access::Action action,
                               const std::string& requested, const std::string& field);

// The header of the organization's printed documents (letterhead.cpp).
// The place on the date line (org::PlaceInName): its own, else its nearest superior's; empty
// when none is named after an administrative unit, or for the whole country (`org_code` empty).
// kNotFound for an unknown organization.
Result<std::string> PlaceOf(Store& store, const std::string& org_code);
// The superior body: the parent's name; empty at the top.
Result<std::string> SuperiorName(Store& store, const org::Organization& organization);

}  // namespace daihoi::app
