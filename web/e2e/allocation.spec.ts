import { expect, test } from '@playwright/test';
import { appUrl } from './helpers';

// R-ALLOCATION, R-EX-OFFICIO: Ba Đình's congress of 275 delegates, 41 of them the district
// committee's members ex officio: 234 elected seats shared among its grassroots organizations.
test('allocate 234 seats among Ba Đình’s grassroots organizations, compare the methods, save and reload', async ({
  page,
  request,
}) => {
  await page.goto(appUrl('/'));
  await page.getByRole('link', { name: 'Phân bổ đại biểu' }).click();
  await expect(page).toHaveURL(/\/allocation$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Phân bổ đại biểu' })).toBeVisible();

  await page.getByLabel('Cấp ủy triệu tập').selectOption({ label: 'Đảng bộ quận Ba Đình' });
  await page.getByLabel('Tổng số đại biểu').fill('275');
  await page.getByLabel('Đại biểu đương nhiên (ủy viên BCH)').fill('41');
  await expect(page.getByTestId('elected-seats')).toHaveText('234');
  await page.getByLabel('Phương pháp').selectOption({ label: 'Số dư lớn nhất' });
  await page.getByLabel('Tối thiểu mỗi đơn vị').fill('1');
  await page.getByLabel('Số đảng viên tính đến ngày').fill('2025-03-01');
  await page.getByRole('button', { name: 'Tính phân bổ' }).click();

  // The same inputs through the API, to check the page against.
  const answer = await request.post(appUrl('/api/v1/organizations/BADINH/allocations/compare'), {
    data: { seats: 234, minimum: 1, as_of: '2025-03-01' },
  });
  expect(answer.status()).toBe(200);
  const comparison = await answer.json();
  expect(comparison.units).toHaveLength(56);

  const table = page.getByTestId('allocation-table');
  await expect(table.locator('tbody tr')).toHaveCount(56);
  await expect(page.getByTestId('seats-total')).toHaveText('234');
  const quanThanh = comparison.units.find((u: { name: string }) => u.name === 'Đảng bộ phường Quán Thánh');
  await expect(table.locator(`tr[data-code="${quanThanh.org_code}"] [data-testid="seats"]`)).toHaveText(
    String(quanThanh.seats.largest_remainder),
  );
  await expect(table.locator(`tr[data-code="${quanThanh.org_code}"]`)).toContainText(quanThanh.quota.replace('.', ','));

  // Side by side: four columns, every one sums to 234; the differing units are highlighted.
  await page.getByRole('tab', { name: 'So sánh các phương pháp' }).click();
  const side = page.getByTestId('comparison-table');
  await expect(side.locator('thead th')).toHaveText([
    'Đơn vị',
    'Đảng viên chính thức',
    'Hạn ngạch',
    'Số dư lớn nhất',
    "D'Hondt",
    'Sainte-Laguë',
    'Huntington–Hill',
  ]);
  for (const method of ['largest_remainder', 'dhondt', 'sainte_lague', 'huntington_hill']) {
    await expect(page.getByTestId(`total-${method}`)).toHaveText('234');
  }
  const differing = comparison.units.filter((u: { differs: boolean }) => u.differs).length;
  await expect(side.locator('tbody tr.differs')).toHaveCount(differing);
  await expect(page.getByTestId('differing')).toHaveText(
    differing > 0
      ? `${differing} đơn vị có kết quả khác nhau giữa các phương pháp (tô màu).`
      : 'Cả bốn phương pháp cho cùng kết quả với các số liệu này.',
  );
  await page.screenshot({ path: '../docs/allocation.png', fullPage: false });

  // Save, then reload the page: the saved allocation comes back exactly as computed.
  await page.getByRole('button', { name: 'Lưu bảng phân bổ' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu bảng phân bổ số');
  await expect(page).toHaveURL(/\/allocation\/\d+$/);
  const id = Number(/\/allocation\/(\d+)$/.exec(page.url())![1]);
  await page.reload();
  await expect(page.getByText(new RegExp(`Bảng phân bổ đã lưu số ${id}`))).toBeVisible();
  await expect(page.getByTestId('allocation-table').locator('tbody tr')).toHaveCount(56);
  await expect(page.getByTestId('seats-total')).toHaveText('234');
  const seats = await page.getByTestId('allocation-table').locator('[data-testid="seats"]').allTextContents();
  expect(seats.map(Number)).toEqual(comparison.units.map((u: { seats: { largest_remainder: number } }) => u.seats.largest_remainder));
  await expect(page.getByRole('link', { name: 'Tải PDF' })).toHaveAttribute('href', `/api/v1/allocations/${id}.pdf`);
  await expect(page.getByRole('link', { name: 'Tải XLSX' })).toHaveAttribute('href', `/api/v1/allocations/${id}.xlsx`);
  await expect(page.getByTestId('saved-list')).toContainText(`#${id}`);
  const pdf = await request.get(appUrl(`/api/v1/allocations/${id}.pdf`));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
});
