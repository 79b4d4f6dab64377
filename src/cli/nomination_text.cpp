#include "cli/nomination_text.h"

#include <iostream>
#include <map>
#include <sstream>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/nomination_json.h"
#include "json/tally_json.h"
#include "report/labels.h"

namespace daihoi::cli {
namespace {

const char* SourceText(election::NominationSource source) {
  switch (source) {
    case election::NominationSource::kCommittee:
      return "cấp ủy giới thiệu";
    case election::NominationSource::kFloor:
      return "đề cử tại đại hội";
    case election::NominationSource::kSelf:
      return "tự ứng cử";
  }
  return "";
}

const char* StatusText(election::NomineeStatus status) {
  switch (status) {
    case election::NomineeStatus::kIneligible:
      return "không đủ điều kiện";
    case election::NomineeStatus::kPollPending:
      return "chờ lấy phiếu giới thiệu";
    case election::NomineeStatus::kNotAdmitted:
      return "không được đưa vào danh sách";
    case election::NomineeStatus::kWithdrawalPending:
      return "xin rút, chờ biểu quyết";
    case election::NomineeStatus::kWithdrawn:
      return "đã rút (đại hội biểu quyết đồng ý)";
    case election::NomineeStatus::kOnList:
      return "có tên trong danh sách";
  }
  return "";
}

}  // namespace

app::NominationPorts NominationPortsOf(app::Store& store) {
  return app::NominationPorts{store, app::ElectionsOf(store), app::NominationsOf(store),
                              json::LoadProfileOnce};
}

Error NominationOptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"member_id", "--member"},
      {"nominated_by", "--by"},
      {"present", "--present"},
      {"in_favour", "--agree"},
      {"convened", "--convened"},
      {"election_id", "--election"},
      {"nomination_id", "ID"},
      {"women_min_percent", "--women"},
      {"under_40_min_percent", "--under-40"},
      {"age_40_50_min_percent", "--age-40-50-min"},
      {"age_40_50_max_percent", "--age-40-50-max"},
      {"first_time_min_months", "--first-time-months"},
      {"reelected_min_months", "--reelected-months"},
      {"retirement_age_male_months", "--retirement-male-months"},
      {"retirement_age_female_months", "--retirement-female-months"},
  };
  auto it = kOptions.find(error.field);
  if (it != kOptions.end()) error.field = it->second;
  return error;
}

std::string NominationsText(const app::NominationsView& view) {
  std::ostringstream out;
  const app::ElectionRecord& election = view.election;
  out << "Cuộc bầu cử số " << election.id << ": " << election.title << " (" << election.seats
      << " chỗ)\n";
  if (view.opening) out << "Khai mạc đại hội: " << view.opening->ToVietnamese() << "\n";
  out << "Số đại biểu triệu tập (R-THRESHOLD): "
      << (view.convened ? std::to_string(*view.convened) : std::string("chưa có danh sách"))
      << "\n\n";
  out << "Đề cử, ứng cử (" << view.nominations.size() << "):\n";
  for (size_t index = 0; index < view.nominations.size(); ++index) {
    const app::NominationRecord& record = view.nominations[index];
    const election::NomineeReview& review = view.review.nominees[index];
    out << "  [" << record.id << "] " << record.full_name << " (" << record.member_id;
    if (record.birth_date) out << ", sinh " << record.birth_date->ToVietnamese();
    out << ") — " << SourceText(record.source);
    if (!record.nominated_by.empty()) out << " bởi " << record.nominated_by;
    if (record.convening_committee_member) out << "; ủy viên cấp ủy khóa trước";
    out << "; " << StatusText(review.status);
    if (record.gate) {
      out << "; phiếu giới thiệu " << record.gate->agree << "/" << record.gate->present
          << " có mặt";
    }
    if (record.withdrawal_requested) {
      out << "; xin rút";
      if (!record.withdrawal_reason.empty()) out << " (" << record.withdrawal_reason << ")";
      if (record.withdrawal_vote) {
        out << ", biểu quyết " << record.withdrawal_vote->in_favour << "/"
            << record.withdrawal_vote->convened << " triệu tập tán thành";
      }
    }
    out << "\n";
    for (const election::ListViolation& finding : review.findings) {
      out << "      " << finding.rule << ": " << finding.message << "\n";
    }
  }
  const int listed = static_cast<int>(view.review.final_list.size());
  out << "\nDanh sách bầu cử: " << listed << " người cho " << election.seats << " chỗ, số dư "
      << listed - election.seats << " (" << report::PercentText(view.review.surplus_ratio) << ")\n";
  if (view.locked) {
    out << "Danh sách đã khóa.\n";
  } else if (view.review.blockers.empty()) {
    out << (view.finalized ? "Đã chốt danh sách (ứng cử viên của cuộc bầu cử).\n"
                           : "Có thể chốt danh sách.\n");
  } else {
    out << "Chưa chốt được danh sách:\n";
    for (const election::Blocker& blocker : view.review.blockers) {
      out << "  " << blocker.rule << ": " << blocker.message << "\n";
    }
  }
  const election::ListStructure& structure = view.structure;
  const election::ListStructureTargets& targets = view.targets;
  out << "\nCơ cấu (R-STRUCTURE" << (view.targets_set ? "" : ", chỉ tiêu mặc định") << "):\n";
  out << "  Nữ: " << structure.women << " (" << report::PercentText(structure.women_percent)
      << "; chỉ tiêu ≥ " << targets.women_min_percent << "%)\n";
  out << "  Dưới 40 tuổi: " << structure.under_40 << " ("
      << report::PercentText(structure.under_40_percent) << "; chỉ tiêu ≥ "
      << targets.under_40_min_percent << "%)\n";
  out << "  Từ 40 đến 50 tuổi: " << structure.age_40_50 << " ("
      << report::PercentText(structure.age_40_50_percent) << "; chỉ tiêu "
      << targets.age_40_50_min_percent << "–" << targets.age_40_50_max_percent << "%)\n";
  out << "  Trên 50 tuổi: " << structure.over_50 << " ("
      << report::PercentText(structure.over_50_percent) << ")\n";
  out << "  Tái cử: " << structure.reelected << "; tham gia lần đầu: " << structure.first_time
      << "\n";
  for (const election::ListStructureWarning& warning : structure.warnings) {
    out << "  Cảnh báo: " << warning.message << "\n";
  }
  return out.str();
}

int PrintNominations(const Context& ctx, const app::NominationPorts& ports, int64_t election_id) {
  auto view = app::ShowNominations(ports, CommandLineActor(), election_id);
  if (!view) return Fail(NominationOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::NominationsViewToJson(*view).dump(2) << "\n";
  } else {
    std::cout << NominationsText(*view);
  }
  return 0;
}

}  // namespace daihoi::cli
