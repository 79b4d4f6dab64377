#pragma once
// Personnel work before a congress (docs/personnel.md): positions (chức vụ) held by members, the
// personnel scheme (đề án nhân sự) of a congress with its workflow and statistics, the vetting
// (thẩm tra, xác minh) of its nominees by boards, complaints and denunciations (đơn thư khiếu nại,
// tố cáo), and the gate that keeps the election list from being final while any of it is open.
// Pure: no I/O; the lists of position kinds and vetting boards are data given by the caller.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "election/nomination.h"
#include "election/profile.h"
#include "election/results.h"

namespace daihoi::personnel {

// ---- Positions ---------------------------------------------------------------------------

// A kind of position (bí thư, chủ tịch UBND, …). Data: the list is configurable; rank orders a
// person's concurrent positions (the lower first: "Bí thư …, kiêm Chủ tịch UBND …").
struct PositionKind {
  std::string code;   // "secretary"
  std::string label;  // "Bí thư"
  int rank = 100;
  bool party_body = false;  // held in a Party body (else a state or mass organization)
};

// The kinds a new database starts with.
std::vector<PositionKind> DefaultPositionKinds();

struct MemberPosition {
  int64_t id = 0;  // given by the store
  std::string member_id;
  std::string kind;          // a PositionKind code
  std::string organization;  // named by text: "Đảng ủy phường Kim Mã", "UBND phường Kim Mã"
  std::string org_code;  // the Party body's organization code when there is one, else empty
  std::optional<Date> from;
  std::optional<Date> to;  // nullopt: still held
};

// kInvalidInput naming the field: a kind not in `kinds`, no member, no organization, to < from.
Status CheckPosition(const MemberPosition& position, const std::vector<PositionKind>& kinds);

// The positions held on `on` (from ≤ on ≤ to; a missing from or to is open), by kind rank, then
// from date.
std::vector<MemberPosition> HeldOn(const std::vector<MemberPosition>& positions,
                                   const std::vector<PositionKind>& kinds, const Date& on);

// "Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã": the positions held on `on`
// joined by ", kiêm "; empty when none.
std::string PositionTitle(const std::vector<MemberPosition>& positions,
                          const std::vector<PositionKind>& kinds, const Date& on);

// ---- The scheme ----------------------------------------------------------------------------

enum class SchemeStatus { kDraft, kSubmitted, kReturned, kApproved };
const char* ToString(SchemeStatus status);  // "draft", "submitted", "returned", "approved"
const char* Label(SchemeStatus status);  // "Dự thảo", "Đã trình", "Trả lại", "Đã phê duyệt"
std::optional<SchemeStatus> ParseSchemeStatus(std::string_view text);

enum class SchemeAction { kSubmit, kReturn, kApprove };
const char* ToString(SchemeAction action);  // "submit", "return", "approve"

// The workflow: draft → submitted → returned | approved. A returned version is revised into a
// new draft version (never edited again). kConflict naming the status for any other step; a
// return without its comment is kInvalidInput naming `comment`.
Result<SchemeStatus> NextStatus(SchemeStatus status, SchemeAction action,
                                const std::string& comment);

// The numbers the scheme proposes for the new term.
struct SchemeNumbers {
  int committee = 0;           // Ban Chấp hành
  int standing_committee = 0;  // Ban Thường vụ
  int deputies = 0;            // Phó Bí thư
  int inspection = 0;          // Ủy ban Kiểm tra
  int delegates = 0;           // đại biểu dự đại hội cấp trên
};
// kInvalidInput naming the field: committee ≥ 1, none negative, the standing committee smaller
// than the committee.
Status CheckSchemeNumbers(const SchemeNumbers& numbers);

// Which list of the scheme a nominee is on.
enum class SchemeList { kCommittee, kDelegates };
const char* ToString(SchemeList list);  // "committee", "delegates"
std::optional<SchemeList> ParseSchemeList(std::string_view text);

// Why a person is proposed.
enum class NomineeReason { kSuccessionPlan, kReelection, kRotation, kOther };
const char* ToString(
    NomineeReason reason);                // "succession_plan", "re_election", "rotation", "other"
const char* Label(NomineeReason reason);  // "Quy hoạch", "Tái cử", "Luân chuyển", "Khác"
std::optional<NomineeReason> ParseNomineeReason(std::string_view text);

// One proposed person, as the statistics see them.
struct ProposedPerson {
  election::Person person;
  bool outgoing = false;                    // in the outgoing committee: re-elected, not first-time
  std::vector<std::string> position_kinds;  // kinds of the positions held on the opening day
};

struct PositionCount {
  std::string kind;
  std::string label;
  int count = 0;
};

// The proposed committee against the targets and the outgoing committee (R-STRUCTURE: warnings,
// never errors) and its surplus (R-SURPLUS: the convening committee's own list carries 10–15%).
struct SchemeStatistics {
  election::BodyStats proposed;
  std::optional<election::BodyStats> outgoing;  // nullopt: no outgoing committee recorded
  election::ListStructure structure;            // shares and warnings against the targets
  int seats = 0;
  int candidates = 0;
  election::Hundredths surplus_percent = 0;  // (candidates − seats) / seats
  std::string surplus_problem;               // the R-SURPLUS message; empty when within
  std::vector<PositionCount> positions;      // positions represented, by kind rank
};

SchemeStatistics ComputeSchemeStatistics(
    const std::vector<ProposedPerson>& proposed,
    const std::optional<std::vector<election::Person>>& outgoing, int seats,
    const election::ListStructureTargets& targets, const election::Profile& profile,
    const std::vector<PositionKind>& kinds, const std::optional<Date>& opening);

// ---- Vetting and complaints ----------------------------------------------------------------

// A board that vets nominees (configurable; out of the box the superior's organization board,
// inspection commission and internal-affairs board).
struct VettingBoard {
  std::string code;   // "organization_board"
  std::string label;  // "Ban Tổ chức Thành ủy"
  int rank = 100;
};
std::vector<VettingBoard> DefaultVettingBoards();

enum class VettingConclusion { kOpen, kCleared, kConcern };
const char* ToString(VettingConclusion conclusion);  // "open", "cleared", "concern"
const char* Label(VettingConclusion conclusion);  // "Chưa kết luận", "Đủ tiêu chuẩn", "Có vấn đề"
std::optional<VettingConclusion> ParseVettingConclusion(std::string_view text);

enum class ComplaintSource { kNamedLetter, kAnonymousLetter, kPetition, kMedia, kOther };
// "named_letter", "anonymous_letter", "petition", "media", "other"
const char* ToString(ComplaintSource source);
// "Đơn có tên", "Thư nặc danh", "Đơn tập thể", "Báo chí, mạng xã hội", "Khác"
const char* Label(ComplaintSource source);
std::optional<ComplaintSource> ParseComplaintSource(std::string_view text);

// What is still open about one nominee.
struct OpenItems {
  std::string member_id;
  std::string full_name;
  std::vector<std::string> open_boards;  // labels of the boards whose task is not concluded
  int open_complaints = 0;
};

// The gate: the election list cannot be finalized, nor its ballots printed, while a nominee has
// an open vetting task or an open complaint. OK when `open` holds nothing open; otherwise
// kRuleViolation (rule "R-VETTING") naming every nominee and what is open, in Vietnamese.
Status CheckVettingGate(const std::vector<OpenItems>& open);

}  // namespace daihoi::personnel
