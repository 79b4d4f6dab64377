import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { ADMIN, daihoiBinary, freePort, signIn, waitForHealth } from './global-setup';

// The figures below are the demo data set's, so this file serves its own freshly made demo
// database: the other browser tests import organizations into the shared one (a grassroots
// organization added under Ba Đình would make it 48/57).
let base = '';
let server: ChildProcess | null = null;
let dir = '';
// This server's own session: the shared one's cookie names a session of another database.
let cookies: Awaited<ReturnType<typeof signIn>>['state']['cookies'] = [];

test.beforeAll(async () => {
  const bin = daihoiBinary();
  dir = mkdtempSync(join(tmpdir(), 'daihoi-dashboard-'));
  const db = `sqlite:${join(dir, 'dashboard.db')}`;
  execFileSync(bin, ['--db', db, 'demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // DAIHOI_WEB_DIST: a web build elsewhere than web/dist (`vite build --outDir DIR`).
  const dist = process.env.DAIHOI_WEB_DIST ?? 'dist';
  const started = spawn(bin, ['--db', db, 'serve', '--port', String(port), '--bind', '127.0.0.1', '--web', dist], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server = started;
  let log = '';
  started.stderr?.on('data', (chunk) => (log += chunk));
  await waitForHealth(base, () => (started.exitCode === null ? null : `daihoi serve exited: ${log}`));
  cookies = (await signIn(base, ADMIN.login, ADMIN.password)).state.cookies;
});

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
  await context.addCookies(cookies);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const stopped = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await stopped;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const appUrl = (path: string) => base + path;

async function apiGet(request: APIRequestContext, path: string) {
  const response = await request.get(appUrl(`/api/v1${path}`));
  return { status: response.status(), body: await response.json() };
}

interface LevelProgress {
  level: string;
  total: number;
  held: number;
  scheduled: number;
  unscheduled: number;
  overdue: number;
}

test('the progress dashboard: Ba Đình on 19/05/2020 has 48/56 grassroots congresses held; drill down and back', async ({
  page,
}) => {
  const request = page.request;
  await page.goto(appUrl('/'));
  await page.getByRole('link', { name: 'Tiến độ đại hội' }).click();
  // With no organization chosen, the first top organization with a round is shown.
  await expect(page).toHaveURL(/\/progress\/[^/]+$/);
  await expect(page.locator('h2.detail-title')).toBeVisible();

  // Choose Ba Đình by searching without accents, then the demo's day by typing it.
  await page.getByLabel('Tìm tổ chức khác').fill('ba dinh');
  await page.getByRole('option', { name: /Đảng bộ quận Ba Đình/ }).click();
  await expect(page).toHaveURL(/\/progress\/BADINH$/);
  await page.getByLabel('Tính đến ngày').fill('19/05/2020');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page).toHaveURL(/\/progress\/BADINH\/2020-05-19$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ quận Ba Đình' })).toBeVisible();
  await expect(page.getByText('tính đến ngày 19/05/2020')).toBeVisible();

  const grassroots = page.locator('.level-card[data-level="grassroots"]');
  await expect(grassroots.getByTestId('held-of-total')).toHaveText('48/56 đã tổ chức');
  const progress = await apiGet(request, '/progress?root=BADINH&as_of=2020-05-19');
  expect(progress.status).toBe(200);
  const figures = (progress.body.levels as LevelProgress[]).find((level) => level.level === 'grassroots')!;
  expect(`${figures.held}/${figures.total}`).toBe('48/56');
  for (const kind of ['held', 'scheduled', 'overdue', 'unscheduled'] as const) {
    await expect(grassroots.locator(`[data-kind="${kind}"] strong`)).toHaveText(String(figures[kind]));
  }

  // One row per child in the table, the overdue and at-risk lists, the timeline.
  const childRows = page.getByTestId('children-table').locator('tbody tr');
  await expect(childRows).toHaveCount(progress.body.children.length);
  await expect(page.getByTestId('overdue-list')).toContainText(
    `Đại hội quá hạn (${progress.body.overdue_list.length})`,
  );
  await expect(page.getByTestId('at-risk-list')).toContainText(`(${progress.body.at_risk.length})`);
  await expect(page.locator('.timeline-row[data-code]').first()).toBeVisible();
  const ics = await page.getByTestId('export-ics').getAttribute('href');
  expect(ics).toBe('/api/v1/congresses.ics?root=BADINH&round_year=2020');

  // The forecast: the API's dates, per level; the 8 grassroots congresses still to come end by
  // 27/05, the district congress on 16/06.
  const forecast = await apiGet(request, '/progress/forecast?root=BADINH&as_of=2020-05-19');
  expect(forecast.status).toBe(200);
  const panel = page.getByTestId('forecast-panel');
  await expect(panel.locator('tr[data-level="grassroots"]')).toContainText('48/56');
  await expect(panel.locator('tr[data-level="grassroots"] [data-testid="forecast-date"]')).toContainText(
    '27/05/2020',
  );
  expect(forecast.body.finish).toBe('2020-06-16');
  await expect(page.getByTestId('forecast-finish')).toHaveText('Dự kiến hoàn thành toàn bộ: 16/06/2020');

  // The month calendar opens on May 2020 (the month of the day shown); a day lists its congresses,
  // overdue first, and the day shown is outlined.
  const calendar = page.getByTestId('progress-calendar');
  await expect(calendar).toHaveAttribute('data-month', '2020-05');
  await expect(calendar.locator('td.as-of')).toHaveAttribute('data-date', '2020-05-19');
  const days = await calendar.locator('td.calendar-day:not(.outside)').evaluateAll((cells) =>
    cells.map((cell) => Number(cell.getAttribute('data-count'))),
  );
  expect(days.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  for (const day of await calendar.locator('td.calendar-day').all()) {
    const statuses = await day.locator('.calendar-entry').evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-status')),
    );
    const firstHeld = statuses.indexOf('held');
    if (firstHeld >= 0) expect(statuses.slice(firstHeld).every((status) => status === 'held')).toBe(true);
  }
  await calendar.getByRole('button', { name: 'Tháng sau' }).click();
  await expect(calendar).toHaveAttribute('data-month', '2020-06');

  // The downloads: the progress report as a PDF in the Party layout.
  const pdfHref = await page.getByTestId('export-pdf').getAttribute('href');
  expect(pdfHref).toBe('/api/v1/progress.pdf?root=BADINH&as_of=2020-05-19');
  const pdf = await request.get(appUrl(pdfHref!));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  await expect(page.getByTestId('export-xlsx')).toHaveAttribute('href', /progress\.xlsx\?root=BADINH&as_of=2020-05-19/);

  // docs/dashboard.png: Ba Đình on the demo's day.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: '../docs/dashboard.png', fullPage: true });

  // Drill into Quán Thánh, whose figures are its own subtree's.
  await page
    .getByTestId('children-table')
    .locator('tr[data-code="BADINH-QUANTHANH"]')
    .getByRole('button', { name: 'Đảng bộ phường Quán Thánh' })
    .click();
  await expect(page).toHaveURL(/\/progress\/BADINH-QUANTHANH\/2020-05-19$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ phường Quán Thánh' })).toBeVisible();
  await expect(page.locator('.breadcrumb')).toContainText('Đảng bộ quận Ba Đình');
  const child = await apiGet(request, '/progress?root=BADINH-QUANTHANH&as_of=2020-05-19');
  const cells = (child.body.levels as LevelProgress[])[0];
  await expect(page.locator(`.level-card[data-level="${cells.level}"]`).getByTestId('held-of-total')).toHaveText(
    `${cells.held}/${cells.total} đã tổ chức`,
  );

  // Back up through the breadcrumb.
  await page.locator('.breadcrumb').getByRole('button', { name: 'Đảng bộ quận Ba Đình' }).click();
  await expect(page).toHaveURL(/\/progress\/BADINH\/2020-05-19$/);
  await expect(grassroots.getByTestId('held-of-total')).toHaveText('48/56 đã tổ chức');

  // The same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Congress progress' })).toBeVisible();
  await expect(grassroots.getByTestId('held-of-total')).toHaveText('48/56 held');
  await expect(page.getByText('as of 19/05/2020')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
});

test('a bad day is refused in place; the quick button sets the demo day', async ({ page }) => {
  await page.goto(appUrl('/progress/BADINH'));
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ quận Ba Đình' })).toBeVisible();
  await page.getByLabel('Tính đến ngày').fill('30/02/2020');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('dd/mm/yyyy');
  await expect(page).toHaveURL(/\/progress\/BADINH$/);
  await page.getByRole('button', { name: /19\/05\/2020/ }).click();
  await expect(page).toHaveURL(/\/progress\/BADINH\/2020-05-19$/);
  await expect(page.locator('.level-card[data-level="grassroots"]').getByTestId('held-of-total')).toHaveText(
    '48/56 đã tổ chức',
  );
});
