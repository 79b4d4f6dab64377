import { expect, test } from '@playwright/test';
import { apiGet, appUrl } from './helpers';

// "Kế hoạch đại hội" of Ba Đình's 2020 round (the demo's stored plan): typing a grassroots
// congress's dates after the district's asks the server's check (nothing saved) and shows
// R-ORDER-OF-LEVELS on the district's row; choosing the district congress's other date option
// (23–25/6/2020) saves it and moves its planned dates. Days are typed DD/MM/YYYY whatever the
// browser's language; a congress's venue, announcement date (R-NOTICE), items (R-CONTENT) and
// reduced congress are edited on the page.
const CONGRESS = '/congresses/BADINH/2020-2025';

test('a grassroots congress moved after the district shows R-ORDER-OF-LEVELS as the clerk types', async ({ page }) => {
  await page.goto(appUrl('/plan/BADINH/2020-2025'));
  await expect(page.getByRole('heading', { name: 'Kế hoạch đại hội' })).toBeVisible();
  const table = page.getByTestId('plan-congresses');
  const district = table.locator('tr[data-org="BADINH"]');
  await expect(district).toBeVisible();
  await expect(district.locator('.plan-ordinal')).toHaveText('XXVI');
  await expect(district.locator('[data-rule="R-ORDER-OF-LEVELS"]')).toHaveCount(0);

  const before = await apiGet(page.request, '/congresses/BADINH-KIMMA/2020-2025');
  expect(before.status).toBe(200);
  const ward = table.locator('tr[data-org="BADINH-KIMMA"]');
  await ward.getByLabel('BADINH-KIMMA Đến').fill('21/06/2020');
  await ward.getByLabel('BADINH-KIMMA Từ').fill('20/06/2020');
  await expect(district.locator('[data-rule="R-ORDER-OF-LEVELS"]')).toContainText('BADINH-KIMMA');
  await expect(ward.getByText('Chưa lưu')).toBeVisible();
  await page.screenshot({ path: `${process.env.PLAN_SCREENSHOT_DIR ?? 'test-results'}/plan-order-of-levels.png` });

  // Nothing was saved: the check is a "what if".
  const after = await apiGet(page.request, '/congresses/BADINH-KIMMA/2020-2025');
  expect(after.body.congress.held_start).toBe(before.body.congress.held_start);
  await ward.getByRole('button', { name: 'Hủy' }).click();
  await expect(district.locator('[data-rule="R-ORDER-OF-LEVELS"]')).toHaveCount(0);
});

test('the district congress takes its 23–25/6 option', async ({ page }) => {
  await page.goto(appUrl('/plan/BADINH/2020-2025'));
  const district = page.getByTestId('plan-congresses').locator('tr[data-org="BADINH"]');
  await expect(district.locator('li.chosen')).toContainText('14/06/2020 – 16/06/2020');
  await district.getByRole('button', { name: 'Chọn 23/06/2020 – 25/06/2020' }).click();
  await expect(page.getByRole('status')).toContainText('Đã chọn phương án 2');
  await expect(district.locator('li.chosen')).toContainText('23/06/2020 – 25/06/2020');
  const stored = await apiGet(page.request, CONGRESS);
  expect(stored.body.congress.chosen).toBe(1);
  expect(stored.body.congress.planned_start).toBe('2020-06-23');
  expect(stored.body.congress.planned_end).toBe('2020-06-25');

  // Back to the demo's choice for the specs after this one.
  const restored = await page.request.patch(appUrl(`/api/v1${CONGRESS}`), { data: { chosen: 0 } });
  expect(restored.status()).toBe(200);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('a day that is not one is named, and days are still typed DD/MM/YYYY', async ({ page }) => {
    await page.goto(appUrl('/plan/BADINH/2020-2025'));
    const ward = page.getByTestId('plan-congresses').locator('tr[data-org="BADINH-KIMMA"]');
    const stored = await apiGet(page.request, '/congresses/BADINH-KIMMA/2020-2025');
    const start: string = stored.body.congress.held_start ?? stored.body.congress.planned_start;
    const [y, m, d] = start.split('-');
    await expect(ward.getByLabel('BADINH-KIMMA Từ')).toHaveValue(`${d}/${m}/${y}`);
    await ward.getByLabel('BADINH-KIMMA Từ').fill('31/02/2020');
    await expect(ward.getByRole('alert').first()).toContainText('ngày/tháng/năm');
    await expect(ward.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    await ward.getByRole('button', { name: 'Hủy' }).click();
    await expect(ward.getByLabel('BADINH-KIMMA Từ')).toHaveValue(`${d}/${m}/${y}`);
  });
});

test('the district congress: venue, a late announcement (R-NOTICE) seen as typed, a reduced congress', async ({ page }) => {
  const before = (await apiGet(page.request, CONGRESS)).body.congress;
  await page.goto(appUrl('/plan/BADINH/2020-2025'));
  const table = page.getByTestId('plan-congresses');
  const district = table.locator('tr[data-org="BADINH"]');
  await district.getByRole('button', { name: 'Chi tiết BADINH' }).click();
  const form = page.getByRole('form', { name: /Chi tiết đại hội/ });
  await expect(form).toBeVisible();
  await form.getByLabel('Địa điểm').fill('Trung tâm Hội nghị quận Ba Đình');
  // Announced two days before the opening: fewer working days than the plan's notice.
  const opening: string = before.planned_start;
  const day = new Date(`${opening}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 2);
  const announced = day.toISOString().slice(0, 10);
  await form.getByLabel('Ngày thông báo triệu tập BADINH').fill(announced.split('-').reverse().join('/'));
  await expect(district.locator('[data-rule="R-NOTICE"]')).toBeVisible();
  await expect(form.getByText('Chưa lưu')).toBeVisible();
  // A reduced congress keeps items 1–2 (R-CONTENT).
  await form.getByLabel(/Đại hội rút gọn/).check();
  await expect(form.getByLabel('3. Bầu cấp ủy')).not.toBeChecked();
  await expect(form.getByLabel('4. Bầu đoàn đại biểu dự đại hội cấp trên')).not.toBeChecked();
  await page.screenshot({ path: test.info().outputPath('plan-details.png') });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu chi tiết đại hội BADINH');
  const saved = (await apiGet(page.request, CONGRESS)).body.congress;
  expect(saved.venue).toBe('Trung tâm Hội nghị quận Ba Đình');
  expect(saved.announced_on).toBe(announced);
  expect(saved.reduced).toBe(true);
  expect(saved.items).toEqual(['review', 'documents']);
  await expect(district.locator('[data-rule="R-NOTICE"]')).toBeVisible();
  await expect(district).toContainText('Đại hội rút gọn');

  // Back to the demo's record for the specs after this one.
  const restored = await page.request.patch(appUrl(`/api/v1${CONGRESS}`), {
    data: { venue: before.venue, announced_on: before.announced_on, reduced: false, items: before.items },
  });
  expect(restored.status()).toBe(200);
});
