// `daihoi bundle keygen --out FILE`: a venue's Ed25519 key pair (app/bundle.h): FILE holds the
// secret key (hex, one line, mode 0600, never overwritten), FILE.pub the public key that the
// provincial server trusts (`daihoi bundle import --trust FILE.pub`).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"

namespace daihoi::cli {
namespace {

// Creates `path` with `mode`; refuses an existing file (a venue's key is never replaced by
// accident: bundles signed with it would no longer be recognized).
Status WriteNew(const std::string& path, const std::string& text, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    Error error =
        InvalidInput(errno == EEXIST ? "tệp đã có, không ghi đè khóa (file exists: a key is never "
                                       "overwritten)"
                                     : std::string("không tạo được tệp: ") + std::strerror(errno),
                     "--out");
    error.file = path;
    return error;
  }
  const ssize_t written = ::write(fd, text.data(), text.size());
  const bool ok = written == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) {
    ::unlink(path.c_str());
    Error error = InvalidInput("không ghi được tệp (cannot write)", "--out");
    error.file = path;
    return error;
  }
  return {};
}

}  // namespace

int RunBundleKeygen(const Context& ctx, const std::string& out) {
  if (out.empty() || out == "-") {
    return Fail(InvalidInput("cần đường dẫn tệp khóa (a file path is required)", "--out"));
  }
  const app::VenueKeys keys = app::GenerateVenueKeys();
  const std::string pub = out + ".pub";
  if (Status s = WriteNew(out, keys.secret_key + "\n", 0600); !s) return Fail(s.error());
  if (Status s = WriteNew(pub, keys.public_key + "\n", 0644); !s) {
    ::unlink(out.c_str());
    return Fail(s.error());
  }
  const std::string fingerprint = app::KeyFingerprint(keys.public_key);
  if (ctx.json) {
    nlohmann::ordered_json json = {{"secret_key_file", out},
                                   {"public_key_file", pub},
                                   {"public_key", keys.public_key},
                                   {"fingerprint", fingerprint}};
    std::cout << json.dump(2) << "\n";
  } else {
    std::cout << "Khóa bí mật của điểm bầu cử: " << out
              << " (chỉ người dùng này đọc được; giữ trên máy của điểm bầu cử)\n"
              << "Khóa công khai: " << pub << " (gửi cho máy chủ tỉnh: --trust " << pub << ")\n"
              << "Dấu vân tay: " << fingerprint << " (đọc đối chiếu qua điện thoại)\n";
  }
  return 0;
}

}  // namespace daihoi::cli
