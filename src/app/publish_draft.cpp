// Use case: send a version out for comment, to the public and/or subordinate units, between two
// dates (app/documents.h, PublishDraft).
#include <algorithm>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Status PublishDraft(Store& store, const Actor& actor, int64_t version_id,
                    const PublicationInput& input) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  const std::string& org_code = loaded->document.org_code;
  if (Status s = Authorize(store, actor, access::Action::kPlan, org_code); !s) return s;
  if (loaded->version.status == documents::VersionStatus::kSuperseded) {
    return Error(ErrorCode::kConflict,
                 "đã có phiên bản mới hơn được công bố (a later version is published)",
                 "version_id");
  }
  if (!input.open) return InvalidInput("thiếu ngày bắt đầu lấy ý kiến (open required)", "open");
  if (!input.close) return InvalidInput("thiếu ngày kết thúc lấy ý kiến (close required)", "close");
  if (*input.close < *input.open) {
    return InvalidInput("ngày kết thúc trước ngày bắt đầu (close before open)", "close");
  }
  if (!input.is_public && input.units.empty()) {
    return InvalidInput(
        "chọn công bố công khai hoặc gửi ít nhất một đơn vị (public or units required)", "units");
  }
  std::vector<std::string> units;
  for (const std::string& unit : input.units) {
    auto ancestors = store.Ancestors(unit);
    if (!ancestors.ok()) {
      Error error = ancestors.error();
      error.field = "units";
      return error;
    }
    const bool below = std::any_of(ancestors->begin(), ancestors->end(),
                                   [&](const org::Organization& o) { return o.code == org_code; });
    if (!below) {
      return InvalidInput("'" + unit + "' không phải đơn vị trực thuộc " + org_code +
                              " (not a subordinate organization)",
                          "units");
    }
    if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
  }
  PublicationRecord publication;
  publication.version_id = version_id;
  publication.is_public = input.is_public;
  publication.units = units;
  publication.open = *input.open;
  publication.close = *input.close;
  publication.published_by = actor.login;
  return store.InTransaction([&]() -> Status {
    if (Status s = DocumentsOf(store).Publish(publication); !s) return s;
    std::string unit_list;
    for (const std::string& unit : units) unit_list += (unit_list.empty() ? "" : ",") + unit;
    return RecordChange(store, actor,
                        {"draft.publish", org_code,
                         ChangeText({{"version", std::to_string(version_id)},
                                     {"public", input.is_public ? "1" : "0"},
                                     {"units", unit_list},
                                     {"open", input.open->ToIso()},
                                     {"close", input.close->ToIso()}})});
  });
}

}  // namespace daihoi::app
