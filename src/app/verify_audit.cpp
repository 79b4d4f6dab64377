// Use case: recompute the audit chain (audit.h) and name the first record that is wrong.
#include <unordered_map>

#include "app/audit.h"

namespace daihoi::app {
namespace {

std::string Seq(int64_t seq) { return std::to_string(seq); }

}  // namespace

Result<AuditCheck> VerifyAudit(Store& store, const std::optional<std::string>& expected_head) {
  // First pass: where each stored hash sits, to tell a moved record from a missing one.
  std::unordered_map<std::string, int64_t> seq_of_hash;
  Status s = AuditsOf(store).ForEachAudit([&](const AuditRecord& record) -> Status {
    seq_of_hash.emplace(record.hash, record.seq);
    return {};
  });
  if (!s) return s.error();

  AuditCheck check;
  check.head = AuditGenesis();
  int64_t expected_seq = 1;
  const auto fail = [&](AuditProblem problem, int64_t seq, std::string message) {
    check.problem = problem;
    check.first_bad_seq = seq;
    check.message = std::move(message);
  };
  s = AuditsOf(store).ForEachAudit([&](const AuditRecord& record) -> Status {
    if (check.first_bad_seq) return {};
    ++check.records;
    if (record.seq != expected_seq) {
      fail(AuditProblem::kDeleted, expected_seq,
           "bản ghi số " + Seq(expected_seq) + " đã bị xóa (record " + Seq(expected_seq) +
               " is missing: the next one is " + Seq(record.seq) + ")");
      return {};
    }
    if (AuditHash(record) != record.hash) {
      // Its content with the seq its predecessor gives it: when that matches, the record is
      // intact but stands in the wrong place.
      int64_t original = 0;
      if (record.prev_hash == AuditGenesis()) {
        original = 1;
      } else if (auto it = seq_of_hash.find(record.prev_hash); it != seq_of_hash.end()) {
        original = it->second + 1;
      }
      AuditRecord moved = record;
      moved.seq = original;
      if (original != 0 && original != record.seq && AuditHash(moved) == record.hash) {
        fail(AuditProblem::kReordered, record.seq,
             "bản ghi số " + Seq(record.seq) + " bị đổi chỗ: đó là bản ghi số " + Seq(original) +
                 " (record " + Seq(record.seq) + " was reordered: it is record " + Seq(original) +
                 ")");
      } else {
        fail(AuditProblem::kEdited, record.seq,
             "bản ghi số " + Seq(record.seq) + " đã bị sửa (record " + Seq(record.seq) +
                 " was edited: its content no longer gives its hash)");
      }
      return {};
    }
    if (record.prev_hash != check.head) {
      const bool elsewhere = seq_of_hash.contains(record.prev_hash);
      fail(elsewhere ? AuditProblem::kReordered : AuditProblem::kDeleted, record.seq,
           "bản ghi số " + Seq(record.seq) + " không nối tiếp bản ghi trước nó: " +
               (elsewhere ? std::string("các bản ghi bị đổi chỗ (records were reordered)")
                          : std::string("một bản ghi trước nó bị xóa hoặc sửa (a record before "
                                        "it was deleted or rewritten)")));
      return {};
    }
    check.head = record.hash;
    ++expected_seq;
    return {};
  });
  if (!s) return s.error();
  if (!check.first_bad_seq && expected_head && *expected_head != AuditGenesis() &&
      !seq_of_hash.contains(*expected_head)) {
    check.problem = AuditProblem::kTruncated;
    check.first_bad_seq = check.records + 1;
    check.message = "đầu chuỗi đã ghi nhận " + *expected_head +
                    " không còn trong chuỗi: các bản ghi cuối đã bị xóa hoặc viết lại (the "
                    "expected head is not in the chain: records were removed from the end or "
                    "rewritten)";
  }
  if (!check.first_bad_seq) {
    check.message = "chuỗi nhật ký nguyên vẹn: " + std::to_string(check.records) +
                    " bản ghi (the audit chain is intact)";
  }
  return check;
}

}  // namespace daihoi::app
