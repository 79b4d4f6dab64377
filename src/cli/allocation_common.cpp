#include "cli/allocation_common.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <iostream>
#include <map>

#include "cli/groups_text.h"
#include "json/allocation_json.h"
#include "report/allocation_report.h"

namespace daihoi::cli {
namespace {

Result<int64_t> Integer(const std::string& option, const std::string& text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    return InvalidInput("phải là số nguyên (an integer), không phải '" + text + "'", option);
  }
  return value;
}

// Characters of UTF-8 text (NFC: a Vietnamese letter is one code point).
size_t Width(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

Result<app::AllocationRequest> ParseAllocationOptions(const AllocationOptions& options) {
  app::AllocationRequest request;
  request.org_code = options.org_code;
  request.term = options.term;
  auto seats = Integer("--seats", options.seats);
  if (!seats.ok()) return seats.error();
  request.seats = *seats;
  auto minimum = Integer("--minimum", options.minimum);
  if (!minimum.ok()) return minimum.error();
  request.minimum = *minimum;
  auto method = apportionment::ParseMethod(options.method);
  if (!method) {
    return InvalidInput("phương pháp không hợp lệ '" + options.method +
                            "'; một trong largest_remainder, dhondt, sainte_lague, "
                            "huntington_hill",
                        "--method");
  }
  request.method = *method;
  request.as_of = Today();
  if (!options.as_of.empty()) {
    auto date = Date::Parse(options.as_of);
    if (!date) {
      return InvalidInput("ngày không hợp lệ '" + options.as_of + "' (YYYY-MM-DD hoặc DD/MM/YYYY)",
                          "--as-of");
    }
    request.as_of = *date;
  }
  return request;
}

Error AsOptionError(Error error) {
  static const std::map<std::string, std::string> kOptions = {
      {"seats", "--seats"}, {"minimum", "--minimum"}, {"method", "--method"}, {"as_of", "--as-of"},
      {"term", "--term"},   {"org_code", "--org"},    {"code", "--org"},      {"id", "ID"}};
  if (auto found = kOptions.find(error.field); found != kOptions.end()) {
    error.field = found->second;
  } else if (error.field == "units") {
    // The units are the organization's; only their minimums come from the command line.
    const bool minimums = error.message.find("minimums exceed") != std::string::npos;
    error.field = minimums ? "--minimum" : "--org";
  }
  return error;
}

Result<org::Organization> FindConvening(app::Store& store, const std::string& code) {
  auto found = store.FindOrganization(code);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có tổ chức đảng '" + code + "' (unknown organization)");
    error.field = "--org";
    return error;
  }
  return std::move(**found);
}

std::string TextTable::Render() const {
  std::vector<size_t> widths(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], Width(cells[c]));
    }
  };
  measure(header);
  for (const auto& row : rows) measure(row);
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (size_t c = 0; c < widths.size(); ++c) {
      const std::string cell = c < cells.size() ? cells[c] : "";
      const std::string pad(widths[c] - Width(cell), ' ');
      const bool right_aligned = c < right.size() && right[c];
      std::string text = right_aligned ? pad + cell : cell + pad;
      if (c + 1 < widths.size()) text += "  ";
      out += text;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(header);
  size_t total = 0;
  for (size_t w : widths) total += w;
  out += std::string(total + 2 * (widths.empty() ? 0 : widths.size() - 1), '-') + "\n";
  for (const auto& row : rows) out += line(row);
  return out;
}

std::string DecimalComma(std::string text) {
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

void PrintAllocation(const Context& ctx, const app::AllocationView& view,
                     const std::string& org_name) {
  if (ctx.json) {
    std::cout << json::AllocationToJson(view, org_name).dump(2) << "\n";
    return;
  }
  const app::AllocationRecord& record = view.record;
  int64_t members = 0;
  int64_t seats = 0;
  TextTable table;
  table.header = {"Số TT",     "Mã đơn vị", "Đơn vị",     "Đảng viên",
                  "Hạn ngạch", "Phần dư",   "Số đại biểu"};
  table.right = {true, false, false, true, true, true, true};
  for (size_t k = 0; k < record.units.size(); ++k) {
    const app::AllocationUnit& unit = record.units[k];
    members += unit.members;
    seats += unit.seats;
    std::string seat_text = std::to_string(unit.seats);
    if (unit.set_aside) seat_text += " (tối thiểu)";
    table.rows.push_back({std::to_string(k + 1), unit.org_code, unit.name,
                          std::to_string(unit.members),
                          DecimalComma(app::QuotaText(view.quotas[k])),
                          DecimalComma(app::RemainderText(view.quotas[k])), seat_text});
  }
  table.rows.push_back({"", "", "Cộng", std::to_string(members), "", "", std::to_string(seats)});
  std::cout << "Phân bổ đại biểu: " << org_name;
  if (!record.term.empty()) std::cout << ", nhiệm kỳ " << record.term;
  std::cout << "\n";
  if (record.id != 0) {
    std::cout << "Bảng phân bổ số " << record.id << " (lưu lúc " << record.created_at << ")\n";
  }
  std::cout << "Phương pháp: " << report::MethodName(record.method) << "; " << record.seats
            << " đại biểu được bầu; tối thiểu " << record.minimum
            << " mỗi đơn vị; số đảng viên chính thức đến ngày " << record.as_of.ToVietnamese()
            << "\n\n"
            << table.Render();
  for (const auto& tie : view.ties) {
    std::string units;
    for (const auto& code : tie.units) units += (units.empty() ? "" : ", ") + code;
    std::cout << "Ghế thứ " << tie.seat << ": " << units << " bằng nhau; " << tie.winner
              << (tie.reason == apportionment::TieReason::kLargerClaim
                      ? " được chọn vì có số đảng viên (nhân hệ số) lớn hơn"
                      : " được chọn theo thứ tự trong danh sách")
              << "\n";
  }
}

}  // namespace daihoi::cli
