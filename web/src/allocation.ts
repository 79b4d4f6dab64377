// Delegate allocation (R-ALLOCATION): the API's shapes, its calls, and the pure figures the
// "Phân bổ đại biểu" page shows (docs/api.md).
import type { Lang } from './i18n';

export const METHODS = ['largest_remainder', 'dhondt', 'sainte_lague', 'huntington_hill'] as const;
export type Method = (typeof METHODS)[number];
export type MemberSource = 'registry' | 'stated' | 'mixed';

export interface AllocationRequest {
  term: string;
  method?: Method;
  seats: number;
  minimum: number;
  as_of: string;
}

interface UnitInputs {
  org_code: string;
  name: string;
  members: number;
  member_source: MemberSource;
  minimum: number | null;
  weight: string;
  quota: string;
  remainder: string;
}

export interface AllocationUnit extends UnitInputs {
  seats: number;
  set_aside: boolean;
}

export interface Tie {
  seat: number;
  units: string[];
  winner: string;
  reason: 'larger_claim' | 'input_order';
}

interface Header {
  id?: number;
  org_code: string;
  org_name?: string;
  term: string;
  method?: Method;
  seats: number;
  minimum: number;
  as_of: string;
  created_at?: string;
  members: number;
}

export interface Allocation extends Header {
  units: AllocationUnit[];
  ties: Tie[];
}

export interface AllocationSummary extends Header {
  id: number;
  method: Method;
  created_at: string;
  units: number;
}

export interface ComparisonUnit extends UnitInputs {
  seats: Record<Method, number>;
  differs: boolean;
}

export interface Comparison extends Header {
  methods: Method[];
  units: ComparisonUnit[];
}

export class AllocationError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const BASE = '/api/v1';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(BASE + path, {
    method,
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data?.error;
    throw new AllocationError(error?.message ?? `HTTP ${response.status}`, error?.field ?? '');
  }
  return data as T;
}

const org = (code: string) => `/organizations/${encodeURIComponent(code)}`;

export const allocationApi = {
  compare: (code: string, request: AllocationRequest) =>
    call<Comparison>('POST', `${org(code)}/allocations/compare`, request),
  save: (code: string, request: AllocationRequest) =>
    call<Allocation>('POST', `${org(code)}/allocations`, request),
  list: (code: string) => call<{ items: AllocationSummary[]; total: number }>('GET', `${org(code)}/allocations`),
  get: (id: number) => call<Allocation>('GET', `/allocations/${id}`),
  xlsxUrl: (id: number) => `${BASE}/allocations/${id}.xlsx`,
  pdfUrl: (id: number) => `${BASE}/allocations/${id}.pdf`,
};

// R-EX-OFFICIO: the convening committee's members sit ex officio; the rest are elected and
// allocated. null when the figures do not give a positive number of elected seats.
export function electedSeats(total: number, exOfficio: number): number | null {
  if (!Number.isInteger(total) || !Number.isInteger(exOfficio) || exOfficio < 0) return null;
  const elected = total - exOfficio;
  return elected > 0 ? elected : null;
}

// Seats per method over all units (each is the house size when the server is right).
export function methodTotals(comparison: Comparison): Record<Method, number> {
  const totals = { largest_remainder: 0, dhondt: 0, sainte_lague: 0, huntington_hill: 0 };
  for (const unit of comparison.units) {
    for (const method of METHODS) totals[method] += unit.seats[method] ?? 0;
  }
  return totals;
}

// The spread of a unit's seats across methods: max − min (0 when they agree).
export function spread(unit: ComparisonUnit): number {
  const values = METHODS.map((method) => unit.seats[method]);
  return Math.max(...values) - Math.min(...values);
}

// A comparison row as the single-method table shows it.
export function asAllocationUnits(comparison: Comparison, method: Method): AllocationUnit[] {
  return comparison.units.map((unit) => ({
    org_code: unit.org_code,
    name: unit.name,
    members: unit.members,
    member_source: unit.member_source,
    minimum: unit.minimum,
    weight: unit.weight,
    quota: unit.quota,
    remainder: unit.remainder,
    seats: unit.seats[method],
    set_aside: false,
  }));
}

// "12.35" → "12,35" for Vietnamese; English keeps the point.
export function decimal(text: string, lang: Lang): string {
  return lang === 'vi' ? text.replace('.', ',') : text;
}

const labels = {
  vi: {
    largest_remainder: 'Số dư lớn nhất',
    dhondt: "D'Hondt",
    sainte_lague: 'Sainte-Laguë',
    huntington_hill: 'Huntington–Hill',
    registry: 'danh sách đảng viên',
    stated: 'số liệu báo cáo',
    mixed: 'danh sách và báo cáo',
  },
  en: {
    largest_remainder: 'Largest remainder',
    dhondt: "D'Hondt",
    sainte_lague: 'Sainte-Laguë',
    huntington_hill: 'Huntington–Hill',
    registry: 'member registry',
    stated: 'stated count',
    mixed: 'registry and stated',
  },
};

export function methodLabel(method: Method, lang: Lang): string {
  return labels[lang][method];
}

export function sourceLabel(source: MemberSource, lang: Lang): string {
  return labels[lang][source];
}
