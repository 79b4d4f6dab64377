#include "http/nomination_api.h"

#include <httplib.h>

#include <string>
#include <string_view>

#include "app/nominations.h"
#include "http/route.h"
#include "http/store_pool.h"
#include "json/nomination_json.h"
#include "json/tally_json.h"

namespace daihoi::http {
namespace {

// The use cases name the record they look up; here it is the path's {id}.
Error PathNamed(Error error) {
  if (error.field == "election_id" || error.field == "nomination_id") error.field = "id";
  return error;
}

app::NominationPorts Ports(app::Store& store) {
  return app::NominationPorts{store, app::ElectionsOf(store), app::NominationsOf(store),
                              daihoi::json::LoadProfileOnce};
}

Result<int64_t> PathId(const httplib::Request& req) { return ParseId(req.matches[1].str()); }

Result<Reply> ViewReply(const app::NominationPorts& ports, const app::Actor& actor,
                        int64_t election_id, int status = 200) {
  auto view = app::ShowNominations(ports, actor, election_id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::NominationsViewToJson(*view), status);
}

// The election a nomination belongs to, for the reply after a change.
Result<int64_t> ElectionOf(const app::NominationPorts& ports, int64_t nomination_id) {
  auto found = ports.nominations.FindNomination(nomination_id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có đề cử số " + std::to_string(nomination_id));
    error.field = "id";
    return error;
  }
  return (*found)->election_id;
}

Result<Reply> GetNominations(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  return ViewReply(Ports(store), actor, *id);
}

Result<Reply> PostNomination(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::NominateRequestFromJson(*body);
  if (!request.ok()) return request.error();
  const app::NominationPorts ports = Ports(store);
  auto added = app::Nominate(ports, actor, *id, *request);
  if (!added.ok()) return added.error();
  return ViewReply(ports, actor, *id, 201);
}

Result<Reply> PostPoll(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto vote = daihoi::json::VoteCountFromJson(*body);
  if (!vote.ok()) return vote.error();
  const app::NominationPorts ports = Ports(store);
  if (Status s = app::RecordNominationPoll(ports, actor, *id, *vote); !s) return s.error();
  auto election = ElectionOf(ports, *id);
  if (!election.ok()) return election.error();
  return ViewReply(ports, actor, *election);
}

Result<Reply> PostWithdrawal(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, /*empty_is_object=*/true);
  if (!body.ok()) return body.error();
  auto reason = daihoi::json::WithdrawalReasonFromJson(*body);
  if (!reason.ok()) return reason.error();
  const app::NominationPorts ports = Ports(store);
  if (Status s = app::RequestWithdrawal(ports, actor, *id, *reason); !s) return s.error();
  auto election = ElectionOf(ports, *id);
  if (!election.ok()) return election.error();
  return ViewReply(ports, actor, *election);
}

Result<Reply> PutWithdrawalVote(const httplib::Request& req, app::Store& store,
                                const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto vote = daihoi::json::VoteCountFromJson(*body);
  if (!vote.ok()) return vote.error();
  const app::NominationPorts ports = Ports(store);
  if (Status s = app::RecordWithdrawalVote(ports, actor, *id, *vote); !s) return s.error();
  auto election = ElectionOf(ports, *id);
  if (!election.ok()) return election.error();
  return ViewReply(ports, actor, *election);
}

Result<Reply> PutTargets(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, /*empty_is_object=*/true);
  if (!body.ok()) return body.error();
  auto targets = daihoi::json::StructureTargetsFromJson(*body);
  if (!targets.ok()) return targets.error();
  const app::NominationPorts ports = Ports(store);
  if (Status s = app::SetStructureTargets(ports, actor, *id, *targets); !s) return s.error();
  return ViewReply(ports, actor, *id);
}

Result<Reply> PostFinalize(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto view = app::FinalizeList(Ports(store), actor, *id);
  if (!view.ok()) return view.error();
  return JsonReply(daihoi::json::NominationsViewToJson(*view));
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/elections/{id}/nominations", "/elections/([^/]+)/nominations", GetNominations},
      {"POST", "/elections/{id}/nominations", "/elections/([^/]+)/nominations", PostNomination},
      {"POST", "/nominations/{id}/poll", "/nominations/([^/]+)/poll", PostPoll},
      {"POST", "/nominations/{id}/withdrawal", "/nominations/([^/]+)/withdrawal", PostWithdrawal},
      {"PUT", "/nominations/{id}/withdrawal", "/nominations/([^/]+)/withdrawal", PutWithdrawalVote},
      {"PUT", "/elections/{id}/structure-targets", "/elections/([^/]+)/structure-targets",
       PutTargets},
      {"POST", "/elections/{id}/finalize", "/elections/([^/]+)/finalize", PostFinalize},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> NominationRoutes() { return RouteInfos(Entries()); }

void RegisterNominationRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries(), PathNamed);
}

}  // namespace daihoi::http
