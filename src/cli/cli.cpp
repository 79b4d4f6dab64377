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

  std::string ballot_out;
  int ballot_copies = 1;
  std::string ballot_paper;
  auto* ballot = app.add_subcommand("ballot", "Ballots (phiếu bầu cử)");
  ballot->require_subcommand(1);
  ballot->fallthrough();
  auto* ballot_print =
      ballot->add_subcommand("print", "Print the ballots of one election as PDF (CASE.json or -)");
  ballot_print->add_option("case", path, "Ballot case JSON file, - for stdin")->required();
  ballot_print->add_option("--out", ballot_out, "PDF file to write, - for stdout")->required();
  ballot_print->add_option("--copies", ballot_copies, "Number of ballots (pages), 1-10000")
      ->check(CLI::Range(1, 10000));
  ballot_print->add_option("--paper", ballot_paper, "a5 | a4 (default: A5 when the list fits, else A4)")
      ->check(CLI::IsMember({"a4", "a5"}));
  ballot_print->callback(
      [&] { rc = RunBallotPrint(ctx, path, ballot_out, ballot_copies, ballot_paper); });

  auto* apportion = app.add_subcommand("apportion", "Allocate delegate seats among units");
  apportion->add_option("input", path, "Apportionment input JSON file, - for stdin")->required();
  apportion->callback([&] { rc = RunApportion(ctx, path); });

  // Saved allocations of a convening organization's seats (R-ALLOCATION), from the database.
  AllocationOptions allocation_options;
  auto* allocation =
      app.add_subcommand("allocation", "Delegate seats among an organization's units (database)");
  allocation->require_subcommand(1);
  auto add_allocation_request = [&](CLI::App* command) {
    command->add_option("--org", allocation_options.org_code, "Convening organization code")
        ->required();
    command
        ->add_option("--seats", allocation_options.seats,
                     "Elected seats to share (members ex officio excluded)")
        ->required();
    command->add_option("--minimum", allocation_options.minimum, "Seats per unit at least (0)");
    command->add_option("--as-of", allocation_options.as_of,
                        "Count full members as of YYYY-MM-DD (default today)");
  };
  auto* allocation_compute = allocation->add_subcommand("compute", "Allocate the seats");
  add_allocation_request(allocation_compute);
  allocation_compute->add_option(
      "--method", allocation_options.method,
      "largest_remainder (default) | dhondt | sainte_lague | huntington_hill");
  allocation_compute->add_option("--term", allocation_options.term,
                                 "Congress term, e.g. 2020-2025 (required with --save)");
  allocation_compute->add_flag("--save", allocation_options.save, "Save the allocation");
  allocation_compute->callback([&] { rc = RunAllocationCompute(ctx, allocation_options); });
  auto* allocation_compare =
      allocation->add_subcommand("compare", "The four methods side by side");
  add_allocation_request(allocation_compare);
  allocation_compare->callback([&] { rc = RunAllocationCompare(ctx, allocation_options); });
  auto* allocation_list = allocation->add_subcommand("list", "Saved allocations, newest first");
  allocation_list->add_option("--org", allocation_options.org_code, "Convening organization code")
      ->required();
  allocation_list->callback([&] { rc = RunAllocationList(ctx, allocation_options.org_code); });
  std::string allocation_id;
  std::string allocation_xlsx;
  std::string allocation_pdf;
  auto* allocation_show = allocation->add_subcommand("show", "A saved allocation");
  allocation_show->add_option("id", allocation_id, "Allocation number (ID)")->required();
  allocation_show->add_option("--xlsx", allocation_xlsx, "Write it as an XLSX table to FILE");
  allocation_show->add_option("--pdf", allocation_pdf, "Write it as the printed document to FILE");
  allocation_show->callback(
      [&] { rc = RunAllocationShow(ctx, allocation_id, allocation_xlsx, allocation_pdf); });

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

  // The roll of a congress (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD).
  std::string roll_congress;
  std::string roll_term;
  std::string roll_person;
  auto* roll = app.add_subcommand("roll", "The roll of a congress: who is convened (R-THRESHOLD)");
  roll->require_subcommand(1);
  roll->fallthrough();
  auto add_congress = [&](CLI::App* command) {
    command->add_option("--congress", roll_congress, "Organization holding the congress")
        ->required();
    command->add_option("--term", roll_term, "Term, e.g. 2020-2025")->required();
  };
  auto* roll_check = roll->add_subcommand(
      "check", "The convened count of a roll given as a file (no database)");
  roll_check->add_option("input", path, "Roll JSON file, - for stdin")->required();
  roll_check->callback([&] { rc = RunRollCheck(ctx, path); });
  auto* roll_show = roll->add_subcommand("show", "The roll of a stored congress");
  add_congress(roll_show);
  roll_show->callback([&] { rc = RunRollShow(ctx, roll_congress, roll_term); });
  auto* roll_import = roll->add_subcommand(
      "import", "Ex-officio members and delegations from a CSV or XLSX file (all or nothing)");
  add_congress(roll_import);
  roll_import->add_option("file", path, "CSV or XLSX file")->required();
  roll_import->callback([&] { rc = RunRollImport(ctx, roll_congress, roll_term, path); });
  int roll_session = 0;
  std::string roll_reason;
  bool roll_accepted = false;
  auto* roll_absence = roll->add_subcommand("absence", "Record a person's absence");
  add_congress(roll_absence);
  roll_absence->add_option("--person", roll_person, "Roll key: entry id or member id")->required();
  roll_absence->add_option("--session", roll_session, "Session number; 0 = the whole congress")
      ->check(CLI::NonNegativeNumber);
  roll_absence->add_option("--reason", roll_reason, "The reason given");
  roll_absence->add_flag("--accepted", roll_accepted,
                         "The convening committee accepted the reason (members' congress)");
  roll_absence->callback([&] {
    rc = RunRollAbsence(ctx, roll_congress, roll_term, roll_person, roll_session, roll_reason,
                        roll_accepted);
  });
  std::string issue_kind;
  std::string issue_effective;
  std::string issue_note;
  auto* roll_issue =
      roll->add_subcommand("issue", "Record a credential issue against a person (R-CREDENTIALS)");
  add_congress(roll_issue);
  roll_issue->add_option("--person", roll_person, "Roll key: entry id or member id")->required();
  roll_issue->add_option("--kind", issue_kind,
                         "suspended | prosecuted | indicted | detained | wrong_procedure | "
                         "retired | transferred")
      ->required();
  roll_issue->add_option("--effective", issue_effective, "YYYY-MM-DD")->required();
  roll_issue->add_option("--note", issue_note, "Note");
  roll_issue->callback([&] {
    rc = RunRollIssue(ctx, roll_congress, roll_term, roll_person, issue_kind, issue_effective,
                      issue_note);
  });

  // Elections of a congress and the count of their rounds (app/counting.h).
  ElectionCreateOptions election_create_options;
  int64_t election_id = 0;
  std::string election_out;
  int election_copies = 1;
  std::string election_paper;
  auto* election_command =
      app.add_subcommand("election", "Elections of a congress: list, lock, ballots (R-SURPLUS)");
  election_command->require_subcommand(1);
  election_command->fallthrough();
  auto* election_create = election_command->add_subcommand("create", "Create an election");
  election_create
      ->add_option("--congress", election_create_options.congress,
                   "Organization holding the congress")
      ->required();
  election_create->add_option("--term", election_create_options.term, "Term, e.g. 2020-2025")
      ->required();
  election_create
      ->add_option("--kind", election_create_options.kind,
                   "committee | standing_committee | secretary | deputy_secretary | inspection | "
                   "inspection_chair | delegates")
      ->required();
  election_create->add_option("--seats", election_create_options.seats, "Seats to fill")
      ->required();
  election_create->add_option("--alternates", election_create_options.alternates,
                              "Alternate delegates (delegates elections)");
  election_create->add_option("--title", election_create_options.title, "Title of the election")
      ->required();
  election_create->add_option("--clerks", election_create_options.clerks,
                              "Independent entries each ballot needs (1-3, default 2)");
  election_create->add_option("--profile", election_create_options.profile,
                              "Rule profile (default party-2024)");
  election_create->add_option("--committee", election_create_options.committee,
                              "Counting committee members, head first");
  election_create->callback([&] { rc = RunElectionCreate(ctx, election_create_options); });
  auto* election_candidates = election_command->add_subcommand(
      "candidates", "Replace the list of candidates from a CSV or XLSX file");
  election_candidates->add_option("id", election_id, "Election id")->required();
  election_candidates->add_option("file", path, "CSV or XLSX file")->required();
  election_candidates->callback([&] { rc = RunElectionCandidates(ctx, election_id, path); });
  auto* election_lock = election_command->add_subcommand(
      "lock", "Lock the list in ballot order and open round 1 (R-SURPLUS, R-ORDER)");
  election_lock->add_option("id", election_id, "Election id")->required();
  election_lock->callback([&] { rc = RunElectionLock(ctx, election_id); });
  auto* election_show = election_command->add_subcommand("show", "An election, its list and rounds");
  election_show->add_option("id", election_id, "Election id")->required();
  election_show->callback([&] { rc = RunElectionShow(ctx, election_id); });
  auto* election_ballots =
      election_command->add_subcommand("ballots", "Print the ballots of a locked list as PDF");
  election_ballots->add_option("id", election_id, "Election id")->required();
  election_ballots->add_option("--out", election_out, "PDF file to write, - for stdout")
      ->required();
  election_ballots->add_option("--copies", election_copies, "Number of ballots (pages), 1-10000")
      ->check(CLI::Range(1, 10000));
  election_ballots
      ->add_option("--paper", election_paper, "a5 | a4 (default: A5 when the list fits, else A4)")
      ->check(CLI::IsMember({"a4", "a5"}));
  election_ballots->callback([&] {
    rc = RunElectionBallots(ctx, election_id, election_out, election_copies, election_paper);
  });

  int64_t count_round = 0;
  std::string count_clerk;
  std::optional<int64_t> count_issued;
  std::optional<int64_t> count_convened;
  auto* count_command =
      app.add_subcommand("count", "Counting a round: entries, reconciliation, close (R-THRESHOLD)");
  count_command->require_subcommand(1);
  count_command->fallthrough();
  auto* count_enter =
      count_command->add_subcommand("enter", "Enter one clerk's ballots from a file");
  count_enter->add_option("round", count_round, "Round id")->required();
  count_enter->add_option("--clerk", count_clerk, "The clerk or station entering")->required();
  count_enter->add_option("file", path, "Ballot lines (\"17: 1 5 9\"), - for stdin")->required();
  count_enter->callback([&] { rc = RunCountEnter(ctx, count_round, count_clerk, path); });
  auto* count_show = count_command->add_subcommand("show", "A round's count as it stands");
  count_show->add_option("round", count_round, "Round id")->required();
  count_show->callback([&] { rc = RunCountShow(ctx, count_round); });
  auto* count_close =
      count_command->add_subcommand("close", "Close a round whose entries all agree");
  count_close->add_option("round", count_round, "Round id")->required();
  count_close->add_option("--issued", count_issued, "Ballots handed out");
  count_close->add_option("--convened", count_convened,
                          "Convened count, only for a congress without a roll");
  count_close->callback([&] { rc = RunCountClose(ctx, count_round, count_issued, count_convened); });
  auto* count_verify =
      count_command->add_subcommand("verify", "Check a round's hash chain (exit 1 when broken)");
  count_verify->add_option("round", count_round, "Round id")->required();
  count_verify->callback([&] { rc = RunCountVerify(ctx, count_round); });
  std::string minutes_out;
  auto* count_minutes = count_command->add_subcommand(
      "minutes", "The counting minutes (biên bản kiểm phiếu) of a closed round as PDF");
  count_minutes->add_option("round", count_round, "Round id")->required();
  count_minutes->add_option("--out", minutes_out, "PDF file to write, - for stdout")->required();
  count_minutes->callback([&] { rc = RunCountMinutes(ctx, count_round, minutes_out); });

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
