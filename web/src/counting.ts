// Counting a round by independent entry (R-BALLOT-FORM, R-VALID, R-THRESHOLD, R-TIE, R-ROUNDS):
// the count view's shapes and calls ("Counting a round" in docs/api.md) and the pure parts of the
// entry station, the reconciliation panel and the projector — reading what a clerk types,
// describing a ballot, the differences between two clerks' versions, the result's words.
import { call } from './elections';
import type { ElectionKind, RoundKind, RoundSummary } from './elections';
import { translate } from './i18n';
import type { Lang, MessageKey } from './i18n';

export type Form = 'struck' | 'marks';
export type Mark = 'agree' | 'disagree' | 'both' | 'none';

// One ballot as the API carries it. Indexes are 0-based positions in the round's list.
export interface BallotBody {
  struck?: number[];
  marks?: Record<string, Mark>;
  write_in?: string[];
  unofficial?: boolean;
  marked?: boolean;
}

export interface CountCandidate {
  index: number;
  position: number; // in the election's list, 1-based
  id: string;
  full_name: string;
}

export interface Disagreement {
  number: number;
  versions: { clerk: string; ballot: BallotBody | null }[];
}

export type CandidateStatus = 'elected' | 'alternate' | 'tied' | 'passed' | 'not_elected';
export type NextStep = 'none' | 'revote_tied' | 'further_round';

// The `daihoi tally` document (CONTRACTS.md "Election case").
export interface TallyResult {
  profile: string;
  ballots: {
    issued?: number | null; // left out when the close did not give it
    received: number;
    valid: number;
    invalid: number;
    invalid_by_reason: Record<string, number>;
  };
  threshold: { convened: number; excluded: number; denominator: number; votes_needed: number };
  candidates: {
    id: string;
    name: string;
    votes: number;
    percent_of_valid: number;
    percent_of_denominator: number;
    status: CandidateStatus;
  }[];
  elected: string[];
  alternates: string[];
  unfilled_seats: number;
  unfilled_alternates: number;
  tied: string[];
  next: NextStep;
}

export interface CountView {
  election: {
    id: number;
    title: string;
    kind: ElectionKind;
    seats: number;
    alternates: number;
    required_clerks: number;
    org_code: string;
    term: string;
  };
  round: {
    id: number;
    number: number;
    kind: RoundKind;
    seats: number;
    alternates: number;
    closed: boolean;
    closed_at: string | null;
    convened: number | null;
    exclusions: { reason: string; count: number }[];
    issued: number | null;
    chain_head: string | null;
  };
  form: Form;
  candidates: CountCandidate[];
  clerks: { clerk: string; entries: number }[];
  reconciliation: {
    agreed: number;
    pending: number[];
    closable: boolean;
    disagreements: Disagreement[];
  };
  result: TallyResult | null;
  chain: { head: string; ok: boolean };
}

export interface EntryRequest extends BallotBody {
  clerk: string;
  number: number;
  retracted?: boolean;
  qr?: string; // the payload scanned from the ballot's QR code
}

export interface EntryAnswer {
  seq: number;
  clerk: string;
  number: number;
  hash: string;
  prev_hash: string;
  entered_at: string;
  clerk_entries: number;
}

export interface StoredEntry {
  seq: number;
  clerk: string;
  number: number;
  payload: string;
  entered_at: string;
  prev_hash: string;
  hash: string;
}

export const countApi = {
  view: (round: number) => call<CountView>('GET', `/rounds/${round}/count`),
  enter: (round: number, entry: EntryRequest) => call<EntryAnswer>('POST', `/rounds/${round}/entries`, entry),
  entries: (round: number, clerk: string) =>
    call<{ items: StoredEntry[]; total: number }>('GET', `/rounds/${round}/entries?clerk=${encodeURIComponent(clerk)}`),
  close: (round: number, body: { issued: number | null; convened?: number | null }) =>
    call<CountView>('POST', `/rounds/${round}/close`, body),
  next: (round: number, congressDecided: boolean) =>
    call<RoundSummary>('POST', `/rounds/${round}/next`, { congress_decided: congressDecided }),
  verify: (round: number) =>
    call<{ entries: number; head: string; ok: boolean; first_bad_seq: number | null }>('GET', `/rounds/${round}/verify`),
  minutesUrl: (round: number) => `/api/v1/rounds/${round}/minutes.pdf`,
  eventsUrl: (round: number) => `/api/v1/rounds/${round}/events`,
};

// ---- The station's name -------------------------------------------------------------------

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STATION_KEY = 'daihoi.station';

// The station is the clerk's own: kept per browser tab (sessionStorage), never shared.
export function loadStation(storage: StorageLike | undefined): string | null {
  try {
    const saved = storage?.getItem(STATION_KEY)?.trim();
    return saved ? saved : null;
  } catch {
    return null;
  }
}

export function saveStation(storage: StorageLike | undefined, name: string): void {
  try {
    storage?.setItem(STATION_KEY, name);
  } catch {
    // A refused storage keeps the name for this page only.
  }
}

export function cleanStation(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

// ---- What the clerk types -----------------------------------------------------------------

export interface Flags {
  unofficial: boolean;
  marked: boolean;
  write_in: string[];
}

export const NO_FLAGS: Flags = { unofficial: false, marked: false, write_in: [] };

export interface TypedError {
  key: MessageKey;
  params: Record<string, string | number>;
}

export type Parsed = { ok: true; body: BallotBody } | { ok: false; error: TypedError };

const MARK_LETTERS: Record<string, Mark> = {
  '': 'disagree', // a bare number is a name the voter did not agree with, as on a struck list
  d: 'disagree',
  k: 'disagree', // "không đồng ý"
  a: 'agree',
  y: 'agree',
  b: 'both',
  c: 'both', // "cả hai"
  n: 'none',
  t: 'none', // "trống"
};

// The list numbers a clerk typed, separated by spaces (or commas, dots, "+": a numeric keypad
// is enough). A struck list: "2 5" strikes the 2nd and 5th names, "2-4" the 2nd to the 4th, ""
// strikes none. An agree / disagree list: "1d 3d" (or "1 3") disagrees with 1 and 3, "2b" marks
// both boxes, "4n" neither, every other name is agreed. Numbers are 1-based; the body's indexes
// 0-based, each once, ascending. "0" alone: no name struck (every name agreed); an empty text is
// refused unless the ballot carries an invalid mark (F2, F3, F4).
export function parseTyped(text: string, form: Form, count: number, flags: Flags = NO_FLAGS): Parsed {
  const tokens = text
    .trim()
    .toLowerCase()
    .split(/[\s,;.+]+/)
    .filter(Boolean);
  const chosen = new Map<number, Mark>();
  const fail = (key: MessageKey, params: Record<string, string | number>): Parsed => ({
    ok: false,
    error: { key, params },
  });
  const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= count;
  const flagged = flags.unofficial || flags.marked || flags.write_in.some((name) => name.trim());
  // An empty Enter is most often a key pressed twice: "0" says the voter kept every name.
  if (tokens.length === 0 && !flagged) return fail('count.type.empty', {});
  if (tokens.includes('0') && tokens.length > 1) return fail('count.type.zeroAlone', {});
  for (const token of tokens) {
    if (token === '0') continue;
    const range = /^(\d+)-(\d+)$/.exec(token);
    if (range && form === 'struck') {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (!inRange(from) || !inRange(to) || from > to) return fail('count.type.badRange', { token, count });
      for (let n = from; n <= to; n++) chosen.set(n - 1, 'disagree');
      continue;
    }
    const match = /^(\d+)([a-z]?)$/.exec(token);
    if (!match || (form === 'struck' && match[2] !== '')) {
      return fail(form === 'struck' ? 'count.type.badToken' : 'count.type.badMark', { token });
    }
    const n = Number(match[1]);
    if (!inRange(n)) return fail('count.type.outOfList', { n, count });
    const mark = MARK_LETTERS[match[2]];
    if (!mark) return fail('count.type.badMark', { token });
    if (chosen.has(n - 1) && chosen.get(n - 1) !== mark) return fail('count.type.twice', { n });
    chosen.set(n - 1, mark);
  }
  const body: BallotBody = {};
  if (form === 'struck') {
    body.struck = [...chosen.keys()].sort((a, b) => a - b);
  } else {
    const marks: Record<string, Mark> = {};
    for (let index = 0; index < count; index++) marks[String(index)] = chosen.get(index) ?? 'agree';
    body.marks = marks;
  }
  const names = flags.write_in.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (names.length > 0) body.write_in = names;
  if (flags.unofficial) body.unofficial = true;
  if (flags.marked) body.marked = true;
  return { ok: true, body };
}

// ---- A ballot's QR code, read by a scanner that types it and Enter -------------------------

// What a station's input holds when a scanner typed a ballot's QR code rather than the clerk a
// ballot: "DAIHOI-BALLOT/1/<election id>/<list digest>" (docs/ballots.md).
export const BALLOT_QR_START = 'DAIHOI-BALLOT/';

export function isScan(text: string): boolean {
  return text.trim().startsWith(BALLOT_QR_START);
}

export type ScanCheck = { ok: true; qr: string } | { ok: false; error: TypedError };

// The scanned payload against the election's `qr_payload`: another election's ballot, one printed
// from an older list, or an unreadable code is refused before anything is sent. `expected` null
// (the election not read yet): the payload goes with the ballot and the server checks it.
export function checkScan(text: string, expected: string | null): ScanCheck {
  const qr = text.trim();
  if (expected === null || qr === expected) return { ok: true, qr };
  const read = /^DAIHOI-BALLOT\/1\/([^/\s]+)\/([^/\s]+)$/.exec(qr);
  if (!read) return { ok: false, error: { key: 'count.scan.unreadable', params: {} } };
  const own = /^DAIHOI-BALLOT\/1\/([^/]+)\//.exec(expected)?.[1];
  if (read[1] !== own) return { ok: false, error: { key: 'count.scan.otherElection', params: { id: read[1] } } };
  return { ok: false, error: { key: 'count.scan.oldList', params: {} } };
}

// Back to what a clerk would type: struck "2 5"; marks "1d 3b" (agreed names left out).
export function typedText(ballot: BallotBody): string {
  if (ballot.struck) return ballot.struck.length === 0 ? '0' : ballot.struck.map((index) => index + 1).join(' ');
  const letter: Record<Mark, string> = { agree: '', disagree: 'd', both: 'b', none: 'n' };
  return Object.entries(ballot.marks ?? {})
    .filter(([, mark]) => mark !== 'agree')
    .map(([index, mark]) => [Number(index), mark] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([index, mark]) => `${index + 1}${letter[mark]}`)
    .join(' ') || '0';
}

export function flagsOf(ballot: BallotBody): Flags {
  return { unofficial: Boolean(ballot.unofficial), marked: Boolean(ballot.marked), write_in: ballot.write_in ?? [] };
}

// The mark of one name on a ballot: struck lists give "disagree" to a struck name.
export function markOf(ballot: BallotBody, index: number): Mark {
  if (ballot.struck) return ballot.struck.includes(index) ? 'disagree' : 'agree';
  return ballot.marks?.[String(index)] ?? 'none';
}

// The touch grid: a click on a name toggles it in the typed text (struck), or moves it to the
// next mark agree → disagree → both → none → agree. The text is rewritten in list order.
export function toggleTyped(text: string, form: Form, count: number, index: number): string {
  const parsed = parseTyped(text, form, count);
  const ballot: BallotBody = parsed.ok ? parsed.body : form === 'struck' ? { struck: [] } : { marks: {} };
  if (form === 'struck') {
    const struck = new Set(ballot.struck ?? []);
    if (struck.has(index)) struck.delete(index);
    else struck.add(index);
    return typedText({ struck: [...struck].sort((a, b) => a - b) });
  }
  const cycle: Mark[] = ['agree', 'disagree', 'both', 'none'];
  const marks: Record<string, Mark> = {};
  for (let i = 0; i < count; i++) marks[String(i)] = ballot.marks?.[String(i)] ?? 'agree';
  const current = marks[String(index)];
  marks[String(index)] = cycle[(cycle.indexOf(current) + 1) % cycle.length];
  return typedText({ marks });
}

// ---- Describing a ballot ------------------------------------------------------------------

export interface BallotPreview {
  kept: number; // names left (struck list) or agreed (marks)
  places: number;
  tooMany: boolean; // R-VALID 2
  noneLeft: boolean; // R-VALID 3
}

// The places one ballot may keep: the round's seats, plus its alternates for a delegates list
// (R-DELEGATES); a round for alternates only votes for those.
export function placesOfRound(round: { seats: number; alternates: number }, kind: ElectionKind): number {
  if (round.seats === 0) return round.alternates;
  return kind === 'delegates' ? round.seats + round.alternates : round.seats;
}

// What the engine will see in the ballot, told to the clerk before Enter (the engine decides).
export function previewBallot(ballot: BallotBody, count: number, places: number): BallotPreview {
  if (ballot.struck) {
    const kept = count - ballot.struck.length;
    return { kept, places, tooMany: kept > places, noneLeft: kept === 0 };
  }
  const kept = Object.values(ballot.marks ?? {}).filter((mark) => mark === 'agree').length;
  return { kept, places, tooMany: kept > places, noneLeft: false };
}

// "gạch 2, 5" / "không gạch tên nào" / "không đồng ý 1, 3 · cả hai 4", with the invalid marks.
// A marks ballot as the API answers it leaves out the names with no box marked.
export function describeBallot(ballot: BallotBody | null, count: number, lang: Lang): string {
  if (!ballot) return translate(lang, 'count.ballot.missing');
  const parts: string[] = [];
  if (ballot.struck) {
    parts.push(
      ballot.struck.length === 0
        ? translate(lang, 'count.ballot.noneStruck')
        : translate(lang, 'count.ballot.struck', { list: ballot.struck.map((i) => i + 1).join(', ') }),
    );
  } else {
    const by: Record<Mark, number[]> = { agree: [], disagree: [], both: [], none: [] };
    for (let index = 0; index < count; index++) by[markOf(ballot, index)].push(index + 1);
    const marks: Mark[] = ['disagree', 'both', 'none'];
    for (const mark of marks) {
      if (by[mark].length > 0) {
        parts.push(translate(lang, `count.ballot.${mark}` as MessageKey, { list: by[mark].join(', ') }));
      }
    }
    if (parts.length === 0) parts.push(translate(lang, 'count.ballot.allAgree'));
  }
  if (ballot.unofficial) parts.push(translate(lang, 'count.flag.unofficial'));
  if (ballot.write_in && ballot.write_in.length > 0) {
    parts.push(translate(lang, 'count.ballot.writeIn', { names: ballot.write_in.join(', ') }));
  }
  if (ballot.marked) parts.push(translate(lang, 'count.flag.marked'));
  return parts.join(' · ');
}

// Where the versions of a disagreement differ: the list indexes whose mark is not the same in
// every version, and whether the invalid marks differ. A missing version differs everywhere.
export function differences(versions: (BallotBody | null)[], count: number): { indexes: Set<number>; flags: boolean } {
  const indexes = new Set<number>();
  const present = versions.filter((v): v is BallotBody => v !== null);
  const missing = present.length !== versions.length;
  for (let index = 0; index < count; index++) {
    const marks = new Set(present.map((ballot) => markOf(ballot, index)));
    if (marks.size > 1) indexes.add(index);
  }
  const flagText = (ballot: BallotBody) =>
    JSON.stringify([Boolean(ballot.unofficial), Boolean(ballot.marked), [...(ballot.write_in ?? [])].sort()]);
  const flags = missing || new Set(present.map(flagText)).size > 1;
  return { indexes, flags };
}

// ---- A clerk's own entries ----------------------------------------------------------------

// The canonical text an entry is stored as (election/counting.h, EncodeEntry):
// "S:0,3,7|W:Trần Thị Bình;…|U|M", "K:0=a,1=d,2=b", "X" for a retraction. null when unreadable.
export function decodePayload(payload: string, count: number): { retracted: boolean; ballot: BallotBody } | null {
  if (payload === 'X') return { retracted: true, ballot: {} };
  const [head, ...rest] = payload.split('|');
  const ballot: BallotBody = {};
  const index = (text: string) => {
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    return Number.isInteger(n) && n < count ? n : null;
  };
  if (head.startsWith('S:')) {
    ballot.struck = [];
    for (const part of head.slice(2).split(',').filter(Boolean)) {
      const i = index(part);
      if (i === null) return null;
      ballot.struck.push(i);
    }
    ballot.struck.sort((a, b) => a - b);
  } else if (head.startsWith('K:')) {
    const letters: Record<string, Mark> = { a: 'agree', d: 'disagree', b: 'both' };
    const marks: Record<string, Mark> = {};
    for (let i = 0; i < count; i++) marks[String(i)] = 'none';
    for (const part of head.slice(2).split(',').filter(Boolean)) {
      const [at, letter] = part.split('=');
      const i = index(at);
      if (i === null || !letters[letter]) return null;
      marks[String(i)] = letters[letter];
    }
    ballot.marks = marks;
  } else {
    return null;
  }
  for (const segment of rest) {
    if (segment === 'U') ballot.unofficial = true;
    else if (segment === 'M') ballot.marked = true;
    else if (segment.startsWith('W:')) {
      try {
        ballot.write_in = segment.slice(2).split(';').map((name) => decodeURIComponent(name));
      } catch {
        return null;
      }
    } else return null;
  }
  return { retracted: false, ballot };
}

export interface OwnBallot {
  number: number;
  ballot: BallotBody | null; // null: unreadable
  retracted: boolean;
}

// A clerk's ballots from their entries (seq order): the latest entry of each number wins.
export function ownBallots(entries: StoredEntry[], count: number): Map<number, OwnBallot> {
  const out = new Map<number, OwnBallot>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const decoded = decodePayload(entry.payload, count);
    out.set(entry.number, {
      number: entry.number,
      ballot: decoded ? decoded.ballot : null,
      retracted: decoded ? decoded.retracted : false,
    });
  }
  return out;
}

// The number the station types next: one after the highest it has entered.
export function nextNumber(numbers: Iterable<number>): number {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  return max + 1;
}

// The ballot numbers a station holds: a retracted number is no ballot, so when the highest was
// retracted the next ballot takes its number again.
export function heldNumbers(own: Map<number, OwnBallot>): number[] {
  return [...own.values()].filter((ballot) => !ballot.retracted).map((ballot) => ballot.number);
}

// "58, 59, 60" — at most `limit` numbers, then "…".
export function numberList(numbers: number[], limit = 12): string {
  const shown = numbers.slice(0, limit).join(', ');
  return numbers.length > limit ? `${shown}, …` : shown;
}

// ---- The result ---------------------------------------------------------------------------

export function statusLabel(status: string, lang: Lang): string {
  const known = ['elected', 'alternate', 'tied', 'passed', 'not_elected'];
  return known.includes(status) ? translate(lang, `count.status.${status}` as MessageKey) : status;
}

export function invalidReasonLabel(reason: string, lang: Lang): string {
  const known = ['unofficial', 'too_many', 'none_left', 'write_in', 'marked', 'ambiguous_single'];
  return known.includes(reason) ? translate(lang, `count.invalid.${reason}` as MessageKey) : reason;
}

// The names of the result's ids (elected, tied…), in the order given.
export function namesOf(result: TallyResult, ids: string[]): string[] {
  return ids.map((id) => result.candidates.find((c) => c.id === id)?.name ?? id);
}

// What the closed round leads to (R-TIE, R-ROUNDS), in words.
export function nextStepText(result: TallyResult, lang: Lang): string {
  if (result.next === 'revote_tied') {
    return translate(lang, 'count.next.revote_tied', {
      names: namesOf(result, result.tied).join(', '),
      seats: result.unfilled_seats,
    });
  }
  if (result.next === 'further_round') {
    return translate(lang, 'count.next.further_round', {
      seats: result.unfilled_seats,
      alternates: result.unfilled_alternates,
    });
  }
  return translate(lang, 'count.next.none');
}

// Whether opening a further round needs the congress's vote on the page (R-ROUNDS: committees
// always; delegates from the third round on).
export function needsCongressVote(next: NextStep, kind: ElectionKind, roundNumber: number): boolean {
  if (next !== 'further_round') return false;
  return kind !== 'delegates' || roundNumber >= 2;
}

// ---- The projector ------------------------------------------------------------------------

// Bars are drawn on the R-THRESHOLD base, so the threshold line sits a little past the middle
// and a bar crossing it is a candidate past "more than half".
export function barScale(result: TallyResult): number {
  const most = Math.max(0, ...result.candidates.map((c) => c.votes));
  return Math.max(1, result.threshold.denominator, most);
}

export function barPercent(value: number, scale: number): number {
  if (scale <= 0) return 0;
  return Math.max(0, Math.min(100, (value / scale) * 100));
}
