// What the draft and comment commands share (document_text.h).
#include "cli/document_text.h"

#include <ostream>

namespace daihoi::cli {

Result<std::vector<int64_t>> ParseIds(const std::string& text, const std::string& field) {
  std::vector<int64_t> ids;
  for (const std::string& word : SplitList(text)) {
    try {
      size_t used = 0;
      const long long id = std::stoll(word, &used);
      if (used != word.size() || id <= 0) throw std::invalid_argument(word);
      ids.push_back(id);
    } catch (const std::exception&) {
      return InvalidInput("'" + word + "' không phải mã số (not an id)", field);
    }
  }
  return ids;
}

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char ch : text + ",") {
    if (ch == ',') {
      const size_t first = current.find_first_not_of(' ');
      if (first != std::string::npos) {
        out.push_back(current.substr(first, current.find_last_not_of(' ') - first + 1));
      }
      current.clear();
    } else {
      current += ch;
    }
  }
  return out;
}

Result<std::optional<Date>> ParseOptionalDate(const std::string& text, const std::string& field) {
  if (text.empty()) return std::optional<Date>();
  auto date = Date::Parse(text);
  if (!date) return InvalidInput("ngày không hợp lệ '" + text + "' (YYYY-MM-DD)", field);
  return std::optional<Date>(*date);
}

Result<app::CommentInput> CommentInputOf(const DocumentOptions& options) {
  app::CommentInput input;
  input.version_id = options.version;
  input.section_ordinal = options.section;
  input.quote = options.quote;
  input.text = options.text;
  auto source = documents::ParseCommentSource(options.source);
  if (!source) {
    return InvalidInput(
        "nguồn ý kiến không hợp lệ '" + options.source + "' (unit, citizen, former_leader)",
        "--source");
  }
  input.source = *source;
  input.org_code = options.unit;
  input.on_behalf_of_meeting = options.meeting;
  input.agreed_members = options.agreed;
  input.citizen_name = options.name;
  input.citizen_contact = options.contact;
  return input;
}

std::string DispositionText(const std::optional<documents::Disposition>& disposition) {
  return disposition ? documents::DispositionLabel(*disposition) : "Chưa xử lý";
}

void PrintVersion(std::ostream& out, const app::VersionView& view) {
  out << view.document.title << "\n"
      << documents::DocumentKindLabel(view.document.kind) << " — " << view.org_name << ", nhiệm kỳ "
      << view.document.term << "\n"
      << "Phiên bản " << view.version.number << " (" << view.version.id
      << "): " << documents::VersionStatusLabel(view.version.status) << ", "
      << view.version.sections << " phần, " << view.version.paragraphs << " đoạn\n";
  if (!view.version.change_log.empty()) out << "Thay đổi: " << view.version.change_log << "\n";
  if (view.publication) {
    const auto& p = *view.publication;
    out << "Lấy ý kiến từ " << p.open.ToIso() << " đến " << p.close.ToIso() << ":"
        << (p.is_public ? " công khai" : "");
    for (const std::string& unit : p.units) out << " " << unit;
    out << "\n";
  }
  out << "Ý kiến: " << view.shown << " hiển thị, " << view.pending << " chờ duyệt, " << view.hidden
      << " đã ẩn\n";
  for (const documents::Section& section : view.content.sections) {
    out << "\n"
        << std::string(section.level, '#') << " [" << section.ordinal << "] " << section.heading
        << "\n";
    for (const documents::Paragraph& paragraph : section.paragraphs) {
      out << "  (" << paragraph.key << ") " << paragraph.text << "\n";
    }
  }
}

void PrintDiff(std::ostream& out, const documents::ContentDiff& diff) {
  out << "Thêm " << diff.paragraphs_added << " đoạn, bỏ " << diff.paragraphs_removed
      << " đoạn, sửa " << diff.paragraphs_changed << " đoạn; thêm " << diff.sections_added
      << " phần, bỏ " << diff.sections_removed << " phần\n";
  for (const documents::SectionDiff& section : diff.sections) {
    if (section.change == documents::Change::kUnchanged) continue;
    const char* mark = section.change == documents::Change::kAdded     ? "+"
                       : section.change == documents::Change::kRemoved ? "-"
                                                                       : "~";
    out << "\n" << mark << " " << (section.new_ordinal ? section.new_heading : section.old_heading);
    if (section.change == documents::Change::kChanged &&
        section.old_heading != section.new_heading) {
      out << "  (trước: " << section.old_heading << ")";
    }
    out << "\n";
    for (const documents::ParagraphDiff& paragraph : section.paragraphs) {
      switch (paragraph.change) {
        case documents::Change::kUnchanged:
          break;
        case documents::Change::kAdded:
          out << "  + (" << paragraph.new_key << ") " << paragraph.new_text << "\n";
          break;
        case documents::Change::kRemoved:
          out << "  - (" << paragraph.old_key << ") " << paragraph.old_text << "\n";
          break;
        case documents::Change::kChanged:
          out << "  ~ (" << paragraph.old_key << " → " << paragraph.new_key << ") ";
          for (const documents::WordDiff& word : paragraph.words) {
            if (word.op == documents::WordDiff::Op::kSame) out << word.text << " ";
            if (word.op == documents::WordDiff::Op::kDeleted) out << "[-" << word.text << "-] ";
            if (word.op == documents::WordDiff::Op::kInserted) out << "{+" << word.text << "+} ";
          }
          out << "\n";
          break;
      }
    }
  }
}

void PrintSynthesis(std::ostream& out, const app::SynthesisView& view) {
  out << "Tổng hợp ý kiến: " << view.document.title << " — phiên bản " << view.version.number
      << "\n"
      << view.counts.comments << " ý kiến hiển thị, " << view.pending << " chờ duyệt; "
      << view.groups_total << " nhóm\n\nTheo phần:\n";
  for (const documents::CountRow& row : view.counts.per_section) {
    out << "  Phần " << row.key << ": " << row.comments << " ý kiến (tiếp thu " << row.accepted
        << ", giải trình " << row.explained << ", không tiếp thu " << row.not_accepted
        << ", chưa xử lý " << row.undecided << ")\n";
  }
  out << "Theo đơn vị:\n";
  for (const documents::CountRow& row : view.counts.per_unit) {
    out << "  " << row.key << ": " << row.comments << " ý kiến, " << row.agreed_members
        << " đảng viên tán thành\n";
  }
  out << "Theo nguồn:\n";
  for (const documents::CountRow& row : view.counts.per_source) {
    out << "  " << documents::CommentSourceLabel(*documents::ParseCommentSource(row.key)) << ": "
        << row.comments << "\n";
  }
  out << "\nNhóm ý kiến (nhiều nhất trước):\n";
  for (const app::GroupView& g : view.groups) {
    out << "  #" << g.group.id << " [phần " << g.group.section_ordinal << "] " << g.group.size
        << " ý kiến";
    if (g.group.agreed_members > 0) out << ", " << g.group.agreed_members << " đảng viên tán thành";
    out << " — "
        << DispositionText(g.group.disposition ? std::optional(g.group.disposition->disposition)
                                               : std::nullopt)
        << "\n      " << g.group.representative_text << "\n";
  }
}

}  // namespace daihoi::cli
