#include "report/minutes.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "election/counting.h"
#include "election/tally.h"
#include "report/labels.h"

namespace daihoi::report {
namespace {

using election::CandidateStatus;
using election::InvalidReason;
using election::Mark;

// A stored UTC time ("2020-06-15T08:30:00.000Z") in local time.
struct LocalTime {
  Date date;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

std::optional<int> Digits(const std::string& text, size_t at, size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t k = at; k < at + count; ++k) {
    if (text[k] < '0' || text[k] > '9') return std::nullopt;
    value = value * 10 + (text[k] - '0');
  }
  return value;
}

std::optional<LocalTime> ToLocal(const std::string& utc, int offset_minutes) {
  const std::optional<Date> date = Date::Parse(utc.substr(0, std::min<size_t>(utc.size(), 10)));
  const auto hour = Digits(utc, 11, 2);
  const auto minute = Digits(utc, 14, 2);
  if (!date || !hour || !minute || utc.size() < 16 || utc[10] != 'T') return std::nullopt;
  const int second = Digits(utc, 17, 2).value_or(0);
  const int64_t minutes = int64_t{*hour} * 60 + *minute + offset_minutes;
  const int64_t day_shift = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const int64_t in_day = minutes - day_shift * 1440;
  return LocalTime{date->AddDays(day_shift), static_cast<int>(in_day / 60),
                   static_cast<int>(in_day % 60), second};
}

std::string Two(int value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// "15 giờ 30 phút".
std::string HourText(const LocalTime& t) { return Two(t.hour) + " giờ " + Two(t.minute) + " phút"; }

// "UTC+7", "UTC+5:30".
std::string OffsetText(int offset_minutes) {
  const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::string text =
      std::string("UTC") + (offset_minutes < 0 ? "−" : "+") + std::to_string(magnitude / 60);
  if (magnitude % 60 != 0) text += ":" + Two(magnitude % 60);
  return text;
}

// "1–3, 5, 7" from 0-based positions: the numbers printed on the ballot, runs joined.
std::string NumberRuns(std::vector<int> positions) {
  std::sort(positions.begin(), positions.end());
  std::string out;
  for (size_t k = 0; k < positions.size();) {
    size_t end = k;
    while (end + 1 < positions.size() && positions[end + 1] == positions[end] + 1) ++end;
    out += (out.empty() ? "" : ", ") + std::to_string(positions[k] + 1);
    if (end > k) out += (end == k + 1 ? ", " : "–") + std::to_string(positions[end] + 1);
    k = end + 1;
  }
  return out;
}

// "Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường".
std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t k = 0; k < names.size(); ++k) {
    if (k > 0) out += k + 1 == names.size() ? " và " : ", ";
    out += names[k];
  }
  return out;
}

// "2020-2025" → "2020 - 2025", as the minutes' subject writes the term (DOCUMENT-LAYOUT.md),
// with no-break spaces so that a wrapping subject keeps the term on one line.
std::string SubjectTerm(std::string term) {
  const size_t dash = term.find('-');
  if (dash != std::string::npos) term.replace(dash, 1, "\u00A0-\u00A0");
  return term;
}

// The title, the term when the title lacks it, and the round when it is not the first.
std::string Subject(const app::CountView& count) {
  std::string subject = count.election.title;
  if (subject.find("nhiệm kỳ") == std::string::npos && !count.election.term.empty()) {
    subject += ", nhiệm kỳ " + SubjectTerm(count.election.term);
  }
  const std::string round = std::to_string(count.round.number);
  switch (count.round.kind) {
    case app::RoundKind::kFirst:
      if (count.round.number > 1) subject += ", lần bầu thứ " + round;
      break;
    case app::RoundKind::kRevoteTied:
      subject += ", bầu lại (lần bầu thứ " + round + ")";
      break;
    case app::RoundKind::kFurtherRound:
      subject += ", lần bầu thứ " + round;
      break;
  }
  return subject;
}

// The Party election rules the profile follows (RULES.md: 244 for party-2014, 190 for
// party-2024).
std::string ElectionRules(const std::string& profile) {
  if (profile == "party-2024") {
    return "Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024";
  }
  if (profile == "party-2014") {
    return "Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 244-QĐ/TW ngày 09/6/2014";
  }
  return "Quy chế bầu cử trong Đảng";
}

// What is counted, after "kiểm phiếu": the title with its verb in lower case ("Bầu Ban Chấp
// hành …" → "bầu Ban Chấp hành …"), or with the verb added.
std::string Counted(const std::string& subject) {
  for (const char* verb : {"Bầu ", "BẦU ", "bầu "}) {
    const std::string prefix = verb;
    if (subject.starts_with(prefix)) return "bầu " + subject.substr(prefix.size());
  }
  return "bầu " + subject;
}

// A block centred without indent: the draft's notice, the annex's subtitle.
pdf::Block Centred(pdf::Block block) {
  block.centred = true;
  return block;
}

std::string Bold(const std::string& text) { return "<b>" + text + "</b>"; }

// The form of the round's ballots (R-BALLOT-FORM): what the agreed ballots use, else whether the
// list has more names than places.
bool MarksForm(const app::CountView& count) {
  if (!count.reconciliation.ballots.empty()) {
    return count.reconciliation.ballots.front().form == election::Ballot::Form::kMarks;
  }
  return static_cast<int>(count.candidates.size()) <= count.round.seats + count.round.alternates;
}

std::string Votes(int64_t votes) { return std::to_string(votes) + " phiếu"; }

class Builder {
 public:
  Builder(const app::CountView& count, const planning::Congress& congress,
          const org::Organization& organization, const std::string& superior,
          const std::string& place, const std::vector<app::BallotEntryRecord>& entries,
          const MinutesSettings& settings, const MinutesExtras& extras)
      : extras_(extras),
        count_(count),
        congress_(congress),
        organization_(organization),
        superior_(superior),
        place_(place),
        entries_(entries),
        settings_(settings) {
    congress_name_ = CongressName(congress_, organization_.name);
    delegates_ = congress_.kind == planning::CongressKind::kDelegates;
    if (!entries_.empty()) {
      first_entry_ = ToLocal(entries_.front().entered_at, settings_.utc_offset_minutes);
      last_entry_ = ToLocal(entries_.back().entered_at, settings_.utc_offset_minutes);
    }
    closed_ = ToLocal(count_.round.closed_at, settings_.utc_offset_minutes);
  }

  pdf::Document Build() {
    Header();
    Opening();
    ListToElect();
    Committee();
    Base();
    Ballots();
    Results();
    Elected();
    Closing();
    Signatures();
    Annex();
    return std::move(document_);
  }

 private:
  void Add(pdf::Block block) { document_.body.push_back(std::move(block)); }
  void Add(std::string text) { document_.body.push_back(pdf::Paragraph(std::move(text))); }
  void Heading(std::string text) { document_.body.push_back(pdf::Heading(std::move(text))); }

  // The date of the close; an open round takes its last entry, then the congress's dates.
  Date DocumentDate() const {
    if (closed_) return closed_->date;
    if (last_entry_) return last_entry_->date;
    if (congress_.held_start) return *congress_.held_start;
    return congress_.planned_start.value_or(Date());
  }

  void Header() {
    // DOCUMENT-LAYOUT.md: the counting committee is the issuer, the congress its superior.
    std::string upper = UpperVietnamese(congress_name_);
    if (settings_.superior_line && !superior_.empty()) {
      upper = UpperVietnamese(superior_) + "\n" + upper;
    }
    document_.header.superior = upper;
    document_.header.issuer = "BAN KIỂM PHIẾU";
    // Without a number, room to write it by hand (no-break spaces keep the blank).
    std::string blank;
    for (int k = 0; k < settings_.blank_number_spaces; ++k) blank += "\u00A0";
    document_.header.number =
        "Số " + (extras_.number ? Two(*extras_.number) : blank) + settings_.number_suffix;
    document_.header.place = place_;
    document_.header.date = DocumentDate();
    document_.type = "BIÊN BẢN KIỂM PHIẾU";
    document_.subject = Subject(count_);
  }

  void Opening() {
    if (!count_.round.closed) {
      Add(Centred(pdf::MarkupParagraph(
          "<i>(Bản tạm: lần bầu chưa khóa sổ, số liệu có thể còn thay đổi.)</i>")));
    }
    std::string when = "hôm nay";
    if (first_entry_) {
      when += ", hồi " + HourText(*first_entry_) + " ngày " + first_entry_->date.ToVietnamese();
    } else {
      when += ", ngày " + DocumentDate().ToVietnamese();
    }
    std::string text = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ " +
                       ElectionRules(count_.election.profile) + "; " + when;
    if (!place_.empty()) text += ", tại " + place_;
    text += ", Ban Kiểm phiếu " + congress_name_ + " tiến hành kiểm phiếu " +
            Counted(Subject(count_)) + ".";
    Add(std::move(text));
  }

  void ListToElect() {
    const app::RoundRecord& round = count_.round;
    Heading("1. Số lượng bầu và danh sách bầu cử");
    const bool later = round.kind != app::RoundKind::kFirst;
    std::string places = std::to_string(round.seats) + " đồng chí";
    if (round.seats == 0) places.clear();
    if (round.alternates > 0) {
      places +=
          (places.empty() ? "" : " và ") + std::to_string(round.alternates) + " đại biểu dự khuyết";
    }
    if (later) {
      Add("Đại hội đã biểu quyết số lượng bầu " + std::to_string(count_.election.seats) +
          " đồng chí; lần bầu này bầu " + places + ".");
    } else {
      Add("Đại hội đã biểu quyết số lượng bầu: " + places + ".");
    }
    Add("Danh sách bầu cử " + std::string(later ? "của lần bầu này" : "được đại hội thông qua") +
        " gồm " + std::to_string(count_.candidates.size()) +
        " đồng chí, theo thứ tự trên phiếu bầu:");
    const bool birth = std::any_of(count_.candidates.begin(), count_.candidates.end(),
                                   [](const auto& c) { return c.birth_date.has_value(); });
    pdf::Table table;
    table.columns = {"Số TT", "Họ và tên"};
    table.widths = {0.9, 6.0};
    table.align = {'c', 'l'};
    if (birth) {
      table.columns.push_back("Năm sinh");
      table.widths.push_back(1.5);
      table.align.push_back('c');
    }
    for (size_t k = 0; k < count_.candidates.size(); ++k) {
      const app::CandidateRecord& c = count_.candidates[k];
      std::vector<std::string> row = {std::to_string(k + 1), c.full_name};
      if (birth) row.push_back(c.birth_date ? std::to_string(c.birth_date->year()) : "");
      table.rows.push_back(std::move(row));
    }
    Add(pdf::TableBlock(std::move(table)));
  }

  void Committee() {
    Heading("2. Ban Kiểm phiếu");
    const std::vector<std::string>& members = count_.election.counting_committee;
    if (members.empty()) {
      Add("Danh sách Ban Kiểm phiếu chưa được ghi nhận.");
      return;
    }
    Add("Ban Kiểm phiếu do đại hội bầu gồm " + std::to_string(members.size()) + " đồng chí:");
    for (size_t k = 0; k < members.size(); ++k) {
      Add(std::to_string(k + 1) + ". Đồng chí " + members[k] +
          (k == 0 ? ", Trưởng ban" : ", Ủy viên") + (k + 1 == members.size() ? "." : ";"));
    }
  }

  void Base() {
    const std::string noun = delegates_ ? "đại biểu" : "đảng viên";
    Heading(std::string("3. Số ") + noun + " được triệu tập và căn cứ tính kết quả bầu cử");
    if (!count_.result) {
      Add("Chưa có số " + noun + " được triệu tập: chưa tính được kết quả (R-THRESHOLD).");
      return;
    }
    const election::ThresholdFigures& t = count_.result->threshold;
    Add("Tổng số " + noun + " được triệu tập: " + std::to_string(t.convened) + " đồng chí.");
    // The frozen exclusions of the close; an open round counts the roll's, known here only as
    // a total.
    std::vector<election::Exclusion> exclusions = count_.round.exclusions;
    int64_t listed = 0;
    for (const auto& e : exclusions) listed += e.count;
    if (listed != t.excluded) exclusions.clear();
    for (std::string& sentence :
         ThresholdSentences(noun, t.convened, exclusions, t.excluded, t.denominator)) {
      Add(std::move(sentence));
    }
    Attendance(noun);
  }

  // DOCUMENT-LAYOUT.md item 5: present and absent at the vote, from the roll's attendance of the
  // session held on the day of the count (the only session when there is one).
  void Attendance(const std::string& noun) {
    const election::Session* session = nullptr;
    const Date day = DocumentDate();
    for (const election::Session& s : extras_.sessions) {
      if (s.date && *s.date == day) session = &s;
    }
    if (session == nullptr && extras_.sessions.size() == 1) session = &extras_.sessions.front();
    const election::SessionAttendance* attendance = nullptr;
    for (const election::SessionAttendance& a : extras_.attendance) {
      if (session != nullptr && a.number == session->number) attendance = &a;
    }
    if (attendance == nullptr) {
      Add("Số " + noun + " có mặt khi bỏ phiếu: danh sách đại hội chưa ghi nhận phiên bỏ phiếu.");
      return;
    }
    std::string name = "phiên thứ " + std::to_string(session->number);
    if (!session->title.empty()) name += " (" + session->title + ")";
    Add("Tại " + name + ", khi bỏ phiếu: có mặt " + std::to_string(attendance->present) +
        " đồng chí, vắng mặt " + std::to_string(attendance->absent) + " đồng chí.");
  }

  void Ballots() {
    Heading("4. Phiếu bầu");
    if (!count_.result) {
      Add("Số phiếu đã nhập thống nhất: " + std::to_string(count_.reconciliation.agreed.size()) +
          " phiếu.");
      return;
    }
    const election::BallotCounts& b = count_.result->ballots;
    Add("Số phiếu phát ra: " + (b.issued ? Votes(*b.issued) : std::string("chưa ghi nhận")) +
        "; số phiếu thu vào: " + Votes(b.received) + ".");
    Add("Số phiếu hợp lệ: " + Votes(b.valid) + ".");
    std::string invalid = "Số phiếu không hợp lệ: " + Votes(b.invalid);
    bool first = true;
    for (int r = 0; r < election::kInvalidReasonCount; ++r) {
      if (b.invalid_by_reason[r] == 0) continue;
      invalid += (first ? ", gồm: " : "; ") + std::to_string(b.invalid_by_reason[r]) + " " +
                 InvalidReasonText(static_cast<InvalidReason>(r));
      first = false;
    }
    Add(invalid + ".");
  }

  void Results() {
    if (!count_.result) return;
    const election::RoundResult& r = *count_.result;
    Heading("5. Kết quả kiểm phiếu");
    // R-THRESHOLD (V, 190 Điều 30): the share of the base, not of the valid ballots.
    Add("Số phiếu bầu của từng đồng chí, theo thứ tự trên phiếu bầu; tỷ lệ tính trên số " +
        std::string(delegates_ ? "đại biểu" : "đảng viên") + " làm căn cứ (" +
        std::to_string(r.threshold.denominator) + " đồng chí), không tính trên số phiếu hợp lệ:");
    pdf::Table table;
    // R-BALLOT-FORM without surplus (I, DOCUMENT-LAYOUT.md item 7): agree and disagree.
    if (!extras_.disagree.empty()) {
      table.columns = {"Số TT", "Họ và tên", "Đồng ý", "Không đồng ý", "Tỷ lệ đồng ý"};
      table.widths = {0.9, 4.0, 1.5, 1.9, 1.8};
      table.align = {'c', 'l', 'r', 'r', 'r'};
      for (const election::CandidateResult& c : r.candidates) {
        const size_t at = static_cast<size_t>(c.candidate);
        const int64_t disagree = at < extras_.disagree.size() ? extras_.disagree[at] : 0;
        table.rows.push_back({std::to_string(c.candidate + 1), Name(c.candidate),
                              std::to_string(c.votes), std::to_string(disagree),
                              PercentText(c.percent_of_denominator)});
      }
      Add(pdf::TableBlock(std::move(table)));
      return;
    }
    table.columns = {"Số TT", "Họ và tên", MarksForm(count_) ? "Số phiếu đồng ý" : "Số phiếu bầu",
                     "Tỷ lệ"};
    table.widths = {0.9, 4.6, 2.1, 1.5};
    table.align = {'c', 'l', 'r', 'r'};
    for (const election::CandidateResult& c : r.candidates) {
      table.rows.push_back({std::to_string(c.candidate + 1), Name(c.candidate),
                            std::to_string(c.votes), PercentText(c.percent_of_denominator)});
    }
    Add(pdf::TableBlock(std::move(table)));
  }

  const std::string& Name(int candidate) const {
    static const std::string kNone;
    if (candidate < 0 || candidate >= static_cast<int>(count_.candidates.size())) return kNone;
    return count_.candidates[static_cast<size_t>(candidate)].full_name;
  }

  const election::CandidateResult* ResultOf(int candidate) const {
    for (const auto& c : count_.result->candidates) {
      if (c.candidate == candidate) return &c;
    }
    return nullptr;
  }

  // The elected or alternates, by votes high to low as the result orders them.
  pdf::Table Ranked(const std::vector<int>& order) const {
    pdf::Table table;
    table.columns = {"Số TT", "Họ và tên", "Số phiếu", "Tỷ lệ"};
    table.widths = {0.9, 4.6, 2.1, 1.5};
    table.align = {'c', 'l', 'r', 'r'};
    for (int candidate : order) {
      const election::CandidateResult* c = ResultOf(candidate);
      if (c == nullptr) continue;
      table.rows.push_back({std::to_string(table.rows.size() + 1), Name(candidate),
                            std::to_string(c->votes), PercentText(c->percent_of_denominator)});
    }
    return table;
  }

  // "Nguyễn Văn An (12 phiếu, 57,14%)".
  std::string WithVotes(int candidate) const {
    const election::CandidateResult* c = ResultOf(candidate);
    if (c == nullptr) return Name(candidate);
    return Name(candidate) + " (" + Votes(c->votes) + ", " +
           PercentText(c->percent_of_denominator) + ")";
  }

  void Elected() {
    if (!count_.result) return;
    const election::RoundResult& r = *count_.result;
    Heading("6. Kết quả bầu cử");
    if (r.elected.empty() && r.alternates.empty()) {
      Add("Không có đồng chí nào trúng cử ở lần bầu này.");
    }
    if (!r.elected.empty()) {
      Add("Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử (được số phiếu bầu hơn một "
          "nửa số làm căn cứ), xếp theo số phiếu từ cao xuống thấp:");
      Add(pdf::TableBlock(Ranked(r.elected)));
    }
    if (!r.alternates.empty()) {
      Add("Các đồng chí sau đây trúng cử đại biểu dự khuyết, xếp theo số phiếu từ cao xuống "
          "thấp:");
      Add(pdf::TableBlock(Ranked(r.alternates)));
    }
    // R-RANK: more passed the threshold than there are places.
    std::vector<std::string> passed;
    for (const auto& c : r.candidates) {
      if (c.status == CandidateStatus::kPassed) passed.push_back(WithVotes(c.candidate));
    }
    if (!passed.empty()) {
      Add("Các đồng chí " + JoinNames(passed) +
          " được số phiếu bầu hơn một nửa nhưng không trúng cử vì đã đủ số lượng cần bầu, các "
          "đồng chí trúng cử có số phiếu cao hơn.");
    }
    if (!r.tied.empty()) {
      std::vector<std::string> tied;
      for (int candidate : r.tied) tied.push_back(WithVotes(candidate));
      Add("Các đồng chí " + JoinNames(tied) +
          " có số phiếu bầu bằng nhau ở vị trí cuối cùng của số lượng cần bầu.");
    }
    if (r.unfilled_seats > 0 || r.unfilled_alternates > 0) {
      std::string missing;
      if (r.unfilled_seats > 0) missing = std::to_string(r.unfilled_seats) + " đồng chí";
      if (r.unfilled_alternates > 0) {
        missing += (missing.empty() ? "" : " và ") + std::to_string(r.unfilled_alternates) +
                   " đại biểu dự khuyết";
      }
      Add("Số người trúng cử còn thiếu " + missing + " so với số lượng cần bầu của lần bầu này.");
    }
    const std::string next_round = std::to_string(count_.round.number + 1);
    switch (r.next) {
      case election::NextStep::kNone:
        if (r.unfilled_seats == 0 && r.unfilled_alternates == 0) {
          Add("Số người trúng cử đủ số lượng cần bầu của lần bầu này.");
        }
        break;
      case election::NextStep::kRevoteTied:  // R-TIE
        Add(pdf::MarkupParagraph(
            Bold("Ban Kiểm phiếu báo cáo Đoàn Chủ tịch để đại hội bầu lại (lần bầu thứ " +
                 next_round + ") trong số các đồng chí có số phiếu bằng nhau nêu trên.")));
        break;
      case election::NextStep::kFurtherRound:  // R-ROUNDS
        if (election::FurtherRoundNeedsCongressVote(count_.election.kind,
                                                    count_.round.number + 1)) {
          Add(pdf::MarkupParagraph(Bold(
              "Ban Kiểm phiếu báo cáo Đoàn Chủ tịch để đại hội xem xét, biểu quyết việc bầu tiếp "
              "(lần bầu thứ " +
              next_round + ") cho số còn thiếu.")));
        } else {
          Add(pdf::MarkupParagraph(
              Bold("Ban Kiểm phiếu báo cáo Đoàn Chủ tịch để đại hội bầu tiếp (lần bầu thứ " +
                   next_round + ") cho số còn thiếu.")));
        }
        break;
    }
  }

  void Closing() {
    Add(pdf::Block{pdf::Block::Kind::kSpace, "", false, {}, false});
    Add("Kèm theo biên bản là Phụ lục: Nhật ký nhập phiếu (" + std::to_string(entries_.size()) +
        " lượt nhập của " + std::to_string(count_.clerks.size()) +
        " người nhập phiếu). Mã kiểm chứng in cuối biên bản là mã băm của lượt nhập cuối cùng; "
        "mọi thay đổi nhật ký làm mã này thay đổi.");
    if (!count_.chain_ok) {
      Add(pdf::MarkupParagraph(
          Bold("Lưu ý: kiểm tra lại chuỗi băm của nhật ký nhập phiếu không khớp.")));
    }
    std::string end;
    if (closed_) {
      end = "Việc kiểm phiếu kết thúc hồi " + HourText(*closed_) +
            (first_entry_ && first_entry_->date == closed_->date
                 ? " cùng ngày"
                 : " ngày " + closed_->date.ToVietnamese()) +
            ". ";
    }
    Add(end + "Biên bản được lập thành " + Two(settings_.copies) +
        " bản, báo cáo Đoàn Chủ tịch đại hội và lưu hồ sơ đại hội.");
    const std::string& head = count_.round.closed && !count_.round.chain_head.empty()
                                  ? count_.round.chain_head
                                  : count_.chain_head;
    document_.footer = "Mã kiểm chứng (chuỗi băm): " +
                       (head.empty() ? std::string("chưa có lượt nhập phiếu nào") : head);
  }

  // The head and every member sign (DOCUMENT-LAYOUT.md item 9).
  void Signatures() {
    const std::vector<std::string>& members = count_.election.counting_committee;
    document_.signatures.push_back(
        {"T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", members.empty() ? "" : members.front()});
    for (size_t k = 1; k < members.size(); ++k) {
      document_.signatures.push_back({"", "ỦY VIÊN", members[k]});
    }
  }

  void Annex() {
    std::vector<pdf::Block>& annex = document_.annex;
    pdf::Block title = pdf::Heading("PHỤ LỤC: NHẬT KÝ NHẬP PHIẾU");
    title.centred = true;
    annex.push_back(std::move(title));
    annex.push_back(
        Centred(pdf::MarkupParagraph("<i>(Kèm theo Biên bản kiểm phiếu " +
                                     pdf::EscapeMarkup(Counted(Subject(count_))) + ")</i>")));
    const std::string digits = std::to_string(settings_.hash_digits);
    annex.push_back(pdf::Paragraph(
        "Mỗi lượt nhập một phiếu của một người nhập phiếu, theo thứ tự nhập. Nội dung nhập ghi "
        "số thứ tự trên phiếu bầu của những người bị gạch tên (hoặc các ô đồng ý, không đồng ý), "
        "các dấu hiệu của phiếu, \"hủy\" khi một số phiếu được nhập nhầm. Thời điểm theo giờ " +
        OffsetText(settings_.utc_offset_minutes) + "; mã băm: " + digits +
        " ký tự đầu của mã băm SHA-256 của lượt nhập, nối với lượt trước."));
    // Entries over several days print the date with the time.
    const bool one_day = !first_entry_ || !last_entry_ || first_entry_->date == last_entry_->date;
    pdf::Table table;
    table.columns = {"Lượt", "Người nhập", "Phiếu số", "Nội dung nhập", "Thời điểm", "Mã băm"};
    // At 11 pt the hash column holds 12 hexadecimal digits, and the entry of a struck ballot
    // six numbers, without wrapping.
    table.widths = {0.8, 2.0, 1.0, 4.0, one_day ? 1.4 : 2.2, 1.9};
    table.font_pt = settings_.annex_table_pt;
    table.align = {'c', 'l', 'c', 'l', 'c', 'l'};
    const int candidates = static_cast<int>(count_.candidates.size());
    for (const app::BallotEntryRecord& entry : entries_) {
      std::string time = entry.entered_at;
      if (auto t = ToLocal(entry.entered_at, settings_.utc_offset_minutes)) {
        time = Two(t->hour) + ":" + Two(t->minute) + ":" + Two(t->second);
        if (!one_day) time = Two(t->date.day()) + "/" + Two(t->date.month()) + " " + time;
      }
      table.rows.push_back({std::to_string(entry.seq), entry.clerk, std::to_string(entry.number),
                            EntryText(entry, candidates), time,
                            entry.hash.substr(0, static_cast<size_t>(settings_.hash_digits))});
    }
    if (table.rows.empty()) {
      annex.push_back(pdf::Paragraph("Chưa có lượt nhập phiếu nào."));
    } else {
      annex.push_back(pdf::TableBlock(std::move(table)));
    }
  }

  const MinutesExtras& extras_;
  const app::CountView& count_;
  const planning::Congress& congress_;
  const org::Organization& organization_;
  const std::string& superior_;
  const std::string& place_;
  const std::vector<app::BallotEntryRecord>& entries_;
  const MinutesSettings& settings_;
  std::string congress_name_;
  bool delegates_ = false;
  std::optional<LocalTime> first_entry_;
  std::optional<LocalTime> last_entry_;
  std::optional<LocalTime> closed_;
  pdf::Document document_;
};

}  // namespace

std::string EntryText(const app::BallotEntryRecord& entry, int candidates) {
  auto decoded = election::DecodeEntry(entry.payload, entry.number, candidates);
  if (!decoded.ok()) return "(không đọc được: " + entry.payload + ")";
  if (decoded->retracted) return "hủy";
  const election::Ballot& ballot = decoded->ballot;
  std::vector<std::string> parts;
  if (ballot.form == election::Ballot::Form::kStruck) {
    parts.push_back(ballot.struck.empty() ? "không gạch tên nào"
                                          : "gạch " + NumberRuns(ballot.struck));
  } else {
    std::vector<int> agree;
    std::vector<int> disagree;
    std::vector<int> both;
    for (const election::CandidateMark& m : ballot.marks) {
      if (m.mark == Mark::kAgree) agree.push_back(m.candidate);
      if (m.mark == Mark::kDisagree) disagree.push_back(m.candidate);
      if (m.mark == Mark::kBoth) both.push_back(m.candidate);
    }
    if (!agree.empty()) parts.push_back("đồng ý " + NumberRuns(agree));
    if (!disagree.empty()) parts.push_back("không đồng ý " + NumberRuns(disagree));
    if (!both.empty()) parts.push_back("cả hai ô " + NumberRuns(both));
    if (parts.empty()) parts.push_back("không đánh dấu ô nào");
  }
  if (!ballot.write_in.empty()) {
    std::string names;
    for (const std::string& name : ballot.write_in) names += (names.empty() ? "" : ", ") + name;
    parts.push_back("ghi thêm: " + names);
  }
  if (ballot.unofficial) parts.push_back("phiếu không do Ban Kiểm phiếu phát ra");
  if (ballot.marked) parts.push_back("có ký hiệu riêng");
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

pdf::Document MinutesDocument(const app::CountView& count, const planning::Congress& congress,
                              const org::Organization& organization, const std::string& superior,
                              const std::string& place,
                              const std::vector<app::BallotEntryRecord>& entries) {
  return MinutesDocument(count, congress, organization, superior, place, entries,
                         MinutesSettings{});
}

pdf::Document MinutesDocument(const app::CountView& count, const planning::Congress& congress,
                              const org::Organization& organization, const std::string& superior,
                              const std::string& place,
                              const std::vector<app::BallotEntryRecord>& entries,
                              const MinutesSettings& settings) {
  const MinutesExtras none;
  return Builder(count, congress, organization, superior, place, entries, settings, none).Build();
}

pdf::Document MinutesDocument(const app::MinutesData& data, const std::string& place,
                              std::optional<int> number, const MinutesSettings& settings) {
  const MinutesExtras extras{number, data.sessions, data.attendance, data.disagree};
  return Builder(data.count, data.congress, data.organization, data.superior, place, data.entries,
                 settings, extras)
      .Build();
}

}  // namespace daihoi::report
