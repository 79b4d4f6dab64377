#pragma once
// Who is acting on a request (docs/security.md).

#include <httplib.h>

#include "app/accounts.h"
#include "app/ports/store.h"

namespace daihoi::http {

// The actor of the request's session. Until the web app signs users in, every request acts as
// the server's operator, a global administrator recorded as "web".
app::Actor RequestActor(const httplib::Request& req, app::Store& store);

}  // namespace daihoi::http
