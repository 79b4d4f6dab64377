#pragma once
// The fixture of the storage contract suites (store_contract_test.cpp,
// election_store_contract_test.cpp): each test runs on SQLite (a fresh temporary file) and on
// PostgreSQL (a fresh schema in the database named by DAIHOI_TEST_PG, dropped afterwards).
// Without DAIHOI_TEST_PG the PostgreSQL runs are skipped, unless DAIHOI_REQUIRE_PG=1, when they
// fail.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "storage/open.h"

namespace daihoi::storage {

inline org::Organization Org(std::string code, std::string name, std::string level,
                             std::string parent, std::optional<int64_t> members = std::nullopt) {
  org::Organization organization;
  organization.code = std::move(code);
  organization.name = std::move(name);
  organization.level = std::move(level);
  organization.parent_code = std::move(parent);
  organization.members = members;
  return organization;
}

// HN ─┬─ BD ─┬─ BD-QT ─┬─ BD-QT-1
//     │      │         └─ BD-QT-2
//     │      └─ BD-KM
//     └─ HK
// Given children first on purpose: a batch need not list parents before children.
inline std::vector<org::Organization> Hanoi() {
  return {
      Org("BD-QT-1", "Chi bộ 1", "cell", "BD-QT", 40),
      Org("BD-QT-2", "Chi bộ 2", "cell", "BD-QT", 60),
      Org("BD-QT", "Đảng bộ phường Quán Thánh", "grassroots", "BD", 500),
      Org("BD-KM", "Đảng bộ phường Kim Mã", "grassroots", "BD", 300),
      Org("BD", "Quận ủy Ba Đình", "district", "HN"),
      Org("HK", "Quận ủy Hoàn Kiếm", "district", "HN", 800),
      Org("HN", "Thành ủy Hà Nội", "province", ""),
  };
}

inline std::vector<std::string> Codes(const std::vector<org::Organization>& orgs) {
  std::vector<std::string> codes;
  for (const auto& organization : orgs) codes.push_back(organization.code);
  return codes;
}

inline std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static std::atomic<int> serial{0};
    std::random_device random;
    std::string unique = std::to_string(getpid()) + "_" + std::to_string(++serial) + "_" +
                         std::to_string(random() % 1000000);
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("daihoi_contract_" + unique);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "test.db").string();
    } else {
      std::string pg = Env("DAIHOI_TEST_PG");
      if (pg.empty()) {
        if (Env("DAIHOI_REQUIRE_PG") == "1") {
          FAIL() << "DAIHOI_REQUIRE_PG=1 but DAIHOI_TEST_PG is unset: no PostgreSQL to test";
        }
        GTEST_SKIP() << "DAIHOI_TEST_PG is unset: PostgreSQL contract tests skipped";
      }
      admin_ = PQconnectdb(pg.c_str());
      ASSERT_EQ(PQstatus(admin_), CONNECTION_OK) << PQerrorMessage(admin_);
      schema_ = "contract_" + unique;
      ASSERT_TRUE(AdminExec("CREATE SCHEMA " + schema_));
      url_ = pg + (pg.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
             schema_;
    }
    Reopen();
  }

  void TearDown() override {
    store_.reset();
    if (admin_ != nullptr) {
      if (!schema_.empty()) AdminExec("DROP SCHEMA " + schema_ + " CASCADE");
      PQfinish(admin_);
    }
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  void Reopen() {
    store_.reset();
    auto opened = OpenStore(url_);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(*opened);
  }

  bool AdminExec(const std::string& sql) {
    PGresult* result = PQexec(admin_, sql.c_str());
    bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok) ADD_FAILURE() << sql << ": " << PQresultErrorMessage(result);
    PQclear(result);
    return ok;
  }

  // Runs SQL on the database behind the store, outside the port; the engine's message when it
  // fails, nullopt when it succeeds.
  std::optional<std::string> RawTry(const std::string& sql) {
    std::optional<std::string> failure;
    if (GetParam() == "sqlite") {
      sqlite3* db = nullptr;
      if (sqlite3_open((dir_ / "test.db").c_str(), &db) != SQLITE_OK) {
        failure = sqlite3_errmsg(db);
      } else {
        char* message = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
          failure = message != nullptr ? message : "failed";
        }
        sqlite3_free(message);
      }
      sqlite3_close(db);
    } else {
      PGresult* result = PQexec(admin_, ("SET search_path TO " + schema_ + "; " + sql).c_str());
      if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK) {
        failure = PQresultErrorMessage(result);
      }
      PQclear(result);
    }
    return failure;
  }

  // Runs SQL on the database behind the store, outside the port.
  void RawExec(const std::string& sql) {
    if (GetParam() == "sqlite") {
      sqlite3* db = nullptr;
      ASSERT_EQ(sqlite3_open((dir_ / "test.db").c_str(), &db), SQLITE_OK);
      char* message = nullptr;
      int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
      EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
      sqlite3_free(message);
      sqlite3_close(db);
    } else {
      ASSERT_TRUE(AdminExec("SET search_path TO " + schema_ + "; " + sql));
    }
  }

  void LoadHanoi() {
    auto s = store_->UpsertOrganizations(Hanoi());
    ASSERT_TRUE(s.ok()) << s.error().message;
  }

  std::vector<std::string> SubtreeCodes(const std::string& root) {
    auto subtree = store_->Subtree(root);
    EXPECT_TRUE(subtree.ok()) << subtree.error().message;
    return subtree.ok() ? Codes(*subtree) : std::vector<std::string>{};
  }

  std::filesystem::path dir_;
  PGconn* admin_ = nullptr;
  std::string schema_;
  std::string url_;
  std::unique_ptr<app::Store> store_;
};

}  // namespace daihoi::storage
