// Results carried upward (docs/results.md): the API's shapes and calls for "Kết quả đại hội"
// (docs/api.md, "Results and approval") and the pure parts of the page — the words for bodies
// and capacities, an election's state, a percentage and the statistics rows.
import { ApiError } from './api';
import type { MessageKey } from './i18n';

export type Body =
  | 'committee'
  | 'standing_committee'
  | 'secretary'
  | 'deputy_secretary'
  | 'inspection'
  | 'inspection_chair';
export type Capacity = 'official' | 'alternate';

export interface Membership {
  body: Body;
  capacity: Capacity;
  rank: number;
  full_name: string;
  member_id: string;
  gender: string;
  birth_date: string | null;
  election_id: number | null;
}

export interface BodyStats {
  size: number;
  women: number;
  women_percent: number;
  under_40: number;
  under_40_percent: number;
  from_40_to_50: number;
  from_40_to_50_percent: number;
  over_50: number;
  over_50_percent: number;
  age_unknown: number;
  first_time: number;
  re_elected: number;
  history_unknown: number;
}

export interface Approval {
  org_code: string;
  term: string;
  approved_by: string;
  decision: string;
  approved_on: string;
  note: string;
  recorded_at: string;
}

export interface ElectionState {
  id: number;
  kind: string;
  title: string;
  body: Body | null;
  finished: boolean;
  reason: string;
  applied: boolean;
  applied_at: string | null;
}

export interface DelegationEntry {
  id: number;
  role: Capacity;
  rank: number;
  full_name: string;
  member_id: string;
  gender: string;
  birth_date: string | null;
}

export interface CongressResults {
  org_code: string;
  name: string;
  term: string;
  superior: { code: string; name: string } | null;
  status: 'provisional' | 'approved';
  approval: Approval | null;
  bodies: { body: Body; label: string; members: Membership[] }[];
  elections: ElectionState[];
  delegation: DelegationEntry[];
  committee_stats: BodyStats | null;
  as_of: string | null;
  previous_term: string | null;
}

export interface LevelStats extends BodyStats {
  level: string;
  level_name: string;
  organizations: number;
  with_committee: number;
  warnings: { rule: string; measure: string; actual: number; target: number; message: string }[];
}

export interface CommitteeStats {
  root: string;
  term: string;
  levels: LevelStats[];
  total: BodyStats;
  organizations: { code: string; name: string; level: string; stats: BodyStats | null }[];
}

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

function congressPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}`;
}

export const resultsApi = {
  view: (code: string, term: string) => call<CongressResults>('GET', `${congressPath(code, term)}/results`),
  apply: (election: number, acceptUnfilled: boolean) =>
    call<unknown>('POST', `/elections/${election}/apply-result`, { accept_unfilled: acceptUnfilled }),
  approve: (code: string, term: string, approval: { decision: string; date: string; note: string }) =>
    call<Approval>('POST', `${congressPath(code, term)}/approval`, approval),
  stats: (root: string, term: string, targets: StructureTargets) =>
    call<CommitteeStats>('GET', `/organizations/${encodeURIComponent(root)}/committee-stats${statsQuery(term, targets)}`),
};

// R-STRUCTURE targets, percentages; an empty one is not checked.
export interface StructureTargets {
  women_min: string;
  under_40_min: string;
}

export function statsQuery(term: string, targets: StructureTargets): string {
  const search = new URLSearchParams({ term });
  for (const [name, value] of Object.entries(targets)) {
    if (value.trim() !== '') search.set(name, value.trim());
  }
  return `?${search.toString()}`;
}

export const BODY_KEYS: Record<Body, MessageKey> = {
  committee: 'results.body.committee',
  standing_committee: 'results.body.standing_committee',
  secretary: 'results.body.secretary',
  deputy_secretary: 'results.body.deputy_secretary',
  inspection: 'results.body.inspection',
  inspection_chair: 'results.body.inspection_chair',
};

// What the election's line says and whether "Áp dụng kết quả" is offered.
export type ElectionStep = 'applied' | 'ready' | 'pending';
export function electionStep(election: ElectionState): ElectionStep {
  if (election.applied) return 'applied';
  return election.finished ? 'ready' : 'pending';
}

// A further round pending (R-ROUNDS) may be closed by the congress's decision: the page offers
// the "no further round" choice only then.
export function furtherRoundPending(election: ElectionState): boolean {
  return !election.finished && election.reason.includes('R-ROUNDS');
}

// 33.33 → "33,33%" (Vietnamese) or "33.33%".
export function percentText(value: number, lang: 'vi' | 'en'): string {
  const text = value.toFixed(2);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

// Officials first, then alternates, each by rank.
export function ordered(members: Membership[]): Membership[] {
  return [...members].sort(
    (a, b) => (a.capacity === b.capacity ? 0 : a.capacity === 'official' ? -1 : 1) || a.rank - b.rank,
  );
}
