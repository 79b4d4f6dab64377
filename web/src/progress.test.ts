import { describe, expect, it } from 'vitest';
import {
  barSegments,
  calendarMonths,
  calendarWeeks,
  congressStatus,
  daysToFinish,
  mondayOf,
  overdueFirst,
  dayOffset,
  heldOfTotal,
  percent,
  place,
  timelineRows,
  timelineScale,
  totalOverdue,
} from './progress';
import type { LevelForecast, LevelProgress, ListedCongress } from './progress';

const level = (held: number, scheduled: number, unscheduled: number, overdue: number): LevelProgress => ({
  level: 'grassroots',
  total: held + scheduled + unscheduled,
  held,
  scheduled,
  unscheduled,
  overdue,
});

function congress(code: string, dates: Partial<ListedCongress>): ListedCongress {
  return {
    org_code: code,
    org_name: `Đảng bộ ${code}`,
    level: 'grassroots',
    parent_code: 'BADINH',
    term: '2020-2025',
    ordinal: 0,
    kind: 'members',
    pilot: false,
    planned_start: null,
    planned_end: null,
    held_start: null,
    held_end: null,
    ...dates,
  };
}

describe('percent', () => {
  it('rounds down so that only everything is 100%', () => {
    expect(percent(48, 56)).toBe(85);
    expect(percent(55, 56)).toBe(98);
    expect(percent(999, 1000)).toBe(99);
    expect(percent(56, 56)).toBe(100);
    expect(percent(0, 56)).toBe(0);
    expect(percent(3, 0)).toBe(0);
  });
});

describe('heldOfTotal', () => {
  it('reads held over total', () => {
    expect(heldOfTotal(level(48, 8, 0, 0))).toBe('48/56');
  });
});

describe('barSegments', () => {
  it('takes overdue out of scheduled and keeps every organization once', () => {
    const segments = barSegments(level(48, 8, 2, 3));
    expect(segments.map((s) => [s.kind, s.count])).toEqual([
      ['held', 48],
      ['scheduled', 5],
      ['overdue', 3],
      ['unscheduled', 2],
    ]);
  });
  it('gives widths that add up to exactly 100', () => {
    for (const sample of [level(48, 8, 0, 0), level(1, 1, 1, 0), level(2, 3, 2, 1), level(0, 0, 7, 0)]) {
      const sum = barSegments(sample).reduce((total, s) => total + Math.round(s.width * 100), 0);
      expect(sum).toBe(10_000);
    }
    const thirds = barSegments(level(1, 1, 1, 0));
    expect(thirds.map((s) => s.width)).toEqual([33.34, 33.33, 0, 33.33]);
  });
  it('is empty for an empty level', () => {
    expect(barSegments(level(0, 0, 0, 0)).every((s) => s.width === 0)).toBe(true);
  });
});

describe('totalOverdue', () => {
  it('sums the levels', () => {
    expect(totalOverdue([level(1, 2, 0, 1), { ...level(0, 3, 0, 2), level: 'cell' }])).toBe(3);
  });
});

describe('congressStatus', () => {
  const asOf = '2020-05-19';
  it('follows the contract: held when held_end <= as_of, overdue when planned_end < as_of', () => {
    expect(congressStatus(congress('A', { held_start: '2020-05-18', held_end: '2020-05-19' }), asOf)).toBe('held');
    expect(
      congressStatus(
        congress('B', { planned_start: '2020-05-20', planned_end: '2020-05-21', held_start: '2020-05-20', held_end: '2020-05-21' }),
        asOf,
      ),
    ).toBe('scheduled');
    expect(congressStatus(congress('C', { planned_start: '2020-05-10', planned_end: '2020-05-18' }), asOf)).toBe('overdue');
    expect(congressStatus(congress('D', { planned_start: '2020-05-19', planned_end: '2020-05-19' }), asOf)).toBe('scheduled');
    expect(congressStatus(congress('E', {}), asOf)).toBe('unscheduled');
  });
});

describe('timeline', () => {
  const asOf = '2020-05-19';
  const rows = timelineRows(
    [
      congress('HELD', { planned_start: '2020-04-01', planned_end: '2020-04-02', held_start: '2020-04-03', held_end: '2020-04-04' }),
      congress('LATE2', { planned_start: '2020-05-01', planned_end: '2020-05-02' }),
      congress('NODATE', {}),
      congress('SOON', { planned_start: '2020-05-25', planned_end: '2020-05-26' }),
      congress('LATE1', { planned_start: '2020-04-20', planned_end: '2020-04-21' }),
      congress('FUTUREHELD', { planned_start: '2020-06-01', planned_end: '2020-06-01', held_start: '2020-06-01', held_end: '2020-06-01' }),
    ],
    asOf,
  );
  it('puts overdue congresses first, then scheduled by start day, then those with no date, then held', () => {
    expect(rows.map((row) => row.congress.org_code)).toEqual(['LATE1', 'LATE2', 'SOON', 'FUTUREHELD', 'NODATE', 'HELD']);
    expect(rows.find((row) => row.congress.org_code === 'HELD')?.held).toEqual({ start: '2020-04-03', end: '2020-04-04' });
    // Held after the as-of day: not held yet on that day.
    expect(rows.find((row) => row.congress.org_code === 'FUTUREHELD')?.held).toBeNull();
  });
  it('spans whole months around every date and the as-of day', () => {
    const scale = timelineScale(rows, asOf);
    expect(scale.from).toBe('2020-04-01');
    expect(scale.to).toBe('2020-06-30');
    expect(scale.days).toBe(91);
    expect(scale.months).toEqual(['2020-04-01', '2020-05-01', '2020-06-01']);
    const first = place(scale, { start: '2020-04-01', end: '2020-04-01' });
    expect(first.left).toBe(0);
    expect(first.width).toBeCloseTo(100 / 91);
    const whole = place(scale, { start: '2020-04-01', end: '2020-06-30' });
    expect(whole.width).toBeCloseTo(100);
    expect(dayOffset(scale, '2020-05-01')).toBeCloseTo((30 / 91) * 100);
  });
  it('crosses a year end', () => {
    const scale = timelineScale([], '2020-12-31');
    expect(scale.from).toBe('2020-12-01');
    expect(scale.to).toBe('2020-12-31');
    expect(scale.days).toBe(31);
  });
});

describe('overdueFirst', () => {
  it('puts the children with overdue congresses first, the most overdue first, else keeps the order', () => {
    const children = [
      { code: 'A', levels: [level(5, 0, 0, 0)] },
      { code: 'B', levels: [level(1, 3, 0, 1)] },
      { code: 'C', levels: [level(0, 4, 0, 3)] },
      { code: 'D', levels: [level(2, 0, 1, 0)] },
    ];
    expect(overdueFirst(children).map((child) => child.code)).toEqual(['C', 'B', 'A', 'D']);
  });
});

describe('daysToFinish', () => {
  const forecast = (finish: string | null): LevelForecast => ({
    level: 'grassroots',
    total: 56,
    held: 48,
    scheduled: 8,
    unscheduled: 0,
    overdue: 0,
    latest_end: finish,
    finish,
    window: null,
    verdict: 'no_window',
    days_late: 0,
  });
  it('counts the days from the day shown to the finish', () => {
    expect(daysToFinish(forecast('2020-05-27'), '2020-05-19')).toBe(8);
    expect(daysToFinish(forecast(null), '2020-05-19')).toBeNull();
  });
});

describe('the month calendar', () => {
  const list = [
    congress('HELD', { planned_start: '2020-05-04', planned_end: '2020-05-05', held_start: '2020-05-06', held_end: '2020-05-07' }),
    congress('LATE', { planned_start: '2020-05-11', planned_end: '2020-05-12' }),
    congress('SOON', { planned_start: '2020-05-26', planned_end: '2020-06-02' }),
    congress('NODATE', {}),
  ];

  it('starts weeks on Monday', () => {
    expect(mondayOf('2020-05-19')).toBe('2020-05-18'); // a Tuesday
    expect(mondayOf('2020-05-18')).toBe('2020-05-18');
    expect(mondayOf('2020-05-24')).toBe('2020-05-18'); // a Sunday
  });

  it('fills whole weeks and puts each congress on its days: held ones on their held days', () => {
    const weeks = calendarWeeks(list, '2020-05-01', '2020-05-19');
    expect(weeks[0][0].date).toBe('2020-04-27');
    expect(weeks[0][0].inMonth).toBe(false);
    expect(weeks[weeks.length - 1][6].date).toBe('2020-05-31'); // a Sunday: May ends a week
    const day = (date: string) => weeks.flat().find((d) => d.date === date)!;
    expect(day('2020-05-04').entries).toEqual([]); // planned, but held two days later
    expect(day('2020-05-06').entries.map((e) => [e.congress.org_code, e.status, e.first])).toEqual([
      ['HELD', 'held', true],
    ]);
    expect(day('2020-05-12').entries.map((e) => [e.status, e.first])).toEqual([['overdue', false]]);
    // A congress running into June shows on every May day it covers.
    expect(day('2020-05-31').entries.map((e) => [e.congress.org_code, e.first])).toEqual([['SOON', false]]);
    expect(calendarWeeks(list, '2020-06-01', '2020-05-19')[0][1].entries.map((e) => e.congress.org_code)).toEqual([
      'SOON',
    ]); // Tuesday 2 June
    expect(weeks.flat().some((d) => d.entries.some((e) => e.congress.org_code === 'NODATE'))).toBe(false);
  });

  it('lists overdue congresses first on a day', () => {
    const crowded = [
      congress('ON', { planned_start: '2020-05-20', planned_end: '2020-05-21' }),
      congress('OFF', { planned_start: '2020-05-18', planned_end: '2020-05-20' }),
    ];
    const weeks = calendarWeeks(crowded, '2020-05-01', '2020-05-21');
    const day = weeks.flat().find((d) => d.date === '2020-05-20')!;
    expect(day.entries.map((e) => [e.congress.org_code, e.status])).toEqual([
      ['OFF', 'overdue'],
      ['ON', 'scheduled'],
    ]);
  });

  it('opens on the month of the first overdue congress, else the month shown', () => {
    expect(calendarMonths(list, '2020-05-19')).toEqual({ months: ['2020-05-01', '2020-06-01'], initial: '2020-05-01' });
    const ahead = [congress('SOON', { planned_start: '2020-06-26', planned_end: '2020-06-27' })];
    expect(calendarMonths(ahead, '2020-06-01').initial).toBe('2020-06-01');
    expect(calendarMonths(ahead, '2020-01-10').initial).toBe('2020-06-01');
    expect(calendarMonths([], '2020-01-10')).toEqual({ months: ['2020-01-01'], initial: '2020-01-01' });
  });
});
