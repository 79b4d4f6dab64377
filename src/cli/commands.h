#pragma once
// One function per subcommand (spec/CONTRACTS.md), each in its own file. cli.cpp parses argv
// with CLI11 (kept in that one translation unit: slow to compile) and calls these.
// Each returns the process exit code: 0 ok, 1 rule violated, 2 bad input, 3 storage/internal.

#include <string>

namespace daihoi::cli {

struct Context {
  std::string db_url;  // sqlite:PATH or postgresql://...
  bool json = false;
};

int RunTally(const Context& ctx, const std::string& path);
int RunApportion(const Context& ctx, const std::string& path);
int RunImport(const Context& ctx, const std::string& what, const std::string& path);
int RunExport(const Context& ctx, const std::string& what, const std::string& format,
              const std::string& root);
// with_members: also generate the member registry of the national data set (one row per member).
int RunDemo(const Context& ctx, const std::string& scale, bool with_members);
int RunProgress(const Context& ctx, const std::string& root, const std::string& as_of);
int RunPlanCheck(const Context& ctx, const std::string& path);
int RunServe(const Context& ctx, int port, const std::string& bind, const std::string& web_root);

}  // namespace daihoi::cli
