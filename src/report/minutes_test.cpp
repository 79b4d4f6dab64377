// The vote-counting minutes read back as a person would (pdftotext -layout): the figures, the
// percentages of the R-THRESHOLD base with a decimal comma, the elected by votes, every signer,
// the chain head, and the annex listing every entry on pages of its own. The counts come from a
// real reconciliation and tally of hash-chained entries, not from figures typed into the test.
#include "report/minutes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "election/ballot_order.h"
#include "election/counting.h"
#include "election/tally.h"
#include "election/test_profile.h"
#include "report/pdf/pdf_text_test.h"

namespace daihoi::report {
namespace {

using election::Ballot;
using election::EnteredBallot;
using election::ExclusionReason;
using pdf::test::PdfText;
using pdf::test::Split;
using pdf::test::Squeeze;

// One clerk's entry as typed, before the store numbers and chains it.
struct Typed {
  std::string clerk;
  EnteredBallot entry;
};

EnteredBallot Struck(int64_t number, std::vector<int> struck) {
  EnteredBallot e;
  e.number = number;
  e.ballot.form = Ballot::Form::kStruck;
  e.ballot.struck = std::move(struck);
  return e;
}

EnteredBallot Retracted(int64_t number) {
  EnteredBallot e;
  e.number = number;
  e.retracted = true;
  return e;
}

// "2020-06-15T08:30:00.000Z" plus `seconds`.
std::string Utc(int seconds) {
  const int total = 8 * 3600 + 30 * 60 + seconds;
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  return "2020-06-15T" + two(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60) +
         ".000Z";
}

struct Case {
  app::CountView count;
  std::vector<app::BallotEntryRecord> entries;
  planning::Congress congress;
  org::Organization organization;
};

// Numbers, chains (app::EntryHash from the round's genesis), reconciles and tallies the typed
// entries as the counting use cases do; `seats` places among `names`, `convened` less
// `exclusions`, an election of `kind`.
Case Count(const std::vector<std::string>& names, int seats,
           const std::vector<std::string>& committee, const std::vector<Typed>& typed,
           int64_t convened, const std::vector<election::Exclusion>& exclusions, int64_t issued,
           election::ElectionKind kind = election::ElectionKind::kCommittee) {
  Case c;
  c.organization.code = "BADINH";
  c.organization.name = "Đảng bộ quận Ba Đình";
  c.organization.level = "district";
  c.organization.parent_code = "HANOI";
  c.congress.org_code = "BADINH";
  c.congress.term = "2020-2025";
  c.congress.ordinal = 26;
  c.congress.kind = planning::CongressKind::kDelegates;

  app::ElectionRecord& election = c.count.election;
  election.id = 7;
  election.org_code = "BADINH";
  election.term = "2020-2025";
  election.kind = kind;
  election.seats = seats;
  election.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
  election.profile = "party-2024";
  election.required_clerks = 2;
  election.counting_committee = committee;

  app::RoundRecord& round = c.count.round;
  round.id = 11;
  round.election_id = election.id;
  round.number = 1;
  round.seats = seats;
  // Stored in ballot order (R-ORDER), as LockList stores the list.
  std::vector<election::Candidate> listed;
  for (size_t k = 0; k < names.size(); ++k) {
    listed.push_back(
        {"c" + std::to_string(k + 1), names[k],
         Date::FromYmd(1965 + static_cast<int>(k % 20), 1 + static_cast<int>(k % 12), 1)});
  }
  for (int k : election::BallotOrder(listed, election::Party2024ForTest())) {
    round.candidates.push_back(static_cast<int>(c.count.candidates.size()));
    app::CandidateRecord candidate;
    candidate.id = listed[static_cast<size_t>(k)].id;
    candidate.full_name = listed[static_cast<size_t>(k)].name;
    candidate.birth_date = listed[static_cast<size_t>(k)].birth_date;
    c.count.candidates.push_back(candidate);
  }

  std::vector<election::ClerkLog> logs;
  std::string prev = app::GenesisHash(round.id);
  for (const Typed& t : typed) {
    app::BallotEntryRecord record;
    record.round_id = round.id;
    record.seq = static_cast<int64_t>(c.entries.size()) + 1;
    record.clerk = t.clerk;
    record.number = t.entry.number;
    record.payload = election::EncodeEntry(t.entry);
    record.entered_at = Utc(static_cast<int>(record.seq) * 20);
    record.prev_hash = prev;
    record.hash = app::EntryHash(record);
    prev = record.hash;
    c.entries.push_back(record);
    auto log =
        std::find_if(logs.begin(), logs.end(), [&](const auto& l) { return l.clerk == t.clerk; });
    if (log == logs.end()) {
      logs.push_back({t.clerk, {}});
      c.count.clerks.push_back(t.clerk);
      c.count.entries_per_clerk.push_back(0);
      log = logs.end() - 1;
    }
    log->entries.push_back(t.entry);
    ++c.count.entries_per_clerk[static_cast<size_t>(log - logs.begin())];
  }
  auto reconciliation = election::Reconcile(logs, election.required_clerks);
  EXPECT_TRUE(reconciliation.ok());
  EXPECT_TRUE(reconciliation->closable);
  c.count.reconciliation = *reconciliation;

  round.closed = true;
  round.closed_at = "2020-06-15T09:10:00.000Z";  // 16:10 in Hà Nội
  round.convened = convened;
  round.exclusions = exclusions;
  round.issued = issued;
  round.chain_head = prev;
  c.count.chain_head = prev;

  election::RoundInput input;
  input.election.kind = election.kind;
  input.election.seats = seats;
  input.election.congress_kind = election::CongressKind::kDelegates;
  input.election.convened = convened;
  input.election.exclusions = exclusions;
  for (const app::CandidateRecord& candidate : c.count.candidates) {
    input.candidates.push_back({candidate.id, candidate.full_name, candidate.birth_date});
  }
  input.issued = issued;
  input.ballots = c.count.reconciliation.ballots;
  auto result = election::TallyRound(input, election::Party2024ForTest());
  EXPECT_TRUE(result.ok()) << result.error().Describe();
  c.count.result = *result;
  return c;
}

const std::vector<std::string> kSix = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                       "Phạm Thị Dung", "Hoàng Văn Em",  "Vũ Thị Giang"};
const std::vector<std::string> kCommittee = {"Ngô Văn Lâm", "Dương Thị Mai", "Đinh Văn Nam"};

// 5 seats, 6 names (R-ORDER: An, Bình, Cường, Dung, Em, Giang), 23 convened less 2 absent
// delegates not replaced = 21 (R-THRESHOLD), 20 ballots. Ballots 1–18 strike one name each:
// An 4 times, Cường 8, Dung 1, Em 3, Giang 2; ballot 19 strikes none (6 names left for 5
// places: too_many), ballot 20 strikes all (none_left). Votes: An 14, Bình 18, Cường 10,
// Dung 17, Em 15, Giang 16. Two clerks: the second types ballot 5 wrong and corrects it, the
// first types a ballot 21 that does not exist and retracts it.
Case SmallCommittee() {
  std::vector<int> struck;
  for (int name : {0, 2, 3, 4, 5}) {
    const int times = name == 0 ? 4 : name == 2 ? 8 : name == 3 ? 1 : name == 4 ? 3 : 2;
    for (int k = 0; k < times; ++k) struck.push_back(name);
  }
  std::vector<EnteredBallot> ballots;
  for (int n = 1; n <= 18; ++n) ballots.push_back(Struck(n, {struck[static_cast<size_t>(n - 1)]}));
  ballots.push_back(Struck(19, {}));
  ballots.push_back(Struck(20, {0, 1, 2, 3, 4, 5}));
  std::vector<Typed> typed;
  for (const EnteredBallot& b : ballots) {
    typed.push_back({"Đỗ Văn Hải", b});
    typed.push_back({"Bùi Thị Khánh", b.number == 5 ? Struck(5, {1, 3}) : b});
  }
  typed.push_back({"Bùi Thị Khánh", ballots[4]});  // ballot 5 corrected
  typed.push_back({"Đỗ Văn Hải", Struck(21, {2})});
  typed.push_back({"Đỗ Văn Hải", Retracted(21)});
  return Count(kSix, 5, kCommittee, typed, 23, {{ExclusionReason::kAbsentDelegateUnreplaced, 2}},
               20);
}

// The index of the first line at or after `from` whose squeezed text contains `needle`.
size_t FindLine(const std::vector<std::string>& lines, const std::string& needle, size_t from) {
  for (size_t k = from; k < lines.size(); ++k) {
    if (Squeeze(lines[k]).find(needle) != std::string::npos) return k;
  }
  return std::string::npos;
}

void KeepPdf(const std::string& bytes, const std::string& name) {
  if (const char* dir = std::getenv("DAIHOI_PDF_OUT")) {
    std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << bytes;
  }
}

TEST(Minutes, TheTallyIsWhatItPrints) {  // the fixture's own figures, from the engine
  const Case c = SmallCommittee();
  const election::RoundResult& r = *c.count.result;
  EXPECT_EQ(r.threshold.denominator, 21);
  EXPECT_EQ(r.ballots.valid, 18);
  EXPECT_EQ(r.ballots.invalid, 2);
  EXPECT_EQ(r.elected, (std::vector<int>{1, 3, 5, 4, 0}));
  EXPECT_EQ(c.entries.size(), 43u);
  for (size_t k = 0; k < kSix.size(); ++k) EXPECT_EQ(c.count.candidates[k].full_name, kSix[k]);
}

TEST(Minutes, HeaderTitleAndSignersFollowTheLayout) {  // DOCUMENT-LAYOUT.md
  const Case c = SmallCommittee();
  pdf::Document d = MinutesDocument(c.count, c.congress, c.organization, "Đảng bộ thành phố Hà Nội",
                                    "Hà Nội", c.entries);
  EXPECT_EQ(d.header.superior, "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI");
  EXPECT_EQ(d.header.issuer, "BAN KIỂM PHIẾU");
  EXPECT_EQ(d.header.date, *Date::FromYmd(2020, 6, 15));
  EXPECT_EQ(d.type, "BIÊN BẢN KIỂM PHIẾU");
  EXPECT_EQ(d.subject,
            "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020\u00A0-\u00A02025");
  ASSERT_EQ(d.signatures.size(), 3u);
  EXPECT_EQ(d.signatures[0].on_behalf, "T/M BAN KIỂM PHIẾU");
  EXPECT_EQ(d.signatures[0].title, "TRƯỞNG BAN");
  EXPECT_EQ(d.signatures[0].name, "Ngô Văn Lâm");
  EXPECT_EQ(d.signatures[2].title, "ỦY VIÊN");
  EXPECT_EQ(d.signatures[2].name, "Đinh Văn Nam");
  EXPECT_EQ(d.footer, "Mã kiểm chứng (chuỗi băm): " + c.count.round.chain_head);
  EXPECT_EQ(c.count.round.chain_head.size(), 64u);

  // A members' congress names itself without "đại biểu"; the superior line is a setting (I).
  planning::Congress members = c.congress;
  members.kind = planning::CongressKind::kMembers;
  MinutesSettings settings;
  settings.superior_line = true;
  pdf::Document m = MinutesDocument(c.count, members, c.organization, "Đảng bộ thành phố Hà Nội",
                                    "Hà Nội", c.entries, settings);
  EXPECT_EQ(m.header.superior,
            "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẠI HỘI ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI");

  // A later round says which; the date is the close's in local time (UTC+7): 17:30 UTC is the
  // next day in Hà Nội.
  app::CountView later = c.count;
  later.round.number = 2;
  later.round.kind = app::RoundKind::kRevoteTied;
  later.round.closed_at = "2020-06-15T17:30:00.000Z";
  pdf::Document l = MinutesDocument(later, c.congress, c.organization, "", "Hà Nội", c.entries);
  EXPECT_EQ(l.subject,
            "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020\u00A0-\u00A02025, bầu "
            "lại (lần "
            "bầu thứ 2)");
  EXPECT_EQ(l.header.date, *Date::FromYmd(2020, 6, 16));
  later.round.kind = app::RoundKind::kFurtherRound;
  EXPECT_EQ(
      MinutesDocument(later, c.congress, c.organization, "", "Hà Nội", c.entries).subject,
      "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020\u00A0-\u00A02025, lần bầu "
      "thứ 2");
}

TEST(Minutes, PrintsTheFiguresThePercentagesOfTheBaseTheElectedAndTheAnnex) {
  // R-THRESHOLD, R-VALID, R-RANK, R-ORDER
  const Case c = SmallCommittee();
  pdf::Document d = MinutesDocument(c.count, c.congress, c.organization, "", "Hà Nội", c.entries);
  auto bytes = pdf::Render(d);
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  KeepPdf(*bytes, "minutes-small.pdf");
  const std::string text = PdfText(*bytes, "minutes-small");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const std::vector<std::string> pages = Split(text, '\f');
  ASSERT_GE(pages.size(), 2u);
  const size_t annex_page = [&] {
    for (size_t p = 0; p < pages.size(); ++p) {
      if (pages[p].find("PHỤ LỤC: NHẬT KÝ NHẬP PHIẾU") != std::string::npos) return p;
    }
    return pages.size();
  }();
  ASSERT_LT(annex_page, pages.size()) << text;
  std::string minutes;
  std::string annex;
  for (size_t p = 0; p < pages.size(); ++p) (p < annex_page ? minutes : annex) += pages[p] + "\n";
  const std::string flat = Squeeze(minutes);

  EXPECT_NE(flat.find("BIÊN BẢN KIỂM PHIẾU"), std::string::npos);
  EXPECT_NE(flat.find("Hà Nội, ngày 15 tháng 6 năm 2020"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Quyết định số 190-QĐ/TW"), std::string::npos) << flat;
  EXPECT_NE(flat.find("hồi 15 giờ 30 phút ngày 15/06/2020, tại Hà Nội"), std::string::npos) << flat;
  EXPECT_NE(flat.find("số lượng bầu: 5 đồng chí"), std::string::npos) << flat;
  EXPECT_NE(flat.find("gồm 6 đồng chí, theo thứ tự trên phiếu bầu"), std::string::npos) << flat;
  EXPECT_NE(flat.find("1. Đồng chí Ngô Văn Lâm, Trưởng ban;"), std::string::npos) << flat;
  EXPECT_NE(flat.find("3. Đồng chí Đinh Văn Nam, Ủy viên."), std::string::npos) << flat;
  EXPECT_NE(flat.find("Tổng số đại biểu được triệu tập: 23 đồng chí."), std::string::npos);
  EXPECT_NE(flat.find("Trừ 2 đồng chí: 2 đại biểu chính thức vắng mặt cả đại hội, không có dự "
                      "khuyết thay."),
            std::string::npos)
      << flat;
  EXPECT_NE(flat.find("23 − 2 = 21 đồng chí"), std::string::npos) << flat;
  EXPECT_NE(flat.find("(ít nhất 11 phiếu)"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Số phiếu phát ra: 20 phiếu; số phiếu thu vào: 20 phiếu."), std::string::npos)
      << flat;
  EXPECT_NE(flat.find("Số phiếu hợp lệ: 18 phiếu."), std::string::npos) << flat;
  EXPECT_NE(flat.find("Số phiếu không hợp lệ: 2 phiếu, gồm: 1 phiếu bầu thừa số lượng đại hội "
                      "đã biểu quyết; 1 phiếu gạch tên tất cả những người trong danh sách bầu "
                      "cử."),
            std::string::npos)
      << flat;

  // Per candidate in ballot order, the share of the base (21), never of the 18 valid ballots.
  const std::vector<std::string> lines = Split(minutes, '\n');
  size_t at = FindLine(lines, "5. Kết quả kiểm phiếu", 0);
  ASSERT_NE(at, std::string::npos) << minutes;
  for (const std::string row :
       {"1 Nguyễn Văn An 14 66,67%", "2 Trần Thị Bình 18 85,71%", "3 Lê Văn Cường 10 47,62%",
        "4 Phạm Thị Dung 17 80,95%", "5 Hoàng Văn Em 15 71,43%", "6 Vũ Thị Giang 16 76,19%"}) {
    at = FindLine(lines, row, at);
    ASSERT_NE(at, std::string::npos) << "'" << row << "' missing or out of order in\n" << minutes;
  }
  EXPECT_EQ(flat.find("77,78%"), std::string::npos);  // 14 of 18 valid
  EXPECT_EQ(flat.find("85.71"), std::string::npos);   // a decimal comma, not a point

  // The elected by votes, high to low; Cường (10 of 21) is not among them.
  at = FindLine(lines, "6. Kết quả bầu cử", at);
  ASSERT_NE(at, std::string::npos);
  for (const std::string row :
       {"1 Trần Thị Bình 18 85,71%", "2 Phạm Thị Dung 17 80,95%", "3 Vũ Thị Giang 16 76,19%",
        "4 Hoàng Văn Em 15 71,43%", "5 Nguyễn Văn An 14 66,67%"}) {
    at = FindLine(lines, row, at);
    ASSERT_NE(at, std::string::npos) << "'" << row << "' missing or out of order in\n" << minutes;
  }
  EXPECT_EQ(FindLine(lines, "Lê Văn Cường", at), std::string::npos);
  EXPECT_NE(flat.find("đủ số lượng cần bầu"), std::string::npos);
  EXPECT_NE(flat.find("kết thúc hồi 16 giờ 10 phút cùng ngày"), std::string::npos) << flat;
  EXPECT_NE(flat.find("lập thành 03 bản"), std::string::npos);
  EXPECT_NE(flat.find("43 lượt nhập của 2 người nhập phiếu"), std::string::npos) << flat;

  // Every member signs; the chain head closes the minutes.
  EXPECT_NE(flat.find("T/M BAN KIỂM PHIẾU"), std::string::npos);
  EXPECT_NE(flat.find("TRƯỞNG BAN"), std::string::npos);
  EXPECT_NE(flat.find("ỦY VIÊN"), std::string::npos);
  for (const std::string& name : kCommittee) {
    EXPECT_NE(FindLine(lines, name, FindLine(lines, "TRƯỞNG BAN", 0)), std::string::npos) << name;
  }
  EXPECT_NE(flat.find("Mã kiểm chứng (chuỗi băm): " + c.count.round.chain_head), std::string::npos)
      << flat;

  // The annex: one row per entry, in seq order, with its clerk, ballot, content and hash.
  const std::vector<std::string> annex_lines = Split(annex, '\n');
  size_t row_at = 0;
  for (const app::BallotEntryRecord& e : c.entries) {
    const std::string row = std::to_string(e.seq) + " " + e.clerk + " " + std::to_string(e.number);
    row_at = FindLine(annex_lines, row, row_at);
    ASSERT_NE(row_at, std::string::npos) << "entry " << e.seq << " missing in\n" << annex;
    EXPECT_NE(annex_lines[row_at].find(e.hash.substr(0, 12)), std::string::npos)
        << annex_lines[row_at];
  }
  const std::string annex_flat = Squeeze(annex);
  EXPECT_NE(annex_flat.find("42 Đỗ Văn Hải 21 gạch 3"), std::string::npos) << annex_flat;
  EXPECT_NE(annex_flat.find("43 Đỗ Văn Hải 21 hủy"), std::string::npos) << annex_flat;
  EXPECT_NE(annex_flat.find("10 Bùi Thị Khánh 5 gạch 2, 4"), std::string::npos) << annex_flat;
  EXPECT_NE(annex_flat.find("37 Đỗ Văn Hải 19 không gạch tên nào"), std::string::npos);
  EXPECT_NE(annex_flat.find("39 Đỗ Văn Hải 20 gạch 1–6"), std::string::npos) << annex_flat;
  EXPECT_NE(annex_flat.find("15:30:20"), std::string::npos);  // seq 1, local time
  EXPECT_EQ(annex_flat.find("TRƯỞNG BAN"), std::string::npos);
}

// A list without surplus is marked agree / disagree (R-BALLOT-FORM): the votes are the "agree"
// marks of valid ballots; a line marked both or neither gives none.
TEST(Minutes, ANoSurplusListCountsAgreeMarks) {
  auto marks = [](int64_t number, std::vector<election::CandidateMark> m) {
    EnteredBallot e;
    e.number = number;
    e.ballot.form = Ballot::Form::kMarks;
    e.ballot.marks = std::move(m);
    return e;
  };
  using election::Mark;
  const std::vector<EnteredBallot> ballots = {
      marks(1, {{0, Mark::kAgree}, {1, Mark::kAgree}, {2, Mark::kAgree}}),
      marks(2, {{0, Mark::kAgree}, {1, Mark::kDisagree}, {2, Mark::kAgree}}),
      marks(3, {{0, Mark::kAgree}, {1, Mark::kBoth}, {2, Mark::kDisagree}}),
  };
  std::vector<Typed> typed;
  for (const EnteredBallot& b : ballots) {
    typed.push_back({"Máy nhập 1", b});
    typed.push_back({"Máy nhập 2", b});
  }
  // The inspection committee: no surplus rule (R-SURPLUS).
  Case c = Count({"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}, 3, kCommittee, typed, 4, {}, 3,
                 election::ElectionKind::kInspection);
  c.count.election.title = "Bầu Ủy ban Kiểm tra Đảng bộ quận Ba Đình khóa XXVI";
  pdf::Document d = MinutesDocument(c.count, c.congress, c.organization, "", "Hà Nội", c.entries);
  auto bytes = pdf::Render(d);
  ASSERT_TRUE(bytes.ok());
  KeepPdf(*bytes, "minutes-marks.pdf");
  const std::string text = PdfText(*bytes, "minutes-marks");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const std::string flat = Squeeze(text);
  EXPECT_NE(flat.find("Số phiếu đồng ý"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Không có trường hợp nào được trừ."), std::string::npos) << flat;
  // Of the base 4: An 3 (75,00%), Bình 1 (25,00%), Cường 2 (50,00%, not more than half).
  EXPECT_NE(flat.find("1 Nguyễn Văn An 3 75,00%"), std::string::npos) << flat;
  EXPECT_NE(flat.find("2 Trần Thị Bình 1 25,00%"), std::string::npos) << flat;
  EXPECT_NE(flat.find("3 Lê Văn Cường 2 50,00%"), std::string::npos) << flat;
  EXPECT_NE(flat.find("còn thiếu 2 đồng chí"), std::string::npos) << flat;
  EXPECT_NE(flat.find("5 Máy nhập 1 3 đồng ý 1; không đồng ý 3; cả hai"), std::string::npos) << flat;
}

// An open round prints as a draft, dated by its last entry.
TEST(Minutes, AnOpenRoundIsADraft) {
  Case c = SmallCommittee();
  c.count.round.closed = false;
  c.count.round.closed_at.clear();
  pdf::Document d = MinutesDocument(c.count, c.congress, c.organization, "", "Hà Nội", c.entries);
  ASSERT_FALSE(d.body.empty());
  EXPECT_NE(d.body.front().text.find("Bản tạm"), std::string::npos);
  EXPECT_EQ(d.header.date, *Date::FromYmd(2020, 6, 15));
  for (const pdf::Block& block : d.body) {
    EXPECT_EQ(block.text.find("kết thúc hồi"), std::string::npos) << block.text;
  }
}

TEST(Minutes, EntryTextNamesNumbersMarksAndFlags) {  // R-BALLOT-FORM, R-VALID
  app::BallotEntryRecord record;
  record.number = 4;
  EnteredBallot struck = Struck(4, {6, 0, 2, 3, 4, 9});
  struck.ballot.write_in = {"Lý Văn Sơn"};
  struck.ballot.marked = true;
  record.payload = election::EncodeEntry(struck);
  EXPECT_EQ(EntryText(record, 10), "gạch 1, 3–5, 7, 10; ghi thêm: Lý Văn Sơn; có ký hiệu riêng");

  EnteredBallot marks;
  marks.number = 4;
  marks.ballot.form = Ballot::Form::kMarks;
  marks.ballot.marks = {{0, election::Mark::kAgree},
                        {1, election::Mark::kAgree},
                        {2, election::Mark::kDisagree},
                        {3, election::Mark::kBoth}};
  marks.ballot.unofficial = true;
  record.payload = election::EncodeEntry(marks);
  EXPECT_EQ(EntryText(record, 5),
            "đồng ý 1, 2; không đồng ý 3; cả hai ô 4; phiếu không do Ban Kiểm phiếu phát ra");
  record.payload = election::EncodeEntry(Retracted(4));
  EXPECT_EQ(EntryText(record, 5), "hủy");
}

// 41 seats, 47 names, 100 ballots entered twice (200 entries), nine on the committee: the long
// tables break across pages with their headers, the signatures stay whole, the annex starts
// on a page of its own and lists every entry.
TEST(Minutes, ALongElectionBreaksPagesCleanly) {
  const std::vector<std::string> family = {"Nguyễn", "Trần", "Lê",  "Phạm",  "Hoàng", "Vũ",
                                           "Đỗ",     "Bùi",  "Ngô", "Dương", "Đinh"};
  const std::vector<std::string> given = {"An",    "Bình", "Cường", "Dung", "Em",
                                          "Giang", "Hải",  "Khánh", "Lâm"};
  std::vector<std::string> names;
  for (int k = 0; k < 47; ++k) {
    // (k mod 11, k mod 9) differs for every k below 99: 47 different names.
    names.push_back(family[static_cast<size_t>(k) % family.size()] +
                    (k % 2 == 0 ? " Văn " : " Thị ") +
                    given[static_cast<size_t>(k) % given.size()]);
  }
  const std::vector<std::string> committee = {"Ngô Văn Lâm", "Dương Thị Mai", "Đinh Văn Nam",
                                              "Lý Thị Oanh", "Hồ Văn Phúc",   "Mai Thị Quyên",
                                              "Tô Văn Sang", "Cao Thị Tâm",   "Lưu Văn Uy"};
  std::vector<Typed> typed;
  uint32_t seed = 12345;
  for (int n = 1; n <= 100; ++n) {
    std::vector<int> struck;
    while (struck.size() < 6) {
      seed = seed * 1103515245u + 12345u;
      // Skewed towards the end of the list so that some names fall under the threshold.
      const int name = 47 - 1 - static_cast<int>((seed >> 16) % 47 * ((seed >> 8) % 3 + 1) / 3);
      if (std::find(struck.begin(), struck.end(), name) == struck.end()) struck.push_back(name);
    }
    typed.push_back({"Máy nhập 1", Struck(n, struck)});
    typed.push_back({"Máy nhập 2", Struck(n, struck)});
  }
  const Case c = Count(names, 41, committee, typed, 112,
                       {{ExclusionReason::kAbsentCommitteeMember, 1},
                        {ExclusionReason::kAbsentDelegateUnreplaced, 1}},
                       100);
  pdf::Document d = MinutesDocument(c.count, c.congress, c.organization, "", "Hà Nội", c.entries);
  auto bytes = pdf::Render(d);
  ASSERT_TRUE(bytes.ok());
  KeepPdf(*bytes, "minutes-long.pdf");
  const std::string text = PdfText(*bytes, "minutes-long");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const std::vector<std::string> pages = Split(text, '\f');
  size_t annex_page = pages.size();
  for (size_t p = 0; p < pages.size(); ++p) {
    if (pages[p].find("PHỤ LỤC: NHẬT KÝ NHẬP PHIẾU") != std::string::npos) annex_page = p;
  }
  ASSERT_LT(annex_page, pages.size());
  EXPECT_GE(annex_page, 3u);                 // lists of 47 take pages
  EXPECT_GE(pages.size() - annex_page, 4u);  // 200 rows take pages
  // The signers are all on the minutes' pages, not in the annex.
  std::string minutes;
  std::string annex;
  for (size_t p = 0; p < pages.size(); ++p) (p < annex_page ? minutes : annex) += pages[p];
  for (const std::string& name : committee) {
    EXPECT_NE(minutes.find(name), std::string::npos) << name;
    EXPECT_EQ(annex.find(name), std::string::npos) << name;
  }
  // Each page of a broken table repeats the header.
  for (size_t p = annex_page + 1; p < pages.size(); ++p) {
    EXPECT_NE(Squeeze(pages[p]).find("Lượt Người nhập"), std::string::npos) << pages[p];
  }
  const std::vector<std::string> lines = Split(annex, '\n');
  size_t at = 0;
  for (const app::BallotEntryRecord& e : c.entries) {
    at =
        FindLine(lines, std::to_string(e.seq) + " " + e.clerk + " " + std::to_string(e.number), at);
    ASSERT_NE(at, std::string::npos) << "entry " << e.seq;
  }
  // Every percentage printed is of the base: 110.
  EXPECT_NE(Squeeze(minutes).find("112 − 2 = 110 đồng chí"), std::string::npos);
  EXPECT_NE(Squeeze(minutes).find("(ít nhất 56 phiếu)"), std::string::npos);
}

// DOCUMENT-LAYOUT.md: the number line ("Số 07-BB/ĐH", blank to write by hand without one), item
// 5's present and absent at the vote from the session held that day, and item 7's agree and
// disagree columns for a list without surplus (R-BALLOT-FORM).
TEST(Minutes, NumberAttendanceAndAgreeDisagreeColumns) {
  const Case c = SmallCommittee();
  app::MinutesData data;
  data.count = c.count;
  data.congress = c.congress;
  data.organization = c.organization;
  data.entries = c.entries;
  data.sessions = {{1, "Phiên trù bị", Date::FromYmd(2020, 6, 14)},
                   {2, "Phiên chính thức", Date::FromYmd(2020, 6, 15)}};
  data.attendance = {{1, 22, 1}, {2, 20, 3}};
  auto paragraphs = [](const pdf::Document& d) {
    std::string all;
    for (const pdf::Block& b : d.body) all += b.text + "\n";
    return all;
  };
  auto result_table = [](const pdf::Document& d) -> const pdf::Table* {
    for (const pdf::Block& b : d.body) {
      if (b.kind == pdf::Block::Kind::kTable && b.table.columns.size() >= 4 &&
          b.table.columns.back().find("Tỷ lệ") != std::string::npos) {
        return &b.table;
      }
    }
    return nullptr;
  };

  pdf::Document numbered = MinutesDocument(data, "Hà Nội", 7);
  EXPECT_EQ(numbered.header.number, "Số 07-BB/ĐH");
  EXPECT_NE(paragraphs(numbered).find("Tại phiên thứ 2 (Phiên chính thức), khi bỏ phiếu: có mặt "
                                      "20 đồng chí, vắng mặt 3 đồng chí."),
            std::string::npos)
      << paragraphs(numbered);
  const pdf::Table* struck = result_table(numbered);
  ASSERT_NE(struck, nullptr);
  EXPECT_EQ(struck->columns.size(), 4u);  // a list with a surplus: votes only

  pdf::Document blank = MinutesDocument(data, "Hà Nội", std::nullopt);
  EXPECT_EQ(blank.header.number, "Số \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-BB/ĐH");

  data.sessions.clear();
  data.attendance.clear();
  data.disagree = {1, 2, 3, 0, 0, 4};
  pdf::Document marks = MinutesDocument(data, "Hà Nội", 8);
  EXPECT_NE(paragraphs(marks).find("chưa ghi nhận phiên bỏ phiếu"), std::string::npos);
  const pdf::Table* table = result_table(marks);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->columns, (std::vector<std::string>{"Số TT", "Họ và tên", "Đồng ý",
                                                      "Không đồng ý", "Tỷ lệ đồng ý"}));
  ASSERT_EQ(table->rows.size(), 6u);
  EXPECT_EQ(table->rows[5][3], "4");
  EXPECT_EQ(table->rows[1][3], "2");
}

}  // namespace
}  // namespace daihoi::report
