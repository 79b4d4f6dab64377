#include "http/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string_view>
#include <thread>

#include "http/api.h"
#include "http/errors.h"
#include "http/static_files.h"

namespace daihoi::http {
namespace {

constexpr std::string_view kApiPrefix = "/api/";

bool IsApiPath(std::string_view path) {
  return path.substr(0, kApiPrefix.size()) == kApiPrefix || path == "/api";
}

void WriteJsonError(httplib::Response& res, int status, const Error& error) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(ErrorBody(error).dump(), "application/json; charset=utf-8");
}

constexpr std::string_view kNoWebApp = R"(<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>daihoi</title></head>
<body>
<h1>daihoi</h1>
<p>Chưa có ứng dụng web: hãy xây dựng bằng <code>make web</code>
(hoặc <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>), rồi chạy lại
<code>daihoi serve</code> hoặc chỉ định thư mục bằng <code>--web DIR</code>.</p>
<p>The web app is not built: run <code>make web</code> (or <code>cd web &amp;&amp; npm ci
&amp;&amp; npm run build</code>) and start <code>daihoi serve</code> again, or point
<code>--web DIR</code> at the built files.</p>
<p>API: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>,
<a href="/api/v1/health">/api/v1/health</a></p>
</body></html>
)";

// The file's bytes, or nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void ServeStatic(const std::filesystem::path& root, const httplib::Request& req,
                 httplib::Response& res) {
  if (IsApiPath(req.path)) {
    WriteJsonError(res, 404,
                   NotFound("không có đường dẫn API này (no such API path): " + req.path));
    return;
  }
  if (root.empty()) {
    res.status = req.path == "/" ? 200 : 404;
    res.set_content(std::string(kNoWebApp), "text/html; charset=utf-8");
    return;
  }
  auto file = ResolveStatic(root, req.path);
  if (!file) {
    res.status = 400;
    res.set_content("Bad path", "text/plain; charset=utf-8");
    return;
  }
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(*file, ignored)) {
    // A missing file (a name with an extension, or anything under /assets/) is a 404; any other
    // path is one of the web app's own routes, answered by index.html.
    std::string_view path = req.path;
    std::string_view last = path.substr(path.rfind('/') + 1);
    if (path.substr(0, 8) == "/assets/" || last.find('.') != std::string_view::npos) {
      res.status = 404;
      res.set_content("Not found", "text/plain; charset=utf-8");
      return;
    }
    file = root / "index.html";
  }
  auto bytes = ReadFile(*file);
  if (!bytes) {
    res.status = 404;
    res.set_content("Not found", "text/plain; charset=utf-8");
    return;
  }
  res.set_header("Cache-Control",
                 IsHashedAsset(req.path) ? "public, max-age=31536000, immutable" : "no-cache");
  res.set_content(std::move(*bytes), std::string(MimeType(file->filename().string())));
}

// Fills the body of error responses httplib produces itself (no route, 413 payload too large,
// unreadable request) so API clients always get the JSON error shape.
httplib::Server::HandlerResponse FillError(const httplib::Request& req, httplib::Response& res,
                                           size_t max_upload_bytes) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  Error error;
  switch (res.status) {
    case 404:
      error = NotFound("không có đường dẫn này (no such path): " + req.method + " " + req.path);
      break;
    case 405:
      error = InvalidInput("phương thức không được hỗ trợ (method not allowed): " + req.method);
      break;
    case 413:
      error = InvalidInput("tệp quá lớn, tối đa " + std::to_string(max_upload_bytes >> 20) +
                               " MiB (request body too large)",
                           "file");
      break;
    default:
      if (res.status < 500) {
        error = InvalidInput("yêu cầu không hợp lệ (bad request)");
      } else {
        error = Error{ErrorCode::kInternal, "lỗi máy chủ (internal server error)"};
      }
  }
  WriteJsonError(res, res.status, error);
  return httplib::Server::HandlerResponse::Handled;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> SecurityHeaders(bool tls) {
  std::vector<std::pair<std::string, std::string>> headers = {
      // The web app is one origin's scripts, styles and API; inline scripts are refused.
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "same-origin"},
  };
  if (tls) headers.emplace_back("Strict-Transport-Security", "max-age=31536000");
  return headers;
}

struct Server::Impl {
  StorePool& pool;
  ServerOptions options;
  std::unique_ptr<httplib::Server> server;
  bool bound = false;
  bool tls = false;

  Impl(StorePool& store_pool, ServerOptions server_options)
      : pool(store_pool), options(std::move(server_options)) {
    tls = !options.cert_file.empty();
    if (tls) {
      server =
          std::make_unique<httplib::SSLServer>(options.cert_file.c_str(), options.key_file.c_str());
    } else {
      server = std::make_unique<httplib::Server>();
    }
  }
};

Server::Server(StorePool& pool, ServerOptions options)
    : impl_(std::make_unique<Impl>(pool, std::move(options))) {
  auto& server = *impl_->server;
  const ServerOptions& opts = impl_->options;
  httplib::Headers headers;
  for (auto& [name, value] : SecurityHeaders(impl_->tls)) headers.emplace(name, value);
  server.set_default_headers(std::move(headers));
  // Untuned, cpp-httplib serves ~300 req/s; with no-delay and a larger pool ~27k (DESIGN.md).
  server.set_tcp_nodelay(true);
  size_t threads = opts.threads > 0
                       ? static_cast<size_t>(opts.threads)
                       : std::max<size_t>(8, 4 * std::max(1u, std::thread::hardware_concurrency()));
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(5);
  server.set_payload_max_length(opts.max_upload_bytes);

  ApiOptions api;
  api.secure_cookies = impl_->tls;
  api.trust_proxy = opts.trust_proxy;
  RegisterApi(server, impl_->pool, api);

  std::filesystem::path web_root = opts.web_root;
  server.Get("/.*", [web_root](const httplib::Request& req, httplib::Response& res) {
    ServeStatic(web_root, req, res);
  });

  size_t max_upload = opts.max_upload_bytes;
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [max_upload](const httplib::Request& req, httplib::Response& res) {
        return FillError(req, res, max_upload);
      }));
  server.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                  std::exception_ptr thrown) {
    std::string what = "unknown";
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "daihoi serve: " << req.method << " " << req.path << ": " << what << "\n";
    WriteJsonError(res, 500, Error{ErrorCode::kInternal, "lỗi máy chủ (internal server error)"});
  });
  server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    if (res.status >= 500) {
      std::cerr << "daihoi serve: " << req.method << " " << req.path << " -> " << res.status
                << "\n";
    }
  });
}

Server::~Server() = default;

Result<int> Server::Bind() {
  const ServerOptions& opts = impl_->options;
  if (!impl_->server->is_valid()) {
    // SSLServer is invalid when the certificate or key cannot be read or do not match.
    return Error{ErrorCode::kInvalidInput,
                 "không dùng được chứng chỉ TLS '" + opts.cert_file.string() + "' và khóa '" +
                     opts.key_file.string() + "' (cannot load the certificate and key)",
                 "--cert"};
  }
  int port = opts.port;
  bool ok = false;
  if (port == 0) {
    port = impl_->server->bind_to_any_port(opts.bind);
    ok = port > 0;
  } else {
    ok = impl_->server->bind_to_port(opts.bind, port);
  }
  if (!ok) {
    Error error{ErrorCode::kConflict,
                "không mở được cổng " + opts.bind + ":" + std::to_string(opts.port) +
                    " (cannot listen: address in use or not available)",
                "port"};
    return error;
  }
  impl_->bound = true;
  return port;
}

Status Server::Serve() {
  if (!impl_->bound) {
    auto port = Bind();
    if (!port.ok()) return port.error();
  }
  if (!impl_->server->listen_after_bind()) {
    return Error{ErrorCode::kInternal, "máy chủ dừng vì lỗi nhận kết nối (accept failed)"};
  }
  return {};
}

void Server::Stop() { impl_->server->stop(); }

Status ServeUntilSignal(Server& server, const std::function<void(int port)>& on_listening) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigset_t previous;
  // Blocked here, the signals stay blocked in every thread started from now on, so only the
  // waiter below receives them, and outside any signal handler.
  pthread_sigmask(SIG_BLOCK, &signals, &previous);

  auto port = server.Bind();
  if (!port.ok()) {
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return port.error();
  }
  on_listening(*port);

  std::atomic<bool> signalled = false;
  std::atomic<bool> finished = false;
  std::thread waiter([&] {
    int received = 0;
    sigwait(&signals, &received);
    signalled = true;
    // stop() does nothing before the accept loop runs, so repeat it until serving has ended.
    while (!finished) {
      server.Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  Status status = server.Serve();
  finished = true;
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return status;
}

}  // namespace daihoi::http
