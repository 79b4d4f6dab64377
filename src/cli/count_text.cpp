#include "cli/count_text.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "election/ballot_list.h"
#include "json/count_json.h"
#include "json/tally_json.h"
#include "report/labels.h"

namespace daihoi::cli {
namespace {

const char* KindText(election::ElectionKind kind) {
  switch (kind) {
    case election::ElectionKind::kCommittee:
      return "Ban Chấp hành";
    case election::ElectionKind::kStandingCommittee:
      return "Ban Thường vụ";
    case election::ElectionKind::kSecretary:
      return "Bí thư";
    case election::ElectionKind::kDeputySecretary:
      return "Phó Bí thư";
    case election::ElectionKind::kInspection:
      return "Ủy ban Kiểm tra";
    case election::ElectionKind::kInspectionChair:
      return "Chủ nhiệm Ủy ban Kiểm tra";
    case election::ElectionKind::kDelegates:
      return "Đại biểu dự đại hội cấp trên";
  }
  return "";
}

const char* RoundKindText(app::RoundKind kind) {
  switch (kind) {
    case app::RoundKind::kFirst:
      return "bầu lần đầu";
    case app::RoundKind::kRevoteTied:
      return "bầu lại giữa những người bằng phiếu (R-TIE)";
    case app::RoundKind::kFurtherRound:
      return "bầu tiếp cho số còn thiếu (R-ROUNDS)";
  }
  return "";
}

const char* StatusText(election::CandidateStatus status) {
  switch (status) {
    case election::CandidateStatus::kElected:
      return "trúng cử";
    case election::CandidateStatus::kAlternate:
      return "trúng cử dự khuyết";
    case election::CandidateStatus::kTied:
      return "bằng phiếu ở chỗ cuối";
    case election::CandidateStatus::kPassed:
      return "quá nửa nhưng không trúng cử (đủ số)";
    case election::CandidateStatus::kNotElected:
      return "không trúng cử";
  }
  return "";
}

const char* MarkText(election::Mark mark) {
  switch (mark) {
    case election::Mark::kNone:
      return "không đánh dấu";
    case election::Mark::kAgree:
      return "đồng ý";
    case election::Mark::kDisagree:
      return "không đồng ý";
    case election::Mark::kBoth:
      return "đánh cả hai ô";
  }
  return "";
}

std::string Numbers(const std::vector<int64_t>& numbers) {
  std::string out;
  for (size_t index = 0; index < numbers.size(); ++index) {
    if (index) out += ", ";
    out += std::to_string(numbers[index]);
  }
  return out;
}

}  // namespace

app::CountingPorts CountingPortsOf(app::Store& store) {
  return app::CountingPorts{store, app::ElectionsOf(store), json::LoadProfile};
}

Error CountOptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"code", "--congress"},
      {"term", "--term"},
      {"kind", "--kind"},
      {"seats", "--seats"},
      {"alternates", "--alternates"},
      {"title", "--title"},
      {"profile", "--profile"},
      {"required_clerks", "--clerks"},
      {"election_id", "ID"},
      {"round_id", "ROUND"},
      {"clerk", "--clerk"},
      {"issued", "--issued"},
      {"convened", "--convened"},
      {"exclusions", "--convened"},
  };
  auto it = kOptions.find(error.field);
  if (it != kOptions.end()) {
    error.field = it->second;
  } else if (error.field.starts_with("counting_committee")) {
    error.field = "--committee" + error.field.substr(std::string("counting_committee").size());
  }
  return error;
}

std::string ElectionText(const app::ElectionView& view, const std::string& org_name) {
  const app::ElectionRecord& election = view.election;
  std::ostringstream out;
  out << "Cuộc bầu cử số " << election.id << ": " << election.title << "\n";
  out << "Đại hội: " << (org_name.empty() ? election.org_code : org_name) << " ("
      << election.org_code << "), nhiệm kỳ " << election.term << "\n";
  out << "Bầu: " << KindText(election.kind) << ", " << election.seats << " người";
  if (election.alternates > 0) out << " và " << election.alternates << " dự khuyết";
  out << "\n";
  out << "Quy định áp dụng: " << election.profile
      << "; số người nhập mỗi phiếu độc lập: " << election.required_clerks << "\n";
  out << "Ban kiểm phiếu: ";
  if (election.counting_committee.empty()) out << "chưa có";
  for (size_t index = 0; index < election.counting_committee.size(); ++index) {
    if (index) out << ", ";
    out << election.counting_committee[index] << (index == 0 ? " (trưởng ban)" : "");
  }
  out << "\n";
  const int places = election.seats + election.alternates;
  const int candidates = static_cast<int>(view.candidates.size());
  out << "Danh sách bầu cử: " << candidates << " người cho " << places << " chỗ (số dư "
      << report::PercentText(election::SurplusRatio(places, candidates)) << ")";
  if (election.list_digest.empty()) {
    out << ", chưa khóa\n";
  } else {
    out << ", đã khóa lúc " << election.locked_at << "\nMã danh sách: " << election.list_digest
        << "\n";
  }
  for (size_t index = 0; index < view.candidates.size(); ++index) {
    const app::CandidateRecord& candidate = view.candidates[index];
    out << "  " << index + 1 << ". " << candidate.full_name;
    if (candidate.birth_date) out << " (sinh " << candidate.birth_date->ToVietnamese() << ")";
    out << "\n";
  }
  for (const app::RoundRecord& round : view.rounds) {
    out << "Vòng bầu thứ " << round.number << " (số " << round.id << ", "
        << RoundKindText(round.kind) << "): " << round.candidates.size() << " người, bầu "
        << round.seats
        << (round.alternates > 0 ? " và " + std::to_string(round.alternates) + " dự khuyết"
                                 : std::string())
        << " — "
        << (round.closed ? "đã kết thúc lúc " + round.closed_at : std::string("đang kiểm phiếu"))
        << "\n";
  }
  return out.str();
}

int PrintElection(const Context& ctx, const app::CountingPorts& ports, int64_t election_id) {
  auto view = app::ShowElection(ports, CommandLineActor(), election_id);
  if (!view) return Fail(CountOptionError(view.error()));
  auto organization = ports.store.FindOrganization(view->election.org_code);
  if (!organization) return Fail(organization.error());
  const std::string name = *organization ? (*organization)->name : std::string();
  if (ctx.json) {
    std::cout << json::ElectionViewToJson(*view, name).dump(2) << "\n";
  } else {
    std::cout << ElectionText(*view, name);
  }
  return 0;
}

std::string BallotText(const election::Ballot& ballot) {
  std::string out;
  if (ballot.form == election::Ballot::Form::kStruck) {
    std::vector<int> struck = ballot.struck;
    std::sort(struck.begin(), struck.end());
    if (struck.empty()) {
      out = "không gạch tên nào";
    } else {
      out = "gạch số ";
      for (size_t index = 0; index < struck.size(); ++index) {
        if (index) out += ", ";
        out += std::to_string(struck[index] + 1);
      }
    }
  } else {
    std::vector<election::CandidateMark> marks = ballot.marks;
    std::sort(marks.begin(), marks.end(),
              [](const auto& a, const auto& b) { return a.candidate < b.candidate; });
    for (const election::CandidateMark& mark : marks) {
      if (mark.mark == election::Mark::kNone) continue;
      if (!out.empty()) out += ", ";
      out += std::to_string(mark.candidate + 1) + " " + MarkText(mark.mark);
    }
    if (out.empty()) out = "không đánh dấu ô nào";
  }
  for (const std::string& name : ballot.write_in) out += "; ghi thêm \"" + name + "\"";
  if (ballot.unofficial) out += "; không do ban kiểm phiếu phát ra";
  if (ballot.marked) out += "; có dấu hiệu nhận biết";
  return out;
}

std::string CountText(const app::CountView& view, bool struck_form) {
  const app::ElectionRecord& election = view.election;
  const app::RoundRecord& round = view.round;
  std::ostringstream out;
  out << election.title << " — vòng bầu thứ " << round.number << " (số " << round.id << ")\n";
  out << "Phiếu bầu: "
      << (struck_form ? "gạch tên (danh sách có số dư)"
                      : "đánh dấu đồng ý / không đồng ý (danh sách không có số dư)")
      << "; bầu " << round.seats << " người"
      << (round.alternates > 0 ? " và " + std::to_string(round.alternates) + " dự khuyết"
                               : std::string())
      << "\n";
  out << (round.closed ? "Đã kết thúc lúc " + round.closed_at : std::string("Đang kiểm phiếu"))
      << "\n";
  for (size_t index = 0; index < view.candidates.size(); ++index) {
    out << "  " << index + 1 << ". " << view.candidates[index].full_name << "\n";
  }

  out << "Người nhập phiếu (mỗi phiếu cần " << election.required_clerks << " người nhập độc lập):";
  if (view.clerks.empty()) out << " chưa có";
  out << "\n";
  for (size_t index = 0; index < view.clerks.size(); ++index) {
    out << "  " << view.clerks[index] << ": " << view.entries_per_clerk[index] << " bản ghi\n";
  }
  const election::Reconciliation& reconciliation = view.reconciliation;
  out << "Phiếu đã khớp: " << reconciliation.agreed.size() << "\n";
  out << "Phiếu chờ nhập đủ: " << reconciliation.pending.size();
  if (!reconciliation.pending.empty()) out << " (số " << Numbers(reconciliation.pending) << ")";
  out << "\n";
  out << "Phiếu nhập không khớp: " << reconciliation.disagreements.size() << "\n";
  for (const election::BallotVersion& version : reconciliation.disagreements) {
    out << "  Phiếu số " << version.number << ":\n";
    for (size_t clerk = 0; clerk < version.by_clerk.size(); ++clerk) {
      const auto& ballot = version.by_clerk[clerk];
      out << "    " << (clerk < view.clerks.size() ? view.clerks[clerk] : "?") << ": "
          << (ballot ? BallotText(*ballot) : std::string("chưa nhập")) << "\n";
    }
  }
  out << (reconciliation.closable ? "Có thể kết thúc vòng bầu.\n"
                                  : "Chưa kết thúc được vòng bầu.\n");

  if (!view.result) {
    out << "Chưa tính kết quả: đại hội chưa có danh sách triệu tập (cần số được triệu tập).\n";
  } else {
    const election::RoundResult& result = *view.result;
    out << (round.closed ? "Kết quả:\n" : "Kết quả theo các phiếu đã khớp:\n");
    out << "  Số phiếu phát ra: "
        << (result.ballots.issued ? std::to_string(*result.ballots.issued) : std::string("—"))
        << "; thu vào: " << result.ballots.received << "; hợp lệ: " << result.ballots.valid
        << "; không hợp lệ: " << result.ballots.invalid << "\n";
    for (int reason = 0; reason < election::kInvalidReasonCount; ++reason) {
      const int64_t count = result.ballots.invalid_by_reason[static_cast<size_t>(reason)];
      if (count > 0) {
        out << "    " << report::InvalidReasonText(static_cast<election::InvalidReason>(reason))
            << ": " << count << "\n";
      }
    }
    out << "  Số được triệu tập: " << result.threshold.convened
        << "; trừ: " << result.threshold.excluded
        << "; căn cứ tính kết quả: " << result.threshold.denominator
        << "; cần trên một nửa: " << result.threshold.votes_needed << " phiếu (R-THRESHOLD)\n";
    for (const election::CandidateResult& candidate : result.candidates) {
      const size_t index = static_cast<size_t>(candidate.candidate);
      out << "  " << index + 1 << ". " << view.candidates[index].full_name << ": "
          << candidate.votes << " phiếu (" << report::PercentText(candidate.percent_of_denominator)
          << " so với căn cứ, " << report::PercentText(candidate.percent_of_valid)
          << " số phiếu hợp lệ) — " << StatusText(candidate.status) << "\n";
    }
    auto names = [&](const std::vector<int>& indexes) {
      std::string text;
      for (int index : indexes) {
        if (!text.empty()) text += ", ";
        text += view.candidates[static_cast<size_t>(index)].full_name;
      }
      return text.empty() ? std::string("không có") : text;
    };
    out << "  Trúng cử: " << names(result.elected) << "\n";
    if (election.alternates > 0 || !result.alternates.empty()) {
      out << "  Trúng cử dự khuyết: " << names(result.alternates) << "\n";
    }
    if (!result.tied.empty()) out << "  Bằng phiếu ở chỗ cuối: " << names(result.tied) << "\n";
    if (result.unfilled_seats > 0) out << "  Còn thiếu: " << result.unfilled_seats << " người\n";
    if (result.next == election::NextStep::kRevoteTied) {
      out << "  Tiếp theo: bầu lại giữa những người bằng phiếu (R-TIE)\n";
    } else if (result.next == election::NextStep::kFurtherRound) {
      out << "  Tiếp theo: đại hội quyết định bầu tiếp cho số còn thiếu (R-ROUNDS)\n";
    }
  }
  out << "Chuỗi băm: "
      << (view.chain_head.empty() ? std::string("chưa có bản ghi") : view.chain_head)
      << (view.chain_ok ? " (nguyên vẹn)" : " (BỊ HỎNG: các bản ghi đã bị sửa)") << "\n";
  return out.str();
}

int PrintCount(const Context& ctx, const app::CountView& view) {
  auto profile = json::LoadProfile(view.election.profile);
  if (!profile) return Fail(profile.error());
  const bool struck_form = json::StruckForm(view, *profile);
  if (ctx.json) {
    std::cout << json::CountViewToJson(view, struck_form).dump(2) << "\n";
  } else {
    std::cout << CountText(view, struck_form);
  }
  return 0;
}

Status WriteFileWhole(const std::string& path, const std::string& bytes,
                      const std::string& option) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout) return Error{ErrorCode::kInternal, "không ghi được ra stdout", option};
    return {};
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary =
      target.parent_path() / ("." + target.filename().string() + "." + std::to_string(getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return InvalidInput("không ghi được tệp (cannot write file) " + path, option);
    }
  }
  std::error_code renamed;
  fs::rename(temporary, target, renamed);
  if (renamed) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return InvalidInput("không ghi được tệp (cannot write file) " + path + ": " + renamed.message(),
                        option);
  }
  return {};
}

}  // namespace daihoi::cli
