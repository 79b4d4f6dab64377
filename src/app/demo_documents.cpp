// Use case: the demo's draft documents (app/documents.h, LoadDocumentsDemo): Ba Đình's political
// report for its congress XXVI (2020-2025), published to the public and to the wards of Quán
// Thánh, Ngọc Hà and Đội Cấn from 1/4 to 30/4/2020, with comments from citizens (some waiting
// for moderation), ward meetings with the number of members who agreed, a former leader, and
// copies of one opinion; the synthesis is built and two groups have a disposition.
#include <array>
#include <string_view>

#include "app/accounts.h"
#include "app/documents.h"

namespace daihoi::app {
namespace {

const Actor actor = Actor::CommandLine("demo");

constexpr std::string_view kDraft = R"md(# I. BỐI CẢNH VÀ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XXV

Nhiệm kỳ 2015-2020, Đảng bộ quận Ba Đình thực hiện Nghị quyết Đại hội XXV trong bối cảnh có nhiều thuận lợi, song cũng không ít khó khăn, thách thức. Được sự quan tâm lãnh đạo của Thành ủy, sự đồng thuận của nhân dân, các mục tiêu, chỉ tiêu chủ yếu của nhiệm kỳ cơ bản đạt và vượt.

Tổng thu ngân sách trên địa bàn 5 năm đạt 128.500 tỷ đồng, bằng 112% kế hoạch; tốc độ tăng trưởng giá trị sản xuất các ngành thương mại, dịch vụ bình quân 8,2% mỗi năm.

# II. PHÁT TRIỂN KINH TẾ VÀ QUẢN LÝ ĐÔ THỊ

Công tác quy hoạch, quản lý đô thị có chuyển biến; hoàn thành cải tạo 14 tuyến phố, chỉnh trang vỉa hè và hệ thống chiếu sáng trên địa bàn các phường.

Tuy nhiên, công tác quản lý trật tự xây dựng ở một số phường còn hạn chế; tình trạng lấn chiếm vỉa hè, lòng đường chưa được giải quyết dứt điểm.

# III. VĂN HÓA, XÃ HỘI, GIÁO DỤC VÀ Y TẾ

Chất lượng giáo dục được nâng lên, 100% trường công lập đạt chuẩn quốc gia. Công tác chăm sóc sức khỏe nhân dân, bảo đảm an sinh xã hội được quan tâm.

Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được triển khai sâu rộng, tỷ lệ gia đình văn hóa đạt 90%.

# IV. QUỐC PHÒNG, AN NINH VÀ TRẬT TỰ AN TOÀN XÃ HỘI

Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn có nhiều cơ quan Trung ương, đại sứ quán và các sự kiện chính trị quan trọng.

# V. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ

Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức được chú trọng; kết nạp 1.265 đảng viên mới. Công tác kiểm tra, giám sát được tăng cường.

# VI. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM

Một số chỉ tiêu về phát triển không gian xanh, bãi đỗ xe chưa đạt; cải cách hành chính ở một số đơn vị còn chậm.

# VII. MỤC TIÊU VÀ CHỈ TIÊU NHIỆM KỲ 2020-2025

Xây dựng quận Ba Đình văn minh, hiện đại, xứng đáng là trung tâm chính trị - hành chính quốc gia. Tốc độ tăng trưởng thương mại, dịch vụ bình quân 8-8,5% mỗi năm.

# VIII. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan, đơn vị; nâng cao chất lượng phục vụ người dân và doanh nghiệp.

Tập trung chỉnh trang đô thị, phát triển hạ tầng giao thông tĩnh, không gian xanh và bảo tồn các di tích lịch sử, văn hóa.
)md";

using documents::CommentSource;

struct DemoComment {
  int section;
  std::string_view text;
  CommentSource source;
  std::string_view unit;  // for a unit
  int agreed;             // members who agreed at the ward's meeting
  std::string_view name;
};

// Ward meetings, a former leader and citizens' letters entered by the subcommittee.
constexpr std::array<DemoComment, 24> kComments = {{
    {2, "Đề nghị bổ sung chỉ tiêu về bãi đỗ xe ngầm tại các phường trung tâm.",
     CommentSource::kUnit, "BADINH-QUANTHANH", 38, ""},
    {2, "Cần đánh giá rõ hơn nguyên nhân của hạn chế trong quản lý trật tự xây dựng.",
     CommentSource::kUnit, "BADINH-QUANTHANH", 41, ""},
    {8, "Đề nghị bổ sung giải pháp chuyển đổi số trong cải cách hành chính ở cấp phường.",
     CommentSource::kUnit, "BADINH-QUANTHANH", 40, ""},
    {2, "Đề nghị bổ sung chỉ tiêu về bãi đỗ xe ngầm tại các phường trung tâm", CommentSource::kUnit,
     "BADINH-NGOCHA", 52, ""},
    {3, "Cần có giải pháp cụ thể để giảm sĩ số học sinh trong các trường tiểu học.",
     CommentSource::kUnit, "BADINH-NGOCHA", 47, ""},
    {5, "Đề nghị làm rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII ở chi bộ khu dân cư.",
     CommentSource::kUnit, "BADINH-NGOCHA", 45, ""},
    {2, "Cần đánh giá rõ hơn nguyên nhân hạn chế trong quản lý trật tự xây dựng ở các phường.",
     CommentSource::kUnit, "BADINH-DOICAN", 33, ""},
    {7, "Chỉ tiêu tăng trưởng thương mại, dịch vụ 8-8,5% là phù hợp với thực tế của quận.",
     CommentSource::kUnit, "BADINH-DOICAN", 35, ""},
    {6, "Cần nêu rõ trách nhiệm của người đứng đầu trong những hạn chế đã chỉ ra.",
     CommentSource::kUnit, "BADINH-DOICAN", 30, ""},
    {8,
     "Đề nghị ưu tiên bảo tồn, tôn tạo các di tích trên tuyến phố Phan Đình Phùng và Hoàng Diệu.",
     CommentSource::kFormerLeader, "", 0, "Nguyễn Văn Bình"},
    {4, "Báo cáo nên đánh giá thêm công tác phối hợp bảo đảm an ninh cho các sự kiện đối ngoại.",
     CommentSource::kFormerLeader, "", 0, "Trần Thị Thu"},
    {2,
     "Đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
     "tuyến phố.",
     CommentSource::kCitizen, "", 0, "Lê Văn Hùng"},
    {2,
     "Đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
     "tuyến phố",
     CommentSource::kCitizen, "", 0, "Phạm Thị Lan"},
    {2,
     "Đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
     "tuyến phố!",
     CommentSource::kCitizen, "", 0, ""},
    {2,
     "Tôi đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên "
     "các tuyến phố.",
     CommentSource::kCitizen, "", 0, "Hoàng Minh Tuấn"},
    {2,
     "đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
     "tuyến phố ạ.",
     CommentSource::kCitizen, "", 0, ""},
    {2,
     "Đề nghị Quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
     "tuyến phố.",
     CommentSource::kCitizen, "", 0, "Đỗ Thị Hà"},
    {3, "Cần bổ sung chỉ tiêu về số bác sĩ trên một vạn dân và trạm y tế phường đạt chuẩn.",
     CommentSource::kCitizen, "", 0, "Vũ Đức Thắng"},
    {3, "Cần bổ sung chỉ tiêu về số bác sĩ trên một vạn dân và trạm y tế phường đạt chuẩn",
     CommentSource::kCitizen, "", 0, ""},
    {7, "Nên có chỉ tiêu về diện tích cây xanh bình quân đầu người đến năm 2025.",
     CommentSource::kCitizen, "", 0, "Ngô Thị Mai"},
    {7, "Nên có chỉ tiêu về diện tích cây xanh bình quân đầu người đến năm 2025",
     CommentSource::kCitizen, "", 0, ""},
    {8,
     "Cần đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4 để người dân không phải đi lại nhiều lần.",
     CommentSource::kCitizen, "", 0, "Bùi Văn Nam"},
    {1, "Báo cáo viết ngắn gọn, dễ hiểu; nên có thêm bảng số liệu so sánh với nhiệm kỳ trước.",
     CommentSource::kCitizen, "", 0, "Đinh Thị Thanh"},
    {4, "Cần tăng cường tuần tra, xử lý vi phạm trật tự an toàn giao thông vào giờ cao điểm.",
     CommentSource::kCitizen, "", 0, ""},
}};

// Citizens on the public page, left pending for the moderation queue (ten more copies of the
// sidewalk opinion come as a second batch of letters).
constexpr std::array<std::string_view, 6> kPending = {
    "Đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
    "tuyến phố.",
    "Cần có thêm nhà vệ sinh công cộng quanh hồ Ngọc Khánh và hồ Thành Công.",
    "Đề nghị sớm hoàn thành cải tạo các khu tập thể cũ Ngọc Khánh, Giảng Võ.",
    "Mua bán sim số đẹp giá rẻ, liên hệ ngay!",
    "Cần bổ sung chỉ tiêu về số bác sĩ trên một vạn dân và trạm y tế phường đạt chuẩn.",
    "Đề nghị mở rộng giờ làm việc của bộ phận một cửa vào sáng thứ Bảy.",
};

int64_t AprilMs(int day, int hour) {
  return (Date::FromYmd(2020, 4, day)->days() * 86400 + hour * 3600) * 1000;
}

}  // namespace

Status LoadDocumentsDemo(Store& store) {
  auto badinh = store.FindOrganization("BADINH");
  if (!badinh.ok()) return badinh.error();
  if (!*badinh) return {};
  for (const char* ward : {"BADINH-QUANTHANH", "BADINH-NGOCHA", "BADINH-DOICAN"}) {
    auto found = store.FindOrganization(ward);
    if (!found.ok()) return found.error();
    if (!*found) return {};
  }
  auto existing = DocumentsOf(store).Documents("BADINH", "2020-2025");
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) return {};

  auto content = documents::ParseMarkdown(kDraft);
  if (!content.ok()) return content.error();
  DraftInput draft;
  draft.org_code = "BADINH";
  draft.term = "2020-2025";
  draft.kind = documents::DocumentKind::kPoliticalReport;
  draft.title =
      "Báo cáo chính trị của Ban Chấp hành Đảng bộ quận Ba Đình khóa XXV trình Đại hội đại biểu "
      "lần thứ XXVI, nhiệm kỳ 2020-2025";
  draft.change_log = "Dự thảo lần thứ nhất, xin ý kiến nhân dân và các đảng bộ phường.";
  draft.source_name = "bao-cao-chinh-tri-du-thao.md";
  draft.content = *content;
  auto ref = SaveDraft(store, actor, draft);
  if (!ref.ok()) return ref.error();
  PublicationInput publication;
  publication.is_public = true;
  publication.units = {"BADINH-QUANTHANH", "BADINH-NGOCHA", "BADINH-DOICAN"};
  publication.open = Date::FromYmd(2020, 4, 1);
  publication.close = Date::FromYmd(2020, 4, 30);
  if (Status s = PublishDraft(store, actor, ref->version_id, publication); !s) return s;

  std::vector<CommentInput> rows;
  for (const DemoComment& c : kComments) {
    CommentInput row;
    row.version_id = ref->version_id;
    row.section_ordinal = c.section;
    row.text = std::string(c.text);
    row.source = c.source;
    row.org_code = std::string(c.unit);
    row.on_behalf_of_meeting = c.agreed > 0;
    row.agreed_members = c.agreed;
    row.citizen_name = std::string(c.name);
    rows.push_back(std::move(row));
  }
  // One ward meeting quoted the text it comments on.
  rows[1].quote = "quản lý trật tự xây dựng";
  auto imported = ImportComments(store, FixedClock(AprilMs(20, 3)), actor, rows, "gop-y.csv");
  if (!imported.ok()) return imported.error();
  std::vector<CommentInput> letters;
  for (int i = 0; i < 10; ++i) {
    CommentInput letter = rows[11];
    letter.citizen_name.clear();
    letters.push_back(letter);
  }
  auto more = ImportComments(store, FixedClock(AprilMs(24, 2)), actor, letters, "thu-gop-y.csv");
  if (!more.ok()) return more.error();

  for (size_t i = 0; i < kPending.size(); ++i) {
    PublicCommentInput input;
    input.version_id = ref->version_id;
    input.section_ordinal = i == 0 ? 2 : (i == 4 ? 3 : 8);
    input.text = std::string(kPending[i]);
    input.client_address = "192.0.2." + std::to_string(10 + i);
    auto id = AddPublicComment(store, FixedClock(AprilMs(25 + static_cast<int>(i % 5), 4)), input);
    if (!id.ok()) return id.error();
  }

  auto synthesis = BuildSynthesis(store, actor, ref->version_id);
  if (!synthesis.ok()) return synthesis.error();
  for (const GroupView& group : synthesis->groups) {
    DispositionInput input;
    input.target = DispositionInput::Target::kGroup;
    input.id = group.group.id;
    if (group.group.section_ordinal == 2 && group.group.size >= 10) {
      input.disposition = documents::Disposition::kAccepted;
      input.explanation = "Đã bổ sung vào phần Nhiệm vụ và giải pháp (mục VIII).";
    } else if (group.group.section_ordinal == 7 && group.group.size == 2) {
      input.disposition = documents::Disposition::kExplained;
      input.explanation =
          "Chỉ tiêu về cây xanh được cụ thể hóa trong Chương trình hành động thực hiện Nghị quyết.";
    } else {
      continue;
    }
    if (Status s = SetDisposition(store, actor, input); !s) return s;
  }
  return {};
}

}  // namespace daihoi::app
