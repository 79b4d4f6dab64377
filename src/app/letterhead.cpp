#include "app/registry.h"

namespace daihoi::app {

Result<std::string> PlaceOf(Store& store, const std::string& org_code) {
  if (org_code.empty()) return std::string();  // the whole country: no one organization
  auto organization = store.FindOrganization(org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    return NotFound("không có tổ chức đảng '" + org_code + "' (unknown organization)");
  }
  if (auto place = org::PlaceInName((*organization)->name)) return *place;
  auto ancestors = store.Ancestors(org_code);  // parent first
  if (!ancestors.ok()) return ancestors.error();
  for (const org::Organization& ancestor : *ancestors) {
    if (auto place = org::PlaceInName(ancestor.name)) return *place;
  }
  return std::string();
}

Result<std::string> SuperiorName(Store& store, const org::Organization& organization) {
  if (organization.parent_code.empty()) return std::string();
  auto parent = store.FindOrganization(organization.parent_code);
  if (!parent.ok()) return parent.error();
  return *parent ? (*parent)->name : std::string();
}

}  // namespace daihoi::app
