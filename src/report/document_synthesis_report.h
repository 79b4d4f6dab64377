#pragma once
// The synthesis of the comments on a draft (GLOSSARY: tổng hợp ý kiến CommentSynthesis) as the
// documents subcommittee hands it to the committee:
//   - a printed Party document (pdf/party_document.h, DOCUMENT-LAYOUT.md): "BÁO CÁO / Tổng hợp ý
//     kiến góp ý dự thảo …" issued by the documents subcommittee, with the totals, then per
//     section of the draft its number of comments and its main opinions (the largest groups of
//     near-duplicates, with their counts, disposition and explanation), a table per unit and per
//     source, and the signature block;
//   - the same figures as an XLSX workbook (groups, sections, units, sources: one sheet each);
//   - every comment as an XLSX table with its section, unit, source, status and disposition
//     (the export comparable tools are most asked for).
// The figures are the use cases' (app/documents.h: ShowSynthesis, ListComments); nothing is
// computed here but their layout.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/documents.h"
#include "common/date.h"
#include "common/result.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// Parameters of the printed synthesis (settings, not literals).
struct SynthesisReportSettings {
  size_t main_opinions_per_section = 5;  // groups printed per section, largest first
  size_t max_opinion_chars = 600;        // a longer representative text is cut with "…"
  std::string issuer = "TIỂU BAN VĂN KIỆN";
  std::string signer_on_behalf = "T/M TIỂU BAN VĂN KIỆN";
  std::string signer_title = "TRƯỞNG TIỂU BAN";
};

struct SynthesisReportInput {
  app::SynthesisView synthesis;  // every group (no filter, no limit)
  documents::Content content;    // the version's text, for the section headings
  std::optional<app::PublicationRecord> publication;
  std::map<std::string, std::string> unit_names;  // org code → name
  std::string superior;  // the congress's organization ("Đảng bộ quận Ba Đình")
  std::string place;     // on the date line ("Hà Nội"); may be empty
  Date date;             // the report's date
};

pdf::Document SynthesisReportDocument(const SynthesisReportInput& input,
                                      const SynthesisReportSettings& settings = {});

// The workbook's bytes: sheets "Nhóm ý kiến", "Theo mục", "Theo đơn vị", "Theo nguồn".
Result<std::string> SynthesisXlsx(const SynthesisReportInput& input);

// Every comment of `comments` (ListComments with limit 0), one row each.
Result<std::string> CommentsXlsx(const std::vector<app::CommentView>& comments);

}  // namespace daihoi::report
