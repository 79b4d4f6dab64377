// The REST API (docs/api.md). Every call resolves to data or throws an ApiError carrying the
// server's {"error": {code, message, field}}.
import { authFetch } from './auth';
import type { LevelInfo } from './format';
import type { Forecast, ListedCongress, Progress } from './progress';
import type { OrgNode, NodeSummary } from './tree';

export interface Organization {
  code: string;
  name: string;
  level: string;
  parent_code: string;
  category: string;
  members: number | null;
}

export interface LevelCount {
  level: string;
  organizations: number;
  members: number;
}

export interface OrganizationDetail {
  organization: Organization;
  ancestors: Organization[]; // from the top down
  counts: LevelCount[];
  summary: NodeSummary;
}

export type MemberStatus = 'full' | 'probationary' | 'suspended' | 'transferred' | 'exempt';

export interface Member {
  id: string;
  full_name: string;
  gender: string;
  // Personal fields: left out when the reader's role may not see them (docs/security.md).
  birth_date?: string | null;
  party_join_date?: string | null;
  full_member_date?: string | null;
  org_code: string;
  org_name: string;
  status?: MemberStatus;
}

export interface CongressList {
  root: string;
  root_name: string;
  total: number;
  items: ListedCongress[];
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export type ImportKind = 'orgs' | 'members' | 'congresses';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  written: boolean;
  dry_run: boolean;
  errors: RowError[];
  preview: { header: string[]; rows: string[][]; row_numbers: number[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const BASE = '/api/v1';

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = await response.json();
    if (body && body.error) {
      return new ApiError(response.status, body.error.code, body.error.message, body.error.field ?? '');
    }
  } catch {
    // Not JSON: fall through to a generic message.
  }
  return new ApiError(response.status, 'http', `HTTP ${response.status}`, '');
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  // authFetch: the session cookie, the X-CSRF-Token header on writes, /login on a 401 (auth.ts).
  const response = await authFetch(BASE + path, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export const api = {
  levels: (signal?: AbortSignal) => get<{ items: LevelInfo[] }>('/levels', signal),
  roots: (signal?: AbortSignal) => get<{ items: OrgNode[]; total: number }>('/roots', signal),
  children: (code: string, offset: number, limit: number, signal?: AbortSignal) =>
    get<Page<OrgNode>>(
      `/organizations/${encodeURIComponent(code)}/children${query({ offset, limit })}`,
      signal,
    ),
  organization: (code: string, signal?: AbortSignal) =>
    get<OrganizationDetail>(`/organizations/${encodeURIComponent(code)}`, signal),
  searchOrganizations: (q: string, limit: number, level: string, signal?: AbortSignal) =>
    get<Page<Organization>>(`/organizations${query({ q, level, limit })}`, signal),
  members: (
    params: { root?: string; q?: string; status?: string; offset?: number; limit?: number },
    signal?: AbortSignal,
  ) => get<Page<Member>>(`/members${query(params)}`, signal),

  // The progress of a round as of a day (the document of `daihoi progress --json`).
  progress: (root: string, asOf: string, signal?: AbortSignal) =>
    get<Progress>(`/progress${query({ root, as_of: asOf })}`, signal),
  // The congresses of a subtree, only the round whose terms start in roundYear when given.
  congresses: (root: string, roundYear: number | undefined, signal?: AbortSignal) =>
    get<CongressList>(`/congresses${query({ root, round_year: roundYear })}`, signal),
  // Downloads (plain links: the browser saves the attachment).
  congressesIcsUrl: (root: string, roundYear: number | undefined) =>
    `${BASE}/congresses.ics${query({ root, round_year: roundYear })}`,
  progressXlsxUrl: (root: string, asOf: string) =>
    `${BASE}/progress.xlsx${query({ root, as_of: asOf })}`,
  progressPdfUrl: (root: string, asOf: string) => `${BASE}/progress.pdf${query({ root, as_of: asOf })}`,
  // When each level will finish (GET /progress/forecast).
  forecast: (root: string, asOf: string, signal?: AbortSignal) =>
    get<Forecast>(`/progress/forecast${query({ root, as_of: asOf })}`, signal),

  // 200: clean (written unless dry run); 400 with a report: the file has row errors.
  async importFile(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportReport> {
    const response = await authFetch(
      `${BASE}/import/${kind}${query({ dry_run: String(dryRun), file: file.name })}`,
      { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } },
    );
    const body = await response.json().catch(() => null);
    if (body && Array.isArray(body.errors)) return body as ImportReport;
    if (body && body.error) {
      throw new ApiError(response.status, body.error.code, body.error.message, body.error.field ?? '');
    }
    throw new ApiError(response.status, 'http', `HTTP ${response.status}`, '');
  },
};
