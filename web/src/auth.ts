// Sign-in (docs/security.md): the server keeps the session in the HttpOnly cookie
// `daihoi_session`; every state-changing request must repeat the `daihoi_csrf` cookie in the
// `X-CSRF-Token` header. A 401 from any call means "no session": the app goes to
// /login?next=<where the user was> and comes back after signing in.

export const CSRF_COOKIE = 'daihoi_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const API_PREFIX = '/api/';

export interface Grant {
  role: string;
  org_code: string;
  term: string;
}

export interface SessionInfo {
  login: string;
  display_name: string;
  grants: Grant[];
  csrf_token: string;
  expires_at: string;
}

// The value of a cookie in a `document.cookie` string, '' when absent.
export function cookieValue(cookies: string, name: string): string {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return '';
}

// GET, HEAD and OPTIONS change nothing; everything else carries the CSRF header.
export function needsCsrf(method: string | undefined): boolean {
  const upper = (method ?? 'GET').toUpperCase();
  return upper !== 'GET' && upper !== 'HEAD' && upper !== 'OPTIONS';
}

// A path of this site to return to after signing in; anything else (another site, //host, the
// login page itself) returns to the start page.
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

export function loginPath(next: string): string {
  const target = safeNext(next);
  return target === '/' ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

// Whether a request goes to this site's API (relative, or absolute on this origin).
export function isApiRequest(url: string, origin: string): boolean {
  if (url.startsWith(API_PREFIX)) return true;
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin && parsed.pathname.startsWith(API_PREFIX);
  } catch {
    return false;
  }
}

// The init of an API request: cookies of this site, and the CSRF header when it changes state.
export function withSession(init: RequestInit | undefined, csrf: string, method?: string): RequestInit {
  const result: RequestInit = { ...init, credentials: 'same-origin' };
  if (needsCsrf(method ?? init?.method) && csrf) {
    const headers = new Headers(init?.headers);
    if (!headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, csrf);
    result.headers = headers;
  }
  return result;
}

// The calls whose 401 is an answer, not a reason to leave the page.
function answersUnauthenticated(url: string): boolean {
  return url.includes('/api/v1/auth/');
}

type Fetch = typeof fetch;
let baseFetch: Fetch | null = null;

function currentCsrf(): string {
  return typeof document === 'undefined' ? '' : cookieValue(document.cookie, CSRF_COOKIE);
}

function goToLogin(): void {
  if (typeof window === 'undefined') return;
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/login') return;
  window.location.assign(loginPath(here));
}

// fetch for this site's API: session cookie, CSRF header, and a 401 sends the user to sign in.
export async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const underlying = baseFetch ?? fetch;
  const url = requestUrl(input);
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  if (!isApiRequest(url, origin)) return underlying(input, init);
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const response = await underlying(input, withSession(init, currentCsrf(), method));
  if (response.status === 401 && !answersUnauthenticated(url)) goToLogin();
  return response;
}

// Routes every fetch of the page through authFetch, so the feature modules that call fetch
// directly send the session's CSRF header too. Called once at start-up (main.tsx).
export function installAuthFetch(): void {
  if (typeof window === 'undefined' || baseFetch) return;
  baseFetch = window.fetch.bind(window);
  window.fetch = authFetch;
}

export class AuthError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: number | null,
  ) {
    super(message);
  }
}

async function authCall(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  const response = await authFetch(`/api/v1/auth/${path}`, {
    method,
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.ok) return response;
  const data = await response.json().catch(() => null);
  const retry = Number(response.headers.get('Retry-After'));
  throw new AuthError(
    response.status,
    data?.error?.message ?? `HTTP ${response.status}`,
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

export const authApi = {
  login: async (login: string, password: string) =>
    (await (await authCall('POST', 'login', { login, password })).json()) as SessionInfo,
  // null when nobody is signed in.
  me: async (): Promise<SessionInfo | null> => {
    try {
      return (await (await authCall('GET', 'me')).json()) as SessionInfo;
    } catch (error) {
      if (error instanceof AuthError && error.status === 401) return null;
      throw error;
    }
  },
  logout: async () => {
    await authCall('POST', 'logout');
  },
  changePassword: async (oldPassword: string, newPassword: string) => {
    await authCall('POST', 'password', { old_password: oldPassword, new_password: newPassword });
  },
};

// The Vietnamese (or English) name of a role, as the top bar shows it.
export const ROLE_KEYS = {
  administrator: 'auth.role.administrator',
  organization_board: 'auth.role.organization_board',
  unit_clerk: 'auth.role.unit_clerk',
  counting_clerk: 'auth.role.counting_clerk',
  observer: 'auth.role.observer',
} as const;

// The grant the top bar names: the first one (an administrator's when there is one).
export function mainGrant(grants: Grant[]): Grant | null {
  return grants.find((grant) => grant.role === 'administrator') ?? grants[0] ?? null;
}

// Menu entries a role's grants cannot use are not shown (the server refuses them anyway,
// docs/security.md): the import writes the registry everywhere (a global grant), the audit trail
// is the administrators', personnel work the administrators' and the boards'.
export function menuAllows(page: string, grants: Grant[]): boolean {
  const holds = (roles: string[], everywhere = false) =>
    grants.some((grant) => roles.includes(grant.role) && (!everywhere || grant.org_code === ''));
  switch (page) {
    case 'import':
      return holds(['administrator', 'organization_board'], true);
    case 'audit':
      return holds(['administrator']);
    case 'personnel':
      return holds(['administrator', 'organization_board']);
    default:
      return true;
  }
}
