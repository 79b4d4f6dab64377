#pragma once
// The personnel scheme of a congress as a printed Party document (pdf/party_document.h):
// "ĐỀ ÁN NHÂN SỰ Ban Chấp hành … khóa …, nhiệm kỳ …": the numbers proposed, the structure of
// the proposed committee against the targets and the outgoing committee (R-STRUCTURE), the
// surplus of the committee's own list (R-SURPLUS), and in annex the nominees with their reasons
// and concurrent positions.

#include <string>

#include "app/personnel.h"
#include "common/date.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// `place` and `date` go on the header's date line.
pdf::Document SchemeDocument(const app::SchemeView& view, const std::string& place, Date date);

}  // namespace daihoi::report
