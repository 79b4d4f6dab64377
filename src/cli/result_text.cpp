#include "cli/result_text.h"

#include <iostream>
#include <string>

#include "json/result_json.h"

namespace daihoi::cli {
namespace {

std::string Percent(int64_t part, int64_t whole) {
  const election::Hundredths value = election::PercentOf(part, whole);
  std::string fraction = std::to_string(value % 100);
  if (fraction.size() < 2) fraction = "0" + fraction;
  return std::to_string(value / 100) + "," + fraction + "%";
}

const char* CapacityLabel(election::Capacity capacity) {
  return capacity == election::Capacity::kOfficial ? "chính thức" : "dự khuyết";
}

void PrintStats(const election::BodyStats& stats) {
  std::cout << "  số lượng " << stats.size << "; nữ " << stats.women << " ("
            << Percent(stats.women, stats.size) << "); dưới 40 tuổi " << stats.under_40
            << "; 40–50 tuổi " << stats.from_40_to_50 << "; trên 50 tuổi " << stats.over_50;
  if (stats.age_unknown > 0) std::cout << "; chưa rõ tuổi " << stats.age_unknown;
  std::cout << "; lần đầu " << stats.first_time << "; tái cử " << stats.re_elected;
  if (stats.history_unknown > 0) std::cout << "; chưa rõ nhiệm kỳ trước " << stats.history_unknown;
  std::cout << "\n";
}

}  // namespace

int PrintApplied(const Context& ctx, const app::AppliedElection& applied) {
  if (ctx.json) {
    std::cout << json::AppliedElectionToJson(applied).dump(2) << "\n";
    return 0;
  }
  if (applied.body) {
    std::cout << "Đã áp dụng kết quả bầu cử " << applied.election.id << " vào "
              << election::BodyLabel(*applied.body) << " của " << applied.election.org_code
              << " nhiệm kỳ " << applied.election.term << ".\n";
  } else {
    std::cout << "Đã ghi đoàn đại biểu của " << applied.election.org_code
              << " vào danh sách đại hội " << applied.parent_code << " nhiệm kỳ "
              << applied.election.term << ".\n";
  }
  for (const app::ElectedMember& member : applied.elected) {
    std::cout << "  " << CapacityLabel(member.capacity) << " " << member.rank << ". "
              << member.person.full_name << " (" << member.votes << " phiếu, lần bầu "
              << member.round << ")\n";
  }
  return 0;
}

int PrintApproval(const Context& ctx, const app::Approval& approval) {
  if (ctx.json) {
    std::cout << json::ApprovalToJson(approval).dump(2) << "\n";
    return 0;
  }
  std::cout << "Đã ghi chuẩn y kết quả đại hội " << approval.org_code << " nhiệm kỳ "
            << approval.term << ": " << approval.decision << " ngày "
            << approval.approved_on.ToVietnamese() << " của " << approval.approved_by << ".\n";
  return 0;
}

int PrintResults(const Context& ctx, const app::CongressResults& results) {
  if (ctx.json) {
    std::cout << json::CongressResultsToJson(results).dump(2) << "\n";
    return 0;
  }
  std::cout << "Kết quả đại hội " << results.organization.name << " (" << results.organization.code
            << ") nhiệm kỳ " << results.congress.term << "\n";
  if (results.approval) {
    std::cout << "Đã chuẩn y: " << results.approval->decision << " ngày "
              << results.approval->approved_on.ToIso() << " của " << results.approval->approved_by
              << "\n";
  } else {
    std::cout << "Chưa chuẩn y (kết quả tạm thời, R-APPROVAL)\n";
  }
  for (const app::BodyView& body : results.bodies) {
    std::cout << "\n" << election::BodyLabel(body.body) << ":\n";
    for (const auto& member : body.members) {
      std::cout << "  " << CapacityLabel(member.capacity) << " " << member.rank << ". "
                << member.person.full_name << "\n";
    }
  }
  if (results.committee_stats) {
    std::cout << "\nCơ cấu Ban Chấp hành";
    if (results.as_of) std::cout << " (tuổi tính đến " << results.as_of->ToIso() << ")";
    std::cout << ":\n";
    PrintStats(*results.committee_stats);
  }
  if (!results.delegation.empty()) {
    std::cout << "\nĐoàn đại biểu dự đại hội " << results.superior->code << ":\n";
    for (const app::RollEntry& entry : results.delegation) {
      std::cout << "  "
                << (entry.role == election::RollRole::kAlternate ? "dự khuyết" : "chính thức")
                << " " << entry.rank << ". " << entry.full_name << "\n";
    }
  }
  if (!results.elections.empty()) {
    std::cout << "\nCác cuộc bầu cử:\n";
    for (const app::ElectionResultState& state : results.elections) {
      std::cout << "  " << state.election.id << " " << state.election.title << ": "
                << (!state.applied_at.empty() ? "đã áp dụng"
                    : state.finished          ? "đã xong, chưa áp dụng"
                                              : state.reason)
                << "\n";
    }
  }
  return 0;
}

int PrintCommitteeStats(const Context& ctx, const app::CommitteeStats& stats) {
  if (ctx.json) {
    std::cout << json::CommitteeStatsToJson(stats).dump(2) << "\n";
    return 0;
  }
  std::cout << "Cơ cấu cấp ủy nhiệm kỳ " << stats.term << " trong " << stats.root << "\n";
  for (const app::LevelCommitteeStats& level : stats.levels) {
    std::cout << "\n"
              << level.level_name << ": " << level.level.with_body << "/"
              << level.level.organizations << " tổ chức đã có cấp ủy\n";
    PrintStats(level.level.stats);
    for (const auto& warning : level.warnings) std::cout << "  ! " << warning.message << "\n";
  }
  std::cout << "\nTổng cộng:\n";
  PrintStats(stats.total);
  return 0;
}

}  // namespace daihoi::cli
