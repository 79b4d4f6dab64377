// Calendar days as ISO strings ("2020-05-19"), with no time zone: congress dates are days.
// Arithmetic goes through UTC midnights so daylight saving never shifts a day.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/;
const DAY_MS = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null; // 30/02 and the like
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// A real date in ISO form, else null.
export function isIsoDate(text: string): boolean {
  const match = ISO.exec(text);
  return match !== null && fromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

// "19/05/2020" or "2020-05-19" → "2020-05-19"; null for anything else, impossible days included.
export function parseDayMonthYear(text: string): string | null {
  const dmy = DMY.exec(text);
  if (dmy) return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const trimmed = text.trim();
  return isIsoDate(trimmed) ? trimmed : null;
}

// "2020-05-19" → "19/05/2020" whatever the language (how the dashboard shows dates); empty for
// null or malformed input.
export function formatDayMonthYear(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO.exec(iso);
  if (!match) return '';
  return `${match[3]}/${match[2]}/${match[1]}`;
}

// The local calendar day of `now` (the user's "today").
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function toDays(iso: string): number {
  const match = ISO.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDays(days: number): string {
  const date = new Date(days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// b − a in days (negative when b is earlier).
export function daysBetween(a: string, b: string): number {
  return toDays(b) - toDays(a);
}

export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days);
}

// The first day of each month from the month of `from` through the month of `to`.
export function monthStarts(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const start = `${pad(year, 4)}-${pad(month)}-01`;
    if (start.slice(0, 7) > last) break;
    out.push(start);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

// What a typed date field holds (components/DateInput): empty, a day (ISO), or why it is not one.
export type DateCheck =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'invalid' }
  | { kind: 'early'; min: string }
  | { kind: 'late'; max: string };

// Reads what the clerk typed as DD/MM/YYYY (ISO accepted too) and keeps it inside [min, max]
// when those are given (ISO days).
export function checkTypedDate(text: string, min?: string, max?: string): DateCheck {
  if (text.trim() === '') return { kind: 'empty' };
  const iso = parseDayMonthYear(text);
  if (iso === null) return { kind: 'invalid' };
  if (min && iso < min) return { kind: 'early', min };
  if (max && iso > max) return { kind: 'late', max };
  return { kind: 'date', iso };
}
