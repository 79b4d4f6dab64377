import { defineConfig } from '@playwright/test';

// Browser tests in Debian's Chromium (never a downloaded browser). The global setup builds a
// demo database, starts `daihoi serve` on a free port and signs in as the demo administrator;
// see e2e/global-setup.ts. Every spec starts with that session (storageState) and its API
// requests carry the session's CSRF header; login.spec.ts starts signed out.
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    // Set by the global setup (the workers load this file again after it ran).
    storageState: process.env.DAIHOI_E2E_STATE,
    extraHTTPHeaders: process.env.DAIHOI_E2E_CSRF ? { 'X-CSRF-Token': process.env.DAIHOI_E2E_CSRF } : undefined,
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      // Without the background-networking flags Chromium's own connections are refused on a
      // closed network and slow every test down.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
