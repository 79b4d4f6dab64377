#include "cli/roll_text.h"

#include <iostream>
#include <map>
#include <sstream>
#include <vector>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "common/roman.h"
#include "election/threshold.h"
#include "json/roll_view_json.h"

namespace daihoi::cli {
namespace {

const char* ExclusionLabel(election::ExclusionReason reason) {
  using R = election::ExclusionReason;
  switch (reason) {
    case R::kTemporaryTransferAbsent:
      return "Sinh hoạt tạm thời nơi khác và vắng mặt";
    case R::kExemptAbsent:
      return "Được miễn sinh hoạt và vắng mặt";
    case R::kSuspended:
      return "Bị đình chỉ sinh hoạt đảng";
    case R::kProsecuted:
      return "Bị khởi tố, truy tố hoặc tạm giam";
    case R::kAbsentWithReason:
      return "Vắng mặt cả đại hội, lý do được cấp ủy triệu tập chấp nhận";
    case R::kAbsentCommitteeMember:
      return "Ủy viên ban chấp hành vắng mặt cả đại hội";
    case R::kAbsentDelegateUnreplaced:
      return "Đại biểu chính thức vắng mặt cả đại hội, không có dự khuyết thay";
  }
  return "";
}

const char* NotConvenedLabel(election::NotConvenedReason reason) {
  using R = election::NotConvenedReason;
  switch (reason) {
    case R::kSuspended:
      return "bị đình chỉ sinh hoạt đảng";
    case R::kProsecuted:
      return "bị khởi tố";
    case R::kIndicted:
      return "bị truy tố";
    case R::kDetained:
      return "bị tạm giam";
    case R::kWrongProcedure:
      return "được bầu không đúng thủ tục";
    case R::kRetired:
      return "nghỉ hưu trước ngày khai mạc";
    case R::kTransferred:
      return "chuyển công tác trước ngày khai mạc";
    case R::kOverAllocation:
      return "vượt số đại biểu được phân bổ cho đoàn";
    case R::kReplaced:
      return "vắng mặt cả đại hội, có đại biểu dự khuyết thay";
    case R::kAlternateUnused:
      return "đại biểu dự khuyết không thay ai";
  }
  return "";
}

// Units named on one line at most.
constexpr size_t kListed = 10;

std::string Delegation(const election::RollPerson& person) {
  return person.unit_code.empty() ? "" : " (" + person.unit_code + ")";
}

}  // namespace

std::string RollText(const app::RollView& view, const std::string& org_name) {
  std::ostringstream out;
  const bool delegates = view.congress.kind == planning::CongressKind::kDelegates;
  std::map<std::string, const election::RollPerson*> by_key;
  for (const auto& person : view.people) by_key[person.key] = &person;
  auto name_of = [&](const std::string& key) {
    auto it = by_key.find(key);
    return it == by_key.end() ? key : it->second->full_name;
  };

  out << (delegates ? "Đại hội đại biểu " : "Đại hội ") << org_name;
  if (view.congress.ordinal > 0) out << " lần thứ " << ToRoman(view.congress.ordinal);
  out << ", nhiệm kỳ " << view.congress.term << "\n";
  out << "Khai mạc: " << view.opening.ToVietnamese()
      << (view.opening_source == "held" ? " (ngày họp thực tế)" : " (ngày dự kiến)") << "\n";
  if (delegates) {
    int64_t ex_officio = 0, officials = 0, alternates = 0;
    for (const auto& person : view.people) {
      if (person.role == election::RollRole::kExOfficio) ++ex_officio;
      if (person.role == election::RollRole::kOfficial) ++officials;
      if (person.role == election::RollRole::kAlternate) ++alternates;
    }
    out << "Danh sách: " << ex_officio << " đại biểu đương nhiên, " << officials
        << " đại biểu chính thức được bầu, " << alternates << " đại biểu dự khuyết\n";
    out << "Bảng phân bổ đại biểu: "
        << (view.allocation_id ? "số " + std::to_string(*view.allocation_id)
                               : std::string("chưa có cho nhiệm kỳ này"))
        << "\n";
  } else {
    out << "Danh sách: " << view.people.size() << " đảng viên chính thức của đảng bộ\n";
  }

  const election::RollResult& result = view.result;
  out << "\nSố " << (delegates ? "đại biểu" : "đảng viên") << " được triệu tập: " << result.convened
      << "\n";
  out << "Trừ khỏi tổng số (R-THRESHOLD): " << result.excluded << "\n";
  for (const election::Exclusion& exclusion : result.exclusions) {
    out << "  - " << ExclusionLabel(exclusion.reason) << ": " << exclusion.count;
    std::string names;
    for (size_t i = 0; i < result.lines.size() && i < view.people.size(); ++i) {
      if (result.lines[i].exclusion != exclusion.reason) continue;
      names += (names.empty() ? "" : ", ") + view.people[i].full_name;
    }
    if (!names.empty()) out << " (" << names << ")";
    out << "\n";
  }
  out << "Tổng số làm căn cứ tính kết quả bầu cử: " << result.denominator << "\n";
  out << "Số phiếu cần để trúng cử (quá một nửa): " << election::VotesNeeded(result.denominator)
      << "\n";

  std::string not_convened;
  for (size_t i = 0; i < result.lines.size() && i < view.people.size(); ++i) {
    const election::RollLine& line = result.lines[i];
    if (!line.not_convened || *line.not_convened == election::NotConvenedReason::kAlternateUnused) {
      continue;
    }
    not_convened += "  - " + view.people[i].full_name + Delegation(view.people[i]) + ": " +
                    NotConvenedLabel(*line.not_convened);
    if (!line.replaced_by.empty()) not_convened += "; thay bằng " + name_of(line.replaced_by);
    not_convened += "\n";
  }
  if (!not_convened.empty()) out << "\nKhông được triệu tập (R-CREDENTIALS):\n" << not_convened;

  if (!view.sessions.empty()) {
    out << "\nCác phiên họp:\n";
    for (size_t i = 0; i < view.sessions.size(); ++i) {
      const election::Session& session = view.sessions[i];
      out << "  " << session.number << ". " << (session.title.empty() ? "Phiên" : session.title);
      if (session.date) out << " (" << session.date->ToVietnamese() << ")";
      if (i < result.sessions.size()) {
        out << ": có mặt " << result.sessions[i].present << ", vắng " << result.sessions[i].absent;
      }
      out << "\n";
    }
  }

  if (!result.findings.empty()) {
    out << "\nLưu ý:\n";
    // Delegations not recorded yet: one line, not one per unit.
    std::vector<std::string> unrecorded;
    for (const election::RollFinding& finding : result.findings) {
      if (finding.warning == election::RollWarning::kDelegationIncomplete &&
          finding.recorded == 0) {
        unrecorded.push_back(finding.unit_code);
      }
    }
    if (!unrecorded.empty()) {
      out << "  - Chưa ghi đoàn đại biểu của " << unrecorded.size() << " đơn vị được phân bổ:";
      for (size_t i = 0; i < unrecorded.size() && i < kListed; ++i) out << " " << unrecorded[i];
      if (unrecorded.size() > kListed) out << " …";
      out << "\n";
    }
    for (const election::RollFinding& finding : result.findings) {
      if (finding.warning == election::RollWarning::kDelegationIncomplete &&
          finding.recorded == 0) {
        continue;
      }
      out << "  - ";
      switch (finding.warning) {
        case election::RollWarning::kOverAllocation:
          out << "Đoàn " << finding.unit_code << " có " << finding.recorded
              << " đại biểu chính thức, vượt số được phân bổ (" << finding.allocated << ")";
          break;
        case election::RollWarning::kDelegationIncomplete:
          out << "Đoàn " << finding.unit_code << " mới ghi " << finding.recorded << "/"
              << finding.allocated << " đại biểu chính thức được phân bổ";
          break;
        case election::RollWarning::kUnitNotAllocated:
          out << "Đoàn " << finding.unit_code << " không có trong bảng phân bổ đại biểu";
          break;
        case election::RollWarning::kNotGroundForDelegate:
          out << name_of(finding.person)
              << ": nghỉ hưu, chuyển công tác không phải căn cứ để không triệu tập đại biểu "
                 "được bầu (chỉ ghi nhận)";
          break;
        case election::RollWarning::kWholeAbsenceNoReason:
          out << name_of(finding.person) << " vắng mặt cả đại hội, chưa rõ lý do";
          break;
      }
      out << "\n";
    }
  }
  return out.str();
}

int PrintRoll(const Context& ctx, app::Store& store, const app::CongressRef& congress) {
  auto view = app::ShowRoll(store, CommandLineActor(), congress);
  if (!view) return Fail(OptionError(view.error()));
  auto organization = store.FindOrganization(congress.org_code);
  if (!organization) return Fail(organization.error());
  const std::string name = *organization ? (*organization)->name : congress.org_code;
  if (ctx.json) {
    std::cout << json::RollViewToJson(*view, name).dump(2) << "\n";
  } else {
    std::cout << RollText(*view, name);
  }
  return 0;
}

Error OptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"code", "--congress"},     {"term", "--term"}, {"person", "--person"},
      {"session", "--session"},   {"kind", "--kind"}, {"effective", "--effective"},
      {"congress", "--congress"},
  };
  auto it = kOptions.find(error.field);
  if (it != kOptions.end()) error.field = it->second;
  return error;
}

}  // namespace daihoi::cli
