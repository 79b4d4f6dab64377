// Use case: write the demo data sets (app/demo.h). Upserts, so loading twice changes nothing.

#include "app/demo.h"

namespace daihoi::app {
namespace {

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

}  // namespace

Result<DemoReport> LoadDemo(Store& store, const DemoData& data) {
  if (Status s = Write(store, data); !s) return s.error();
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
