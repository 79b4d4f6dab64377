// The document use cases (app/documents.h) on a real SQLite store: drafts, publishing, the
// public page with its abuse controls, units' comments, moderation, synthesis, dispositions,
// a next version that takes comments in, imports; authorization inside and outside scope and
// an observer; one audit record per write.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/audit.h"
#include "app/documents.h"
#include "storage/open.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::app {
namespace {

using access::Grant;
using access::Role;
using documents::CommentSource;
using documents::CommentStatus;
using documents::Disposition;

int64_t Ms(const char* iso_day, int hour = 3) {
  return (Date::Parse(iso_day)->days() * 86400 + hour * 3600) * 1000;
}

class DocumentsUseCase : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("daihoi_documents_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    auto opened = storage::OpenStore("sqlite:" + (dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->UpsertOrganizations(storage::Hanoi()).ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  int64_t AuditRecords() { return VerifyAudit(*store_)->records; }

  documents::Content Text() {
    return *documents::ParseMarkdown(
        "# I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n\nKinh tế của quận tăng trưởng khá, bình quân 7,5% "
        "mỗi năm.\n\n# II. PHƯƠNG HƯỚNG\n\nXây dựng quận Ba Đình văn minh, hiện đại.\n");
  }

  DraftRef Draft() {
    DraftInput input;
    input.org_code = "BD";
    input.term = "2020-2025";
    input.title = "Báo cáo chính trị";
    input.content = Text();
    auto ref = SaveDraft(*store_, board_, input);
    EXPECT_TRUE(ref.ok()) << ref.error().message;
    return ref.ok() ? *ref : DraftRef{};
  }

  // Published to the public and to Quán Thánh, 1/4–30/4/2020.
  DraftRef Published() {
    DraftRef ref = Draft();
    PublicationInput publication;
    publication.is_public = true;
    publication.units = {"BD-QT"};
    publication.open = Date::Parse("2020-04-01");
    publication.close = Date::Parse("2020-04-30");
    Status s = PublishDraft(*store_, board_, ref.version_id, publication);
    EXPECT_TRUE(s.ok()) << s.error().message;
    return ref;
  }

  PublicCommentInput Citizen(int64_t version_id, std::string text) {
    PublicCommentInput input;
    input.version_id = version_id;
    input.section_ordinal = 2;
    input.text = std::move(text);
    input.name = "Trần Thị Bình";
    input.contact = "0987654321";
    input.client_address = "203.0.113.7";
    return input;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  Actor admin_{"admin", {Grant{Role::kAdministrator, "", ""}}};
  Actor board_{"bd.board", {Grant{Role::kOrganizationBoard, "BD", ""}}};
  Actor clerk_{"qt.clerk", {Grant{Role::kUnitClerk, "BD-QT", ""}}};
  Actor other_clerk_{"km.clerk", {Grant{Role::kUnitClerk, "BD-KM", ""}}};
  Actor outsider_{"hk.board", {Grant{Role::kOrganizationBoard, "HK", ""}}};
  Actor observer_{"hn.observer", {Grant{Role::kObserver, "HN", ""}}};
  FixedClock april_{Ms("2020-04-10")};
};

TEST_F(DocumentsUseCase, DraftsAreThePlanningBoardsAndAudited) {
  const int64_t before = AuditRecords();
  const DraftRef ref = Draft();
  EXPECT_EQ(ref.number, 1);
  EXPECT_EQ(AuditRecords(), before + 1);

  DraftInput input;
  input.org_code = "BD";
  input.term = "2020-2025";
  input.title = "Báo cáo kiểm điểm";
  input.content = Text();
  EXPECT_EQ(SaveDraft(*store_, clerk_, input).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(SaveDraft(*store_, outsider_, input).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(SaveDraft(*store_, observer_, input).error().code, ErrorCode::kForbidden);
  input.title = "";
  EXPECT_EQ(SaveDraft(*store_, board_, input).error().field, "title");
  input.title = "Báo cáo kiểm điểm";
  input.content = {};
  EXPECT_EQ(SaveDraft(*store_, board_, input).error().field, "content");
  EXPECT_EQ(AuditRecords(), before + 1);  // refusals write nothing

  // The observer of Hà Nội reads; a unit's clerk does not until the draft is sent to it.
  EXPECT_TRUE(ShowDraft(*store_, observer_, ref.version_id).ok());
  EXPECT_EQ(ShowDraft(*store_, clerk_, ref.version_id).error().code, ErrorCode::kForbidden);
  auto listed = ListDocuments(*store_, observer_, "BD", "2020-2025");
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().versions.front().paragraphs, 2);

  documents::Content edited = Text();
  edited.sections[1].paragraphs[0].text += " Phát triển kinh tế số.";
  ASSERT_TRUE(EditDraft(*store_, board_, ref.version_id, edited, "Sửa phần II").ok());
  EXPECT_EQ(ShowDraft(*store_, board_, ref.version_id)->version.change_log, "Sửa phần II");

  PublicationInput publication;
  publication.units = {"HK"};
  publication.open = Date::Parse("2020-04-01");
  publication.close = Date::Parse("2020-04-30");
  EXPECT_EQ(PublishDraft(*store_, board_, ref.version_id, publication).error().field, "units");
  publication.units = {"BD-QT"};
  publication.close = Date::Parse("2020-03-01");
  EXPECT_EQ(PublishDraft(*store_, board_, ref.version_id, publication).error().field, "close");
  publication.close = Date::Parse("2020-04-30");
  EXPECT_EQ(PublishDraft(*store_, outsider_, ref.version_id, publication).error().code,
            ErrorCode::kForbidden);
  ASSERT_TRUE(PublishDraft(*store_, board_, ref.version_id, publication).ok());
  EXPECT_TRUE(ShowDraft(*store_, clerk_, ref.version_id).ok());  // sent to Quán Thánh
  EXPECT_EQ(ShowDraft(*store_, other_clerk_, ref.version_id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(EditDraft(*store_, board_, ref.version_id, edited, "").error().code,
            ErrorCode::kConflict);
}

TEST_F(DocumentsUseCase, PublicPageOnlyWhileOpenWithAbuseControls) {
  const DraftRef ref = Published();
  auto listed = ListPublicDrafts(*store_, april_);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().org_name, "Quận ủy Ba Đình");
  EXPECT_TRUE(ListPublicDrafts(*store_, FixedClock(Ms("2020-05-01")))->empty());
  // 30/4 at 23:00 in Hà Nội is still open (16:00 UTC).
  EXPECT_TRUE(ShowPublicDraft(*store_, FixedClock(Ms("2020-04-30", 16)), ref.version_id).ok());
  EXPECT_EQ(ShowPublicDraft(*store_, FixedClock(Ms("2020-04-30", 17)), ref.version_id).error().code,
            ErrorCode::kNotFound);

  const int64_t before = AuditRecords();
  PublicCommentInput bot = Citizen(ref.version_id, "Mua bán giá rẻ");
  bot.honeypot = "http://spam.example";
  EXPECT_EQ(AddPublicComment(*store_, april_, bot).error().field, "honeypot");
  EXPECT_EQ(AddPublicComment(*store_, april_, Citizen(ref.version_id, std::string(5001, 'a')))
                .error()
                .field,
            "text");
  EXPECT_EQ(AddPublicComment(*store_, april_, Citizen(ref.version_id, "  ")).error().field, "text");
  PublicCommentInput quoted = Citizen(ref.version_id, "Nên nói rõ hơn.");
  quoted.quote = "không có câu này";
  EXPECT_EQ(AddPublicComment(*store_, april_, quoted).error().field, "quote");
  quoted.quote = "văn minh, hiện đại";
  auto first = AddPublicComment(*store_, april_, quoted);
  ASSERT_TRUE(first.ok()) << first.error().message;
  for (int i = 0; i < 4; ++i) {
    ASSERT_TRUE(
        AddPublicComment(*store_, april_, Citizen(ref.version_id, "Ý kiến " + std::to_string(i)))
            .ok());
  }
  auto limited = AddPublicComment(*store_, april_, Citizen(ref.version_id, "Thêm một ý kiến"));
  EXPECT_EQ(limited.error().code, ErrorCode::kRuleViolation);
  PublicCommentInput elsewhere = Citizen(ref.version_id, "Từ máy khác");
  elsewhere.client_address = "198.51.100.2";
  EXPECT_TRUE(AddPublicComment(*store_, april_, elsewhere).ok());
  FixedClock later(Ms("2020-04-10") + 601 * 1000);
  EXPECT_TRUE(AddPublicComment(*store_, later, Citizen(ref.version_id, "Sau 10 phút")).ok());
  EXPECT_EQ(AuditRecords(), before + 7);

  auto stored = DocumentsOf(*store_).FindComment(*first);
  ASSERT_TRUE(stored.ok() && *stored);
  EXPECT_EQ((*stored)->status, CommentStatus::kPending);
  EXPECT_EQ((*stored)->created_by, "public");
  EXPECT_EQ((*stored)->anchor.paragraph_key, "2.1");
  EXPECT_EQ((*stored)->client_hash.size(), 64u);
  EXPECT_EQ((*stored)->client_hash.find("203.0"), std::string::npos);
  // Pending comments are not counted on the public page until shown.
  EXPECT_EQ(ShowPublicDraft(*store_, april_, ref.version_id)->comments_per_section[2], 0);
  ASSERT_TRUE(ModerateComment(*store_, board_, *first, CommentStatus::kShown, "").ok());
  EXPECT_EQ(ShowPublicDraft(*store_, april_, ref.version_id)->comments_per_section[2], 1);

  // A draft not published to the public is not found.
  const DraftRef unpublished = Draft();
  EXPECT_EQ(AddPublicComment(*store_, april_, Citizen(unpublished.version_id, "x")).error().code,
            ErrorCode::kNotFound);
}

TEST_F(DocumentsUseCase, UnitsCommentForThemselvesWhileOpen) {
  const DraftRef ref = Published();
  CommentInput meeting;
  meeting.version_id = ref.version_id;
  meeting.section_ordinal = 1;
  meeting.text = "Đề nghị bổ sung số liệu thu ngân sách.";
  meeting.source = CommentSource::kUnit;
  meeting.org_code = "BD-QT";
  meeting.on_behalf_of_meeting = true;
  meeting.agreed_members = 35;
  auto id = AddComment(*store_, april_, clerk_, meeting);
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_EQ((*DocumentsOf(*store_).FindComment(*id))->status, CommentStatus::kShown);

  CommentInput other = meeting;
  other.org_code = "BD-KM";
  EXPECT_EQ(AddComment(*store_, april_, clerk_, other).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(AddComment(*store_, april_, other_clerk_, other).error().field, "org_code");
  EXPECT_EQ(AddComment(*store_, FixedClock(Ms("2020-05-02")), clerk_, meeting).error().code,
            ErrorCode::kConflict);
  CommentInput negative = meeting;
  negative.agreed_members = -1;
  EXPECT_EQ(AddComment(*store_, april_, clerk_, negative).error().field, "agreed_members");
  CommentInput leader;
  leader.version_id = ref.version_id;
  leader.section_ordinal = 2;
  leader.text = "Cần nhấn mạnh bảo tồn di tích.";
  leader.source = CommentSource::kFormerLeader;
  leader.citizen_name = "Nguyễn Văn Cựu";
  leader.citizen_contact = "cuu@example.vn";
  EXPECT_EQ(AddComment(*store_, april_, clerk_, leader).error().code, ErrorCode::kForbidden);
  // The subcommittee enters it, even after the period.
  ASSERT_TRUE(AddComment(*store_, FixedClock(Ms("2020-05-05")), board_, leader).ok());

  CommentQuery query;
  query.version_id = ref.version_id;
  auto all = ListComments(*store_, board_, query);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 2);
  EXPECT_EQ(all->items[1].comment.citizen_contact, "cuu@example.vn");
  EXPECT_EQ(all->items[0].org_name, "Đảng bộ phường Quán Thánh");
  EXPECT_EQ(all->items[0].section_heading, "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT");
  auto observed = ListComments(*store_, observer_, query);
  ASSERT_TRUE(observed.ok());
  EXPECT_EQ(observed->items[1].comment.citizen_contact, "");
  EXPECT_FALSE(observed->items[1].contact_visible);
  auto own = ListComments(*store_, clerk_, query);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->total, 1);  // its unit's comments only
  EXPECT_EQ(ListComments(*store_, outsider_, query).error().code, ErrorCode::kForbidden);
}

TEST_F(DocumentsUseCase, ModerationSynthesisAndDispositions) {
  const DraftRef ref = Published();
  std::vector<int64_t> ids;
  const std::vector<std::string> texts = {
      "Đề nghị bổ sung chỉ tiêu về tỷ lệ hộ gia đình được dùng nước sạch.",
      "đề nghị bổ sung chỉ tiêu về tỷ lệ hộ gia đình được dùng nước sạch",
      "Tôi đề nghị bổ sung chỉ tiêu về tỷ lệ hộ gia đình được dùng nước sạch!",
      "Cần làm rõ nguyên nhân hạn chế trong quản lý trật tự xây dựng."};
  for (size_t i = 0; i < texts.size(); ++i) {
    PublicCommentInput input = Citizen(ref.version_id, texts[i]);
    input.client_address = "10.0.0." + std::to_string(i);
    auto id = AddPublicComment(*store_, april_, input);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ids.push_back(*id);
  }
  EXPECT_EQ(ModerateComment(*store_, board_, ids[3], CommentStatus::kHidden, " ").error().field,
            "reason");
  EXPECT_EQ(ModerateComment(*store_, observer_, ids[0], CommentStatus::kShown, "").error().code,
            ErrorCode::kForbidden);
  for (int64_t id : ids)
    ASSERT_TRUE(ModerateComment(*store_, board_, id, CommentStatus::kShown, "").ok());
  CommentInput unit;
  unit.version_id = ref.version_id;
  unit.section_ordinal = 2;
  unit.text = "Đề nghị bổ sung chỉ tiêu về tỷ lệ hộ gia đình được dùng nước sạch";
  unit.source = CommentSource::kUnit;
  unit.org_code = "BD-QT";
  unit.on_behalf_of_meeting = true;
  unit.agreed_members = 40;
  ASSERT_TRUE(AddComment(*store_, april_, clerk_, unit).ok());

  EXPECT_EQ(BuildSynthesis(*store_, clerk_, ref.version_id).error().code, ErrorCode::kForbidden);
  const int64_t before = AuditRecords();
  auto synthesis = BuildSynthesis(*store_, board_, ref.version_id);
  ASSERT_TRUE(synthesis.ok()) << synthesis.error().message;
  EXPECT_EQ(AuditRecords(), before + 1);
  ASSERT_EQ(synthesis->groups.size(), 2u);
  const GroupView& water = synthesis->groups[0];
  EXPECT_EQ(water.group.size, 4);
  EXPECT_EQ(water.group.agreed_members, 40);
  EXPECT_EQ(water.units, std::vector<std::string>{"BD-QT"});
  EXPECT_EQ(water.citizens, 3);
  EXPECT_EQ(water.section_heading, "II. PHƯƠNG HƯỚNG");
  EXPECT_EQ(synthesis->counts.comments, 5);
  EXPECT_EQ(synthesis->counts.per_unit.at(0).agreed_members, 40);
  EXPECT_EQ(synthesis->comments_grouped, 5);

  DispositionInput dispose;
  dispose.target = DispositionInput::Target::kGroup;
  dispose.id = water.group.id;
  dispose.disposition = Disposition::kExplained;
  EXPECT_EQ(SetDisposition(*store_, board_, dispose).error().field, "explanation");
  dispose.explanation = "Chỉ tiêu đã có trong Chương trình hành động.";
  ASSERT_TRUE(SetDisposition(*store_, board_, dispose).ok());
  DispositionInput own;
  own.id = ids[0];
  own.disposition = Disposition::kAccepted;
  ASSERT_TRUE(SetDisposition(*store_, board_, own).ok());
  EXPECT_EQ(SetDisposition(*store_, observer_, own).error().code, ErrorCode::kForbidden);

  SynthesisFilter undecided;
  undecided.disposition = "undecided";
  auto shown = ShowSynthesis(*store_, board_, ref.version_id, undecided);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->groups_total, 1);  // the group on building order
  const auto& section2 = shown->counts.per_section.back();
  EXPECT_EQ(section2.accepted, 1);   // its own disposition
  EXPECT_EQ(section2.explained, 3);  // the group's
  SynthesisFilter bad;
  bad.disposition = "maybe";
  EXPECT_EQ(ShowSynthesis(*store_, board_, ref.version_id, bad).error().field, "disposition");

  // Rebuilding keeps the group's disposition; a member's own stays too.
  auto rebuilt = BuildSynthesis(*store_, board_, ref.version_id);
  ASSERT_TRUE(rebuilt.ok());
  ASSERT_TRUE(rebuilt->groups[0].group.disposition);
  EXPECT_EQ(rebuilt->groups[0].group.disposition->disposition, Disposition::kExplained);
  CommentQuery query;
  query.version_id = ref.version_id;
  query.group_id = rebuilt->groups[0].group.id;
  auto members = ListComments(*store_, board_, query);
  ASSERT_EQ(members->total, 4);
  EXPECT_EQ(members->items[0].effective, Disposition::kAccepted);
  EXPECT_EQ(members->items[1].effective, Disposition::kExplained);
  EXPECT_EQ(members->items[1].effective_explanation,
            "Chỉ tiêu đã có trong Chương trình hành động.");

  // The next version takes the group in; the comments follow their text.
  DraftInput next;
  next.document_id = ref.document_id;
  next.change_log = "Tiếp thu ý kiến về nước sạch";
  next.content = *documents::ParseMarkdown(
      "# I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n\nKinh tế của quận tăng trưởng khá, bình quân 7,5% "
      "mỗi năm.\n\n# II. BÀI HỌC\n\nĐoàn kết.\n\n# III. PHƯƠNG HƯỚNG\n\nXây dựng quận Ba Đình "
      "văn minh, hiện đại. 100% hộ gia đình dùng nước sạch.\n");
  next.takes_in_groups = {rebuilt->groups[0].group.id};
  auto v2 = SaveDraft(*store_, board_, next);
  ASSERT_TRUE(v2.ok()) << v2.error().message;
  EXPECT_EQ(v2->number, 2);
  DraftInput foreign = next;
  foreign.takes_in_comments = {999999};
  EXPECT_EQ(SaveDraft(*store_, board_, foreign).error().field, "takes_in_comments");
  auto carried = CarryOverComments(*store_, board_, v2->version_id);
  ASSERT_TRUE(carried.ok());
  ASSERT_EQ(carried->size(), 5u);
  EXPECT_TRUE(carried->at(0).taken_in);
  EXPECT_EQ(carried->at(0).anchor.anchor.section_ordinal, 3);  // "II. PHƯƠNG HƯỚNG" → III
  EXPECT_EQ(carried->at(0).anchor.state, documents::AnchorState::kFuzzy);
  auto diff = DiffDrafts(*store_, observer_, ref.version_id, v2->version_id);
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff->sections_added, 1);
  EXPECT_EQ(diff->paragraphs_changed, 1);
}

TEST_F(DocumentsUseCase, ImportIsAllOrNothingAndNamesTheRow) {
  const DraftRef ref = Published();
  std::vector<CommentInput> rows(3);
  for (size_t i = 0; i < rows.size(); ++i) {
    rows[i].version_id = ref.version_id;
    rows[i].section_ordinal = 1;
    rows[i].text = "Ý kiến " + std::to_string(i);
    rows[i].source = CommentSource::kUnit;
    rows[i].org_code = "BD-QT";
  }
  rows[2].section_ordinal = 9;
  auto failed = ImportComments(*store_, april_, board_, rows, "gop-y.csv");
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().file, "gop-y.csv");
  EXPECT_EQ(failed.error().row, 4);
  EXPECT_EQ(failed.error().field, "section");
  CommentQuery query;
  query.version_id = ref.version_id;
  EXPECT_EQ(ListComments(*store_, board_, query)->total, 0);
  rows[2].section_ordinal = 2;
  EXPECT_EQ(ImportComments(*store_, april_, other_clerk_, rows, "gop-y.csv").error().row, 2);
  auto stored = ImportComments(*store_, april_, clerk_, rows, "gop-y.csv");
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(*stored, 3);
  EXPECT_EQ(ListComments(*store_, board_, query)->total, 3);
}

}  // namespace
}  // namespace daihoi::app
