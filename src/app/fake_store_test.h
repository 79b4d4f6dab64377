#pragma once
// An in-memory app::Store for use-case tests (STYLE.md: ports with fakes). Transactions are
// snapshots restored on failure.

#include <algorithm>
#include <map>

#include "app/ports/store.h"

namespace daihoi::app::testing {

class FakeStore : public Store {
 public:
  int transactions = 0;
  bool fail_writes = false;

  Status InTransaction(const std::function<Status()>& fn) override {
    ++transactions;
    auto saved_orgs = orgs_;
    auto saved_members = members_;
    auto saved_congresses = congresses_;
    Status s = fn();
    if (!s) {
      orgs_ = saved_orgs;
      members_ = saved_members;
      congresses_ = saved_congresses;
    }
    return s;
  }
  Result<std::vector<org::Level>> Levels() override { return org::DefaultLevels(); }
  Status UpsertLevels(const std::vector<org::Level>&) override { return {}; }
  Status UpsertOrganizations(const std::vector<org::Organization>& orgs) override {
    if (fail_writes) return StorageError("disk full");
    for (const auto& o : orgs) {
      auto it =
          std::find_if(orgs_.begin(), orgs_.end(), [&](const auto& x) { return x.code == o.code; });
      if (it == orgs_.end()) {
        orgs_.push_back(o);
      } else {
        *it = o;
      }
    }
    return {};
  }
  Result<std::optional<org::Organization>> FindOrganization(const std::string& code) override {
    for (const auto& o : orgs_) {
      if (o.code == code) return std::optional<org::Organization>(o);
    }
    return std::optional<org::Organization>();
  }
  Result<std::vector<org::Organization>> AllOrganizations() override { return orgs_; }
  Result<Page<org::Organization>> SearchOrganizations(const OrgQuery&) override {
    return Page<org::Organization>{orgs_, static_cast<int64_t>(orgs_.size())};
  }
  Result<std::vector<org::Organization>> Subtree(const std::string& root) override {
    return SubtreeOf(root);
  }
  std::vector<org::Organization> SubtreeOf(const std::string& root) const {
    std::vector<org::Organization> out;
    std::vector<std::string> stack{root};
    while (!stack.empty()) {
      std::string code = stack.back();
      stack.pop_back();
      for (const auto& o : orgs_) {
        if (o.code == code) out.push_back(o);
      }
      for (auto it = orgs_.rbegin(); it != orgs_.rend(); ++it) {
        if (it->parent_code == code) stack.push_back(it->code);
      }
    }
    return out;
  }
  Result<std::vector<org::Organization>> Ancestors(const std::string&) override {
    return std::vector<org::Organization>{};
  }
  Result<std::vector<org::LevelCount>> CountsPerLevel(const std::string&) override {
    return std::vector<org::LevelCount>{};
  }
  Status UpsertMembers(const std::vector<org::Member>& members) override {
    if (fail_writes) return StorageError("disk full");
    for (const auto& m : members) members_[m.id] = m;
    return {};
  }
  Result<Page<org::Member>> SearchMembers(const MemberQuery&) override {
    return Page<org::Member>{};
  }
  Status ForEachMember(const std::string& root,
                       const std::function<void(const org::Member&)>& fn) override {
    std::vector<std::string> codes;
    if (!root.empty()) {
      for (const auto& o : SubtreeOf(root)) codes.push_back(o.code);
    }
    for (const auto& [id, m] : members_) {
      if (root.empty() || std::find(codes.begin(), codes.end(), m.org_code) != codes.end()) fn(m);
    }
    return {};
  }
  Status UpsertCongresses(const std::vector<planning::Congress>& congresses) override {
    if (fail_writes) return StorageError("disk full");
    for (const auto& c : congresses) congresses_[{c.org_code, c.term}] = c;
    return {};
  }
  Result<std::vector<planning::Congress>> Congresses(const std::string& root) override {
    std::vector<std::string> codes;
    if (!root.empty()) {
      for (const auto& o : SubtreeOf(root)) codes.push_back(o.code);
    }
    std::vector<planning::Congress> out;
    for (const auto& [key, c] : congresses_) {
      if (root.empty() || std::find(codes.begin(), codes.end(), c.org_code) != codes.end()) {
        out.push_back(c);
      }
    }
    return out;
  }

  Result<int64_t> SaveAllocation(const AllocationRecord& allocation) override {
    if (fail_writes) return StorageError("disk full");
    AllocationRecord stored = allocation;
    stored.id = static_cast<int64_t>(allocations_.size()) + 1;
    stored.created_at = "2025-01-01T00:00:00Z";
    allocations_.push_back(stored);
    return stored.id;
  }
  Result<std::vector<AllocationRecord>> Allocations(const std::string& org_code) override {
    std::vector<AllocationRecord> out;
    for (auto it = allocations_.rbegin(); it != allocations_.rend(); ++it) {
      if (it->org_code == org_code) out.push_back(*it);
    }
    return out;
  }
  Result<std::optional<AllocationRecord>> FindAllocation(int64_t id) override {
    for (const auto& a : allocations_) {
      if (a.id == id) return std::optional<AllocationRecord>(a);
    }
    return std::optional<AllocationRecord>();
  }

  const std::vector<org::Organization>& orgs() const { return orgs_; }
  const std::map<std::string, org::Member>& members() const { return members_; }

 private:
  std::vector<org::Organization> orgs_;
  std::map<std::string, org::Member> members_;
  std::map<std::pair<std::string, std::string>, planning::Congress> congresses_;
  std::vector<AllocationRecord> allocations_;
};

}  // namespace daihoi::app::testing
