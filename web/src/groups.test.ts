import { describe, expect, it } from 'vitest';
import {
  byKind,
  congressPath,
  coverage,
  emptyCommendation,
  missingFields,
  notAttending,
  spanText,
  taskClass,
  todayIso,
} from './groups';
import type { AssignedUnit, WorkingGroup } from './groups';

const unit = (code: string, attendees: number[] = []): AssignedUnit => ({
  assignment_id: code.length,
  unit_code: code,
  unit_name: `Đảng bộ phường ${code}`,
  term: '2020-2025',
  start: '2020-05-14',
  end: '2020-05-15',
  held: true,
  attendees: attendees.map((id) => ({ id: 100 + id, group_member_id: id, full_name: `P${id}` })),
});

const group = (id: number, kind: 'working' | 'guidance', units: AssignedUnit[]): WorkingGroup => ({
  id,
  kind,
  name: `Tổ ${id}`,
  note: '',
  members: [
    { id: 1, member_id: '', full_name: 'Nguyễn Văn An', role: 'leader' },
    { id: 2, member_id: '', full_name: 'Trần Thị Bình', role: 'member' },
  ],
  units,
});

describe('groups', () => {
  it('builds the congress path with the code and term encoded', () => {
    expect(congressPath('BADINH', '2020-2025')).toBe('/congresses/BADINH/2020-2025');
    expect(congressPath('A B', '2020-2025')).toBe('/congresses/A%20B/2020-2025');
  });

  it('writes a span as one date or two', () => {
    const vi = (iso: string) => iso.split('-').reverse().join('/');
    expect(spanText('2020-05-14', '2020-05-15', vi)).toBe('14/05/2020 – 15/05/2020');
    expect(spanText('2020-05-14', '2020-05-14', vi)).toBe('14/05/2020');
    expect(spanText(null, null, vi)).toBe('');
  });

  it('splits working and guidance groups', () => {
    const split = byKind([group(1, 'guidance', []), group(2, 'working', []), group(3, 'working', [])]);
    expect(split.working.map((g) => g.id)).toEqual([2, 3]);
    expect(split.guidance.map((g) => g.id)).toEqual([1]);
  });

  it('counts each unit once and those nobody attends', () => {
    const groups = [group(1, 'working', [unit('A', [1]), unit('B')]), group(2, 'guidance', [unit('B'), unit('C')])];
    expect(coverage(groups)).toEqual({ units: 3, unattended: 2 });
    groups[1].units[0].attendees.push({ id: 9, group_member_id: 1, full_name: 'X' });
    expect(coverage(groups)).toEqual({ units: 3, unattended: 1 });
  });

  it('offers the members not attending the unit yet', () => {
    const g = group(1, 'working', [unit('A', [1])]);
    expect(notAttending(g, g.units[0]).map((m) => m.id)).toEqual([2]);
  });

  it('marks overdue tasks', () => {
    expect(taskClass('overdue')).toBe('task-overdue');
    expect(taskClass('done')).toBe('task-done');
    expect(taskClass('open')).toBe('task-open');
  });

  it('names the fields a commendation still needs', () => {
    const c = emptyCommendation('collective', '2020-08-28');
    expect(missingFields(c)).toEqual(['org_code', 'decision', 'reason']);
    const i = { ...emptyCommendation('individual', ''), full_name: 'Ngô Thị Hoa', decision: 'QĐ 1', reason: 'x' };
    expect(missingFields(i)).toEqual(['decided_on']);
  });

  it('gives today as ISO', () => {
    expect(todayIso(new Date(2020, 4, 9))).toBe('2020-05-09');
  });
});

describe('groups route', async () => {
  const { parseRoute, routePath } = await import('./router');
  it('reads and writes /groups/CODE/TERM', () => {
    expect(parseRoute('/groups/BADINH/2020-2025')).toEqual({ page: 'groups', org: 'BADINH', term: '2020-2025' });
    expect(parseRoute('/groups')).toEqual({ page: 'groups', org: null, term: null });
    expect(routePath({ page: 'groups', org: 'BADINH', term: '2020-2025' })).toBe('/groups/BADINH/2020-2025');
  });
});
