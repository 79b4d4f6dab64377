import type { APIRequestContext } from '@playwright/test';

export function appUrl(path = '/'): string {
  const base = process.env.DAIHOI_E2E_URL;
  if (!base) throw new Error('DAIHOI_E2E_URL is not set: the global setup did not run');
  return base + path;
}

export async function apiGet(request: APIRequestContext, path: string) {
  const response = await request.get(appUrl(`/api/v1${path}`));
  return { status: response.status(), body: await response.json() };
}

// 12345 → "12.345", as the Vietnamese interface writes it.
export function viNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
