// The only translation unit that includes CLI11.
#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli/commands.h"

namespace daihoi::cli {

int Main(int argc, char** argv) {
  CLI::App app{"daihoi — tổ chức đại hội Đảng các cấp (Party congress organization)", "daihoi"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every command");
  app.fallthrough();  // --db and --json may also follow the subcommand

  Context ctx;
  const char* env_db = std::getenv("DAIHOI_DB");
  ctx.db_url = env_db && *env_db ? env_db : "sqlite:daihoi.db";
  app.add_option("--db", ctx.db_url, "Storage: sqlite:PATH (default sqlite:daihoi.db) or postgresql://...");
  app.add_flag("--json", ctx.json, "Print one JSON document on stdout");

  int rc = 0;
  std::string path;

  auto* tally = app.add_subcommand("tally", "Count one round of one election (CASE.json or -)");
  tally->add_option("case", path, "Election case JSON file, - for stdin")->required();
  tally->callback([&] { rc = RunTally(ctx, path); });

  auto* apportion = app.add_subcommand("apportion", "Allocate delegate seats among units");
  apportion->add_option("input", path, "Apportionment input JSON file, - for stdin")->required();
  apportion->callback([&] { rc = RunApportion(ctx, path); });

  std::string what;
  auto* import = app.add_subcommand("import", "Import organizations, members or congresses (CSV or XLSX)");
  import->add_option("what", what, "orgs | members | congresses")
      ->required()
      ->check(CLI::IsMember({"orgs", "members", "congresses"}));
  import->add_option("file", path, "CSV or XLSX file")->required();
  import->callback([&] { rc = RunImport(ctx, what, path); });

  std::string format = "csv";
  std::string root;
  auto* exp = app.add_subcommand("export", "Export organizations, members or congresses");
  exp->add_option("what", what, "orgs | members | congresses")
      ->required()
      ->check(CLI::IsMember({"orgs", "members", "congresses"}));
  exp->add_option("--format", format, "csv | xlsx | json")->check(CLI::IsMember({"csv", "xlsx", "json"}));
  exp->add_option("--root", root, "Only this organization's subtree");
  exp->callback([&] { rc = RunExport(ctx, what, format, root); });

  std::string scale = "seed";
  auto* demo = app.add_subcommand("demo", "Load the demo data set into --db");
  demo->add_option("--scale", scale, "seed (Ba Đình, Cẩm Lệ, Hai Bà Trưng) | national (synthetic country)")
      ->check(CLI::IsMember({"seed", "national"}));
  bool with_members = false;
  demo->add_flag("--members", with_members,
                 "With --scale national: also generate the member registry (5.6 million rows)");
  demo->callback([&] { rc = RunDemo(ctx, scale, with_members); });

  std::string as_of;
  auto* progress = app.add_subcommand("progress", "Congresses held per level as of a date");
  progress->add_option("--root", root, "Organization code")->required();
  progress->add_option("--as-of", as_of, "YYYY-MM-DD")->required();
  progress->callback([&] { rc = RunProgress(ctx, root, as_of); });

  auto* plan = app.add_subcommand("plan", "Congress round plans");
  plan->require_subcommand(1);
  plan->fallthrough();
  auto* check = plan->add_subcommand("check", "Check a plan against the congresses of its subtree");
  check->add_option("plan", path, "PLAN.json, - for stdin")->required();
  check->callback([&] { rc = RunPlanCheck(ctx, path); });

  int port = 8080;
  std::string bind = "127.0.0.1";
  std::string web_root;
  auto* serve = app.add_subcommand("serve", "Serve the REST API and the web app");
  serve->add_option("--port", port, "TCP port")->check(CLI::Range(1, 65535));
  serve->add_option("--bind", bind, "Address to listen on");
  serve->add_option("--web", web_root, "Directory of the built web app (default: web/dist beside the binary's source)");
  serve->callback([&] { rc = RunServe(ctx, port, bind, web_root); });


  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return rc;
}

}  // namespace daihoi::cli
