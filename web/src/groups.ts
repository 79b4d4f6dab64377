// Working groups, subcommittees and commendations of a congress (docs/groups.md): the API
// calls and the small decisions the page makes about what the server answers.
import { ApiError } from './api';
import { authFetch } from './auth';

export type GroupKind = 'working' | 'guidance';
export type GroupRole = 'leader' | 'deputy' | 'member';

export interface GroupPerson {
  id: number;
  member_id: string;
  full_name: string;
  role: GroupRole;
}

export interface AssignedUnit {
  assignment_id: number;
  unit_code: string;
  unit_name: string;
  term: string;
  start: string | null;
  end: string | null;
  held: boolean;
  attendees: { id: number; group_member_id: number; full_name: string }[];
}

export interface WorkingGroup {
  id: number;
  kind: GroupKind;
  name: string;
  note: string;
  members: GroupPerson[];
  units: AssignedUnit[];
}

export interface Booking {
  group_name: string;
  unit_code: string;
  unit_name: string;
  term: string;
  start: string | null;
  end: string | null;
}

export interface Clash {
  full_name: string;
  message: string;
  first: Booking;
  second: Booking;
}

export interface WorkingGroups {
  congress: { code: string; term: string };
  groups: WorkingGroup[];
  clashes: Clash[];
  created?: number;
}

export type TaskStatus = 'done' | 'overdue' | 'open';

export interface Task {
  id: number;
  title: string;
  owner: string;
  due: string | null;
  done: boolean;
  done_on: string | null;
  status: TaskStatus;
}

export type SubcommitteeKind = 'documents' | 'personnel' | 'logistics' | 'other';

export interface Subcommittee {
  id: number;
  kind: SubcommitteeKind;
  name: string;
  members: GroupPerson[];
  overdue: number;
  tasks: Task[];
}

export interface Subcommittees {
  congress: { code: string; term: string };
  as_of: string;
  subcommittees: Subcommittee[];
}

export type RecipientKind = 'collective' | 'individual';

export interface Commendation {
  id?: number;
  kind: RecipientKind;
  org_code: string;
  member_id: string;
  full_name: string;
  award: string;
  decision: string;
  decided_on: string | null;
  reason: string;
}

export interface Commendations {
  congress: { code: string; term: string };
  collectives: number;
  individuals: number;
  commendations: Commendation[];
  created?: number[];
}

const BASE = '/api/v1';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  // authFetch: the session cookie and, on writes, the CSRF header (auth.ts).
  const response = await authFetch(BASE + path, {
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

export const groupsApi = {
  groups: (code: string, term: string) =>
    call<WorkingGroups>('GET', `${congressPath(code, term)}/working-groups`),
  addGroup: (code: string, term: string, group: { kind: GroupKind; name: string }) =>
    call<WorkingGroups>('POST', `${congressPath(code, term)}/working-groups`, group),
  addMember: (code: string, term: string, group: number, person: { full_name: string; member_id: string; role: GroupRole }) =>
    call<WorkingGroups>('POST', `${congressPath(code, term)}/working-groups/${group}/members`, person),
  assign: (code: string, term: string, group: number, unitCode: string) =>
    call<WorkingGroups>('POST', `${congressPath(code, term)}/working-groups/${group}/assignments`, {
      unit_code: unitCode,
    }),
  attend: (code: string, term: string, group: number, member: number, assignment: number) =>
    call<WorkingGroups>('POST', `${congressPath(code, term)}/working-groups/${group}/attendances`, {
      group_member_id: member,
      assignment_id: assignment,
    }),
  removeAttendance: (code: string, term: string, group: number, attendance: number) =>
    call<WorkingGroups>('DELETE', `${congressPath(code, term)}/working-groups/${group}/attendances/${attendance}`),
  free: (code: string, term: string, group: number, assignment: number) =>
    call<{ free: { member_id: string; full_name: string; role: GroupRole }[] }>(
      'GET',
      `${congressPath(code, term)}/working-groups/${group}/assignments/${assignment}/free`,
    ),
  subcommittees: (code: string, term: string, asOf: string) =>
    call<Subcommittees>('GET', `${congressPath(code, term)}/subcommittees?as_of=${asOf}`),
  addTask: (code: string, term: string, subcommittee: number, task: { title: string; owner: string; due: string }, asOf: string) =>
    call<Subcommittees>(
      'POST',
      `${congressPath(code, term)}/subcommittees/${subcommittee}/tasks?as_of=${asOf}`,
      task,
    ),
  setDone: (code: string, term: string, task: number, done: boolean, on: string, asOf: string) =>
    call<Subcommittees>('PUT', `${congressPath(code, term)}/subcommittees/tasks/${task}?as_of=${asOf}`, {
      done,
      on,
    }),
  commendations: (code: string, term: string) =>
    call<Commendations>('GET', `${congressPath(code, term)}/commendations`),
  addCommendation: (code: string, term: string, commendation: Commendation) =>
    call<Commendations>('POST', `${congressPath(code, term)}/commendations`, commendation),
  // Removals: each answers its section as it stands after.
  removeGroup: (code: string, term: string, group: number) =>
    call<WorkingGroups>('DELETE', `${congressPath(code, term)}/working-groups/${group}`),
  removeMember: (code: string, term: string, group: number, member: number) =>
    call<WorkingGroups>('DELETE', `${congressPath(code, term)}/working-groups/${group}/members/${member}`),
  unassign: (code: string, term: string, group: number, assignment: number) =>
    call<WorkingGroups>('DELETE', `${congressPath(code, term)}/working-groups/${group}/assignments/${assignment}`),
  addSubcommittee: (code: string, term: string, subcommittee: { kind: SubcommitteeKind; name: string }, asOf: string) =>
    call<Subcommittees>('POST', `${congressPath(code, term)}/subcommittees?as_of=${asOf}`, subcommittee),
  removeSubcommittee: (code: string, term: string, subcommittee: number, asOf: string) =>
    call<Subcommittees>('DELETE', `${congressPath(code, term)}/subcommittees/${subcommittee}?as_of=${asOf}`),
  addSubcommitteeMember: (
    code: string,
    term: string,
    subcommittee: number,
    person: { full_name: string; member_id: string; role: string },
    asOf: string,
  ) => call<Subcommittees>('POST', `${congressPath(code, term)}/subcommittees/${subcommittee}/members?as_of=${asOf}`, person),
  removeSubcommitteeMember: (code: string, term: string, subcommittee: number, member: number, asOf: string) =>
    call<Subcommittees>(
      'DELETE',
      `${congressPath(code, term)}/subcommittees/${subcommittee}/members/${member}?as_of=${asOf}`,
    ),
  removeTask: (code: string, term: string, task: number, asOf: string) =>
    call<Subcommittees>('DELETE', `${congressPath(code, term)}/subcommittees/tasks/${task}?as_of=${asOf}`),
  removeCommendation: (code: string, term: string, commendation: number) =>
    call<Commendations>('DELETE', `${congressPath(code, term)}/commendations/${commendation}`),
  xlsxUrl: (code: string, term: string) => `${BASE}${congressPath(code, term)}/commendations.xlsx`,
  pdfUrl: (code: string, term: string) => `${BASE}${congressPath(code, term)}/commendations.pdf`,
};

// "14/05/2020 – 15/05/2020", one date for a one-day congress, "" when unknown.
export function spanText(start: string | null, end: string | null, format: (iso: string) => string): string {
  if (!start) return '';
  if (!end || end === start) return format(start);
  return `${format(start)} – ${format(end)}`;
}

// Working groups first, then guidance groups, each in the server's order.
export function byKind(groups: WorkingGroup[]): { working: WorkingGroup[]; guidance: WorkingGroup[] } {
  return {
    working: groups.filter((g) => g.kind === 'working'),
    guidance: groups.filter((g) => g.kind === 'guidance'),
  };
}

// The distinct units the groups cover, and how many of them nobody attends yet.
export function coverage(groups: WorkingGroup[]): { units: number; unattended: number } {
  const units = new Map<string, boolean>();
  for (const group of groups) {
    for (const unit of group.units) {
      const key = `${unit.unit_code}/${unit.term}`;
      units.set(key, (units.get(key) ?? false) || unit.attendees.length > 0);
    }
  }
  let unattended = 0;
  units.forEach((attended) => {
    if (!attended) unattended += 1;
  });
  return { units: units.size, unattended };
}

// The members of a group who do not attend this unit yet (the choices of the booking form).
export function notAttending(group: WorkingGroup, unit: AssignedUnit): GroupPerson[] {
  const attending = new Set(unit.attendees.map((a) => a.group_member_id));
  return group.members.filter((m) => !attending.has(m.id));
}

// The CSS class of a task's row: overdue tasks are shown in red.
export function taskClass(status: TaskStatus): string {
  return status === 'overdue' ? 'task-overdue' : status === 'done' ? 'task-done' : 'task-open';
}

// A blank commendation form; a collective needs org_code, an individual a name or member id.
export function emptyCommendation(kind: RecipientKind, decidedOn: string): Commendation {
  return { kind, org_code: '', member_id: '', full_name: '', award: 'Giấy khen', decision: '', decided_on: decidedOn, reason: '' };
}

// The fields the form must fill before sending (the server checks the same and names the field).
export function missingFields(c: Commendation): string[] {
  const missing: string[] = [];
  if (c.kind === 'collective' && !c.org_code.trim()) missing.push('org_code');
  if (c.kind === 'individual' && !c.full_name.trim() && !c.member_id.trim()) missing.push('full_name');
  if (!c.decision.trim()) missing.push('decision');
  if (!c.decided_on) missing.push('decided_on');
  if (!c.reason.trim()) missing.push('reason');
  return missing;
}

// Today in the browser's calendar, ISO.
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
