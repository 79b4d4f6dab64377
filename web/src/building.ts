// The party-building context of a round (docs/party-building.md): quality ratings and their
// shares per grade, admissions against the term's target, communication work. Types of the API
// (docs/api.md, "Party building"), its calls, and the pure helpers the page draws with.
import { ApiError } from './api';
import { authFetch } from './auth';

export type RatedKind = 'organization' | 'member';
export type CommunicationKind = 'news' | 'essay' | 'bulletin' | 'event';

export interface Grade {
  code: string;
  name: string;
  rank: number;
}

export interface GradeShare {
  grade: string;
  name: string;
  rank: number;
  count: number;
  percent: number;
}

export interface CapCheck {
  top: number;
  base: number;
  allowed: number;
  exceeded: boolean;
  warning: string;
}

export interface YearShares {
  year: number;
  kind: RatedKind;
  rated: number;
  grades: GradeShare[];
  cap: CapCheck;
}

export interface RatingShares {
  root: string;
  root_name: string;
  cap: { max_percent: number; base_rank: number };
  grades: Grade[];
  shares: YearShares[];
}

export interface AdmissionTargetRow {
  org_code: string;
  name: string;
  term: string;
  from: string;
  to: string;
  target: number;
  admitted: number;
  percent: number;
  reached: boolean;
}

export interface Admissions {
  root: string;
  root_name: string;
  term: string;
  targets: AdmissionTargetRow[];
  units: { org_code: string; name: string; admitted: number; target: number | null }[];
  years: { year: number; admitted: number }[];
}

export interface KindTotal {
  kind: CommunicationKind;
  label: string;
  items: number;
  copies: number;
}

export interface CommunicationTotals {
  items: number;
  copies: number;
  kinds: KindTotal[];
}

export interface CommunicationView {
  root: string;
  root_name: string;
  from: string | null;
  to: string | null;
  totals: CommunicationTotals;
  units: { org_code: string; name: string; totals: CommunicationTotals }[];
}

const BASE = '/api/v1';

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  // authFetch: the session cookie (auth.ts).
  const response = await authFetch(BASE + path, { signal, headers: { Accept: 'application/json' } });
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

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function buildingPath(code: string): string {
  return `/building/${encodeURIComponent(code)}`;
}

export const buildingApi = {
  shares: (code: string, cap?: number, signal?: AbortSignal) =>
    get<RatingShares>(`${buildingPath(code)}/rating-shares${query({ cap })}`, signal),
  admissions: (code: string, term?: string, signal?: AbortSignal) =>
    get<Admissions>(`${buildingPath(code)}/admissions${query({ term })}`, signal),
  communication: (code: string, from?: string | null, to?: string | null, signal?: AbortSignal) =>
    get<CommunicationView>(`${buildingPath(code)}/communication/totals${query({ from, to })}`, signal),
  // A report's address (the browser downloads it).
  reportUrl: (code: string, report: string, params: Record<string, string | number | undefined | null> = {}) =>
    `${BASE}${buildingPath(code)}/reports/${report}${query(params)}`,
};

// The shares of one kind, by year ascending, keeping only years with ratings.
export function sharesOf(view: RatingShares, kind: RatedKind): YearShares[] {
  return view.shares.filter((s) => s.kind === kind && s.rated > 0).sort((a, b) => a.year - b.year);
}

// The years with ratings of any kind, latest first.
export function ratedYears(view: RatingShares): number[] {
  const years = new Set(view.shares.filter((s) => s.rated > 0).map((s) => s.year));
  return [...years].sort((a, b) => b - a);
}

// Widths of a stacked bar's segments in percent of the bar, summing to exactly 100 (the
// largest remainder takes the rounding), so a bar never overflows or leaves a gap.
export function segmentWidths(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 1000) / total);
  const floors = exact.map(Math.floor);
  let left = 1000 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] += 1;
    left -= 1;
  }
  return floors.map((value) => value / 10);
}

// "105,8%" / "105.8%".
export function formatPercent(value: number, lang: 'vi' | 'en'): string {
  const text = (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

// The target row of the root for the term shown (the latest term when several).
export function rootTarget(view: Admissions): AdmissionTargetRow | null {
  const own = view.targets.filter((row) => row.org_code === view.root);
  return own.length === 0 ? null : own[own.length - 1];
}

// The dashboard's period of a round: from 1 January of the year before the round's year
// (preparations start then) to 31 December of the round's year.
export function roundPeriod(roundYear: number): { from: string; to: string } {
  return { from: `${roundYear - 1}-01-01`, to: `${roundYear}-12-31` };
}

// A kind's total, zero when absent.
export function kindTotal(totals: CommunicationTotals, kind: CommunicationKind): KindTotal {
  return totals.kinds.find((k) => k.kind === kind) ?? { kind, label: kind, items: 0, copies: 0 };
}
