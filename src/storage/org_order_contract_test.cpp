// Migration 16: siblings are ordered by the stored name keys, bytewise, on both engines; the order
// must stay the Vietnamese order of names (text::Compare), then codes, after inserts, renames and
// moves, and when the keys are missing or were made by another ICU version (filled on opening).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/sql.h"
#include "storage/store_contract_fixture.h"
#include "text/text.h"

namespace daihoi::storage {
namespace {

class OrgOrderContract : public StoreContract {
 protected:
  // The depth-first order computed here from the organizations alone, collating with ICU.
  static std::vector<std::string> Collated(const std::vector<org::Organization>& orgs) {
    std::unordered_map<std::string, std::vector<const org::Organization*>> children;
    std::vector<const org::Organization*> tops;
    for (const auto& o : orgs) {
      (o.parent_code.empty() ? tops : children[o.parent_code]).push_back(&o);
    }
    auto before = [](const org::Organization* a, const org::Organization* b) {
      const int by_name = text::Compare(a->name, b->name);
      return by_name != 0 ? by_name < 0 : a->code < b->code;
    };
    std::vector<std::string> out;
    std::vector<const org::Organization*> stack;
    std::sort(tops.begin(), tops.end(), before);
    stack.assign(tops.rbegin(), tops.rend());
    while (!stack.empty()) {
      const org::Organization* o = stack.back();
      stack.pop_back();
      out.push_back(o->code);
      auto& list = children[o->code];
      std::sort(list.begin(), list.end(), before);
      stack.insert(stack.end(), list.rbegin(), list.rend());
    }
    return out;
  }

  void ExpectCollated() {
    auto all = store_->AllOrganizations();
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(Codes(*all), Collated(*all));
    auto sub = store_->Subtree("T");
    ASSERT_TRUE(sub.ok()) << sub.error().message;
    std::vector<org::Organization> alone = *sub;
    ASSERT_FALSE(alone.empty());
    EXPECT_EQ(alone.front().parent_code, "");  // T is a top
    EXPECT_EQ(Codes(*sub), Collated(alone));
    // A subtree whose root has a parent keeps that parent's code.
    auto district = store_->Subtree("D1");
    ASSERT_TRUE(district.ok()) << district.error().message;
    ASSERT_FALSE(district->empty());
    EXPECT_EQ(district->front().code, "D1");
    EXPECT_EQ(district->front().parent_code, "T");
  }

  // Names whose Vietnamese order differs from their byte order: Đ after D, tones secondary,
  // equal names broken by code.
  void Load() {
    ASSERT_TRUE(store_
                    ->UpsertOrganizations({
                        Org("T", "Tỉnh ủy", "province", ""),
                        Org("D1", "Huyện ủy Đông Anh", "district", "T"),
                        Org("D2", "Huyện ủy Dũng Tiến", "district", "T"),
                        Org("D3", "Huyện ủy Ân Thi", "district", "T"),
                        Org("D4", "Huyện ủy An Lão", "district", "T"),
                        Org("G2", "Đảng bộ xã Bình", "grassroots", "D1"),
                        Org("G1", "Đảng bộ xã Bình", "grassroots", "D1"),
                        Org("G3", "Đảng bộ xã Bính", "grassroots", "D1"),
                        Org("G4", "Đảng bộ xã Ba", "grassroots", "D2"),
                        Org("Z", "Ban cán sự", "province", ""),
                    })
                    .ok());
  }
};

TEST_P(OrgOrderContract, StoredOrderIsTheCollatedOrderAfterInsertsRenamesAndMoves) {
  Load();
  ExpectCollated();
  EXPECT_EQ(SubtreeCodes("D1"), (std::vector<std::string>{"D1", "G1", "G2", "G3"}));

  // Renames reorder siblings: Dũng Tiến becomes Cổ Loa, before every other district.
  ASSERT_TRUE(store_->UpsertOrganizations({Org("D2", "Huyện ủy Cổ Loa", "district", "T")}).ok());
  ExpectCollated();
  EXPECT_EQ(SubtreeCodes("T"),
            (std::vector<std::string>{"T", "D4", "D3", "D2", "G4", "D1", "G1", "G2", "G3"}));

  // A move with a rename, and an insert between existing siblings.
  ASSERT_TRUE(store_
                  ->UpsertOrganizations({Org("G3", "Đảng bộ xã Anh", "grassroots", "D2"),
                                         Org("G5", "Đảng bộ xã Bìa", "grassroots", "D1")})
                  .ok());
  ExpectCollated();
  EXPECT_EQ(SubtreeCodes("D2"), (std::vector<std::string>{"D2", "G3", "G4"}));
  EXPECT_EQ(SubtreeCodes("D1"), (std::vector<std::string>{"D1", "G5", "G1", "G2"}));
}

TEST_P(OrgOrderContract, MissingOrStaleKeysAreMadeAgainOnOpening) {
  Load();
  const auto before = SubtreeCodes("T");
  // As a database migrated from before migration 16, or keys of another ICU version.
  EXPECT_EQ(RawTry("UPDATE organizations SET name_key = NULL"), std::nullopt);
  EXPECT_EQ(RawTry("UPDATE organization_name_keys SET icu = 'older'"), std::nullopt);
  Reopen();
  EXPECT_EQ(SubtreeCodes("T"), before);
  ExpectCollated();
  // Filled, not merely computed on reading.
  auto missing =
      SqlOf(*store_).FirstInt("SELECT count(*) FROM organizations WHERE name_key IS NULL");
  ASSERT_TRUE(missing.ok()) << missing.error().message;
  EXPECT_EQ(*missing, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, OrgOrderContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
