#include "http/count_api.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "app/counting.h"
#include "http/errors.h"
#include "http/params.h"
#include "http/route.h"
#include "http/session.h"
#include "http/store_pool.h"
#include "json/count_json.h"
#include "json/tally_json.h"
#include "report/election_ballots.h"
#include "report/minutes.h"
#include "report/pdf/party_document.h"
#include "text/text.h"

namespace daihoi::http {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// The use cases name the record they look up `election_id` / `round_id`; here it is the path's
// {id}.
Error PathNamed(Error error) {
  if (error.field == "election_id" || error.field == "round_id") error.field = "id";
  return error;
}

app::CountingPorts Ports(app::Store& store) {
  return app::CountingPorts{store, app::ElectionsOf(store), daihoi::json::LoadProfileOnce};
}

Result<int64_t> PathId(const httplib::Request& req) { return ParseId(req.matches[1].str()); }

app::CongressRef CongressOf(const httplib::Request& req) {
  return {req.matches[1].str(), req.matches[2].str()};
}

Result<ordered_json> ElectionJson(const app::CountingPorts& ports, const app::Actor& actor,
                                  int64_t election_id) {
  auto view = app::ShowElection(ports, actor, election_id);
  if (!view.ok()) return view.error();
  auto organization = RequireOrganization(ports.store, view->election.org_code);
  if (!organization.ok()) return organization.error();
  return daihoi::json::ElectionViewToJson(*view, organization->name);
}

Result<Reply> ElectionReply(const app::CountingPorts& ports, const app::Actor& actor,
                            int64_t election_id, int status = 200) {
  auto body = ElectionJson(ports, actor, election_id);
  if (!body.ok()) return body.error();
  return JsonReply(*body, status);
}

// The count view with the round's ballot form (R-BALLOT-FORM from the election's profile).
Result<ordered_json> CountJson(const app::CountView& view) {
  auto profile = daihoi::json::LoadProfileOnce(view.election.profile);
  if (!profile.ok()) return profile.error();
  return daihoi::json::CountViewToJson(view, daihoi::json::StruckForm(view, *profile));
}

Result<Reply> CountReply(const Result<app::CountView>& view) {
  if (!view.ok()) return view.error();
  auto body = CountJson(*view);
  if (!body.ok()) return body.error();
  return JsonReply(*body);
}

// ---- Elections ----

Result<Reply> ListElections(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  const app::CongressRef congress = CongressOf(req);
  auto organization = RequireOrganization(store, congress.org_code);
  if (!organization.ok()) return organization.error();
  auto record = store.FindCongress(congress.org_code, congress.term);
  if (!record.ok()) return record.error();
  if (!*record) {
    Error error = NotFound("tổ chức '" + congress.org_code + "' không có đại hội nhiệm kỳ '" +
                           congress.term + "' (no congress record for the term)");
    error.field = "term";
    return error;
  }
  const app::CountingPorts ports = Ports(store);
  auto elections = app::ListElections(ports, actor, congress);
  if (!elections.ok()) return elections.error();
  ordered_json items = ordered_json::array();
  for (const app::ElectionRecord& election : *elections) {
    auto view = app::ShowElection(ports, actor, election.id);
    if (!view.ok()) return view.error();
    items.push_back(daihoi::json::ElectionViewToJson(*view, organization->name));
  }
  const size_t total = items.size();
  ordered_json body = ordered_json::object();
  body["items"] = std::move(items);
  body["total"] = total;
  return JsonReply(body);
}

Result<Reply> CreateElection(const httplib::Request& req, app::Store& store,
                             const app::Actor& actor) {
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto setup = daihoi::json::ElectionSetupFromJson(*body);
  if (!setup.ok()) return setup.error();
  const app::CountingPorts ports = Ports(store);
  auto id = app::CreateElection(ports, actor, CongressOf(req), *setup);
  if (!id.ok()) return id.error();
  return ElectionReply(ports, actor, *id, 201);
}

Result<Reply> GetElection(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  return ElectionReply(Ports(store), actor, *id);
}

Result<Reply> PutCandidates(const httplib::Request& req, app::Store& store,
                            const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto candidates = daihoi::json::CandidatesFromJson(*body);
  if (!candidates.ok()) return candidates.error();
  const app::CountingPorts ports = Ports(store);
  if (Status s = app::SetCandidates(ports, actor, *id, *candidates); !s) return s.error();
  return ElectionReply(ports, actor, *id);
}

Result<Reply> PutCommittee(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto members = daihoi::json::CommitteeFromJson(*body);
  if (!members.ok()) return members.error();
  const app::CountingPorts ports = Ports(store);
  if (Status s = app::SetCountingCommittee(ports, actor, *id, *members); !s) {
    Error error = s.error();
    // The use case names the list as it is stored; the body calls it `members`.
    if (error.field.starts_with("counting_committee")) {
      error.field = "members" + error.field.substr(std::string("counting_committee").size());
    }
    return error;
  }
  return ElectionReply(ports, actor, *id);
}

Result<Reply> LockElection(const httplib::Request& req, app::Store& store,
                           const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  const app::CountingPorts ports = Ports(store);
  auto locked = app::LockList(ports, actor, *id);
  if (!locked.ok()) return locked.error();
  return ElectionReply(ports, actor, *id);
}

// A whole number in [min, max] from the query; absent gives `fallback`.
Result<int> QueryInt(const httplib::Request& req, const char* name, int fallback, int min,
                     int max) {
  if (!req.has_param(name)) return fallback;
  const std::string text = req.get_param_value(name);
  const bool digits =
      !text.empty() && text.size() <= 9 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoi(text) < min || std::stoi(text) > max) {
    return InvalidInput("phải là số nguyên từ " + std::to_string(min) + " đến " +
                            std::to_string(max) + " (a whole number " + std::to_string(min) + "–" +
                            std::to_string(max) + "), got '" + text + "'",
                        name);
  }
  return std::stoi(text);
}

constexpr int kMaxCopies = 10000;

Result<Reply> GetBallots(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto copies = QueryInt(req, "copies", 1, 1, kMaxCopies);
  if (!copies.ok()) return copies.error();
  std::optional<report::pdf::Paper> paper;
  if (req.has_param("paper")) {
    const std::string text = req.get_param_value("paper");
    if (text == "a4") {
      paper = report::pdf::Paper::kA4;
    } else if (text == "a5") {
      paper = report::pdf::Paper::kA5;
    } else {
      return InvalidInput("khổ giấy '" + text + "' không hợp lệ (paper: a4 or a5)", "paper");
    }
  }
  const app::CountingPorts ports = Ports(store);
  auto view = app::ShowElection(ports, actor, *id);
  if (!view.ok()) return view.error();
  if (view->election.list_digest.empty()) {
    return Error(ErrorCode::kConflict,
                 "danh sách bầu cử chưa khóa: chỉ in phiếu từ danh sách đã khóa (lock the list "
                 "first: ballots are printed from the locked list only)");
  }
  auto profile = daihoi::json::LoadProfileOnce(view->election.profile);
  if (!profile.ok()) return profile.error();
  report::BallotHeader header;
  auto organization = RequireOrganization(store, view->election.org_code);
  if (!organization.ok()) return organization.error();
  header.convening = std::move(*organization);
  if (!header.convening.parent_code.empty()) {
    auto parent = store.FindOrganization(header.convening.parent_code);
    if (!parent.ok()) return parent.error();
    if (*parent) header.superior = (*parent)->name;
  }
  auto congress = store.FindCongress(view->election.org_code, view->election.term);
  if (!congress.ok()) return congress.error();
  header.congress = std::move(*congress);
  auto sheet = report::ElectionBallotSheet(*view, *profile, header);
  if (!sheet.ok()) return sheet.error();
  auto bytes = report::ElectionBallotsPdf(*sheet, *copies, paper);
  if (!bytes.ok()) {
    Error error = bytes.error();
    // A list that fits on no allowed size: the paper asked for is what to change.
    if (error.field == "names" && paper) error.field = "paper";
    return error;
  }
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = "phieu-bau-" + app::ElectionIdText(*id) + ".pdf";
  return reply;
}

// ---- Counting a round ----

// This clerk's distinct ballots so far: numbers whose latest entry is not a retraction.
Result<int64_t> ClerkBallots(app::ElectionStore& elections, int64_t round_id,
                             const std::string& clerk) {
  static const std::string kRetraction = [] {
    election::EnteredBallot retraction;
    retraction.retracted = true;
    return election::EncodeEntry(retraction);
  }();
  std::map<int64_t, bool> retracted;
  Status read = elections.ForEachBallotEntry(round_id, [&](const app::BallotEntryRecord& entry) {
    if (entry.clerk == clerk) retracted[entry.number] = entry.payload == kRetraction;
  });
  if (!read.ok()) return read.error();
  return static_cast<int64_t>(std::count_if(retracted.begin(), retracted.end(),
                                            [](const auto& item) { return !item.second; }));
}

Result<Reply> PostEntry(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::EntryFromJson(*body);
  if (!request.ok()) return request.error();
  const app::CountingPorts ports = Ports(store);
  auto entry = app::EnterBallot(ports, actor, *id, request->clerk, request->entry, request->qr);
  if (!entry.ok()) return daihoi::json::EntryBodyError(entry.error(), request->entry);
  auto clerk_entries = ClerkBallots(ports.elections, *id, entry->clerk);
  if (!clerk_entries.ok()) return clerk_entries.error();
  ordered_json out = ordered_json::object();
  out["seq"] = entry->seq;
  out["clerk"] = entry->clerk;
  out["number"] = entry->number;
  out["hash"] = entry->hash;
  out["prev_hash"] = entry->prev_hash;
  out["entered_at"] = entry->entered_at;
  out["clerk_entries"] = *clerk_entries;
  return JsonReply(out, 201);
}

Result<app::RoundRecord> FindRound(app::ElectionStore& elections, int64_t round_id) {
  auto round = elections.FindRound(round_id);
  if (!round.ok()) return round.error();
  if (!*round) {
    Error error = NotFound("không có vòng bầu số " + std::to_string(round_id) + " (unknown round)");
    error.field = "id";
    return error;
  }
  return std::move(**round);
}

Result<Reply> GetEntries(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  // Clerks are stored normalized (EnterBallot); the filter is read the same way.
  const std::optional<std::string> clerk =
      req.has_param("clerk") ? std::optional(text::Normalize(req.get_param_value("clerk")))
                             : std::nullopt;
  auto entries = app::ListBallotEntries(Ports(store), actor, *id, clerk);
  if (!entries.ok()) return entries.error();
  ordered_json items = ordered_json::array();
  for (const app::BallotEntryRecord& entry : *entries)
    items.push_back(daihoi::json::EntryToJson(entry));
  const size_t total = items.size();
  ordered_json body = ordered_json::object();
  body["items"] = std::move(items);
  body["total"] = total;
  return JsonReply(body);
}

Result<Reply> GetCount(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  return CountReply(app::ShowCount(Ports(store), actor, *id));
}

Result<Reply> PostClose(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  auto request = daihoi::json::CloseRequestFromJson(*body);
  if (!request.ok()) return request.error();
  return CountReply(app::CloseRound(Ports(store), actor, *id, *request));
}

Result<Reply> PostNext(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto body = ParseBody(req, true);
  if (!body.ok()) return body.error();
  auto decided = daihoi::json::CongressDecidedFromJson(*body);
  if (!decided.ok()) return decided.error();
  auto round = app::OpenNextRound(Ports(store), actor, *id, *decided);
  if (!round.ok()) return round.error();
  return JsonReply(daihoi::json::RoundToJson(*round), 201);
}

Result<Reply> GetVerify(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto check = app::VerifyChain(Ports(store), actor, *id);
  if (!check.ok()) return check.error();
  return JsonReply(daihoi::json::ChainCheckToJson(*check));
}

// The biên bản kiểm phiếu of a closed round.
Result<Reply> GetMinutes(const httplib::Request& req, app::Store& store, const app::Actor& actor) {
  auto id = PathId(req);
  if (!id.ok()) return id.error();
  auto minutes = app::ShowMinutes(Ports(store), actor, *id);
  if (!minutes.ok()) return minutes.error();
  auto place = PlaceParam(req, store, minutes->organization.code);
  if (!place.ok()) return place.error();
  auto bytes = report::pdf::Render(report::MinutesDocument(*minutes, *place, std::nullopt));
  if (!bytes.ok()) return bytes.error();
  const app::CountView& count = minutes->count;
  Reply reply;
  reply.content_type = "application/pdf";
  reply.bytes = std::move(*bytes);
  reply.file_name = "bien-ban-kiem-phieu-" + app::ElectionIdText(count.election.id) + "-vong-" +
                    std::to_string(count.round.number) + ".pdf";
  return reply;
}

// ---- The projector's stream (server-sent events) ----

// Streams hold a worker thread each; they are few (a projector, a screen or two) and bounded in
// number and lifetime, so the server's pool (at least 8 threads, server.h) keeps serving.
constexpr int kMaxEventStreams = 4;
constexpr auto kPollInterval = std::chrono::milliseconds(500);
constexpr auto kSleepStep = std::chrono::milliseconds(100);
constexpr auto kHeartbeat = std::chrono::seconds(5);
constexpr auto kMaxStreamLifetime = std::chrono::hours(2);

std::atomic<int> open_streams{0};

// What changes when an entry is appended or the round closes: read cheaply (no decoding, no
// tally) every poll.
struct RoundSignature {
  int64_t entries = 0;
  std::string head;
  bool closed = false;
  bool operator==(const RoundSignature&) const = default;
};

Result<RoundSignature> Signature(app::ElectionStore& elections, int64_t round_id) {
  auto round = FindRound(elections, round_id);
  if (!round.ok()) return round.error();
  RoundSignature signature;
  signature.closed = round->closed;
  Status read = elections.ForEachBallotEntry(round_id, [&](const app::BallotEntryRecord& entry) {
    ++signature.entries;
    signature.head = entry.hash;
  });
  if (!read.ok()) return read.error();
  return signature;
}

// One "count" event: the signature first, then the view, so that an entry appended in between
// is sent again at the next poll rather than missed.
struct Snapshot {
  RoundSignature signature;
  std::string event;
};

Result<Snapshot> TakeSnapshot(StorePool& pool, const app::Actor& actor, int64_t round_id) {
  auto store = pool.Acquire();
  if (!store.ok()) return store.error();
  Snapshot snapshot;
  auto signature = Signature(app::ElectionsOf(**store), round_id);
  if (!signature.ok()) return signature.error();
  snapshot.signature = std::move(*signature);
  auto view = app::ShowCount(Ports(**store), actor, round_id);
  if (!view.ok()) return PathNamed(view.error());
  auto body = CountJson(*view);
  if (!body.ok()) return body.error();
  snapshot.signature.closed = view->round.closed;
  snapshot.event =
      "event: count\ndata: " + body->dump(-1, ' ', false, ordered_json::error_handler_t::replace) +
      "\n\n";
  return snapshot;
}

struct StreamState {
  int64_t round_id = 0;
  app::Actor actor;  // who opened the stream: every poll reads the count as them
  RoundSignature last;
  std::string pending;  // the first event, written by the provider
  std::chrono::steady_clock::time_point deadline;
  std::chrono::steady_clock::time_point last_write;
  ~StreamState() { --open_streams; }
};

void GetEvents(httplib::Server& server, StorePool& pool, const httplib::Request& req,
               httplib::Response& res) {
  auto id = PathId(req);
  if (!id.ok()) return WriteError(res, id.error());
  if (++open_streams > kMaxEventStreams) {
    --open_streams;
    return WriteError(res, Error(ErrorCode::kConflict,
                                 "đã có " + std::to_string(kMaxEventStreams) +
                                     " màn hình theo dõi kết quả, không mở thêm được (too many "
                                     "event streams open)",
                                 "events"));
  }
  auto state = std::make_shared<StreamState>();  // gives the slot back when the stream ends
  {
    auto store = pool.Acquire();
    if (!store.ok()) return WriteError(res, store.error());
    state->actor = RequestActor(req, **store);
  }
  auto first = TakeSnapshot(pool, state->actor, *id);
  if (!first.ok()) return WriteError(res, ForActor(first.error(), state->actor));
  const auto now = std::chrono::steady_clock::now();
  state->round_id = *id;
  state->last = first->signature;
  state->pending = "retry: 3000\n" + first->event;
  state->deadline = now + kMaxStreamLifetime;
  state->last_write = now;

  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Accel-Buffering", "no");
  // Plain "text/event-stream": with a charset parameter cpp-httplib compresses the stream and
  // no event reaches the browser before the stream ends.
  res.set_chunked_content_provider(
      "text/event-stream", [&server, &pool, state](size_t, httplib::DataSink& sink) {
        auto write = [&](const std::string& text) {
          state->last_write = std::chrono::steady_clock::now();
          return sink.write(text.data(), text.size());
        };
        if (!state->pending.empty()) {
          const std::string text = std::move(state->pending);
          state->pending.clear();
          if (!write(text)) return false;  // the client went away
          if (state->last.closed) sink.done();
          return true;
        }
        // Wait for the next poll, ending early when the server stops or the client goes away
        // (so its slot is free again for a reconnecting screen).
        const auto wake = std::chrono::steady_clock::now() + kPollInterval;
        while (std::chrono::steady_clock::now() < wake) {
          if (!server.is_running()) {
            sink.done();
            return true;
          }
          if (!sink.is_writable()) return false;
          std::this_thread::sleep_for(kSleepStep);
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= state->deadline) {
          sink.done();  // the client's EventSource reconnects
          return true;
        }
        RoundSignature signature;
        {
          auto store = pool.Acquire();
          if (!store.ok()) return false;
          auto polled = Signature(app::ElectionsOf(**store), state->round_id);
          if (!polled.ok()) return false;
          signature = std::move(*polled);
        }
        if (signature == state->last) {
          // A comment line now and then: a client that went away is noticed on the write.
          if (now - state->last_write >= kHeartbeat) return write(": keep-alive\n\n");
          return true;
        }
        auto snapshot = TakeSnapshot(pool, state->actor, state->round_id);
        if (!snapshot.ok()) return false;
        state->last = snapshot->signature;
        if (!write(snapshot->event)) return false;
        // The final view of a closed round is the last word.
        if (state->last.closed) sink.done();
        return true;
      });
}

const std::vector<RouteEntry>& Entries() {
  static const std::vector<RouteEntry> entries = {
      {"GET", "/congresses/{code}/{term}/elections", "/congresses/([^/]+)/([^/]+)/elections",
       ListElections},
      {"POST", "/congresses/{code}/{term}/elections", "/congresses/([^/]+)/([^/]+)/elections",
       CreateElection},
      {"GET", "/elections/{id}", "/elections/([^/]+)", GetElection},
      {"PUT", "/elections/{id}/candidates", "/elections/([^/]+)/candidates", PutCandidates},
      {"PUT", "/elections/{id}/counting-committee", "/elections/([^/]+)/counting-committee",
       PutCommittee},
      {"POST", "/elections/{id}/lock", "/elections/([^/]+)/lock", LockElection},
      {"GET", "/elections/{id}/ballots.pdf", "/elections/([^/]+)/ballots\\.pdf", GetBallots},
      {"POST", "/rounds/{id}/entries", "/rounds/([^/]+)/entries", PostEntry},
      {"GET", "/rounds/{id}/entries", "/rounds/([^/]+)/entries", GetEntries},
      {"GET", "/rounds/{id}/count", "/rounds/([^/]+)/count", GetCount},
      {"POST", "/rounds/{id}/close", "/rounds/([^/]+)/close", PostClose},
      {"POST", "/rounds/{id}/next", "/rounds/([^/]+)/next", PostNext},
      {"GET", "/rounds/{id}/verify", "/rounds/([^/]+)/verify", GetVerify},
      {"GET", "/rounds/{id}/minutes.pdf", "/rounds/([^/]+)/minutes\\.pdf", GetMinutes},
      {"GET", "/rounds/{id}/events", "/rounds/([^/]+)/events", nullptr},
  };
  return entries;
}

}  // namespace

std::vector<RouteInfo> CountRoutes() { return RouteInfos(Entries()); }

void RegisterCountRoutes(httplib::Server& server, StorePool& pool) {
  RegisterRoutes(server, pool, Entries(), PathNamed);
  for (const auto& entry : Entries()) {
    if (entry.handler) continue;
    // The event stream is no request and reply: registered on its own.
    server.Get("/api/v1" + std::string(entry.pattern),
               [&server, &pool](const httplib::Request& req, httplib::Response& res) {
                 GetEvents(server, pool, req, res);
               });
  }
}

}  // namespace daihoi::http
