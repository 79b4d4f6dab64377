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
  ProgressOutputs progress_outputs;
  progress->add_flag("--forecast", progress_outputs.forecast,
                     "Print when each level will finish instead (with --plan: against its windows)");
  progress->add_option("--plan", progress_outputs.plan, "PLAN.json: the round and its windows");
  progress->add_option("--pdf", progress_outputs.pdf, "Write the progress report (PDF) to FILE");
  progress->add_option("--xlsx", progress_outputs.xlsx, "Write the progress workbook to FILE");
  progress->add_option("--ics", progress_outputs.ics, "Write the round's calendar to FILE");
  progress->add_option("--place", progress_outputs.place,
                       "Place on the report's date line (default: the root's, e.g. Ba Đình)");
  progress->callback([&] { rc = RunProgress(ctx, root, as_of, progress_outputs); });

  auto* plan = app.add_subcommand("plan", "Congress round plans");
  plan->require_subcommand(1);
  plan->fallthrough();
  auto* check = plan->add_subcommand("check", "Check a plan against the congresses of its subtree");
  auto* check_plan = check->add_option(
      "plan", path, "PLAN.json, - for stdin (or a stored plan: --root and --term)");
  std::string plan_term;
  std::string plan_title;
  auto* check_root = check->add_option("--root", root, "Stored plan: its organization code");
  auto* check_term = check->add_option("--term", plan_term, "Stored plan: its term");
  check_root->excludes(check_plan);
  check_term->excludes(check_plan);
  check_root->needs(check_term);
  check_term->needs(check_root);
  check->callback([&] {
    if (!path.empty()) {
      rc = RunPlanCheck(ctx, path);
    } else if (!root.empty()) {
      rc = RunPlanCheckStored(ctx, root, plan_term);
    } else {
      throw CLI::RequiredError("PLAN.json or --root and --term");
    }
  });
  auto* plan_save = plan->add_subcommand("save", "Store a plan (PLAN.json), replacing the stored plan of its root and term");
  plan_save->add_option("plan", path, "PLAN.json, - for stdin")->required();
  plan_save->add_option("--title", plan_title, "Title of the plan");
  plan_save->callback([&] { rc = RunPlanSave(ctx, path, plan_title); });
  auto* plan_show = plan->add_subcommand("show", "A stored plan, its congresses and their status");
  plan_show->add_option("--root", root, "Organization code")->required();
  plan_show->add_option("--term", plan_term, "Term, e.g. 2020-2025")->required();
  plan_show->callback([&] { rc = RunPlanShow(ctx, root, plan_term); });

  // Congress records (date options, venue, announcement, R-CONTENT items, status).
  CongressSetOptions congress_options;
  auto* congress = app.add_subcommand("congress", "A congress record: date options, venue, status");
  congress->require_subcommand(1);
  congress->fallthrough();
  auto add_congress_key = [&](CLI::App* command) {
    command->add_option("--org", congress_options.org_code, "Organization holding the congress")
        ->required();
    command->add_option("--term", congress_options.term, "Term, e.g. 2020-2025")->required();
  };
  auto* congress_show = congress->add_subcommand("show", "A congress record and the plan's violations");
  add_congress_key(congress_show);
  congress_show->callback(
      [&] { rc = RunCongressShow(ctx, congress_options.org_code, congress_options.term); });
  auto* congress_set = congress->add_subcommand(
      "set", "Edit a congress record; prints the plan's violations after the edit");
  add_congress_key(congress_set);
  congress_set->add_option("--option", congress_options.options,
                           "Date option START,END[,NOTE]; repeat for each (replaces the list; - for none)");
  congress_set->add_option("--choose", congress_options.choose, "Choose option N (1 = first; 0 clears)");
  congress_set->add_option("--planned", congress_options.planned, "Planned dates START,END (- clears)");
  congress_set->add_option("--held", congress_options.held, "Held dates START,END (- clears)");
  congress_set->add_option("--venue", congress_options.venue, "Venue");
  congress_set->add_option("--announced", congress_options.announced,
                           "Day the opening date was announced (R-NOTICE; - clears)");
  congress_set->add_option("--items", congress_options.items,
                           "Content items (R-CONTENT): review,documents,committee,delegation");
  congress_set->add_option("--reduced", congress_options.reduced,
                           "true: a reduced congress, committee appointed (items 1-2 only)");
  congress_set->add_option("--pilot", congress_options.pilot, "true | false");
  congress_set->add_option("--kind", congress_options.kind, "members | delegates");
  congress_set->add_option("--ordinal", congress_options.ordinal, "Ordinal: 26 or XXVI");
  congress_set->callback([&] { rc = RunCongressSet(ctx, congress_options); });

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
  std::optional<std::string> count_qr;
  count_enter->add_option("--qr", count_qr,
                          "Text scanned from the ballots' QR code: refuses another election's or "
                          "an older list's ballots");
  count_enter->callback([&] { rc = RunCountEnter(ctx, count_round, count_clerk, path, count_qr); });
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
  std::optional<int> minutes_number;
  count_minutes->add_option("--number", minutes_number,
                            "Document number in the congress's counter (Số 07-BB/ĐH)");
  count_minutes->callback(
      [&] { rc = RunCountMinutes(ctx, count_round, minutes_out, minutes_number); });

  // Inspection teams (đoàn kiểm tra): app/inspections.h, docs/inspections.md.
  InspectionCreateOptions inspection_create_options;
  int64_t inspection_id = 0;
  std::string inspection_org;
  std::string inspection_name;
  std::vector<std::string> inspection_list_args;
  std::string inspection_unit;
  std::optional<int64_t> inspection_team;
  std::string inspection_start;
  std::string inspection_strengths;
  std::string inspection_weaknesses;
  std::string inspection_recommendations;
  std::string inspection_pdf;
  std::string inspection_xlsx;
  std::string inspection_ics;
  auto* inspection = app.add_subcommand("inspection", "Inspection teams (đoàn kiểm tra)");
  inspection->require_subcommand(1);
  inspection->fallthrough();
  auto* inspection_create = inspection->add_subcommand("create", "A new inspection round");
  inspection_create->add_option("--org", inspection_create_options.org_code, "Inspecting organization")
      ->required();
  inspection_create->add_option("--term", inspection_create_options.term, "Term, e.g. 2020-2025")
      ->required();
  inspection_create->add_option("--from", inspection_create_options.from, "First day, YYYY-MM-DD")
      ->required();
  inspection_create->add_option("--to", inspection_create_options.to, "Last day, YYYY-MM-DD")
      ->required();
  inspection_create->add_option("--title", inspection_create_options.title, "Title");
  inspection_create->add_option("--min", inspection_create_options.min_units, "Fewest units per team");
  inspection_create->add_option("--max", inspection_create_options.max_units, "Most units per team");
  inspection_create->add_flag("--all-days", inspection_create_options.all_days,
                              "Visits on Saturdays and Sundays too");
  inspection_create->callback([&] { rc = RunInspectionCreate(ctx, inspection_create_options); });
  auto* inspection_list = inspection->add_subcommand("list", "Inspection rounds, newest first");
  inspection_list->add_option("--org", inspection_org, "Only this organization's");
  inspection_list->callback([&] { rc = RunInspectionList(ctx, inspection_org); });
  auto* inspection_team_command = inspection->add_subcommand("team", "Add a team with its members");
  inspection_team_command->add_option("id", inspection_id, "Inspection id")->required();
  inspection_team_command->add_option("--name", inspection_name, "Team name (default: Đoàn kiểm tra số N)");
  inspection_team_command
      ->add_option("--member", inspection_list_args,
                   "Member id, or \"Full name@ORG_CODE\"; the first is the leader; prefix phó: for the deputy")
      ->required();
  inspection_team_command->callback(
      [&] { rc = RunInspectionTeam(ctx, inspection_id, inspection_name, inspection_list_args); });
  auto* inspection_units = inspection->add_subcommand("units", "Choose the units to inspect");
  inspection_units->add_option("id", inspection_id, "Inspection id")->required();
  inspection_units->add_option("codes", inspection_list_args,
                               "CODE or CODE:DAYS; none: the direct subordinates");
  inspection_units->callback(
      [&] { rc = RunInspectionUnits(ctx, inspection_id, inspection_list_args); });
  auto* inspection_assign = inspection->add_subcommand("assign", "Assign teams to units and dates");
  inspection_assign->add_option("id", inspection_id, "Inspection id")->required();
  inspection_assign->callback([&] { rc = RunInspectionAssign(ctx, inspection_id); });
  auto* inspection_move = inspection->add_subcommand("move", "Move one unit to another team or date");
  inspection_move->add_option("id", inspection_id, "Inspection id")->required();
  inspection_move->add_option("--unit", inspection_unit, "Unit code")->required();
  inspection_move->add_option("--team", inspection_team, "Team id (see show)");
  inspection_move->add_option("--start", inspection_start, "First day, YYYY-MM-DD");
  inspection_move->callback([&] {
    rc = RunInspectionMove(ctx, inspection_id, inspection_unit, inspection_team, inspection_start);
  });
  auto* inspection_finding = inspection->add_subcommand("finding", "Record what a team found at a unit");
  inspection_finding->add_option("id", inspection_id, "Inspection id")->required();
  inspection_finding->add_option("--unit", inspection_unit, "Unit code")->required();
  inspection_finding->add_option("--strengths", inspection_strengths, "Ưu điểm");
  inspection_finding->add_option("--weaknesses", inspection_weaknesses, "Hạn chế, khuyết điểm");
  inspection_finding->add_option("--recommendations", inspection_recommendations, "Kiến nghị");
  inspection_finding->callback([&] {
    rc = RunInspectionFinding(ctx, inspection_id, inspection_unit, inspection_strengths,
                              inspection_weaknesses, inspection_recommendations);
  });
  auto* inspection_show = inspection->add_subcommand("show", "Teams, units, schedule, findings");
  inspection_show->add_option("id", inspection_id, "Inspection id")->required();
  inspection_show->callback([&] { rc = RunInspectionShow(ctx, inspection_id); });
  auto* inspection_report = inspection->add_subcommand("report", "The report (PDF) and schedule (XLSX, iCalendar)");
  inspection_report->add_option("id", inspection_id, "Inspection id")->required();
  inspection_report->add_option("--pdf", inspection_pdf, "Report PDF to write, - for stdout");
  inspection_report->add_option("--xlsx", inspection_xlsx, "Schedule XLSX to write");
  inspection_report->add_option("--ics", inspection_ics, "Schedule iCalendar to write");
  inspection_report->callback([&] {
    rc = RunInspectionReport(ctx, inspection_id, inspection_pdf, inspection_xlsx, inspection_ics);
  });
  std::vector<std::string> committee_members;
  auto* election_committee = election_command->add_subcommand(
      "committee", "Set the counting committee (head first) until the first round closes");
  election_committee->add_option("--election", election_id, "Election id")->required();
  election_committee->add_option("--member", committee_members, "A member, head first (repeat)")
      ->required();
  election_committee->callback(
      [&] { rc = RunElectionCommittee(ctx, election_id, committee_members); });

  // Venue bundles: a venue's results signed with its Ed25519 key (app/bundle.h).
  std::string bundle_out;
  std::string bundle_congress;
  std::string bundle_term;
  std::string bundle_key;
  std::vector<std::string> bundle_trust;
  auto* bundle_command = app.add_subcommand(
      "bundle", "Venue bundles: signed results carried from a venue to the server");
  bundle_command->require_subcommand(1);
  bundle_command->fallthrough();
  auto* bundle_keygen =
      bundle_command->add_subcommand("keygen", "Create a venue key pair (FILE and FILE.pub)");
  bundle_keygen->add_option("--out", bundle_out, "Secret key file to create (0600)")->required();
  bundle_keygen->callback([&] { rc = RunBundleKeygen(ctx, bundle_out); });
  auto* bundle_export = bundle_command->add_subcommand(
      "export", "Write the congress's counted elections as a signed bundle");
  bundle_export->add_option("--congress", bundle_congress, "Organization holding the congress")
      ->required();
  bundle_export->add_option("--term", bundle_term, "Term, e.g. 2025-2030")->required();
  bundle_export->add_option("--key", bundle_key, "The venue's secret key file")->required();
  bundle_export->add_option("--out", bundle_out, "Bundle file to write, - for stdout")->required();
  bundle_export->callback(
      [&] { rc = RunBundleExport(ctx, bundle_congress, bundle_term, bundle_key, bundle_out); });
  auto* bundle_import = bundle_command->add_subcommand(
      "import", "Verify a venue's bundle (key, signature, hash chains) and apply it");
  bundle_import->add_option("bundle", path, "Bundle file, - for stdin")->required();
  bundle_import->add_option("--trust", bundle_trust, "A trusted venue's public key file (repeat)")
      ->required();
  bundle_import->callback([&] { rc = RunBundleImport(ctx, path, bundle_trust); });

  // Working groups, subcommittees, commendations of a congress (app/groups.h).
  GroupOptions group_options;
  auto add_group_congress = [&](CLI::App* command) {
    command->add_option("--congress", group_options.congress, "The committee's organization code")
        ->required();
    command->add_option("--term", group_options.term, "Term, e.g. 2020-2025")->required();
  };
  auto* group = app.add_subcommand("group", "Tổ công tác, tổ chỉ đạo: working and guidance groups");
  group->require_subcommand(1);
  group->fallthrough();
  auto* group_list = group->add_subcommand("list", "The groups, members, units and attendances");
  add_group_congress(group_list);
  group_list->callback([&] { rc = RunGroupList(ctx, group_options); });
  auto* group_add = group->add_subcommand("add", "Add a group");
  add_group_congress(group_add);
  group_add->add_option("--kind", group_options.kind, "working | guidance")->required();
  group_add->add_option("--name", group_options.name, "Name (default: Tổ công tác số N)");
  group_add->add_option("--note", group_options.note, "Note");
  group_add->callback([&] { rc = RunGroupAdd(ctx, group_options); });
  auto* group_member = group->add_subcommand("member", "Add a member to a group");
  add_group_congress(group_member);
  group_member->add_option("--group", group_options.group, "Group number")->required();
  group_member->add_option("--member-id", group_options.member_id, "Member id in the registry");
  group_member->add_option("--name", group_options.name, "Full name (when not in the registry)");
  group_member->add_option("--role", group_options.role, "leader | deputy | member (default)");
  group_member->callback([&] { rc = RunGroupMember(ctx, group_options); });
  auto* group_assign = group->add_subcommand("assign", "Assign a group to a subordinate unit");
  add_group_congress(group_assign);
  group_assign->add_option("--group", group_options.group, "Group number")->required();
  group_assign->add_option("--unit", group_options.unit, "Unit code")->required();
  group_assign->add_option("--unit-term", group_options.unit_term,
                           "The unit's congress term (default: --term)");
  group_assign->callback([&] { rc = RunGroupAssign(ctx, group_options); });
  auto* group_attend = group->add_subcommand(
      "attend", "A member attends an assigned unit's congress (a double booking is refused)");
  add_group_congress(group_attend);
  group_attend->add_option("--group", group_options.group, "Group number")->required();
  group_attend->add_option("--member", group_options.member, "Member number or member id")
      ->required();
  group_attend->add_option("--unit", group_options.unit, "Unit code")->required();
  group_attend->add_option("--unit-term", group_options.unit_term, "The unit's congress term");
  group_attend->callback([&] { rc = RunGroupAttend(ctx, group_options); });
  auto* group_free = group->add_subcommand("free", "Who of a group is free for a unit's congress");
  add_group_congress(group_free);
  group_free->add_option("--group", group_options.group, "Group number")->required();
  group_free->add_option("--unit", group_options.unit, "Unit code")->required();
  group_free->add_option("--unit-term", group_options.unit_term, "The unit's congress term");
  group_free->callback([&] { rc = RunGroupFree(ctx, group_options); });

  auto* subcommittee = app.add_subcommand("subcommittee", "Tiểu ban: subcommittees of a congress");
  subcommittee->require_subcommand(1);
  subcommittee->fallthrough();
  auto* subcommittee_list = subcommittee->add_subcommand("list", "Subcommittees, members, tasks");
  add_group_congress(subcommittee_list);
  subcommittee_list->add_option("--as-of", group_options.as_of, "Overdue as of YYYY-MM-DD");
  subcommittee_list->callback([&] { rc = RunSubcommitteeList(ctx, group_options); });
  auto* subcommittee_add = subcommittee->add_subcommand("add", "Add a subcommittee");
  add_group_congress(subcommittee_add);
  subcommittee_add->add_option("--kind", group_options.kind,
                               "documents | personnel | logistics | other")
      ->required();
  subcommittee_add->add_option("--name", group_options.name, "Name (default: by kind)");
  subcommittee_add->callback([&] { rc = RunSubcommitteeAdd(ctx, group_options); });
  auto* subcommittee_member = subcommittee->add_subcommand("member", "Add a member");
  add_group_congress(subcommittee_member);
  subcommittee_member->add_option("--subcommittee", group_options.subcommittee, "Number")
      ->required();
  subcommittee_member->add_option("--member-id", group_options.member_id, "Member id");
  subcommittee_member->add_option("--name", group_options.name, "Full name");
  subcommittee_member->add_option("--role", group_options.role, "leader | deputy | member");
  subcommittee_member->callback([&] { rc = RunSubcommitteeMember(ctx, group_options); });
  auto* subcommittee_task = subcommittee->add_subcommand("task", "Add a task with its due date");
  add_group_congress(subcommittee_task);
  subcommittee_task->add_option("--subcommittee", group_options.subcommittee, "Number")
      ->required();
  subcommittee_task->add_option("--title", group_options.title, "What is to be done")
      ->required();
  subcommittee_task->add_option("--owner", group_options.owner, "Who is in charge");
  subcommittee_task->add_option("--due", group_options.due, "Due date YYYY-MM-DD");
  subcommittee_task->callback([&] { rc = RunSubcommitteeTask(ctx, group_options); });
  auto* subcommittee_done = subcommittee->add_subcommand("done", "Mark a task done");
  add_group_congress(subcommittee_done);
  subcommittee_done->add_option("--task", group_options.task, "Task number")->required();
  subcommittee_done->add_option("--on", group_options.on, "Done on YYYY-MM-DD (default today)");
  subcommittee_done->add_flag("--undo", group_options.undo, "Open the task again");
  subcommittee_done->callback([&] { rc = RunSubcommitteeDone(ctx, group_options); });

  auto* commendation = app.add_subcommand("commendation", "Khen thưởng: commendations");
  commendation->require_subcommand(1);
  commendation->fallthrough();
  auto* commendation_list = commendation->add_subcommand("list", "Collectives and individuals");
  add_group_congress(commendation_list);
  commendation_list->callback([&] { rc = RunCommendationList(ctx, group_options); });
  auto* commendation_add = commendation->add_subcommand("add", "Record a commendation");
  add_group_congress(commendation_add);
  commendation_add->add_option("--kind", group_options.kind, "collective | individual")
      ->required();
  commendation_add->add_option("--org", group_options.org,
                               "Organization commended (collective) or the person's unit");
  commendation_add->add_option("--member-id", group_options.member_id, "Member id");
  commendation_add->add_option("--name", group_options.name, "Full name (individual)");
  commendation_add->add_option("--award", group_options.award, "Giấy khen, Bằng khen, …");
  commendation_add->add_option("--decision", group_options.decision, "Decision number");
  commendation_add->add_option("--decided-on", group_options.decided_on, "YYYY-MM-DD");
  commendation_add->add_option("--reason", group_options.reason, "The achievement");
  commendation_add->callback([&] { rc = RunCommendationAdd(ctx, group_options); });
  auto* commendation_import =
      commendation->add_subcommand("import", "Import a commendation list (CSV or XLSX)");
  add_group_congress(commendation_import);
  commendation_import->add_option("file", group_options.file, "CSV or XLSX file")->required();
  commendation_import->add_flag("--dry-run", group_options.dry_run, "Check only; write nothing");
  commendation_import->callback([&] { rc = RunCommendationImport(ctx, group_options); });
  auto* commendation_export =
      commendation->add_subcommand("export", "Export the list as XLSX and/or the printed PDF");
  add_group_congress(commendation_export);
  commendation_export->add_option("--xlsx", group_options.xlsx, "XLSX file to write");
  commendation_export->add_option("--pdf", group_options.pdf, "PDF file to write");
  commendation_export->add_option("--place", group_options.place,
                                  "Place on the date line (default: the organization's)");
  commendation_export->callback([&] { rc = RunCommendationExport(ctx, group_options); });

  // Results carried upward (app/results.h): apply, approve (R-APPROVAL), show, statistics.
  auto* result_command =
      app.add_subcommand("result", "Kết quả đại hội: apply results, approval, statistics");
  result_command->require_subcommand(1);
  result_command->fallthrough();
  int64_t result_election = 0;
  bool result_accept_unfilled = false;
  auto* result_apply =
      result_command->add_subcommand("apply", "Apply a finished election's result");
  result_apply->add_option("--election", result_election, "Election id")->required();
  result_apply->add_flag("--accept-unfilled", result_accept_unfilled,
                         "The congress decided not to hold a further round (R-ROUNDS)");
  result_apply->callback(
      [&] { rc = RunResultApply(ctx, result_election, result_accept_unfilled); });
  ResultApproveOptions approve_options;
  auto* result_approve = result_command->add_subcommand(
      "approve", "Record the superior committee's approval (chuẩn y, R-APPROVAL)");
  result_approve->add_option("--congress", approve_options.congress, "Organization code")
      ->required();
  result_approve->add_option("--term", approve_options.term, "Term, e.g. 2025-2030")->required();
  result_approve->add_option("--decision", approve_options.decision, "Decision number")
      ->required();
  result_approve->add_option("--date", approve_options.date, "Decision date YYYY-MM-DD")
      ->required();
  result_approve->add_option("--by", approve_options.approved_by,
                             "The approving organization (must be the parent)");
  result_approve->add_option("--note", approve_options.note, "Note");
  result_approve->callback([&] { rc = RunResultApprove(ctx, approve_options); });
  std::string result_congress;
  std::string result_term;
  std::string result_as_of;
  auto* result_show =
      result_command->add_subcommand("show", "A congress's bodies, approval and delegation");
  result_show->add_option("--congress", result_congress, "Organization code")->required();
  result_show->add_option("--term", result_term, "Term")->required();
  result_show->callback([&] { rc = RunResultShow(ctx, result_congress, result_term); });
  auto* result_stats = result_command->add_subcommand(
      "stats", "Statistics of the new committees per level over a subtree (R-STRUCTURE)");
  result_stats->add_option("--root", result_congress, "Root organization code")->required();
  result_stats->add_option("--term", result_term, "Term")->required();
  result_stats->add_option("--as-of", result_as_of,
                           "Date ages are taken on (default: each congress's opening)");
  result_stats->callback([&] { rc = RunResultStats(ctx, result_congress, result_term, result_as_of); });

  // Accounts and the audit trail (app/accounts.h, app/audit.h, docs/security.md).
  GrantOptions grant_options;
  std::string user_name;
  auto* user_command = app.add_subcommand("user", "Users and their roles (tài khoản, phân quyền)");
  user_command->require_subcommand(1);
  user_command->fallthrough();
  auto* user_add =
      user_command->add_subcommand("add", "Add a user; the password is read from standard input");
  user_add->add_option("login", grant_options.login, "Login name")->required();
  user_add->add_option("--name", user_name, "Display name")->required();
  user_add->callback([&] { rc = RunUserAdd(ctx, grant_options.login, user_name); });
  auto add_grant_options = [&](CLI::App* command) {
    command->add_option("login", grant_options.login, "Login name")->required();
    command
        ->add_option("--role", grant_options.role,
                     "administrator | organization_board | unit_clerk | counting_clerk | observer")
        ->required();
    command->add_option("--org", grant_options.org,
                        "Organization code: the subtree (omit: global, administrator only)");
    command->add_option("--term", grant_options.term, "Congress term (counting_clerk)");
  };
  auto* user_grant = user_command->add_subcommand("grant", "Grant a role over a subtree");
  add_grant_options(user_grant);
  user_grant->callback([&] { rc = RunUserGrant(ctx, grant_options); });
  auto* user_revoke = user_command->add_subcommand("revoke", "Revoke a role");
  add_grant_options(user_revoke);
  user_revoke->callback([&] { rc = RunUserRevoke(ctx, grant_options); });
  auto* user_passwd = user_command->add_subcommand(
      "passwd", "Set a user's password (read from standard input); ends its sessions");
  user_passwd->add_option("login", grant_options.login, "Login name")->required();
  user_passwd->callback([&] { rc = RunUserPasswd(ctx, grant_options.login); });
  auto* user_list = user_command->add_subcommand("list", "Users and their roles");
  user_list->callback([&] { rc = RunUserList(ctx); });

  std::string audit_head;
  AuditListOptions audit_options;
  auto* audit_command =
      app.add_subcommand("audit", "The audit trail (nhật ký thay đổi), hash-chained");
  audit_command->require_subcommand(1);
  audit_command->fallthrough();
  auto* audit_verify = audit_command->add_subcommand(
      "verify", "Recompute the chain; exit 1 naming the first record edited, deleted or moved");
  audit_verify->add_option("--head", audit_head,
                           "A head printed earlier: it must still be in the chain");
  audit_verify->callback([&] { rc = RunAuditVerify(ctx, audit_head); });
  auto* audit_list = audit_command->add_subcommand("list", "Audit records, oldest first");
  audit_list->add_option("--org", audit_options.org, "Only this organization's subtree");
  audit_list->add_option("--actor", audit_options.actor, "Only this actor");
  audit_list->add_option("--from", audit_options.from,
                         "From (UTC, YYYY-MM-DD[THH:MM…]), inclusive");
  audit_list->add_option("--to", audit_options.to, "To (UTC), exclusive");
  audit_list->add_option("--limit", audit_options.limit, "At most N records (1000)")
      ->check(CLI::Range(int64_t{1}, int64_t{1000000}));
  audit_list->callback([&] { rc = RunAuditList(ctx, audit_options); });

  NominationAddOptions nomination_add_options;
  NominationTargetsOptions nomination_targets_options;
  VoteOptions nomination_vote;
  int64_t nomination_election = 0;
  int64_t nomination_id = 0;
  std::string nomination_reason;
  auto* nomination_command = app.add_subcommand(
      "nomination", "Nominations and the final list of an election (R-FLOOR-GATE, R-WITHDRAW)");
  nomination_command->require_subcommand(1);
  nomination_command->fallthrough();
  auto* nomination_add =
      nomination_command->add_subcommand("add", "Nominate a member of the registry");
  nomination_add->add_option("--election", nomination_add_options.election_id, "Election id")
      ->required();
  nomination_add->add_option("--member", nomination_add_options.member_id, "Member id")
      ->required();
  nomination_add
      ->add_option("--source", nomination_add_options.source,
                   "committee (the convening committee's list), floor, self")
      ->check(CLI::IsMember({"committee", "floor", "self"}));
  nomination_add->add_option("--by", nomination_add_options.nominated_by,
                             "Who nominated (floor nominations)");
  nomination_add->add_flag("--by-committee-member", nomination_add_options.by_committee_member,
                           "The nominator sits on the convening committee (R-INCUMBENT)");
  nomination_add
      ->add_option("--incumbent", nomination_add_options.incumbent,
                   "yes|no: in the outgoing committee (default: from the roll)")
      ->check(CLI::IsMember({"yes", "no"}));
  nomination_add->callback([&] { rc = RunNominationAdd(ctx, nomination_add_options); });
  auto* nomination_list = nomination_command->add_subcommand(
      "list", "Nominations, statuses, structure and what keeps the list from being final");
  nomination_list->add_option("--election", nomination_election, "Election id")->required();
  nomination_list->callback([&] { rc = RunNominationList(ctx, nomination_election); });
  auto* nomination_poll = nomination_command->add_subcommand(
      "poll", "Record the floor-gate poll of a floor or self nomination");
  nomination_poll->add_option("id", nomination_id, "Nomination id")->required();
  nomination_poll->add_option("--present", nomination_vote.present, "Present")->required();
  nomination_poll->add_option("--agree", nomination_vote.in_favour, "Agreeing (in favour)")
      ->required();
  nomination_poll->add_option("--convened", nomination_vote.convened,
                              "Convened (show of hands; default: the roll)");
  nomination_poll->callback([&] { rc = RunNominationPoll(ctx, nomination_id, nomination_vote); });
  auto* nomination_withdraw = nomination_command->add_subcommand(
      "withdraw", "Record a withdrawal request, or with --present the congress's vote on it");
  nomination_withdraw->add_option("id", nomination_id, "Nomination id")->required();
  nomination_withdraw->add_option("--reason", nomination_reason, "Reason given");
  auto* withdraw_present =
      nomination_withdraw->add_option("--present", nomination_vote.present, "Present");
  auto* withdraw_favour = nomination_withdraw->add_option(
      "--in-favour", nomination_vote.in_favour, "In favour of the withdrawal");
  withdraw_present->needs(withdraw_favour);
  withdraw_favour->needs(withdraw_present);
  nomination_withdraw->add_option("--convened", nomination_vote.convened,
                                  "Convened (default: the roll)");
  nomination_withdraw->callback([&] {
    std::optional<VoteOptions> vote;
    if (withdraw_present->count() > 0) vote = nomination_vote;
    rc = RunNominationWithdraw(ctx, nomination_id, nomination_reason, vote);
  });
  auto* nomination_targets = nomination_command->add_subcommand(
      "targets", "Structure targets of an election (R-STRUCTURE; warnings only)");
  nomination_targets->add_option("--election", nomination_targets_options.election_id,
                                 "Election id")
      ->required();
  nomination_targets->add_option("--women", nomination_targets_options.women,
                                 "Women at least N%");
  nomination_targets->add_option("--under-40", nomination_targets_options.under_40,
                                 "Under 40 at least N%");
  nomination_targets->add_option("--age-40-50-min", nomination_targets_options.age_40_50_min,
                                 "40 to 50 at least N%");
  nomination_targets->add_option("--age-40-50-max", nomination_targets_options.age_40_50_max,
                                 "40 to 50 at most N%");
  nomination_targets->add_option("--first-time-months",
                                 nomination_targets_options.first_time_months,
                                 "First-time members: months of working time left");
  nomination_targets->add_option("--reelected-months",
                                 nomination_targets_options.reelected_months,
                                 "Re-elected members: months of working time left");
  nomination_targets->add_option("--retirement-male-months",
                                 nomination_targets_options.retirement_male_months,
                                 "Retirement age of men in months");
  nomination_targets->add_option("--retirement-female-months",
                                 nomination_targets_options.retirement_female_months,
                                 "Retirement age of women in months");
  nomination_targets->callback(
      [&] { rc = RunNominationTargets(ctx, nomination_targets_options); });
  auto* nomination_finalize = nomination_command->add_subcommand(
      "finalize", "Write the final list as the election's candidates (exit 1 with the reasons)");
  nomination_finalize->add_option("--election", nomination_election, "Election id")->required();
  nomination_finalize->callback([&] { rc = RunNominationFinalize(ctx, nomination_election); });

  // Party-building context: ratings, movements, admissions, communication (party_building.h).
  PartyOptions party;
  const auto add_party_report = [&](CLI::App* command) {
    command->add_option("--xlsx", party.xlsx, "Write the XLSX report to FILE ('-': stdout)");
    command->add_option("--pdf", party.pdf, "Write the PDF report to FILE ('-': stdout)");
    command->add_option("--place", party.place,
                        "Place on the report's header (default: the organization's)");
    command->add_option("--date", party.date, "Date on the report's header (default today)");
  };
  auto* rating = app.add_subcommand("rating", "Xếp loại chất lượng: quality ratings");
  rating->require_subcommand(1);
  rating->fallthrough();
  auto* rating_import = rating->add_subcommand("import", "Import ratings (CSV or XLSX)");
  rating_import->add_option("file", party.file, "CSV or XLSX file")->required();
  rating_import->add_flag("--dry-run", party.dry_run, "Check only; write nothing");
  rating_import->callback([&] { rc = RunRatingImport(ctx, party); });
  auto* rating_add = rating->add_subcommand("add", "Record one rating");
  rating_add->add_option("--org", party.org, "Organization rated (or the member's)")->required();
  rating_add->add_option("--year", party.year, "Year")->required();
  rating_add->add_option("--grade", party.grade, "Grade: code, name or initials")->required();
  rating_add->add_option("--member-id", party.member_id, "A member's rating");
  rating_add->add_option("--name", party.name, "The member's full name");
  rating_add->callback([&] { rc = RunRatingAdd(ctx, party); });
  auto* rating_list = rating->add_subcommand("list", "Ratings of a subtree");
  rating_list->add_option("--root", party.root, "Subtree")->required();
  rating_list->add_option("--year", party.year, "Year");
  rating_list->add_option("--kind", party.kind, "organization | member");
  rating_list->callback([&] { rc = RunRatingList(ctx, party); });
  auto* rating_shares = rating->add_subcommand("shares", "Shares per grade and year");
  rating_shares->add_option("--root", party.root, "Subtree")->required();
  rating_shares->add_option("--year", party.year, "Year (default: every year)");
  rating_shares->add_option("--cap", party.cap, "Top grade at most N% of the base (default 20)");
  rating_shares->add_option("--cap-base", party.cap_base,
                            "The base: grades of this rank or better (default 2)");
  add_party_report(rating_shares);
  rating_shares->callback([&] { rc = RunRatingShares(ctx, party); });

  auto* movement = app.add_subcommand("movement", "Biến động đảng viên: member movements");
  movement->require_subcommand(1);
  movement->fallthrough();
  auto* movement_add = movement->add_subcommand("add", "Record one movement");
  movement_add->add_option("--org", party.org, "Organization")->required();
  movement_add->add_option("--kind", party.kind,
                           "admission | transfer_in | transfer_out | death | removal | balance")
      ->required();
  movement_add->add_option("--on", party.on, "Date")->required();
  movement_add->add_option("--count", party.count, "Members moved (default 1)");
  movement_add->add_option("--member-id", party.member_id, "The member, when one");
  movement_add->add_option("--name", party.name, "The member's full name");
  movement_add->add_option("--note", party.note, "Decision number, remark");
  movement_add->callback([&] { rc = RunMovementAdd(ctx, party); });
  auto* movement_import = movement->add_subcommand("import", "Import movements (CSV or XLSX)");
  movement_import->add_option("file", party.file, "CSV or XLSX file")->required();
  movement_import->add_flag("--dry-run", party.dry_run, "Check only; write nothing");
  movement_import->callback([&] { rc = RunMovementImport(ctx, party); });
  auto* movement_counts = movement->add_subcommand("counts", "Members as of a date");
  movement_counts->add_option("--root", party.root, "Subtree")->required();
  movement_counts->add_option("--as-of", party.as_of, "Date (default today)");
  movement_counts->add_option("--probation", party.probation, "Months of probation (default 12)");
  movement_counts->callback([&] { rc = RunMovementCounts(ctx, party); });

  auto* admission = app.add_subcommand("admission", "Kết nạp đảng viên: admission targets");
  admission->require_subcommand(1);
  admission->fallthrough();
  auto* admission_target = admission->add_subcommand("target", "Set a term's admission target");
  admission_target->add_option("--org", party.org, "Organization")->required();
  admission_target->add_option("--term", party.term, "Term, e.g. 2015-2020")->required();
  admission_target->add_option("--target", party.target, "Members to admit")->required();
  admission_target->add_option("--from", party.from, "Period start (default 1/1 of the term)");
  admission_target->add_option("--to", party.to, "Period end (default 31/12 of the term)");
  admission_target->callback([&] { rc = RunAdmissionTarget(ctx, party); });
  auto* admission_progress =
      admission->add_subcommand("progress", "Admissions against the targets of a subtree");
  admission_progress->add_option("--root", party.root, "Subtree")->required();
  admission_progress->add_option("--term", party.term, "Term (default: every term)");
  add_party_report(admission_progress);
  admission_progress->callback([&] { rc = RunAdmissionProgress(ctx, party); });

  auto* communication =
      app.add_subcommand("communication", "Công tác tuyên truyền: communication work");
  communication->require_subcommand(1);
  communication->fallthrough();
  auto* communication_add = communication->add_subcommand("add", "Record one item");
  communication_add->add_option("--org", party.org, "Unit")->required();
  communication_add->add_option("--kind", party.kind, "news | essay | bulletin | event")
      ->required();
  communication_add->add_option("--on", party.on, "Date")->required();
  communication_add->add_option("--title", party.title, "Title")->required();
  communication_add->add_option("--link", party.link, "http(s) address");
  communication_add->add_option("--copies", party.copies, "Printed copies (a bulletin)");
  communication_add->add_option("--note", party.note, "Remark");
  communication_add->callback([&] { rc = RunCommunicationAdd(ctx, party); });
  auto* communication_list = communication->add_subcommand("list", "Items of a subtree");
  communication_list->add_option("--root", party.root, "Subtree")->required();
  communication_list->add_option("--from", party.from, "From date");
  communication_list->add_option("--to", party.to, "To date");
  communication_list->add_option("--kind", party.kind, "news | essay | bulletin | event");
  communication_list->callback([&] { rc = RunCommunicationList(ctx, party); });
  auto* communication_totals =
      communication->add_subcommand("totals", "Totals per kind of a subtree and period");
  communication_totals->add_option("--root", party.root, "Subtree")->required();
  communication_totals->add_option("--from", party.from, "From date");
  communication_totals->add_option("--to", party.to, "To date");
  add_party_report(communication_totals);
  communication_totals->callback([&] { rc = RunCommunicationTotals(ctx, party); });

  // Personnel: positions, the scheme, vetting and complaints (docs/personnel.md).
  PersonnelOptions personnel_options;
  auto congress_term = [&](CLI::App* command) {
    command->add_option("--congress", personnel_options.congress, "Organization code")->required();
    command->add_option("--term", personnel_options.term, "Term, e.g. 2020-2025")->required();
  };
  auto* position = app.add_subcommand("position", "Chức vụ: members' positions (concurrent too)");
  position->require_subcommand(1);
  position->fallthrough();
  auto* position_add = position->add_subcommand("add", "Record a position held by a member");
  position_add->add_option("--member", personnel_options.member, "Member id")->required();
  position_add->add_option("--kind", personnel_options.kind, "Position kind code (position list)")
      ->required();
  position_add->add_option("--organization", personnel_options.organization,
                           "Where it is held, e.g. \"Đảng ủy phường Kim Mã\"")
      ->required();
  position_add->add_option("--org-code", personnel_options.org_code, "The Party body's code");
  position_add->add_option("--from", personnel_options.from, "From date (YYYY-MM-DD)");
  position_add->add_option("--to", personnel_options.to, "To date (YYYY-MM-DD)");
  position_add->callback([&] { rc = RunPositionAdd(ctx, personnel_options); });
  auto* position_list = position->add_subcommand("list", "Positions of a member or organization");
  position_list->add_option("--member", personnel_options.member, "Member id");
  position_list->add_option("--org", personnel_options.org_code, "Organization code");
  position_list->add_option("--on", personnel_options.on, "Titles as of this date (default today)");
  position_list->callback([&] { rc = RunPositionList(ctx, personnel_options); });
  auto* position_import = position->add_subcommand(
      "import", "Positions from CSV/XLSX: member_id, kind, organization, org_code, from, to");
  position_import->add_option("file", personnel_options.file, "CSV or XLSX file")->required();
  position_import->callback([&] { rc = RunPositionImport(ctx, personnel_options); });
  auto* position_kind = position->add_subcommand("kind", "Add or rename a position kind");
  position_kind->add_option("--code", personnel_options.kind, "Code")->required();
  position_kind->add_option("--label", personnel_options.label, "Vietnamese label")->required();
  position_kind->add_option("--rank", personnel_options.rank, "Order in a concurrent title");
  position_kind->add_flag("--party-body", personnel_options.party_body, "Held in a Party body");
  position_kind->callback([&] { rc = RunPositionKind(ctx, personnel_options); });

  auto* scheme = app.add_subcommand("scheme", "Đề án nhân sự: the personnel scheme of a congress");
  scheme->require_subcommand(1);
  scheme->fallthrough();
  auto* scheme_create = scheme->add_subcommand("create", "Version 1 of the scheme (a draft)");
  congress_term(scheme_create);
  scheme_create->add_option("--committee", personnel_options.committee, "Committee seats")
      ->required();
  scheme_create->add_option("--standing", personnel_options.standing, "Standing committee seats");
  scheme_create->add_option("--deputies", personnel_options.deputies, "Deputy secretaries");
  scheme_create->add_option("--inspection", personnel_options.inspection,
                            "Inspection commission seats");
  scheme_create->add_option("--delegates", personnel_options.delegates,
                            "Delegates to the higher congress");
  scheme_create->add_option("--women", personnel_options.women, "Women at least N%");
  scheme_create->add_option("--under-40", personnel_options.under_40, "Under 40 at least N%");
  scheme_create->add_option("--age-40-50-min", personnel_options.age_40_50_min, "40-50 at least N%");
  scheme_create->add_option("--age-40-50-max", personnel_options.age_40_50_max, "40-50 at most N%");
  scheme_create->add_option("--first-time-months", personnel_options.first_time_months,
                            "First-time: months of working time left");
  scheme_create->add_option("--reelected-months", personnel_options.reelected_months,
                            "Re-elected: months of working time left");
  scheme_create->add_option("--profile", personnel_options.profile, "Rule profile");
  scheme_create->add_option("--note", personnel_options.note, "Note");
  scheme_create->callback([&] { rc = RunSchemeCreate(ctx, personnel_options); });
  auto* scheme_show = scheme->add_subcommand("show", "The scheme, its workflow and statistics");
  congress_term(scheme_show);
  scheme_show->add_option("--version", personnel_options.version, "Version (default latest)");
  scheme_show->callback([&] { rc = RunSchemeShow(ctx, personnel_options); });
  auto* scheme_add = scheme->add_subcommand("add-nominee", "Propose a member (draft only)");
  congress_term(scheme_add);
  scheme_add->add_option("--member", personnel_options.member, "Member id")->required();
  scheme_add->add_option("--list", personnel_options.list, "committee or delegates")
      ->check(CLI::IsMember({"committee", "delegates"}));
  scheme_add
      ->add_option("--reason", personnel_options.reason,
                   "succession_plan, re_election, rotation, other")
      ->check(CLI::IsMember({"succession_plan", "re_election", "rotation", "other"}));
  scheme_add
      ->add_option("--incumbent", personnel_options.incumbent,
                   "yes|no: in the outgoing committee (default: found there)")
      ->check(CLI::IsMember({"yes", "no"}));
  scheme_add->add_option("--note", personnel_options.note, "Note");
  scheme_add->callback([&] { rc = RunSchemeAddNominee(ctx, personnel_options); });
  auto* scheme_remove = scheme->add_subcommand("remove-nominee", "Take a member off (draft only)");
  congress_term(scheme_remove);
  scheme_remove->add_option("--member", personnel_options.member, "Member id")->required();
  scheme_remove->add_option("--list", personnel_options.list, "committee or delegates")
      ->check(CLI::IsMember({"committee", "delegates"}));
  scheme_remove->callback([&] { rc = RunSchemeRemoveNominee(ctx, personnel_options); });
  auto* scheme_revise =
      scheme->add_subcommand("revise", "A new draft version from the returned one");
  congress_term(scheme_revise);
  scheme_revise->callback([&] { rc = RunSchemeRevise(ctx, personnel_options); });
  auto* scheme_submit = scheme->add_subcommand(
      "submit", "Submit to the superior committee; opens the vetting tasks");
  congress_term(scheme_submit);
  scheme_submit->add_option("--due", personnel_options.due, "Vetting due date (default +15 days)");
  scheme_submit->callback([&] { rc = RunSchemeStep(ctx, personnel_options, "submit"); });
  auto* scheme_return =
      scheme->add_subcommand("return", "The superior returns the scheme with a comment");
  congress_term(scheme_return);
  scheme_return->add_option("--comment", personnel_options.comment, "The superior's comment")
      ->required();
  scheme_return->callback([&] { rc = RunSchemeStep(ctx, personnel_options, "return"); });
  auto* scheme_approve = scheme->add_subcommand("approve", "The superior approves the scheme");
  congress_term(scheme_approve);
  scheme_approve->add_option("--comment", personnel_options.comment, "Comment");
  scheme_approve->callback([&] { rc = RunSchemeStep(ctx, personnel_options, "approve"); });
  auto* scheme_seed = scheme->add_subcommand(
      "seed-nominations", "Nominate the approved committee list (source committee)");
  congress_term(scheme_seed);
  scheme_seed->add_option("--election", personnel_options.election, "Election id");
  scheme_seed->callback([&] { rc = RunSchemeSeed(ctx, personnel_options); });
  auto* scheme_pdf = scheme->add_subcommand("pdf", "The printable scheme (Party layout)");
  congress_term(scheme_pdf);
  scheme_pdf->add_option("--version", personnel_options.version, "Version (default latest)");
  scheme_pdf->add_option("--out", personnel_options.out, "PDF file")->required();
  scheme_pdf->add_option("--place", personnel_options.place,
                         "Place on the date line (default: the organization's)");
  scheme_pdf->add_option("--date", personnel_options.date, "Date on the header (default today)");
  scheme_pdf->callback([&] { rc = RunSchemePdf(ctx, personnel_options); });

  auto* vetting = app.add_subcommand("vetting", "Thẩm tra, xác minh: vetting of nominees");
  vetting->require_subcommand(1);
  vetting->fallthrough();
  auto* vetting_list = vetting->add_subcommand("list", "Vetting tasks and complaints (audited)");
  congress_term(vetting_list);
  vetting_list->add_option("--member", personnel_options.member, "One nominee");
  vetting_list->callback([&] { rc = RunVettingList(ctx, personnel_options); });
  auto* vetting_conclude = vetting->add_subcommand("conclude", "A board's conclusion on a task");
  vetting_conclude->add_option("id", personnel_options.id, "Task id")->required();
  vetting_conclude->add_option("--conclusion", personnel_options.conclusion, "cleared or concern")
      ->required()
      ->check(CLI::IsMember({"cleared", "concern"}));
  vetting_conclude->add_option("--note", personnel_options.note, "Note (required for concern)");
  vetting_conclude->callback([&] { rc = RunVettingConclude(ctx, personnel_options); });

  auto* complaint = app.add_subcommand("complaint", "Đơn thư: complaints about nominees");
  complaint->require_subcommand(1);
  complaint->fallthrough();
  auto* complaint_add = complaint->add_subcommand("add", "Register a complaint or denunciation");
  congress_term(complaint_add);
  complaint_add->add_option("--member", personnel_options.member, "The nominee")->required();
  complaint_add->add_option("--received", personnel_options.received, "Received on (YYYY-MM-DD)")
      ->required();
  complaint_add
      ->add_option("--source", personnel_options.source,
                   "named_letter, anonymous_letter, petition, media, other")
      ->check(CLI::IsMember({"named_letter", "anonymous_letter", "petition", "media", "other"}));
  complaint_add->add_option("--summary", personnel_options.summary, "Content summary")->required();
  complaint_add->add_option("--assigned-to", personnel_options.assigned_to, "Who handles it");
  complaint_add->callback([&] { rc = RunComplaintAdd(ctx, personnel_options); });
  auto* complaint_conclude = complaint->add_subcommand("conclude", "Conclude a complaint");
  complaint_conclude->add_option("id", personnel_options.id, "Complaint id")->required();
  complaint_conclude->add_option("--conclusion", personnel_options.conclusion, "The conclusion")
      ->required();
  complaint_conclude->add_option("--on", personnel_options.on, "Concluded on (default today)");
  complaint_conclude->callback([&] { rc = RunComplaintConclude(ctx, personnel_options); });
  auto* complaint_list = complaint->add_subcommand("list", "Complaints of a congress (audited)");
  congress_term(complaint_list);
  complaint_list->callback([&] { rc = RunComplaintList(ctx, personnel_options); });

  // Draft congress documents and the comments on them (app/documents.h, docs/documents.md).
  DocumentOptions document_options;
  auto* draft = app.add_subcommand("draft", "Dự thảo văn kiện: draft congress documents");
  draft->require_subcommand(1);
  auto* draft_import = draft->add_subcommand("import", "Import a draft (.docx, .md, .txt)");
  draft_import->add_option("file", document_options.file, "FILE.docx | FILE.md | FILE.txt")
      ->required();
  draft_import->add_option("--org", document_options.org, "The congress's organization code");
  draft_import->add_option("--term", document_options.term, "Term, e.g. 2020-2025");
  draft_import->add_option("--kind", document_options.kind,
                           "political_report | review_report | other");
  draft_import->add_option("--title", document_options.title, "Title of the document");
  draft_import->add_option("--document", document_options.document,
                           "Add the next version to this document");
  draft_import->add_option("--change-log", document_options.change_log, "What changed");
  draft_import->add_option("--takes-in-comments", document_options.takes_in_comments,
                           "Comment ids taken in, comma-separated");
  draft_import->add_option("--takes-in-groups", document_options.takes_in_groups,
                           "Group ids taken in, comma-separated");
  draft_import->callback([&] { rc = RunDraftImport(ctx, document_options); });
  auto* draft_list = draft->add_subcommand("list", "Documents of a congress");
  draft_list->add_option("--org", document_options.org, "Organization code")->required();
  draft_list->add_option("--term", document_options.term, "Term (default: all)");
  draft_list->callback([&] { rc = RunDraftList(ctx, document_options); });
  auto* draft_show = draft->add_subcommand("show", "A version's text by section");
  draft_show->add_option("version", document_options.version, "Version id")->required();
  draft_show->callback([&] { rc = RunDraftShow(ctx, document_options); });
  auto* draft_diff = draft->add_subcommand("diff", "Changes between two versions");
  draft_diff->add_option("v1", document_options.version, "Older version id")->required();
  draft_diff->add_option("v2", document_options.other_version, "Newer version id")->required();
  draft_diff->callback([&] { rc = RunDraftDiff(ctx, document_options); });
  auto* draft_publish = draft->add_subcommand("publish", "Send a version out for comment");
  draft_publish->add_option("version", document_options.version, "Version id")->required();
  draft_publish->add_flag("--public", document_options.is_public, "On the public page");
  draft_publish->add_option("--units", document_options.units, "Unit codes, comma-separated");
  draft_publish->add_option("--open", document_options.open, "First day (YYYY-MM-DD)")->required();
  draft_publish->add_option("--close", document_options.close, "Last day (YYYY-MM-DD)")
      ->required();
  draft_publish->callback([&] { rc = RunDraftPublish(ctx, document_options); });

  auto* comment = app.add_subcommand("comment", "Góp ý dự thảo: comments on drafts");
  comment->require_subcommand(1);
  const auto comment_fields = [&](CLI::App* command) {
    command->add_option("--section", document_options.section, "Section number (0: whole)");
    command->add_option("--quote", document_options.quote, "Quoted text of the section");
    command->add_option("--text", document_options.text, "The comment")->required();
    command->add_option("--source", document_options.source, "unit | citizen | former_leader");
    command->add_option("--unit", document_options.unit, "The commenting unit's code");
    command->add_flag("--meeting", document_options.meeting, "On behalf of the unit's meeting");
    command->add_option("--agreed", document_options.agreed, "Members who agreed");
    command->add_option("--name", document_options.name, "Name (citizen, former leader)");
    command->add_option("--contact", document_options.contact, "Phone or e-mail");
  };
  auto* comment_add = comment->add_subcommand("add", "Enter one comment");
  comment_add->add_option("version", document_options.version, "Version id")->required();
  comment_fields(comment_add);
  comment_add->callback([&] { rc = RunCommentAdd(ctx, document_options); });
  auto* comment_import = comment->add_subcommand("import", "Comments from CSV/XLSX, all or nothing");
  comment_import->add_option("version", document_options.version, "Version id")->required();
  comment_import->add_option("file", document_options.file, "FILE.csv | FILE.xlsx")->required();
  comment_import->callback([&] { rc = RunCommentImport(ctx, document_options); });
  auto* comment_list = comment->add_subcommand("list", "Comments on a version");
  comment_list->add_option("version", document_options.version, "Version id")->required();
  comment_list->add_option("--section", document_options.section, "Only this section");
  comment_list->add_option("--status", document_options.status, "pending | shown | hidden");
  comment_list->add_option("--source", document_options.source, "unit | citizen | former_leader")
      ->default_str("any");
  comment_list->add_option("--unit", document_options.unit, "Only this unit");
  comment_list->add_option("--limit", document_options.limit, "At most this many (0: all)");
  comment_list->add_option("--offset", document_options.offset, "Skip this many");
  comment_list->callback([&] {
    if (comment_list->count("--source") == 0) document_options.source = "any";
    rc = RunCommentList(ctx, document_options);
  });
  auto* comment_moderate = comment->add_subcommand("moderate", "Show or hide a comment");
  comment_moderate->add_option("id", document_options.id, "Comment id")->required();
  comment_moderate->add_option("--status", document_options.status, "shown | hidden | pending")
      ->required();
  comment_moderate->add_option("--reason", document_options.reason, "Why it is hidden");
  comment_moderate->callback([&] { rc = RunCommentModerate(ctx, document_options); });
  auto* comment_group = comment->add_subcommand("group", "Group near-duplicates: the synthesis");
  comment_group->add_option("version", document_options.version, "Version id")->required();
  comment_group->add_option("--threshold", document_options.threshold,
                            "Similarity of near-duplicates (0-1, default 0.6)");
  comment_group->add_option("--limit", document_options.limit, "Groups to print (0: all)");
  comment_group->callback([&] { rc = RunCommentGroup(ctx, document_options); });
  auto* comment_dispose = comment->add_subcommand("dispose", "Accept, explain or reject");
  comment_dispose->add_option("id", document_options.id, "Comment (or group) id")->required();
  comment_dispose->add_flag("--group", document_options.group, "The id is a group's");
  comment_dispose->add_option("--disposition", document_options.disposition,
                              "accepted | explained | not_accepted | none")
      ->required();
  comment_dispose->add_option("--explanation", document_options.explanation, "The explanation");
  comment_dispose->callback([&] { rc = RunCommentDispose(ctx, document_options); });
  auto* comment_export = comment->add_subcommand("export", "All comments: CSV or XLSX");
  comment_export->add_option("version", document_options.version, "Version id")->required();
  comment_export->add_option("--xlsx", document_options.xlsx, "Write an XLSX workbook");
  comment_export->callback([&] { rc = RunCommentExport(ctx, document_options); });

  int port = 8080;
  std::string bind = "127.0.0.1";
  std::string web_root;
  auto* serve = app.add_subcommand("serve", "Serve the REST API and the web app");
  serve->add_option("--port", port, "TCP port")->check(CLI::Range(1, 65535));
  serve->add_option("--bind", bind, "Address to listen on");
  serve->add_option("--web", web_root, "Directory of the built web app (default: web/dist beside the binary's source)");
  ServeTls serve_tls;
  serve->add_option("--cert", serve_tls.cert, "PEM certificate: serve HTTPS (with --key)");
  serve->add_option("--key", serve_tls.key, "PEM private key of --cert");
  serve->add_flag("--trust-proxy", serve_tls.trust_proxy,
                  "Behind a reverse proxy: the login throttle's client is X-Forwarded-For's last address");
  serve->callback([&] { rc = RunServe(ctx, port, bind, web_root, serve_tls); });


  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return rc;
}

}  // namespace daihoi::cli
