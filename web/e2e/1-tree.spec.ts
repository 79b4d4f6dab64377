import { expect, test } from '@playwright/test';
import { apiGet, appUrl, viNumber } from './helpers';

test('the tree opens Hà Nội → Ba Đình and shows its grassroots organizations with member counts', async ({
  page,
  request,
}) => {
  await page.goto(appUrl('/'));
  const hanoi = page.locator('[data-code="HANOI"]');
  await expect(hanoi).toContainText('Đảng bộ thành phố Hà Nội');
  await hanoi.getByRole('button', { name: /Mở rộng/ }).click();

  const badinh = page.locator('[data-code="BADINH"]');
  await expect(badinh).toContainText('Đảng bộ quận Ba Đình');
  await badinh.getByRole('button', { name: /Mở rộng/ }).click();
  await expect(badinh).toHaveAttribute('aria-expanded', 'true');

  // Ba Đình's grassroots organizations, each with its members as the API counts them.
  const quanthanh = page.locator('[data-code="BADINH-QUANTHANH"]');
  await expect(quanthanh).toContainText('Đảng bộ phường Quán Thánh');
  const detail = await apiGet(request, '/organizations/BADINH-QUANTHANH');
  expect(detail.status).toBe(200);
  const members = detail.body.summary.members as number;
  expect(members).toBeGreaterThan(0);
  await expect(quanthanh.getByTestId('member-count')).toHaveText(`${viNumber(members)} đảng viên`);
  await expect(quanthanh).toContainText('Tổ chức cơ sở đảng');

  const children = await apiGet(request, '/organizations/BADINH/children?limit=0');
  const rows = page.locator('[role="treeitem"][aria-level="3"]');
  await expect(rows).toHaveCount(children.body.total);

  // The detail panel: breadcrumb, counts per level, members in ballot order.
  await badinh.locator('.tree-label').click();
  await expect(page).toHaveURL(/\/org\/BADINH$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ quận Ba Đình' })).toBeVisible();
  await expect(page.locator('.breadcrumb')).toContainText('Đảng bộ thành phố Hà Nội');
  const badinhDetail = await apiGet(request, '/organizations/BADINH');
  await expect(page.getByTestId('detail-members')).toHaveText(viNumber(badinhDetail.body.summary.members));
  const grassroots = badinhDetail.body.counts.find((count: { level: string }) => count.level === 'grassroots');
  await expect(page.locator('.counts-table')).toContainText(String(grassroots.organizations));
  await expect(page.getByTestId('member-table').locator('tbody tr').first()).toBeVisible();

  // docs/screenshot.png: Ba Đình expanded at the top of the tree, its detail beside it.
  await badinh.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: '../docs/screenshot.png' });
});

test('an organization opened by URL expands its ancestors and is selected', async ({ page }) => {
  await page.goto(appUrl('/org/KHUETRUNG'));
  const node = page.locator('[data-code="KHUETRUNG"]');
  await expect(node).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-code="CAMLE"]')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ phường Khuê Trung' })).toBeVisible();
  await expect(page.locator('.pager')).toContainText('993');
});
