// `daihoi comment export VERSION [--xlsx FILE]`: every comment with its section, unit, category,
// status and disposition — CSV on stdout, or an XLSX workbook (--xlsx FILE).
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

app::Column Col(std::string_view name, std::string_view vietnamese,
                app::ColumnType type = app::ColumnType::kText) {
  return app::Column{name, vietnamese, type, false, {}};
}

const std::vector<app::Column>& ExportColumns() {
  static const std::vector<app::Column> kColumns = {
      Col("id", "Mã ý kiến", app::ColumnType::kInteger),
      Col("section", "Phần", app::ColumnType::kInteger),
      Col("section_heading", "Tên phần"),
      Col("paragraph", "Đoạn"),
      Col("quote", "Trích dẫn"),
      Col("text", "Nội dung ý kiến"),
      Col("source", "Nguồn"),
      Col("unit", "Mã đơn vị"),
      Col("unit_name", "Đơn vị"),
      Col("meeting", "Hội nghị"),
      Col("agreed", "Số tán thành", app::ColumnType::kInteger),
      Col("name", "Họ tên"),
      Col("contact", "Liên hệ"),
      Col("status", "Trạng thái"),
      Col("group", "Nhóm", app::ColumnType::kInteger),
      Col("disposition", "Kết quả tiếp thu"),
      Col("explanation", "Giải trình"),
      Col("created_at", "Thời gian"),
  };
  return kColumns;
}

std::vector<std::string> Cells(const app::CommentView& view) {
  const app::CommentRecord& c = view.comment;
  return {std::to_string(c.id),
          std::to_string(c.anchor.section_ordinal),
          view.section_heading,
          c.anchor.paragraph_key,
          c.anchor.quote,
          c.text,
          documents::CommentSourceLabel(c.source),
          c.org_code,
          view.org_name,
          c.on_behalf_of_meeting ? "có" : "",
          c.agreed_members > 0 ? std::to_string(c.agreed_members) : "",
          c.citizen_name,
          c.citizen_contact,
          documents::CommentStatusLabel(c.status),
          c.group_id ? std::to_string(*c.group_id) : "",
          DispositionText(view.effective),
          view.effective_explanation,
          c.created_at};
}

}  // namespace

int RunCommentExport(const Context& ctx, const DocumentOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  app::CommentQuery query;
  query.version_id = options.version;
  query.limit = 0;
  auto page = app::ListComments(**store, CommandLineActor(), query);
  if (!page) return Fail(page.error());
  if (options.xlsx.empty()) {
    std::vector<std::string> header;
    for (const app::Column& column : ExportColumns()) header.emplace_back(column.name);
    std::cout << report::CsvRecord(header);
    for (const app::CommentView& view : page->items) std::cout << report::CsvRecord(Cells(view));
    return 0;
  }
  auto writer = report::XlsxWriter::Open(options.xlsx, "Ý kiến", ExportColumns());
  if (!writer) return Fail(writer.error());
  for (const app::CommentView& view : page->items) {
    if (Status s = (*writer)->Row(Cells(view)); !s) return Fail(s.error());
  }
  if (Status s = (*writer)->Close(); !s) return Fail(s.error());
  std::cerr << "Đã xuất " << page->items.size() << " ý kiến\n";
  (void)ctx;
  return 0;
}

}  // namespace daihoi::cli
