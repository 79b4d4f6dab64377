#pragma once
// The storage port: what use cases need from a database. Implemented by storage/sqlite and
// storage/postgres; both pass tests/storage_contract. Every method is one statement or one
// transaction; batch writes are all-or-nothing.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/allocation_record.h"
#include "app/roll_record.h"
#include "common/result.h"
#include "org/organization.h"
#include "planning/congress.h"

namespace daihoi::app {

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;  // matching rows, ignoring offset/limit
};

struct OrgQuery {
  std::string root;    // restrict to this subtree (root included); empty = everything
  std::string parent;  // only direct children of this code; empty = no restriction
  std::string text;    // accent-insensitive match on name or code; empty = all
  std::string level;   // empty = all levels
  int64_t offset = 0;
  int64_t limit = 100;
};

struct MemberQuery {
  std::string root;  // subtree of this organization; empty = everything
  std::string text;  // accent-insensitive match on full name or id
  std::optional<org::MemberStatus> status;
  int64_t offset = 0;
  int64_t limit = 100;
};

class Store {
 public:
  virtual ~Store() = default;

  // Runs fn in one transaction: committed when fn succeeds, rolled back otherwise.
  virtual Status InTransaction(const std::function<Status()>& fn) = 0;

  // Levels (data, not code). A new database holds org::DefaultLevels().
  virtual Result<std::vector<org::Level>> Levels() = 0;
  virtual Status UpsertLevels(const std::vector<org::Level>& levels) = 0;

  // Organizations, upserted by code. Callers validate the whole batch first (org::OrgTree).
  virtual Status UpsertOrganizations(const std::vector<org::Organization>& orgs) = 0;
  virtual Result<std::optional<org::Organization>> FindOrganization(const std::string& code) = 0;
  // All organizations, parents before children.
  virtual Result<std::vector<org::Organization>> AllOrganizations() = 0;
  // Sorted by Vietnamese collation of the name.
  virtual Result<Page<org::Organization>> SearchOrganizations(const OrgQuery& query) = 0;
  // Root first, depth-first.
  virtual Result<std::vector<org::Organization>> Subtree(const std::string& root) = 0;
  // Parent first up to the top; excludes root itself.
  virtual Result<std::vector<org::Organization>> Ancestors(const std::string& code) = 0;
  // Organizations without a parent (the tops of the tree browser). The default filters
  // AllOrganizations(); an engine may answer with one query instead.
  virtual Result<std::vector<org::Organization>> Roots() {
    auto all = AllOrganizations();
    if (!all.ok()) return all.error();
    std::vector<org::Organization> roots;
    for (auto& organization : *all) {
      if (organization.parent_code.empty()) roots.push_back(std::move(organization));
    }
    return roots;
  }
  // Organizations and full members per level within the subtree (root included).
  // Full members are counted from the member registry where one is loaded for an
  // organization, else taken from its stated count.
  // Precisely, for each organization X of the subtree, members(X) is:
  //  - when some member of X's own subtree is in the registry (any status): the full members
  //    attached to X in the registry plus members(child) summed over X's children;
  //  - else X's stated count when it has one;
  //  - else members(child) summed over its children (0 for a leaf).
  // A level's `members` is the sum of members(X) over the subtree's organizations of that level.
  // Levels are returned by rank; a level without organizations in the subtree is left out. An
  // empty root means every organization; an unknown root is kNotFound.
  virtual Result<std::vector<org::LevelCount>> CountsPerLevel(const std::string& root) = 0;

  // Members, upserted by id. Callers validate first (each org_code exists).
  virtual Status UpsertMembers(const std::vector<org::Member>& members) = 0;
  // Sorted by R-ORDER (given name, family name, middle names; Vietnamese collation).
  virtual Result<Page<org::Member>> SearchMembers(const MemberQuery& query) = 0;
  // Streams every member of the subtree (all when root is empty) in id order.
  virtual Status ForEachMember(const std::string& root,
                               const std::function<void(const org::Member&)>& fn) = 0;
  // Which of `ids` are stored already (imports count inserted vs updated). This default scans
  // every member; an engine may override it with an indexed lookup.
  virtual Result<std::vector<std::string>> ExistingMemberIds(const std::vector<std::string>& ids) {
    std::unordered_set<std::string> wanted(ids.begin(), ids.end());
    std::vector<std::string> found;
    Status s = ForEachMember("", [&](const org::Member& m) {
      if (wanted.contains(m.id)) found.push_back(m.id);
    });
    if (!s) return s.error();
    return found;
  }

  // Congresses, upserted by (org_code, term).
  virtual Status UpsertCongresses(const std::vector<planning::Congress>& congresses) = 0;
  // Every congress of the subtree (root included); all when root is empty.
  virtual Result<std::vector<planning::Congress>> Congresses(const std::string& root) = 0;

  // Saved allocations of delegate seats (R-ALLOCATION), with their units in input order.
  // SaveAllocation stores a new one and returns its id (and sets created_at); an unknown
  // convening organization is kInvalidInput and nothing is written.
  virtual Result<int64_t> SaveAllocation(const AllocationRecord& allocation) = 0;
  // The allocations convened by this organization, newest first; kNotFound for an unknown one.
  virtual Result<std::vector<AllocationRecord>> Allocations(const std::string& org_code) = 0;
  virtual Result<std::optional<AllocationRecord>> FindAllocation(int64_t id) = 0;

  // One congress record; nullopt when the organization has none for the term, kNotFound when
  // the organization is unknown.
  virtual Result<std::optional<planning::Congress>> FindCongress(const std::string& org_code,
                                                                 const std::string& term) = 0;

  // The roll of the congress (org_code, term): app/roll_record.h. An unknown organization is
  // kNotFound. These methods do not require a congress record: the use cases check it.
  virtual Result<RollRecords> Roll(const std::string& org_code, const std::string& term) = 0;
  // In one transaction: removes the entries `remove` (with their issues and absences) and
  // appends `add` (their ids are ignored); returns the new ids in order. An id of `remove` that
  // is not an entry of this roll is kNotFound and nothing is written.
  virtual Result<std::vector<int64_t>> ReplaceRollEntries(const std::string& org_code,
                                                          const std::string& term,
                                                          const std::vector<int64_t>& remove,
                                                          const std::vector<RollEntry>& add) = 0;
  virtual Result<int64_t> AddCredentialIssue(const std::string& org_code, const std::string& term,
                                             const election::CredentialIssue& issue) = 0;
  // false when the id is not an issue of this roll.
  virtual Result<bool> RemoveCredentialIssue(const std::string& org_code, const std::string& term,
                                             int64_t id) = 0;
  virtual Status ReplaceSessions(const std::string& org_code, const std::string& term,
                                 const std::vector<election::Session>& sessions) = 0;
  // By (person, session): a second absence of the same person and session replaces the first.
  virtual Status UpsertAbsence(const std::string& org_code, const std::string& term,
                               const election::Absence& absence) = 0;
  // false when there was no such absence.
  virtual Result<bool> RemoveAbsence(const std::string& org_code, const std::string& term,
                                     const std::string& person, int session) = 0;
};

}  // namespace daihoi::app
