// Stored plans and congress records (docs/plans.md, docs/api.md "Plans and congress records"):
// the API calls of the plan page and what it computes for display. The server decides every
// violation; the page only groups them by organization and sends what the clerk types.
import { ApiError } from './api';
import { authFetch } from './auth';

export interface PlanViolation {
  rule: string;
  org: string;
  message: string;
}

export type Windows = Record<string, [string, string]>;

// The PLAN.json of `daihoi plan check`, with a title.
export interface PlanInput {
  title: string;
  root: string;
  term: string;
  windows: Windows;
  pilot_windows: Windows;
  pilots: string[];
  members_congress_below: number;
  max_days: Record<string, number>;
  notice_working_days: number | null;
  notice_levels: string[];
  announcements: Record<string, string>;
  quorum: string;
}

export interface StoredPlan extends PlanInput {
  id: number;
  created_at: string;
  updated_at: string;
}

export interface DateOption {
  start: string;
  end: string;
  note: string;
}

export type ContentItem = 'review' | 'documents' | 'committee' | 'delegation';
export type CongressStatus = 'planned' | 'scheduled' | 'held' | 'results_approved';

export interface CongressRecord {
  org_code: string;
  name: string;
  level: string;
  parent_code: string;
  members: number;
  recorded: boolean;
  term: string;
  ordinal: number;
  ordinal_roman: string;
  kind: 'members' | 'delegates';
  pilot: boolean;
  planned_start: string | null;
  planned_end: string | null;
  held_start: string | null;
  held_end: string | null;
  options: DateOption[];
  chosen: number | null;
  venue: string;
  announced_on: string | null;
  items: ContentItem[];
  reduced: boolean;
  status: CongressStatus;
  status_label: string;
  plan_id: number | null;
  violations: PlanViolation[];
}

export interface PlanCheck {
  congress: CongressRecord;
  violations: PlanViolation[];
  saved: boolean;
}

export interface PlanCongresses {
  plan: StoredPlan;
  congresses: CongressRecord[];
  violations: PlanViolation[];
}

export interface CongressEdit {
  options?: DateOption[];
  chosen?: number | null;
  planned_start?: string | null;
  planned_end?: string | null;
  held_start?: string | null;
  held_end?: string | null;
  venue?: string;
  announced_on?: string | null;
  items?: ContentItem[];
  reduced?: boolean;
  pilot?: boolean;
  kind?: 'members' | 'delegates';
  ordinal?: number | string;
}

const BASE = '/api/v1';

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  // authFetch: the session cookie and, on writes, the CSRF header (auth.ts).
  const response = await authFetch(BASE + path, {
    method,
    signal,
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let error = new ApiError(response.status, 'http', `HTTP ${response.status}`, '');
    try {
      const json = await response.json();
      if (json && json.error) {
        error = new ApiError(response.status, json.error.code, json.error.message, json.error.field ?? '');
      }
    } catch {
      // Not JSON: the generic error stands.
    }
    throw error;
  }
  return (await response.json()) as T;
}

function congressPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}`;
}

export const planApi = {
  list: (root: string, term?: string, signal?: AbortSignal) =>
    call<{ items: StoredPlan[] }>(
      'GET',
      `/plans?root=${encodeURIComponent(root)}${term ? `&term=${encodeURIComponent(term)}` : ''}`,
      undefined,
      signal,
    ),
  create: (plan: PlanInput) => call<StoredPlan>('POST', '/plans', plan),
  update: (id: number, plan: PlanInput) => call<StoredPlan>('PUT', `/plans/${id}`, plan),
  congresses: (id: number, signal?: AbortSignal) =>
    call<PlanCongresses>('GET', `/plans/${id}/congresses`, undefined, signal),
  edit: (code: string, term: string, edit: CongressEdit) =>
    call<PlanCheck>('PATCH', congressPath(code, term), edit),
  check: (code: string, term: string, edit: CongressEdit, signal?: AbortSignal) =>
    call<PlanCheck>('POST', `${congressPath(code, term)}/check`, edit, signal),
};

// A new plan's parameters before the clerk sets them (R-KIND 200, R-QUORUM 2/3: RULES.md).
export function blankPlan(root: string, term: string): PlanInput {
  return {
    title: '',
    root,
    term,
    windows: {},
    pilot_windows: {},
    pilots: [],
    members_congress_below: 200,
    max_days: {},
    notice_working_days: null,
    notice_levels: ['province', 'district'],
    announcements: {},
    quorum: '2/3',
  };
}

export function planInput(plan: StoredPlan): PlanInput {
  const { id: _id, created_at: _created, updated_at: _updated, ...input } = plan;
  return input;
}

// The levels a plan's parameters are edited for: those of its congresses, from the top down,
// then any other level the plan names.
export function planLevels(plan: PlanInput, congresses: CongressRecord[]): string[] {
  const levels: string[] = [];
  const add = (level: string) => {
    if (!levels.includes(level)) levels.push(level);
  };
  congresses.forEach((c) => add(c.level));
  Object.keys(plan.windows).forEach(add);
  Object.keys(plan.max_days).forEach(add);
  Object.keys(plan.pilot_windows).forEach(add);
  return levels;
}

// A level's row of the parameters form: window, pilots' window and longest congress, each may be
// empty. Setting a field returns the plan with it changed (an incomplete window is dropped).
export interface LevelParams {
  start: string;
  end: string;
  pilotStart: string;
  pilotEnd: string;
  maxDays: string;
}

export function levelParams(plan: PlanInput, level: string): LevelParams {
  return {
    start: plan.windows[level]?.[0] ?? '',
    end: plan.windows[level]?.[1] ?? '',
    pilotStart: plan.pilot_windows[level]?.[0] ?? '',
    pilotEnd: plan.pilot_windows[level]?.[1] ?? '',
    maxDays: plan.max_days[level] !== undefined ? String(plan.max_days[level]) : '',
  };
}

export function withLevelParams(plan: PlanInput, level: string, params: LevelParams): PlanInput {
  const windows = { ...plan.windows };
  const pilotWindows = { ...plan.pilot_windows };
  const maxDays = { ...plan.max_days };
  if (params.start && params.end) windows[level] = [params.start, params.end];
  else delete windows[level];
  if (params.pilotStart && params.pilotEnd) pilotWindows[level] = [params.pilotStart, params.pilotEnd];
  else delete pilotWindows[level];
  const days = Number(params.maxDays);
  if (params.maxDays.trim() !== '' && Number.isInteger(days) && days >= 1) maxDays[level] = days;
  else delete maxDays[level];
  return { ...plan, windows, pilot_windows: pilotWindows, max_days: maxDays };
}

// "A, B ,C" → ["A", "B", "C"].
export function splitCodes(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

export function violationsByOrg(violations: PlanViolation[]): Map<string, PlanViolation[]> {
  const out = new Map<string, PlanViolation[]>();
  for (const v of violations) {
    const list = out.get(v.org) ?? [];
    list.push(v);
    out.set(v.org, list);
  }
  return out;
}

// The dates a congress is judged on (CONTRACTS.md "Plan check"): held dates once held, else the
// planned dates. The inline editor edits those.
export interface RowDates {
  start: string;
  end: string;
  held: boolean;
}

export function rowDates(record: CongressRecord): RowDates {
  if (record.held_end) {
    return { start: record.held_start ?? record.held_end, end: record.held_end, held: true };
  }
  return { start: record.planned_start ?? '', end: record.planned_end ?? record.planned_start ?? '', held: false };
}

// The edit that moves a congress to the typed dates, or a message key when they cannot be sent.
export function dateEdit(record: CongressRecord, start: string, end: string): CongressEdit | 'plan.datesIncomplete' | 'plan.endBeforeStart' {
  if (!start || !end) return 'plan.datesIncomplete';
  if (end < start) return 'plan.endBeforeStart';
  return rowDates(record).held ? { held_start: start, held_end: end } : { planned_start: start, planned_end: end };
}

// R-CONTENT's four items, in the rule's order.
export const CONTENT_ITEMS: ContentItem[] = ['review', 'documents', 'committee', 'delegation'];

// The details of a congress edited on the plan page besides its dates: venue, the day the
// congress was announced (R-NOTICE counts working days from it), the four items (R-CONTENT) and
// whether it is a reduced congress (committee appointed: items 1–2 only).
export interface DetailsDraft {
  venue: string;
  announcedOn: string; // ISO or ''
  items: ContentItem[];
  reduced: boolean;
}

export function detailsDraft(record: CongressRecord): DetailsDraft {
  return { venue: record.venue, announcedOn: record.announced_on ?? '', items: [...record.items], reduced: record.reduced };
}

// The edit that records the draft (only what changed; an empty object when nothing did).
export function detailsEdit(record: CongressRecord, draft: DetailsDraft): CongressEdit {
  const edit: CongressEdit = {};
  if (draft.venue.trim() !== record.venue) edit.venue = draft.venue.trim();
  if ((draft.announcedOn || null) !== record.announced_on) edit.announced_on = draft.announcedOn || null;
  const items = CONTENT_ITEMS.filter((item) => draft.items.includes(item));
  const same = items.length === record.items.length && items.every((item) => record.items.includes(item));
  if (!same || draft.reduced !== record.reduced) edit.items = items;
  if (draft.reduced !== record.reduced) edit.reduced = draft.reduced;
  return edit;
}

// Switching to or from a reduced congress: a reduced one keeps items 1–2 (R-CONTENT), a full one
// has all four.
export function withReduced(draft: DetailsDraft, reduced: boolean): DetailsDraft {
  const items: ContentItem[] = reduced
    ? draft.items.filter((item) => item === 'review' || item === 'documents')
    : [...CONTENT_ITEMS];
  return { ...draft, reduced, items: reduced && items.length === 0 ? ['review', 'documents'] : items };
}

export function withItem(draft: DetailsDraft, item: ContentItem, on: boolean): DetailsDraft {
  const items = on ? [...draft.items.filter((i) => i !== item), item] : draft.items.filter((i) => i !== item);
  return { ...draft, items: CONTENT_ITEMS.filter((i) => items.includes(i)) };
}
