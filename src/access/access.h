#pragma once
// Roles scoped to the hierarchy: who may do what, where (docs/security.md).
//
// A grant gives a role over an organization's subtree (the organization and everything below
// it); a counting clerk's grant also names one term, so it covers exactly one congress. An
// actor holds any number of grants; an action is allowed when one of them allows it. The
// target is named by its path of codes from the top of the hierarchy down to the target itself,
// so the decision needs no database: the use case reads the path (Store::Ancestors) and asks.
//
// Invariants: a decision never widens with fewer grants (each grant is considered alone), and a
// grant never reaches outside its subtree.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace daihoi::access {

enum class Role {
  kAdministrator,  // quản trị hệ thống: everything in its subtree (everywhere when global)
  kOrganizationBoard,  // ban tổ chức: reads and writes its subtree: registry, plans, approval
  kUnitClerk,          // văn phòng đơn vị: its own organization's congress records
  kCountingClerk,      // tổ kiểm phiếu: ballot entry of one congress's elections
  kObserver,           // giám sát: reads its subtree, without members' personal fields
};
inline constexpr Role kAllRoles[] = {Role::kAdministrator, Role::kOrganizationBoard,
                                     Role::kUnitClerk, Role::kCountingClerk, Role::kObserver};

// "administrator", "organization_board", "unit_clerk", "counting_clerk", "observer" and back
// (nullopt for an unknown word).
const char* ToString(Role role);
std::optional<Role> ParseRole(std::string_view text);
// The Vietnamese name users see: "Quản trị hệ thống", "Ban tổ chức", …
const char* RoleLabel(Role role);

struct Grant {
  Role role = Role::kObserver;
  // The root of the subtree. Empty: every organization (only an administrator's grant may be
  // global; see CheckGrant).
  std::string org_code;
  // A counting clerk's congress term ("2020-2025"); empty for every other role.
  std::string term;

  bool operator==(const Grant&) const = default;
};

// Why a grant is malformed, nullopt when it is well formed: a global grant of another role than
// administrator, a counting clerk without a term, a term on another role.
std::optional<std::string> CheckGrant(const Grant& grant);

enum class Action {
  kReadRegistry,        // organizations, congresses, progress, plans (no personal fields)
  kReadPersonalFields,  // a member's birth date, party dates and status
  kWriteRegistry,       // import or edit organizations, members, congresses
  kPlan,                // plans, delegate allocation, approval of results
  kUnitCongress,        // a unit's own congress records: roll, groups, elections set-up
  kEnterBallots,        // ballot entry of a congress's elections
  kAdminister,          // users, grants, the audit trail
  kPersonnel,           // personnel schemes, nominees' vetting files, complaints (confidential)
};
inline constexpr Action kAllActions[] = {
    Action::kReadRegistry, Action::kReadPersonalFields, Action::kWriteRegistry, Action::kPlan,
    Action::kUnitCongress, Action::kEnterBallots,       Action::kAdminister,
    Action::kPersonnel};

const char* ToString(Action action);  // "read_registry", …
// What a refusal tells the user, in Vietnamese: "xem tổ chức, đại hội và tiến độ", …
const char* ActionLabel(Action action);

// What an action is about.
struct Target {
  // Codes from the top of the hierarchy down to the target organization itself
  // ("HANOI", "BADINH", "BADINH-KIMMA"). Empty: the action is about no organization (the user
  // list, the whole audit trail): only a global grant covers it.
  std::vector<std::string> path;
  // The congress term when the action is about one congress (ballot entry); else empty.
  std::string term;
};

// The decision. Within its subtree:
//   administrator       every action;
//   organization_board  everything but ballot entry and administration;
//   unit_clerk          reads (personal fields included) over its subtree; its congress records
//                       for its own organization only (not those of the units below it);
//   counting_clerk      ballot entry for its congress (organization and term exactly) and reading
//                       that organization; never members' personal fields;
//   observer            reading the registry; never personal fields, never writing.
// Personnel work (kPersonnel: schemes, vetting, complaints) is the administrator's and the
// organization board's only.
// Administering a grant is kAdminister at the grant's organization (an empty path for a global
// grant): a scoped administrator gives and takes grants inside its subtree only.
bool Allowed(const std::vector<Grant>& grants, Action action, const Target& target);

// The answer outside scope. kNotFound where the existence of the thing must not leak: members'
// personal data (a member id outside one's subtree is not confirmed to exist). kForbidden for
// the rest, whose existence is not secret (the hierarchy, congresses, elections are known) and
// where saying "not allowed" helps the user.
enum class Refusal { kForbidden, kNotFound };
Refusal RefusalOutsideScope(Action action);

// The roots of the subtrees where the action is allowed at least somewhere, for filtering lists
// and exports; nullopt when a global grant allows it everywhere. Roots may nest (the caller's
// subtree query merges them). A counting clerk's roots are its organizations (they cover only the
// organization).
std::optional<std::vector<std::string>> ScopeRoots(const std::vector<Grant>& grants, Action action);

// Members' personal fields a reader sees at a target (visible only to the roles that need them):
// all of them with kReadPersonalFields there, none otherwise. Name, gender and organization are
// not personal fields here: an observer's lists show them.
struct PersonalFields {
  bool birth_date = false;
  bool party_dates = false;  // party_join_date, full_member_date
  bool status = false;
  bool operator==(const PersonalFields&) const = default;
};
PersonalFields VisiblePersonalFields(const std::vector<Grant>& grants, const Target& target);

}  // namespace daihoi::access
