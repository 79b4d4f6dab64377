#include "personnel/personnel.h"

#include <algorithm>
#include <map>

#include "election/ballot_list.h"

namespace daihoi::personnel {
namespace {

const PositionKind* FindKind(const std::vector<PositionKind>& kinds, const std::string& code) {
  for (const PositionKind& kind : kinds) {
    if (kind.code == code) return &kind;
  }
  return nullptr;
}

Error Invalid(std::string message, std::string field) {
  return InvalidInput(std::move(message), std::move(field));
}

}  // namespace

std::vector<PositionKind> DefaultPositionKinds() {
  return {
      {"secretary", "Bí thư", 10, true},
      {"deputy_secretary", "Phó Bí thư", 20, true},
      {"standing_committee_member", "Ủy viên Ban Thường vụ", 30, true},
      {"inspection_chair", "Chủ nhiệm Ủy ban Kiểm tra", 35, true},
      {"committee_member", "Ủy viên Ban Chấp hành", 40, true},
      {"peoples_council_chair", "Chủ tịch HĐND", 50, false},
      {"peoples_committee_chair", "Chủ tịch UBND", 55, false},
      {"front_chair", "Chủ tịch UBMTTQ", 60, false},
      {"police_chief", "Trưởng Công an", 70, false},
      {"military_commander", "Chỉ huy trưởng Quân sự", 75, false},
      {"department_head", "Trưởng", 80, false},
      {"other", "Chức vụ khác", 100, false},
  };
}

Status CheckPosition(const MemberPosition& position, const std::vector<PositionKind>& kinds) {
  if (position.member_id.empty()) return Invalid("thiếu mã đảng viên", "member_id");
  if (FindKind(kinds, position.kind) == nullptr) {
    return Invalid("loại chức vụ '" + position.kind + "' không có trong danh mục", "kind");
  }
  if (position.organization.empty()) {
    return Invalid("thiếu cơ quan, tổ chức nơi giữ chức vụ", "organization");
  }
  if (position.from && position.to && *position.to < *position.from) {
    return Invalid("ngày thôi giữ chức vụ " + position.to->ToVietnamese() + " trước ngày bắt đầu " +
                       position.from->ToVietnamese(),
                   "to");
  }
  return {};
}

std::vector<MemberPosition> HeldOn(const std::vector<MemberPosition>& positions,
                                   const std::vector<PositionKind>& kinds, const Date& on) {
  std::vector<MemberPosition> held;
  for (const MemberPosition& position : positions) {
    if (position.from && on < *position.from) continue;
    if (position.to && *position.to < on) continue;
    held.push_back(position);
  }
  auto rank = [&](const MemberPosition& position) {
    const PositionKind* kind = FindKind(kinds, position.kind);
    return kind != nullptr ? kind->rank : 1000;
  };
  std::stable_sort(held.begin(), held.end(), [&](const MemberPosition& a, const MemberPosition& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return a.from.value_or(Date()) < b.from.value_or(Date());
  });
  return held;
}

std::string PositionTitle(const std::vector<MemberPosition>& positions,
                          const std::vector<PositionKind>& kinds, const Date& on) {
  std::string title;
  for (const MemberPosition& position : HeldOn(positions, kinds, on)) {
    const PositionKind* kind = FindKind(kinds, position.kind);
    const std::string label = kind != nullptr ? kind->label : position.kind;
    if (!title.empty()) title += ", kiêm ";
    title += label + " " + position.organization;
  }
  return title;
}

const char* ToString(SchemeStatus status) {
  switch (status) {
    case SchemeStatus::kDraft:
      return "draft";
    case SchemeStatus::kSubmitted:
      return "submitted";
    case SchemeStatus::kReturned:
      return "returned";
    case SchemeStatus::kApproved:
      return "approved";
  }
  return "draft";
}

const char* Label(SchemeStatus status) {
  switch (status) {
    case SchemeStatus::kDraft:
      return "Dự thảo";
    case SchemeStatus::kSubmitted:
      return "Đã trình cấp trên";
    case SchemeStatus::kReturned:
      return "Cấp trên trả lại";
    case SchemeStatus::kApproved:
      return "Đã phê duyệt";
  }
  return "";
}

std::optional<SchemeStatus> ParseSchemeStatus(std::string_view text) {
  for (SchemeStatus status : {SchemeStatus::kDraft, SchemeStatus::kSubmitted,
                              SchemeStatus::kReturned, SchemeStatus::kApproved}) {
    if (text == ToString(status)) return status;
  }
  return std::nullopt;
}

const char* ToString(SchemeAction action) {
  switch (action) {
    case SchemeAction::kSubmit:
      return "submit";
    case SchemeAction::kReturn:
      return "return";
    case SchemeAction::kApprove:
      return "approve";
  }
  return "";
}

Result<SchemeStatus> NextStatus(SchemeStatus status, SchemeAction action,
                                const std::string& comment) {
  const bool from_draft = status == SchemeStatus::kDraft;
  const bool from_submitted = status == SchemeStatus::kSubmitted;
  switch (action) {
    case SchemeAction::kSubmit:
      if (from_draft) return SchemeStatus::kSubmitted;
      break;
    case SchemeAction::kReturn:
      if (from_submitted) {
        if (comment.empty()) {
          return Invalid("trả lại đề án cần ghi ý kiến của cấp trên", "comment");
        }
        return SchemeStatus::kReturned;
      }
      break;
    case SchemeAction::kApprove:
      if (from_submitted) return SchemeStatus::kApproved;
      break;
  }
  std::string hint;
  if (status == SchemeStatus::kReturned) hint = "; lập phiên bản mới để sửa và trình lại";
  if (status == SchemeStatus::kDraft) hint = "; đề án chưa được trình";
  Error error(ErrorCode::kConflict, std::string("đề án đang ở trạng thái \"") + Label(status) +
                                        "\", không thể " +
                                        (action == SchemeAction::kSubmit   ? "trình"
                                         : action == SchemeAction::kReturn ? "trả lại"
                                                                           : "phê duyệt") +
                                        hint);
  error.field = "status";
  return error;
}

Status CheckSchemeNumbers(const SchemeNumbers& numbers) {
  if (numbers.committee < 1) return Invalid("số lượng Ban Chấp hành phải ít nhất 1", "committee");
  if (numbers.standing_committee < 0) return Invalid("không được âm", "standing_committee");
  if (numbers.deputies < 0) return Invalid("không được âm", "deputies");
  if (numbers.inspection < 0) return Invalid("không được âm", "inspection");
  if (numbers.delegates < 0) return Invalid("không được âm", "delegates");
  if (numbers.standing_committee >= numbers.committee) {
    return Invalid("Ban Thường vụ (" + std::to_string(numbers.standing_committee) +
                       ") phải ít hơn Ban Chấp hành (" + std::to_string(numbers.committee) + ")",
                   "standing_committee");
  }
  if (numbers.deputies > numbers.standing_committee && numbers.standing_committee > 0) {
    return Invalid("số Phó Bí thư nhiều hơn Ban Thường vụ", "deputies");
  }
  return {};
}

const char* ToString(SchemeList list) {
  return list == SchemeList::kCommittee ? "committee" : "delegates";
}

std::optional<SchemeList> ParseSchemeList(std::string_view text) {
  if (text == "committee") return SchemeList::kCommittee;
  if (text == "delegates") return SchemeList::kDelegates;
  return std::nullopt;
}

const char* ToString(NomineeReason reason) {
  switch (reason) {
    case NomineeReason::kSuccessionPlan:
      return "succession_plan";
    case NomineeReason::kReelection:
      return "re_election";
    case NomineeReason::kRotation:
      return "rotation";
    case NomineeReason::kOther:
      return "other";
  }
  return "other";
}

const char* Label(NomineeReason reason) {
  switch (reason) {
    case NomineeReason::kSuccessionPlan:
      return "Quy hoạch";
    case NomineeReason::kReelection:
      return "Tái cử";
    case NomineeReason::kRotation:
      return "Luân chuyển";
    case NomineeReason::kOther:
      return "Khác";
  }
  return "";
}

std::optional<NomineeReason> ParseNomineeReason(std::string_view text) {
  for (NomineeReason reason : {NomineeReason::kSuccessionPlan, NomineeReason::kReelection,
                               NomineeReason::kRotation, NomineeReason::kOther}) {
    if (text == ToString(reason)) return reason;
  }
  return std::nullopt;
}

SchemeStatistics ComputeSchemeStatistics(
    const std::vector<ProposedPerson>& proposed,
    const std::optional<std::vector<election::Person>>& outgoing, int seats,
    const election::ListStructureTargets& targets, const election::Profile& profile,
    const std::vector<PositionKind>& kinds, const std::optional<Date>& opening) {
  SchemeStatistics stats;
  std::vector<election::Person> people;
  std::vector<election::Nominee> nominees;
  std::vector<int> list;
  std::map<std::string, int> per_kind;
  for (const ProposedPerson& entry : proposed) {
    people.push_back(entry.person);
    election::Nominee nominee;
    nominee.id = entry.person.member_id;
    nominee.member_id = entry.person.member_id;
    nominee.full_name = entry.person.full_name;
    nominee.gender = entry.person.gender;
    nominee.birth_date = entry.person.birth_date;
    nominee.convening_committee_member = entry.outgoing;
    list.push_back(static_cast<int>(nominees.size()));
    nominees.push_back(std::move(nominee));
    for (const std::string& kind : entry.position_kinds) ++per_kind[kind];
  }
  // First-time vs re-elected is the scheme's own judgement (`outgoing`), so the proposed body's
  // figures take it from there rather than from a name match.
  stats.proposed = election::StatsOf(people, std::nullopt, opening);
  stats.proposed.history_unknown = 0;
  for (const ProposedPerson& entry : proposed)
    ++(entry.outgoing ? stats.proposed.re_elected : stats.proposed.first_time);
  if (outgoing) stats.outgoing = election::StatsOf(*outgoing, std::nullopt, opening);
  stats.structure = election::ComputeListStructure(nominees, list, targets, opening);
  stats.seats = seats;
  stats.candidates = static_cast<int>(proposed.size());
  stats.surplus_percent = seats > 0 ? election::PercentOf(stats.candidates - seats, seats) : 0;
  // R-SURPLUS: the convening committee's own list carries 10–15% (the engine's check).
  election::Election body;
  body.kind = election::ElectionKind::kCommittee;
  body.seats = std::max(seats, 1);
  if (Status s = election::CheckConveningList(body, stats.candidates, profile); !s) {
    stats.surplus_problem = s.error().message;
  }
  for (const PositionKind& kind : kinds) {
    auto found = per_kind.find(kind.code);
    if (found != per_kind.end()) stats.positions.push_back({kind.code, kind.label, found->second});
  }
  return stats;
}

std::vector<VettingBoard> DefaultVettingBoards() {
  return {
      {"organization_board", "Ban Tổ chức cấp ủy cấp trên", 10},
      {"inspection_commission", "Ủy ban Kiểm tra cấp ủy cấp trên", 20},
      {"internal_affairs", "Ban Nội chính cấp ủy cấp trên", 30},
  };
}

const char* ToString(VettingConclusion conclusion) {
  switch (conclusion) {
    case VettingConclusion::kOpen:
      return "open";
    case VettingConclusion::kCleared:
      return "cleared";
    case VettingConclusion::kConcern:
      return "concern";
  }
  return "open";
}

const char* Label(VettingConclusion conclusion) {
  switch (conclusion) {
    case VettingConclusion::kOpen:
      return "Chưa kết luận";
    case VettingConclusion::kCleared:
      return "Đủ tiêu chuẩn";
    case VettingConclusion::kConcern:
      return "Có vấn đề";
  }
  return "";
}

std::optional<VettingConclusion> ParseVettingConclusion(std::string_view text) {
  for (VettingConclusion conclusion :
       {VettingConclusion::kOpen, VettingConclusion::kCleared, VettingConclusion::kConcern}) {
    if (text == ToString(conclusion)) return conclusion;
  }
  return std::nullopt;
}

const char* ToString(ComplaintSource source) {
  switch (source) {
    case ComplaintSource::kNamedLetter:
      return "named_letter";
    case ComplaintSource::kAnonymousLetter:
      return "anonymous_letter";
    case ComplaintSource::kPetition:
      return "petition";
    case ComplaintSource::kMedia:
      return "media";
    case ComplaintSource::kOther:
      return "other";
  }
  return "other";
}

const char* Label(ComplaintSource source) {
  switch (source) {
    case ComplaintSource::kNamedLetter:
      return "Đơn có tên";
    case ComplaintSource::kAnonymousLetter:
      return "Thư nặc danh";
    case ComplaintSource::kPetition:
      return "Đơn tập thể";
    case ComplaintSource::kMedia:
      return "Báo chí, mạng xã hội";
    case ComplaintSource::kOther:
      return "Khác";
  }
  return "";
}

std::optional<ComplaintSource> ParseComplaintSource(std::string_view text) {
  for (ComplaintSource source :
       {ComplaintSource::kNamedLetter, ComplaintSource::kAnonymousLetter,
        ComplaintSource::kPetition, ComplaintSource::kMedia, ComplaintSource::kOther}) {
    if (text == ToString(source)) return source;
  }
  return std::nullopt;
}

Status CheckVettingGate(const std::vector<OpenItems>& open) {
  std::string message;
  for (const OpenItems& items : open) {
    if (items.open_boards.empty() && items.open_complaints == 0) continue;
    std::string what;
    if (!items.open_boards.empty()) {
      what = "chưa có kết luận thẩm tra của ";
      for (size_t index = 0; index < items.open_boards.size(); ++index) {
        if (index > 0) what += ", ";
        what += items.open_boards[index];
      }
    }
    if (items.open_complaints > 0) {
      if (!what.empty()) what += "; ";
      what += std::to_string(items.open_complaints) + " đơn thư chưa giải quyết xong";
    }
    if (!message.empty()) message += "; ";
    message += items.full_name + " (" + items.member_id + "): " + what;
  }
  if (message.empty()) return {};
  return RuleViolation("R-VETTING",
                       "chưa chốt được danh sách, chưa in được phiếu bầu khi còn nhân sự chưa "
                       "thẩm tra xong hoặc còn đơn thư chưa giải quyết: " +
                           message);
}

}  // namespace daihoi::personnel
