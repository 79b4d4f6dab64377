import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { appUrl, viNumber } from './helpers';

// The credentials committee's roll of Ba Đình's 26th congress (2020-2025): its 41 committee
// members ex officio (R-EX-OFFICIO), the delegations the grassroots congresses elected, absences
// and the R-THRESHOLD base. Every expected figure comes from GET …/roll before and after each
// step, so the spec holds whatever the other specs or the demo recorded before it.
const ROLL = '/api/v1/congresses/BADINH/2020-2025/roll';

interface Person {
  key: string;
  full_name: string;
  role: string;
  unit_code: string;
  rank: number;
  convened: boolean;
  absent_whole: boolean;
  exclusion: string | null;
  absent_sessions: number[];
  replaces: string | null;
}
interface Convened {
  convened: number;
  excluded: number;
  denominator: number;
  votes_needed: number;
  exclusions: { reason: string; count: number; people: string[] }[];
}
interface Roll {
  units: { code: string; name: string; allocated: number; officials: number; alternates: number }[];
  people: Person[];
  convened: Convened;
}

async function roll(request: APIRequestContext): Promise<Roll> {
  const response = await request.get(appUrl(ROLL));
  expect(response.status()).toBe(200);
  return (await response.json()) as Roll;
}

async function expectFigures(page: Page, convened: Convened) {
  await expect(page.getByTestId('convened')).toHaveText(viNumber(convened.convened));
  await expect(page.getByTestId('excluded')).toHaveText(viNumber(convened.excluded));
  await expect(page.getByTestId('denominator')).toHaveText(viNumber(convened.denominator));
  await expect(page.getByTestId('votes-needed')).toHaveText(viNumber(convened.votes_needed));
  // R-THRESHOLD: more than half of the base.
  expect(convened.votes_needed).toBe(Math.floor(convened.denominator / 2) + 1);
}

test('the roll of Ba Đình’s congress: convened count, a new delegation, absences, the printed list', async ({
  page,
  request,
}) => {
  await page.goto(appUrl('/'));
  await page.getByRole('link', { name: 'Đại biểu triệu tập' }).click();
  await expect(page).toHaveURL(/\/roll$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách đại biểu triệu tập' })).toBeVisible();

  await page.getByLabel('Tìm tổ chức khác').fill('ba dinh');
  await page.getByRole('option', { name: /^Đảng bộ quận Ba Đình/ }).click();
  await page.getByLabel('Nhiệm kỳ').selectOption('2020-2025');
  await expect(page).toHaveURL(/\/roll\/BADINH\/2020-2025$/);
  await expect(page.getByTestId('roll-congress')).toHaveText(
    'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025',
  );

  const before = await roll(request);
  await expectFigures(page, before.convened);
  const exOfficio = before.people.filter((p) => p.role === 'ex_officio');
  expect(exOfficio).toHaveLength(41);
  await expect(page.getByTestId('ex-officio').locator('tbody tr')).toHaveCount(41);

  // A delegation for a unit with nothing recorded yet, with seats for both officials.
  const unit = before.units.find((u) => u.officials + u.alternates === 0 && u.allocated >= 2);
  expect(unit, 'a unit with no delegation recorded and at least 2 seats').toBeTruthy();
  const officials = ['Lê Văn Minh', 'Phạm Thị Hoa'];
  const alternate = 'Vũ Đức Thắng';
  await page.getByLabel('Đơn vị', { exact: true }).selectOption(unit!.code);
  await page.getByLabel('Đại biểu chính thức', { exact: true }).fill(officials.join('\n'));
  await page.getByLabel('Đại biểu dự khuyết', { exact: true }).fill(alternate);
  await page.getByRole('button', { name: 'Ghi nhận đoàn đại biểu' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Đã ghi nhận đoàn đại biểu ${unit!.name}: 2 chính thức, 1 dự khuyết.`,
  );
  const recorded = await roll(request);
  expect(recorded.convened.convened).toBe(before.convened.convened + 2);
  expect(recorded.convened.denominator).toBe(before.convened.denominator + 2);
  await expectFigures(page, recorded.convened);
  const block = page.locator(`[data-testid="delegation"][data-unit="${unit!.code}"]`);
  await expect(block.locator('tbody tr')).toHaveCount(3);
  await expect(block.locator('.person-link')).toHaveText([...officials, alternate]);
  await expect(block).toContainText(`Chính thức 2/${unit!.allocated} được phân bổ · dự khuyết 1`);

  // A committee member absent for the whole congress comes off the base (R-THRESHOLD).
  const member = recorded.people.find(
    (p) => p.role === 'ex_officio' && p.convened && !p.absent_whole && !p.exclusion && p.absent_sessions.length === 0,
  )!;
  await page.getByTestId('ex-officio').locator(`tr[data-key="${member.key}"]`).getByRole('button').click();
  const panel = page.getByTestId('person-panel');
  await expect(panel.getByRole('heading', { name: member.full_name })).toBeVisible();
  await panel.getByLabel('Vắng', { exact: true }).selectOption({ label: 'Cả đại hội' });
  await panel.getByLabel('Lý do', { exact: true }).fill('Ốm, điều trị dài ngày tại bệnh viện');
  await panel.getByRole('button', { name: 'Ghi nhận vắng mặt' }).click();
  await expect(page.getByTestId('excluded')).toHaveText(viNumber(recorded.convened.excluded + 1));
  const absent = await roll(request);
  expect(absent.convened.convened).toBe(recorded.convened.convened);
  expect(absent.convened.excluded).toBe(recorded.convened.excluded + 1);
  expect(absent.convened.denominator).toBe(recorded.convened.denominator - 1);
  await expectFigures(page, absent.convened);
  await expect(panel.getByTestId('person-state')).toHaveText(
    'Vắng cả đại hội (Ốm, điều trị dài ngày tại bệnh viện) · trừ: Ủy viên Ban Chấp hành vắng mặt cả đại hội',
  );
  const committee = absent.convened.exclusions.find((e) => e.reason === 'absent_committee_member')!;
  expect(committee.people).toContain(member.key);
  const line = page.getByTestId('exclusions').locator('[data-reason="absent_committee_member"]');
  await expect(line).toContainText(`Ủy viên Ban Chấp hành vắng mặt cả đại hội: ${committee.count}`);
  await expect(line).toContainText(member.full_name);
  await panel.getByRole('button', { name: 'Đóng' }).click();
  await expect(panel).toHaveCount(0);

  // The first official of the new delegation is absent: its first alternate stands in, the base
  // keeps its size (R-CREDENTIALS, R-THRESHOLD).
  const first = absent.people.find((p) => p.unit_code === unit!.code && p.role === 'official' && p.rank === 1)!;
  const standIn = absent.people.find((p) => p.unit_code === unit!.code && p.role === 'alternate' && p.rank === 1)!;
  expect(first.full_name).toBe(officials[0]);
  expect(standIn.full_name).toBe(alternate);
  await block.locator(`tr[data-key="${first.key}"]`).getByRole('button').click();
  await expect(panel.getByRole('heading', { name: first.full_name })).toBeVisible();
  await panel.getByLabel('Vắng', { exact: true }).selectOption('0');
  await panel.getByLabel('Lý do', { exact: true }).fill('Đi công tác nước ngoài');
  await panel.getByRole('button', { name: 'Ghi nhận vắng mặt' }).click();
  await expect(block.locator(`tr[data-key="${standIn.key}"] [data-testid="state"]`)).toHaveText(
    `Dự khuyết thay cho ${first.full_name}`,
  );
  await expect(panel.getByTestId('person-state')).toHaveText(`Vắng cả đại hội, ${alternate} (dự khuyết) thay`);
  const replaced = await roll(request);
  expect(replaced.people.find((p) => p.key === standIn.key)?.replaces).toBe(first.key);
  expect(replaced.convened.denominator).toBe(absent.convened.denominator);
  expect(replaced.convened.excluded).toBe(absent.convened.excluded);
  await expectFigures(page, replaced.convened);

  // An error from the API shows next to the field it names.
  await panel.getByLabel('Có hiệu lực từ ngày', { exact: true }).fill('');
  await panel.getByRole('button', { name: 'Ghi nhận tư cách' }).click();
  await expect(panel.locator('[data-field="effective"]').getByRole('alert')).toContainText('ngày không hợp lệ');
  expect((await roll(request)).convened).toEqual(replaced.convened);
  await panel.getByRole('button', { name: 'Đóng' }).click();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: '../docs/roll.png', fullPage: false });

  // The printed list of delegates and the workbook.
  const pdfLink = page.getByRole('link', { name: 'In danh sách đại biểu (PDF)' });
  await expect(pdfLink).toHaveAttribute('href', `${ROLL}.pdf`);
  const pdf = await request.get(appUrl(`${ROLL}.pdf`));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('link', { name: 'Tải danh sách (XLSX)' })).toHaveAttribute('href', `${ROLL}.xlsx`);
  const xlsx = await request.get(appUrl(`${ROLL}.xlsx`));
  expect(xlsx.status()).toBe(200);
});
