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
  it('writes back what it reads', () => {
    const routes: Route[] = [
      { page: 'tree', org: null },
      { page: 'tree', org: 'BADINH-QUANTHANH' },
      { page: 'import' },
      { page: 'progress', org: null, asOf: null },
      { page: 'progress', org: 'BADINH', asOf: null },
      { page: 'progress', org: 'BA ĐÌNH/1', asOf: '2020-05-19' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });
});
