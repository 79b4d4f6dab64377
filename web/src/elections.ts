// The elections of a congress (R-ORDER, R-SURPLUS, R-BALLOT-FORM): the API's shapes and calls
// ("Elections and counting" in docs/api.md) and the pure parts of the "Bầu cử" page — reading a
// pasted candidate list, the live surplus, percentages with the decimal comma, labels.
import { ApiError } from './api';
import { fold } from './format';
import { translate } from './i18n';
import type { Lang, MessageKey } from './i18n';
import { parseDayMonthYear, isIsoDate } from './dates';

export const ELECTION_KINDS = [
  'committee',
  'standing_committee',
  'secretary',
  'deputy_secretary',
  'inspection',
  'inspection_chair',
  'delegates',
] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export type RoundKind = 'first' | 'revote_tied' | 'further_round';

export interface Candidate {
  position: number; // 1-based, ballot order once locked
  id: string;
  full_name: string;
  birth_date: string | null;
  member_id: string;
  gender: string;
}

export interface RoundSummary {
  id: number;
  number: number;
  kind: RoundKind;
  seats: number;
  alternates: number;
  candidates: number[]; // 1-based positions in the election's list
  closed: boolean;
  closed_at: string | null;
  chain_head: string | null;
}

export interface Surplus {
  candidates: number;
  seats: number; // the places one ballot fills: seats plus alternates
  ratio: number; // percent, two decimals: 14.63
}

export interface Election {
  id: number;
  org_code: string;
  org_name: string;
  term: string;
  kind: ElectionKind;
  seats: number;
  alternates: number;
  title: string;
  profile: string;
  required_clerks: number;
  counting_committee: string[];
  locked: boolean;
  list_digest: string | null;
  locked_at: string | null;
  created_at: string;
  qr_payload: string | null;
  surplus: Surplus;
  candidates: Candidate[];
  rounds: RoundSummary[];
}

export interface ElectionSetup {
  kind: ElectionKind;
  seats: number;
  alternates: number;
  title: string;
  required_clerks: number;
  counting_committee: string[];
}

export interface CandidateInput {
  id: string;
  full_name: string;
  birth_date: string | null;
  member_id: string;
  gender: string;
}

// ---- API ----------------------------------------------------------------------------------

const BASE = '/api/v1';

// A JSON call; an error answer becomes an ApiError carrying the rule it names (R-SURPLUS…).
export class RuleError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    field: string,
    readonly rule: string,
  ) {
    super(status, code, message, field);
  }
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(BASE + path, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data?.error;
    throw new RuleError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `HTTP ${response.status}`,
      error?.field ?? '',
      error?.rule ?? '',
    );
  }
  return data as T;
}

export function electionsPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}/elections`;
}

export type Paper = 'auto' | 'a4' | 'a5';

// GET /elections/{id}/ballots.pdf?copies=N&paper=…: "auto" leaves the paper to the list's length.
export function ballotsUrl(id: number, copies: number, paper: Paper): string {
  const search = new URLSearchParams();
  if (Number.isInteger(copies) && copies > 1) search.set('copies', String(copies));
  if (paper !== 'auto') search.set('paper', paper);
  const text = search.toString();
  return `${BASE}/elections/${id}/ballots.pdf${text ? `?${text}` : ''}`;
}

export const electionApi = {
  list: (code: string, term: string) => call<{ items: Election[]; total: number }>('GET', electionsPath(code, term)),
  create: (code: string, term: string, setup: ElectionSetup) =>
    call<Election>('POST', electionsPath(code, term), setup),
  get: (id: number) => call<Election>('GET', `/elections/${id}`),
  setCandidates: (id: number, candidates: CandidateInput[]) =>
    call<Election>('PUT', `/elections/${id}/candidates`, { candidates }),
  setCommittee: (id: number, members: string[]) =>
    call<Election>('PUT', `/elections/${id}/counting-committee`, { members }),
  // An empty JSON body: a POST without one is refused by some servers and proxies.
  lock: (id: number) => call<Election>('POST', `/elections/${id}/lock`, {}),
};

// ---- Figures ------------------------------------------------------------------------------

// 14.63 → "14,63%" (vi) or "14.63%" (en): two decimals, as the minutes print them.
export function formatPercent(value: number, lang: Lang): string {
  const text = (Math.round(value * 100) / 100).toFixed(2);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

// R-SURPLUS figures while the list is typed: surplus = candidates − places, ratio = surplus /
// places in hundredths of a percent rounded half up (integers only: 47 for 41 → 14.63).
export function surplusOf(candidates: number, places: number): { surplus: number; ratio: number } {
  const surplus = candidates - places;
  if (places <= 0) return { surplus, ratio: 0 };
  const magnitude = Math.floor((Math.abs(surplus) * 20000 + places) / (2 * places));
  return { surplus, ratio: (surplus < 0 ? -magnitude : magnitude) / 100 };
}

// The places one ballot fills (R-DELEGATES: officials and alternates on one list).
export function placesOf(kind: ElectionKind, seats: number, alternates: number): number {
  return kind === 'delegates' ? seats + alternates : seats;
}

// ---- Pasted lists -------------------------------------------------------------------------

export interface ParsedCandidate {
  line: number; // 1-based line of the pasted text
  full_name: string;
  birth_date: string | null;
  gender: string;
  member_id: string;
}

export interface LineProblem {
  line: number;
  text: string;
  key: MessageKey;
}

export interface ParsedList {
  candidates: ParsedCandidate[];
  problems: LineProblem[];
}

const HEADER_WORDS = ['ho va ten', 'ho ten', 'full name', 'name', 'ten'];

function dateOf(cell: string): string | null | undefined {
  // 02.03.1975 and 02-03-1975 are written too.
  const text = cell.trim().replace(/^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/, '$1/$2/$3');
  if (isIsoDate(text)) return text;
  const dayFirst = parseDayMonthYear(text);
  if (dayFirst) return dayFirst;
  return /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text) ? null : undefined; // null: a bad date
}

function genderOf(cell: string): string | null {
  const text = fold(cell.trim());
  if (text === 'nam' || text === 'male') return 'male';
  if (text === 'nu' || text === 'female') return 'female';
  return null;
}

// One candidate a line: "Nguyễn Văn An, 1975-03-02" (the birth date optional, dd/mm/yyyy too),
// or rows pasted from a spreadsheet (cells split by tabs or semicolons): a leading number
// column ("1", "2.") is dropped, a header row is skipped, and a "Nam"/"Nữ" cell is the gender.
// Blank lines are ignored; names are NFC with single spaces.
export function parseCandidateLines(text: string): ParsedList {
  const candidates: ParsedCandidate[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const cells = (/[\t;]/.test(trimmed) ? trimmed.split(/[\t;]/) : trimmed.split(','))
      .map((cell) => cell.replace(/\s+/g, ' ').trim())
      .filter((cell, at) => cell.length > 0 || at > 0);
    // A numbering cell or prefix: "3", "3.", "3)" before the name.
    if (cells.length > 1 && /^\d+[.)]?$/.test(cells[0])) cells.shift();
    if (cells.length > 0) cells[0] = cells[0].replace(/^\d+\s*[.)]\s+/, '');
    const name = (cells[0] ?? '').normalize('NFC');
    if (!name) return;
    if (HEADER_WORDS.includes(fold(name)) || fold(name) === 'stt') return;
    if (/\d/.test(name)) {
      problems.push({ line, text: trimmed, key: 'elections.paste.badName' });
      return;
    }
    let birth: string | null = null;
    let gender = '';
    let memberId = '';
    for (const cell of cells.slice(1)) {
      if (!cell) continue;
      const date = dateOf(cell);
      if (date) {
        birth = date;
        continue;
      }
      if (date === null) {
        problems.push({ line, text: trimmed, key: 'elections.paste.badDate' });
        return;
      }
      const sex = genderOf(cell);
      if (sex) {
        gender = sex;
        continue;
      }
      if (/^[A-Za-z0-9._-]+$/.test(cell) && !memberId) {
        memberId = cell;
        continue;
      }
      problems.push({ line, text: trimmed, key: 'elections.paste.extra' });
      return;
    }
    candidates.push({ line, full_name: name, birth_date: birth, gender, member_id: memberId });
  });
  return { candidates, problems };
}

// The list as the editor shows it: "Nguyễn Văn An, 1975-03-02", one a line.
export function candidateLines(candidates: Pick<Candidate, 'full_name' | 'birth_date'>[]): string {
  return candidates.map((c) => (c.birth_date ? `${c.full_name}, ${c.birth_date}` : c.full_name)).join('\n');
}

// Ids for the API: a pasted person keeps the id of the saved candidate with the same name and
// birth date; others get the next free "cN".
export function withIds(parsed: ParsedCandidate[], saved: Candidate[]): CandidateInput[] {
  const key = (name: string, birth: string | null) => `${fold(name)}|${birth ?? ''}`;
  const byKey = new Map<string, string[]>();
  for (const candidate of saved) {
    const k = key(candidate.full_name, candidate.birth_date);
    byKey.set(k, [...(byKey.get(k) ?? []), candidate.id]);
  }
  const used = new Set<string>();
  let next = 1;
  for (const candidate of saved) {
    const match = /^c(\d+)$/.exec(candidate.id);
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  return parsed.map((candidate) => {
    const ids = byKey.get(key(candidate.full_name, candidate.birth_date)) ?? [];
    let id = ids.find((existing) => !used.has(existing));
    if (!id) {
      while (used.has(`c${next}`) || saved.some((s) => s.id === `c${next}`)) next++;
      id = `c${next++}`;
    }
    used.add(id);
    const previous = saved.find((s) => s.id === id);
    return {
      id,
      full_name: candidate.full_name,
      birth_date: candidate.birth_date,
      member_id: candidate.member_id || previous?.member_id || '',
      gender: candidate.gender || previous?.gender || '',
    };
  });
}

// The counting committee typed one a line (the head first); numbering and blanks dropped.
export function committeeFromLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\s*[.)]\s*/, '').replace(/\s+/g, ' ').trim().normalize('NFC'))
    .filter((line) => line.length > 0);
}

// ---- Labels -------------------------------------------------------------------------------

export function kindLabel(kind: string, lang: Lang): string {
  const key = `elections.kind.${kind}`;
  return (ELECTION_KINDS as readonly string[]).includes(kind) ? translate(lang, key as MessageKey) : kind;
}

export function roundKindLabel(kind: string, lang: Lang): string {
  const known = ['first', 'revote_tied', 'further_round'];
  return known.includes(kind) ? translate(lang, `elections.roundKind.${kind}` as MessageKey) : kind;
}

// An instant from the API ("2026-11-23T00:12:05Z") as the clerk's clock reads it:
// "23/11/2026 07:12" (vi) or "2026-11-23 07:12" (en); empty when missing or unreadable.
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(when.getDate())}/${pad(when.getMonth() + 1)}/${when.getFullYear()}`;
  const isoDay = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  const time = `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  return lang === 'vi' ? `${day} ${time}` : `${isoDay} ${time}`;
}

// "a1b2c3d4e5f6…": the first 12 hex digits of the list digest, as printed on the ballots.
export function shortDigest(digest: string | null): string {
  return digest ? digest.slice(0, 12) : '';
}
