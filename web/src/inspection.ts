// Inspection rounds (đoàn kiểm tra): the API's shapes and calls (docs/api.md, "Inspections") and
// the pure parts of the "Đoàn kiểm tra" page — the schedule grouped by team, the working days of
// the window for the calendar strip, which teams a unit may be moved to.
import { ApiError } from './api';
import type { Member, Organization, Page } from './api';
import { authFetch } from './auth';
import { fold } from './format';
import type { OrgNode } from './tree';

export type InspectionRole = 'leader' | 'deputy' | 'member';

export interface InspectionMember {
  member_id: string;
  full_name: string;
  role: InspectionRole;
  role_text: string;
  home_org: string;
}

export interface InspectionTeam {
  id: number;
  name: string;
  members: InspectionMember[];
  units: number;
  load: number; // members of the units it inspects
}

export interface InspectionVisit {
  id: number;
  team_id: number;
  start: string;
  end: string;
  manual: boolean;
}

export interface Finding {
  strengths: string;
  weaknesses: string;
  recommendations: string;
  recorded_at: string;
}

export interface InspectionUnit {
  org_code: string;
  name: string;
  members: number;
  visit_days: number;
  fixed_team_id: number | null;
  excluded_teams: number[];
  visit: InspectionVisit | null;
  finding: Finding | null;
}

export interface Inspection {
  id: number;
  org_code: string;
  org_name?: string;
  term: string;
  title: string;
  window_start: string;
  window_end: string;
  min_units_per_team: number;
  max_units_per_team: number;
  working_days_only: boolean;
  created_at: string;
  assigned_at: string | null;
}

export interface InspectionView extends Inspection {
  org_name: string;
  teams: InspectionTeam[];
  units: InspectionUnit[];
  problems: string[];
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

export const inspectionApi = {
  list: (org?: string) =>
    call<{ items: Inspection[]; total: number }>(
      'GET',
      `/inspections${org ? `?org=${encodeURIComponent(org)}` : ''}`,
    ),
  view: (id: number) => call<InspectionView>('GET', `/inspections/${id}`),
  // Title, window and rules (the committee and term stay).
  edit: (id: number, input: RoundInput) => call<InspectionView>('PUT', `/inspections/${id}`, input),
  create: (input: {
    org_code: string;
    term: string;
    title: string;
    window_start: string;
    window_end: string;
    min_units_per_team: number;
    max_units_per_team: number;
  }) => call<InspectionView>('POST', '/inspections', input),
  addTeam: (id: number, team: TeamDraft) =>
    call<InspectionView>('POST', `/inspections/${id}/teams`, team),
  removeTeam: (id: number, team: number) => call<InspectionView>('DELETE', `/inspections/${id}/teams/${team}`),
  chooseUnits: (id: number, units: { org_code: string; visit_days: number }[]) =>
    call<InspectionView>('PUT', `/inspections/${id}/units`, { units }),
  assign: (id: number) => call<InspectionView>('POST', `/inspections/${id}/assign`),
  moveVisit: (id: number, visit: number, move: { team_id?: number; start?: string }) =>
    call<InspectionView>('PUT', `/inspections/${id}/visits/${visit}`, move),
  recordFinding: (
    id: number,
    finding: { unit: string; strengths: string; weaknesses: string; recommendations: string },
  ) => call<InspectionView>('POST', `/inspections/${id}/findings`, finding),
  // The units picker: the children of a unit of the subtree (with member counts), or the
  // organizations of the subtree matching a text.
  children: (code: string) =>
    call<Page<OrgNode>>('GET', `/organizations/${encodeURIComponent(code)}/children?limit=1000`),
  searchUnits: (root: string, q: string) =>
    call<Page<Organization>>(
      'GET',
      `/organizations?root=${encodeURIComponent(root)}&q=${encodeURIComponent(q)}&limit=50`,
    ),
  // The registry's members to put on a team, from the committee's subtree.
  searchMembers: (root: string, q: string) =>
    call<Page<Member>>('GET', `/members?root=${encodeURIComponent(root)}&q=${encodeURIComponent(q)}&limit=20`),
  reportPdfUrl: (id: number) => `${BASE}/inspections/${id}/report.pdf`,
  scheduleXlsxUrl: (id: number) => `${BASE}/inspections/${id}/schedule.xlsx`,
  scheduleIcsUrl: (id: number) => `${BASE}/inspections/${id}/schedule.ics`,
};

// ---- pure helpers ---------------------------------------------------------------------------

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// The days of the window (ISO), weekends left out when the plan works on working days only.
export function windowDays(start: string, end: string, workingDaysOnly: boolean): string[] {
  const days: string[] = [];
  for (let day = dayNumber(start); day <= dayNumber(end); day++) {
    const weekday = new Date(day * 86_400_000).getUTCDay(); // 0 Sunday … 6 Saturday
    if (workingDaysOnly && (weekday === 0 || weekday === 6)) continue;
    days.push(isoOf(day));
  }
  return days;
}

export interface TeamSchedule {
  team: InspectionTeam;
  units: InspectionUnit[]; // by start date
}

// The schedule by team (team order), each team's units by date; units without a visit apart.
export function scheduleByTeam(view: InspectionView): { teams: TeamSchedule[]; unassigned: InspectionUnit[] } {
  const byTeam = new Map<number, InspectionUnit[]>();
  const unassigned: InspectionUnit[] = [];
  for (const unit of view.units) {
    if (!unit.visit) {
      unassigned.push(unit);
      continue;
    }
    const list = byTeam.get(unit.visit.team_id) ?? [];
    list.push(unit);
    byTeam.set(unit.visit.team_id, list);
  }
  const teams = view.teams.map((team) => ({
    team,
    units: (byTeam.get(team.id) ?? []).sort((a, b) => (a.visit!.start < b.visit!.start ? -1 : 1)),
  }));
  return { teams, unassigned };
}

// Whether a visit covers a day (both ends included).
export function coversDay(visit: InspectionVisit, day: string): boolean {
  return visit.start <= day && day <= visit.end;
}

// The teams a unit may go to by hand: not one with a member from the unit, and not full unless
// it already holds the unit. The server checks again (dates, people on two teams).
export function movableTeams(view: InspectionView, unit: InspectionUnit): InspectionTeam[] {
  return view.teams.filter((team) => {
    if (unit.excluded_teams.includes(team.id)) return false;
    if (unit.visit?.team_id === team.id) return true;
    return team.units < view.max_units_per_team;
  });
}

// "20/05/2020" or "20/05 – 21/05/2020".
export function visitDates(visit: InspectionVisit): string {
  const vi = (iso: string) => iso.split('-').reverse().join('/');
  if (visit.start === visit.end) return vi(visit.start);
  return `${vi(visit.start).slice(0, 5)} – ${vi(visit.end)}`;
}

// The leader's name, or the first member's.
export function leaderOf(team: InspectionTeam): string {
  return (team.members.find((m) => m.role === 'leader') ?? team.members[0])?.full_name ?? '';
}

// ---- the forms of the page --------------------------------------------------------------------

// A round's title, window and rules as PUT /inspections/ID takes them.
export interface RoundInput {
  org_code: string;
  term: string;
  title: string;
  window_start: string;
  window_end: string;
  min_units_per_team: number;
  max_units_per_team: number;
  working_days_only: boolean;
}

export function roundInput(view: Inspection): RoundInput {
  return {
    org_code: view.org_code,
    term: view.term,
    title: view.title,
    window_start: view.window_start,
    window_end: view.window_end,
    min_units_per_team: view.min_units_per_team,
    max_units_per_team: view.max_units_per_team,
    working_days_only: view.working_days_only,
  };
}

// A person put on a new team: from the registry (member_id) or named only.
export interface TeamPerson {
  member_id: string;
  full_name: string;
  home_org: string;
  role: InspectionRole;
}

export interface TeamDraft {
  name: string;
  members: { member_id?: string; full_name: string; role: InspectionRole; home_org?: string }[];
}

export function personFromMember(member: Member, role: InspectionRole): TeamPerson {
  return { member_id: member.id, full_name: member.full_name, home_org: member.org_code, role };
}

// Adds a person (a second leader makes the earlier one a member: a team has one leader).
export function withPerson(people: TeamPerson[], person: TeamPerson): TeamPerson[] {
  const same = (p: TeamPerson) =>
    person.member_id ? p.member_id === person.member_id : !p.member_id && p.full_name === person.full_name;
  const others = people
    .filter((p) => !same(p))
    .map((p) => (person.role === 'leader' && p.role === 'leader' ? { ...p, role: 'member' as const } : p));
  return person.role === 'leader' ? [person, ...others] : [...others, person];
}

// What is missing before the team can be sent: a message key, or null.
export function teamProblem(people: TeamPerson[]): 'inspection.teamNoLeader' | null {
  return people.some((p) => p.role === 'leader') ? null : 'inspection.teamNoLeader';
}

export function teamDraft(name: string, people: TeamPerson[]): TeamDraft {
  return {
    name: name.trim(),
    members: people.map((p) =>
      p.member_id
        ? { member_id: p.member_id, full_name: p.full_name, role: p.role }
        : { full_name: p.full_name.trim(), role: p.role, ...(p.home_org ? { home_org: p.home_org } : {}) },
    ),
  };
}

// The units chosen in the picker: code → name, member count (null when not known yet) and the
// days a team spends there.
export interface ChosenUnit {
  org_code: string;
  name: string;
  members: number | null;
  visit_days: number;
}

export function chosenFrom(view: InspectionView): ChosenUnit[] {
  return view.units.map((u) => ({ org_code: u.org_code, name: u.name, members: u.members, visit_days: u.visit_days }));
}

export function toggleUnit(chosen: ChosenUnit[], unit: Omit<ChosenUnit, 'visit_days'>, on: boolean): ChosenUnit[] {
  const rest = chosen.filter((c) => c.org_code !== unit.org_code);
  return on ? [...rest, { ...unit, visit_days: chosen.find((c) => c.org_code === unit.org_code)?.visit_days ?? 1 }] : rest;
}

export function unitChoices(chosen: ChosenUnit[]): { org_code: string; visit_days: number }[] {
  return chosen.map((c) => ({ org_code: c.org_code, visit_days: Math.max(1, Math.round(c.visit_days) || 1) }));
}

// Whether the chosen list differs from the round's units (order aside).
export function unitsChanged(view: InspectionView, chosen: ChosenUnit[]): boolean {
  if (chosen.length !== view.units.length) return true;
  const days = new Map(view.units.map((u) => [u.org_code, u.visit_days]));
  return chosen.some((c) => days.get(c.org_code) !== c.visit_days);
}

// The rows of the picker whose name or code holds the text (accents and case aside).
export function matchingNodes<T extends { code: string; name: string }>(nodes: T[], text: string): T[] {
  const wanted = fold(text.trim());
  if (!wanted) return nodes;
  return nodes.filter((node) => fold(node.name).includes(wanted) || fold(node.code).includes(wanted));
}
