#pragma once
// An in-memory app::Store for use-case tests (STYLE.md: ports with fakes). Transactions are
// snapshots restored on failure.

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "app/ports/audit_store.h"
#include "app/ports/store.h"

namespace daihoi::app::testing {

// With the audit trail in memory too: every writing use case appends its record (app/audit.h).
class FakeStore : public Store, public AuditStore {
 public:
  int transactions = 0;
  bool fail_writes = false;

  const std::vector<AuditRecord>& audits() const { return audits_; }
  Result<std::optional<AuditRecord>> LastAudit() override {
    if (audits_.empty()) return std::optional<AuditRecord>();
    return std::optional<AuditRecord>(audits_.back());
  }
  Status InsertAudit(const AuditRecord& record) override {
    audits_.push_back(record);
    return {};
  }
  Status ForEachAudit(const std::function<Status(const AuditRecord&)>& fn) override {
    for (const auto& record : audits_) {
      if (Status s = fn(record); !s) return s;
    }
    return {};
  }
  Result<Page<AuditRecord>> SearchAudit(const AuditQuery& query) override {
    Page<AuditRecord> page;
    page.items = audits_;
    if (query.newest_first) std::reverse(page.items.begin(), page.items.end());
    page.total = static_cast<int64_t>(audits_.size());
    return page;
  }

  Status InTransaction(const std::function<Status()>& fn) override {
    ++transactions;
    auto saved_orgs = orgs_;
    auto saved_members = members_;
    auto saved_congresses = congresses_;
    auto saved_rolls = rolls_;
    auto saved_next_id = next_roll_id_;
    auto saved_audits = audits_;
    Status s = fn();
    if (!s) {
      audits_ = saved_audits;
      orgs_ = saved_orgs;
      members_ = saved_members;
      congresses_ = saved_congresses;
      rolls_ = saved_rolls;
      next_roll_id_ = saved_next_id;
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
    const org::Organization* found = Find(code);
    return found ? std::optional<org::Organization>(*found) : std::nullopt;
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
  Result<std::vector<org::Organization>> Ancestors(const std::string& code) override {
    std::vector<org::Organization> out;
    const org::Organization* at = Find(code);
    while (at && !at->parent_code.empty() && (at = Find(at->parent_code))) out.push_back(*at);
    return out;
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

  Result<std::optional<planning::Congress>> FindCongress(const std::string& org_code,
                                                         const std::string& term) override {
    if (auto s = KnownOrg(org_code); !s) return s.error();
    auto it = congresses_.find({org_code, term});
    if (it == congresses_.end()) return std::optional<planning::Congress>();
    return std::optional<planning::Congress>(it->second);
  }

  // The same orders as the engines (roll_record.h).
  Result<RollRecords> Roll(const std::string& org_code, const std::string& term) override {
    if (auto s = KnownOrg(org_code); !s) return s.error();
    RollRecords roll = rolls_[{org_code, term}];
    auto key = [](const RollEntry& e) {
      bool ex = e.role == election::RollRole::kExOfficio;
      return std::make_tuple(!ex, ex ? e.id : 0, e.unit_code,
                             e.role != election::RollRole::kOfficial, e.rank, e.id);
    };
    std::sort(roll.entries.begin(), roll.entries.end(),
              [&](const RollEntry& a, const RollEntry& b) { return key(a) < key(b); });
    std::sort(roll.sessions.begin(), roll.sessions.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    std::sort(roll.absences.begin(), roll.absences.end(), [](const auto& a, const auto& b) {
      return std::tie(a.person, a.session) < std::tie(b.person, b.session);
    });
    return roll;  // issues are kept in id order
  }
  Result<std::vector<int64_t>> ReplaceRollEntries(const std::string& org_code,
                                                  const std::string& term,
                                                  const std::vector<int64_t>& remove,
                                                  const std::vector<RollEntry>& add) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s.error();
    RollRecords& roll = rolls_[{org_code, term}];
    for (int64_t id : remove) {
      if (std::none_of(roll.entries.begin(), roll.entries.end(),
                       [&](const RollEntry& e) { return e.id == id; })) {
        return NotFound("roll entry " + std::to_string(id) + " not found");
      }
    }
    for (int64_t id : remove) {
      const std::string person = std::to_string(id);
      std::erase_if(roll.entries, [&](const RollEntry& e) { return e.id == id; });
      std::erase_if(roll.issues, [&](const auto& i) { return i.issue.person == person; });
      std::erase_if(roll.absences, [&](const auto& a) { return a.person == person; });
    }
    std::vector<int64_t> ids;
    for (RollEntry entry : add) {
      entry.id = ++next_roll_id_;
      ids.push_back(entry.id);
      roll.entries.push_back(std::move(entry));
    }
    return ids;
  }
  Result<int64_t> AddCredentialIssue(const std::string& org_code, const std::string& term,
                                     const election::CredentialIssue& issue) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s.error();
    int64_t id = ++next_roll_id_;
    rolls_[{org_code, term}].issues.push_back({id, issue});
    return id;
  }
  Result<bool> RemoveCredentialIssue(const std::string& org_code, const std::string& term,
                                     int64_t id) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s.error();
    return std::erase_if(rolls_[{org_code, term}].issues,
                         [&](const auto& i) { return i.id == id; }) > 0;
  }
  Status ReplaceSessions(const std::string& org_code, const std::string& term,
                         const std::vector<election::Session>& sessions) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s;
    rolls_[{org_code, term}].sessions = sessions;
    return {};
  }
  Status UpsertAbsence(const std::string& org_code, const std::string& term,
                       const election::Absence& absence) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s;
    auto& absences = rolls_[{org_code, term}].absences;
    auto it = std::find_if(absences.begin(), absences.end(), [&](const auto& a) {
      return a.person == absence.person && a.session == absence.session;
    });
    if (it == absences.end()) {
      absences.push_back(absence);
    } else {
      *it = absence;
    }
    return {};
  }
  Result<bool> RemoveAbsence(const std::string& org_code, const std::string& term,
                             const std::string& person, int session) override {
    if (fail_writes) return StorageError("disk full");
    if (auto s = KnownOrg(org_code); !s) return s.error();
    return std::erase_if(rolls_[{org_code, term}].absences, [&](const auto& a) {
             return a.person == person && a.session == session;
           }) > 0;
  }

  const std::vector<org::Organization>& orgs() const { return orgs_; }
  const std::map<std::string, org::Member>& members() const { return members_; }

 private:
  std::vector<AuditRecord> audits_;
  std::vector<org::Organization> orgs_;
  std::map<std::string, org::Member> members_;
  std::map<std::pair<std::string, std::string>, planning::Congress> congresses_;
  std::vector<AllocationRecord> allocations_;
  std::map<std::pair<std::string, std::string>, RollRecords> rolls_;
  int64_t next_roll_id_ = 0;  // entries and issues; never reused, like the engines' ids

  const org::Organization* Find(const std::string& code) const {
    for (const auto& o : orgs_) {
      if (o.code == code) return &o;
    }
    return nullptr;
  }
  Status KnownOrg(const std::string& code) const {
    if (!Find(code)) return NotFound("organization '" + code + "' not found");
    return {};
  }
};

}  // namespace daihoi::app::testing
