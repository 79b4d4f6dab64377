// The audit trail page's logic (pages/AuditPage.tsx): the filters as the query of GET /api/v1/audit
// and /audit.csv, and the answer of /audit/verify in words.
import { authFetch } from './auth';

export interface AuditRecord {
  seq: number;
  at: string; // UTC, milliseconds
  actor: string;
  use_case: string;
  org: string | null;
  digest: string;
  prev_hash: string;
  hash: string;
}

export interface AuditPage {
  total: number;
  offset: number;
  limit: number;
  items: AuditRecord[];
}

export type AuditProblem = 'none' | 'edited' | 'deleted' | 'reordered' | 'truncated';

export interface AuditCheck {
  ok: boolean;
  records: number;
  head: string;
  problem: AuditProblem;
  first_bad_seq: number | null;
  message: string;
}

export interface AuditFilters {
  org: string;
  actor: string;
  from: string; // a date (YYYY-MM-DD), inclusive
  to: string; // a date, inclusive on the page: the API's bound is exclusive, so the next day
}

export const emptyFilters: AuditFilters = { org: '', actor: '', from: '', to: '' };

// The day after an ISO date (the API's `to` is exclusive; a person means the whole last day).
export function nextDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return date.toISOString().slice(0, 10);
}

export function auditQuery(filters: AuditFilters, offset?: number, limit?: number): string {
  const search = new URLSearchParams();
  const org = filters.org.trim().toUpperCase();
  if (org) search.set('org', org);
  if (filters.actor.trim()) search.set('actor', filters.actor.trim());
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', nextDay(filters.to));
  if (offset !== undefined) search.set('offset', String(offset));
  if (limit !== undefined) search.set('limit', String(limit));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function auditCsvUrl(filters: AuditFilters): string {
  return `/api/v1/audit.csv${auditQuery(filters)}`;
}

// "2020-06-14T08:30:01.123Z" → "14/06/2020 08:30:01" (UTC, as recorded) in Vietnamese,
// "2020-06-14 08:30:01" in English.
export function formatAuditTime(at: string, lang: 'vi' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}:\d{2}:\d{2})/.exec(at);
  if (!match) return at;
  const [, year, month, day, time] = match;
  return lang === 'vi' ? `${day}/${month}/${year} ${time}` : `${year}-${month}-${day} ${time}`;
}

// The short form of a hash shown in the table; the full one is in the title and the export.
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await authFetch(`/api/v1${path}`, { signal, headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message ?? `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body as T;
}

// The page shows the newest changes first; the export keeps the chain's order.
export function listAudit(filters: AuditFilters, offset: number, limit: number, signal?: AbortSignal) {
  const query = auditQuery(filters, offset, limit);
  return getJson<AuditPage>(`/audit${query}${query ? '&' : '?'}order=newest`, signal);
}

export function verifyAudit(signal?: AbortSignal) {
  return getJson<AuditCheck>('/audit/verify', signal);
}
