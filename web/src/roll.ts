// The roll of a congress (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD): the API's shapes and calls
// (docs/api.md, "Roll of a congress") and the pure parts of the "Đại biểu triệu tập" page —
// grouping people by delegation, the words for states and reasons, the findings in short.
import { ApiError } from './api';
import { fold } from './format';
import { translate } from './i18n';
import type { Lang, MessageKey } from './i18n';
import type { ListedCongress } from './progress';

export type CongressKind = 'delegates' | 'members';
export type RollRole = 'ex_officio' | 'official' | 'alternate' | 'member';
export type MemberState = 'active' | 'temporary_transfer' | 'exempt' | 'suspended';

export const ISSUE_KINDS = [
  'suspended',
  'prosecuted',
  'indicted',
  'detained',
  'wrong_procedure',
  'retired',
  'transferred',
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export type NotConvenedReason =
  | IssueKind
  | 'over_allocation'
  | 'replaced'
  | 'alternate_unused';

export type ExclusionReason =
  | 'temporary_transfer_absent'
  | 'exempt_absent'
  | 'suspended'
  | 'prosecuted'
  | 'absent_with_reason'
  | 'absent_committee_member'
  | 'absent_delegate_unreplaced';

export type RollWarning =
  | 'over_allocation'
  | 'delegation_incomplete'
  | 'unit_not_allocated'
  | 'not_ground_for_delegate'
  | 'whole_absence_no_reason';

export interface RollPerson {
  key: string;
  full_name: string;
  member_id: string;
  role: RollRole;
  unit_code: string; // empty for ex officio and members
  rank: number; // 0 when none
  state?: MemberState; // members' congress only
  convened: boolean;
  not_convened: NotConvenedReason | null;
  replaces: string | null;
  replaced_by: string | null;
  absent_whole: boolean;
  exclusion: ExclusionReason | null;
  absent_sessions: number[];
  entry_id: number | null;
  gender: string;
  birth_date: string | null;
}

export interface ExclusionCount {
  reason: ExclusionReason;
  count: number;
  people: string[]; // keys, in roll order
}

export interface Convened {
  convened: number;
  excluded: number;
  denominator: number;
  votes_needed: number;
  exclusions: ExclusionCount[];
}

export interface RollSession {
  number: number;
  title: string;
  date: string | null;
  present?: number;
  absent?: number;
}

export interface RollFinding {
  warning: RollWarning;
  unit_code: string;
  person: string;
  recorded: number;
  allocated: number;
}

export interface RollUnit {
  code: string;
  name: string;
  allocated: number;
  officials: number; // recorded
  alternates: number; // recorded
}

export interface CredentialIssue {
  id: number;
  person: string;
  kind: IssueKind;
  effective: string;
  note: string;
}

export interface RollAbsence {
  person: string;
  session: number; // 0: the whole congress
  reason: string;
  accepted: boolean;
}

export interface RollCongress {
  org_code: string;
  org_name: string;
  term: string;
  kind: CongressKind;
  ordinal: number;
  planned_start: string | null;
  planned_end: string | null;
  held_start: string | null;
  held_end: string | null;
}

export interface RollView {
  congress: RollCongress;
  opening: string;
  opening_source: 'held' | 'planned';
  allocation_id: number | null;
  units: RollUnit[];
  people: RollPerson[];
  issues: CredentialIssue[];
  sessions: RollSession[];
  absences: RollAbsence[];
  convened: Convened;
  findings: RollFinding[];
  created?: number[];
}

export interface NewDelegate {
  full_name: string;
  member_id?: string;
  gender?: string;
  birth_date?: string | null;
}

// ---- API ----------------------------------------------------------------------------------

const BASE = '/api/v1';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(BASE + path, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? `HTTP ${response.status}`,
      error?.field ?? '',
    );
  }
  return data as T;
}

export function rollPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}/roll`;
}

// Every write answers the whole roll after the change: the page re-renders from it.
export const rollApi = {
  view: (code: string, term: string) => call<RollView>('GET', rollPath(code, term)),
  recordDelegation: (
    code: string,
    term: string,
    delegation: { unit_code: string; officials: NewDelegate[]; alternates: NewDelegate[] },
  ) => call<RollView>('POST', `${rollPath(code, term)}/delegations`, delegation),
  addExOfficio: (code: string, term: string, people: NewDelegate[]) =>
    call<RollView>('POST', `${rollPath(code, term)}/ex-officio`, { people }),
  removeEntry: (code: string, term: string, id: number) =>
    call<RollView>('DELETE', `${rollPath(code, term)}/entries/${id}`),
  recordIssue: (
    code: string,
    term: string,
    issue: { person: string; kind: IssueKind; effective: string; note: string },
  ) => call<RollView>('POST', `${rollPath(code, term)}/issues`, issue),
  removeIssue: (code: string, term: string, id: number) =>
    call<RollView>('DELETE', `${rollPath(code, term)}/issues/${id}`),
  setSessions: (code: string, term: string, sessions: { number: number; title: string; date: string | null }[]) =>
    call<RollView>('PUT', `${rollPath(code, term)}/sessions`, { sessions }),
  recordAbsence: (code: string, term: string, absence: RollAbsence) =>
    call<RollView>('PUT', `${rollPath(code, term)}/absences`, absence),
  clearAbsence: (code: string, term: string, person: string, session: number) =>
    call<RollView>(
      'DELETE',
      `${rollPath(code, term)}/absences/${encodeURIComponent(person)}/${session}`,
    ),
  pdfUrl: (code: string, term: string) => `${BASE}${rollPath(code, term)}.pdf`,
  xlsxUrl: (code: string, term: string) => `${BASE}${rollPath(code, term)}.xlsx`,
};

// ---- Congress choice ----------------------------------------------------------------------

// The organization's own congresses (the list covers its subtree), newest term first.
export function ownCongresses(items: ListedCongress[], code: string): ListedCongress[] {
  return items
    .filter((item) => item.org_code === code)
    .sort((a, b) => (a.term < b.term ? 1 : a.term > b.term ? -1 : 0));
}

// The term to open when none is named: the newest congress with a date to open on (the roll
// needs one), else the newest; null when the organization has none.
export function defaultTerm(own: ListedCongress[]): string | null {
  const dated = own.find((item) => item.held_start || item.planned_start);
  return (dated ?? own[0])?.term ?? null;
}

export function roman(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

export function congressTitle(congress: RollCongress, lang: Lang): string {
  const kind = translate(lang, `roll.kind.${congress.kind}` as MessageKey);
  const params = { kind, org: congress.org_name, term: congress.term, ordinal: roman(congress.ordinal) };
  return congress.ordinal > 0
    ? translate(lang, 'roll.congressTitle', params)
    : translate(lang, 'roll.congressTitleNoOrdinal', params);
}

// ---- Grouping -----------------------------------------------------------------------------

export interface Delegation {
  unit: RollUnit;
  officials: RollPerson[]; // rank order
  alternates: RollPerson[]; // rank order
}

export interface RollGroups {
  exOfficio: RollPerson[];
  delegations: Delegation[]; // units with someone recorded, in the units' order
  pending: RollUnit[]; // units with nothing recorded
  members: RollPerson[];
}

const byRank = (a: RollPerson, b: RollPerson) => a.rank - b.rank;

// The people of the roll as the page shows them: ex officio first, then one delegation per
// unit (officials then alternates, each in rank order), or the members of a members' congress.
// A delegation from a unit the view does not list (not a subordinate any more) still shows.
export function groupRoll(view: RollView): RollGroups {
  const exOfficio: RollPerson[] = [];
  const members: RollPerson[] = [];
  const perUnit = new Map<string, { officials: RollPerson[]; alternates: RollPerson[] }>();
  for (const person of view.people) {
    if (person.role === 'ex_officio') exOfficio.push(person);
    else if (person.role === 'member') members.push(person);
    else {
      let group = perUnit.get(person.unit_code);
      if (!group) perUnit.set(person.unit_code, (group = { officials: [], alternates: [] }));
      (person.role === 'official' ? group.officials : group.alternates).push(person);
    }
  }
  const units = [...view.units];
  for (const code of perUnit.keys()) {
    if (!units.some((unit) => unit.code === code)) {
      const group = perUnit.get(code)!;
      units.push({ code, name: code, allocated: 0, officials: group.officials.length, alternates: group.alternates.length });
    }
  }
  const delegations: Delegation[] = [];
  const pending: RollUnit[] = [];
  for (const unit of units) {
    const group = perUnit.get(unit.code);
    if (!group) {
      pending.push(unit);
      continue;
    }
    delegations.push({
      unit,
      officials: [...group.officials].sort(byRank),
      alternates: [...group.alternates].sort(byRank),
    });
  }
  return { exOfficio, delegations, pending, members };
}

export function namesByKey(view: RollView): Map<string, string> {
  return new Map(view.people.map((person) => [person.key, person.full_name]));
}

// ---- Words --------------------------------------------------------------------------------

function label(lang: Lang, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return key in LABEL_KEYS ? translate(lang, key as MessageKey) : code;
}
// Looked up once: whether a data code has a label (an unknown code shows as it is).
const LABEL_KEYS: Record<string, true> = Object.fromEntries(
  [
    ...ISSUE_KINDS.map((kind) => `roll.issueKind.${kind}`),
    ...[...ISSUE_KINDS, 'over_allocation', 'replaced', 'alternate_unused'].map((r) => `roll.notConvened.${r}`),
    ...[
      'temporary_transfer_absent',
      'exempt_absent',
      'suspended',
      'prosecuted',
      'absent_with_reason',
      'absent_committee_member',
      'absent_delegate_unreplaced',
    ].map((r) => `roll.exclusion.${r}`),
    ...['ex_officio', 'official', 'alternate', 'member'].map((r) => `roll.role.${r}`),
    ...['active', 'temporary_transfer', 'exempt', 'suspended'].map((s) => `roll.memberState.${s}`),
  ].map((key) => [key, true]),
);

export const exclusionLabel = (reason: string, lang: Lang) => label(lang, 'roll.exclusion', reason);
export const notConvenedLabel = (reason: string, lang: Lang) => label(lang, 'roll.notConvened', reason);
export const issueKindLabel = (kind: string, lang: Lang) => label(lang, 'roll.issueKind', kind);
export const roleLabel = (role: string, lang: Lang) => label(lang, 'roll.role', role);
export const memberStateLabel = (state: string, lang: Lang) => label(lang, 'roll.memberState', state);

export type StateTone = 'convened' | 'absent' | 'excluded' | 'not-convened' | 'standing-in' | 'unused';

export interface PersonState {
  tone: StateTone;
  text: string;
}

// One line saying where a person stands: convened or not (with the reason), standing in for
// whom, absent for the whole congress (with the reason told) and whether that takes them off the
// base, the sessions missed.
export function personState(person: RollPerson, view: RollView, names: Map<string, string>, lang: Lang): PersonState {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const whole = view.absences.find((absence) => absence.person === person.key && absence.session === 0);
  const sessions = person.absent_sessions.length
    ? t('roll.state.absentSessions', { list: person.absent_sessions.join(', ') })
    : '';
  const join = (head: string, ...rest: string[]) => [head, ...rest.filter(Boolean)].join(' · ');

  if (person.replaced_by) {
    return { tone: 'absent', text: t('roll.state.replacedBy', { name: names.get(person.replaced_by) ?? person.replaced_by }) };
  }
  if (person.replaces) {
    return {
      tone: 'standing-in',
      text: join(t('roll.state.replaces', { name: names.get(person.replaces) ?? person.replaces }), sessions),
    };
  }
  if (person.not_convened === 'alternate_unused') {
    return { tone: 'unused', text: t('roll.state.alternateUnused') };
  }
  if (person.not_convened) {
    return { tone: 'not-convened', text: t('roll.state.notConvened', { reason: notConvenedLabel(person.not_convened, lang) }) };
  }
  const excluded = person.exclusion ? t('roll.state.excluded', { reason: exclusionLabel(person.exclusion, lang) }) : '';
  if (person.absent_whole) {
    const absent = whole?.reason
      ? t('roll.state.absentReason', { reason: whole.reason })
      : t('roll.state.absentWhole');
    return person.exclusion
      ? { tone: 'excluded', text: join(absent, excluded) }
      : { tone: 'absent', text: join(absent, t('roll.state.counted')) };
  }
  if (person.exclusion) return { tone: 'excluded', text: join(t('roll.state.convened'), excluded, sessions) };
  return { tone: sessions ? 'absent' : 'convened', text: join(t('roll.state.convened'), sessions) };
}

export interface ExclusionLine {
  reason: ExclusionReason;
  label: string;
  count: number;
  names: string[];
}

// The convened block's exclusions with their reasons in words and the people by name.
export function exclusionLines(view: RollView, lang: Lang): ExclusionLine[] {
  const names = namesByKey(view);
  return view.convened.exclusions.map((exclusion) => ({
    reason: exclusion.reason,
    label: exclusionLabel(exclusion.reason, lang),
    count: exclusion.count,
    names: exclusion.people.map((key) => names.get(key) ?? key),
  }));
}

// The findings as sentences. Units with nothing recorded yet (delegation_incomplete with 0
// recorded) make one sentence together: early on that is most units, and one line per unit
// would bury the warnings that matter.
export function findingTexts(view: RollView, lang: Lang): string[] {
  const names = namesByKey(view);
  const unitName = (code: string) => view.units.find((unit) => unit.code === code)?.name ?? code;
  const out: string[] = [];
  let pending = 0;
  let pendingSeats = 0;
  for (const finding of view.findings) {
    if (finding.warning === 'delegation_incomplete' && finding.recorded === 0) {
      pending += 1;
      pendingSeats += finding.allocated;
      continue;
    }
    const key = `roll.warning.${finding.warning}`;
    const params = {
      unit: unitName(finding.unit_code),
      person: names.get(finding.person) ?? finding.person,
      recorded: finding.recorded,
      allocated: finding.allocated,
    };
    out.push(
      key in WARNING_KEYS ? translate(lang, key as MessageKey, params) : `${finding.warning} ${finding.unit_code}${finding.person}`,
    );
  }
  if (pending > 0) out.push(translate(lang, 'roll.warning.pendingUnits', { n: pending, allocated: pendingSeats }));
  return out;
}
const WARNING_KEYS: Record<string, true> = Object.fromEntries(
  ['over_allocation', 'delegation_incomplete', 'unit_not_allocated', 'not_ground_for_delegate', 'whole_absence_no_reason'].map(
    (warning) => [`roll.warning.${warning}`, true],
  ),
);

// ---- Forms --------------------------------------------------------------------------------

// A pasted list, one person a line: blank lines dropped, a leading "1." / "2)" numbering and
// extra spaces removed.
export function namesFromLines(text: string): NewDelegate[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\s*[.)]\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((full_name) => ({ full_name: full_name.normalize('NFC') }));
}

export interface FieldPath {
  base: string; // "officials", "unit_code", "person", …
  index: number | null; // officials[1] → 1
  rest: string; // "full_name"
}

// "officials[1].full_name" → {base: "officials", index: 1, rest: "full_name"}.
export function parseField(field: string): FieldPath {
  const match = /^([A-Za-z_]+)(?:\[(\d+)\])?(?:\.(.*))?$/.exec(field);
  if (!match) return { base: field, index: null, rest: '' };
  return { base: match[1], index: match[2] === undefined ? null : Number(match[2]), rest: match[3] ?? '' };
}

export interface FormError {
  field: string;
  message: string;
}

// The message to show next to the input `base`, or null when the error is about another field.
// A list's error names the line (1-based) it is about.
export function errorAt(error: FormError | null, base: string, lang: Lang): string | null {
  if (!error) return null;
  const path = parseField(error.field);
  if (path.base !== base) return null;
  if (path.index === null) return error.message;
  return translate(lang, 'roll.lineError', { line: path.index + 1, message: error.message });
}

// Whether an error names none of `bases` (it then shows above the form).
export function errorElsewhere(error: FormError | null, bases: string[]): string | null {
  if (!error) return null;
  return bases.includes(parseField(error.field).base) ? null : error.message;
}

// ---- Members' congress --------------------------------------------------------------------

// People whose name (accents optional) or member id contains the query; all when it is empty.
export function filterPeople(people: RollPerson[], query: string): RollPerson[] {
  const needle = fold(query.trim());
  if (!needle) return people;
  return people.filter((person) => fold(person.full_name).includes(needle) || fold(person.member_id).includes(needle));
}

// The option text of a session: "Phiên 2: Bầu cử" or "Phiên 2".
export function sessionLabel(session: RollSession, lang: Lang): string {
  return session.title
    ? translate(lang, 'roll.absence.sessionTitled', { n: session.number, title: session.title })
    : translate(lang, 'roll.absence.sessionOption', { n: session.number });
}
