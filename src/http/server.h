#pragma once
// `daihoi serve`: the REST API and the built web app on one port (cpp-httplib, tuned as
// DESIGN.md says: TCP no-delay, a thread pool of max(8, 4 × cores), keep-alive).
//
// Static files: MIME type by extension; hashed assets cached for a year, the rest revalidated;
// any other non-API path falls back to index.html so the web app's own routes load.
//
// Every response (API, static files, errors) carries the security headers of
// SecurityHeaders(); with a certificate the server speaks HTTPS only (httplib::SSLServer), adds
// Strict-Transport-Security and marks the session cookies Secure (docs/security.md).

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "http/store_pool.h"

namespace daihoi::http {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                             // 0: any free port
  std::filesystem::path web_root;              // empty: the API alone
  size_t max_upload_bytes = 32 * 1024 * 1024;  // larger request bodies get 413
  int threads = 0;                             // 0: max(8, 4 × cores)
  std::filesystem::path cert_file;             // PEM certificate (chain): serve HTTPS
  std::filesystem::path key_file;              // its PEM private key
  bool trust_proxy = false;                    // X-Forwarded-For names the login's client
};

// The headers of every response: CSP without inline scripts, no sniffing, no framing,
// same-origin referrers, and HSTS when served over TLS.
std::vector<std::pair<std::string, std::string>> SecurityHeaders(bool tls);

class Server {
 public:
  // `pool` must outlive the server.
  Server(StorePool& pool, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port (the chosen one when options.port is 0).
  Result<int> Bind();
  // Serves on the bound socket until Stop(); requests in flight are finished first.
  Status Serve();
  // Safe from any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Binds, calls on_listening with the port, then serves until SIGINT or SIGTERM and stops
// gracefully. Blocks both signals in the calling thread (and so in the server's threads).
Status ServeUntilSignal(Server& server, const std::function<void(int port)>& on_listening);

}  // namespace daihoi::http
