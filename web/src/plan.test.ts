import { describe, expect, it } from 'vitest';
import {
  blankPlan,
  dateEdit,
  detailsDraft,
  detailsEdit,
  levelParams,
  planLevels,
  rowDates,
  splitCodes,
  violationsByOrg,
  withItem,
  withLevelParams,
  withReduced,
} from './plan';
import type { CongressRecord } from './plan';

function record(overrides: Partial<CongressRecord>): CongressRecord {
  return {
    org_code: 'BADINH-KIMMA',
    name: 'Đảng bộ phường Kim Mã',
    level: 'grassroots',
    parent_code: 'BADINH',
    members: 150,
    recorded: true,
    term: '2020-2025',
    ordinal: 0,
    ordinal_roman: '',
    kind: 'members',
    pilot: false,
    planned_start: '2020-05-20',
    planned_end: '2020-05-20',
    held_start: null,
    held_end: null,
    options: [],
    chosen: null,
    venue: '',
    announced_on: null,
    items: ['review', 'documents', 'committee', 'delegation'],
    reduced: false,
    status: 'scheduled',
    status_label: 'Đã có lịch',
    plan_id: 1,
    violations: [],
    ...overrides,
  };
}

describe('plan', () => {
  it('edits the dates a congress is judged on: held once held, else planned', () => {
    expect(rowDates(record({}))).toEqual({ start: '2020-05-20', end: '2020-05-20', held: false });
    const held = record({ held_start: '2020-05-21', held_end: '2020-05-22' });
    expect(rowDates(held)).toEqual({ start: '2020-05-21', end: '2020-05-22', held: true });
    expect(dateEdit(held, '2020-06-20', '2020-06-21')).toEqual({ held_start: '2020-06-20', held_end: '2020-06-21' });
    expect(dateEdit(record({}), '2020-06-20', '2020-06-21')).toEqual({
      planned_start: '2020-06-20',
      planned_end: '2020-06-21',
    });
  });

  it('does not send dates that cannot be checked', () => {
    expect(dateEdit(record({}), '2020-06-21', '2020-06-20')).toBe('plan.endBeforeStart');
    expect(dateEdit(record({}), '', '2020-06-20')).toBe('plan.datesIncomplete');
  });

  it('groups violations by the organization they name', () => {
    const grouped = violationsByOrg([
      { rule: 'R-ORDER-OF-LEVELS', org: 'BADINH', message: 'a' },
      { rule: 'R-WINDOWS', org: 'BADINH-KIMMA', message: 'b' },
      { rule: 'R-MAX-DAYS', org: 'BADINH', message: 'c' },
    ]);
    expect(grouped.get('BADINH')?.map((v) => v.rule)).toEqual(['R-ORDER-OF-LEVELS', 'R-MAX-DAYS']);
    expect(grouped.get('BADINH-KIMMA')).toHaveLength(1);
    expect(grouped.get('HANOI')).toBeUndefined();
  });

  it('sets a level window only when both ends are given', () => {
    let plan = blankPlan('BADINH', '2020-2025');
    plan = withLevelParams(plan, 'grassroots', {
      start: '2020-04-01',
      end: '2020-06-30',
      pilotStart: '2020-03-01',
      pilotEnd: '',
      maxDays: '2',
    });
    expect(plan.windows.grassroots).toEqual(['2020-04-01', '2020-06-30']);
    expect(plan.pilot_windows.grassroots).toBeUndefined();
    expect(plan.max_days.grassroots).toBe(2);
    expect(levelParams(plan, 'grassroots').maxDays).toBe('2');
    plan = withLevelParams(plan, 'grassroots', { ...levelParams(plan, 'grassroots'), end: '', maxDays: 'x' });
    expect(plan.windows.grassroots).toBeUndefined();
    expect(plan.max_days.grassroots).toBeUndefined();
  });

  it('lists the levels of the congresses, then those the plan names', () => {
    const plan = { ...blankPlan('BADINH', '2020-2025'), max_days: { province: 4 } };
    expect(planLevels(plan, [record({ level: 'district' }), record({}), record({ level: 'cell' })])).toEqual([
      'district',
      'grassroots',
      'cell',
      'province',
    ]);
    expect(splitCodes(' BADINH-QUANTHANH, BADINH-KIMMA  X ')).toEqual(['BADINH-QUANTHANH', 'BADINH-KIMMA', 'X']);
  });
});

describe('congress details (venue, announcement, R-CONTENT items, reduced congress)', () => {
  it('sends only what changed', () => {
    const r = record({ venue: 'Hội trường phường', announced_on: '2020-04-01' });
    const draft = detailsDraft(r);
    expect(detailsEdit(r, draft)).toEqual({});
    expect(detailsEdit(r, { ...draft, venue: ' Nhà văn hóa ' })).toEqual({ venue: 'Nhà văn hóa' });
    expect(detailsEdit(r, { ...draft, announcedOn: '' })).toEqual({ announced_on: null });
    expect(detailsEdit(r, { ...draft, announcedOn: '2020-04-02' })).toEqual({ announced_on: '2020-04-02' });
  });
  it('a reduced congress keeps items 1–2 and is sent with its items (R-CONTENT)', () => {
    const r = record({});
    const reduced = withReduced(detailsDraft(r), true);
    expect(reduced.items).toEqual(['review', 'documents']);
    expect(detailsEdit(r, reduced)).toEqual({ items: ['review', 'documents'], reduced: true });
    const full = withReduced(reduced, false);
    expect(full.items).toEqual(['review', 'documents', 'committee', 'delegation']);
    expect(detailsEdit(r, full)).toEqual({});
  });
  it('items stay in the rule’s order', () => {
    const r = record({ reduced: true, items: ['review'] });
    const draft = withItem(detailsDraft(r), 'documents', true);
    expect(draft.items).toEqual(['review', 'documents']);
    expect(detailsEdit(r, draft)).toEqual({ items: ['review', 'documents'] });
    expect(withItem(draft, 'review', false).items).toEqual(['documents']);
  });
});
