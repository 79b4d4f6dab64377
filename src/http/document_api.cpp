#include "http/document_api.h"

#include <httplib.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "app/documents.h"
#include "http/auth_api.h"
#include "http/errors.h"
#include "http/params.h"
#include "http/route.h"
#include "http/session.h"
#include "http/store_pool.h"
#include "json/document_json.h"
#include "report/document_synthesis_report.h"
#include "report/docx_import.h"
#include "report/pdf/party_document.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

Result<int64_t> PathId(const httplib::Request& req, size_t index = 1) {
  return ParseId(req.matches[index].str());
}

bool EndsWith(const std::string& text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  std::string tail = text.substr(text.size() - suffix.size());
  std::transform(tail.begin(), tail.end(), tail.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return tail == suffix;
}

// The text of a draft from an uploaded file, by its name: .md Markdown, .txt (or no
// extension) plain text, .docx a Word document.
Result<documents::Content> ContentOfFile(const std::string& name, const std::string& bytes) {
  if (bytes.empty()) return InvalidInput("tệp rỗng (the file is empty)", "file");
  Result<documents::Content> content = documents::Content{};
  if (EndsWith(name, ".docx")) {
    content = report::ReadDocx(name, bytes);
  } else if (EndsWith(name, ".md") || EndsWith(name, ".markdown")) {
    content = documents::ParseMarkdown(bytes);
  } else {
    content = documents::ParsePlainText(bytes);
  }
  if (!content.ok()) {
    Error error = content.error();
    error.file = name;
    return error;
  }
  return content;
}

// A draft's text from a request: a JSON body {"format": "markdown" | "text", "text"} (typed in
// the app), else the raw body as a file named by ?file=.
struct DraftText {
  documents::Content content;
  std::string source_name;
  json body = json::object();  // the JSON body's other fields, when JSON
};

Result<DraftText> ReadDraftText(const httplib::Request& req) {
  DraftText draft;
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) == 0) {
    auto body = ParseBody(req);
    if (!body.ok()) return body.error();
    if (!body->is_object() || !body->contains("text") || !(*body)["text"].is_string()) {
      return InvalidInput("thiếu nội dung dự thảo 'text' (missing text)", "text");
    }
    const std::string format = body->value("format", "markdown");
    // Its lines stay as typed: headings and paragraphs are normalized once split
    // (app/document_common.cpp), as the file's are.
    const std::string text = (*body)["text"].get<std::string>();
    auto content =
        format == "text" ? documents::ParsePlainText(text) : documents::ParseMarkdown(text);
    if (!content.ok()) return content.error();
    draft.content = std::move(*content);
    draft.body = std::move(*body);
    return draft;
  }
  std::string name = req.has_param("file") ? req.get_param_value("file") : "";
  if (name.empty() && req.has_header("X-File-Name")) {
    name = httplib::detail::decode_url(req.get_header_value("X-File-Name"), false);
  }
  if (name.empty()) name = "upload.txt";
  std::string bytes = req.body;
  if (req.is_multipart_form_data()) {
    if (!req.has_file("file")) {
      return InvalidInput("thiếu tệp trong trường 'file' (multipart field 'file' missing)", "file");
    }
    auto part = req.get_file_value("file");
    if (!part.filename.empty() && !req.has_param("file")) name = part.filename;
    bytes = std::move(part.content);
  }
  auto content = ContentOfFile(name, bytes);
  if (!content.ok()) return content.error();
  draft.content = std::move(*content);
  draft.source_name = name;
  return draft;
}

// A field of the JSON body, else the query parameter of that name.
std::string FieldOrParam(const httplib::Request& req, const json& body, const char* name) {
  if (body.contains(name) && body[name].is_string()) {
    return text::Normalize(body[name].get<std::string>());
  }
  return TextParam(req, name);
}

ordered_json DraftRefToJson(const app::DraftRef& ref) {
  return {{"document_id", ref.document_id}, {"version_id", ref.version_id}, {"number", ref.number}};
}

// ---------------------------------------------------------------------------------------------
// Drafts.

Result<Reply> ListDocuments(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto documents = app::ListDocuments(store, actor, text::Normalize(req.matches[1].str()),
                                      text::Normalize(req.matches[2].str()));
  if (!documents.ok()) return documents.error();
  ordered_json items = ordered_json::array();
  for (const app::DocumentView& view : *documents)
    items.push_back(daihoi::json::DocumentViewToJson(view));
  return JsonReply({{"items", std::move(items)}});
}

Result<Reply> PostDocument(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto draft = ReadDraftText(req);
  if (!draft.ok()) return draft.error();
  app::DraftInput input;
  input.org_code = text::Normalize(req.matches[1].str());
  input.term = text::Normalize(req.matches[2].str());
  const std::string kind = FieldOrParam(req, draft->body, "kind");
  if (!kind.empty()) {
    auto parsed = documents::ParseDocumentKind(kind);
    if (!parsed) {
      return InvalidInput("loại văn kiện không hợp lệ '" + kind +
                              "' (expected political_report, review_report or other)",
                          "kind");
    }
    input.kind = *parsed;
  }
  input.title = FieldOrParam(req, draft->body, "title");
  input.change_log = FieldOrParam(req, draft->body, "change_log");
  input.source_name = draft->source_name;
  input.content = std::move(draft->content);
  auto ref = app::SaveDraft(store, actor, input);
  if (!ref.ok()) return ref.error();
  return JsonReply(DraftRefToJson(*ref), 201);
}

Result<Reply> ShowDocument(const httplib::Request& req, app::Store& store, const app::Actor& actor,
                           int64_t id) {
  auto document = app::DocumentsOf(store).FindDocument(id);
  if (!document.ok()) return document.error();
  if (!*document)
    return NotFound("không có văn kiện " + std::to_string(id) + " (unknown document)");
  auto documents = app::ListDocuments(store, actor, (*document)->org_code, (*document)->term);
  if (!documents.ok()) return documents.error();
  for (const app::DocumentView& view : *documents) {
    if (view.document.id == id) return JsonReply(daihoi::json::DocumentViewToJson(view));
  }
  (void)req;
  return NotFound("không có văn kiện " + std::to_string(id) + " (unknown document)");
}

Result<Reply> GetDocument(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  return ShowDocument(req, store, actor, *id);
}

Result<Reply> PostVersion(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto draft = ReadDraftText(req);
  if (!draft.ok()) return draft.error();
  app::DraftInput input;
  input.document_id = *id;
  input.change_log = FieldOrParam(req, draft->body, "change_log");
  input.source_name = draft->source_name;
  input.content = std::move(draft->content);
  for (const char* key : {"takes_in_comments", "takes_in_groups"}) {
    if (!draft->body.contains(key)) continue;
    const json& ids = draft->body[key];
    if (!ids.is_array())
      return InvalidInput(std::string(key) + " phải là danh sách số (expected ids)", key);
    for (const json& item : ids) {
      if (!item.is_number_integer()) {
        return InvalidInput(std::string(key) + " phải là danh sách số (expected ids)", key);
      }
      (std::string(key) == "takes_in_comments" ? input.takes_in_comments : input.takes_in_groups)
          .push_back(item.get<int64_t>());
    }
  }
  auto ref = app::SaveDraft(store, actor, input);
  if (!ref.ok()) return ref.error();
  return JsonReply(DraftRefToJson(*ref), 201);
}

Result<Reply> GetDraft(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto view = app::ShowDraft(store, actor, *id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::VersionViewToJson(*view));
}

Result<Reply> PutDraft(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto draft = ReadDraftText(req);
  if (!draft.ok()) return draft.error();
  Status s = app::EditDraft(store, actor, *id, draft->content,
                            FieldOrParam(req, draft->body, "change_log"));
  if (!s) return s.error();
  return GetDraft(req, store, actor);
}

Result<Reply> GetDiff(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto from = ParseRequired("from", Param(req, "from"));
  if (!from.ok()) return from.error();
  auto old_id = ParseId(*from);
  if (!old_id.ok()) {
    Error error = old_id.error();
    error.field = "from";
    return error;
  }
  auto diff = app::DiffDrafts(store, actor, *old_id, *id);
  if (!diff.ok()) return diff.error();
  ordered_json body = daihoi::json::DiffToJson(*diff);
  body["from"] = *old_id;
  body["to"] = *id;
  return JsonReply(body);
}

Result<Reply> PostPublish(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto input = daihoi::json::PublicationFromJson(*body);
  if (!input.ok()) return input.error();
  Status s = app::PublishDraft(store, actor, *id, *input);
  if (!s) return s.error();
  return GetDraft(req, store, actor);
}

Result<Reply> GetCarried(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto carried = app::CarryOverComments(store, actor, *id);
  if (!carried.ok()) return carried.error();
  ordered_json items = ordered_json::array();
  for (const app::CarriedComment& item : *carried) {
    items.push_back({{"comment_id", item.comment.id},
                     {"old_section", item.anchor.old_section_ordinal},
                     {"text", item.comment.text},
                     {"source", documents::ToString(item.comment.source)},
                     {"org_code", item.comment.org_code},
                     {"anchor", daihoi::json::AnchorToJson(item.anchor.anchor)},
                     {"state", documents::ToString(item.anchor.state)},
                     {"taken_in", item.taken_in}});
  }
  return JsonReply({{"version_id", *id}, {"items", std::move(items)}});
}

// ---------------------------------------------------------------------------------------------
// Comments.

Result<app::CommentQuery> CommentQueryOf(const httplib::Request& req, int64_t version_id) {
  app::CommentQuery query;
  query.version_id = version_id;
  if (req.has_param("section") && !req.get_param_value("section").empty()) {
    auto section = ParseId(req.get_param_value("section"));
    if (!section.ok() || *section > 100000) {
      return InvalidInput("số mục không hợp lệ (bad section)", "section");
    }
    query.section_ordinal = static_cast<int>(*section);
  }
  if (const std::string status = TextParam(req, "status"); !status.empty()) {
    auto parsed = documents::ParseCommentStatus(status);
    if (!parsed) {
      return InvalidInput(
          "trạng thái không hợp lệ '" + status + "' (expected pending, shown or hidden)", "status");
    }
    query.status = *parsed;
  }
  if (const std::string source = TextParam(req, "source"); !source.empty()) {
    auto parsed = documents::ParseCommentSource(source);
    if (!parsed) {
      return InvalidInput(
          "nguồn ý kiến không hợp lệ '" + source + "' (expected unit, citizen or former_leader)",
          "source");
    }
    query.source = *parsed;
  }
  query.org_code = TextParam(req, "unit");
  if (req.has_param("group") && !req.get_param_value("group").empty()) {
    auto group = ParseId(req.get_param_value("group"));
    if (!group.ok()) return InvalidInput("mã nhóm không hợp lệ (bad group)", "group");
    query.group_id = *group;
  }
  query.text = TextParam(req, "q");
  return query;
}

// `disposition`: "undecided" or a disposition word; empty: every comment.
Result<std::string> DispositionParam(const httplib::Request& req) {
  const std::string word = TextParam(req, "disposition");
  if (word.empty() || word == "undecided" || documents::ParseDisposition(word)) return word;
  return InvalidInput("hình thức xử lý không hợp lệ '" + word +
                          "' (expected accepted, explained, not_accepted or undecided)",
                      "disposition");
}

bool HasDisposition(const app::CommentView& view, const std::string& word) {
  if (word.empty()) return true;
  if (word == "undecided") return !view.effective.has_value();
  return view.effective && word == documents::ToString(*view.effective);
}

// The comments of a query, filtered by disposition (the effective one: its own, else its
// group's), with paging applied after that filter.
Result<app::Page<app::CommentView>> QueryComments(app::Store& store, const app::Actor& actor,
                                                  app::CommentQuery query,
                                                  const std::string& disposition,
                                                  const Paging& paging, bool all) {
  if (disposition.empty()) {
    query.offset = all ? 0 : paging.offset;
    query.limit = all ? 0 : paging.limit;
    if (!all && paging.limit == 0) query.limit = 1;  // 0 means "all" to the use case
    auto page = app::ListComments(store, actor, query);
    if (!page.ok()) return page.error();
    if (!all && paging.limit == 0) page->items.clear();
    return page;
  }
  query.offset = 0;
  query.limit = 0;
  auto every = app::ListComments(store, actor, query);
  if (!every.ok()) return every.error();
  app::Page<app::CommentView> page;
  for (app::CommentView& view : every->items) {
    if (!HasDisposition(view, disposition)) continue;
    if (all || (page.total >= paging.offset && page.total < paging.offset + paging.limit)) {
      page.items.push_back(std::move(view));
    }
    ++page.total;
  }
  return page;
}

Result<Reply> ListComments(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto query = CommentQueryOf(req, *id);
  if (!query.ok()) return query.error();
  auto disposition = DispositionParam(req);
  if (!disposition.ok()) return disposition.error();
  auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
  if (!paging.ok()) return paging.error();
  auto page = QueryComments(store, actor, *query, *disposition, *paging, false);
  if (!page.ok()) return page.error();
  ordered_json items = ordered_json::array();
  for (const app::CommentView& view : page->items)
    items.push_back(daihoi::json::CommentViewToJson(view));
  return JsonReply({{"items", std::move(items)},
                    {"total", page->total},
                    {"offset", paging->offset},
                    {"limit", paging->limit}});
}

Result<Reply> PostComment(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto input = daihoi::json::CommentInputFromJson(*body);
  if (!input.ok()) return input.error();
  input->version_id = *id;
  auto comment = app::AddComment(store, app::SystemClock(), actor, *input);
  if (!comment.ok()) return comment.error();
  return JsonReply({{"id", *comment}, {"version_id", *id}, {"status", "shown"}}, 201);
}

Result<Reply> PostModeration(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !body->contains("status") || !(*body)["status"].is_string()) {
    return InvalidInput("thiếu trạng thái 'status' (missing status)", "status");
  }
  const std::string word = (*body)["status"].get<std::string>();
  auto status = documents::ParseCommentStatus(word);
  if (!status) {
    return InvalidInput(
        "trạng thái không hợp lệ '" + word + "' (expected pending, shown or hidden)", "status");
  }
  std::string reason;
  if (body->contains("reason") && (*body)["reason"].is_string()) {
    reason = text::Normalize((*body)["reason"].get<std::string>());
  }
  Status s = app::ModerateComment(store, actor, *id, *status, reason);
  if (!s) return s.error();
  return JsonReply({{"id", *id}, {"status", documents::ToString(*status)}, {"reason", reason}});
}

Result<Reply> SetDispositionOf(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor, app::DispositionInput::Target target) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto input = daihoi::json::DispositionFromJson(*body);
  if (!input.ok()) return input.error();
  input->target = target;
  input->id = *id;
  Status s = app::SetDisposition(store, actor, *input);
  if (!s) return s.error();
  return JsonReply(
      {{"id", *id},
       {"disposition", input->disposition ? ordered_json(documents::ToString(*input->disposition))
                                          : ordered_json()},
       {"explanation", input->explanation}});
}

Result<Reply> PostCommentDisposition(const httplib::Request& req, app::Store& store,
                                     const app::Actor& actor) {
  return SetDispositionOf(req, store, actor, app::DispositionInput::Target::kComment);
}

Result<Reply> PostGroupDisposition(const httplib::Request& req, app::Store& store,
                                   const app::Actor& actor) {
  return SetDispositionOf(req, store, actor, app::DispositionInput::Target::kGroup);
}

// ---------------------------------------------------------------------------------------------
// Synthesis and exports.

std::map<std::string, std::string> UnitNames(app::Store& store, const app::SynthesisView& view) {
  std::map<std::string, std::string> names;
  auto remember = [&](const std::string& code) {
    if (code.empty() || names.count(code)) return;
    auto found = store.FindOrganization(code);
    names[code] = found.ok() && *found ? (**found).name : code;
  };
  for (const documents::CountRow& row : view.counts.per_unit) remember(row.key);
  for (const app::GroupView& group : view.groups) {
    for (const std::string& code : group.units) remember(code);
  }
  return names;
}

Result<app::SynthesisFilter> SynthesisFilterOf(const httplib::Request& req) {
  app::SynthesisFilter filter;
  if (req.has_param("section") && !req.get_param_value("section").empty()) {
    auto section = ParseId(req.get_param_value("section"));
    if (!section.ok() || *section > 100000) {
      return InvalidInput("số mục không hợp lệ (bad section)", "section");
    }
    filter.section_ordinal = static_cast<int>(*section);
  }
  if (const std::string source = TextParam(req, "source"); !source.empty()) {
    auto parsed = documents::ParseCommentSource(source);
    if (!parsed) {
      return InvalidInput(
          "nguồn ý kiến không hợp lệ '" + source + "' (expected unit, citizen or former_leader)",
          "source");
    }
    filter.source = *parsed;
  }
  filter.org_code = TextParam(req, "unit");
  auto disposition = DispositionParam(req);
  if (!disposition.ok()) return disposition.error();
  filter.disposition = *disposition;
  if (req.has_param("min_size") && !req.get_param_value("min_size").empty()) {
    auto size = ParseId(req.get_param_value("min_size"));
    if (!size.ok()) return InvalidInput("min_size phải là số (expected a number)", "min_size");
    filter.min_size = *size;
  }
  auto paging = ParsePaging(Param(req, "offset"), Param(req, "limit"));
  if (!paging.ok()) return paging.error();
  filter.offset = paging->offset;
  filter.limit = paging->limit == 0 ? 1 : paging->limit;
  return filter;
}

Result<Reply> SynthesisReply(app::Store& store, const app::Actor& actor, int64_t version_id,
                             const app::SynthesisView& view) {
  auto draft = app::ShowDraft(store, actor, version_id);
  if (!draft.ok()) return draft.error();
  return JsonReply(daihoi::json::SynthesisToJson(view, draft->content, UnitNames(store, view)));
}

Result<Reply> GetSynthesis(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto filter = SynthesisFilterOf(req);
  if (!filter.ok()) return filter.error();
  auto view = app::ShowSynthesis(store, actor, *id, *filter);
  if (!view.ok()) return view.error();
  return SynthesisReply(store, actor, *id, *view);
}

Result<Reply> PostSynthesis(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  documents::GroupingParams params;
  if (body->is_object() && body->contains("similarity")) {
    const json& similarity = (*body)["similarity"];
    if (!similarity.is_number() || similarity.get<double>() <= 0 || similarity.get<double>() > 1) {
      return InvalidInput("ngưỡng tương đồng phải trong (0, 1] (similarity in (0, 1])",
                          "similarity");
    }
    params.similarity_threshold = similarity.get<double>();
  }
  auto view = app::BuildSynthesis(store, actor, *id, params);
  if (!view.ok()) return view.error();
  return SynthesisReply(store, actor, *id, *view);
}

// Everything the printed and XLSX synthesis need: every group, the text, the publication.
Result<report::SynthesisReportInput> ReportInput(const httplib::Request& req, app::Store& store,
                                                 const app::Actor& actor, int64_t version_id) {
  app::SynthesisFilter all;
  all.limit = 0;
  auto synthesis = app::ShowSynthesis(store, actor, version_id, all);
  if (!synthesis.ok()) return synthesis.error();
  auto draft = app::ShowDraft(store, actor, version_id);
  if (!draft.ok()) return draft.error();
  report::SynthesisReportInput input;
  input.unit_names = UnitNames(store, *synthesis);
  input.synthesis = std::move(*synthesis);
  input.content = std::move(draft->content);
  input.publication = draft->publication;
  input.superior = draft->org_name;
  auto place = PlaceParam(req, store, draft->document.org_code);
  if (!place.ok()) return place.error();
  input.place = std::move(*place);
  input.date = app::VietnamDay(app::SystemClock());
  return input;
}

std::string FileStem(int64_t version_id) { return "tong-hop-y-kien-" + std::to_string(version_id); }

Result<Reply> GetSynthesisPdf(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto input = ReportInput(req, store, actor, *id);
  if (!input.ok()) return input.error();
  auto bytes = report::pdf::Render(report::SynthesisReportDocument(*input));
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileStem(*id) + ".pdf";
  return reply;
}

Result<Reply> GetSynthesisXlsx(const httplib::Request& req, app::Store& store,
                               const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto input = ReportInput(req, store, actor, *id);
  if (!input.ok()) return input.error();
  auto bytes = report::SynthesisXlsx(*input);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = FileStem(*id) + ".xlsx";
  return reply;
}

Result<Reply> GetCommentsXlsx(const httplib::Request& req, app::Store& store,
                              const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto query = CommentQueryOf(req, *id);
  if (!query.ok()) return query.error();
  auto disposition = DispositionParam(req);
  if (!disposition.ok()) return disposition.error();
  auto page = QueryComments(store, actor, *query, *disposition, Paging{}, true);
  if (!page.ok()) return page.error();
  auto bytes = report::CommentsXlsx(page->items);
  if (!bytes.ok()) return bytes.error();
  Reply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  reply.bytes = std::move(*bytes);
  reply.file_name = "y-kien-gop-y-" + std::to_string(*id) + ".xlsx";
  return reply;
}

// ---------------------------------------------------------------------------------------------
// The public page (no session).

Result<Reply> ListPublicDrafts(const httplib::Request&, app::Store& store, const app::Actor&) {
  auto drafts = app::ListPublicDrafts(store, app::SystemClock());
  if (!drafts.ok()) return drafts.error();
  ordered_json items = ordered_json::array();
  for (const app::PublicDraftSummary& draft : *drafts) {
    items.push_back(daihoi::json::PublicDraftSummaryToJson(draft));
  }
  return JsonReply({{"items", std::move(items)}});
}

// A version once published to the public but not open today says so with its dates (it was
// public: nothing leaks); any other version is 404 like an unknown one.
Result<Reply> ClosedPublicDraft(app::Store& store, int64_t version_id, Error not_found) {
  app::DocumentStore& documents = app::DocumentsOf(store);
  auto publication = documents.FindPublication(version_id);
  if (!publication.ok()) return publication.error();
  if (!*publication || !(*publication)->is_public) return not_found;
  auto version = documents.FindVersion(version_id);
  if (!version.ok()) return version.error();
  if (!*version) return not_found;
  auto document = documents.FindDocument((*version)->document_id);
  if (!document.ok()) return document.error();
  if (!*document) return not_found;
  auto organization = store.FindOrganization((*document)->org_code);
  if (!organization.ok()) return organization.error();
  app::PublicDraftSummary summary;
  summary.version_id = version_id;
  summary.title = (*document)->title;
  summary.kind = (*document)->kind;
  summary.org_name = *organization ? (**organization).name : (*document)->org_code;
  summary.term = (*document)->term;
  summary.number = (*version)->number;
  summary.open = (*publication)->open;
  summary.close = (*publication)->close;
  ordered_json body = daihoi::json::PublicDraftSummaryToJson(summary);
  const Date today = app::VietnamDay(app::SystemClock());
  body["is_open"] = false;
  body["state"] = today < summary.open ? "not_yet_open" : "closed";
  body["sections"] = ordered_json::array();
  return JsonReply(body);
}

Result<Reply> GetPublicDraft(const httplib::Request& req, app::Store& store, const app::Actor&) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto view = app::ShowPublicDraft(store, app::SystemClock(), *id);
  if (!view.ok()) {
    if (view.error().code == ErrorCode::kNotFound)
      return ClosedPublicDraft(store, *id, view.error());
    return view.error();
  }
  ordered_json body = daihoi::json::PublicDraftSummaryToJson(view->draft);
  body["is_open"] = true;
  body["state"] = "open";
  ordered_json sections = daihoi::json::ContentToJson(view->content)["sections"];
  for (auto& section : sections) {
    const auto ordinal = section["ordinal"].get<size_t>();
    section["comments"] =
        ordinal < view->comments_per_section.size() ? view->comments_per_section[ordinal] : 0;
  }
  body["sections"] = std::move(sections);
  body["comments_on_document"] =
      view->comments_per_section.empty() ? 0 : view->comments_per_section[0];
  return JsonReply(body);
}

// Registered by hand: a refusal for too many comments carries Retry-After, an oversized body is
// 413 before it is parsed.
httplib::Server::Handler PublicCommentHandler(StorePool& pool, DocumentApiOptions options) {
  return [&pool, options](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    if (Status csrf = CheckCsrf(req); !csrf) return WriteError(res, csrf.error());
    if (req.body.size() > options.max_public_body) {
      Error error = InvalidInput("ý kiến quá dài (the request is too large)", "text");
      WriteError(res, error);
      res.status = 413;
      return;
    }
    auto id = ParseId(req.matches[1].str());
    if (!id.ok()) return WriteError(res, id.error());
    auto body = ParseBody(req);
    if (!body.ok()) return WriteError(res, body.error());
    auto input = daihoi::json::PublicCommentFromJson(*body);
    if (!input.ok()) return WriteError(res, input.error());
    input->version_id = *id;
    input->client_address = ClientAddress(req, options.trust_proxy);
    auto store = pool.Acquire();
    if (!store.ok()) return WriteError(res, store.error());
    const app::PublicCommentPolicy policy;
    auto comment = app::AddPublicComment(**store, app::SystemClock(), *input, policy);
    if (!comment.ok()) {
      Error error = comment.error();
      if (error.field == "honeypot") error.field = "website";  // the request's name of the field
      if (error.code == ErrorCode::kRuleViolation && error.field == "client_address") {
        // The window slides: after at most its length the oldest counted comment leaves it.
        error.code = ErrorCode::kTooManyRequests;
        res.set_header("Retry-After", std::to_string(policy.window_seconds));
      }
      return WriteError(res, error);
    }
    const std::string reply =
        ordered_json{{"id", *comment},
                     {"status", "pending"},
                     {"message", "Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được duyệt."}}
            .dump();
    res.status = 201;
    res.set_content(reply, "application/json; charset=utf-8");
  };
}

constexpr std::string_view kPublicCommentsPath = "/public/drafts/{id}/comments";
constexpr std::string_view kPublicCommentsPattern = "/public/drafts/([^/]+)/comments";

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/documents", "/congresses/([^/]+)/([^/]+)/documents",
       ListDocuments},
      {"POST", "/congresses/{code}/{term}/documents", "/congresses/([^/]+)/([^/]+)/documents",
       PostDocument},
      {"GET", "/documents/{id}", "/documents/([^/]+)", GetDocument},
      {"POST", "/documents/{id}/versions", "/documents/([^/]+)/versions", PostVersion},
      {"GET", "/drafts/{id}", "/drafts/([^/.]+)", GetDraft},
      {"PUT", "/drafts/{id}", "/drafts/([^/.]+)", PutDraft},
      {"GET", "/drafts/{id}/diff", "/drafts/([^/]+)/diff", GetDiff},
      {"POST", "/drafts/{id}/publish", "/drafts/([^/]+)/publish", PostPublish},
      {"GET", "/drafts/{id}/carried-comments", "/drafts/([^/]+)/carried-comments", GetCarried},
      {"GET", "/drafts/{id}/comments", "/drafts/([^/]+)/comments", ListComments},
      {"POST", "/drafts/{id}/comments", "/drafts/([^/]+)/comments", PostComment},
      {"GET", "/drafts/{id}/comments.xlsx", "/drafts/([^/]+)/comments\\.xlsx", GetCommentsXlsx},
      {"POST", "/comments/{id}/moderation", "/comments/([^/]+)/moderation", PostModeration},
      {"POST", "/comments/{id}/disposition", "/comments/([^/]+)/disposition",
       PostCommentDisposition},
      {"POST", "/comment-groups/{id}/disposition", "/comment-groups/([^/]+)/disposition",
       PostGroupDisposition},
      {"GET", "/drafts/{id}/synthesis", "/drafts/([^/]+)/synthesis", GetSynthesis},
      {"POST", "/drafts/{id}/synthesis", "/drafts/([^/]+)/synthesis", PostSynthesis},
      {"GET", "/drafts/{id}/synthesis.xlsx", "/drafts/([^/]+)/synthesis\\.xlsx", GetSynthesisXlsx},
      {"GET", "/drafts/{id}/synthesis.pdf", "/drafts/([^/]+)/synthesis\\.pdf", GetSynthesisPdf},
      {"GET", "/public/drafts", "/public/drafts", ListPublicDrafts},
      {"GET", "/public/drafts/{id}", "/public/drafts/([^/]+)", GetPublicDraft},
      {"POST", kPublicCommentsPath, kPublicCommentsPattern, nullptr},  // PublicCommentHandler
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> DocumentRoutes() { return RouteInfos(Entries()); }

void RegisterDocumentRoutes(httplib::Server& server, StorePool& pool,
                            const DocumentApiOptions& options) {
  RegisterRoutes(server, pool, Entries());
  server.Post("/api/v1" + std::string(kPublicCommentsPattern), PublicCommentHandler(pool, options));
}

}  // namespace daihoi::http
