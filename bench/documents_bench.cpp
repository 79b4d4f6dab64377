// Draft comments at national scale (issue 8): 1,000,000 comments on a 60-section draft — about
// 2,000 distinct opinions in realistic Vietnamese, each copied with small variations (a prefix,
// punctuation, case, a dropped word), the most frequent ones tens of thousands of times — are
// ingested through the bulk path (DocumentStore::AddComments: multi-row INSERTs, one
// transaction) and the synthesis is built: the shown comments read, grouped into
// near-duplicates (documents::GroupComments), the groups stored, the counts computed
// (app::ShowSynthesis). Each stage is timed on SQLite and on PostgreSQL; the baseline, measured in
// the same run on the same engine, is a plain bulk INSERT of the same rows' section and text into
// a table without indexes, in the same batches.
//
// DAIHOI_BENCH_COMMENTS sets the number of comments (default 1,000,000). PostgreSQL runs use the
// server in DAIHOI_TEST_PG (a fresh schema, dropped at the end) and are skipped when it is unset.
#include <benchmark/benchmark.h>
#include <postgresql/libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/documents.h"
#include "storage/open.h"
#include "storage/sql.h"

namespace {

using daihoi::app::CommentRecord;
using daihoi::documents::CommentSource;
using daihoi::documents::CommentStatus;
using Clock = std::chrono::steady_clock;

int64_t CommentCount() {
  const char* value = std::getenv("DAIHOI_BENCH_COMMENTS");
  if (value == nullptr || *value == '\0') return 1'000'000;
  return std::max<int64_t>(1, std::atoll(value));
}

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void Check(const daihoi::Status& status, const char* what) {
  if (!status.ok()) throw std::runtime_error(std::string(what) + ": " + status.error().message);
}

struct Lcg {
  uint64_t state;
  uint64_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  }
  double Unit() { return static_cast<double>(Next() % 1'000'000) / 1'000'000.0; }
};

// 40 requests × 50 subjects = 2,000 distinct opinions.
constexpr std::array<const char*, 40> kRequests = {
    "Đề nghị bổ sung chỉ tiêu về",
    "Cần làm rõ hơn kết quả thực hiện",
    "Đề nghị đánh giá sâu hơn về",
    "Cần có giải pháp cụ thể cho",
    "Báo cáo nên phân tích nguyên nhân hạn chế của",
    "Đề nghị nêu rõ trách nhiệm của người đứng đầu đối với",
    "Cần bổ sung số liệu so sánh về",
    "Đề nghị tăng cường kiểm tra, giám sát việc",
    "Nên đưa vào nhiệm vụ trọng tâm việc",
    "Cần quan tâm hơn nữa đến",
    "Đề nghị làm rõ lộ trình thực hiện",
    "Cần đánh giá đúng thực chất",
    "Đề nghị bổ sung giải pháp đột phá về",
    "Báo cáo chưa nêu được bài học kinh nghiệm về",
    "Cần xác định rõ nguồn lực cho",
    "Đề nghị rà soát lại chỉ tiêu về",
    "Cần phát huy vai trò của Mặt trận Tổ quốc trong",
    "Đề nghị có cơ chế khuyến khích",
    "Nên lấy ý kiến rộng rãi của nhân dân về",
    "Cần tập trung nguồn lực đầu tư cho",
    "Đề nghị đẩy mạnh ứng dụng công nghệ thông tin trong",
    "Cần chú trọng công tác tuyên truyền về",
    "Đề nghị tổng kết, nhân rộng mô hình hay trong",
    "Báo cáo cần khẳng định rõ hơn thành tựu về",
    "Đề nghị phân công cụ thể cơ quan chủ trì",
    "Cần gắn trách nhiệm của chi bộ với",
    "Nên đặt mục tiêu cao hơn cho",
    "Cần cụ thể hóa bằng chương trình hành động về",
    "Đề nghị quan tâm bố trí kinh phí cho",
    "Cần nâng cao chất lượng",
    "Đề nghị bổ sung đánh giá tác động của đại dịch đối với",
    "Cần làm rõ vai trò của phường trong",
    "Đề nghị xây dựng kế hoạch dài hạn cho",
    "Báo cáo nên ngắn gọn hơn ở phần",
    "Cần thống nhất số liệu giữa các phần về",
    "Đề nghị giao chỉ tiêu cụ thể cho từng phường về",
    "Cần sớm ban hành quy chế về",
    "Đề nghị đưa vào chỉ tiêu pháp lệnh việc",
    "Cần có đánh giá độc lập về",
    "Đề nghị tiếp thu ý kiến của cử tri về"};
constexpr std::array<const char*, 50> kSubjects = {
    "chỉnh trang vỉa hè và hệ thống chiếu sáng trên các tuyến phố",
    "bãi đỗ xe ngầm tại các phường trung tâm",
    "cải tạo các khu tập thể cũ xuống cấp",
    "phát triển không gian xanh và công viên",
    "chuyển đổi số trong cải cách hành chính",
    "dịch vụ công trực tuyến mức độ ba và bốn",
    "chống ngập úng cục bộ trong mùa mưa",
    "quản lý trật tự xây dựng ở các phường",
    "xử lý lấn chiếm vỉa hè, lòng đường",
    "giảm sĩ số học sinh trong các trường tiểu học",
    "nâng cao chất lượng trạm y tế phường",
    "chăm sóc người cao tuổi và người có công",
    "bảo tồn các di tích lịch sử, văn hóa",
    "phát triển thương mại, dịch vụ chất lượng cao",
    "thu hút đầu tư vào các dự án hạ tầng",
    "phòng chống tham nhũng, lãng phí ở cơ sở",
    "kết nạp đảng viên mới trong doanh nghiệp tư nhân",
    "sinh hoạt chi bộ khu dân cư",
    "bảo đảm an ninh trật tự tại các điểm nóng",
    "phòng cháy, chữa cháy ở khu dân cư đông đúc",
    "xử lý rác thải và vệ sinh môi trường",
    "cấp nước sạch cho các hộ dân",
    "giảm ô nhiễm không khí và tiếng ồn",
    "phát triển văn hóa đọc trong cộng đồng",
    "xây dựng gia đình văn hóa, tổ dân phố văn hóa",
    "hỗ trợ hộ kinh doanh nhỏ lẻ phục hồi sau dịch",
    "đào tạo nghề và giải quyết việc làm cho thanh niên",
    "thể dục thể thao quần chúng",
    "quản lý các chợ dân sinh",
    "an toàn thực phẩm trong trường học",
    "giao thông tĩnh và điểm trông giữ xe",
    "tiếp công dân và giải quyết đơn thư",
    "công tác cán bộ và quy hoạch cán bộ trẻ",
    "đánh giá, xếp loại chất lượng đảng viên",
    "công khai, minh bạch ngân sách phường",
    "vai trò giám sát của Hội đồng nhân dân",
    "phát triển du lịch gắn với di sản Hoàng thành Thăng Long",
    "ngầm hóa đường dây điện, cáp viễn thông",
    "trồng thêm cây xanh trên các tuyến phố",
    "nhà vệ sinh công cộng quanh các hồ",
    "cải tạo hồ Ngọc Khánh và hồ Thành Công",
    "khu vui chơi cho trẻ em",
    "chăm sóc sức khỏe ban đầu cho nhân dân",
    "phòng chống ma túy trong thanh thiếu niên",
    "quản lý nhà nước về đất đai",
    "thu ngân sách từ khu vực ngoài quốc doanh",
    "ứng dụng camera giám sát an ninh",
    "hoạt động của các tổ hòa giải cơ sở",
    "bình đẳng giới trong công tác cán bộ",
    "hỗ trợ người dân làm thủ tục hành chính"};
constexpr std::array<const char*, 6> kPrefixes = {
    "", "", "Tôi ", "Chúng tôi ", "Kính đề nghị: ", "Ý kiến: "};
constexpr std::array<const char*, 7> kSuffixes = {
    ".", ".", "", "!", " ạ.", "...", " trong nhiệm kỳ tới."};

struct Data {
  std::vector<CommentRecord> comments;
  int64_t distinct_opinions = 0;
};
Data* data = nullptr;
std::vector<std::string> units;

// Drops the word at `index` (counted on spaces).
std::string DropWord(const std::string& text, size_t index) {
  size_t start = 0;
  for (size_t i = 0; i < index; ++i) {
    start = text.find(' ', start);
    if (start == std::string::npos) return text;
    ++start;
  }
  const size_t end = text.find(' ', start);
  if (end == std::string::npos) return text;
  return text.substr(0, start) + text.substr(end + 1);
}

void Generate(int64_t count) {
  data = new Data;
  data->distinct_opinions = static_cast<int64_t>(kRequests.size() * kSubjects.size());
  data->comments.reserve(count);
  Lcg rng{20200401};
  for (int64_t i = 0; i < count; ++i) {
    // Skewed: the first opinions are the most frequent (the top one ~8% of all comments).
    const double u = rng.Unit();
    const int64_t opinion = static_cast<int64_t>(data->distinct_opinions * u * u * u);
    const char* request = kRequests[opinion % kRequests.size()];
    const char* subject = kSubjects[(opinion / kRequests.size()) % kSubjects.size()];
    std::string text = std::string(kPrefixes[rng.Next() % kPrefixes.size()]) + request + " " +
                       subject + kSuffixes[rng.Next() % kSuffixes.size()];
    if (rng.Next() % 10 == 0) text = DropWord(text, 3 + rng.Next() % 4);
    if (rng.Next() % 4 == 0) {
      for (char& ch : text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    CommentRecord c;
    c.anchor.section_ordinal = static_cast<int>(1 + opinion % 60);
    c.text = std::move(text);
    const uint64_t source = rng.Next() % 20;
    if (source < 4) {
      c.source = CommentSource::kUnit;
      c.org_code = units[rng.Next() % units.size()];
      c.on_behalf_of_meeting = true;
      c.agreed_members = 20 + static_cast<int64_t>(rng.Next() % 60);
    } else if (source == 4) {
      c.source = CommentSource::kFormerLeader;
    } else {
      c.source = CommentSource::kCitizen;
    }
    c.status = CommentStatus::kShown;
    c.created_by = "bench";
    data->comments.push_back(std::move(c));
  }
}

struct Engine {
  std::string name;
  std::string url;
  std::function<void()> cleanup;
};

struct Figures {
  double ingest = 0, baseline = 0, group = 0, store = 0, counts = 0;
  int64_t groups = 0, largest = 0;
};
std::map<std::string, Figures> figures;

void RunEngine(const Engine& engine) {
  auto opened = daihoi::storage::OpenStore(engine.url);
  if (!opened.ok()) throw std::runtime_error("open: " + opened.error().message);
  daihoi::app::Store& store = **opened;
  std::vector<daihoi::org::Organization> orgs;
  daihoi::org::Organization top;
  top.code = "BENCH";
  top.name = "Đảng bộ quận (benchmark)";
  top.level = "district";
  orgs.push_back(top);
  for (const std::string& code : units) {
    daihoi::org::Organization unit;
    unit.code = code;
    unit.name = "Đảng bộ phường " + code;
    unit.level = "grassroots";
    unit.parent_code = "BENCH";
    orgs.push_back(unit);
  }
  Check(store.UpsertOrganizations(orgs), "organizations");
  const daihoi::app::Actor actor = daihoi::app::Actor::CommandLine("bench");
  daihoi::app::DraftInput draft;
  draft.org_code = "BENCH";
  draft.term = "2020-2025";
  draft.title = "Báo cáo chính trị (benchmark)";
  for (int s = 1; s <= 60; ++s) {
    draft.content.sections.push_back({0,
                                      "Phần " + std::to_string(s),
                                      1,
                                      {{0, "", "Nội dung của phần " + std::to_string(s) + "."}}});
  }
  auto ref = daihoi::app::SaveDraft(store, actor, draft);
  if (!ref.ok()) throw std::runtime_error("draft: " + ref.error().message);
  daihoi::app::PublicationInput publication;
  publication.is_public = true;
  publication.open = daihoi::Date::Parse("2020-04-01");
  publication.close = daihoi::Date::Parse("2020-04-30");
  Check(daihoi::app::PublishDraft(store, actor, ref->version_id, publication), "publish");
  for (CommentRecord& c : data->comments) c.version_id = ref->version_id;

  Figures& f = figures[engine.name];
  daihoi::storage::Sql& sql = daihoi::storage::SqlOf(store);
  Check(sql.Run("CREATE TABLE bench_plain (section_ordinal INTEGER NOT NULL, text TEXT NOT NULL)")
                .ok()
            ? daihoi::Status()
            : daihoi::Status(daihoi::StorageError("create bench_plain")),
        "baseline table");
  auto start = Clock::now();
  Check(sql.Transaction([&]() -> daihoi::Status {
    constexpr int kRows = 200;  // the batch size of AddComments
    std::string batch_sql = "INSERT INTO bench_plain (section_ordinal, text) VALUES ";
    for (int r = 0; r < kRows; ++r) {
      batch_sql +=
          (r ? ", ($" : "($") + std::to_string(2 * r + 1) + ", $" + std::to_string(2 * r + 2) + ")";
    }
    daihoi::storage::SqlParams params;
    const auto& comments = data->comments;
    size_t i = 0;
    for (; i + kRows <= comments.size(); i += kRows) {
      params.clear();
      for (int r = 0; r < kRows; ++r) {
        params.emplace_back(comments[i + r].anchor.section_ordinal);
        params.emplace_back(comments[i + r].text);
      }
      auto run = sql.Run(batch_sql, params);
      if (!run.ok()) return run.error();
    }
    for (; i < comments.size(); ++i) {
      auto run = sql.Run("INSERT INTO bench_plain (section_ordinal, text) VALUES ($1, $2)",
                         {comments[i].anchor.section_ordinal, comments[i].text});
      if (!run.ok()) return run.error();
    }
    return {};
  }),
        "baseline");
  f.baseline = Seconds(start);

  daihoi::app::DocumentStore& docs = daihoi::app::DocumentsOf(store);
  start = Clock::now();
  auto stored = docs.AddComments(data->comments);
  if (!stored.ok()) throw std::runtime_error("ingest: " + stored.error().message);
  f.ingest = Seconds(start);

  // The synthesis's stages, as BuildSynthesis runs them.
  start = Clock::now();
  auto rows = docs.SynthesisRows(ref->version_id, true);
  if (!rows.ok()) throw std::runtime_error("rows: " + rows.error().message);
  std::vector<daihoi::documents::GroupingInput> inputs;
  inputs.reserve(rows->size());
  for (auto& row : *rows) inputs.push_back({row.id, row.section_ordinal, std::move(row.text)});
  auto groups = daihoi::documents::GroupComments(inputs);
  f.group = Seconds(start);
  f.groups = static_cast<int64_t>(groups.size());
  f.largest = groups.empty() ? 0 : static_cast<int64_t>(groups.front().members.size());

  start = Clock::now();
  std::vector<daihoi::app::NewCommentGroup> records;
  records.reserve(groups.size());
  for (auto& group : groups) {
    daihoi::app::NewCommentGroup record;
    record.section_ordinal = group.section_ordinal;
    record.representative_id = group.representative;
    record.members = std::move(group.members);
    records.push_back(std::move(record));
  }
  Check(docs.ReplaceGroups(ref->version_id, records), "store groups");
  f.store = Seconds(start);

  start = Clock::now();
  auto view = daihoi::app::ShowSynthesis(store, actor, ref->version_id, {});
  if (!view.ok()) throw std::runtime_error("counts: " + view.error().message);
  f.counts = Seconds(start);
  if (view->counts.comments != static_cast<int64_t>(data->comments.size())) {
    throw std::runtime_error("counts: wrong total");
  }
}

void BM_Generate(benchmark::State& state) {
  for (auto _ : state) {
    auto start = Clock::now();
    Generate(state.range(0));
    state.SetIterationTime(Seconds(start));
  }
  state.counters["distinct_opinions"] = static_cast<double>(data->distinct_opinions);
}

void Report(benchmark::State& state, const std::string& engine) {
  const Figures& f = figures.at(engine);
  state.counters["ingest_s"] = f.ingest;
  state.counters["baseline_s"] = f.baseline;
  state.counters["group_s"] = f.group;
  state.counters["store_groups_s"] = f.store;
  state.counters["counts_s"] = f.counts;
  state.counters["groups"] = static_cast<double>(f.groups);
  state.counters["largest_group"] = static_cast<double>(f.largest);
}

void BM_Synthesis(benchmark::State& state, const Engine* engine) {
  for (auto _ : state) {
    auto start = Clock::now();
    RunEngine(*engine);
    state.SetIterationTime(Seconds(start));
  }
  Report(state, engine->name);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i <= 50; ++i) units.push_back("BENCH-P" + std::to_string(i));
  const int64_t count = CommentCount();
  std::vector<Engine> engines;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("daihoi_documents_bench_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  engines.push_back({"sqlite", "sqlite:" + (dir / "bench.db").string(),
                     [dir] { std::filesystem::remove_all(dir); }});
  PGconn* admin = nullptr;
  const char* pg = std::getenv("DAIHOI_TEST_PG");
  if (pg != nullptr && *pg != '\0') {
    const std::string schema = "documents_bench_" + std::to_string(getpid());
    admin = PQconnectdb(pg);
    PQclear(PQexec(admin, ("CREATE SCHEMA " + schema).c_str()));
    const std::string base = pg;
    engines.push_back({"postgres",
                       base + (base.find('?') == std::string::npos ? "?" : "&") +
                           "options=-csearch_path%3D" + schema,
                       [admin, schema] {
                         PQclear(PQexec(admin, ("DROP SCHEMA " + schema + " CASCADE").c_str()));
                       }});
  } else {
    std::cout << "documents_bench: DAIHOI_TEST_PG is unset, PostgreSQL figures skipped\n";
  }
  benchmark::RegisterBenchmark("BM_Generate", BM_Generate)
      ->Arg(count)
      ->Iterations(1)
      ->UseManualTime()
      ->Unit(benchmark::kSecond);
  for (const Engine& engine : engines) {
    benchmark::RegisterBenchmark(("BM_Synthesis/" + engine.name).c_str(), BM_Synthesis, &engine)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  std::printf("\n%lld comments, %lld distinct opinions, 60 sections (per stage, seconds):\n",
              static_cast<long long>(count),
              static_cast<long long>(data ? data->distinct_opinions : 0));
  std::printf("  %-9s %8s %8s %8s %8s %8s %8s  %8s %8s %s\n", "engine", "ingest", "group", "store",
              "counts", "total", "baseline", "ratio", "groups", "largest");
  for (const auto& [name, f] : figures) {
    const double total = f.ingest + f.group + f.store + f.counts;
    std::printf("  %-9s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f  %7.2f× %8lld %lld\n", name.c_str(),
                f.ingest, f.group, f.store, f.counts, total, f.baseline,
                f.baseline > 0 ? f.ingest / f.baseline : 0.0, static_cast<long long>(f.groups),
                static_cast<long long>(f.largest));
  }
  std::printf("  (ratio: ingest through AddComments / plain bulk INSERT of the same rows)\n");
  for (const Engine& engine : engines) engine.cleanup();
  if (admin) PQfinish(admin);
  benchmark::Shutdown();
  delete data;
  return 0;
}
