#include "json/document_json.h"

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "json/fields.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

// Optional text; kInvalidInput when present and not a string.
Result<std::string> TextAt(const json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null()) return std::string();
  if (!body[key].is_string())
    return InvalidField(key, std::string("'") + key + "' phải là chuỗi (expected text)");
  return text::Normalize(body[key].get<std::string>());
}

Result<int64_t> IntegerAt(const json& body, const char* key, int64_t fallback) {
  if (!body.contains(key) || body[key].is_null()) return fallback;
  if (!body[key].is_number_integer()) {
    return InvalidField(key, std::string("'") + key + "' phải là số nguyên (expected an integer)");
  }
  return body[key].get<int64_t>();
}

Result<bool> FlagAt(const json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null()) return false;
  if (!body[key].is_boolean())
    return InvalidField(key, std::string("'") + key + "' phải là true/false (expected a boolean)");
  return body[key].get<bool>();
}

Result<std::optional<Date>> DateAt(const json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null()) return std::optional<Date>();
  if (!body[key].is_string())
    return InvalidField(key, "ngày phải có dạng YYYY-MM-DD (expected a date)");
  auto date = Date::Parse(body[key].get<std::string>());
  if (!date) {
    return InvalidField(
        key, "ngày không hợp lệ '" + body[key].get<std::string>() + "' (expected YYYY-MM-DD)");
  }
  return std::optional<Date>(*date);
}

Result<int> SectionAt(const json& body) {
  auto section = IntegerAt(body, "section", 0);
  if (!section.ok()) return section.error();
  if (*section < 0 || *section > 100000)
    return InvalidField("section", "số mục không hợp lệ (bad section)");
  return static_cast<int>(*section);
}

ordered_json DocumentToJson(const app::DocumentRecord& document, const std::string& org_name) {
  return {{"id", document.id},
          {"org_code", document.org_code},
          {"org_name", org_name},
          {"term", document.term},
          {"kind", documents::ToString(document.kind)},
          {"kind_label", documents::DocumentKindLabel(document.kind)},
          {"title", document.title},
          {"created_at", document.created_at}};
}

const char* OpName(documents::WordDiff::Op op) {
  switch (op) {
    case documents::WordDiff::Op::kInserted:
      return "inserted";
    case documents::WordDiff::Op::kDeleted:
      return "deleted";
    case documents::WordDiff::Op::kSame:
      break;
  }
  return "same";
}

ordered_json EffectiveToJson(const std::optional<documents::Disposition>& disposition) {
  if (!disposition) return nullptr;
  return documents::ToString(*disposition);
}

}  // namespace

ordered_json VersionToJson(const app::VersionRecord& version) {
  return {{"id", version.id},
          {"document_id", version.document_id},
          {"number", version.number},
          {"status", documents::ToString(version.status)},
          {"status_label", documents::VersionStatusLabel(version.status)},
          {"change_log", version.change_log},
          {"source_name", version.source_name},
          {"created_by", version.created_by},
          {"created_at", version.created_at},
          {"sections", version.sections},
          {"paragraphs", version.paragraphs}};
}

ordered_json DocumentViewToJson(const app::DocumentView& view) {
  ordered_json body = DocumentToJson(view.document, view.org_name);
  ordered_json versions = ordered_json::array();
  for (const app::VersionRecord& version : view.versions)
    versions.push_back(VersionToJson(version));
  body["versions"] = std::move(versions);
  return body;
}

ordered_json ContentToJson(const documents::Content& content) {
  ordered_json sections = ordered_json::array();
  for (const documents::Section& section : content.sections) {
    ordered_json paragraphs = ordered_json::array();
    for (const documents::Paragraph& paragraph : section.paragraphs) {
      paragraphs.push_back(
          {{"ordinal", paragraph.ordinal}, {"key", paragraph.key}, {"text", paragraph.text}});
    }
    sections.push_back({{"ordinal", section.ordinal},
                        {"heading", section.heading},
                        {"level", section.level},
                        {"paragraphs", std::move(paragraphs)}});
  }
  return {{"sections", std::move(sections)}};
}

ordered_json PublicationToJson(const app::PublicationRecord& publication) {
  return {{"is_public", publication.is_public},       {"units", publication.units},
          {"open", publication.open.ToIso()},         {"close", publication.close.ToIso()},
          {"published_by", publication.published_by}, {"published_at", publication.published_at}};
}

ordered_json VersionViewToJson(const app::VersionView& view) {
  ordered_json body;
  body["document"] = DocumentToJson(view.document, view.org_name);
  body["version"] = VersionToJson(view.version);
  body["content"] = ContentToJson(view.content);
  body["publication"] = view.publication ? PublicationToJson(*view.publication) : ordered_json();
  body["unit_names"] = view.unit_names;
  body["takes_in_comments"] = view.takes_in_comments;
  body["takes_in_groups"] = view.takes_in_groups;
  body["comments"] = {{"pending", view.pending}, {"shown", view.shown}, {"hidden", view.hidden}};
  return body;
}

ordered_json DiffToJson(const documents::ContentDiff& diff) {
  ordered_json sections = ordered_json::array();
  for (const documents::SectionDiff& section : diff.sections) {
    ordered_json paragraphs = ordered_json::array();
    for (const documents::ParagraphDiff& paragraph : section.paragraphs) {
      ordered_json words = ordered_json::array();
      for (const documents::WordDiff& word : paragraph.words) {
        words.push_back({{"op", OpName(word.op)}, {"text", word.text}});
      }
      paragraphs.push_back({{"change", documents::ToString(paragraph.change)},
                            {"old_key", paragraph.old_key},
                            {"new_key", paragraph.new_key},
                            {"old_text", paragraph.old_text},
                            {"new_text", paragraph.new_text},
                            {"words", std::move(words)}});
    }
    sections.push_back({{"change", documents::ToString(section.change)},
                        {"old_ordinal", section.old_ordinal},
                        {"new_ordinal", section.new_ordinal},
                        {"old_heading", section.old_heading},
                        {"new_heading", section.new_heading},
                        {"paragraphs", std::move(paragraphs)}});
  }
  return {{"paragraphs_added", diff.paragraphs_added},
          {"paragraphs_removed", diff.paragraphs_removed},
          {"paragraphs_changed", diff.paragraphs_changed},
          {"sections_added", diff.sections_added},
          {"sections_removed", diff.sections_removed},
          {"sections", std::move(sections)}};
}

ordered_json AnchorToJson(const documents::Anchor& anchor) {
  return {{"section", anchor.section_ordinal},
          {"paragraph_key", anchor.paragraph_key},
          {"quote", anchor.quote},
          {"before", anchor.before},
          {"after", anchor.after},
          {"section_heading", anchor.section_heading}};
}

ordered_json DispositionToJson(const std::optional<app::DispositionRecord>& record) {
  if (!record) return nullptr;
  return {{"disposition", documents::ToString(record->disposition)},
          {"label", documents::DispositionLabel(record->disposition)},
          {"explanation", record->explanation},
          {"decided_by", record->decided_by},
          {"decided_at", record->decided_at}};
}

ordered_json CommentViewToJson(const app::CommentView& view) {
  const app::CommentRecord& c = view.comment;
  ordered_json body = {{"id", c.id},
                       {"version_id", c.version_id},
                       {"section", c.anchor.section_ordinal},
                       {"section_heading", view.section_heading},
                       {"anchor", AnchorToJson(c.anchor)},
                       {"text", c.text},
                       {"source", documents::ToString(c.source)},
                       {"source_label", documents::CommentSourceLabel(c.source)},
                       {"org_code", c.org_code},
                       {"org_name", view.org_name},
                       {"on_behalf_of_meeting", c.on_behalf_of_meeting},
                       {"agreed_members", c.agreed_members},
                       {"citizen_name", c.citizen_name}};
  // Personal: present only for a reader who may see it (app::ListComments decides).
  if (view.contact_visible) body["citizen_contact"] = c.citizen_contact;
  body["status"] = documents::ToString(c.status);
  body["status_label"] = documents::CommentStatusLabel(c.status);
  body["hide_reason"] = c.hide_reason;
  body["created_by"] = c.created_by;
  body["created_at"] = c.created_at;
  body["group_id"] = c.group_id ? ordered_json(*c.group_id) : ordered_json();
  body["disposition"] = DispositionToJson(c.disposition);
  body["group_disposition"] = DispositionToJson(view.group_disposition);
  body["effective"] = EffectiveToJson(view.effective);
  body["effective_label"] = view.effective ? documents::DispositionLabel(*view.effective) : "";
  body["effective_explanation"] = view.effective_explanation;
  return body;
}

ordered_json GroupViewToJson(const app::GroupView& view) {
  const app::CommentGroupRecord& g = view.group;
  return {{"id", g.id},
          {"section", g.section_ordinal},
          {"section_heading", view.section_heading},
          {"representative_id", g.representative_id},
          {"representative_text", g.representative_text},
          {"size", g.size},
          {"agreed_members", g.agreed_members},
          {"units", view.units},
          {"citizens", view.citizens},
          {"former_leaders", view.former_leaders},
          {"unit_comments", view.unit_comments},
          {"disposition", DispositionToJson(g.disposition)}};
}

ordered_json CountRowToJson(const documents::CountRow& row, const char* key_name) {
  ordered_json key = row.key;
  if (std::string(key_name) == "section") key = std::atoi(row.key.c_str());
  return {{key_name, key},
          {"comments", row.comments},
          {"agreed_members", row.agreed_members},
          {"accepted", row.accepted},
          {"explained", row.explained},
          {"not_accepted", row.not_accepted},
          {"undecided", row.undecided}};
}

ordered_json SynthesisToJson(const app::SynthesisView& view, const documents::Content& content,
                             const std::map<std::string, std::string>& unit_names) {
  ordered_json per_section = ordered_json::array();
  for (const documents::CountRow& row : view.counts.per_section) {
    ordered_json item = CountRowToJson(row, "section");
    const documents::Section* section = documents::FindSection(content, std::atoi(row.key.c_str()));
    item["heading"] = section ? section->heading : "";
    per_section.push_back(std::move(item));
  }
  ordered_json per_unit = ordered_json::array();
  for (const documents::CountRow& row : view.counts.per_unit) {
    ordered_json item = CountRowToJson(row, "org_code");
    const auto name = unit_names.find(row.key);
    item["name"] = name == unit_names.end() ? row.key : name->second;
    per_unit.push_back(std::move(item));
  }
  ordered_json per_source = ordered_json::array();
  for (const documents::CountRow& row : view.counts.per_source) {
    ordered_json item = CountRowToJson(row, "source");
    auto source = documents::ParseCommentSource(row.key);
    item["label"] = source ? documents::CommentSourceLabel(*source) : row.key;
    per_source.push_back(std::move(item));
  }
  ordered_json groups = ordered_json::array();
  for (const app::GroupView& group : view.groups) groups.push_back(GroupViewToJson(group));
  ordered_json body;
  body["document"] = DocumentToJson(view.document, view.org_name);
  body["version"] = VersionToJson(view.version);
  body["counts"] = {{"comments", view.counts.comments},
                    {"per_section", std::move(per_section)},
                    {"per_unit", std::move(per_unit)},
                    {"per_source", std::move(per_source)}};
  body["pending"] = view.pending;
  body["groups_total"] = view.groups_total;
  body["comments_grouped"] = view.comments_grouped;
  body["groups"] = std::move(groups);
  return body;
}

ordered_json PublicDraftSummaryToJson(const app::PublicDraftSummary& draft) {
  return {{"version_id", draft.version_id},
          {"title", draft.title},
          {"kind", documents::ToString(draft.kind)},
          {"kind_label", documents::DocumentKindLabel(draft.kind)},
          {"org_name", draft.org_name},
          {"term", draft.term},
          {"number", draft.number},
          {"open", draft.open.ToIso()},
          {"close", draft.close.ToIso()}};
}

Result<app::PublicationInput> PublicationFromJson(const json& body) {
  if (!body.is_object())
    return InvalidField("body", "cần một đối tượng JSON (expected a JSON object)");
  app::PublicationInput input;
  auto is_public = FlagAt(body, "public");
  if (!is_public.ok()) return is_public.error();
  input.is_public = *is_public;
  if (body.contains("units") && !body["units"].is_null()) {
    if (!body["units"].is_array())
      return InvalidField("units", "'units' phải là danh sách mã (expected an array of codes)");
    for (const json& unit : body["units"]) {
      if (!unit.is_string())
        return InvalidField("units", "mã đơn vị phải là chuỗi (expected text)");
      std::string code = text::Normalize(unit.get<std::string>());
      if (!code.empty()) input.units.push_back(std::move(code));
    }
  }
  auto open = DateAt(body, "open");
  if (!open.ok()) return open.error();
  input.open = *open;
  auto close = DateAt(body, "close");
  if (!close.ok()) return close.error();
  input.close = *close;
  return input;
}

Result<app::CommentInput> CommentInputFromJson(const json& body) {
  if (!body.is_object())
    return InvalidField("body", "cần một đối tượng JSON (expected a JSON object)");
  app::CommentInput input;
  auto section = SectionAt(body);
  if (!section.ok()) return section.error();
  input.section_ordinal = *section;
  auto occurrence = IntegerAt(body, "occurrence", 0);
  if (!occurrence.ok()) return occurrence.error();
  if (*occurrence < 0 || *occurrence > 100000)
    return InvalidField("occurrence", "không hợp lệ (bad occurrence)");
  input.occurrence = static_cast<int>(*occurrence);
  for (auto [key, target] :
       {std::pair{"quote", &input.quote}, std::pair{"text", &input.text},
        std::pair{"org_code", &input.org_code}, std::pair{"citizen_name", &input.citizen_name},
        std::pair{"citizen_contact", &input.citizen_contact}}) {
    auto value = TextAt(body, key);
    if (!value.ok()) return value.error();
    *target = std::move(*value);
  }
  auto source = TextAt(body, "source");
  if (!source.ok()) return source.error();
  if (!source->empty()) {
    auto parsed = documents::ParseCommentSource(*source);
    if (!parsed) {
      return InvalidField("source", "nguồn ý kiến không hợp lệ '" + *source +
                                        "' (expected unit, citizen or former_leader)");
    }
    input.source = *parsed;
  } else {
    input.source = input.org_code.empty() ? documents::CommentSource::kCitizen
                                          : documents::CommentSource::kUnit;
  }
  auto meeting = FlagAt(body, "on_behalf_of_meeting");
  if (!meeting.ok()) return meeting.error();
  input.on_behalf_of_meeting = *meeting;
  auto agreed = IntegerAt(body, "agreed_members", 0);
  if (!agreed.ok()) return agreed.error();
  input.agreed_members = *agreed;
  return input;
}

Result<app::PublicCommentInput> PublicCommentFromJson(const json& body) {
  if (!body.is_object())
    return InvalidField("body", "cần một đối tượng JSON (expected a JSON object)");
  app::PublicCommentInput input;
  auto section = SectionAt(body);
  if (!section.ok()) return section.error();
  input.section_ordinal = *section;
  auto occurrence = IntegerAt(body, "occurrence", 0);
  if (!occurrence.ok()) return occurrence.error();
  if (*occurrence < 0 || *occurrence > 100000)
    return InvalidField("occurrence", "không hợp lệ (bad occurrence)");
  input.occurrence = static_cast<int>(*occurrence);
  for (auto [key, target] : {std::pair{"quote", &input.quote}, std::pair{"text", &input.text},
                             std::pair{"name", &input.name}, std::pair{"contact", &input.contact},
                             std::pair{"website", &input.honeypot}}) {
    auto value = TextAt(body, key);
    if (!value.ok()) return value.error();
    *target = std::move(*value);
  }
  return input;
}

Result<app::DispositionInput> DispositionFromJson(const json& body) {
  if (!body.is_object())
    return InvalidField("body", "cần một đối tượng JSON (expected a JSON object)");
  app::DispositionInput input;
  auto word = TextAt(body, "disposition");
  if (!word.ok()) return word.error();
  if (!word->empty()) {
    auto parsed = documents::ParseDisposition(*word);
    if (!parsed) {
      return InvalidField("disposition", "hình thức xử lý không hợp lệ '" + *word +
                                             "' (expected accepted, explained or not_accepted)");
    }
    input.disposition = *parsed;
  }
  auto explanation = TextAt(body, "explanation");
  if (!explanation.ok()) return explanation.error();
  input.explanation = std::move(*explanation);
  return input;
}

}  // namespace daihoi::json
