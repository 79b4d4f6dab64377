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
int RunProgress(const Context& ctx, const std::string& root, const std::string& as_of);
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
int RunServe(const Context& ctx, int port, const std::string& bind, const std::string& web_root);
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
int RunCountEnter(const Context& ctx, int64_t round_id, const std::string& clerk,
                  const std::string& path);
int RunCountShow(const Context& ctx, int64_t round_id);
int RunCountClose(const Context& ctx, int64_t round_id, std::optional<int64_t> issued,
                  std::optional<int64_t> convened);
// Exit 1 when the chain is broken, naming the first bad entry.
int RunCountVerify(const Context& ctx, int64_t round_id);
// `daihoi count minutes ROUND --out FILE.pdf`: the minutes of a closed round.
int RunCountMinutes(const Context& ctx, int64_t round_id, const std::string& out);

}  // namespace daihoi::cli
