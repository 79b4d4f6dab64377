#include "building/movements.h"

#include <algorithm>
#include <unordered_map>

#include "building/words.h"

namespace daihoi::building {

const char* ToString(MovementKind kind) {
  switch (kind) {
    case MovementKind::kBalance:
      return "balance";
    case MovementKind::kAdmission:
      return "admission";
    case MovementKind::kTransferIn:
      return "transfer_in";
    case MovementKind::kTransferOut:
      return "transfer_out";
    case MovementKind::kDeath:
      return "death";
    case MovementKind::kRemoval:
      return "removal";
  }
  return "admission";
}

std::optional<MovementKind> ParseMovementKind(std::string_view text) {
  const std::string key = WordKey(text);
  for (MovementKind kind : kAllMovementKinds) {
    if (key == WordKey(ToString(kind)) || key == WordKey(Label(kind))) return kind;
  }
  if (key == "so dau ky" || key == "dau ky" || key == "so luong") return MovementKind::kBalance;
  if (key == "ket nap" || key == "ket nap dang vien") return MovementKind::kAdmission;
  if (key == "chuyen den" || key == "chuyen sinh hoat den") return MovementKind::kTransferIn;
  if (key == "chuyen di" || key == "chuyen sinh hoat di") return MovementKind::kTransferOut;
  if (key == "tu tran" || key == "tu tran tu tran") return MovementKind::kDeath;
  if (key == "xoa ten" || key == "khai tru" || key == "xoa ten khai tru") {
    return MovementKind::kRemoval;
  }
  return std::nullopt;
}

const char* Label(MovementKind kind) {
  switch (kind) {
    case MovementKind::kBalance:
      return "Số đầu kỳ";
    case MovementKind::kAdmission:
      return "Kết nạp";
    case MovementKind::kTransferIn:
      return "Chuyển đến";
    case MovementKind::kTransferOut:
      return "Chuyển đi";
    case MovementKind::kDeath:
      return "Từ trần";
    case MovementKind::kRemoval:
      return "Xóa tên, khai trừ";
  }
  return "Kết nạp";
}

int Sign(MovementKind kind) {
  switch (kind) {
    case MovementKind::kBalance:
      return 0;
    case MovementKind::kAdmission:
    case MovementKind::kTransferIn:
      return 1;
    case MovementKind::kTransferOut:
    case MovementKind::kDeath:
    case MovementKind::kRemoval:
      return -1;
  }
  return 0;
}

std::vector<Error> ValidateMovement(const Movement& movement) {
  std::vector<Error> errors;
  if (movement.org_code.empty()) {
    errors.push_back(InvalidInput("thiếu mã tổ chức (org_code is required)", "org_code"));
  }
  const int64_t least = movement.kind == MovementKind::kBalance ? 0 : 1;
  if (movement.count < least) {
    errors.push_back(InvalidInput("số lượng không hợp lệ '" + std::to_string(movement.count) +
                                      "' (count must be at least " + std::to_string(least) + ")",
                                  "count"));
  }
  if (movement.kind != MovementKind::kBalance && movement.count > 1 &&
      !movement.member_id.empty()) {
    errors.push_back(InvalidInput(
        "một mã đảng viên cho nhiều người (a member id on a movement of several)", "member_id"));
  }
  return errors;
}

Date AddMonths(Date date, int months) {
  const int total = date.year() * 12 + (date.month() - 1) + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  for (int day = date.day(); day >= 28; --day) {
    if (auto d = Date::FromYmd(year, month, day)) return *d;
  }
  return *Date::FromYmd(year, month, std::min(date.day(), 28));
}

OwnCount CountAsOf(const std::vector<Movement>& movements, const std::string& org_code, Date as_of,
                   int probation_months) {
  // The latest balance on or before the date starts the count.
  const Movement* balance = nullptr;
  for (const Movement& m : movements) {
    if (m.org_code != org_code || m.kind != MovementKind::kBalance || m.on > as_of) continue;
    if (balance == nullptr || m.on >= balance->on) balance = &m;
  }
  OwnCount count;
  if (balance != nullptr) count.members = balance->count;
  const Date probation_start = AddMonths(as_of, -probation_months);
  for (const Movement& m : movements) {
    if (m.org_code != org_code || m.on > as_of || m.kind == MovementKind::kBalance) continue;
    if (balance != nullptr && m.on < balance->on) continue;
    count.members += Sign(m.kind) * m.count;
    if (m.kind == MovementKind::kAdmission && m.on > probation_start) {
      count.probationary += m.count;
    }
  }
  if (count.members < 0) count.members = 0;
  count.probationary = std::min(count.probationary, count.members);
  return count;
}

std::vector<MemberCount> CountSubtree(const std::vector<org::Organization>& subtree,
                                      const std::vector<Movement>& movements, Date as_of,
                                      int probation_months) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < subtree.size(); ++i) index.emplace(subtree[i].code, i);
  std::unordered_map<std::string, std::vector<Movement>> by_org;
  for (const Movement& m : movements) {
    if (index.contains(m.org_code)) by_org[m.org_code].push_back(m);
  }
  std::vector<MemberCount> counts(subtree.size());
  for (size_t i = 0; i < subtree.size(); ++i) {
    counts[i].org_code = subtree[i].code;
    auto own = by_org.find(subtree[i].code);
    if (own != by_org.end()) {
      counts[i].own = CountAsOf(own->second, subtree[i].code, as_of, probation_months);
      counts[i].has_movements = true;
    }
  }
  // Children after parents: walking backwards settles every child before its parent.
  std::vector<OwnCount> children_sum(subtree.size());
  for (size_t i = subtree.size(); i-- > 0;) {
    MemberCount& at = counts[i];
    if (at.has_movements) {
      at.subtree.members = at.own.members + children_sum[i].members;
      at.subtree.probationary = at.own.probationary + children_sum[i].probationary;
    } else if (subtree[i].members) {
      at.subtree.members = *subtree[i].members;  // stated full members
    } else {
      at.subtree = children_sum[i];
    }
    auto parent = index.find(subtree[i].parent_code);
    if (i > 0 && parent != index.end()) {
      const size_t p = parent->second;
      children_sum[p].members += at.subtree.members;
      children_sum[p].probationary += at.subtree.probationary;
      if (at.has_movements) counts[p].has_movements = true;
    }
  }
  return counts;
}

std::vector<Error> ValidateAdmissionTarget(const AdmissionTarget& target) {
  std::vector<Error> errors;
  if (target.org_code.empty()) {
    errors.push_back(InvalidInput("thiếu mã tổ chức (org_code is required)", "org_code"));
  }
  if (target.term.empty()) {
    errors.push_back(InvalidInput("thiếu nhiệm kỳ (term is required)", "term"));
  }
  if (target.to < target.from) {
    errors.push_back(InvalidInput("ngày kết thúc trước ngày bắt đầu (to is before from)", "to"));
  }
  if (target.target < 0) {
    errors.push_back(
        InvalidInput("chỉ tiêu không được âm (target must not be negative)", "target"));
  }
  return errors;
}

int64_t AdmissionsBetween(const std::vector<Movement>& movements, Date from, Date to) {
  int64_t admitted = 0;
  for (const Movement& m : movements) {
    if (m.kind == MovementKind::kAdmission && m.on >= from && m.on <= to) admitted += m.count;
  }
  return admitted;
}

AdmissionProgress ProgressOf(const AdmissionTarget& target, int64_t admitted) {
  AdmissionProgress progress;
  progress.target = target;
  progress.admitted = admitted;
  if (target.target > 0) {
    progress.percent = 100.0 * static_cast<double>(admitted) / static_cast<double>(target.target);
  }
  progress.reached = admitted >= target.target;
  return progress;
}

}  // namespace daihoi::building
