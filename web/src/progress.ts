// The progress dashboard's pure parts: the shapes of GET /progress and GET /congresses
// (docs/api.md), progress bar maths and the timeline's rows and scale.
import { addDays, daysBetween, monthStarts } from './dates';

export interface LevelProgress {
  level: string;
  total: number;
  held: number;
  scheduled: number; // not held, with a planned date (overdue included)
  unscheduled: number;
  overdue: number; // part of scheduled: planned_end < as_of
}

export interface ChildProgress {
  code: string;
  name: string;
  levels: LevelProgress[];
}

export interface OverdueCongress {
  code: string;
  name: string;
  level: string;
  planned_start: string | null;
  planned_end: string;
}

export interface AtRiskCongress {
  code: string;
  name: string;
  level: string;
  planned_end: string;
  parent_code: string;
  parent_planned_start: string;
  days_before_parent: number;
}

export interface Progress {
  root: string;
  as_of: string;
  levels: LevelProgress[];
  children: ChildProgress[];
  round_year: number;
  overdue_list: OverdueCongress[];
  at_risk: AtRiskCongress[];
}

export interface ListedCongress {
  org_code: string;
  org_name: string;
  level: string;
  parent_code: string;
  term: string;
  ordinal: number;
  kind: 'members' | 'delegates';
  pilot: boolean;
  planned_start: string | null;
  planned_end: string | null;
  held_start: string | null;
  held_end: string | null;
}

// Whole percent of part in total, rounded down so that 100% means everything (55/56 is 98%,
// never 100%); 0 when total is 0.
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((Math.max(0, Math.min(part, total)) * 100) / total);
}

// "48/56".
export function heldOfTotal(level: LevelProgress): string {
  return `${level.held}/${level.total}`;
}

export type Segment = 'held' | 'scheduled' | 'overdue' | 'unscheduled';

export interface BarSegment {
  kind: Segment;
  count: number;
  width: number; // percent of the bar, in hundredths; the widths of a bar add up to 100 exactly
}

// The bar of one level: held, scheduled on time, overdue, unscheduled (each organization once;
// overdue is taken out of scheduled). Widths by largest remainder so they add up to exactly 100
// and a non-empty part never vanishes below a visible sliver.
export function barSegments(level: LevelProgress): BarSegment[] {
  const onTime = Math.max(0, level.scheduled - level.overdue);
  const counts: [Segment, number][] = [
    ['held', level.held],
    ['scheduled', onTime],
    ['overdue', level.overdue],
    ['unscheduled', level.unscheduled],
  ];
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return counts.map(([kind, count]) => ({ kind, count, width: 0 }));
  const UNITS = 10_000; // hundredths of a percent
  const exact = counts.map(([, count]) => (count * UNITS) / total);
  const widths = exact.map(Math.floor);
  let left = UNITS - widths.reduce((sum, width) => sum + width, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    widths[index] += 1;
    left -= 1;
  }
  return counts.map(([kind, count], index) => ({ kind, count, width: widths[index] / 100 }));
}

// Sums the levels of a child's subtree, for the overdue column of the children table.
export function totalOverdue(levels: LevelProgress[]): number {
  return levels.reduce((sum, level) => sum + level.overdue, 0);
}

export type CongressStatus = 'held' | 'overdue' | 'scheduled' | 'unscheduled';

// As of `asOf` (CONTRACTS.md "Data"): held when held_end <= asOf; else overdue when
// planned_end < asOf; else scheduled with a planned date; else unscheduled. Held dates after
// asOf have not happened yet as of that day.
export function congressStatus(congress: ListedCongress, asOf: string): CongressStatus {
  if (congress.held_end && congress.held_end <= asOf) return 'held';
  if (congress.planned_end && congress.planned_end < asOf) return 'overdue';
  if (congress.planned_start || congress.planned_end) return 'scheduled';
  return 'unscheduled';
}

export interface Span {
  start: string;
  end: string; // inclusive
}

export interface TimelineRow {
  congress: ListedCongress;
  status: CongressStatus;
  planned: Span | null;
  held: Span | null; // only once held as of the date
}

function span(start: string | null, end: string | null): Span | null {
  const first = start ?? end;
  const last = end ?? start;
  if (!first || !last) return null;
  return first <= last ? { start: first, end: last } : { start: last, end: first };
}

const STATUS_ORDER: Record<CongressStatus, number> = { overdue: 0, scheduled: 1, unscheduled: 2, held: 3 };

// The timeline's rows: what still needs attention first — overdue congresses (the most late
// first), then the scheduled ones by planned start, then those with no date — and the congresses
// already held last, by the day they started.
export function timelineRows(congresses: ListedCongress[], asOf: string): TimelineRow[] {
  const rows = congresses.map((congress) => {
    const status = congressStatus(congress, asOf);
    return {
      congress,
      status,
      planned: span(congress.planned_start, congress.planned_end),
      held: status === 'held' ? span(congress.held_start, congress.held_end) : null,
    };
  });
  const key = (row: TimelineRow) => {
    if (row.status === 'overdue') return row.planned?.end ?? '';
    return (row.held ?? row.planned)?.start ?? '';
  };
  return rows.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      key(a).localeCompare(key(b)) ||
      a.congress.org_name.localeCompare(b.congress.org_name, 'vi'),
  );
}

export interface Scale {
  from: string; // first day shown (a month's first day)
  to: string; // last day shown, inclusive (a month's last day)
  days: number;
  months: string[]; // first day of each month shown
}

// Whole months around every date of the rows and `asOf`.
export function timelineScale(rows: TimelineRow[], asOf: string): Scale {
  let first = asOf;
  let last = asOf;
  for (const row of rows) {
    for (const part of [row.planned, row.held]) {
      if (!part) continue;
      if (part.start < first) first = part.start;
      if (part.end > last) last = part.end;
    }
  }
  const from = `${first.slice(0, 7)}-01`;
  const months = monthStarts(from, last);
  const to = addDays(addDays(months[months.length - 1], 31).slice(0, 8) + '01', -1);
  return { from, to, days: daysBetween(from, to) + 1, months };
}

// Left edge and width of a span on the scale, in percent (a one-day span is one day wide).
export function place(scale: Scale, part: Span): { left: number; width: number } {
  const left = (daysBetween(scale.from, part.start) / scale.days) * 100;
  const width = ((daysBetween(part.start, part.end) + 1) / scale.days) * 100;
  return { left, width };
}

// A day's position on the scale, in percent (its left edge).
export function dayOffset(scale: Scale, day: string): number {
  return (daysBetween(scale.from, day) / scale.days) * 100;
}

// The forecast of GET /progress/forecast (docs/api.md): when each level will finish.
export type Verdict = 'done' | 'on_time' | 'late' | 'unknown' | 'no_window';

export interface LevelForecast {
  level: string;
  total: number;
  held: number;
  scheduled: number;
  unscheduled: number;
  overdue: number;
  latest_end: string | null; // the least it will take, even while some are unscheduled
  finish: string | null; // null while any organization of the level is unscheduled
  window: [string, string] | null;
  verdict: Verdict;
  days_late: number;
}

export interface ForecastRisk {
  code: string;
  name: string;
  level: string;
  reason: 'overdue' | 'after_window';
  planned_end: string | null;
  expected_end: string;
  window_end: string | null;
}

export interface Forecast {
  root: string;
  as_of: string;
  round_year: number;
  finish: string | null;
  levels: LevelForecast[];
  at_risk: ForecastRisk[];
  // The stored plan the levels were judged by (GET: the subtree's committee's, or the nearest
  // committee above with one for the round); null when none, absent for a plan sent in the body.
  plan?: ForecastPlan | null;
}

export interface ForecastPlan {
  id: number;
  title: string;
  root: string;
  term: string;
}

// Days from the day shown to a level's forecast finish (negative: already past); null without one.
export function daysToFinish(level: LevelForecast, asOf: string): number | null {
  return level.finish ? daysBetween(asOf, level.finish) : null;
}

// Children that need attention first: those with overdue congresses, the most overdue first;
// then the others in the order given.
export function overdueFirst<T extends { levels: LevelProgress[] }>(children: T[]): T[] {
  return children
    .map((child, index) => ({ child, index, overdue: totalOverdue(child.levels) }))
    .sort((a, b) => b.overdue - a.overdue || a.index - b.index)
    .map(({ child }) => child);
}

// One congress on one day of the calendar.
export interface CalendarEntry {
  congress: ListedCongress;
  status: CongressStatus;
  first: boolean; // the congress's first day (later days are continuations)
}

export interface CalendarDay {
  date: string;
  inMonth: boolean; // false for the days of the neighbouring months that fill the weeks
  entries: CalendarEntry[]; // overdue first, then scheduled, then held
}

// Monday of the week of `iso` (weeks start on Monday, as Vietnamese calendars print them).
export function mondayOf(iso: string): string {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(iso, -weekday);
}

// The weeks of the month starting `month` (YYYY-MM-01), Monday to Sunday, each day with the
// congresses on it as of `asOf`: held ones on their held days, the others on their planned days.
export function calendarWeeks(congresses: ListedCongress[], month: string, asOf: string): CalendarDay[][] {
  const first = `${month.slice(0, 7)}-01`;
  const next = monthStarts(addDays(first, 31), addDays(first, 31))[0];
  const last = addDays(next, -1);
  const from = mondayOf(first);
  const to = addDays(mondayOf(last), 6);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const row of timelineRows(congresses, asOf)) {
    const dates = row.held ?? row.planned;
    if (!dates) continue;
    const start = dates.start < from ? from : dates.start;
    const end = dates.end > to ? to : dates.end;
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const list = byDay.get(day) ?? [];
      list.push({ congress: row.congress, status: row.status, first: day === dates.start });
      byDay.set(day, list);
    }
  }
  const weeks: CalendarDay[][] = [];
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    const week: CalendarDay[] = [];
    for (let k = 0; k < 7; k += 1) {
      const date = addDays(monday, k);
      week.push({ date, inMonth: date.slice(0, 7) === first.slice(0, 7), entries: byDay.get(date) ?? [] });
    }
    weeks.push(week);
  }
  return weeks;
}

// The months that hold a congress date, first to last, and the month to open on: the month of
// the first overdue congress when there is one, else the day shown's month when it holds
// congresses, else the first month with any.
export function calendarMonths(
  congresses: ListedCongress[],
  asOf: string,
): { months: string[]; initial: string } {
  const rows = timelineRows(congresses, asOf);
  const spans = rows.map((row) => row.held ?? row.planned).filter((span): span is Span => span !== null);
  if (spans.length === 0) {
    const month = `${asOf.slice(0, 7)}-01`;
    return { months: [month], initial: month };
  }
  let first = spans[0].start;
  let last = spans[0].end;
  for (const span of spans) {
    if (span.start < first) first = span.start;
    if (span.end > last) last = span.end;
  }
  const months = monthStarts(first, last);
  const overdue = rows.find((row) => row.status === 'overdue');
  const asOfMonth = `${asOf.slice(0, 7)}-01`;
  const initial = overdue?.planned
    ? `${overdue.planned.end.slice(0, 7)}-01`
    : months.includes(asOfMonth)
      ? asOfMonth
      : months[0];
  return { months, initial };
}
