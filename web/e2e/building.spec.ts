import { expect, test } from '@playwright/test';
import { appUrl, viNumber } from './helpers';
import { signIn } from './global-setup';

// Party building (docs/party-building.md), as a new user of the district board would: Ba Đình's
// organization board signs in, reads its admissions against the term's target, its grade shares
// for 2024 and the communication totals of the round, on the page and on the progress dashboard.
// Expected figures are read from the API first.
test('building: a district board reads admissions, 2024 shares and communication totals', async ({ browser }) => {
  const { state } = await signIn(appUrl(), 'badinh.btc', 'badinh-2020');
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();

  const admissions = await (await context.request.get(appUrl('/api/v1/building/BADINH/admissions'))).json();
  const target = admissions.targets.find((row: { org_code: string }) => row.org_code === 'BADINH');
  expect(target.admitted).toBe(1164);
  expect(target.target).toBe(1100);
  const sharesBody = await (await context.request.get(appUrl('/api/v1/building/BADINH/rating-shares?year=2024'))).json();
  const orgShares = sharesBody.shares.find((s: { kind: string }) => s.kind === 'organization');

  await page.goto(appUrl('/building/BADINH'));
  await expect(page.getByRole('heading', { name: 'Xây dựng Đảng', level: 1 })).toBeVisible();

  // Ratings: 2024 is the latest year, chosen first.
  await expect(page.getByLabel('Năm')).toHaveValue('2024');
  await expect(page.getByRole('heading', { name: 'Tỷ lệ xếp loại năm 2024' })).toBeVisible();
  const orgTable = page.getByTestId('shares-organization');
  await expect(orgTable).toContainText(`${viNumber(orgShares.rated)} được xếp loại`);
  for (const grade of orgShares.grades) {
    const row = orgTable.getByRole('row', { name: new RegExp(grade.name) }).first();
    await expect(row).toContainText(String(grade.count));
  }
  // 2021 exceeded the top-grade cap: its warning shows when that year is chosen.
  await page.getByLabel('Năm').selectOption('2021');
  await expect(page.getByTestId('shares-organization').getByRole('alert')).toContainText('vượt mức tối đa 20%');
  await page.screenshot({ path: test.info().outputPath('building-ratings.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Kết nạp đảng viên' }).click();
  const targetPanel = page.getByTestId('admissions-target');
  await expect(targetPanel).toContainText('1.164');
  await expect(targetPanel).toContainText('1.100');
  await expect(targetPanel).toContainText('105,8%');
  await expect(targetPanel).toContainText('Vượt chỉ tiêu');
  await page.screenshot({ path: test.info().outputPath('building-admissions.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Tuyên truyền' }).click();
  const totals = page.getByTestId('communication-totals');
  await expect(totals.getByTestId('communication-news')).toContainText('67');
  await expect(totals.getByTestId('communication-essay')).toContainText('203');
  await expect(totals.getByTestId('communication-bulletin')).toContainText('3.400 bản in');
  await page.screenshot({ path: test.info().outputPath('building-communication.png'), fullPage: true });

  // The round's dashboard carries the same totals.
  await page.goto(appUrl('/progress/BADINH/2020-05-19'));
  const card = page.getByTestId('communication-card');
  await expect(card).toContainText('Tuyên truyền về đại hội');
  await expect(card.getByTestId('communication-news')).toContainText('67');
  await expect(card.getByTestId('communication-bulletin')).toContainText('3.400');
  await card.screenshot({ path: test.info().outputPath('building-card.png') });
  await context.close();
});
