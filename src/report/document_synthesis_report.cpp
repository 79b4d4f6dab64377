#include "report/document_synthesis_report.h"

#include <cstdlib>
#include <utility>

#include "report/labels.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

using documents::CountRow;

// Cuts a text at a word boundary to at most `max_bytes` bytes (UTF-8 safe), adding "…".
std::string Shortened(const std::string& text, size_t max_chars) {
  size_t chars = 0;
  size_t cut = std::string::npos;
  size_t last_space = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    if (chars == max_chars) {
      cut = i;
      break;
    }
    if (text[i] == ' ') last_space = i;
    ++chars;
  }
  if (cut == std::string::npos) return text;
  if (last_space != std::string::npos && last_space > cut / 2) cut = last_space;
  return text.substr(0, cut) + " …";
}

std::string SectionTitle(const documents::Content& content, int ordinal) {
  if (ordinal == 0) return "Góp ý chung cho toàn văn dự thảo";
  const documents::Section* section = documents::FindSection(content, ordinal);
  if (!section || section->heading.empty()) return "Mục " + std::to_string(ordinal);
  return section->heading;
}

std::string DispositionText(const std::optional<app::DispositionRecord>& disposition) {
  if (!disposition) return "Chưa xử lý";
  std::string text = documents::DispositionLabel(disposition->disposition);
  if (!disposition->explanation.empty()) text += ": " + disposition->explanation;
  return text;
}

// "12 ý kiến (tiếp thu 3, giải trình 2, không tiếp thu 1, chưa xử lý 6)".
std::string RowSummary(const CountRow& row) {
  std::string text = ThousandsVi(row.comments) + " ý kiến";
  std::vector<std::string> parts;
  if (row.accepted) parts.push_back("tiếp thu " + ThousandsVi(row.accepted));
  if (row.explained) parts.push_back("giải trình " + ThousandsVi(row.explained));
  if (row.not_accepted) parts.push_back("không tiếp thu " + ThousandsVi(row.not_accepted));
  if (row.undecided) parts.push_back("chưa xử lý " + ThousandsVi(row.undecided));
  if (!parts.empty()) {
    text += " (";
    for (size_t i = 0; i < parts.size(); ++i) text += (i ? ", " : "") + parts[i];
    text += ")";
  }
  return text;
}

std::vector<std::string> CountCells(const CountRow& row) {
  return {ThousandsVi(row.comments),  ThousandsVi(row.agreed_members), ThousandsVi(row.accepted),
          ThousandsVi(row.explained), ThousandsVi(row.not_accepted),   ThousandsVi(row.undecided)};
}

const CountRow* SourceRow(const documents::SynthesisCounts& counts,
                          documents::CommentSource source) {
  for (const CountRow& row : counts.per_source) {
    if (row.key == documents::ToString(source)) return &row;
  }
  return nullptr;
}

std::string UnitName(const SynthesisReportInput& input, const std::string& code) {
  const auto found = input.unit_names.find(code);
  return found == input.unit_names.end() ? code : found->second;
}

std::string VersionText(const app::VersionRecord& version) {
  return "dự thảo lần " + std::to_string(version.number);
}

pdf::Table CountTable(const std::string& first_column) {
  pdf::Table table;
  table.columns = {"Số TT",    first_column, "Số ý kiến",      "Đảng viên tán thành",
                   "Tiếp thu", "Giải trình", "Không tiếp thu", "Chưa xử lý"};
  table.widths = {0.6, 3.8, 1.0, 1.2, 0.9, 0.9, 1.0, 0.9};
  table.align = {'c', 'l', 'r', 'r', 'r', 'r', 'r', 'r'};
  return table;
}

}  // namespace

pdf::Document SynthesisReportDocument(const SynthesisReportInput& input,
                                      const SynthesisReportSettings& settings) {
  const app::SynthesisView& s = input.synthesis;
  pdf::Document document;
  document.header.superior = UpperVietnamese(input.superior);
  document.header.issuer = settings.issuer;
  document.header.place = input.place;
  document.header.date = input.date;
  document.type = "BÁO CÁO";
  document.subject =
      "Tổng hợp ý kiến góp ý dự thảo " + s.document.title + " (" + VersionText(s.version) + ")";
  const std::string draft =
      "dự thảo " + s.document.title + " (lần " + std::to_string(s.version.number) + ")";

  // The opening: what was asked, when, and how many answered from where.
  std::string opening = "Thực hiện kế hoạch lấy ý kiến góp ý vào " + draft;
  if (input.publication) {
    opening += ", từ ngày " + input.publication->open.ToVietnamese() + " đến ngày " +
               input.publication->close.ToVietnamese();
  }
  opening += ", Tiểu ban Văn kiện đã nhận được " + ThousandsVi(s.counts.comments) + " ý kiến góp ý";
  const CountRow* units = SourceRow(s.counts, documents::CommentSource::kUnit);
  const CountRow* citizens = SourceRow(s.counts, documents::CommentSource::kCitizen);
  const CountRow* leaders = SourceRow(s.counts, documents::CommentSource::kFormerLeader);
  std::vector<std::string> from;
  if (units && units->comments) {
    std::string text = ThousandsVi(units->comments) + " ý kiến của " +
                       ThousandsVi(s.counts.per_unit.size()) + " tổ chức đảng trực thuộc";
    if (units->agreed_members) {
      text += " (được " + ThousandsVi(units->agreed_members) +
              " lượt đảng viên tán thành tại hội nghị)";
    }
    from.push_back(text);
  }
  if (leaders && leaders->comments) {
    from.push_back(ThousandsVi(leaders->comments) + " ý kiến của các đồng chí nguyên lãnh đạo");
  }
  if (citizens && citizens->comments) {
    from.push_back(ThousandsVi(citizens->comments) + " ý kiến của nhân dân");
  }
  if (!from.empty()) {
    opening += ", gồm ";
    for (size_t i = 0; i < from.size(); ++i) {
      opening += (i == 0 ? "" : i + 1 == from.size() ? " và " : "; ") + from[i];
    }
  }
  opening += ". Các ý kiến trùng lặp hoặc gần trùng lặp được gộp thành " +
             ThousandsVi(static_cast<int64_t>(s.groups.size())) +
             " nhóm ý kiến. Tiểu ban Văn kiện tổng hợp như sau:";
  document.body.push_back(pdf::Paragraph(opening));
  if (s.pending > 0) {
    document.body.push_back(
        pdf::Paragraph("Còn " + ThousandsVi(s.pending) +
                       " ý kiến của nhân dân đang chờ duyệt, chưa đưa vào báo cáo tổng hợp này."));
  }

  // I. Per section: the count, then the main opinions (largest groups first, as stored).
  document.body.push_back(pdf::Heading("I. Ý KIẾN GÓP Ý THEO TỪNG PHẦN CỦA DỰ THẢO"));
  int printed = 0;
  for (const CountRow& row : s.counts.per_section) {
    if (row.comments == 0) continue;
    const int ordinal = std::atoi(row.key.c_str());
    ++printed;
    // The draft's own heading (with its own numbering), bold italic so it does not read as a
    // heading of this report.
    pdf::Block heading = pdf::MarkupParagraph(
        "<b><i>" + pdf::EscapeMarkup(SectionTitle(input.content, ordinal)) + "</i></b>");
    pdf::Block space;
    space.kind = pdf::Block::Kind::kSpace;
    document.body.push_back(space);
    document.body.push_back(std::move(heading));
    document.body.push_back(pdf::Paragraph("Số ý kiến: " + RowSummary(row) + "."));
    pdf::Table opinions;
    opinions.columns = {"Số TT", "Ý kiến chính", "Số ý kiến", "Xử lý của Tiểu ban"};
    opinions.widths = {0.6, 4.6, 1.1, 3.2};
    opinions.align = {'c', 'l', 'r', 'l'};
    int64_t shown_comments = 0;
    for (const app::GroupView& group : s.groups) {
      if (group.group.section_ordinal != ordinal) continue;
      if (opinions.rows.size() == settings.main_opinions_per_section) break;
      std::string opinion = Shortened(group.group.representative_text, settings.max_opinion_chars);
      if (group.group.agreed_members > 0) {
        opinion +=
            " (" + ThousandsVi(group.group.agreed_members) + " đảng viên tán thành tại hội nghị)";
      }
      opinions.rows.push_back({std::to_string(opinions.rows.size() + 1), std::move(opinion),
                               ThousandsVi(group.group.size),
                               DispositionText(group.group.disposition)});
      shown_comments += group.group.size;
    }
    if (opinions.rows.empty()) continue;
    document.body.push_back(pdf::Paragraph("Các ý kiến chính:"));
    document.body.push_back(pdf::TableBlock(std::move(opinions)));
    if (shown_comments < row.comments) {
      document.body.push_back(pdf::Paragraph(
          "Ngoài ra có " + ThousandsVi(row.comments - shown_comments) +
          " ý kiến khác về phần này, được liệt kê trong bảng tổng hợp kèm theo (tệp XLSX)."));
    }
  }
  if (printed == 0) document.body.push_back(pdf::Paragraph("Chưa có ý kiến góp ý."));

  // II. Per unit.
  document.body.push_back(pdf::Heading("II. Ý KIẾN CỦA CÁC TỔ CHỨC ĐẢNG TRỰC THUỘC"));
  if (s.counts.per_unit.empty()) {
    document.body.push_back(pdf::Paragraph("Chưa có tổ chức đảng trực thuộc nào gửi ý kiến."));
  } else {
    pdf::Table table = CountTable("Tổ chức đảng");
    CountRow total;
    for (const CountRow& row : s.counts.per_unit) {
      std::vector<std::string> cells = {std::to_string(table.rows.size() + 1),
                                        UnitName(input, row.key)};
      for (std::string& cell : CountCells(row)) cells.push_back(std::move(cell));
      table.rows.push_back(std::move(cells));
      total.comments += row.comments;
      total.agreed_members += row.agreed_members;
      total.accepted += row.accepted;
      total.explained += row.explained;
      total.not_accepted += row.not_accepted;
      total.undecided += row.undecided;
    }
    std::vector<std::string> cells = {"", "Cộng"};
    for (std::string& cell : CountCells(total)) cells.push_back(std::move(cell));
    table.rows.push_back(std::move(cells));
    document.body.push_back(pdf::TableBlock(std::move(table)));
  }

  // III. Per source.
  document.body.push_back(pdf::Heading("III. TỔNG HỢP THEO NGUỒN Ý KIẾN"));
  pdf::Table sources = CountTable("Nguồn ý kiến");
  for (const CountRow& row : s.counts.per_source) {
    auto source = documents::ParseCommentSource(row.key);
    std::vector<std::string> cells = {std::to_string(sources.rows.size() + 1),
                                      source ? documents::CommentSourceLabel(*source) : row.key};
    for (std::string& cell : CountCells(row)) cells.push_back(std::move(cell));
    sources.rows.push_back(std::move(cells));
  }
  document.body.push_back(pdf::TableBlock(std::move(sources)));

  document.body.push_back(
      pdf::Paragraph("Trên đây là báo cáo tổng hợp ý kiến góp ý " + draft +
                     ". Tiểu ban Văn kiện kính trình Ban Chấp hành xem xét, cho ý kiến để "
                     "tiếp thu, hoàn chỉnh dự thảo trình đại hội."));

  pdf::Signature signature;
  signature.on_behalf = settings.signer_on_behalf;
  signature.title = settings.signer_title;
  document.signatures.push_back(signature);
  document.recipients = {"Ban Thường vụ " + input.superior, "Các đồng chí thành viên Tiểu ban",
                         "Lưu Văn phòng"};
  return document;
}

namespace {

std::string Plain(int64_t value) { return std::to_string(value); }

std::string DispositionWord(const std::optional<app::DispositionRecord>& disposition) {
  return disposition ? documents::DispositionLabel(disposition->disposition) : "";
}

std::vector<XlsxSheet::Column> CountColumns(const std::string& first, const std::string& second) {
  return {{first, 10, 't'},
          {second, 48, 'w'},
          {"Số ý kiến", 11, 'n'},
          {"Đảng viên tán thành", 12, 'n'},
          {"Tiếp thu", 10, 'n'},
          {"Giải trình", 10, 'n'},
          {"Không tiếp thu", 12, 'n'},
          {"Chưa xử lý", 11, 'n'}};
}

std::vector<std::string> CountRowCells(std::string first, std::string second, const CountRow& row) {
  return {std::move(first),          std::move(second),   Plain(row.comments),
          Plain(row.agreed_members), Plain(row.accepted), Plain(row.explained),
          Plain(row.not_accepted),   Plain(row.undecided)};
}

}  // namespace

Result<std::string> SynthesisXlsx(const SynthesisReportInput& input) {
  const app::SynthesisView& s = input.synthesis;
  std::vector<std::vector<std::string>> groups;
  for (const app::GroupView& group : s.groups) {
    const app::CommentGroupRecord& g = group.group;
    std::string units;
    for (const std::string& code : group.units) {
      units += (units.empty() ? "" : "; ") + UnitName(input, code);
    }
    groups.push_back(
        {Plain(g.id), Plain(g.section_ordinal), SectionTitle(input.content, g.section_ordinal),
         g.representative_text, Plain(g.size), Plain(g.agreed_members), Plain(group.unit_comments),
         Plain(group.citizens), Plain(group.former_leaders), units, DispositionWord(g.disposition),
         g.disposition ? g.disposition->explanation : ""});
  }
  std::vector<std::vector<std::string>> sections;
  for (const CountRow& row : s.counts.per_section) {
    sections.push_back(
        CountRowCells(row.key, SectionTitle(input.content, std::atoi(row.key.c_str())), row));
  }
  std::vector<std::vector<std::string>> units;
  for (const CountRow& row : s.counts.per_unit) {
    units.push_back(CountRowCells(row.key, UnitName(input, row.key), row));
  }
  std::vector<std::vector<std::string>> sources;
  for (const CountRow& row : s.counts.per_source) {
    auto source = documents::ParseCommentSource(row.key);
    sources.push_back(
        CountRowCells(row.key, source ? documents::CommentSourceLabel(*source) : row.key, row));
  }
  return XlsxSheetsBytes(
      {{"Nhóm ý kiến",
        {{"Mã nhóm", 9, 'n'},
         {"Mục", 6, 'n'},
         {"Tên mục", 30, 'w'},
         {"Ý kiến đại diện", 60, 'w'},
         {"Số ý kiến", 10, 'n'},
         {"Đảng viên tán thành", 12, 'n'},
         {"Của đơn vị", 10, 'n'},
         {"Của nhân dân", 10, 'n'},
         {"Của nguyên lãnh đạo", 12, 'n'},
         {"Đơn vị", 30, 'w'},
         {"Hình thức xử lý", 14, 't'},
         {"Giải trình", 40, 'w'}},
        std::move(groups)},
       {"Theo mục", CountColumns("Mục", "Tên mục"), std::move(sections)},
       {"Theo đơn vị", CountColumns("Mã đơn vị", "Tên đơn vị"), std::move(units)},
       {"Theo nguồn", CountColumns("Nguồn", "Tên nguồn"), std::move(sources)}});
}

Result<std::string> CommentsXlsx(const std::vector<app::CommentView>& comments) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(comments.size());
  for (const app::CommentView& view : comments) {
    const app::CommentRecord& c = view.comment;
    rows.push_back({Plain(c.id), Plain(c.anchor.section_ordinal), view.section_heading,
                    c.anchor.quote, c.text, documents::CommentSourceLabel(c.source), c.org_code,
                    view.org_name, c.on_behalf_of_meeting ? "Có" : "",
                    c.agreed_members ? Plain(c.agreed_members) : "", c.citizen_name,
                    view.contact_visible ? c.citizen_contact : "",
                    documents::CommentStatusLabel(c.status), c.hide_reason,
                    c.group_id ? Plain(*c.group_id) : "",
                    view.effective ? documents::DispositionLabel(*view.effective) : "Chưa xử lý",
                    view.effective_explanation, c.created_at});
  }
  return XlsxSheetsBytes({{"Ý kiến góp ý",
                           {{"Mã ý kiến", 10, 'n'},
                            {"Mục", 6, 'n'},
                            {"Tên mục", 30, 'w'},
                            {"Đoạn trích", 30, 'w'},
                            {"Nội dung ý kiến", 60, 'w'},
                            {"Nguồn", 14, 't'},
                            {"Mã đơn vị", 16, 't'},
                            {"Tên đơn vị", 28, 'w'},
                            {"Thay mặt hội nghị", 10, 't'},
                            {"Đảng viên tán thành", 12, 'n'},
                            {"Họ và tên", 20, 't'},
                            {"Liên hệ", 20, 't'},
                            {"Trạng thái", 12, 't'},
                            {"Lý do ẩn", 24, 'w'},
                            {"Mã nhóm", 9, 'n'},
                            {"Hình thức xử lý", 14, 't'},
                            {"Giải trình", 40, 'w'},
                            {"Thời điểm gửi", 22, 't'}},
                           std::move(rows)}});
}

}  // namespace daihoi::report
