import { expect, test } from '@playwright/test';
import { apiGet, appUrl } from './helpers';

// "Kế hoạch đại hội" of Ba Đình's 2020 round (the demo's stored plan): typing a grassroots
// congress's dates after the district's asks the server's check (nothing saved) and shows
// R-ORDER-OF-LEVELS on the district's row; choosing the district congress's other date option
// (23–25/6/2020) saves it and moves its planned dates.
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
  await ward.getByLabel('BADINH-KIMMA Đến').fill('2020-06-21');
  await ward.getByLabel('BADINH-KIMMA Từ').fill('2020-06-20');
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
