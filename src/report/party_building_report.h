#pragma once
// Reports of the party-building context (app/party_building.h), each as a printed Party
// document (pdf/party_document.h) and as an XLSX table, for a subtree and a period: the shares
// of quality grades per year ("BÁO CÁO Kết quả xếp loại chất lượng …"), admissions against the
// term's target ("BÁO CÁO Kết quả kết nạp đảng viên …") and the communication work of the
// round ("BÁO CÁO Kết quả công tác tuyên truyền …").

#include <string>
#include <vector>

#include "app/party_building.h"
#include "common/date.h"
#include "common/result.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// Who issues a report: the committee of the subtree's root and its superior's name.
struct ReportIssuer {
  std::string name;      // "Đảng bộ quận Ba Đình"
  std::string superior;  // "Đảng bộ thành phố Hà Nội"; empty at the top
  std::string place;     // "Ba Đình" (app::PlaceOf)
  Date date;
};

pdf::Document RatingSharesDocument(const app::RatingSharesView& view, const ReportIssuer& issuer);
Result<std::string> RatingSharesXlsx(const app::RatingSharesView& view);

pdf::Document AdmissionsDocument(const app::AdmissionsView& view, const ReportIssuer& issuer);
Result<std::string> AdmissionsXlsx(const app::AdmissionsView& view);

// `items` is the list annexed to the totals (may be empty).
pdf::Document CommunicationDocument(const app::CommunicationView& view,
                                    const std::vector<app::CommunicationRecord>& items,
                                    const ReportIssuer& issuer);
// The items one per row (totals are their sums).
Result<std::string> CommunicationXlsx(const std::vector<app::CommunicationRecord>& items);

}  // namespace daihoi::report
