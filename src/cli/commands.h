#pragma once
// One function per subcommand (spec/CONTRACTS.md), each in its own file. cli.cpp parses argv
// with CLI11 (kept in that one translation unit: slow to compile) and calls these.
// Each returns the process exit code: 0 ok, 1 rule violated, 2 bad input, 3 storage/internal.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
// `daihoi progress`: the extensions beside the contract's output (docs/progress.md). Files are
// written whole; "-" writes the file to stdout instead of the figures.
struct ProgressOutputs {
  bool forecast = false;  // print the forecast instead of the progress
  std::string plan;       // PLAN.json: the round's term and the windows the forecast is judged by
  std::string pdf;        // the progress report in the Party document layout
  std::string xlsx;       // the progress workbook
  std::string ics;        // the round's congresses as iCalendar
  std::optional<std::string> place;  // the place on the report's date line; else the root's
};
int RunProgress(const Context& ctx, const std::string& root, const std::string& as_of,
                const ProgressOutputs& outputs);
int RunPlanCheck(const Context& ctx, const std::string& path);
// `daihoi roll check INPUT.json`: the convened count of a roll given as a file (election/roll.h).
int RunRollCheck(const Context& ctx, const std::string& path);
// The roll of a stored congress (app/roll.h), congress = organization code + term:
// `daihoi roll show`: the convened count with its exclusions (--json: the API's roll view);
int RunRollShow(const Context& ctx, const std::string& congress, const std::string& term);
// `daihoi roll import FILE`: ex-officio members and delegations from CSV/XLSX, all or nothing;
int RunRollImport(const Context& ctx, const std::string& congress, const std::string& term,
                  const std::string& path);
// `daihoi roll absence`: one person's absence from a session (0: the whole congress);
int RunRollAbsence(const Context& ctx, const std::string& congress, const std::string& term,
                   const std::string& person, int session, const std::string& reason,
                   bool accepted);
// `daihoi roll issue`: a credential issue (R-CREDENTIALS) recorded against a person.
int RunRollIssue(const Context& ctx, const std::string& congress, const std::string& term,
                 const std::string& person, const std::string& kind, const std::string& effective,
                 const std::string& note);
// `daihoi serve`; with cert and key over HTTPS only (docs/security.md); trust_proxy: the login
// throttle reads the client from X-Forwarded-For (behind nginx).
struct ServeTls {
  std::string cert;
  std::string key;
  bool trust_proxy = false;
};
int RunServe(const Context& ctx, int port, const std::string& bind, const std::string& web_root,
             const ServeTls& tls);
// `daihoi ballot print CASE.json --out FILE.pdf`: the ballots of one election (docs/ballots.md);
// paper "a4", "a5" or empty (A5 when the list fits there at full size, else A4).
int RunBallotPrint(const Context& ctx, const std::string& path, const std::string& out,
                   int copies, const std::string& paper);

// `daihoi allocation compute|compare|list|show` (app/allocation.h, R-ALLOCATION): delegate seats
// among a convening organization's units, counted from the database. Numbers stay text until
// the command checks them, so a bad value is reported with the option's name.
struct AllocationOptions {
  std::string org_code;  // --org
  std::string seats;     // --seats: elected seats (ex-officio members excluded, R-EX-OFFICIO)
  std::string method = "largest_remainder";
  std::string minimum = "0";
  std::string as_of;  // empty: today
  std::string term;   // required with --save
  bool save = false;
};
int RunAllocationCompute(const Context& ctx, const AllocationOptions& options);
int RunAllocationCompare(const Context& ctx, const AllocationOptions& options);
int RunAllocationList(const Context& ctx, const std::string& org_code);
// Writes the XLSX and/or PDF file when a path is given; prints the allocation otherwise.
int RunAllocationShow(const Context& ctx, const std::string& id, const std::string& xlsx_path,
                      const std::string& pdf_path);

// `daihoi election create|candidates|lock|show|ballots` (app/counting.h): an election of a
// stored congress, its list of candidates locked in ballot order (R-SURPLUS, R-ORDER) and its
// printed ballots.
struct ElectionCreateOptions {
  std::string congress;  // --congress: the organization holding the congress
  std::string term;      // --term
  std::string kind;      // --kind: committee, standing_committee, …, delegates
  int seats = 0;
  int alternates = 0;
  std::string title;
  std::string profile = "party-2024";
  int clerks = 2;                      // --clerks: independent entries each ballot needs
  std::vector<std::string> committee;  // --committee: the counting committee, head first
};
int RunElectionCreate(const Context& ctx, const ElectionCreateOptions& options);
// FILE.csv / .xlsx: columns id, full_name, birth_date, member_id, gender (Vietnamese headers too).
int RunElectionCandidates(const Context& ctx, int64_t election_id, const std::string& path);
int RunElectionLock(const Context& ctx, int64_t election_id);
int RunElectionShow(const Context& ctx, int64_t election_id);
// paper "a4", "a5" or empty (A5 when the list fits there at full size, else A4).
int RunElectionBallots(const Context& ctx, int64_t election_id, const std::string& out,
                       int copies, const std::string& paper);

// `daihoi count enter|show|close|verify ROUND`: a round's count by independent entry.
// FILE: one ballot a line, "17: 1 5 9" (ballot 17 strikes the names numbered 1, 5 and 9 on the
// ballot), "18: -" (nothing struck), "19: x" (retract 19), "20: 1a 2d 3b" (agree / disagree /
// both, a list without surplus), flags after "|": "u" unofficial, "m" marked.
// qr: the text scanned from the ballots' QR code (--qr); each ballot of the file is checked
// against it, so a ballot of another election or list version is refused (exit 2).
int RunCountEnter(const Context& ctx, int64_t round_id, const std::string& clerk,
                  const std::string& path, const std::optional<std::string>& qr = std::nullopt);
int RunCountShow(const Context& ctx, int64_t round_id);
int RunCountClose(const Context& ctx, int64_t round_id, std::optional<int64_t> issued,
                  std::optional<int64_t> convened);
// Exit 1 when the chain is broken, naming the first bad entry.
int RunCountVerify(const Context& ctx, int64_t round_id);
// `daihoi count minutes ROUND --out FILE.pdf [--number N]`: the minutes of a closed round; N the
// document number in the congress's counter ("Số 07-BB/ĐH"), blank to write by hand without it.
int RunCountMinutes(const Context& ctx, int64_t round_id, const std::string& out,
                    std::optional<int> number = std::nullopt);

// Stored plans and congress records (app/plans.h, docs/plans.md):
// `daihoi plan save PLAN.json [--title T]`: creates or replaces the plan of its root and term;
int RunPlanSave(const Context& ctx, const std::string& path, const std::string& title);
// `daihoi plan show --root CODE --term T`: the plan, its congresses and their status;
int RunPlanShow(const Context& ctx, const std::string& root, const std::string& term);
// `daihoi plan check --root CODE --term T`: the stored plan, as `daihoi plan check PLAN.json`.
int RunPlanCheckStored(const Context& ctx, const std::string& root, const std::string& term);
// `daihoi congress show|set --org CODE --term T`: one congress record with the violations of
// the covering plan. Options stay text until the command checks them (names the option).
int RunCongressShow(const Context& ctx, const std::string& org_code, const std::string& term);
struct CongressSetOptions {
  std::string org_code;
  std::string term;
  std::vector<std::string> options;  // --option START,END[,NOTE] (repeat; replaces the list)
  std::optional<int> choose;         // --choose N: option N (1 = the first), 0 clears
  std::optional<std::string> planned;    // --planned START,END ("-" clears)
  std::optional<std::string> held;       // --held START,END ("-" clears)
  std::optional<std::string> venue;      // --venue
  std::optional<std::string> announced;  // --announced DATE ("-" clears)
  std::optional<std::string> items;      // --items review,documents,committee,delegation
  std::optional<std::string> reduced;    // --reduced true|false
  std::optional<std::string> pilot;      // --pilot true|false
  std::optional<std::string> kind;       // --kind members|delegates
  std::optional<std::string> ordinal;    // --ordinal 26 | XXVI
};
int RunCongressSet(const Context& ctx, const CongressSetOptions& options);
// `daihoi election committee --election ID --member NAME…`: the counting committee, head first,
// until the first round closes (app::SetCountingCommittee).
int RunElectionCommittee(const Context& ctx, int64_t election_id,
                         const std::vector<std::string>& members);

// `daihoi bundle keygen|export|import` (app/bundle.h, docs/bundles.md): a venue's results
// carried to the provincial server as a bundle signed with the venue's Ed25519 key.
int RunBundleKeygen(const Context& ctx, const std::string& out);
int RunBundleExport(const Context& ctx, const std::string& congress, const std::string& term,
                    const std::string& key_path, const std::string& out);
// Exit 1 when the bundle is refused (key, signature, chain), naming what failed.
int RunBundleImport(const Context& ctx, const std::string& path,
                    const std::vector<std::string>& trust);

// `daihoi inspection create|list|team|units|assign|move|finding|show|report` (app/inspections.h):
// a committee's inspection teams, the units they inspect and when, findings, the report.
struct InspectionCreateOptions {
  std::string org_code;  // --org
  std::string term;      // --term
  std::string from;      // --from YYYY-MM-DD
  std::string to;        // --to
  std::string title;     // --title
  int min_units = 1;     // --min units per team
  int max_units = 4;     // --max
  bool all_days = false;  // --all-days: visits on weekends too
};
int RunInspectionCreate(const Context& ctx, const InspectionCreateOptions& options);
int RunInspectionList(const Context& ctx, const std::string& org_code);
// members: "HN-000123", "Nguyễn Văn An@HANOI", "phó:Trần Thị Bình@BADINH" (cli/inspection_text.h).
int RunInspectionTeam(const Context& ctx, int64_t id, const std::string& name,
                      const std::vector<std::string>& members);
// codes: "BADINH" or "BADINH:2" (two working days there); none: the default units.
int RunInspectionUnits(const Context& ctx, int64_t id, const std::vector<std::string>& codes);
int RunInspectionAssign(const Context& ctx, int64_t id);
int RunInspectionMove(const Context& ctx, int64_t id, const std::string& unit,
                      std::optional<int64_t> team, const std::string& start);
int RunInspectionFinding(const Context& ctx, int64_t id, const std::string& unit,
                         const std::string& strengths, const std::string& weaknesses,
                         const std::string& recommendations);
int RunInspectionShow(const Context& ctx, int64_t id);
int RunInspectionReport(const Context& ctx, int64_t id, const std::string& pdf_path,
                        const std::string& xlsx_path, const std::string& ics_path);


// `daihoi group list|add|member|assign|attend|free`, `daihoi subcommittee
// list|add|member|task|done` and `daihoi commendation list|add|import|export` (app/groups.h):
// the working groups, subcommittees and commendations of a congress (--congress, --term).
struct GroupOptions {
  std::string congress;
  std::string term;
  int64_t group = 0;         // --group
  int64_t subcommittee = 0;  // --subcommittee
  int64_t task = 0;          // --task
  std::string kind;          // working|guidance, documents|…, collective|individual
  std::string name;
  std::string note;
  std::string member;     // --member: a group member's number or member id (attend)
  std::string member_id;  // --member-id: a registry member
  std::string role = "member";
  std::string unit;       // --unit: a unit code
  std::string unit_term;  // --unit-term: the unit's congress term, when not the congress's
  std::string title;
  std::string owner;
  std::string due;
  std::string on;  // --on: the date a task was done (default today)
  bool undo = false;
  std::string as_of;  // --as-of (default today)
  std::string org;    // --org: the organization commended
  std::string award;
  std::string decision;
  std::string decided_on;
  std::string reason;
  std::string file;
  bool dry_run = false;
  std::string xlsx;   // --xlsx FILE
  std::string pdf;    // --pdf FILE
  std::optional<std::string> place;  // --place: the place on the PDF's date line
};
int RunGroupList(const Context& ctx, const GroupOptions& options);
int RunGroupAdd(const Context& ctx, const GroupOptions& options);
int RunGroupMember(const Context& ctx, const GroupOptions& options);
int RunGroupAssign(const Context& ctx, const GroupOptions& options);
// Refused (exit 2, the clash on stderr) when the person attends an overlapping congress.
int RunGroupAttend(const Context& ctx, const GroupOptions& options);
int RunGroupFree(const Context& ctx, const GroupOptions& options);
int RunSubcommitteeList(const Context& ctx, const GroupOptions& options);
int RunSubcommitteeAdd(const Context& ctx, const GroupOptions& options);
int RunSubcommitteeMember(const Context& ctx, const GroupOptions& options);
int RunSubcommitteeTask(const Context& ctx, const GroupOptions& options);
int RunSubcommitteeDone(const Context& ctx, const GroupOptions& options);
int RunCommendationList(const Context& ctx, const GroupOptions& options);
int RunCommendationAdd(const Context& ctx, const GroupOptions& options);
int RunCommendationImport(const Context& ctx, const GroupOptions& options);
int RunCommendationExport(const Context& ctx, const GroupOptions& options);


// Results carried upward (app/results.h).
int RunResultApply(const Context& ctx, int64_t election_id, bool accept_unfilled);
struct ResultApproveOptions {
  std::string congress;
  std::string term;
  std::string decision;
  std::string date;
  std::string approved_by;
  std::string note;
};
int RunResultApprove(const Context& ctx, const ResultApproveOptions& options);
int RunResultShow(const Context& ctx, const std::string& congress, const std::string& term);
int RunResultStats(const Context& ctx, const std::string& root, const std::string& term,
                   const std::string& as_of);

// `daihoi user add|grant|revoke|passwd|list` and `daihoi audit verify|list` (app/accounts.h,
// app/audit.h, docs/security.md). The command line acts as a global administrator, recorded in
// the audit trail as "cli:<os user>". Passwords are read from standard input (one line) or, on a
// terminal, prompted without echo — never from argv.
struct GrantOptions {
  std::string login;
  std::string role;  // administrator, organization_board, unit_clerk, counting_clerk, observer
  std::string org;   // --org: the subtree's root; empty: global (administrator only)
  std::string term;  // --term: a counting clerk's congress term
};
int RunUserAdd(const Context& ctx, const std::string& login, const std::string& display_name);
int RunUserGrant(const Context& ctx, const GrantOptions& options);
int RunUserRevoke(const Context& ctx, const GrantOptions& options);
int RunUserPasswd(const Context& ctx, const std::string& login);
int RunUserList(const Context& ctx);
// Exit 1 when the chain is broken, naming the first bad record. expected_head: --head.
int RunAuditVerify(const Context& ctx, const std::string& expected_head);
struct AuditListOptions {
  std::string org;    // the subtree of this organization
  std::string actor;  // a login, or cli:USER
  std::string from;   // UTC time or date, inclusive
  std::string to;     // exclusive
  int64_t limit = 1000;
};
int RunAuditList(const Context& ctx, const AuditListOptions& options);

// `daihoi nomination add|list|poll|withdraw|targets|finalize` (app/nominations.h,
// docs/nominations.md): nominations to an election and its final list.
struct NominationAddOptions {
  int64_t election_id = 0;
  std::string member_id;
  std::string source = "committee";  // committee, floor, self
  std::string nominated_by;          // --by
  bool by_committee_member = false;  // --by-committee-member (R-INCUMBENT)
  std::string incumbent;             // --incumbent yes|no; empty: from the roll
};
struct VoteOptions {
  std::optional<int64_t> convened;
  int64_t present = 0;
  int64_t in_favour = 0;  // --agree (poll) / --in-favour (withdrawal vote)
};
struct NominationTargetsOptions {
  int64_t election_id = 0;
  std::optional<int> women, under_40, age_40_50_min, age_40_50_max, first_time_months,
      reelected_months, retirement_male_months, retirement_female_months;
};
int RunNominationAdd(const Context& ctx, const NominationAddOptions& options);
int RunNominationList(const Context& ctx, int64_t election_id);
int RunNominationPoll(const Context& ctx, int64_t nomination_id, const VoteOptions& options);
// `vote` unset: records the request with `reason`; set: records the congress's vote on it.
int RunNominationWithdraw(const Context& ctx, int64_t nomination_id, const std::string& reason,
                          const std::optional<VoteOptions>& vote);
int RunNominationTargets(const Context& ctx, const NominationTargetsOptions& options);
int RunNominationFinalize(const Context& ctx, int64_t election_id);

// `daihoi rating|movement|admission|communication …` (app/party_building.h,
// docs/party-building.md): quality ratings, member movements and counts, admission targets,
// communication work; reports with --xlsx/--pdf.
struct PartyOptions {
  std::string root;  // --root: the subtree
  std::string org;   // --org: the unit of an entered item
  std::string file;
  bool dry_run = false;
  std::string year;  // --year
  std::string kind;  // --kind
  std::string from, to, as_of, on;
  int64_t count = 1;
  std::string member_id, name, grade, note, title, link;
  int64_t copies = 0;
  std::string term;
  int64_t target = 0;
  double cap = 20;       // --cap: top-grade cap in percent (I)
  int cap_base = 2;      // --cap-base: grades of this rank or better are the base
  int probation = 12;    // --probation: months
  std::string xlsx, pdf, date;         // reports
  std::optional<std::string> place;  // --place; else the organization's
};
int RunRatingImport(const Context& ctx, const PartyOptions& options);
int RunRatingAdd(const Context& ctx, const PartyOptions& options);
int RunRatingList(const Context& ctx, const PartyOptions& options);
int RunRatingShares(const Context& ctx, const PartyOptions& options);
int RunMovementAdd(const Context& ctx, const PartyOptions& options);
int RunMovementImport(const Context& ctx, const PartyOptions& options);
int RunMovementCounts(const Context& ctx, const PartyOptions& options);
int RunAdmissionTarget(const Context& ctx, const PartyOptions& options);
int RunAdmissionProgress(const Context& ctx, const PartyOptions& options);
int RunCommunicationAdd(const Context& ctx, const PartyOptions& options);
int RunCommunicationList(const Context& ctx, const PartyOptions& options);
int RunCommunicationTotals(const Context& ctx, const PartyOptions& options);

// `daihoi position|scheme|vetting|complaint …` (app/personnel.h, docs/personnel.md): positions,
// the personnel scheme of a congress and its workflow, vetting and complaints. One set of
// options; each command reads the ones it needs.
struct PersonnelOptions {
  std::string congress, term;  // --congress CODE --term T
  std::string member;          // --member ID
  std::string list = "committee";
  std::string reason = "other";
  std::string incumbent;  // yes|no; empty: from the outgoing committee
  std::string note, comment;
  std::string due;  // --due: vetting due date (submit)
  std::optional<int> version;
  std::optional<int64_t> election;
  int committee = 0, standing = 0, deputies = 0, inspection = 0, delegates = 0;
  std::optional<int> women, under_40, age_40_50_min, age_40_50_max, first_time_months,
      reelected_months;
  std::string profile = "party-2024";
  std::string out, date;             // scheme pdf
  std::optional<std::string> place;  // --place; else the organization's
  std::string kind, organization, org_code, from, to, on, file;  // positions
  std::string label;
  int rank = 100;
  bool party_body = false;
  int64_t id = 0;          // task or complaint id
  std::string conclusion;  // vetting: cleared|concern; complaint: the conclusion's text
  std::string received, source = "named_letter", summary, assigned_to;
};
int RunPositionAdd(const Context& ctx, const PersonnelOptions& options);
int RunPositionList(const Context& ctx, const PersonnelOptions& options);
int RunPositionImport(const Context& ctx, const PersonnelOptions& options);
int RunPositionKind(const Context& ctx, const PersonnelOptions& options);
int RunSchemeCreate(const Context& ctx, const PersonnelOptions& options);
int RunSchemeShow(const Context& ctx, const PersonnelOptions& options);
int RunSchemeAddNominee(const Context& ctx, const PersonnelOptions& options);
int RunSchemeRemoveNominee(const Context& ctx, const PersonnelOptions& options);
int RunSchemeRevise(const Context& ctx, const PersonnelOptions& options);
// action: "submit", "return", "approve".
int RunSchemeStep(const Context& ctx, const PersonnelOptions& options, const std::string& action);
int RunSchemeSeed(const Context& ctx, const PersonnelOptions& options);
int RunSchemePdf(const Context& ctx, const PersonnelOptions& options);
int RunVettingList(const Context& ctx, const PersonnelOptions& options);
int RunVettingConclude(const Context& ctx, const PersonnelOptions& options);
int RunComplaintAdd(const Context& ctx, const PersonnelOptions& options);
int RunComplaintConclude(const Context& ctx, const PersonnelOptions& options);
int RunComplaintList(const Context& ctx, const PersonnelOptions& options);

// `daihoi draft import|list|show|diff|publish` and `daihoi comment
// add|import|list|moderate|group|dispose|export` (app/documents.h, docs/documents.md): draft
// congress documents, their versions and the comments on them.
struct DocumentOptions {
  std::string org, term, kind = "political_report", title, change_log, file;
  int64_t document = 0;                       // draft import: the next version of this document
  std::string takes_in_comments, takes_in_groups;  // draft import: ids, comma-separated
  int64_t version = 0, other_version = 0;     // show/publish/comment: the version; diff: both
  bool is_public = false;
  std::string units, open, close;             // publish
  int section = 0;
  std::string quote, text, source = "unit", unit, name, contact;
  bool meeting = false;
  int64_t agreed = 0;
  std::string status, reason;                 // list filter / moderate
  int64_t id = 0;                             // moderate/dispose: the comment (or group) id
  bool group = false;                         // dispose: id is a group
  std::string disposition, explanation;
  std::string xlsx;                           // export: the workbook ("-": stdout)
  double threshold = 0.6;                     // group: documents::GroupingParams
  int64_t limit = 100, offset = 0;
};
int RunDraftImport(const Context& ctx, const DocumentOptions& options);
int RunDraftList(const Context& ctx, const DocumentOptions& options);
int RunDraftShow(const Context& ctx, const DocumentOptions& options);
int RunDraftDiff(const Context& ctx, const DocumentOptions& options);
int RunDraftPublish(const Context& ctx, const DocumentOptions& options);
int RunCommentAdd(const Context& ctx, const DocumentOptions& options);
int RunCommentImport(const Context& ctx, const DocumentOptions& options);
int RunCommentList(const Context& ctx, const DocumentOptions& options);
int RunCommentModerate(const Context& ctx, const DocumentOptions& options);
int RunCommentGroup(const Context& ctx, const DocumentOptions& options);
int RunCommentDispose(const Context& ctx, const DocumentOptions& options);
int RunCommentExport(const Context& ctx, const DocumentOptions& options);

}  // namespace daihoi::cli
