#include "cli/party_text.h"

#include <algorithm>
#include <fstream>
#include <iostream>

#include "app/registry.h"
#include "cli/exit_code.h"
#include "cli/letterhead.h"

namespace daihoi::cli {

Result<std::optional<int>> YearOption(const std::string& text) {
  if (text.empty()) return std::optional<int>();
  if (text.size() != 4 || !std::all_of(text.begin(), text.end(), ::isdigit)) {
    return InvalidInput("năm không hợp lệ '" + text + "' (YYYY)", "--year");
  }
  return std::optional<int>(std::stoi(text));
}

int ReportBatch(const std::string& file, const std::vector<long>& lines,
                const app::BatchReport& report, const std::string& noun) {
  if (report.problems.empty()) return 0;
  std::vector<app::ItemProblem> problems = report.problems;
  std::stable_sort(
      problems.begin(), problems.end(),
      [](const app::ItemProblem& a, const app::ItemProblem& b) { return a.index < b.index; });
  for (const app::ItemProblem& problem : problems) {
    if (!file.empty() && problem.index < lines.size()) {
      std::cerr << "daihoi: " << file << ", row " << lines[problem.index] << ", column "
                << problem.field << ": " << problem.message << "\n";
    } else {
      std::cerr << "daihoi: --" << problem.field << ": " << problem.message << "\n";
    }
  }
  std::cerr << "daihoi: " << problems.size() << " lỗi; không ghi " << noun
            << " nào (nothing written)\n";
  return 2;
}

Result<report::ReportIssuer> IssuerOf(app::Store& store, const std::string& root,
                                      const std::optional<std::string>& place, Date date) {
  report::ReportIssuer issuer;
  issuer.date = date;
  auto organization = store.FindOrganization(root);
  if (!organization.ok()) return organization.error();
  if (!organization->has_value()) {
    return InvalidInput("không có tổ chức đảng '" + root + "' (unknown organization)", "--root");
  }
  issuer.name = (*organization)->name;
  auto superior = app::SuperiorName(store, **organization);
  if (!superior.ok()) return superior.error();
  issuer.superior = std::move(*superior);
  auto where = PlaceFor(store, place, root);
  if (!where.ok()) return where.error();
  issuer.place = std::move(*where);
  return issuer;
}

Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    return {};
  }
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) {
    Error error = StorageError("không ghi được tệp (cannot write file)");
    error.file = path;
    return error;
  }
  return {};
}

Status WritePdf(const std::string& path, const report::pdf::Document& document) {
  auto bytes = report::pdf::Render(document);
  if (!bytes.ok()) return bytes.error();
  return WriteOutput(path, *bytes);
}

}  // namespace daihoi::cli
