import { expect, test } from '@playwright/test';
import { appUrl } from './helpers';
import { signIn } from './global-setup';

// The audit trail (docs/security.md), as an administrator reads it: a change made through the
// API appears at the top of the trail with its actor and use case, the filters narrow the
// table, the chain verifies intact, and the export carries the same records. A district board
// is refused the trail.
test('audit: an administrator finds a change, filters the trail and verifies the chain', async ({ page, browser }) => {
  // A change as the district board: a working group of Ba Đình's congress.
  const { state, csrf } = await signIn(appUrl(), 'badinh.btc', 'badinh-2020');
  const board = await browser.newContext({ storageState: state });
  const created = await board.request.post(appUrl('/api/v1/congresses/BADINH/2020-2025/working-groups'), {
    headers: { 'X-CSRF-Token': csrf },
    data: { name: 'Tổ kiểm tra nhật ký' },
  });
  expect(created.status(), (await created.text()).slice(0, 300)).toBe(200);
  // Removed again (a change recorded too): the other specs count Ba Đình's groups.
  const { created: groupId } = (await created.json()) as { created: number };
  const removed = await board.request.delete(appUrl(`/api/v1/congresses/BADINH/2020-2025/working-groups/${groupId}`), {
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(removed.ok()).toBe(true);
  // The board may not read the trail.
  const refused = await board.request.get(appUrl('/api/v1/audit?org=BADINH'));
  expect(refused.status()).toBe(403);
  await board.close();

  await page.goto(appUrl('/audit'));
  await expect(page.getByRole('heading', { name: 'Nhật ký thay đổi', level: 1 })).toBeVisible();
  await page.getByLabel('Người thực hiện').fill('badinh.btc');
  await page.getByLabel('Tổ chức (mã)').fill('badinh');
  await page.getByRole('button', { name: 'Lọc' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('group.add');
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await expect(rows.nth(i)).toContainText('badinh.btc');
    await expect(rows.nth(i)).toContainText('BADINH');
  }

  await page.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
  await expect(page.getByTestId('audit-check')).toContainText('Chuỗi băm nguyên vẹn');
  await page.screenshot({ path: test.info().outputPath('audit.png'), fullPage: true });

  const csv = await page.request.get(appUrl('/api/v1/audit.csv?org=BADINH&actor=badinh.btc'));
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n').filter((line) => line.includes('group.add')).length).toBeGreaterThan(0);
});
