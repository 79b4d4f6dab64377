import { expect, test } from '@playwright/test';
import { appUrl } from './helpers';

test('a member name typed without accents finds the accented name', async ({ page }) => {
  await page.goto(appUrl('/'));
  await page.getByRole('searchbox').fill('nguyen van an');
  const hit = page.getByTestId('search-member').first();
  await expect(hit).toContainText('Nguyễn Văn An');
  await expect(hit.locator('mark')).toHaveText('Nguyễn Văn An');
  await hit.click();
  // The member's organization opens in the tree and in the detail panel.
  await expect(page).toHaveURL(/\/org\/[^/]+$/);
  await expect(page.locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(1);
  await expect(page.locator('#detail-title')).toContainText('Chi bộ');
});

test('"quan thanh" finds Đảng bộ phường Quán Thánh and opens it', async ({ page }) => {
  await page.goto(appUrl('/'));
  await page.getByRole('searchbox').fill('quan thanh');
  const hit = page.getByTestId('search-org').filter({ hasText: 'Đảng bộ phường Quán Thánh' });
  await expect(hit).toHaveCount(1);
  await hit.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng bộ phường Quán Thánh' })).toBeVisible();
  await expect(page.locator('.breadcrumb')).toContainText('Đảng bộ quận Ba Đình');
  await expect(page.locator('[data-code="BADINH-QUANTHANH"]')).toHaveAttribute('aria-selected', 'true');
});

test('the English switch is remembered', async ({ page }) => {
  await page.goto(appUrl('/'));
  await expect(page.getByRole('link', { name: 'Nhập dữ liệu' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Import' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Import' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('link', { name: 'Nhập dữ liệu' })).toBeVisible();
});
