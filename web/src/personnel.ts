// Personnel work before a congress (docs/personnel.md): the API's shapes and calls for "Nhân sự"
// (docs/api.md, "Personnel: scheme, vetting, complaints") and the pure parts of the page — which
// workflow steps a version offers, the vetting board of each nominee, the words of statuses and
// reasons, and the statistics rows against the targets and the outgoing committee.
import { ApiError } from './api';
import type { MessageKey } from './i18n';

export type SchemeStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type NomineeReason = 'succession_plan' | 're_election' | 'rotation' | 'other';
export type Conclusion = 'open' | 'cleared' | 'concern';

export interface SchemeStats {
  size: number;
  women: number;
  under_40: number;
  from_40_to_50: number;
  over_50: number;
  first_time: number;
  re_elected: number;
  women_percent: number;
  under_40_percent: number;
  from_40_to_50_percent: number;
  over_50_percent: number;
}

export interface SchemeNominee {
  member_id: string;
  full_name: string;
  gender: string;
  birth_date: string | null;
  list: 'committee' | 'delegates';
  reason: NomineeReason;
  reason_label: string;
  outgoing: boolean;
  note: string;
  title: string;
  position_kinds: string[];
  open_tasks: number;
  concerns: number;
  open_complaints: number;
}

export interface SchemeEvent {
  version: number;
  action: string;
  actor: string;
  comment: string;
  at: string;
}

export interface SchemeView {
  org_code: string;
  org_name: string;
  term: string;
  superior_code: string;
  superior_name: string;
  version: number;
  status: SchemeStatus;
  status_label: string;
  numbers: {
    committee: number;
    standing_committee: number;
    deputies: number;
    inspection: number;
    delegates: number;
  };
  targets: Record<string, number>;
  versions: { version: number; status: SchemeStatus; status_label: string; created_by: string; created_at: string }[];
  events: SchemeEvent[];
  opening: string | null;
  nominees: SchemeNominee[];
  statistics: {
    seats: number;
    candidates: number;
    surplus_percent: number;
    surplus_problem: string;
    proposed: SchemeStats;
    outgoing: SchemeStats | null;
    warnings: { code: string; member_id: string; message: string }[];
    positions: { kind: string; label: string; count: number }[];
  };
}

export interface VettingTask {
  id: number;
  member_id: string;
  full_name: string;
  board: string;
  due: string | null;
  conclusion: Conclusion;
  conclusion_label: string;
  note: string;
  concluded_by: string;
  concluded_at: string;
}

export interface Complaint {
  id: number;
  member_id: string;
  full_name: string;
  received_on: string;
  source: string;
  source_label: string;
  summary: string;
  assigned_to: string;
  open: boolean;
  conclusion: string;
  concluded_on: string | null;
  concluded_by: string;
}

export interface VettingFile {
  boards: { code: string; label: string }[];
  tasks: VettingTask[];
  complaints: Complaint[];
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

export function congressPath(code: string, term: string): string {
  return `/congresses/${encodeURIComponent(code)}/${encodeURIComponent(term)}`;
}

export const personnelApi = {
  scheme: (code: string, term: string, version?: number) =>
    call<SchemeView>('GET', `${congressPath(code, term)}/scheme${version ? `?version=${version}` : ''}`),
  step: (code: string, term: string, step: 'submit' | 'return' | 'approve' | 'revise', comment = '') =>
    call<SchemeView>('POST', `${congressPath(code, term)}/scheme/${step}`, step === 'revise' ? {} : { comment }),
  vetting: (code: string, term: string) => call<VettingFile>('GET', `${congressPath(code, term)}/vetting`),
  conclude: (task: number, conclusion: 'cleared' | 'concern', note: string) =>
    call<VettingTask>('POST', `/vetting-tasks/${task}/conclusion`, { conclusion, note }),
  addComplaint: (
    code: string,
    term: string,
    complaint: { member_id: string; received_on: string; source: string; summary: string; assigned_to: string },
  ) => call<{ id: number }>('POST', `${congressPath(code, term)}/complaints`, complaint),
  concludeComplaint: (id: number, conclusion: string, concludedOn: string) =>
    call<unknown>('POST', `/complaints/${id}/conclusion`, { conclusion, concluded_on: concludedOn }),
  pdfUrl: (code: string, term: string, version: number) =>
    `${BASE}${congressPath(code, term)}/scheme.pdf?version=${version}`,
};

export type SchemeStep = 'submit' | 'return' | 'approve' | 'revise';

// The workflow buttons a version offers: only the latest version moves; a draft is submitted, a
// submitted one is returned or approved (by the superior), a returned one is revised into the next.
export function stepsOf(view: SchemeView): SchemeStep[] {
  const latest = view.versions.length === 0 || view.version === view.versions[view.versions.length - 1].version;
  if (!latest) return [];
  switch (view.status) {
    case 'draft':
      return ['submit'];
    case 'submitted':
      return ['return', 'approve'];
    case 'returned':
      return ['revise'];
    default:
      return [];
  }
}

// One row of the vetting board: a nominee's conclusion per board (in the boards' order) and
// their complaints.
export interface VettingRow {
  member_id: string;
  full_name: string;
  cells: (VettingTask | null)[];
  complaints: Complaint[];
  blocked: boolean; // an open task or an open complaint (R-VETTING)
}

export function vettingRows(file: VettingFile): VettingRow[] {
  const rows = new Map<string, VettingRow>();
  for (const task of file.tasks) {
    let row = rows.get(task.member_id);
    if (!row) {
      row = { member_id: task.member_id, full_name: task.full_name, cells: file.boards.map(() => null), complaints: [], blocked: false };
      rows.set(task.member_id, row);
    }
    const at = file.boards.findIndex((board) => board.code === task.board);
    if (at >= 0) row.cells[at] = task;
    if (task.conclusion === 'open') row.blocked = true;
  }
  for (const complaint of file.complaints) {
    let row = rows.get(complaint.member_id);
    if (!row) {
      row = { member_id: complaint.member_id, full_name: complaint.full_name, cells: file.boards.map(() => null), complaints: [], blocked: false };
      rows.set(complaint.member_id, row);
    }
    row.complaints.push(complaint);
    if (complaint.open) row.blocked = true;
  }
  return [...rows.values()];
}

// How many nominees are cleared by every board, and how many are blocked.
export function vettingSummary(rows: VettingRow[]): { cleared: number; blocked: number } {
  let cleared = 0;
  let blocked = 0;
  for (const row of rows) {
    if (row.blocked) blocked += 1;
    if (row.cells.length > 0 && row.cells.every((cell) => cell !== null && cell.conclusion === 'cleared')) cleared += 1;
  }
  return { cleared, blocked };
}

// 14.63 → "14,63%" (Vietnamese) or "14.63%".
export function percentText(value: number, lang: 'vi' | 'en'): string {
  const text = value.toFixed(2);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

export const STATUS_KEYS: Record<SchemeStatus, MessageKey> = {
  draft: 'personnel.status.draft',
  submitted: 'personnel.status.submitted',
  returned: 'personnel.status.returned',
  approved: 'personnel.status.approved',
};

export const REASON_KEYS: Record<NomineeReason, MessageKey> = {
  succession_plan: 'personnel.reason.succession_plan',
  re_election: 'personnel.reason.re_election',
  rotation: 'personnel.reason.rotation',
  other: 'personnel.reason.other',
};

export const STEP_KEYS: Record<SchemeStep, MessageKey> = {
  submit: 'personnel.step.submit',
  return: 'personnel.step.return',
  approve: 'personnel.step.approve',
  revise: 'personnel.step.revise',
};
