// The audit trail on both engines (storage/audit_store.cpp, app/audit.h): appended in the
// caller's transaction, filtered by organization, actor and time, and tampered with directly in
// the database — a row edited, deleted, two rows swapped, the tail cut — each caught and named.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/audit.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

constexpr int64_t kStart = 1'592'121'600'000;  // 2020-06-14T08:00:00Z

class AuditContract : public StoreContract {
 protected:
  // Five records, one a minute: seq 1 … 5.
  void AppendFive() {
    LoadHanoi();
    const std::vector<std::pair<std::string, std::string>> changes = {
        {"roll.delegation", "BD-QT"},
        {"plan.save", "BD"},
        {"roll.absence", "BD-KM"},
        {"plan.save", "HK"},
        {"roll.delegation", "BD-QT-1"}};
    for (const auto& [use_case, org] : changes) {
      Status s = store_->InTransaction([&]() -> Status {
        auto record = app::AppendAudit(*store_, clock_, org == "HK" ? "hk.board" : "bd.board",
                                       {use_case, org, "org=" + org + "\n"});
        if (!record.ok()) return record.error();
        return {};
      });
      ASSERT_TRUE(s.ok()) << s.error().message;
      clock_.Advance(60'000);
    }
  }
  app::AuditCheck Verify(const std::optional<std::string>& head = std::nullopt) {
    auto check = app::VerifyAudit(*store_, head);
    EXPECT_TRUE(check.ok()) << check.error().message;
    return check.ok() ? *check : app::AuditCheck{};
  }
  // The triggers refuse changes; a person with direct access can drop them, and the chain
  // must still catch the change.
  void DropGuards() {
    if (GetParam() == "sqlite") {
      RawExec("DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete;");
    } else {
      RawExec("DROP TRIGGER audit_records_no_change ON audit_records;");
    }
  }

  app::FixedClock clock_{kStart};
  const app::Actor admin_ = app::Actor::CommandLine("tester");
};

TEST_P(AuditContract, RecordsChainAndVerify) {
  AppendFive();
  Reopen();
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kNone) << check.message;
  EXPECT_EQ(check.records, 5);
  EXPECT_FALSE(check.first_bad_seq.has_value());
  auto last = app::AuditsOf(*store_).LastAudit();
  ASSERT_TRUE(last.ok());
  ASSERT_TRUE(last->has_value());
  EXPECT_EQ((*last)->seq, 5);
  EXPECT_EQ((*last)->hash, check.head);
  EXPECT_EQ((*last)->recorded_at, "2020-06-14T08:04:00.000Z");
  EXPECT_EQ((*last)->hash, app::AuditHash(**last));
  EXPECT_EQ(Verify(check.head).problem, app::AuditProblem::kNone);
}

TEST_P(AuditContract, AFailedChangeLeavesNoRecord) {
  AppendFive();
  Status s = store_->InTransaction([&]() -> Status {
    auto record = app::AppendAudit(*store_, clock_, "bd.board", {"plan.save", "BD", "x=1\n"});
    if (!record.ok()) return record.error();
    // The change itself fails after its record was appended: both go.
    return store_->UpsertOrganizations({Org("BAD", "Lỗi", "no-such-level", "BD")});
  });
  ASSERT_FALSE(s.ok());
  Reopen();
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.records, 5);
  EXPECT_EQ(check.problem, app::AuditProblem::kNone);
}

TEST_P(AuditContract, TheEnginesRefuseUpdateAndDelete) {
  AppendFive();
  EXPECT_TRUE(RawTry("UPDATE audit_records SET actor = 'x' WHERE seq = 2").has_value());
  EXPECT_TRUE(RawTry("DELETE FROM audit_records WHERE seq = 2").has_value());
  EXPECT_EQ(Verify().records, 5);
}

TEST_P(AuditContract, AnEditedRowIsNamed) {
  AppendFive();
  DropGuards();
  RawExec("UPDATE audit_records SET actor = 'someone.else' WHERE seq = 3");
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kEdited) << check.message;
  EXPECT_EQ(check.first_bad_seq, 3);
  EXPECT_NE(check.message.find("3"), std::string::npos);
}

TEST_P(AuditContract, APageIsOldestFirstOrNewestFirst) {
  AppendFive();
  app::AuditQuery query;
  query.limit = 2;
  auto oldest = app::AuditsOf(*store_).SearchAudit(query);
  ASSERT_TRUE(oldest.ok());
  ASSERT_EQ(oldest->items.size(), 2u);
  EXPECT_EQ(oldest->items[0].seq, 1);
  query.newest_first = true;
  auto newest = app::AuditsOf(*store_).SearchAudit(query);
  ASSERT_TRUE(newest.ok());
  ASSERT_EQ(newest->items.size(), 2u);
  EXPECT_EQ(newest->items[0].seq, 5);
  EXPECT_EQ(newest->items[1].seq, 4);
  EXPECT_EQ(newest->total, 5);
}

TEST_P(AuditContract, AnEditedAndRehashedRowIsCaughtByTheNextOne) {
  AppendFive();
  DropGuards();
  // Whoever knows the layout recomputes the edited row's hash: the next row no longer follows.
  auto records = app::AuditsOf(*store_).SearchAudit({});
  ASSERT_TRUE(records.ok());
  app::AuditRecord forged = records->items[1];
  forged.actor = "someone.else";
  forged.hash = app::AuditHash(forged);
  RawExec("UPDATE audit_records SET actor = 'someone.else', hash = '" + forged.hash +
          "' WHERE seq = 2");
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kDeleted) << check.message;
  EXPECT_EQ(check.first_bad_seq, 3);
}

TEST_P(AuditContract, ADeletedRowIsNamed) {
  AppendFive();
  DropGuards();
  RawExec("DELETE FROM audit_records WHERE seq = 2");
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kDeleted) << check.message;
  EXPECT_EQ(check.first_bad_seq, 2);
}

TEST_P(AuditContract, TwoSwappedRowsAreNamed) {
  AppendFive();
  DropGuards();
  // Exchange the positions of records 2 and 4 (their seq numbers).
  RawExec("UPDATE audit_records SET seq = 100 WHERE seq = 2");
  RawExec("UPDATE audit_records SET seq = 2 WHERE seq = 4");
  RawExec("UPDATE audit_records SET seq = 4 WHERE seq = 100");
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kReordered) << check.message;
  EXPECT_EQ(check.first_bad_seq, 2);
}

TEST_P(AuditContract, TwoSwappedRowContentsAreNamed) {
  AppendFive();
  auto records = app::AuditsOf(*store_).SearchAudit({});
  ASSERT_TRUE(records.ok());
  const app::AuditRecord one = records->items[0];
  const app::AuditRecord three = records->items[2];
  DropGuards();
  // Exchange everything but the seq of records 1 and 3 (hash is UNIQUE: a temporary value first).
  const auto set = [&](int64_t seq, const app::AuditRecord& r, const std::string& hash) {
    RawExec("UPDATE audit_records SET recorded_at = '" + r.recorded_at + "', actor = '" + r.actor +
            "', use_case = '" + r.use_case + "', org_code = '" + r.org_code + "', digest = '" +
            r.digest + "', prev_hash = '" + r.prev_hash + "', hash = '" + hash +
            "' WHERE seq = " + std::to_string(seq));
  };
  set(1, three, "swapping");
  set(3, one, one.hash);
  set(1, three, three.hash);
  const app::AuditCheck check = Verify();
  EXPECT_EQ(check.problem, app::AuditProblem::kReordered) << check.message;
  EXPECT_EQ(check.first_bad_seq, 1);
}

TEST_P(AuditContract, ACutTailIsCaughtAgainstARecordedHead) {
  AppendFive();
  const std::string head = Verify().head;
  DropGuards();
  RawExec("DELETE FROM audit_records WHERE seq = 5");
  EXPECT_EQ(Verify().problem, app::AuditProblem::kNone) << "the chain alone cannot see it";
  const app::AuditCheck check = Verify(head);
  EXPECT_EQ(check.problem, app::AuditProblem::kTruncated) << check.message;
  EXPECT_EQ(check.first_bad_seq, 5);
}

TEST_P(AuditContract, ListedByOrganizationSubtreeActorAndTime) {
  AppendFive();
  auto all = app::ListAudit(*store_, admin_, {});
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_EQ(all->total, 5);
  app::AuditQuery query;
  query.org_code = "BD";
  auto ba_dinh = app::ListAudit(*store_, admin_, query);
  ASSERT_TRUE(ba_dinh.ok()) << ba_dinh.error().message;
  std::vector<int64_t> seqs;
  for (const auto& record : ba_dinh->items) seqs.push_back(record.seq);
  EXPECT_EQ(seqs, (std::vector<int64_t>{1, 2, 3, 5}));  // HK's record is not in Ba Đình's subtree
  query = {};
  query.actor = "hk.board";
  auto hk = app::ListAudit(*store_, admin_, query);
  ASSERT_TRUE(hk.ok());
  ASSERT_EQ(hk->total, 1);
  EXPECT_EQ(hk->items[0].seq, 4);
  query = {};
  query.from = "2020-06-14T08:01:00.000Z";
  query.to = "2020-06-14T08:03:00.000Z";
  auto window = app::ListAudit(*store_, admin_, query);
  ASSERT_TRUE(window.ok());
  EXPECT_EQ(window->total, 2);
  query = {};
  query.limit = 2;
  query.offset = 1;
  auto page = app::ListAudit(*store_, admin_, query);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].seq, 2);

  // A scoped administrator reads its subtree only; nobody else reads the trail.
  const app::Actor bd_admin{"bd.admin", {{access::Role::kAdministrator, "BD", ""}}};
  query = {};
  query.org_code = "BD-QT";
  auto scoped = app::ListAudit(*store_, bd_admin, query);
  ASSERT_TRUE(scoped.ok()) << scoped.error().message;
  EXPECT_EQ(scoped->total, 2);
  query.org_code = "HK";
  EXPECT_EQ(app::ListAudit(*store_, bd_admin, query).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(app::ListAudit(*store_, bd_admin, {}).error().code, ErrorCode::kForbidden);
  const app::Actor board{"bd.board", {{access::Role::kOrganizationBoard, "BD", ""}}};
  query.org_code = "BD";
  EXPECT_EQ(app::ListAudit(*store_, board, query).error().code, ErrorCode::kForbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
