// Use case: close a round once every ballot is agreed by the clerks, freezing the snapshot the
// count stands on (R-THRESHOLD base from the roll, issued ballots, chain head).
#include <string>
#include <vector>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {
namespace {

constexpr size_t kNumbersShown = 20;

std::string Numbers(const std::vector<int64_t>& numbers) {
  std::string text;
  for (size_t index = 0; index < numbers.size() && index < kNumbersShown; ++index) {
    if (index) text += ", ";
    text += std::to_string(numbers[index]);
  }
  if (numbers.size() > kNumbersShown) text += ", …";
  return text;
}

Error NotClosable(const election::Reconciliation& reconciliation) {
  if (reconciliation.agreed.empty() && reconciliation.pending.empty() &&
      reconciliation.disagreements.empty()) {
    return counting_detail::Conflict("vòng bầu chưa có phiếu nào được nhập (no ballot entered)");
  }
  std::vector<int64_t> disagreeing;
  for (const election::BallotVersion& version : reconciliation.disagreements) {
    disagreeing.push_back(version.number);
  }
  std::string message = "chưa kết thúc vòng bầu được (the entries do not agree yet):";
  if (!disagreeing.empty()) {
    message += " " + std::to_string(disagreeing.size()) +
               " phiếu nhập không khớp giữa những người nhập (disagreements): số " +
               Numbers(disagreeing) + ";";
  }
  if (!reconciliation.pending.empty()) {
    message += " " + std::to_string(reconciliation.pending.size()) +
               " phiếu chưa đủ người nhập (pending): số " + Numbers(reconciliation.pending) + ";";
  }
  message.pop_back();
  return counting_detail::Conflict(message);
}

}  // namespace

Result<CountView> CloseRound(const CountingPorts& ports, const Actor& actor, int64_t round_id,
                             const CloseRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeRound(ports, actor, access::Action::kEnterBallots, round_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<CountView>(
      ports.store, actor,
      {"round.close", *allowed, ChangeText({{"round", std::to_string(round_id)}})},
      [&]() -> Result<CountView> {
        auto round = counting_detail::FindRound(ports.elections, round_id);
        if (!round.ok()) return round.error();
        if (round->closed) {
          return counting_detail::Conflict("vòng bầu thứ " + std::to_string(round->number) +
                                           " đã kết thúc (the round is already closed)");
        }
        if (request.issued && *request.issued < 0) {
          return InvalidInput("số phiếu phát ra không được âm (issued must not be negative)",
                              "issued");
        }
        auto context = counting_detail::LoadElection(ports, round->election_id);
        if (!context.ok()) return context.error();
        if (Status own = counting_detail::RefuseImported(context->election); !own)
          return own.error();
        const CongressRef congress = counting_detail::CongressOf(context->election);

        // R-THRESHOLD: the base is the roll's convened count when the product holds the roll; only
        // a congress without one takes the count (and its exclusions) from the request.
        auto roll = counting_detail::CountFromRoll(ports.store, actor, congress);
        if (!roll.ok()) return roll.error();
        counting_detail::ConvenedCount base;
        const bool from_request = !*roll;
        if (*roll) {
          if (request.convened) {
            return InvalidInput(
                "số triệu tập lấy từ danh sách triệu tập của đại hội, không nhập tay (the roll "
                "decides "
                "the convened count, R-THRESHOLD)",
                "convened");
          }
          if (!request.exclusions.empty()) {
            return InvalidInput(
                "các trường hợp trừ khỏi số triệu tập lấy từ danh sách triệu tập của đại hội (the "
                "roll "
                "decides the exclusions, R-THRESHOLD)",
                "exclusions");
          }
          base = std::move(**roll);
        } else {
          if (!request.convened) {
            return InvalidInput(
                "đại hội chưa có danh sách triệu tập: cần số được triệu tập (no roll: give the "
                "convened "
                "count, R-THRESHOLD)",
                "convened");
          }
          if (*request.convened < 1) {
            return InvalidInput("số được triệu tập phải từ 1 trở lên (convened must be positive)",
                                "convened");
          }
          auto kind = counting_detail::CongressKindOf(ports.store, congress);
          if (!kind.ok()) return kind.error();
          base.congress_kind = *kind;
          base.convened = *request.convened;
          base.exclusions = request.exclusions;
        }

        RoundRecord closing = *round;
        closing.issued = request.issued;
        auto view = counting_detail::CountRound(ports, *context, closing, base);
        if (!view.ok()) {
          Error error = view.error();
          // The engine names the exclusions under `election.`; the request names them at its top.
          const std::string engine_field = "election.exclusions";
          if (from_request && error.field.starts_with(engine_field)) {
            error.field = error.field.substr(std::string("election.").size());
          }
          return error;
        }
        if (!view->chain_ok) {
          auto check = counting_detail::ReadEntries(ports.elections, *round, std::nullopt);
          if (!check.ok()) return check.error();
          return counting_detail::Conflict(
              "chuỗi băm của các phiếu đã nhập bị hỏng từ bản ghi số " +
              std::to_string(check->first_bad_seq.value_or(0)) +
              " (the hash chain does not verify: the entries were altered)");
        }
        if (!view->reconciliation.closable) return NotClosable(view->reconciliation);

        closing.closed = true;
        closing.convened = base.convened;
        closing.exclusions = base.exclusions;
        closing.chain_head = view->chain_head;
        auto closed = ports.elections.CloseRound(closing);
        if (!closed.ok()) return closed.error();
        view->round = std::move(*closed);
        return view;
      });
}

}  // namespace daihoi::app
