// Creates a temporary SQLite database with the demo data, starts `daihoi serve` on a free port
// with the built web app, waits for /api/v1/health, signs in as the demo administrator (the
// session every spec uses, see playwright.config.ts), and stops it all afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function daihoiBinary(): string {
  const candidates = [process.env.DAIHOI_BIN, '../build/ci/src/daihoi', '../build/daihoi'].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  for (const candidate of candidates) {
    if (existsSync(candidate)) return resolve(candidate);
  }
  throw new Error(`daihoi binary not found (tried ${candidates.join(', ')}); build it or set DAIHOI_BIN`);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitForHealth(url: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure) throw new Error(failure);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`daihoi serve did not answer ${url}/api/v1/health within 20 s`);
}

// The demo administrator (app::DemoAccounts, docs/security.md).
export const ADMIN = { login: 'admin', password: 'quantri-demo' };

interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

// Signs in through the API and returns Playwright's storage state (the session and CSRF
// cookies) and the CSRF token, which the specs' own API requests send as X-CSRF-Token.
export async function signIn(
  url: string,
  login: string,
  password: string,
): Promise<{ state: { cookies: StoredCookie[]; origins: never[] }; csrf: string }> {
  const response = await fetch(`${url.replace(/\/+$/, '')}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${login} failed: HTTP ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrf_token: string };
  const host = new URL(url).hostname;
  const cookies = response.headers.getSetCookie().map((line): StoredCookie => {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const equals = pair.indexOf('=');
    const flags = attributes.map((attribute) => attribute.toLowerCase());
    return {
      name: pair.slice(0, equals),
      value: pair.slice(equals + 1),
      domain: host,
      path: '/',
      expires: -1,
      httpOnly: flags.includes('httponly'),
      secure: flags.includes('secure'),
      sameSite: 'Strict',
    };
  });
  return { state: { cookies, origins: [] }, csrf: body.csrf_token };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // DAIHOI_WEB_DIST: a web build elsewhere than web/dist (`vite build --outDir DIR`).
  const dist = process.env.DAIHOI_WEB_DIST ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
  }
  const bin = daihoiBinary();
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-e2e-'));
  const db = `sqlite:${join(dir, 'e2e.db')}`;
  execFileSync(bin, ['--db', db, 'demo'], { stdio: ['ignore', 'ignore', 'inherit'] });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ['--db', db, 'serve', '--port', String(port), '--bind', '127.0.0.1', '--web', dist], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  let exitCode: number | null = null;
  const exited = new Promise<void>((done) =>
    server.on('exit', (code) => {
      exitCode = code ?? -1;
      done();
    }),
  );
  try {
    await waitForHealth(url, () => (exitCode === null ? null : `daihoi serve exited ${exitCode}: ${log}`));
  } catch (error) {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  process.env.DAIHOI_E2E_URL = url;
  try {
    const { state, csrf } = await signIn(url, ADMIN.login, ADMIN.password);
    const statePath = join(dir, 'admin-state.json');
    writeFileSync(statePath, JSON.stringify(state));
    process.env.DAIHOI_E2E_STATE = statePath;
    process.env.DAIHOI_E2E_CSRF = csrf;
  } catch (error) {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    if (exitCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
    if (exitCode !== 0) throw new Error(`daihoi serve stopped with ${exitCode}: ${log}`);
  };
}
