// Use case: the demo's accounts (accounts.h, LoadDemoAccounts): one user per role over the seed
// data set, with the known passwords README.md lists. They are public, so they are hashed at
// argon2id's lowest cost (loading the demo stays quick); real accounts use AccountPolicy's.
#include <sodium.h>

#include "app/accounts.h"
#include "app/accounts_common.h"
#include "app/demo.h"

namespace daihoi::app {

const std::vector<DemoAccount>& DemoAccounts() {
  static const std::vector<DemoAccount> accounts = {
      {"admin",
       "Quản trị hệ thống (dữ liệu mẫu)",
       "quantri-demo",
       {access::Role::kAdministrator, "", ""}},
      {"badinh.btc",
       "Ban Tổ chức Quận ủy Ba Đình",
       "badinh-2020",
       {access::Role::kOrganizationBoard, "BADINH", ""}},
      {"quanthanh.vp",
       "Văn phòng Đảng ủy phường Quán Thánh",
       "quanthanh-2020",
       {access::Role::kUnitClerk, "BADINH-QUANTHANH", ""}},
      {"badinh.kiemphieu",
       "Tổ kiểm phiếu Đại hội XXVI Đảng bộ quận Ba Đình",
       "kiemphieu-2020",
       {access::Role::kCountingClerk, "BADINH", "2020-2025"}},
      {"hanoi.giamsat",
       "Giám sát Thành ủy Hà Nội",
       "giamsat-2020",
       {access::Role::kObserver, "HANOI", ""}},
  };
  return accounts;
}

Status LoadDemoAccounts(Store& store, const Clock& clock) {
  AccountStore* accounts = &AccountsOf(store);
  for (const DemoAccount& account : DemoAccounts()) {
    if (!account.grant.org_code.empty()) {
      auto organization = store.FindOrganization(account.grant.org_code);
      if (!organization.ok()) return organization.error();
      if (!organization->has_value()) return {};  // not the seed data set
    }
  }
  AccountPolicy policy;
  policy.hashing = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
  const Actor demo{"demo", {{access::Role::kAdministrator, "", ""}}};
  for (const DemoAccount& account : DemoAccounts()) {
    auto existing = accounts->FindUser(account.login);
    if (!existing.ok()) return existing.error();
    if (existing->has_value()) continue;  // loaded before: what the user changed stays
    auto id = AddUser(store, clock, demo, {account.login, account.display_name, account.password},
                      policy);
    if (!id.ok()) return id.error();
    if (Status s = GrantRole(store, clock, demo, account.login, account.grant); !s) return s;
  }
  return {};
}

}  // namespace daihoi::app
