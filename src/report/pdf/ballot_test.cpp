// Printed ballots read back as a person and a scanner would: the text with poppler's pdftotext,
// the page rasterized with pdftoppm at 150 dpi and its QR code decoded with ZXing.
// R-BALLOT-FORM (struck form, agree / disagree form), R-ORDER (names printed as given, in order).
#include "report/pdf/ballot.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

#include "report/pdf/pdf_text_test.h"

namespace daihoi::report::pdf {
namespace {

namespace fs = std::filesystem;

using test::CountPages;

// SHA-256 of "abc": any 64 hex digits stand for a list digest here.
constexpr const char* kDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr double kDpi = 150;

std::string Payload(const std::string& election) {
  return std::string("DAIHOI-BALLOT/1/") + election + "/" + kDigest;
}

// A temporary folder for the PDF and what poppler makes of it; DAIHOI_PDF_OUT=dir keeps copies.
class BallotFiles {
 public:
  explicit BallotFiles(std::string name) : name_(std::move(name)) {
    std::string pattern = (fs::temp_directory_path() / "daihoi-ballot-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
  }
  ~BallotFiles() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  std::string Pdf(const std::string& bytes) {
    const fs::path path = dir_ / (name_ + ".pdf");
    std::ofstream(path, std::ios::binary) << bytes;
    Keep(path);
    return path.string();
  }

  // The first page through pdftotext in the given mode ("" reading order, "-raw" content
  // order, "-layout" rows of a table, "-bbox" word boxes).
  std::string Text(const std::string& pdf, const std::string& mode = "") {
    const fs::path out = dir_ / (name_ + mode + ".txt");
    Run("pdftotext -f 1 -l 1 " + mode + " -enc UTF-8 '" + pdf + "' '" + out.string() + "'");
    return Read(out);
  }

  // Page 1 rasterized at 150 dpi, as pdftoppm writes it.
  std::string Png(const std::string& pdf, int page = 1) {
    const fs::path prefix = dir_ / (name_ + "-" + std::to_string(page));
    Run("pdftoppm -png -r 150 -f " + std::to_string(page) + " -l " + std::to_string(page) +
        " -singlefile '" + pdf + "' '" + prefix.string() + "'");
    const fs::path png = prefix.string() + ".png";
    Keep(png);
    return png.string();
  }

 private:
  static void Run(const std::string& command) {
    ASSERT_EQ(std::system((command + " 2>&1").c_str()), 0) << command;
  }
  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  void Keep(const fs::path& path) const {
    if (const char* keep = std::getenv("DAIHOI_PDF_OUT")) {
      std::error_code ignored;
      fs::copy_file(path, fs::path(keep) / path.filename(), fs::copy_options::overwrite_existing,
                    ignored);
    }
  }

  std::string name_;
  fs::path dir_;
};

struct Png {
  cairo_surface_t* surface = nullptr;
  explicit Png(const std::string& path)
      : surface(cairo_image_surface_create_from_png(path.c_str())) {}
  ~Png() { cairo_surface_destroy(surface); }
  bool ok() const { return cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS; }
  int width() const { return cairo_image_surface_get_width(surface); }
  int height() const { return cairo_image_surface_get_height(surface); }
  // Red, green and blue are equal on these black-on-white pages; blue is byte 0 of a pixel.
  int Gray(int x, int y) const {
    const unsigned char* data = cairo_image_surface_get_data(surface);
    return data[y * cairo_image_surface_get_stride(surface) + x * 4];
  }
};

// Every QR code on the page, decoded by ZXing from the rasterized pixels.
std::vector<std::string> DecodeQr(const std::string& png_path) {
  Png png(png_path);
  EXPECT_TRUE(png.ok()) << png_path;
  if (!png.ok()) return {};
  cairo_surface_flush(png.surface);
  // cairo's ARGB32 / RGB24 pixels are B, G, R, X in memory on a little-endian machine.
  ZXing::ImageView image(cairo_image_surface_get_data(png.surface), png.width(), png.height(),
                         ZXing::ImageFormat::BGRX, cairo_image_surface_get_stride(png.surface));
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  std::vector<std::string> texts;
  for (const ZXing::Result& result : ZXing::ReadBarcodes(image, hints)) {
    if (result.isValid()) texts.push_back(result.text());
  }
  return texts;
}

std::string WithoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') out += c;
  }
  return out;
}

// Each of `names` is found after the one before it. Line breaks and spaces are ignored: where a
// title wraps, and whether pdftotext sees a narrow space, is not what is tested.
void ExpectInOrder(const std::string& text, const std::vector<std::string>& names) {
  const std::string flat = WithoutSpaces(text);
  size_t from = 0;
  for (const std::string& name : names) {
    const std::string wanted = WithoutSpaces(name);
    const size_t at = flat.find(wanted, from);
    ASSERT_NE(at, std::string::npos) << "'" << name << "' missing or out of order in:\n" << text;
    from = at + wanted.size();
  }
}

// True when no pixel of the rectangle (mm from the page's top left corner) is darker than
// near-white.
bool Blank(const std::string& png_path, double x_mm, double y_mm, double w_mm, double h_mm) {
  Png png(png_path);
  if (!png.ok()) return false;
  auto px = [](double mm) { return static_cast<int>(mm / 25.4 * kDpi); };
  for (int y = px(y_mm); y < px(y_mm + h_mm) && y < png.height(); ++y) {
    for (int x = px(x_mm); x < px(x_mm + w_mm) && x < png.width(); ++x) {
      if (png.Gray(x, y) < 240) return false;
    }
  }
  return true;
}

BallotSheet Sheet(std::vector<std::string> names, bool agree_disagree, int max_names) {
  BallotSheet sheet;
  sheet.superior = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI";
  sheet.congress = "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI";
  sheet.subtitle = "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025";
  sheet.names = std::move(names);
  sheet.agree_disagree = agree_disagree;
  sheet.instruction = VoterInstruction(agree_disagree, max_names);
  sheet.qr_payload = Payload("BADINH-2020-BCH");
  sheet.list_digest = kDigest;
  return sheet;
}

// 47 distinct names, as a congress list of 41 seats would carry.
std::vector<std::string> FortySeven() {
  const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
  const char* middle[] = {"Văn", "Thị", "Đức", "Thanh", "Minh", "Quốc"};
  const char* given[] = {"An",     "Anh",   "Bình", "Chi",   "Chiến", "Cường", "Dũng",  "Dung",
                         "Đạt",    "Giang", "Hà",   "Hải",   "Hạnh",  "Hiền",  "Hiếu",  "Hoa",
                         "Hòa",    "Hùng",  "Hưng", "Hương", "Huy",   "Khánh", "Lan",   "Linh",
                         "Long",   "Mai",   "Minh", "Nam",   "Nga",   "Ngọc",  "Nhung", "Phong",
                         "Phương", "Quang", "Quân", "Sơn",   "Tâm",   "Thảo",  "Thắng", "Thủy",
                         "Trang",  "Trung", "Tuấn", "Tùng",  "Vân",   "Việt",  "Yến"};
  std::vector<std::string> names;
  for (size_t index = 0; index < std::size(given); ++index) {
    names.push_back(std::string(family[index % std::size(family)]) + " " +
                    middle[index % std::size(middle)] + " " + given[index]);
  }
  return names;
}

TEST(BallotTest, StruckFormListsNumberedNamesInOrderWithTheQr) {  // R-BALLOT-FORM, surplus
  const std::vector<std::string> names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                          "Phạm Thị Dung", "Hoàng Minh Đức"};
  BallotSettings settings;
  settings.copies = 3;
  Result<std::string> pdf = RenderBallots(Sheet(names, false, 4), settings);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  EXPECT_EQ(CountPages(*pdf), 3);

  BallotFiles files("ballot-struck-5");
  const std::string path = files.Pdf(*pdf);
  const std::string text = files.Text(path);
  ExpectInOrder(text, {"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH",
                       "PHIẾU BẦU CỬ", "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA XXVI",
                       "Gạch ngang cả họ và tên người không bầu", "không quá 4 người"});
  ExpectInOrder(text, {"1.", "Nguyễn Văn An", "2.", "Trần Thị Bình", "3.", "Lê Văn Cường", "4.",
                       "Phạm Thị Dung", "5.", "Hoàng Minh Đức"});
  ExpectInOrder(text, {"Mã danh sách: ba7816bf8f01"});

  EXPECT_EQ(text.find("ba7816bf8f01c"), std::string::npos) << "only 12 hex digits are printed";
  EXPECT_EQ(text.find("Đồng ý"), std::string::npos);

  for (int page : {1, 3}) {
    const std::string png = files.Png(path, page);
    EXPECT_EQ(DecodeQr(png), std::vector<std::string>{Payload("BADINH-2020-BCH")}) << page;
  }
  // The stamp area top left stays blank inside its guide (A5, 12 mm margins, 40 × 40 mm).
  EXPECT_TRUE(Blank(files.Png(path, 2), 13, 13, 38, 38));
}

TEST(BallotTest, NoSurplusFormHasAgreeAndDisagreeBoxes) {  // R-BALLOT-FORM, no surplus
  Result<std::string> pdf = RenderBallots(Sheet({"Nguyễn Văn An"}, true, 1));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(CountPages(*pdf), 1);
  BallotFiles files("ballot-agree-1");
  const std::string path = files.Pdf(*pdf);
  // -layout reads the table row by row.
  const std::string text = files.Text(path, "-layout");
  ExpectInOrder(text, {"PHIẾU BẦU CỬ", "BAN CHẤP HÀNH", "Số TT", "Họ và tên", "Đồng ý",
                       "Không đồng ý", "1", "Nguyễn Văn An", "Mã danh sách: ba7816bf8f01"});
  const std::string png = files.Png(path);
  EXPECT_EQ(DecodeQr(png), std::vector<std::string>{Payload("BADINH-2020-BCH")});
  EXPECT_TRUE(Blank(png, 13, 13, 38, 38));
}

TEST(BallotTest, FortySevenNamesGoOnA4InTwoColumnsDownTheFirstColumnFirst) {
  const std::vector<std::string> names = FortySeven();
  BallotSheet sheet = Sheet(names, false, 41);
  sheet.qr_payload = Payload("E-47");

  // A5 cannot hold 47 names at full size; A4 can (the CLI's rule for its default paper).
  BallotSettings a5;
  EXPECT_FALSE(FitsAtFullSize(sheet, a5));
  BallotSettings a4;
  a4.paper = Paper::kA4;
  EXPECT_TRUE(FitsAtFullSize(sheet, a4));
  BallotSettings a5_full_size_only = a5;
  a5_full_size_only.min_names_pt = a5.names_pt;
  Result<std::string> refused = RenderBallots(sheet, a5_full_size_only);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "names");
  EXPECT_NE(refused.error().message.find("A4"), std::string::npos) << refused.error().message;

  Result<std::string> pdf = RenderBallots(sheet, a4);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(CountPages(*pdf), 1);
  BallotFiles files("ballot-struck-47");
  const std::string path = files.Pdf(*pdf);
  ExpectInOrder(files.Text(path, "-raw"), names);

  // Where each number is printed: 1–24 down the left column, 25–47 down the right one.
  const std::string boxes = files.Text(path, "-bbox");
  // Numbers are right-aligned: their right edges line up.
  const std::regex word(
      R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="([0-9.]+)"[^>]*>([0-9]+)\.</word>)re");
  std::vector<std::pair<double, double>> at(names.size() + 1, {-1, -1});
  for (auto it = std::sregex_iterator(boxes.begin(), boxes.end(), word);
       it != std::sregex_iterator(); ++it) {
    const size_t number = std::stoul((*it)[3]);
    if (number >= 1 && number <= names.size()) {
      at[number] = {std::stod((*it)[2]), std::stod((*it)[1])};  // {right edge, top}
    }
  }
  for (size_t number = 1; number <= names.size(); ++number) {
    ASSERT_GE(at[number].first, 0) << number << ". not printed";
  }
  const size_t rows = (names.size() + 1) / 2;
  for (size_t number = 2; number <= names.size(); ++number) {
    if (number == rows + 1) {
      EXPECT_GT(at[number].first, at[number - 1].first + 100) << "second column to the right";
      EXPECT_NEAR(at[number].second, at[1].second, 0.5) << "second column starts at the top";
    } else {
      EXPECT_NEAR(at[number].first, at[number - 1].first, 0.5) << number;
      EXPECT_GT(at[number].second, at[number - 1].second) << number;
    }
  }
  const std::string png = files.Png(path);
  EXPECT_EQ(DecodeQr(png), std::vector<std::string>{Payload("E-47")});
  EXPECT_TRUE(Blank(png, 13, 13, 38, 38));
}

TEST(BallotTest, A5ShrinksTheTypeBeforeRefusing) {
  // 24 names do not fit on A5 at 14 pt even in two columns; at a smaller size they do.
  std::vector<std::string> names = FortySeven();
  names.resize(24);
  BallotSheet sheet = Sheet(names, false, 21);
  BallotSettings a5;
  EXPECT_FALSE(FitsAtFullSize(sheet, a5));
  Result<std::string> pdf = RenderBallots(sheet, a5);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  BallotFiles files("ballot-a5-24");
  const std::string path = files.Pdf(*pdf);
  ExpectInOrder(files.Text(path, "-raw"), names);
  EXPECT_EQ(DecodeQr(files.Png(path)), std::vector<std::string>{Payload("BADINH-2020-BCH")});
}

TEST(BallotTest, LongNoSurplusListsGoOnA4) {  // a delegates list without surplus
  // A row is never lower than its boxes, so the table cannot shrink far: 8 names fit on A5,
  // 12 need A4.
  std::vector<std::string> names = FortySeven();
  names.resize(8);
  BallotSettings a5;
  EXPECT_TRUE(FitsAtFullSize(Sheet(names, true, 8), a5));
  names = FortySeven();
  names.resize(12);
  const BallotSheet sheet = Sheet(names, true, 12);
  EXPECT_FALSE(FitsAtFullSize(sheet, a5));
  Result<std::string> refused = RenderBallots(sheet, a5);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("print on A4"), std::string::npos);

  BallotSettings a4;
  a4.paper = Paper::kA4;
  EXPECT_TRUE(FitsAtFullSize(sheet, a4));
  Result<std::string> pdf = RenderBallots(sheet, a4);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  BallotFiles files("ballot-agree-12");
  const std::string path = files.Pdf(*pdf);
  std::vector<std::string> rows;
  for (size_t index = 0; index < names.size(); ++index) {
    rows.push_back(std::to_string(index + 1));
    rows.push_back(names[index]);
  }
  ExpectInOrder(files.Text(path, "-layout"), rows);
  EXPECT_EQ(DecodeQr(files.Png(path)), std::vector<std::string>{Payload("BADINH-2020-BCH")});
}

TEST(BallotTest, RefusesWhatCannotBePrinted) {
  BallotSettings settings;
  Result<std::string> empty = RenderBallots(Sheet({}, false, 1), settings);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "names");

  settings.copies = 0;
  Result<std::string> no_copies = RenderBallots(Sheet({"Nguyễn Văn An"}, true, 1), settings);
  ASSERT_FALSE(no_copies.ok());
  EXPECT_EQ(no_copies.error().field, "copies");

  BallotSheet long_payload = Sheet({"Nguyễn Văn An"}, true, 1);
  long_payload.qr_payload = std::string(8000, 'x');
  Result<std::string> too_long = RenderBallots(long_payload);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().field, "qr_payload");

  BallotSheet no_payload = Sheet({"Nguyễn Văn An"}, true, 1);
  no_payload.qr_payload.clear();
  EXPECT_FALSE(RenderBallots(no_payload).ok());
}

TEST(BallotTest, TheTermIsNeverSplitAtItsDash) {
  // On A5 this subtitle reaches the margin right after the dash.
  BallotSheet sheet = Sheet({"Nguyễn Văn An"}, true, 1);
  sheet.subtitle = "Bí thư Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025";
  Result<std::string> pdf = RenderBallots(sheet);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  BallotFiles files("ballot-term");
  const std::string text = files.Text(files.Pdf(*pdf));
  const size_t term = text.find("2020");
  ASSERT_NE(term, std::string::npos) << text;
  EXPECT_NE(text.substr(term, text.find('\n', term) - term).find("2025"), std::string::npos)
      << text;
}

TEST(BallotTest, VoterInstructionNamesTheLimit) {
  EXPECT_EQ(VoterInstruction(false, 41),
            "Gạch ngang cả họ và tên người không bầu; giữ lại không quá 41 người.");
  EXPECT_NE(VoterInstruction(true, 1).find("Không đồng ý"), std::string::npos);
}

}  // namespace
}  // namespace daihoi::report::pdf
