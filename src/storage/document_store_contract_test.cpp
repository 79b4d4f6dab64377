// app::DocumentStore behaves alike on both engines: documents and versions with their text,
// publications, comments (one and in bulk), filters, moderation, groups and dispositions.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/ports/document_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using documents::CommentSource;
using documents::CommentStatus;
using documents::Disposition;

class DocumentContract : public StoreContract {
 protected:
  app::DocumentStore& docs() { return app::DocumentsOf(*store_); }

  documents::Content Text() {
    documents::Content content;
    content.sections.push_back(
        {0,
         "I. KẾT QUẢ",
         1,
         {{0, "", "Kinh tế tăng trưởng khá."}, {0, "", "Văn hóa phát triển."}}});
    content.sections.push_back({0, "II. PHƯƠNG HƯỚNG", 1, {{0, "", "Xây dựng quận văn minh."}}});
    return documents::Numbered(content);
  }

  // A document of BD 2020-2025 with version 1; returns the version's id.
  int64_t NewVersion() {
    LoadHanoi();
    app::DocumentRecord document;
    document.org_code = "BD";
    document.term = "2020-2025";
    document.title = "Báo cáo chính trị";
    auto id = docs().CreateDocument(document);
    EXPECT_TRUE(id.ok()) << id.error().message;
    document_id_ = id.ok() ? *id : 0;
    app::VersionRecord version;
    version.document_id = document_id_;
    version.created_by = "cli:test";
    auto version_id = docs().AddVersion(version, Text(), {}, {});
    EXPECT_TRUE(version_id.ok()) << version_id.error().message;
    return version_id.ok() ? *version_id : 0;
  }

  app::CommentRecord Comment(int64_t version_id, int section, std::string text) {
    app::CommentRecord c;
    c.version_id = version_id;
    c.anchor.section_ordinal = section;
    c.text = std::move(text);
    c.source = CommentSource::kCitizen;
    c.status = CommentStatus::kShown;
    return c;
  }

  int64_t document_id_ = 0;
};

TEST_P(DocumentContract, DocumentsVersionsAndText) {
  const int64_t v1 = NewVersion();
  auto found = docs().FindDocument(document_id_);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->org_code, "BD");
  EXPECT_EQ((*found)->kind, documents::DocumentKind::kPoliticalReport);
  EXPECT_FALSE((*found)->created_at.empty());
  auto listed = docs().Documents("BD", "");
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 1u);
  EXPECT_TRUE(docs().Documents("BD", "2015-2020")->empty());
  EXPECT_EQ(docs().Documents("NOPE", "").error().code, ErrorCode::kNotFound);

  auto content = docs().VersionContent(v1);
  ASSERT_TRUE(content.ok());
  ASSERT_EQ(content->sections.size(), 2u);
  EXPECT_EQ(content->sections[0].heading, "I. KẾT QUẢ");
  EXPECT_EQ(content->sections[0].paragraphs[1].key, "1.2");
  EXPECT_EQ(content->sections[0].paragraphs[1].text, "Văn hóa phát triển.");

  auto c1 = docs().AddComment(Comment(v1, 1, "Ý kiến một"));
  ASSERT_TRUE(c1.ok()) << c1.error().message;
  app::VersionRecord next;
  next.document_id = document_id_;
  next.change_log = "Bổ sung phần II";
  auto v2 = docs().AddVersion(next, Text(), {*c1}, {77});
  ASSERT_TRUE(v2.ok()) << v2.error().message;
  auto version = docs().FindVersion(*v2);
  ASSERT_TRUE(version.ok() && *version);
  EXPECT_EQ((*version)->number, 2);
  EXPECT_EQ((*version)->status, documents::VersionStatus::kDraft);
  EXPECT_EQ((*version)->sections, 2);
  EXPECT_EQ((*version)->paragraphs, 3);
  EXPECT_EQ(*docs().TakenInComments(*v2), std::vector<int64_t>{*c1});
  EXPECT_EQ(*docs().TakenInGroups(*v2), std::vector<int64_t>{77});
  EXPECT_EQ(docs().Versions(document_id_)->size(), 2u);

  documents::Content shorter = Text();
  shorter.sections.pop_back();
  ASSERT_TRUE(docs().ReplaceContent(*v2, shorter, "Bỏ phần II").ok());
  EXPECT_EQ(docs().VersionContent(*v2)->sections.size(), 1u);
  EXPECT_EQ((*docs().FindVersion(*v2))->change_log, "Bỏ phần II");
  EXPECT_EQ(docs().ReplaceContent(9999, shorter, "").error().code, ErrorCode::kNotFound);
  app::VersionRecord orphan;
  orphan.document_id = 9999;
  EXPECT_EQ(docs().AddVersion(orphan, Text(), {}, {}).error().code, ErrorCode::kNotFound);
}

TEST_P(DocumentContract, PublishSupersedesAndListsPublic) {
  const int64_t v1 = NewVersion();
  app::PublicationRecord publication;
  publication.version_id = v1;
  publication.is_public = true;
  publication.units = {"BD-QT", "BD-KM", "BD-QT"};
  publication.open = *Date::Parse("2020-04-01");
  publication.close = *Date::Parse("2020-04-30");
  publication.published_by = "cli:test";
  ASSERT_TRUE(docs().Publish(publication).ok());
  auto found = docs().FindPublication(v1);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_TRUE((*found)->is_public);
  EXPECT_EQ((*found)->units, (std::vector<std::string>{"BD-KM", "BD-QT"}));
  EXPECT_EQ((*found)->open.ToIso(), "2020-04-01");
  EXPECT_EQ((*found)->close.ToIso(), "2020-04-30");
  EXPECT_EQ(docs().PublicPublications(*Date::Parse("2020-04-30"))->size(), 1u);
  EXPECT_TRUE(docs().PublicPublications(*Date::Parse("2020-05-01"))->empty());

  app::VersionRecord next;
  next.document_id = document_id_;
  auto v2 = docs().AddVersion(next, Text(), {}, {});
  ASSERT_TRUE(v2.ok());
  publication.version_id = *v2;
  publication.units = {};
  ASSERT_TRUE(docs().Publish(publication).ok());
  EXPECT_EQ((*docs().FindVersion(v1))->status, documents::VersionStatus::kSuperseded);
  EXPECT_EQ((*docs().FindVersion(*v2))->status, documents::VersionStatus::kPublished);
  auto open = docs().PublicPublications(*Date::Parse("2020-04-15"));
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ(open->front().version_id, *v2);
  publication.units = {"NOPE"};
  EXPECT_EQ(docs().Publish(publication).error().field, "units");
  EXPECT_TRUE((*docs().FindPublication(*v2))->units.empty());  // nothing half-written
}

TEST_P(DocumentContract, CommentsFiltersModerationAndRateCounts) {
  const int64_t v1 = NewVersion();
  app::CommentRecord unit = Comment(v1, 2, "Đề nghị bổ sung chỉ tiêu");
  unit.source = CommentSource::kUnit;
  unit.org_code = "BD-QT";
  unit.on_behalf_of_meeting = true;
  unit.agreed_members = 35;
  unit.anchor.quote = "quận văn minh";
  unit.anchor.paragraph_key = "2.1";
  unit.anchor.before = "Xây dựng";
  unit.anchor.section_heading = "II. PHƯƠNG HƯỚNG";
  auto unit_id = docs().AddComment(unit);
  ASSERT_TRUE(unit_id.ok()) << unit_id.error().message;
  app::CommentRecord citizen = Comment(v1, 1, "Ý KIẾN của người dân");
  citizen.status = CommentStatus::kPending;
  citizen.citizen_name = "Nguyễn Văn An";
  citizen.citizen_contact = "0912345678";
  citizen.client_hash = "abc";
  citizen.created_by = "public";
  citizen.created_at = "2020-04-02T08:00:00.000Z";
  auto citizen_id = docs().AddComment(citizen);
  ASSERT_TRUE(citizen_id.ok());

  auto read = docs().FindComment(*unit_id);
  ASSERT_TRUE(read.ok() && *read);
  EXPECT_EQ((*read)->org_code, "BD-QT");
  EXPECT_TRUE((*read)->on_behalf_of_meeting);
  EXPECT_EQ((*read)->agreed_members, 35);
  EXPECT_EQ((*read)->anchor.quote, "quận văn minh");
  EXPECT_EQ((*read)->anchor.paragraph_key, "2.1");
  EXPECT_EQ((*read)->anchor.section_heading, "II. PHƯƠNG HƯỚNG");
  EXPECT_EQ((*read)->status, CommentStatus::kShown);
  EXPECT_FALSE((*read)->created_at.empty());
  EXPECT_FALSE((*read)->disposition);
  EXPECT_EQ((*docs().FindComment(*citizen_id))->citizen_contact, "0912345678");

  app::CommentFilter filter;
  filter.version_id = v1;
  EXPECT_EQ(docs().Comments(filter)->total, 2);
  filter.status = CommentStatus::kPending;
  EXPECT_EQ(docs().Comments(filter)->items.at(0).id, *citizen_id);
  filter.status.reset();
  filter.org_code = "BD-QT";
  EXPECT_EQ(docs().Comments(filter)->total, 1);
  filter.org_code.clear();
  filter.text = "người dân";
  EXPECT_EQ(docs().Comments(filter)->total, 1);
  filter.text.clear();
  filter.limit = 1;
  filter.offset = 1;
  auto page = docs().Comments(filter);
  EXPECT_EQ(page->total, 2);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, *citizen_id);

  EXPECT_EQ(*docs().CountCommentsFrom("abc", "2020-04-02T00:00:00.000Z"), 1);
  EXPECT_EQ(*docs().CountCommentsFrom("abc", "2020-04-03T00:00:00.000Z"), 0);
  EXPECT_EQ(*docs().CountCommentsFrom("", "2000-01-01"), 0);

  ASSERT_TRUE(docs().SetCommentStatus(*citizen_id, CommentStatus::kHidden, "Quảng cáo").ok());
  EXPECT_EQ((*docs().FindComment(*citizen_id))->hide_reason, "Quảng cáo");
  EXPECT_EQ(*docs().StatusCounts(v1), (std::vector<int64_t>{0, 1, 1}));
  EXPECT_EQ(*docs().ShownPerSection(v1), (std::vector<std::pair<int, int64_t>>{{2, 1}}));
  EXPECT_EQ(docs().SetCommentStatus(999999, CommentStatus::kShown, "").error().code,
            ErrorCode::kNotFound);

  app::CommentRecord bad_unit = unit;
  bad_unit.org_code = "NOPE";
  EXPECT_EQ(docs().AddComment(bad_unit).error().code, ErrorCode::kNotFound);
}

TEST_P(DocumentContract, BulkCommentsGroupsAndDispositions) {
  const int64_t v1 = NewVersion();
  std::vector<app::CommentRecord> batch;
  for (int i = 0; i < 450; ++i) {  // more than two full batches
    app::CommentRecord c = Comment(v1, 1 + i % 2, "Ý kiến số " + std::to_string(i));
    if (i % 3 == 0) {
      c.source = CommentSource::kUnit;
      c.org_code = i % 2 == 0 ? "BD-QT" : "BD-KM";
      c.agreed_members = 10;
    }
    batch.push_back(c);
  }
  auto stored = docs().AddComments(batch);
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(*stored, 450);
  batch.back().org_code = "NOPE";
  batch.back().source = CommentSource::kUnit;
  EXPECT_FALSE(docs().AddComments(batch).ok());
  app::CommentFilter all;
  all.version_id = v1;
  all.limit = 0;
  auto comments = docs().Comments(all);
  ASSERT_EQ(comments->items.size(), 450u);  // the failed batch wrote nothing
  EXPECT_EQ(comments->items[3].org_code, "BD-KM");

  auto rows = docs().SynthesisRows(v1, true);
  ASSERT_EQ(rows->size(), 450u);
  EXPECT_EQ(rows->at(0).text, "Ý kiến số 0");
  EXPECT_EQ(rows->at(0).org_code, "BD-QT");
  EXPECT_EQ(docs().SynthesisRows(v1, false)->at(0).text, "");

  // Groups: one of 300 members, the rest one each.
  std::vector<app::NewCommentGroup> groups(1);
  groups[0].section_ordinal = 1;
  groups[0].representative_id = comments->items[0].id;
  groups[0].agreed_members = 99;
  groups[0].disposition =
      app::DispositionRecord{Disposition::kExplained, "Đã có trong phần I", "cli:test", ""};
  for (int i = 0; i < 300; ++i) groups[0].members.push_back(comments->items[i].id);
  for (int i = 300; i < 450; ++i) {
    app::NewCommentGroup single;
    single.section_ordinal = 2;
    single.representative_id = comments->items[i].id;
    single.members = {comments->items[i].id};
    groups.push_back(single);
  }
  ASSERT_TRUE(docs().ReplaceGroups(v1, groups).ok());
  auto stored_groups = docs().Groups(v1);
  ASSERT_EQ(stored_groups->size(), 151u);
  const app::CommentGroupRecord& big = stored_groups->front();
  EXPECT_EQ(big.size, 300);
  EXPECT_EQ(big.agreed_members, 99);
  EXPECT_EQ(big.representative_text, "Ý kiến số 0");
  ASSERT_TRUE(big.disposition);
  EXPECT_EQ(big.disposition->disposition, Disposition::kExplained);
  EXPECT_EQ((*docs().FindComment(comments->items[5].id))->group_id, big.id);
  app::CommentFilter members;
  members.version_id = v1;
  members.group_id = big.id;
  EXPECT_EQ(docs().Comments(members)->total, 300);

  // Dispositions: a member's own overrides the group's in SynthesisRows.
  ASSERT_TRUE(
      docs()
          .SetCommentDisposition(comments->items[1].id,
                                 app::DispositionRecord{Disposition::kAccepted, "", "cli:test", ""})
          .ok());
  rows = docs().SynthesisRows(v1, false);
  EXPECT_EQ(rows->at(0).group, Disposition::kExplained);
  EXPECT_FALSE(rows->at(0).own);
  EXPECT_EQ(rows->at(1).own, Disposition::kAccepted);
  EXPECT_FALSE((*docs().FindComment(comments->items[1].id))->disposition->decided_at.empty());
  ASSERT_TRUE(docs().SetCommentDisposition(comments->items[1].id, std::nullopt).ok());
  EXPECT_FALSE((*docs().FindComment(comments->items[1].id))->disposition);
  ASSERT_TRUE(docs().SetGroupDisposition(big.id, std::nullopt).ok());
  EXPECT_FALSE((*docs().FindGroup(big.id))->disposition);
  EXPECT_EQ(docs().SetGroupDisposition(999999, std::nullopt).error().code, ErrorCode::kNotFound);

  // Rebuilding replaces every group; a member from another version is refused, all or nothing.
  const int64_t other_version = [&] {
    app::VersionRecord next;
    next.document_id = document_id_;
    return *docs().AddVersion(next, Text(), {}, {});
  }();
  auto foreign = docs().AddComment(Comment(other_version, 1, "Khác"));
  std::vector<app::NewCommentGroup> bad = {{1, *foreign, {*foreign}, 0, std::nullopt}};
  EXPECT_EQ(docs().ReplaceGroups(v1, bad).error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(docs().Groups(v1)->size(), 151u);
  ASSERT_TRUE(docs().ReplaceGroups(v1, {}).ok());
  EXPECT_TRUE(docs().Groups(v1)->empty());
  EXPECT_FALSE((*docs().FindComment(comments->items[5].id))->group_id);
}

INSTANTIATE_TEST_SUITE_P(Engines, DocumentContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
