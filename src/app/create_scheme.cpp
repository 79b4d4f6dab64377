// Use case: version 1 of a congress's personnel scheme, a draft (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> CreateScheme(const PersonnelPorts& ports, const Actor& actor,
                             const SchemeRequest& request) {
  if (request.term.empty()) return InvalidInput("thiếu nhiệm kỳ", "term");
  if (Status s =
          Authorize(ports.store, actor, access::Action::kPersonnel, request.org_code, request.term);
      !s) {
    return s.error();
  }
  if (Status s = personnel::CheckSchemeNumbers(request.numbers); !s) return s.error();
  if (Status s = election::CheckListStructureTargets(request.targets); !s) return s.error();
  if (ports.profiles) {
    if (auto profile = ports.profiles(request.profile); !profile.ok()) {
      Error error = profile.error();
      error.field = "profile";
      return error;
    }
  }
  auto existing = ports.personnel.Schemes(request.org_code, request.term);
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) {
    Error error(ErrorCode::kConflict, "đại hội đã có đề án nhân sự (phiên bản " +
                                          std::to_string(existing->back().version) +
                                          "); sửa bằng phiên bản mới");
    error.field = "term";
    return error;
  }
  SchemeRecord scheme;
  scheme.org_code = request.org_code;
  scheme.term = request.term;
  scheme.version = 1;
  scheme.numbers = request.numbers;
  scheme.targets = request.targets;
  scheme.profile = request.profile;
  scheme.note = text::Normalize(request.note);
  scheme.created_by = actor.login;
  int64_t id = 0;
  Status s = ports.store.InTransaction([&]() -> Status {
    auto created = ports.personnel.CreateScheme(scheme);
    if (!created.ok()) return created.error();
    id = *created;
    if (Status e = ports.personnel.AddSchemeEvent({0, id, "create", actor.login, "", ""}); !e) {
      return e;
    }
    return RecordChange(ports.store, actor,
                        {"scheme.create", request.org_code,
                         ChangeText({{"term", request.term},
                                     {"version", "1"},
                                     {"committee", std::to_string(request.numbers.committee)}})});
  });
  if (!s) return s.error();
  return id;
}

}  // namespace daihoi::app
