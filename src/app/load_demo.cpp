// Use case: write the demo data sets (app/demo.h). Upserts, so loading twice changes nothing.

#include "app/accounts.h"
#include "app/audited.h"
#include "app/demo.h"
#include "app/demo_nominations.h"
#include "app/demo_personnel.h"
#include "app/documents.h"
#include "app/inspections.h"
#include "app/party_building.h"
#include "app/plans.h"

namespace daihoi::app {
namespace {

// Seed data: authorized as a global administrator, not recorded (audited.h).
const Actor actor = SeedActor();

constexpr size_t kBatch = 5000;

template <class T, class Fn>
Status InBatches(const std::vector<T>& items, Fn write) {
  for (size_t from = 0; from < items.size(); from += kBatch) {
    size_t to = std::min(items.size(), from + kBatch);
    std::vector<T> batch(items.begin() + static_cast<std::ptrdiff_t>(from),
                         items.begin() + static_cast<std::ptrdiff_t>(to));
    if (Status s = write(batch); !s) return s;
  }
  return {};
}

Status Write(Store& store, const DemoData& data) {
  return store.InTransaction([&]() -> Status {
    if (Status s =
            InBatches(data.orgs, [&](const auto& b) { return store.UpsertOrganizations(b); });
        !s) {
      return s;
    }
    if (Status s = InBatches(data.members, [&](const auto& b) { return store.UpsertMembers(b); });
        !s) {
      return s;
    }
    return InBatches(data.congresses, [&](const auto& b) { return store.UpsertCongresses(b); });
  });
}

// The allocation when the term has none, the entries when the roll has none: loading twice
// changes nothing, and what a user recorded stays.
Status WriteRoll(Store& store, const DemoRoll& roll) {
  const std::string& org_code = roll.allocation.org_code;
  const std::string& term = roll.allocation.term;
  auto saved = store.Allocations(org_code);
  if (!saved.ok()) return saved.error();
  std::optional<AllocationRecord> allocation;
  for (const AllocationRecord& record : *saved) {  // newest first
    if (record.term == term) {
      allocation = record;
      break;
    }
  }
  const bool save_allocation = !allocation.has_value();
  if (save_allocation) {
    auto view = ComputeAllocation(store, actor, roll.allocation);
    if (!view.ok()) return view.error();
    allocation = std::move(view->record);
  }
  auto records = store.Roll(org_code, term);
  if (!records.ok()) return records.error();
  const bool write_entries = records->entries.empty();
  std::vector<RollEntry> entries = roll.ex_officio;
  for (const DemoRoll::Delegation& delegation : roll.delegations) {
    int64_t seats = 0;
    for (const AllocationUnit& unit : allocation->units) {
      if (unit.org_code == delegation.unit_code) seats = unit.seats;
    }
    auto people =
        DemoDelegation(delegation.unit_code, seats, delegation.alternates, delegation.seed);
    entries.insert(entries.end(), people.begin(), people.end());
  }
  return store.InTransaction([&]() -> Status {
    if (save_allocation) {
      if (auto id = store.SaveAllocation(*allocation); !id.ok()) return id.error();
    }
    if (write_entries) {
      if (auto ids = store.ReplaceRollEntries(org_code, term, {}, entries); !ids.ok()) {
        return ids.error();
      }
    }
    return {};
  });
}

}  // namespace

Result<DemoReport> LoadDemo(Store& store, const DemoData& data) {
  if (Status s = Write(store, data); !s) return s.error();
  for (const DemoRoll& roll : data.rolls) {
    if (Status s = WriteRoll(store, roll); !s) return s.error();
  }
  if (Status s = LoadDemoGroups(store); !s) return s.error();
  if (Status s = LoadPartyBuildingDemo(store); !s) return s.error();
  if (Status s = LoadDemoNominations(store); !s) return s.error();
  if (Status s = LoadDemoPersonnel(store); !s) return s.error();
  if (Status s = LoadInspectionDemo(store, data); !s) return s.error();
  if (Status s = LoadPlanDemo(store, data); !s) return s.error();
  if (Status s = LoadDocumentsDemo(store); !s) return s.error();
  if (Status s = LoadDemoAccounts(store, SystemClock()); !s) return s.error();
  return DemoReport{static_cast<int64_t>(data.orgs.size()),
                    static_cast<int64_t>(data.members.size()),
                    static_cast<int64_t>(data.congresses.size())};
}

Result<DemoReport> LoadNationalDemo(Store& store, const NationalOptions& options,
                                    const std::function<void(int64_t, int64_t)>& progress) {
  DemoReport report;
  Status s = GenerateNational(options, [&](DemoData&& province) -> Status {
    if (Status w = Write(store, province); !w) return w;
    report.orgs += static_cast<int64_t>(province.orgs.size());
    report.members += static_cast<int64_t>(province.members.size());
    report.congresses += static_cast<int64_t>(province.congresses.size());
    if (progress) progress(report.orgs, options.units);
    return {};
  });
  if (!s) return s.error();
  return report;
}

}  // namespace daihoi::app
