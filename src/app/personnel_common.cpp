#include "app/personnel_common.h"

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/ports/result_store.h"
#include "app/results_common.h"
#include "text/text.h"

namespace daihoi::app::personnel_detail {

Result<std::vector<SchemeRecord>> Versions(PersonnelStore& personnel, const std::string& org_code,
                                           const std::string& term) {
  auto versions = personnel.Schemes(org_code, term);
  if (!versions.ok()) return versions.error();
  if (versions->empty()) {
    Error error = NotFound("đại hội " + org_code + " nhiệm kỳ " + term +
                           " chưa có đề án nhân sự (no personnel scheme)");
    error.field = "term";
    return error;
  }
  return versions;
}

Result<std::string> SuperiorOf(Store& store, const std::string& org_code) {
  auto organization = store.FindOrganization(org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức đảng '" + org_code + "' (organization not found)");
    error.field = "org_code";
    return error;
  }
  return (*organization)->parent_code.empty() ? org_code : (*organization)->parent_code;
}

std::optional<std::vector<election::Person>> OutgoingCommittee(Store& store,
                                                               const std::string& org_code,
                                                               const std::string& term) {
  if (auto* results = dynamic_cast<ResultStore*>(&store)) {
    auto terms = results->BodyTerms(org_code);
    if (terms.ok()) {
      if (auto previous = results_detail::PreviousTerm(*terms, term)) {
        auto bodies = results->Bodies(org_code, *previous);
        if (bodies.ok()) {
          auto officials = results_detail::Officials(*bodies, election::Body::kCommittee);
          if (!officials.empty()) return officials;
        }
      }
    }
  }
  auto roll = store.Roll(org_code, term);
  if (!roll.ok()) return std::nullopt;
  std::vector<election::Person> committee;
  for (const RollEntry& entry : roll->entries) {
    if (entry.role != election::RollRole::kExOfficio) continue;
    committee.push_back({entry.full_name, entry.member_id, entry.gender, entry.birth_date});
  }
  if (committee.empty()) return std::nullopt;
  return committee;
}

std::optional<Date> Opening(Store& store, const std::string& org_code, const std::string& term) {
  auto congress = store.FindCongress(org_code, term);
  if (!congress.ok() || !*congress) return std::nullopt;
  return results_detail::OpeningOf(**congress);
}

bool IsOutgoing(const std::optional<std::vector<election::Person>>& outgoing,
                const election::Person& person) {
  if (!outgoing) return false;
  for (const election::Person& member : *outgoing) {
    if (!member.member_id.empty() && member.member_id == person.member_id) return true;
    if (text::Normalize(member.full_name) == text::Normalize(person.full_name) &&
        member.birth_date && member.birth_date == person.birth_date) {
      return true;
    }
  }
  return false;
}

Status RequireDraft(const SchemeRecord& scheme) {
  if (scheme.status == personnel::SchemeStatus::kDraft) return {};
  Error error(ErrorCode::kConflict, "đề án nhân sự phiên bản " + std::to_string(scheme.version) +
                                        " đang ở trạng thái \"" + personnel::Label(scheme.status) +
                                        "\", không sửa được" +
                                        (scheme.status == personnel::SchemeStatus::kReturned
                                             ? "; lập phiên bản mới (daihoi scheme revise)"
                                             : ""));
  error.field = "status";
  return error;
}

}  // namespace daihoi::app::personnel_detail

namespace daihoi::app::personnel_detail {

Status Step(const PersonnelPorts& ports, const Actor& actor, const std::string& org_code,
            const std::string& term, personnel::SchemeAction action, const std::string& comment,
            const std::string& authorize_at,
            const std::function<Status(const SchemeRecord&)>& more) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, authorize_at); !s) {
    return s;
  }
  auto versions = Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  const SchemeRecord& scheme = versions->back();
  const std::string clean = text::Normalize(comment);
  auto next = personnel::NextStatus(scheme.status, action, clean);
  if (!next.ok()) return next.error();
  return ports.store.InTransaction([&]() -> Status {
    if (Status s = ports.personnel.SetSchemeStatus(
            scheme.id, *next, {0, scheme.id, personnel::ToString(action), actor.login, clean, ""});
        !s) {
      return s;
    }
    if (more) {
      if (Status s = more(scheme); !s) return s;
    }
    return RecordChange(ports.store, actor,
                        {std::string("scheme.") + personnel::ToString(action), org_code,
                         ChangeText({{"term", term},
                                     {"version", std::to_string(scheme.version)},
                                     {"status", personnel::ToString(*next)}})});
  });
}

}  // namespace daihoi::app::personnel_detail
