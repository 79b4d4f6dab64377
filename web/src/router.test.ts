import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './router';
import type { Route } from './router';

describe('router', () => {
  it('reads the progress dashboard with and without an organization and a day', () => {
    expect(parseRoute('/progress')).toEqual({ page: 'progress', org: null, asOf: null });
    expect(parseRoute('/progress/BADINH')).toEqual({ page: 'progress', org: 'BADINH', asOf: null });
    expect(parseRoute('/progress/BADINH/2020-05-19')).toEqual({
      page: 'progress',
      org: 'BADINH',
      asOf: '2020-05-19',
    });
    // Not a day: not the dashboard.
    expect(parseRoute('/progress/BADINH/19-05-2020').page).toBe('tree');
  });
  it('reads the roll of a congress: none chosen, an organization, an organization and a term', () => {
    expect(parseRoute('/roll')).toEqual({ page: 'roll', org: null, term: null });
    expect(parseRoute('/roll/BADINH')).toEqual({ page: 'roll', org: 'BADINH', term: null });
    expect(parseRoute('/roll/BADINH/2020-2025/')).toEqual({ page: 'roll', org: 'BADINH', term: '2020-2025' });
    // Not a term: not the roll.
    expect(parseRoute('/roll/BADINH/2020').page).toBe('tree');
  });
  it('reads the elections of a congress, an election, the count of a round and its projector', () => {
    expect(parseRoute('/elections')).toEqual({ page: 'elections', org: null, term: null, election: null });
    expect(parseRoute('/elections/BADINH/2020-2025')).toEqual({
      page: 'elections',
      org: 'BADINH',
      term: '2020-2025',
      election: null,
    });
    expect(parseRoute('/elections/BADINH/2020-2025/7/')).toEqual({
      page: 'elections',
      org: 'BADINH',
      term: '2020-2025',
      election: 7,
    });
    expect(parseRoute('/count/12')).toEqual({ page: 'count', round: 12 });
    expect(parseRoute('/projector/12/')).toEqual({ page: 'projector', round: 12 });
    // Not a round id, not a term: not these pages.
    expect(parseRoute('/count/abc').page).toBe('tree');
    expect(parseRoute('/elections/BADINH/2020/7').page).toBe('tree');
  });
  it('writes back what it reads', () => {
    const routes: Route[] = [
      { page: 'tree', org: null },
      { page: 'tree', org: 'BADINH-QUANTHANH' },
      { page: 'import' },
      { page: 'progress', org: null, asOf: null },
      { page: 'progress', org: 'BADINH', asOf: null },
      { page: 'progress', org: 'BA ĐÌNH/1', asOf: '2020-05-19' },
      { page: 'roll', org: null, term: null },
      { page: 'roll', org: 'BADINH', term: null },
      { page: 'roll', org: 'BA ĐÌNH/1', term: '2020-2025' },
      { page: 'elections', org: null, term: null, election: null },
      { page: 'elections', org: 'BADINH', term: null, election: null },
      { page: 'elections', org: 'BADINH', term: '2020-2025', election: null },
      { page: 'elections', org: 'BA ĐÌNH/1', term: '2020-2025', election: 3 },
      { page: 'count', round: 12 },
      { page: 'projector', round: 4 },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });
});
