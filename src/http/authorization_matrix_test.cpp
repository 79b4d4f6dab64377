// The authorization matrix (docs/security.md): every route of the API × every role × a target
// inside and outside the grant's subtree, over the real server on a real SQLite store loaded
// with the demo. The expected table is data (tests/cases/access/endpoints.json): each route
// names the action its use case asks and where its target lies; a route without a row fails
// the test, so the table grows with every endpoint.
//
// The targets are Ba Đình's records (HANOI > BADINH) and the demo's inspection by Hà Nội. Each
// role signs in twice: once with a grant covering them, once with a grant over another subtree
// (Đống Đa, or the ward Quán Thánh below Ba Đình). A request the grant allows must not be
// refused (whatever else it answers: a dummy id is 404, a wrong state 409); one it does not
// allow answers 403, or 404 where existence must not leak; the anonymous caller 401. No answer
// to a user outside Ba Đình names another ward of it.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sodium.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "access/access.h"
#include "app/accounts.h"
#include "app/audit.h"
#include "app/counting.h"
#include "app/demo.h"
#include "app/ports/clock.h"
#include "app/ports/document_store.h"
#include "app/ports/election_store.h"
#include "app/ports/inspection_store.h"
#include "app/ports/nomination_store.h"
#include "app/ports/personnel_store.h"
#include "app/ports/plan_store.h"
#include "http/api.h"
#include "http/server.h"
#include "http/store_pool.h"
#include "json/tally_json.h"
#include "storage/open.h"

namespace daihoi::http {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kTerm[] = "2020-2025";
constexpr char kPassword[] = "mật khẩu thử nghiệm";

struct User {
  std::string login;  // empty: anonymous
  std::string password;
  std::vector<access::Grant> grants;
  std::string role;  // for messages
  bool inside = true;
  // Texts that must not appear in any answer to this user (another subtree's names and codes).
  std::vector<std::string> foreign;
};

struct Session {
  std::string token;
  std::string csrf;
};

std::string CookieValue(const httplib::Result& res, const std::string& name) {
  const size_t count = res->get_header_value_count("Set-Cookie");
  for (size_t i = 0; i < count; ++i) {
    const std::string line = res->get_header_value("Set-Cookie", i);
    if (line.rfind(name + "=", 0) != 0) continue;
    const size_t end = line.find(';');
    return line.substr(name.size() + 1, end - name.size() - 1);
  }
  return "";
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

class AuthorizationMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_GE(sodium_init(), 0);
    dir_ =
        new fs::path(fs::temp_directory_path() / ("daihoi-matrix-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "web");
    std::ofstream(*dir_ / "web" / "index.html") << "<!doctype html><title>daihoi</title>";
    const std::string url = "sqlite:" + (*dir_ / "matrix.db").string();
    auto store = storage::OpenStore(url);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto demo = app::LoadDemo(**store, app::SeedDemo());
    ASSERT_TRUE(demo.ok()) << demo.error().message;
    Records(**store);
    Users(**store);
    pool_ = new StorePool([url] { return storage::OpenStore(url); }, std::move(store).value());
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.web_root = *dir_ / "web";
    server_ = new Server(*pool_, options);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
    thread_ = new std::thread([] {
      (void)server_->Serve();
      served_ = true;
    });
    sessions_ = new std::map<std::string, Session>();
    for (const User& user : *users_) {
      if (user.login.empty()) continue;
      httplib::Client client("127.0.0.1", port_);
      auto res = client.Post("/api/v1/auth/login",
                             json{{"login", user.login}, {"password", user.password}}.dump(),
                             "application/json");
      ASSERT_TRUE(res) << user.login;
      ASSERT_EQ(res->status, 200) << user.login << ": " << res->body;
      Session& session = (*sessions_)[user.login];
      session.token = CookieValue(res, "daihoi_session");
      session.csrf = CookieValue(res, "daihoi_csrf");
      ASSERT_FALSE(session.token.empty()) << user.login;
    }
  }

  static void TearDownTestSuite() {
    if (server_) {
      while (!served_) {
        server_->Stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      thread_->join();
    }
    delete thread_;
    delete server_;
    delete pool_;
    delete users_;
    delete sessions_;
    delete ids_;
    if (dir_) fs::remove_all(*dir_);
    delete dir_;
  }

  // What the demo lacks for the id routes: a locked election of Ba Đình's congress with its
  // first round. The demo's own records give the rest.
  static void Records(app::Store& store) {
    ids_ = new std::map<std::string, std::string>();
    const app::Actor admin = app::Actor::CommandLine("test");
    const app::CountingPorts with_profiles{store, app::ElectionsOf(store),
                                           daihoi::json::LoadProfileOnce};
    app::ElectionSetup setup;
    setup.seats = 3;
    setup.title = "Bầu thử";
    setup.counting_committee = {"Nguyễn Văn An", "Trần Thị Bình"};
    auto election = app::CreateElection(with_profiles, admin, {"BADINH", kTerm}, setup);
    ASSERT_TRUE(election.ok()) << election.error().message;
    ASSERT_TRUE(app::SetCandidates(with_profiles, admin, *election,
                                   {{"c1", "Phạm Văn Đông", std::nullopt, "", ""},
                                    {"c2", "Võ Thị Sáu", std::nullopt, "", ""},
                                    {"c3", "Trần Phú", std::nullopt, "", ""},
                                    {"c4", "Lê Hồng Phong", std::nullopt, "", ""}})
                    .ok());
    auto locked = app::LockList(with_profiles, admin, *election);
    ASSERT_TRUE(locked.ok()) << locked.error().message;
    auto view = app::ShowElection(with_profiles, admin, *election);
    ASSERT_TRUE(view.ok());
    (*ids_)["round"] = std::to_string(view->rounds.front().id);

    // The demo's election with its nominations (demo_nominations.cpp), its plan, allocation and
    // inspection.
    auto elections = app::ElectionsOf(store).Elections("BADINH", kTerm);
    ASSERT_TRUE(elections.ok());
    for (const auto& record : *elections) {
      auto nominations = app::NominationsOf(store).Nominations(record.id);
      ASSERT_TRUE(nominations.ok());
      if (nominations->empty()) continue;
      (*ids_)["election"] = std::to_string(record.id);
      (*ids_)["nomination"] = std::to_string(nominations->front().id);
    }
    auto plan = app::PlansOf(store).FindPlanFor("BADINH", kTerm);
    ASSERT_TRUE(plan.ok() && *plan);
    (*ids_)["plan"] = std::to_string((*plan)->id);
    auto allocations = store.Allocations("BADINH");
    ASSERT_TRUE(allocations.ok() && !allocations->empty());
    (*ids_)["allocation"] = std::to_string(allocations->front().id);
    auto inspections = app::InspectionsOf(store).Inspections("HANOI");
    ASSERT_TRUE(inspections.ok() && !inspections->empty());
    (*ids_)["inspection"] = std::to_string(inspections->front().id);
    // The demo's draft of Ba Đình's political report, one of its comments and groups, and the
    // vetting of Ba Đình's personnel scheme with its complaint.
    app::DocumentStore& documents = app::DocumentsOf(store);
    auto drafts = documents.Documents("BADINH", kTerm);
    ASSERT_TRUE(drafts.ok());
    for (const app::DocumentRecord& document : *drafts) {
      auto versions = documents.Versions(document.id);
      ASSERT_TRUE(versions.ok());
      for (const app::VersionRecord& version : *versions) {
        auto groups = documents.Groups(version.id);
        ASSERT_TRUE(groups.ok());
        if (groups->empty()) continue;
        (*ids_)["document"] = std::to_string(document.id);
        (*ids_)["draft"] = std::to_string(version.id);
        (*ids_)["comment_group"] = std::to_string(groups->front().id);
        app::CommentFilter filter;
        filter.version_id = version.id;
        filter.limit = 1;
        auto comments = documents.Comments(filter);
        ASSERT_TRUE(comments.ok() && !comments->items.empty());
        (*ids_)["comment"] = std::to_string(comments->items.front().id);
      }
    }
    app::PersonnelStore& personnel = app::PersonnelOf(store);
    auto tasks = personnel.VettingTasks("BADINH", kTerm);
    ASSERT_TRUE(tasks.ok() && !tasks->empty());
    (*ids_)["vetting_task"] = std::to_string(tasks->front().id);
    auto complaints = personnel.Complaints("BADINH", kTerm);
    ASSERT_TRUE(complaints.ok() && !complaints->empty());
    (*ids_)["complaint"] = std::to_string(complaints->front().id);
    for (const char* kind : {"election", "nomination", "document", "draft", "comment"})
      ASSERT_TRUE(ids_->count(kind)) << "the demo has no " << kind << " at BADINH";
  }

  // Every role twice (inside and outside Ba Đình) and the anonymous caller. The demo's accounts
  // are the inside ones where they fit (docs/security.md, "Dữ liệu mẫu").
  static void Users(app::Store& store) {
    using access::Role;
    const std::vector<std::string> kim_ma = {"BADINH-KIMMA", "Kim Mã"};
    std::vector<std::string> ba_dinh = kim_ma;
    ba_dinh.push_back("Quán Thánh");
    users_ = new std::vector<User>{
        {"admin", "quantri-demo", {{Role::kAdministrator, "", ""}}, "administrator", true, {}},
        {"ngoai.quantri",
         kPassword,
         {{Role::kAdministrator, "DONGDA", ""}},
         "administrator",
         false,
         ba_dinh},
        {"badinh.btc",
         "badinh-2020",
         {{Role::kOrganizationBoard, "BADINH", ""}},
         "organization_board",
         true,
         {"Đống Đa"}},
        {"ngoai.btc",
         kPassword,
         {{Role::kOrganizationBoard, "DONGDA", ""}},
         "organization_board",
         false,
         ba_dinh},
        {"badinh.vp",
         kPassword,
         {{Role::kUnitClerk, "BADINH", ""}},
         "unit_clerk",
         true,
         {"Đống Đa"}},
        {"quanthanh.vp",
         "quanthanh-2020",
         {{Role::kUnitClerk, "BADINH-QUANTHANH", ""}},
         "unit_clerk",
         false,
         kim_ma},
        {"badinh.kiemphieu",
         "kiemphieu-2020",
         {{Role::kCountingClerk, "BADINH", kTerm}},
         "counting_clerk",
         true,
         {"Đống Đa"}},
        {"ngoai.kiemphieu",
         kPassword,
         {{Role::kCountingClerk, "DONGDA", kTerm}},
         "counting_clerk",
         false,
         ba_dinh},
        {"hanoi.giamsat", "giamsat-2020", {{Role::kObserver, "HANOI", ""}}, "observer", true, {}},
        {"ngoai.giamsat", kPassword, {{Role::kObserver, "DONGDA", ""}}, "observer", false, ba_dinh},
        {"", "", {}, "anonymous", false, ba_dinh},
    };
    const app::Actor admin = app::Actor::CommandLine("test");
    app::AccountPolicy policy;
    policy.hashing = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    app::SystemClock clock;
    for (const User& user : *users_) {
      if (user.login.empty() || user.password != kPassword) continue;
      auto id = app::AddUser(store, clock, admin, {user.login, user.login, kPassword}, policy);
      ASSERT_TRUE(id.ok()) << id.error().message;
      for (const auto& grant : user.grants)
        ASSERT_TRUE(app::GrantRole(store, clock, admin, user.login, grant).ok()) << user.login;
    }
  }

  static json Table() {
    std::ifstream in(fs::path(DAIHOI_SOURCE_DIR) / "tests/cases/access/endpoints.json");
    EXPECT_TRUE(in.good());
    return json::parse(in);
  }

  static httplib::Result Send(const User& user, const std::string& method, const std::string& url,
                              const std::string& body, const std::string& content_type) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30);
    httplib::Headers headers;
    if (auto found = sessions_->find(user.login); found != sessions_->end()) {
      const Session& session = found->second;
      headers.emplace("Cookie",
                      "daihoi_session=" + session.token + "; daihoi_csrf=" + session.csrf);
      headers.emplace("X-CSRF-Token", session.csrf);
    }
    if (method == "GET") return client.Get(url, headers);
    if (method == "DELETE") return client.Delete(url, headers);
    if (method == "PUT") return client.Put(url, headers, body, content_type);
    if (method == "PATCH") return client.Patch(url, headers, body, content_type);
    return client.Post(url, headers, body, content_type);
  }

  static fs::path* dir_;
  static StorePool* pool_;
  static Server* server_;
  static std::thread* thread_;
  static std::atomic<bool> served_;
  static int port_;
  static std::vector<User>* users_;
  static std::map<std::string, Session>* sessions_;
  static std::map<std::string, std::string>* ids_;
};

fs::path* AuthorizationMatrix::dir_ = nullptr;
StorePool* AuthorizationMatrix::pool_ = nullptr;
Server* AuthorizationMatrix::server_ = nullptr;
std::thread* AuthorizationMatrix::thread_ = nullptr;
std::atomic<bool> AuthorizationMatrix::served_ = false;
int AuthorizationMatrix::port_ = 0;
std::vector<User>* AuthorizationMatrix::users_ = nullptr;
std::map<std::string, Session>* AuthorizationMatrix::sessions_ = nullptr;
std::map<std::string, std::string>* AuthorizationMatrix::ids_ = nullptr;

TEST_F(AuthorizationMatrix, EveryRouteHasARow) {
  std::set<std::pair<std::string, std::string>> rows;
  const json table = Table();
  for (const json& row : table["rows"])
    rows.emplace(row["method"].get<std::string>(), row["path"].get<std::string>());
  for (const RouteInfo& route : ApiRoutes()) {
    EXPECT_TRUE(rows.count({std::string(route.method), std::string(route.path)}))
        << route.method << " " << route.path << " has no row in tests/cases/access/endpoints.json";
  }
}

TEST_F(AuthorizationMatrix, EveryRouteAnswersEveryRoleInsideAndOutsideItsScope) {
  const json table = Table();
  json plan_body;
  {
    auto res = Send((*users_)[0], "GET", "/api/v1/plans/" + ids_->at("plan"), "", "");
    ASSERT_TRUE(res && res->status == 200);
    plan_body = json::parse(res->body);
  }
  int requests = 0;
  for (const json& row : table["rows"]) {
    const std::string method = row["method"];
    const std::string at = row["at"];
    const std::string action_text = row["action"];
    std::string path = row["path"];
    std::string query = row.value("query", "");
    Replace(path, "{code}", "BADINH");
    Replace(query, "{code}", "BADINH");
    Replace(path, "{term}", kTerm);
    Replace(query, "{term}", kTerm);
    Replace(path, "{kind}", "orgs");
    if (ids_->count(at)) {
      Replace(path, "{id}", ids_->at(at));
      Replace(query, "{id}", ids_->at(at));
    }
    if (row.contains("params")) {
      for (const auto& [name, value] : row["params"].items())
        Replace(path, "{" + name + "}", value.get<std::string>());
    }
    // Sub-records by a dummy id: the decision is taken at the congress or record above them.
    for (const char* name :
         {"{id}", "{group}", "{member}", "{assignment}", "{attendance}", "{task}", "{subcommittee}",
          "{commendation}", "{team}", "{visit}", "{person}", "{session}"})
      Replace(path, name, "1");
    std::string body;
    std::string content_type = "application/json";
    if (row.contains("body")) {
      const json& given = row["body"];
      if (given.is_string() && given == "@plan") {
        body = plan_body.dump();
      } else if (given.is_string()) {
        body = given;
        content_type = "text/csv";
      } else {
        body = given.dump();
        Replace(body, "{code}", "BADINH");
        Replace(body, "{term}", kTerm);
      }
    }
    const std::string url = "/api/v1" + path + (query.empty() ? "" : "?" + query);

    access::Target target;
    static const std::set<std::string> kRecordsOfBaDinh = {
        "org",      "election", "round", "nomination", "plan",         "allocation",
        "document", "draft",    "comment", "comment_group", "vetting_task", "complaint"};
    if (kRecordsOfBaDinh.count(at)) {
      target.path = {"HANOI", "BADINH"};
    } else if (at == "superior" || at == "inspection") {
      target.path = {"HANOI"};
    }
    std::optional<access::Action> action;
    for (access::Action candidate : access::kAllActions) {
      if (action_text == access::ToString(candidate)) action = candidate;
    }
    if (action == access::Action::kEnterBallots) target.term = kTerm;
    // A second way in: a draft sent to a unit is read and commented on by that unit.
    std::optional<access::Action> also_action;
    access::Target also_target;
    if (row.contains("also")) {
      for (access::Action candidate : access::kAllActions) {
        if (row["also"]["action"] == access::ToString(candidate)) also_action = candidate;
      }
      also_target.path = {"HANOI", "BADINH", row["also"]["unit"].get<std::string>()};
    }

    for (const User& user : *users_) {
      if (at == "session" && !user.login.empty()) continue;
      // An event stream that is allowed stays open: only its refusals are requested here.
      if (path.find("/events") != std::string::npos && !user.login.empty() && action &&
          access::Allowed(user.grants, *action, target))
        continue;
      auto res = Send(user, method, url, body, content_type);
      ++requests;
      const std::string where = method + " " + url + " as " +
                                (user.login.empty() ? "anonymous" : user.login) + " (" + user.role +
                                ", " + (user.inside ? "inside" : "outside") + ")";
      ASSERT_TRUE(res) << where;
      const int status = res->status;
      EXPECT_LT(status, 500) << where << ": " << res->body;
      if (at == "public") {
        EXPECT_NE(status, 401) << where;
        EXPECT_NE(status, 403) << where;
      } else if (user.login.empty()) {
        EXPECT_EQ(status, row.value("anonymous", 401)) << where << ": " << res->body;
      } else if (at == "signed_in") {
        EXPECT_EQ(status, 200) << where << ": " << res->body;
      } else if (at == "owner") {
        // The feature's own tests decide for signed-in users.
      } else {
        ASSERT_TRUE(action) << "unknown action '" << action_text << "' for " << row["path"];
        if (access::Allowed(user.grants, *action, target) ||
            (also_action && access::Allowed(user.grants, *also_action, also_target))) {
          EXPECT_NE(status, 401) << where << ": " << res->body;
          EXPECT_NE(status, 403) << where << ": " << res->body;
          if (access::RefusalOutsideScope(*action) == access::Refusal::kNotFound) {
            EXPECT_NE(status, 404) << where << ": " << res->body;
          }
        } else {
          const int refused =
              access::RefusalOutsideScope(*action) == access::Refusal::kNotFound ? 404 : 403;
          EXPECT_EQ(status, refused) << where << ": " << res->body;
        }
      }
      if (row.value("same_for_everyone", false)) continue;
      for (const std::string& text : user.foreign) {
        EXPECT_EQ(res->body.find(text), std::string::npos)
            << where << " shows '" << text << "' of another subtree";
      }
    }
  }
  std::cout << "authorization matrix: " << table["rows"].size() << " routes, " << users_->size()
            << " users, " << requests << " requests\n";
}

// Done when (issue 7): a ward's clerk fails to open another ward's members by URL; the district
// board sees both wards; an observer sees members without their personal fields.
TEST_F(AuthorizationMatrix, AWardClerkOpensOnlyItsOwnWardsMembers) {
  const User& quanthanh = (*users_)[5];
  const User& board = (*users_)[2];
  const User& observer = (*users_)[8];
  auto other = Send(quanthanh, "GET", "/api/v1/members?root=BADINH-KIMMA", "", "");
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->status == 403 || other->status == 404) << other->status << other->body;
  EXPECT_EQ(other->body.find("Kim Mã"), std::string::npos);

  auto own = Send(quanthanh, "GET", "/api/v1/members?root=BADINH-QUANTHANH&limit=5", "", "");
  ASSERT_TRUE(own && own->status == 200) << (own ? own->body : "");
  const json own_page = json::parse(own->body);
  ASSERT_FALSE(own_page["items"].empty());
  EXPECT_TRUE(own_page["items"][0].contains("birth_date")) << own_page["items"][0];
  EXPECT_TRUE(own_page["items"][0].contains("status"));

  // Without a root, a scoped reader searches its own subtree.
  auto scoped = Send(quanthanh, "GET", "/api/v1/members?limit=100", "", "");
  ASSERT_TRUE(scoped && scoped->status == 200);
  for (const json& item : json::parse(scoped->body)["items"])
    EXPECT_EQ(std::string(item["org_code"]).rfind("BADINH-QUANTHANH", 0), 0u) << item;

  for (const char* ward : {"BADINH-QUANTHANH", "BADINH-KIMMA"}) {
    auto res = Send(board, "GET", std::string("/api/v1/members?limit=5&root=") + ward, "", "");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << ward << ": " << res->body;
    EXPECT_FALSE(json::parse(res->body)["items"].empty()) << ward;
  }

  auto watched = Send(observer, "GET", "/api/v1/members?root=BADINH-QUANTHANH&limit=5", "", "");
  ASSERT_TRUE(watched && watched->status == 200);
  const json item = json::parse(watched->body)["items"][0];
  EXPECT_TRUE(item.contains("full_name"));
  for (const char* field : {"birth_date", "party_join_date", "full_member_date", "status"})
    EXPECT_FALSE(item.contains(field)) << field << " shown to an observer: " << item;
  auto by_status =
      Send(observer, "GET", "/api/v1/members?root=BADINH-QUANTHANH&status=full", "", "");
  ASSERT_TRUE(by_status);
  EXPECT_EQ(by_status->status, 404) << "filtering by a personal field shows it";
}

// Every write appends exactly one audit record, in its transaction, naming the use case, the
// organization and the signed-in actor; a refused or failed write appends none.
TEST_F(AuthorizationMatrix, EveryWriteAppendsOneAuditRecordAndAFailedOneNone) {
  auto trail = [] {
    auto store = pool_->Acquire();
    EXPECT_TRUE(store.ok());
    app::AuditQuery query;
    query.limit = 1000000;
    auto page = app::ListAudit(**store, app::Actor::CommandLine("test"), query);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<app::AuditRecord>{};
  };
  const std::map<std::string, const User*> by_login = [] {
    std::map<std::string, const User*> out;
    for (const User& user : *users_) out[user.login] = &user;
    return out;
  }();
  struct Write {
    std::string login, method, path;
    json body;
    std::string use_case, org;  // empty use_case: the write fails and records nothing
  };
  const std::string congress = "/api/v1/congresses/BADINH/2020-2025";
  const std::string round = "/api/v1/rounds/" + ids_->at("round");
  const std::vector<Write> writes = {
      {"badinh.btc",
       "POST",
       congress + "/working-groups",
       {{"name", "Tổ nhật ký"}},
       "group.add",
       "BADINH"},
      // The same name again: refused inside the transaction, which takes its audit record back.
      {"badinh.btc", "POST", congress + "/working-groups", {{"name", "Tổ nhật ký"}}, "", ""},
      {"badinh.vp",
       "POST",
       congress + "/subcommittees",
       {{"kind", "documents"}, {"name", "Tiểu ban nhật ký"}},
       "subcommittee.add",
       "BADINH"},
      {"badinh.btc",
       "POST",
       congress + "/roll/ex-officio",
       {{"people", json::array({{{"full_name", "Nguyễn Văn Nhật Ký"}}})}},
       "roll.ex_officio",
       "BADINH"},
      {"badinh.btc",
       "POST",
       congress + "/elections",
       {{"kind", "committee"}, {"seats", 3}, {"title", "Bầu nhật ký"}},
       "election.create",
       "BADINH"},
      {"badinh.btc", "POST", congress + "/elections", {{"seats", -1}}, "", ""},
      {"badinh.kiemphieu",
       "POST",
       round + "/entries",
       {{"clerk", "Bàn 1"}, {"number", 1}, {"struck", json::array({0})}},
       "ballot.enter",
       "BADINH"},
      {"badinh.kiemphieu",
       "POST",
       round + "/entries",
       {{"clerk", "Bàn 1"}, {"number", 2}, {"struck", json::array({9})}},
       "",
       ""},
      {"badinh.btc",
       "PATCH",
       congress,
       {{"venue", "Hội trường Quận ủy Ba Đình"}},
       "congress.edit",
       "BADINH"},
      {"quanthanh.vp", "PATCH", congress, {{"venue", "Nơi khác"}}, "", ""},
      {"badinh.btc",
       "POST",
       "/api/v1/organizations/BADINH/allocations",
       {{"term", "2025-2030"}, {"seats", 250}, {"as_of", "2025-04-01"}},
       "allocation.save",
       "BADINH"},
      {"hanoi.giamsat",
       "POST",
       "/api/v1/organizations/BADINH/allocations",
       {{"term", "2025-2030"}, {"seats", 250}},
       "",
       ""},
  };
  for (const Write& write : writes) {
    const User& user = *by_login.at(write.login);
    const size_t before = trail().size();
    auto res = Send(user, write.method, write.path, write.body.dump(), "application/json");
    ASSERT_TRUE(res);
    const std::string where = write.method + " " + write.path + " as " + write.login + " → " +
                              std::to_string(res->status) + " " + res->body;
    const std::vector<app::AuditRecord> after = trail();
    if (write.use_case.empty()) {
      EXPECT_GE(res->status, 400) << where;
      EXPECT_EQ(after.size(), before) << where;
      continue;
    }
    EXPECT_LT(res->status, 300) << where;
    ASSERT_EQ(after.size(), before + 1) << where;
    EXPECT_EQ(after.back().use_case, write.use_case) << where;
    EXPECT_EQ(after.back().org_code, write.org) << where;
    EXPECT_EQ(after.back().actor, write.login) << where;
  }
  // The ballot's record keeps the clerk's login and nothing about the ballot's marks.
  auto store = pool_->Acquire();
  ASSERT_TRUE(store.ok());
  auto check = app::VerifyAudit(**store);
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check->problem, app::AuditProblem::kNone) << check->message;
}

// The tree of a scoped reader starts at its grant.
TEST_F(AuthorizationMatrix, TheTreeStartsWhereTheScopeDoes) {
  auto res = Send((*users_)[5], "GET", "/api/v1/roots", "", "");
  ASSERT_TRUE(res && res->status == 200);
  const json roots = json::parse(res->body)["items"];
  ASSERT_EQ(roots.size(), 1u) << roots;
  EXPECT_EQ(roots[0]["code"], "BADINH-QUANTHANH");
}

}  // namespace
}  // namespace daihoi::http
