// Nominations to an election and its final list (docs/nominations.md): the API's view, the calls
// that change it, and the little the page derives for display. Every rule (R-VOTERS,
// R-INCUMBENT, R-FLOOR-GATE, R-WITHDRAW, R-SURPLUS, R-STRUCTURE) is the server's: the page shows
// its statuses, findings and blockers as they come.
import { call } from './elections';
import type { MessageKey } from './i18n';

export type NominationSource = 'committee' | 'floor' | 'self';
export type NomineeStatus =
  | 'ineligible'
  | 'poll_pending'
  | 'not_admitted'
  | 'withdrawal_pending'
  | 'withdrawn'
  | 'on_list';

export interface Finding {
  rule: string;
  message: string;
}

export interface Nomination {
  id: number;
  member_id: string;
  full_name: string;
  gender: string;
  birth_date: string | null;
  full_member_date: string | null;
  full_member: boolean;
  convening_committee_member: boolean;
  source: NominationSource;
  nominated_by: string;
  nominated_by_committee_member: boolean;
  gate: { convened: number | null; present: number; agree: number; passed: boolean; recorded_at: string | null } | null;
  withdrawal: {
    reason: string;
    requested_at: string | null;
    vote: { convened: number; present: number; in_favour: number; passed: boolean; voted_at: string | null } | null;
  } | null;
  status: NomineeStatus;
  on_list: boolean;
  age: number | null;
  months_to_retirement: number | null;
  findings: Finding[];
}

export interface StructureTargets {
  women_min_percent: number;
  under_40_min_percent: number;
  age_40_50_min_percent: number;
  age_40_50_max_percent: number;
  first_time_min_months: number;
  reelected_min_months: number;
  retirement_age_male_months: number;
  retirement_age_female_months: number;
}

export interface StructureWarning {
  code: string;
  nomination_id: number | null;
  message: string;
}

export interface Structure {
  total: number;
  women: number;
  women_percent: number;
  under_40: number;
  under_40_percent: number;
  age_40_50: number;
  age_40_50_percent: number;
  over_50: number;
  over_50_percent: number;
  age_unknown: number;
  first_time: number;
  reelected: number;
  warnings: StructureWarning[];
}

export interface Blocker {
  rule: string;
  nomination_id: number | null;
  message: string;
}

export interface NominationsView {
  election: { id: number; seats: number; profile: string; locked: boolean; title: string };
  gate_method: 'secret_poll' | 'show_of_hands';
  opening: string | null;
  convened: number | null;
  nominations: Nomination[];
  final_list: number[];
  committee_list: number;
  surplus: { seats: number; candidates: number; surplus: number; ratio: number };
  blockers: Blocker[];
  can_finalize: boolean;
  finalized: boolean;
  locked: boolean;
  targets: StructureTargets;
  targets_set: boolean;
  structure: Structure;
}

export interface NominateInput {
  member_id: string;
  source: NominationSource;
  nominated_by?: string;
  nominated_by_committee_member?: boolean;
}

export interface VoteInput {
  present: number;
  agree?: number;
  in_favour?: number;
  convened?: number;
}

export const nominationApi = {
  get: (election: number) => call<NominationsView>('GET', `/elections/${election}/nominations`),
  add: (election: number, input: NominateInput) =>
    call<NominationsView>('POST', `/elections/${election}/nominations`, input),
  poll: (nomination: number, vote: VoteInput) => call<NominationsView>('POST', `/nominations/${nomination}/poll`, vote),
  requestWithdrawal: (nomination: number, reason: string) =>
    call<NominationsView>('POST', `/nominations/${nomination}/withdrawal`, { reason }),
  voteWithdrawal: (nomination: number, vote: VoteInput) =>
    call<NominationsView>('PUT', `/nominations/${nomination}/withdrawal`, vote),
  setTargets: (election: number, targets: StructureTargets) =>
    call<NominationsView>('PUT', `/elections/${election}/structure-targets`, targets),
  finalize: (election: number) => call<NominationsView>('POST', `/elections/${election}/finalize`, {}),
};

export function sourceKey(source: NominationSource): MessageKey {
  return `nominations.source.${source}` as MessageKey;
}

export function statusKey(status: NomineeStatus): MessageKey {
  return `nominations.status.${status}` as MessageKey;
}

// The badge class of a status: on the list (ok), waiting for a vote (pending), off it (muted),
// may not stand (error).
export function statusTone(status: NomineeStatus): 'ok' | 'pending' | 'off' | 'error' {
  switch (status) {
    case 'on_list':
      return 'ok';
    case 'poll_pending':
    case 'withdrawal_pending':
      return 'pending';
    case 'ineligible':
      return 'error';
    default:
      return 'off';
  }
}

export interface StructureRow {
  key: 'women' | 'under_40' | 'age_40_50' | 'over_50' | 'reelected' | 'first_time';
  count: number;
  percent: number | null; // of the list; null for the re-elected / first-time split
  target: string; // "≥ 15%", "40–50%", or "" when there is none
  warn: boolean; // the server warned about this measure (R-STRUCTURE: amber, never red)
}

// The structure table: the server's figures against the targets, flagged by its warnings.
export function structureRows(view: Pick<NominationsView, 'structure' | 'targets'>): StructureRow[] {
  const { structure, targets } = view;
  const warned = new Set(structure.warnings.filter((w) => w.nomination_id === null).map((w) => w.code));
  return [
    { key: 'women', count: structure.women, percent: structure.women_percent, target: `≥ ${targets.women_min_percent}%`, warn: warned.has('women') },
    { key: 'under_40', count: structure.under_40, percent: structure.under_40_percent, target: `≥ ${targets.under_40_min_percent}%`, warn: warned.has('under_40') },
    {
      key: 'age_40_50',
      count: structure.age_40_50,
      percent: structure.age_40_50_percent,
      target: `${targets.age_40_50_min_percent}–${targets.age_40_50_max_percent}%`,
      warn: warned.has('age_40_50'),
    },
    { key: 'over_50', count: structure.over_50, percent: structure.over_50_percent, target: '', warn: false },
    { key: 'reelected', count: structure.reelected, percent: null, target: `≥ ${targets.reelected_min_months}`, warn: false },
    { key: 'first_time', count: structure.first_time, percent: null, target: `≥ ${targets.first_time_min_months}`, warn: false },
  ];
}

// Per-person warnings (time left, a missing birth date) by nomination id.
export function personWarnings(structure: Structure): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  for (const warning of structure.warnings) {
    if (warning.nomination_id === null) continue;
    byId.set(warning.nomination_id, [...(byId.get(warning.nomination_id) ?? []), warning.message]);
  }
  return byId;
}

// A whole number typed into a vote form; null when the field is not one.
export function countOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}
