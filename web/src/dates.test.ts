import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkTypedDate,
  daysBetween,
  formatDayMonthYear,
  isIsoDate,
  monthStarts,
  parseDayMonthYear,
  todayIso,
} from './dates';

describe('parseDayMonthYear', () => {
  it('reads DD/MM/YYYY (with or without leading zeros) and ISO dates', () => {
    expect(parseDayMonthYear('19/05/2020')).toBe('2020-05-19');
    expect(parseDayMonthYear(' 1/6/2020 ')).toBe('2020-06-01');
    expect(parseDayMonthYear('2020-05-19')).toBe('2020-05-19');
  });
  it('refuses impossible days and other text', () => {
    expect(parseDayMonthYear('30/02/2020')).toBeNull();
    expect(parseDayMonthYear('29/02/2021')).toBeNull();
    expect(parseDayMonthYear('29/02/2020')).toBe('2020-02-29');
    expect(parseDayMonthYear('2020-13-01')).toBeNull();
    expect(parseDayMonthYear('19.05.2020')).toBeNull();
    expect(parseDayMonthYear('')).toBeNull();
  });
});

describe('formatDayMonthYear', () => {
  it('writes DD/MM/YYYY and nothing for missing or malformed input', () => {
    expect(formatDayMonthYear('2020-05-19')).toBe('19/05/2020');
    expect(formatDayMonthYear(null)).toBe('');
    expect(formatDayMonthYear('19/05/2020')).toBe('');
  });
});

describe('isIsoDate', () => {
  it('knows real days', () => {
    expect(isIsoDate('2020-05-19')).toBe(true);
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('2020-5-19')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2020-05-19', '2020-05-19')).toBe(0);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2020-12-31', '2021-01-01')).toBe(1);
    expect(daysBetween('2020-06-16', '2020-06-14')).toBe(-2);
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
  it('lists the first day of every month of a range', () => {
    expect(monthStarts('2020-11-15', '2021-02-03')).toEqual([
      '2020-11-01',
      '2020-12-01',
      '2021-01-01',
      '2021-02-01',
    ]);
    expect(monthStarts('2020-05-19', '2020-05-20')).toEqual(['2020-05-01']);
  });
  it('takes today from the local calendar', () => {
    expect(todayIso(new Date(2020, 4, 19, 23, 59))).toBe('2020-05-19');
    expect(todayIso(new Date(2021, 0, 1, 0, 0))).toBe('2021-01-01');
  });
});

describe('checkTypedDate', () => {
  it('reads a typed day and says why anything else is not one', () => {
    expect(checkTypedDate('')).toEqual({ kind: 'empty' });
    expect(checkTypedDate('  ')).toEqual({ kind: 'empty' });
    expect(checkTypedDate('21/6/2020')).toEqual({ kind: 'date', iso: '2020-06-21' });
    expect(checkTypedDate('06/21/2020')).toEqual({ kind: 'invalid' }); // month first is refused
    expect(checkTypedDate('21/06/20')).toEqual({ kind: 'invalid' });
  });
  it('keeps the day inside the bounds given', () => {
    expect(checkTypedDate('19/05/2020', '2020-05-20', '2020-06-19')).toEqual({ kind: 'early', min: '2020-05-20' });
    expect(checkTypedDate('20/06/2020', '2020-05-20', '2020-06-19')).toEqual({ kind: 'late', max: '2020-06-19' });
    expect(checkTypedDate('20/05/2020', '2020-05-20', '2020-06-19')).toEqual({ kind: 'date', iso: '2020-05-20' });
  });
});
