// Use case: a position kind added or renamed (the list is data; app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "text/text.h"

namespace daihoi::app {

Status SetPositionKind(Store& store, const Actor& actor, const personnel::PositionKind& kind) {
  if (Status s = Require(actor, access::Action::kAdminister, {}); !s) return s;
  personnel::PositionKind clean = kind;
  clean.code = text::Normalize(kind.code);
  clean.label = text::Normalize(kind.label);
  if (clean.code.empty()) return InvalidInput("thiếu mã loại chức vụ", "code");
  if (clean.label.empty()) return InvalidInput("thiếu tên loại chức vụ", "label");
  return store.InTransaction([&]() -> Status {
    if (Status s = PersonnelOf(store).UpsertPositionKind(clean); !s) return s;
    return RecordChange(
        store, actor,
        {"position.kind", "", ChangeText({{"code", clean.code}, {"label", clean.label}})});
  });
}

}  // namespace daihoi::app
