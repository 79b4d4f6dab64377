#include "http/session.h"

namespace daihoi::http {

app::Actor RequestActor(const httplib::Request&, app::Store&) {
  return app::Actor{"web", {access::Grant{access::Role::kAdministrator, "", ""}}};
}

}  // namespace daihoi::http
