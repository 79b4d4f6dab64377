#include "report/labels.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "common/roman.h"
#include "election/threshold.h"

namespace daihoi::report {

using election::ExclusionReason;
using election::InvalidReason;

std::string ExclusionText(ExclusionReason reason) {
  switch (reason) {
    case ExclusionReason::kTemporaryTransferAbsent:
      return "đảng viên sinh hoạt tạm thời nơi khác vắng mặt";
    case ExclusionReason::kExemptAbsent:
      return "đảng viên được miễn sinh hoạt vắng mặt";
    case ExclusionReason::kSuspended:
      return "đảng viên bị đình chỉ sinh hoạt";
    case ExclusionReason::kProsecuted:
      return "đảng viên bị khởi tố, truy tố, tạm giam";
    case ExclusionReason::kAbsentWithReason:
      return "vắng mặt cả đại hội, lý do được cấp ủy chấp nhận";
    case ExclusionReason::kAbsentCommitteeMember:
      return "ủy viên Ban Chấp hành vắng mặt cả đại hội";
    case ExclusionReason::kAbsentDelegateUnreplaced:
      return "đại biểu chính thức vắng mặt cả đại hội, không có dự khuyết thay";
  }
  return "";
}

// R-VALID, worded as the election rules list the invalid ballots.
std::string InvalidReasonText(InvalidReason reason) {
  switch (reason) {
    case InvalidReason::kUnofficial:
      return "phiếu không do Ban Kiểm phiếu phát ra";
    case InvalidReason::kTooMany:
      return "phiếu bầu thừa số lượng đại hội đã biểu quyết";
    case InvalidReason::kNoneLeft:
      return "phiếu gạch tên tất cả những người trong danh sách bầu cử";
    case InvalidReason::kWriteIn:
      return "phiếu ghi thêm tên người ngoài danh sách bầu cử";
    case InvalidReason::kMarked:
      return "phiếu có ký hiệu riêng hoặc ghi thêm nội dung khác";
    case InvalidReason::kAmbiguousSingle:
      return "phiếu bầu một người đánh dấu cả hai ô hoặc không đánh dấu ô nào";
  }
  return "";
}

std::string PercentText(election::Hundredths value) {
  const bool negative = value < 0;
  const int64_t magnitude = negative ? -value : value;
  const int64_t cents = magnitude % 100;
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "," + (cents < 10 ? "0" : "") +
         std::to_string(cents) + "%";
}

std::string ThousandsVi(int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string DecimalComma(std::string text) {
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

std::string PercentVi(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.resize(text.size() - 2);
  return DecimalComma(text) + "%";
}

std::string TermText(std::string term) {
  const size_t dash = term.find('-');
  if (dash != std::string::npos) term.replace(dash, 1, "–");
  return term;
}

std::string SpacedTermText(const std::string& term) {
  const auto dash = term.find('-');
  if (dash == std::string::npos) return term;
  return term.substr(0, dash) + " - " + term.substr(dash + 1);
}

std::string UpperVietnamese(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale("vi")).toUTF8String(out);
  return out;
}

std::string Capitalized(const std::string& text) {
  if (text.empty()) return text;
  const auto lead = static_cast<unsigned char>(text[0]);
  const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return UpperVietnamese(text.substr(0, length)) + text.substr(length);
}

pdf::Signature StandingCommitteeSignature() { return {"T/M BAN THƯỜNG VỤ", "BÍ THƯ", ""}; }

std::string CongressName(const planning::Congress& congress, const std::string& org_name) {
  const bool delegates = congress.kind == planning::CongressKind::kDelegates;
  std::string name = (delegates ? "Đại hội đại biểu " : "Đại hội ") + org_name;
  if (const std::string roman = ToRoman(congress.ordinal); !roman.empty()) {
    name += " lần thứ " + roman;
  }
  return name;
}

std::vector<std::string> ThresholdSentences(const std::string& noun, int64_t convened,
                                            const std::vector<election::Exclusion>& exclusions,
                                            int64_t excluded, int64_t denominator) {
  std::vector<std::string> sentences;
  if (excluded == 0) {
    sentences.push_back("Không có trường hợp nào được trừ.");
  } else {
    std::string text = "Trừ " + std::to_string(excluded) + " đồng chí";
    for (size_t k = 0; k < exclusions.size(); ++k) {
      text += (k == 0 ? ": " : "; ") + std::to_string(exclusions[k].count) + " " +
              ExclusionText(exclusions[k].reason);
    }
    sentences.push_back(text + ".");
  }
  // R-THRESHOLD: more than half of the base, not of the valid ballots.
  sentences.push_back("Số " + noun +
                      " làm căn cứ tính kết quả bầu cử: " + std::to_string(convened) + " − " +
                      std::to_string(excluded) + " = " + std::to_string(denominator) +
                      " đồng chí; người trúng cử phải được số phiếu bầu hơn một nửa số này (ít "
                      "nhất " +
                      std::to_string(election::VotesNeeded(denominator)) + " phiếu).");
  return sentences;
}

}  // namespace daihoi::report
