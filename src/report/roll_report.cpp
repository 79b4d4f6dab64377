#include "report/roll_report.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

#include "app/columns.h"
#include "report/labels.h"
#include "report/table_io.h"
#include "text/text.h"

namespace daihoi::report {
namespace {

using election::ExclusionReason;
using election::NotConvenedReason;
using election::RollRole;

std::string NotConvenedText(NotConvenedReason reason) {
  switch (reason) {
    case NotConvenedReason::kSuspended:
      return "Bị đình chỉ sinh hoạt đảng";
    case NotConvenedReason::kProsecuted:
      return "Bị khởi tố";
    case NotConvenedReason::kIndicted:
      return "Bị truy tố";
    case NotConvenedReason::kDetained:
      return "Bị tạm giam";
    case NotConvenedReason::kWrongProcedure:
      return "Được bầu không đúng nguyên tắc, thủ tục";
    case NotConvenedReason::kRetired:
      return "Đã nghỉ hưu trước ngày khai mạc";
    case NotConvenedReason::kTransferred:
      return "Đã chuyển công tác trước ngày khai mạc";
    case NotConvenedReason::kOverAllocation:
      return "Vượt số đại biểu được phân bổ";
    case NotConvenedReason::kReplaced:
      return "Vắng mặt cả đại hội, có dự khuyết thay";
    case NotConvenedReason::kAlternateUnused:
      return "Dự khuyết, không thay đại biểu chính thức nào";
  }
  return "";
}

// The short note of the person's own line in the list.
std::string ExclusionNote(ExclusionReason reason) {
  switch (reason) {
    case ExclusionReason::kTemporaryTransferAbsent:
      return "Sinh hoạt tạm thời nơi khác, vắng mặt";
    case ExclusionReason::kExemptAbsent:
      return "Miễn sinh hoạt, vắng mặt";
    case ExclusionReason::kSuspended:
      return "Bị đình chỉ sinh hoạt";
    case ExclusionReason::kProsecuted:
      return "Bị khởi tố, truy tố, tạm giam";
    case ExclusionReason::kAbsentWithReason:
      return "Vắng mặt cả đại hội, có lý do";
    case ExclusionReason::kAbsentCommitteeMember:
      return "Vắng mặt cả đại hội";
    case ExclusionReason::kAbsentDelegateUnreplaced:
      return "Vắng mặt cả đại hội, không có dự khuyết thay";
  }
  return "";
}

std::string RoleText(RollRole role) {
  switch (role) {
    case RollRole::kExOfficio:
      return "Đại biểu đương nhiên";
    case RollRole::kOfficial:
      return "Đại biểu chính thức";
    case RollRole::kAlternate:
      return "Đại biểu dự khuyết";
    case RollRole::kMember:
      return "Đảng viên";
  }
  return "";
}

std::string MemberStateText(election::MemberState state) {
  switch (state) {
    case election::MemberState::kActive:
      return "Đang sinh hoạt";
    case election::MemberState::kTemporaryTransfer:
      return "Sinh hoạt tạm thời nơi khác";
    case election::MemberState::kExempt:
      return "Miễn sinh hoạt";
    case election::MemberState::kSuspended:
      return "Đình chỉ sinh hoạt";
  }
  return "";
}

// "Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020–2025".
std::string CongressWithTerm(const app::RollView& view, const org::Organization& convening) {
  std::string name = CongressName(view.congress, convening.name);
  if (!view.congress.term.empty()) name += ", nhiệm kỳ " + TermText(view.congress.term);
  return name;
}

bool AllDigits(const std::string& text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What the view knows of each person beyond the roll line: birth date, gender, unit name.
struct PersonFacts {
  std::optional<Date> birth_date;
  std::string gender;
  std::string unit_name;
};

std::vector<PersonFacts> Facts(const app::RollView& view) {
  std::map<std::string, std::string> unit_names;
  for (const auto& unit : view.units) unit_names[unit.code] = unit.name;
  const bool with_entries = view.entries.size() == view.people.size();
  std::vector<PersonFacts> facts(view.people.size());
  for (size_t k = 0; k < view.people.size(); ++k) {
    if (with_entries) {
      facts[k].birth_date = view.entries[k].birth_date;
      facts[k].gender = view.entries[k].gender;
    }
    const std::string& code = view.people[k].unit_code;
    if (!code.empty()) {
      auto found = unit_names.find(code);
      facts[k].unit_name = found != unit_names.end() ? found->second : code;
    }
  }
  return facts;
}

// R-ORDER: given name, family name, middle names (Vietnamese collation), then date of birth
// (older first, unknown last), then the roll key, so the order is total.
std::vector<size_t> NameOrder(const app::RollView& view, const std::vector<PersonFacts>& facts) {
  std::vector<std::string> keys;
  keys.reserve(view.people.size());
  for (const auto& person : view.people) keys.push_back(text::NameOrderKey(person.full_name));
  std::vector<size_t> order(view.people.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    const auto& da = facts[a].birth_date;
    const auto& db = facts[b].birth_date;
    if (da.has_value() != db.has_value()) return da.has_value();
    if (da && *da != *db) return *da < *db;
    const std::string& ka = view.people[a].key;
    const std::string& kb = view.people[b].key;
    if (AllDigits(ka) && AllDigits(kb) && ka.size() != kb.size()) return ka.size() < kb.size();
    return ka < kb;
  });
  return order;
}

const std::string& NameOfKey(const app::RollView& view, const std::string& key) {
  static const std::string kNone;
  for (const auto& person : view.people) {
    if (person.key == key) return person.full_name;
  }
  return kNone;
}

std::string UnitColumn(const election::RollPerson& person, const PersonFacts& facts) {
  if (person.role == RollRole::kExOfficio) return "Đại biểu đương nhiên";
  return facts.unit_name;
}

// The note of a convened person: whom an alternate stands for, and what is taken off the base.
std::string ConvenedNote(const app::RollView& view, size_t k) {
  const election::RollLine& line = view.result.lines[k];
  std::vector<std::string> parts;
  if (!line.replaces.empty())
    parts.push_back("Dự khuyết thay đồng chí " + NameOfKey(view, line.replaces));
  if (line.exclusion) {
    parts.push_back(ExclusionNote(*line.exclusion) + " (trừ khỏi căn cứ)");
  } else if (line.absent_whole) {
    parts.push_back("Vắng mặt cả đại hội");
  }
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

std::string NotConvenedNote(const app::RollView& view, size_t k) {
  const election::RollLine& line = view.result.lines[k];
  if (!line.not_convened) return "";
  std::string text = NotConvenedText(*line.not_convened);
  if (!line.replaced_by.empty()) text += " (đồng chí " + NameOfKey(view, line.replaced_by) + ")";
  return text;
}

std::string SessionsText(const election::RollLine& line) {
  if (line.absent_whole) return "Cả đại hội";
  std::string out;
  for (int session : line.absent_sessions) {
    out += (out.empty() ? "" : ", ") + std::to_string(session);
  }
  return out;
}

// The paragraphs with the convened count and the R-THRESHOLD base.
std::vector<pdf::Block> CountParagraphs(const app::RollView& view, const std::string& noun) {
  const election::RollResult& result = view.result;
  int64_t ex_officio = 0;
  int64_t elected = 0;
  int64_t standing_in = 0;
  int64_t not_convened = 0;
  int64_t unused_alternates = 0;
  for (size_t k = 0; k < view.people.size(); ++k) {
    const election::RollLine& line = result.lines[k];
    if (line.convened) {
      if (view.people[k].role == RollRole::kExOfficio) ++ex_officio;
      if (view.people[k].role == RollRole::kOfficial) ++elected;
      if (view.people[k].role == RollRole::kAlternate) ++standing_in;
    } else if (line.not_convened == NotConvenedReason::kAlternateUnused) {
      ++unused_alternates;
    } else {
      ++not_convened;
    }
  }
  std::vector<pdf::Block> blocks;
  std::string convened =
      "Tổng số " + noun + " được triệu tập: " + std::to_string(result.convened) + " đồng chí";
  if (view.congress.kind == planning::CongressKind::kDelegates) {
    convened += ", gồm " + std::to_string(ex_officio) +
                " đại biểu đương nhiên (ủy viên Ban Chấp hành) và " +
                std::to_string(elected + standing_in) +
                " đại biểu chính thức do đại hội các tổ chức đảng trực thuộc bầu";
    if (standing_in > 0) {
      convened += " (trong đó " + std::to_string(standing_in) +
                  " đại biểu dự khuyết thay đại biểu chính thức vắng mặt)";
    }
  }
  blocks.push_back(pdf::Paragraph(convened + "."));

  for (std::string& sentence : ThresholdSentences(noun, result.convened, result.exclusions,
                                                  result.excluded, result.denominator)) {
    blocks.push_back(pdf::Paragraph(std::move(sentence)));
  }
  if (unused_alternates > 0) {
    blocks.push_back(pdf::Paragraph(
        "Có " + std::to_string(unused_alternates) +
        " đại biểu dự khuyết không thay đại biểu chính thức nào, không tính vào số đại biểu được "
        "triệu tập."));
  }
  if (not_convened > 0) {
    blocks.push_back(pdf::Paragraph("Không triệu tập " + std::to_string(not_convened) +
                                    " đồng chí, lý do như danh sách dưới đây."));
  }
  return blocks;
}

const std::vector<app::Column>& RollColumns() {
  using app::ColumnType;
  static const std::vector<app::Column> columns = {
      {"number", "Số TT", ColumnType::kInteger, false, {}},
      {"key", "Mã trong danh sách", ColumnType::kText, false, {}},
      {"full_name", "Họ và tên", ColumnType::kText, false, {}},
      {"member_id", "Mã đảng viên", ColumnType::kText, false, {}},
      {"gender", "Giới tính", ColumnType::kText, false, {}},
      {"birth_date", "Ngày sinh", ColumnType::kDate, false, {}},
      {"role", "Tư cách", ColumnType::kText, false, {}},
      {"unit_code", "Mã đơn vị", ColumnType::kText, false, {}},
      {"unit_name", "Đơn vị", ColumnType::kText, false, {}},
      {"rank", "Thứ tự trong đoàn", ColumnType::kInteger, false, {}},
      {"state", "Tình trạng sinh hoạt", ColumnType::kText, false, {}},
      {"convened", "Được triệu tập", ColumnType::kText, false, {}},
      {"not_convened", "Lý do không triệu tập", ColumnType::kText, false, {}},
      {"replaces", "Dự khuyết thay cho", ColumnType::kText, false, {}},
      {"exclusion", "Trừ khỏi căn cứ", ColumnType::kText, false, {}},
      {"absent_sessions", "Vắng mặt (phiên)", ColumnType::kText, false, {}},
  };
  return columns;
}

std::string GenderText(const std::string& gender) {
  if (gender == "male") return "Nam";
  if (gender == "female") return "Nữ";
  return gender;
}

}  // namespace

pdf::Document DelegateListDocument(const app::RollView& view, const org::Organization& convening,
                                   const std::string& superior, const std::string& place) {
  const bool delegates = view.congress.kind == planning::CongressKind::kDelegates;
  const std::string noun = delegates ? "đại biểu" : "đảng viên";
  pdf::Document document;
  document.header.superior = UpperVietnamese(superior);
  document.header.issuer = UpperVietnamese(convening.name);
  document.header.place = place;
  document.header.date = view.opening;
  document.type = "DANH SÁCH";
  document.subject = (delegates ? "Đại biểu chính thức dự " : "Đảng viên được triệu tập dự ") +
                     CongressWithTerm(view, convening);
  document.body.push_back(pdf::MarkupParagraph(
      "<i>(Kèm theo Báo cáo thẩm tra tư cách đại biểu; tư cách xét đến ngày khai mạc đại hội " +
      view.opening.ToVietnamese() + ")</i>"));

  const std::vector<PersonFacts> facts = Facts(view);
  const std::vector<size_t> order = NameOrder(view, facts);
  pdf::Table convened;
  convened.columns = {"Số TT", "Họ và tên", "Năm sinh", "Đơn vị", "Ghi chú"};
  convened.widths = {0.7, 2.7, 0.9, 3.8, 2.5};
  convened.align = {'c', 'l', 'c', 'l', 'l'};
  pdf::Table excluded;
  excluded.columns = {"Số TT", "Họ và tên", "Đơn vị", "Lý do"};
  excluded.widths = {0.7, 2.7, 3.8, 3.4};
  excluded.align = {'c', 'l', 'l', 'l'};
  for (size_t k : order) {
    const election::RollPerson& person = view.people[k];
    const election::RollLine& line = view.result.lines[k];
    if (line.convened) {
      convened.rows.push_back(
          {std::to_string(convened.rows.size() + 1), person.full_name,
           facts[k].birth_date ? std::to_string(facts[k].birth_date->year()) : "",
           UnitColumn(person, facts[k]), ConvenedNote(view, k)});
    } else if (line.not_convened != NotConvenedReason::kAlternateUnused) {
      excluded.rows.push_back({std::to_string(excluded.rows.size() + 1), person.full_name,
                               UnitColumn(person, facts[k]), NotConvenedNote(view, k)});
    }
  }
  document.body.push_back(pdf::TableBlock(std::move(convened)));
  document.body.push_back({pdf::Block::Kind::kSpace, "", false, {}});
  for (pdf::Block& block : CountParagraphs(view, noun)) document.body.push_back(std::move(block));
  if (!excluded.rows.empty()) {
    document.body.push_back(pdf::Heading("Những trường hợp không triệu tập"));
    document.body.push_back(pdf::TableBlock(std::move(excluded)));
  }

  pdf::Signature signature;
  if (delegates) {
    // Broken by hand: the whole name is wider than the signature column at 14 pt.
    signature.on_behalf = "T/M BAN THẨM TRA\nTƯ CÁCH ĐẠI BIỂU";
    signature.title = "TRƯỞNG BAN";
  } else {
    signature.on_behalf = "T/M BAN CHẤP HÀNH";
    signature.title = "BÍ THƯ";
  }
  document.signatures.push_back(signature);
  document.recipients = {"Đoàn Chủ tịch đại hội", "Lưu hồ sơ đại hội"};
  return document;
}

Result<std::string> RollXlsx(const app::RollView& view, const std::string& org_name) {
  const std::vector<PersonFacts> facts = Facts(view);
  const bool members = view.congress.kind == planning::CongressKind::kMembers;
  std::vector<std::vector<std::string>> rows;
  for (size_t k : NameOrder(view, facts)) {
    const election::RollPerson& person = view.people[k];
    const election::RollLine& line = view.result.lines[k];
    const std::string exclusion = line.exclusion ? Capitalized(ExclusionText(*line.exclusion)) : "";
    std::string replaces;
    if (!line.replaces.empty()) replaces = NameOfKey(view, line.replaces);
    rows.push_back({std::to_string(rows.size() + 1), person.key, person.full_name, person.member_id,
                    GenderText(facts[k].gender),
                    facts[k].birth_date ? facts[k].birth_date->ToIso() : "", RoleText(person.role),
                    person.unit_code, facts[k].unit_name,
                    person.rank > 0 ? std::to_string(person.rank) : "",
                    members ? MemberStateText(person.state) : "", line.convened ? "Có" : "Không",
                    NotConvenedNote(view, k), replaces, exclusion, SessionsText(line)});
  }
  rows.push_back({"", "", "Cộng: " + org_name + ", nhiệm kỳ " + TermText(view.congress.term), "",
                  "", "", "", "", "", "", "",
                  "Triệu tập " + std::to_string(view.result.convened) + ", trừ " +
                      std::to_string(view.result.excluded) + ", căn cứ " +
                      std::to_string(view.result.denominator),
                  "", "", "", ""});
  return XlsxBytes("Danh sách đại biểu", RollColumns(), rows);
}

}  // namespace daihoi::report
