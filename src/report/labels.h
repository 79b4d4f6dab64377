#pragma once
// Vietnamese wording the printed documents and workbooks share: the R-THRESHOLD exclusions and
// the base they leave, the R-VALID reasons, numbers and percentages as Vietnamese documents write
// them, terms, capitals, the standing committee's signature and congress names.

#include <cstdint>
#include <string>
#include <vector>

#include "election/types.h"
#include "planning/congress.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// Lower case: the text follows a count ("1 ủy viên Ban Chấp hành vắng mặt cả đại hội").
std::string ExclusionText(election::ExclusionReason reason);

// Lower case: the text follows a count ("2 phiếu gạch hết tên trong danh sách bầu cử").
std::string InvalidReasonText(election::InvalidReason reason);

// Hundredths of a percent with two decimals and a decimal comma: 5263 → "52,63%"
// (DOCUMENT-LAYOUT.md, I).
std::string PercentText(election::Hundredths value);

// 12345 → "12.345": a dot between thousands.
std::string ThousandsVi(int64_t value);

// "12.35" → "12,35": a decimal comma.
std::string DecimalComma(std::string text);

// 105.83 → "105,8%": one decimal, none when it is 0 (105 → "105%").
std::string PercentVi(double value);

// "2020-2025" → "2020–2025", as printed documents write a term.
std::string TermText(std::string term);

// "2020-2025" → "2020 - 2025", as a subject line or a table cell writes a term.
std::string SpacedTermText(const std::string& term);

// Upper case in Vietnamese ("Quận ủy Ba Đình" → "QUẬN ỦY BA ĐÌNH"), for headers.
std::string UpperVietnamese(const std::string& text);

// The first letter in upper case ("đảng viên …" → "Đảng viên …"), for a sentence or a cell.
std::string Capitalized(const std::string& text);

// "T/M BAN THƯỜNG VỤ", "BÍ THƯ": the secretary signs for the standing committee.
pdf::Signature StandingCommitteeSignature();

// "Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI" (a delegates' congress) or "Đại hội Đảng
// bộ phường Kim Mã lần thứ V" (members'); without the term, without the ordinal when unknown.
std::string CongressName(const planning::Congress& congress, const std::string& org_name);

// The two sentences of the R-THRESHOLD base: the exclusions with their counts and reasons ("Trừ
// 2 đồng chí: …."), then "Số <noun> làm căn cứ tính kết quả bầu cử: 23 − 2 = 21 đồng chí; …
// (ít nhất 11 phiếu).". `exclusions` may be empty while `excluded` is not when the reasons are
// not known: the count is printed alone.
std::vector<std::string> ThresholdSentences(const std::string& noun, int64_t convened,
                                            const std::vector<election::Exclusion>& exclusions,
                                            int64_t excluded, int64_t denominator);

}  // namespace daihoi::report
