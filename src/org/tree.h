#pragma once
// An in-memory view of the hierarchy for validation and rollups. Pure: built from values.
//
// Invariants once Build() succeeded: codes are unique, every parent exists, there is no cycle,
// and each child's level ranks below its parent's.

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.h"
#include "org/organization.h"

namespace daihoi::org {

class OrgTree {
 public:
  // Checks the invariants above; the error's `row` is the 1-based index into `orgs` of the
  // first offending organization and `field` the column at fault.
  static Result<OrgTree> Build(std::vector<Organization> orgs, const std::vector<Level>& levels);

  const Organization* Find(std::string_view code) const;
  const std::vector<Organization>& organizations() const { return orgs_; }
  std::vector<const Organization*> Children(std::string_view code) const;
  std::vector<const Organization*> Roots() const;
  // Root first, then depth-first in input order.
  std::vector<const Organization*> Subtree(std::string_view code) const;
  // Parent first, up to the root; excludes `code` itself.
  std::vector<const Organization*> Ancestors(std::string_view code) const;
  // Stated members, or the sum of the children's when not stated.
  int64_t Members(std::string_view code) const;

 private:
  std::vector<Organization> orgs_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<std::vector<size_t>> children_;
};

}  // namespace daihoi::org
