import { expect, test } from '@playwright/test';
import { apiGet, appUrl } from './helpers';

const HEADER = 'code,name,level,parent_code,category,members';

test('a file with an unknown parent on row 3 shows that row and writes nothing', async ({ page, request }) => {
  await page.goto(appUrl('/import'));
  const csv = [
    HEADER,
    'E2E-LOI-A,Chi bộ Kiểm thử Lỗi A,cell,BADINH-QUANTHANH,residential,20',
    'E2E-LOI-B,Chi bộ Kiểm thử Lỗi B,cell,KHONG-TON-TAI,residential,15',
  ].join('\n');
  await page.locator('#import-file').setInputFiles({
    name: 'to-chuc-loi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();

  await expect(page.getByTestId('import-invalid')).toBeVisible();
  const errorRow = page.getByTestId('import-errors').locator('tbody tr').first();
  await expect(errorRow.locator('td').nth(0)).toHaveText('3');
  await expect(errorRow.locator('td').nth(1)).toHaveText('parent_code');
  await expect(page.getByTestId('import-preview').locator('tr[data-row="3"]')).toHaveClass(/row-error/);
  await expect(page.getByTestId('import-preview').locator('tr[data-row="2"]')).not.toHaveClass(/row-error/);
  await expect(page.getByRole('button', { name: 'Ghi vào cơ sở dữ liệu' })).toHaveCount(0);

  for (const code of ['E2E-LOI-A', 'E2E-LOI-B']) {
    const found = await apiGet(request, `/organizations/${code}`);
    expect(found.status).toBe(404);
  }
});

test('a good file is checked, written, and appears in the tree', async ({ page, request }) => {
  await page.goto(appUrl('/import'));
  // Under Cẩm Lệ, so the other specs' Ba Đình figures (56 grassroots) stay as the demo has them.
  const csv = [HEADER, 'E2E-MOI,Chi bộ Kiểm thử Mới,grassroots,CAMLE,agency,27'].join('\n');
  await page.locator('#import-file').setInputFiles({
    name: 'to-chuc-moi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByTestId('import-valid')).toBeVisible();
  // Checked only: nothing written yet.
  expect((await apiGet(request, '/organizations/E2E-MOI')).status).toBe(404);

  await page.getByRole('button', { name: 'Ghi vào cơ sở dữ liệu' }).click();
  await expect(page.getByTestId('import-done')).toContainText('thêm mới 1');
  expect((await apiGet(request, '/organizations/E2E-MOI')).status).toBe(200);

  await page.getByRole('button', { name: 'Xem cây tổ chức' }).click();
  await page.locator('[data-code="DANANG"]').getByRole('button', { name: /Mở rộng/ }).click();
  await page.locator('[data-code="CAMLE"]').getByRole('button', { name: /Mở rộng/ }).click();
  const added = page.locator('[data-code="E2E-MOI"]');
  await expect(added).toContainText('Chi bộ Kiểm thử Mới');
  await expect(added.getByTestId('member-count')).toHaveText('27 đảng viên');
});
