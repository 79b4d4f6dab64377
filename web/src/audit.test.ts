import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditQuery, emptyFilters, formatAuditTime, nextDay, shortHash } from './audit';

describe('audit filters', () => {
  it('asks for nothing without filters', () => {
    expect(auditQuery(emptyFilters)).toBe('');
  });

  it('upper-cases the organization code and trims the actor', () => {
    expect(auditQuery({ ...emptyFilters, org: ' badinh ', actor: ' badinh.btc ' })).toBe('?org=BADINH&actor=badinh.btc');
  });

  it('makes the last day inclusive: the API bound is exclusive', () => {
    expect(auditQuery({ ...emptyFilters, from: '2020-06-01', to: '2020-06-30' })).toBe('?from=2020-06-01&to=2020-07-01');
    expect(nextDay('2020-12-31')).toBe('2021-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('pages and exports with the same filters', () => {
    expect(auditQuery({ ...emptyFilters, org: 'HANOI' }, 50, 50)).toBe('?org=HANOI&offset=50&limit=50');
    expect(auditCsvUrl({ ...emptyFilters, actor: 'admin' })).toBe('/api/v1/audit.csv?actor=admin');
  });
});

describe('audit display', () => {
  it('writes the time as recorded, the Vietnamese way', () => {
    expect(formatAuditTime('2020-06-14T08:30:01.123Z', 'vi')).toBe('14/06/2020 08:30:01');
    expect(formatAuditTime('2020-06-14T08:30:01.123Z', 'en')).toBe('2020-06-14 08:30:01');
    expect(formatAuditTime('not a time', 'vi')).toBe('not a time');
  });

  it('shortens a hash', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab');
  });
});
