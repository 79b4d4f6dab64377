import { describe, expect, it } from 'vitest';
import {
  chosenFrom,
  coversDay,
  leaderOf,
  matchingNodes,
  movableTeams,
  roundInput,
  scheduleByTeam,
  teamDraft,
  teamProblem,
  toggleUnit,
  unitChoices,
  unitsChanged,
  visitDates,
  windowDays,
  withPerson,
} from './inspection';
import type { InspectionView } from './inspection';

function view(): InspectionView {
  const team = (id: number, units: number) => ({
    id,
    name: `Đoàn ${id}`,
    members: [
      { member_id: '', full_name: `Thành viên ${id}`, role: 'member' as const, role_text: 'Thành viên', home_org: '' },
      { member_id: '', full_name: `Trưởng ${id}`, role: 'leader' as const, role_text: 'Trưởng đoàn', home_org: '' },
    ],
    units,
    load: 0,
  });
  const unit = (code: string, team: number | null, start = '2020-05-20', end = start) => ({
    org_code: code,
    name: code,
    members: 100,
    visit_days: 1,
    fixed_team_id: null,
    excluded_teams: code === 'A' ? [2] : [],
    visit: team === null ? null : { id: 1, team_id: team, start, end, manual: false },
    finding: null,
  });
  return {
    id: 1,
    org_code: 'HANOI',
    org_name: 'Hà Nội',
    term: '2020-2025',
    title: '',
    window_start: '2020-05-20',
    window_end: '2020-06-19',
    min_units_per_team: 1,
    max_units_per_team: 2,
    working_days_only: true,
    created_at: '',
    assigned_at: null,
    teams: [team(1, 2), team(2, 1), team(3, 2)],
    units: [unit('A', 1, '2020-05-25'), unit('B', 1, '2020-05-21', '2020-05-22'), unit('C', 2), unit('D', null)],
    problems: [],
  };
}

describe('inspection', () => {
  it('lists the working days of the window', () => {
    const days = windowDays('2020-05-20', '2020-06-19', true);
    expect(days).toHaveLength(23);
    expect(days).not.toContain('2020-05-23'); // a Saturday
    expect(windowDays('2020-05-22', '2020-05-25', false)).toEqual([
      '2020-05-22',
      '2020-05-23',
      '2020-05-24',
      '2020-05-25',
    ]);
  });

  it('groups the schedule by team, by date', () => {
    const { teams, unassigned } = scheduleByTeam(view());
    expect(teams.map((t) => t.units.map((u) => u.org_code))).toEqual([['B', 'A'], ['C'], []]);
    expect(unassigned.map((u) => u.org_code)).toEqual(['D']);
  });

  it('offers only teams without a member from the unit and with room', () => {
    const v = view();
    expect(movableTeams(v, v.units[0]).map((t) => t.id)).toEqual([1]); // 2 excluded, 3 full
    expect(movableTeams(v, v.units[2]).map((t) => t.id)).toEqual([2]);
  });

  it('writes dates and finds the leader', () => {
    const v = view();
    expect(visitDates(v.units[1].visit!)).toBe('21/05 – 22/05/2020');
    expect(visitDates(v.units[0].visit!)).toBe('25/05/2020');
    expect(coversDay(v.units[1].visit!, '2020-05-22')).toBe(true);
    expect(coversDay(v.units[1].visit!, '2020-05-23')).toBe(false);
    expect(leaderOf(v.teams[0])).toBe('Trưởng 1');
  });
});

describe('setting a round up', () => {
  it('keeps one leader on a new team and sends registry members by id', () => {
    let people = withPerson([], { member_id: 'M1', full_name: 'Lê Văn An', home_org: 'BD-1', role: 'member' });
    expect(teamProblem(people)).toBe('inspection.teamNoLeader');
    people = withPerson(people, { member_id: 'M2', full_name: 'Trần Thị Bình', home_org: 'BD-2', role: 'leader' });
    people = withPerson(people, { member_id: '', full_name: 'Phạm Văn Cường', home_org: '', role: 'leader' });
    expect(people.map((p) => [p.full_name, p.role])).toEqual([
      ['Phạm Văn Cường', 'leader'],
      ['Trần Thị Bình', 'member'], // the earlier leader, now a member
      ['Lê Văn An', 'member'],
    ]);
    expect(teamProblem(people)).toBeNull();
    // The same person again changes their role, not the count.
    expect(withPerson(people, { member_id: 'M1', full_name: 'Lê Văn An', home_org: 'BD-1', role: 'deputy' })).toHaveLength(3);
    expect(teamDraft(' Đoàn số 1 ', people)).toEqual({
      name: 'Đoàn số 1',
      members: [
        { full_name: 'Phạm Văn Cường', role: 'leader' },
        { member_id: 'M2', full_name: 'Trần Thị Bình', role: 'member' },
        { member_id: 'M1', full_name: 'Lê Văn An', role: 'member' },
      ],
    });
  });

  it('ticks units in and out, keeps their days and tells a changed list', () => {
    const round = view();
    let chosen = chosenFrom(round);
    expect(unitsChanged(round, chosen)).toBe(false);
    chosen = toggleUnit(chosen, { org_code: 'E', name: 'E', members: 40 }, true);
    expect(unitsChanged(round, chosen)).toBe(true);
    chosen = toggleUnit(chosen, { org_code: 'E', name: 'E', members: 40 }, false);
    expect(unitsChanged(round, chosen)).toBe(false);
    chosen = chosen.map((c) => (c.org_code === 'A' ? { ...c, visit_days: 2 } : c));
    expect(unitsChanged(round, chosen)).toBe(true);
    expect(unitChoices(chosen)[0]).toEqual({ org_code: 'A', visit_days: 2 });
    expect(toggleUnit(chosen, { org_code: 'A', name: 'A', members: 100 }, true).find((c) => c.org_code === 'A')!.visit_days).toBe(2);
  });

  it('finds units by name or code without accents, and sends the round as it stands', () => {
    const nodes = [
      { code: 'BADINH', name: 'Đảng bộ quận Ba Đình' },
      { code: 'HN2020-HOANKIEM', name: 'Đảng bộ quận Hoàn Kiếm' },
    ];
    expect(matchingNodes(nodes, 'ba dinh').map((n) => n.code)).toEqual(['BADINH']);
    expect(matchingNodes(nodes, 'hn2020').map((n) => n.code)).toEqual(['HN2020-HOANKIEM']);
    expect(matchingNodes(nodes, ' ')).toHaveLength(2);
    expect(roundInput(view())).toEqual({
      org_code: 'HANOI',
      term: '2020-2025',
      title: '',
      window_start: '2020-05-20',
      window_end: '2020-06-19',
      min_units_per_team: 1,
      max_units_per_team: 2,
      working_days_only: true,
    });
  });
});
