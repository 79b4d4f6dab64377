import { describe, expect, it } from 'vitest';
import {
  CSRF_HEADER,
  cookieValue,
  isApiRequest,
  loginPath,
  mainGrant,
  menuAllows,
  needsCsrf,
  safeNext,
  withSession,
} from './auth';

describe('auth', () => {
  it('reads a cookie among others, decoded', () => {
    const cookies = 'theme=dark; daihoi_csrf=ab%3Dcd; other=1';
    expect(cookieValue(cookies, 'daihoi_csrf')).toBe('ab=cd');
    expect(cookieValue(cookies, 'daihoi_session')).toBe('');
    expect(cookieValue('', 'daihoi_csrf')).toBe('');
  });

  it('sends the CSRF header on writes only, with the cookies of this site', () => {
    expect(needsCsrf(undefined)).toBe(false);
    expect(needsCsrf('get')).toBe(false);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(needsCsrf(method)).toBe(true);

    const read = withSession({ headers: { Accept: 'application/json' } }, 'token');
    expect(read.credentials).toBe('same-origin');
    expect(new Headers(read.headers).has(CSRF_HEADER)).toBe(false);

    const write = withSession({ method: 'POST', headers: { 'Content-Type': 'application/json' } }, 'token');
    const headers = new Headers(write.headers);
    expect(headers.get(CSRF_HEADER)).toBe('token');
    expect(headers.get('Content-Type')).toBe('application/json');
    // Signed out: nothing to send.
    expect(new Headers(withSession({ method: 'POST' }, '').headers).has(CSRF_HEADER)).toBe(false);
  });

  it('goes back only to a path of this site, never to the login page itself', () => {
    expect(safeNext('/org/HANOI?x=1')).toBe('/org/HANOI?x=1');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(loginPath('/roll/BADINH/2020-2025')).toBe('/login?next=%2Froll%2FBADINH%2F2020-2025');
    expect(loginPath('/')).toBe('/login');
  });

  it('recognizes the API of this origin', () => {
    const origin = 'http://127.0.0.1:8080';
    expect(isApiRequest('/api/v1/members', origin)).toBe(true);
    expect(isApiRequest('http://127.0.0.1:8080/api/v1/members', origin)).toBe(true);
    expect(isApiRequest('http://other:8080/api/v1/members', origin)).toBe(false);
    expect(isApiRequest('/assets/app.js', origin)).toBe(false);
  });

  it('names the administrator grant first', () => {
    const board = { role: 'organization_board', org_code: 'BADINH', term: '' };
    const admin = { role: 'administrator', org_code: '', term: '' };
    expect(mainGrant([board, admin])).toEqual(admin);
    expect(mainGrant([board])).toEqual(board);
    expect(mainGrant([])).toBeNull();
  });

  it('shows a menu entry only to the grants that can use its page', () => {
    const clerk = { role: 'unit_clerk', org_code: 'BADINH-QUANTHANH', term: '' };
    const board = { role: 'organization_board', org_code: 'BADINH', term: '' };
    const cityBoard = { role: 'organization_board', org_code: '', term: '' };
    const wardAdmin = { role: 'administrator', org_code: 'BADINH', term: '' };
    for (const page of ['tree', 'progress', 'plan', 'elections', 'documents']) {
      expect(menuAllows(page, [clerk])).toBe(true);
    }
    expect(menuAllows('import', [clerk])).toBe(false);
    expect(menuAllows('audit', [clerk])).toBe(false);
    expect(menuAllows('personnel', [clerk])).toBe(false);
    // The import writes the whole registry: a global grant only.
    expect(menuAllows('import', [board])).toBe(false);
    expect(menuAllows('import', [cityBoard])).toBe(true);
    expect(menuAllows('personnel', [board])).toBe(true);
    expect(menuAllows('audit', [board])).toBe(false);
    expect(menuAllows('audit', [wardAdmin])).toBe(true);
    expect(menuAllows('audit', [clerk, wardAdmin])).toBe(true);
    expect(menuAllows('import', [])).toBe(false);
  });
});
