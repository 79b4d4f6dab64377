#include "election/nomination.h"

#include <string>

#include "election/threshold.h"

namespace daihoi::election {
namespace {

// 1463 → "14,63%" (Vietnamese decimal comma).
std::string PercentText(Hundredths value) {
  const bool negative = value < 0;
  const int64_t magnitude = negative ? -value : value;
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "," + cents + "%";
}

bool Passes(const ShowOfHands& vote, const Profile& profile) {
  Result<bool> passes = MotionPasses(vote, profile);
  return passes.ok() && *passes;
}

// The nomination as ballot_list.h checks it.
Nomination ForList(const Nominee& nominee, const Profile& profile,
                   const std::optional<Date>& opening) {
  Nomination nomination;
  nomination.id = nominee.id;
  nomination.name = nominee.full_name;
  // R-VOTERS: a full member, and one already on the opening day.
  nomination.full_member = nominee.full_member && (!opening || !nominee.full_member_date ||
                                                   *nominee.full_member_date <= *opening);
  nomination.source = nominee.source;
  nomination.convening_committee_member = nominee.convening_committee_member;
  nomination.nominated_by_committee_member = nominee.nominated_by_committee_member;
  if (nominee.gate) {
    if (profile.floor_gate_method == FloorGateMethod::kSecretPoll) {
      nomination.poll = NominationPoll{nominee.gate->present, nominee.gate->agree};
    } else {
      nomination.floor_decision =
          ShowOfHands{nominee.gate->convened, nominee.gate->present, nominee.gate->agree};
    }
  }
  if (nominee.withdrawal_requested) {
    nomination.withdrawal = WithdrawalRequest{nominee.withdrawal_vote};
    // R-WITHDRAW: withdrawn only by a congress vote that passed.
    nomination.withdrawn = nominee.withdrawal_vote && Passes(*nominee.withdrawal_vote, profile);
  }
  return nomination;
}

std::string VotersMessage(const Nominee& nominee, const std::optional<Date>& opening) {
  if (nominee.full_member && nominee.full_member_date && opening) {
    return nominee.full_name + ": chưa là đảng viên chính thức vào ngày khai mạc " +
           opening->ToVietnamese() + " (chính thức từ " + nominee.full_member_date->ToVietnamese() +
           ")";
  }
  return nominee.full_name + ": không phải đảng viên chính thức, không được ứng cử";
}

std::string IncumbentMessage(const Nominee& nominee, const std::string& engine_message) {
  if (engine_message.find("nominated by") != std::string::npos) {
    return nominee.full_name +
           ": người giới thiệu là ủy viên cấp ủy triệu tập đại hội, không được giới thiệu người "
           "ngoài danh sách của cấp ủy";
  }
  return nominee.full_name +
         ": ủy viên cấp ủy triệu tập đại hội chỉ được ứng cử theo danh sách của cấp ủy";
}

std::string ConveningListMessage(const Election& election, int committee_list,
                                 const std::string& engine_message) {
  return "Danh sách do cấp ủy triệu tập giới thiệu có " + std::to_string(committee_list) +
         " người cho " + std::to_string(election.seats) + " chỗ (số dư " +
         PercentText(SurplusRatio(election.seats, committee_list)) +
         "), ngoài khoảng số dư quy định (" + engine_message + ")";
}

bool Below(int count, int total, int percent) {
  return static_cast<int64_t>(count) * 100 < static_cast<int64_t>(percent) * total;
}
bool Above(int count, int total, int percent) {
  return static_cast<int64_t>(count) * 100 > static_cast<int64_t>(percent) * total;
}

}  // namespace

const char* ToString(NominationSource source) {
  switch (source) {
    case NominationSource::kCommittee:
      return "committee";
    case NominationSource::kFloor:
      return "floor";
    case NominationSource::kSelf:
      return "self";
  }
  return "committee";
}

std::optional<NominationSource> ParseNominationSource(std::string_view text) {
  if (text == "committee") return NominationSource::kCommittee;
  if (text == "floor") return NominationSource::kFloor;
  if (text == "self") return NominationSource::kSelf;
  return std::nullopt;
}

const char* ToString(NomineeStatus status) {
  switch (status) {
    case NomineeStatus::kIneligible:
      return "ineligible";
    case NomineeStatus::kPollPending:
      return "poll_pending";
    case NomineeStatus::kNotAdmitted:
      return "not_admitted";
    case NomineeStatus::kWithdrawalPending:
      return "withdrawal_pending";
    case NomineeStatus::kWithdrawn:
      return "withdrawn";
    case NomineeStatus::kOnList:
      return "on_list";
  }
  return "on_list";
}

ListReview ReviewNominations(const Election& election, const std::vector<Nominee>& nominees,
                             const Profile& profile, const std::optional<Date>& opening) {
  std::vector<Nomination> nominations;
  nominations.reserve(nominees.size());
  for (const Nominee& nominee : nominees) {
    nominations.push_back(ForList(nominee, profile, opening));
  }
  ListReview review;
  review.nominees.resize(nominees.size());
  // R-VOTERS, R-INCUMBENT as ballot_list.h finds them; R-FLOOR-GATE and R-WITHDRAW are read
  // from the statuses below (a pending poll is not a fault, only not yet done).
  const std::vector<ListViolation> violations = CheckNominations(nominations, profile);
  for (size_t index = 0; index < nominees.size(); ++index) {
    const Nominee& nominee = nominees[index];
    NomineeReview& out = review.nominees[index];
    for (const ListViolation& violation : violations) {
      if (violation.nomination != nominee.id) continue;
      if (violation.rule == "R-VOTERS") {
        out.findings.push_back({violation.rule, nominee.id, VotersMessage(nominee, opening)});
      } else if (violation.rule == "R-INCUMBENT") {
        out.findings.push_back(
            {violation.rule, nominee.id, IncumbentMessage(nominee, violation.message)});
      }
    }
    if (nominee.source != NominationSource::kCommittee && nominee.gate) {
      const Nomination& nomination = nominations[index];
      out.gate_passed =
          profile.floor_gate_method == FloorGateMethod::kSecretPoll
              ? Meets(nomination.poll->agree, nomination.poll->present, profile.floor_gate_share)
              : Passes(*nomination.floor_decision, profile);
    }
    if (nominee.withdrawal_requested && nominee.withdrawal_vote) {
      out.withdrawal_passed = Passes(*nominee.withdrawal_vote, profile);
    }
    if (!out.findings.empty()) {
      out.status = NomineeStatus::kIneligible;
    } else if (nominee.source != NominationSource::kCommittee && !out.gate_passed) {
      out.status = NomineeStatus::kPollPending;
    } else if (nominee.source != NominationSource::kCommittee && !*out.gate_passed) {
      out.status = NomineeStatus::kNotAdmitted;
    } else if (nominee.withdrawal_requested && !out.withdrawal_passed) {
      out.status = NomineeStatus::kWithdrawalPending;
    } else if (out.withdrawal_passed.value_or(false)) {
      out.status = NomineeStatus::kWithdrawn;
    } else {
      out.status = NomineeStatus::kOnList;
    }
    if (out.status != NomineeStatus::kIneligible &&
        nominee.source == NominationSource::kCommittee) {
      ++review.committee_list;
    }
  }
  review.final_list = FinalList(nominations, profile);
  review.surplus_ratio = SurplusRatio(election.seats, static_cast<int>(review.final_list.size()));

  for (size_t index = 0; index < nominees.size(); ++index) {
    const Nominee& nominee = nominees[index];
    switch (review.nominees[index].status) {
      case NomineeStatus::kPollPending:
        review.blockers.push_back(
            {"R-FLOOR-GATE", nominee.id,
             profile.floor_gate_method == FloorGateMethod::kSecretPoll
                 ? nominee.full_name + ": chưa ghi kết quả lấy phiếu giới thiệu"
                 : nominee.full_name + ": đại hội chưa biểu quyết việc đưa vào danh sách"});
        break;
      case NomineeStatus::kWithdrawalPending:
        review.blockers.push_back(
            {"R-WITHDRAW", nominee.id,
             nominee.full_name + ": đơn xin rút chưa được đại hội biểu quyết"});
        break;
      default:
        break;
    }
  }
  // R-SURPLUS: the committee's own list (10–15%), then the final list.
  if (Status s = CheckConveningList(election, review.committee_list, profile); !s) {
    review.blockers.push_back(
        {"R-SURPLUS", "",
         ConveningListMessage(election, review.committee_list, s.error().message)});
  }
  const int listed = static_cast<int>(review.final_list.size());
  if (Status s = CheckSurplus(election, listed, profile); !s) {
    review.blockers.push_back({"R-SURPLUS", "",
                               "Danh sách bầu cử có " + std::to_string(listed) + " người cho " +
                                   std::to_string(election.seats) + " chỗ (số dư " +
                                   PercentText(review.surplus_ratio) + "), không đúng quy định (" +
                                   s.error().message + ")"});
  }
  return review;
}

Status CheckListStructureTargets(const ListStructureTargets& targets) {
  const struct {
    int value;
    int max;
    const char* field;
  } ranges[] = {
      {targets.women_min_percent, 100, "women_min_percent"},
      {targets.under_40_min_percent, 100, "under_40_min_percent"},
      {targets.age_40_50_min_percent, 100, "age_40_50_min_percent"},
      {targets.age_40_50_max_percent, 100, "age_40_50_max_percent"},
      {targets.first_time_min_months, 600, "first_time_min_months"},
      {targets.reelected_min_months, 600, "reelected_min_months"},
      {targets.retirement_age_male_months, 1200, "retirement_age_male_months"},
      {targets.retirement_age_female_months, 1200, "retirement_age_female_months"},
  };
  for (const auto& range : ranges) {
    if (range.value < 0 || range.value > range.max) {
      return InvalidInput("phải từ 0 đến " + std::to_string(range.max) + " (must be 0–" +
                              std::to_string(range.max) + ")",
                          range.field);
    }
  }
  if (targets.age_40_50_min_percent > targets.age_40_50_max_percent) {
    return InvalidInput(
        "cận dưới lớn hơn cận trên của nhóm 40–50 tuổi (the 40–50 band's lower bound exceeds its "
        "upper bound)",
        "age_40_50_min_percent");
  }
  return {};
}

int WholeYearsOfAge(const Date& birth, const Date& on) {
  int years = on.year() - birth.year();
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
    --years;
  }
  return years;
}

int MonthsToRetirement(const Date& birth, int retirement_months, const Date& on) {
  const int retirement = birth.year() * 12 + (birth.month() - 1) + retirement_months;
  const int now = on.year() * 12 + (on.month() - 1);
  int months = retirement - now;
  if (birth.day() < on.day()) --months;  // the last month is not a whole one
  return months;
}

ListStructure ComputeListStructure(const std::vector<Nominee>& nominees,
                                   const std::vector<int>& list,
                                   const ListStructureTargets& targets,
                                   const std::optional<Date>& opening) {
  ListStructure stats;
  stats.total = static_cast<int>(list.size());
  for (int index : list) {
    const Nominee& nominee = nominees[static_cast<size_t>(index)];
    if (nominee.gender == "female") ++stats.women;
    const bool reelected = nominee.convening_committee_member;
    ++(reelected ? stats.reelected : stats.first_time);
    TimeLeft left;
    left.nominee = index;
    left.reelected = reelected;
    left.required = reelected ? targets.reelected_min_months : targets.first_time_min_months;
    if (!nominee.birth_date || !opening) {
      ++stats.age_unknown;
      stats.warnings.push_back({"birth_date", nominee.id,
                                nominee.full_name + ": thiếu ngày sinh, không tính được tuổi"});
      stats.time_left.push_back(left);
      continue;
    }
    const int age = WholeYearsOfAge(*nominee.birth_date, *opening);
    if (age < 40) {
      ++stats.under_40;
    } else if (age <= 50) {
      ++stats.age_40_50;
    } else {
      ++stats.over_50;
    }
    const int retirement = nominee.gender == "female" ? targets.retirement_age_female_months
                                                      : targets.retirement_age_male_months;
    left.months = MonthsToRetirement(*nominee.birth_date, retirement, *opening);
    if (*left.months < left.required) {
      stats.warnings.push_back(
          {"time_left", nominee.id,
           nominee.full_name +
               (*left.months >= 0
                    ? ": còn " + std::to_string(*left.months) +
                          " tháng công tác đến tuổi nghỉ hưu, "
                    : ": đã quá tuổi nghỉ hưu " + std::to_string(-*left.months) + " tháng, ") +
               (reelected ? "tái cử cần ít nhất " : "tham gia lần đầu cần ít nhất ") +
               std::to_string(left.required) + " tháng"});
    }
    stats.time_left.push_back(left);
  }
  const int total = stats.total;
  stats.women_percent = PercentHundredths(stats.women, total);
  stats.under_40_percent = PercentHundredths(stats.under_40, total);
  stats.age_40_50_percent = PercentHundredths(stats.age_40_50, total);
  stats.over_50_percent = PercentHundredths(stats.over_50, total);
  if (total == 0) return stats;
  // R-STRUCTURE: warnings only; the shares go first, before the per-person ones.
  std::vector<ListStructureWarning> shares;
  if (Below(stats.women, total, targets.women_min_percent)) {
    shares.push_back({"women", "",
                      "Tỷ lệ nữ " + PercentText(stats.women_percent) + " (" +
                          std::to_string(stats.women) + "/" + std::to_string(total) +
                          ") thấp hơn chỉ tiêu " + std::to_string(targets.women_min_percent) +
                          "%"});
  }
  if (Below(stats.under_40, total, targets.under_40_min_percent)) {
    shares.push_back({"under_40", "",
                      "Tỷ lệ dưới 40 tuổi " + PercentText(stats.under_40_percent) + " (" +
                          std::to_string(stats.under_40) + "/" + std::to_string(total) +
                          ") thấp hơn chỉ tiêu " + std::to_string(targets.under_40_min_percent) +
                          "%"});
  }
  if (Below(stats.age_40_50, total, targets.age_40_50_min_percent) ||
      Above(stats.age_40_50, total, targets.age_40_50_max_percent)) {
    shares.push_back({"age_40_50", "",
                      "Tỷ lệ từ 40 đến 50 tuổi " + PercentText(stats.age_40_50_percent) + " (" +
                          std::to_string(stats.age_40_50) + "/" + std::to_string(total) +
                          ") ngoài khoảng chỉ tiêu " +
                          std::to_string(targets.age_40_50_min_percent) + "–" +
                          std::to_string(targets.age_40_50_max_percent) + "%"});
  }
  shares.insert(shares.end(), stats.warnings.begin(), stats.warnings.end());
  stats.warnings = std::move(shares);
  return stats;
}

}  // namespace daihoi::election
