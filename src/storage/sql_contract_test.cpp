// storage/sql.h behaves alike on both engines: parameters, NULLs, RETURNING, transactions,
// Vietnamese order, the clock.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storage/sql.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

class SqlContract : public StoreContract {
 protected:
  Sql& sql() { return SqlOf(*store_); }

  void MakeTable() {
    const bool sqlite = GetParam() == "sqlite";
    auto made = sql().Run(std::string("CREATE TABLE probe (id ") +
                          (sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY") +
                          ", name TEXT NOT NULL, count INTEGER, day DATE, flag INTEGER NOT NULL "
                          "DEFAULT 0)");
    ASSERT_TRUE(made.ok()) << made.error().message;
  }

  std::vector<std::string> Names(const std::string& order) {
    std::vector<std::string> names;
    auto s = sql().Query("SELECT name FROM probe ORDER BY " + order, {},
                         [&](const SqlRow& row) { names.push_back(row.Text(0)); });
    EXPECT_TRUE(s.ok()) << s.error().message;
    return names;
  }
};

TEST_P(SqlContract, BindsIntegersTextNullsAndDatesAndReturnsIds) {
  MakeTable();
  auto first = sql().InsertId(
      "INSERT INTO probe (name, count, day, flag) VALUES ($1, $2, $3, $4) RETURNING id",
      {"Lê Văn Hùng", 41, Date::Parse("2020-06-14"), true});
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = sql().InsertId(
      "INSERT INTO probe (name, count, day) VALUES ($1, $2, $3) RETURNING id",
      {"Nguyễn Thị An", std::optional<int64_t>(), std::optional<Date>()});
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_NE(*first, *second);

  int rows = 0;
  auto s = sql().Query("SELECT name, count, day, flag FROM probe WHERE id = $1", {*first},
                       [&](const SqlRow& row) {
                         ++rows;
                         EXPECT_EQ(row.Text(0), "Lê Văn Hùng");
                         EXPECT_EQ(row.Int(1), 41);
                         EXPECT_EQ(row.OptionalDate(2), Date::Parse("2020-06-14"));
                         EXPECT_TRUE(row.Flag(3));
                       });
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(rows, 1);
  s = sql().Query("SELECT count, day, flag FROM probe WHERE id = $1", {*second},
                  [&](const SqlRow& row) {
                    EXPECT_TRUE(row.IsNull(0));
                    EXPECT_EQ(row.OptionalInt(0), std::nullopt);
                    EXPECT_EQ(row.OptionalDate(1), std::nullopt);
                    EXPECT_FALSE(row.Flag(2));
                  });
  ASSERT_TRUE(s.ok()) << s.error().message;
}

TEST_P(SqlContract, ParametersMayRepeatAndRunCountsChangedRows) {
  MakeTable();
  for (const char* name : {"a", "b", "c"}) {
    ASSERT_TRUE(sql().Run("INSERT INTO probe (name, count) VALUES ($1, 1)", {name}).ok());
  }
  auto changed = sql().Run("UPDATE probe SET count = $1 WHERE name = $2 OR name = $3 OR count = $1",
                           {7, "a", "b"});
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(*changed, 2);
  auto total = sql().FirstInt("SELECT SUM(count) FROM probe");
  ASSERT_TRUE(total.ok());
  EXPECT_EQ(*total, 15);
  auto none = sql().FirstText("SELECT name FROM probe WHERE name = $1", {"z"});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, std::nullopt);
}

// A multi-row INSERT's thousands of parameters, written last to first, bind by number; the
// statement runs twice (the second time from the statement cache) with other values.
TEST_P(SqlContract, ThousandsOfParametersBindByNumberOnEveryRun) {
  MakeTable();
  constexpr int kRows = 1000;
  std::string statement = "INSERT INTO probe (count, name) VALUES ";
  for (int row = kRows; row >= 1; --row) {
    statement += "($" + std::to_string(2 * row) + ", $" + std::to_string(2 * row - 1) + ")";
    statement += row > 1 ? ", " : "";
  }
  for (int run = 0; run < 2; ++run) {
    SqlParams params;
    for (int row = 1; row <= kRows; ++row) {
      params.emplace_back("r" + std::to_string(run) + "-" + std::to_string(row));
      params.emplace_back(run * kRows + row);
    }
    auto inserted = sql().Run(statement, params);
    ASSERT_TRUE(inserted.ok()) << inserted.error().message;
    EXPECT_EQ(*inserted, kRows);
  }
  auto name = sql().FirstText("SELECT name FROM probe WHERE count = $1", {1000 + 437});
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(*name, "r1-437");
  auto total = sql().FirstInt("SELECT SUM(count) FROM probe");
  ASSERT_TRUE(total.ok());
  EXPECT_EQ(*total, 2000 * 2001 / 2);
}

TEST_P(SqlContract, AFailedTransactionLeavesNothing) {
  MakeTable();
  Status s = sql().Transaction([&]() -> Status {
    if (auto r = sql().Run("INSERT INTO probe (name) VALUES ($1)", {"kept?"}); !r.ok()) {
      return r.error();
    }
    auto r = sql().Run("INSERT INTO probe (nosuch) VALUES ($1)", {"x"});
    if (!r.ok()) return r.error();
    return {};
  });
  EXPECT_FALSE(s.ok());
  auto count = sql().FirstInt("SELECT COUNT(*) FROM probe");
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 0);

  s = sql().Transaction([&]() -> Status {
    auto r = sql().Run("INSERT INTO probe (name) VALUES ($1)", {"kept"});
    return r.ok() ? Status() : Status(r.error());
  });
  ASSERT_TRUE(s.ok());
  count = sql().FirstInt("SELECT COUNT(*) FROM probe");
  EXPECT_EQ(*count, 1);
}

TEST_P(SqlContract, SortsInVietnameseOrderAndReadsTheClock) {
  MakeTable();
  for (const char* name : {"Đức", "Dũng", "Ân", "Bình", "An"}) {
    ASSERT_TRUE(sql().Run("INSERT INTO probe (name) VALUES ($1)", {name}).ok());
  }
  EXPECT_EQ(Names("name " + sql().ViCollate()),
            (std::vector<std::string>{"An", "Ân", "Bình", "Dũng", "Đức"}));
  auto now = sql().FirstText("SELECT " + sql().NowUtc());
  ASSERT_TRUE(now.ok()) << now.error().message;
  ASSERT_TRUE(*now);
  EXPECT_EQ((*now)->size(), 24u) << **now;  // 2026-11-23T08:30:00.123Z
  EXPECT_EQ((*now)->back(), 'Z');
  EXPECT_EQ((*now)->at(10), 'T');
}

TEST_P(SqlContract, OrgIdNamesAnUnknownCode) {
  ASSERT_TRUE(store_->UpsertOrganizations(Hanoi()).ok());
  EXPECT_TRUE(sql().OrgId("BD").ok());
  auto unknown = sql().OrgId("XX");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_NE(unknown.error().message.find("'XX'"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, SqlContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
