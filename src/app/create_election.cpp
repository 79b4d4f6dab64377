// Use case: a new election of a congress (its list, rounds and count come later).
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

constexpr int kMaxRequiredClerks = 3;

}  // namespace

Result<int64_t> CreateElection(const CountingPorts& ports, const Actor& actor,
                               const CongressRef& congress, const ElectionSetup& setup) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed =
          Authorize(ports.store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      ports.store, actor,
      {"election.create", congress.org_code,
       ChangeText({{"term", congress.term}, {"title", setup.title}})},
      [&]() -> Result<int64_t> {
        ElectionRecord record;
        record.org_code = congress.org_code;
        record.term = congress.term;
        record.kind = setup.kind;
        if (setup.seats < 1) {
          return InvalidInput(
              "số người được bầu phải từ 1 trở lên (seats must be at least 1), got " +
                  std::to_string(setup.seats),
              "seats");
        }
        record.seats = setup.seats;
        if (setup.alternates < 0) {
          return InvalidInput("số dự khuyết không được âm (alternates must not be negative)",
                              "alternates");
        }
        if (setup.alternates > 0 && setup.kind != election::ElectionKind::kDelegates) {
          // R-DELEGATES: only a delegates list elects alternates in the same vote.
          return InvalidInput(std::string("chỉ bầu đại biểu mới có đại biểu dự khuyết (a ") +
                                  election::ToString(setup.kind) +
                                  " election elects no alternates, R-DELEGATES)",
                              "alternates");
        }
        record.alternates = setup.alternates;
        record.title = text::Normalize(setup.title);
        if (record.title.empty())
          return InvalidInput("tên cuộc bầu cử trống (empty title)", "title");
        auto profile = counting_detail::LoadProfile(ports, setup.profile);
        if (!profile.ok()) {
          Error error = profile.error();
          if (error.code == ErrorCode::kNotFound) error.code = ErrorCode::kInvalidInput;
          return error;
        }
        record.profile = setup.profile;
        if (setup.required_clerks < 1 || setup.required_clerks > kMaxRequiredClerks) {
          return InvalidInput(
              "số người nhập phiếu độc lập phải từ 1 đến 3 (required_clerks 1–3), got " +
                  std::to_string(setup.required_clerks),
              "required_clerks");
        }
        record.required_clerks = setup.required_clerks;
        auto committee =
            counting_detail::CommitteeNames(setup.counting_committee, "counting_committee");
        if (!committee.ok()) return committee.error();
        record.counting_committee = std::move(*committee);
        // The congress record must exist: an election belongs to a congress of a term.
        auto congress_kind = counting_detail::CongressKindOf(ports.store, congress);
        if (!congress_kind.ok()) {
          Error error = congress_kind.error();
          if (error.code == ErrorCode::kNotFound && error.field.empty()) error.field = "code";
          return error;
        }
        return ports.elections.CreateElection(record);
      });
}

}  // namespace daihoi::app
