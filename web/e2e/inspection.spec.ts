import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { appUrl } from './helpers';

// Hà Nội's inspection of 2020 from the demo (16 teams, 50 units, 1–4 units each,
// 20/5–19/6/2020): assigned automatically from the page, one unit moved to another team by hand,
// a move that breaks the plan refused with its reason, a finding recorded, the report downloaded.
// Expected values come from the API before and after each step.

interface Team {
  id: number;
  name: string;
  units: number;
}
interface Unit {
  org_code: string;
  name: string;
  excluded_teams: number[];
  fixed_team_id: number | null;
  visit: { id: number; team_id: number; start: string; end: string; manual: boolean } | null;
  finding: { strengths: string } | null;
}
interface View {
  id: number;
  teams: Team[];
  units: Unit[];
  problems: string[];
  max_units_per_team: number;
}

async function hanoiRound(request: APIRequestContext): Promise<number> {
  const response = await request.get(appUrl('/api/v1/inspections?org=HANOI'));
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { id: number; term: string }[] };
  const round = body.items.find((item) => item.term === '2020-2025');
  expect(round).toBeTruthy();
  return round!.id;
}

async function view(request: APIRequestContext, id: number): Promise<View> {
  const response = await request.get(appUrl(`/api/v1/inspections/${id}`));
  expect(response.status()).toBe(200);
  return (await response.json()) as View;
}

test('assign 16 teams to 50 units, override one, record a finding, download the report', async ({
  page,
  request,
}) => {
  const id = await hanoiRound(request);
  await page.goto(appUrl('/inspection'));
  await page.getByTestId('inspection-list').getByRole('link', { name: 'Đảng bộ thành phố Hà Nội' }).click();
  await expect(page).toHaveURL(new RegExp(`/inspection/${id}$`));
  await expect(page.getByTestId('inspection-teams').locator('.inspection-team')).toHaveCount(16);
  await expect(page.getByTestId('inspection-units').locator('tbody tr[data-testid^="unit-"]')).toHaveCount(50);

  await page.getByRole('button', { name: 'Phân công tự động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã phân công tự động');
  const assigned = await view(request, id);
  expect(assigned.units.every((unit) => unit.visit !== null)).toBe(true);
  expect(assigned.problems).toEqual([]);
  expect(assigned.teams.every((team) => team.units >= 1 && team.units <= 4)).toBe(true);
  await expect(page.getByTestId('inspection-counts')).toContainText('đã phân công 50');
  await expect(page.getByTestId('inspection-schedule').locator('tbody tr')).toHaveCount(16);
  await expect(page.getByTestId('inspection-calendar').locator('td.busy').first()).toBeVisible();

  // Override: a unit to a team with room and no member from it.
  const unit = assigned.units.find((candidate) =>
    assigned.teams.some(
      (team) =>
        team.id !== candidate.visit!.team_id &&
        team.units < assigned.max_units_per_team &&
        !candidate.excluded_teams.includes(team.id),
    ),
  )!;
  const target = assigned.teams.find(
    (team) =>
      team.id !== unit.visit!.team_id &&
      team.units < assigned.max_units_per_team &&
      !unit.excluded_teams.includes(team.id),
  )!;
  const row = page.getByTestId(`unit-${unit.org_code}`);
  await row.getByRole('combobox').selectOption(String(target.id));
  await expect(page.getByRole('status')).toContainText('Đã điều chỉnh');
  const moved = await view(request, id);
  const after = moved.units.find((candidate) => candidate.org_code === unit.org_code)!;
  expect(after.visit!.team_id).toBe(target.id);
  expect(after.visit!.manual).toBe(true);
  expect(after.fixed_team_id).toBe(target.id);
  await expect(row.locator('.inspection-fixed')).toBeVisible();

  // A date on a weekend is refused with the reason, and nothing changes.
  await row.locator('input[type="date"]').fill('2020-05-23');
  await expect(page.getByTestId('move-refused')).toContainText('thứ Bảy');
  expect((await view(request, id)).units.find((u) => u.org_code === unit.org_code)!.visit!.start).toBe(
    after.visit!.start,
  );

  // A finding.
  await row.getByRole('button', { name: 'Ghi kết quả' }).click();
  const form = page.getByRole('region', { name: `Kết quả kiểm tra tại ${unit.name}` });
  await form.getByLabel('Ưu điểm').fill('Chuẩn bị văn kiện chu đáo, đúng tiến độ');
  await form.getByLabel('Hạn chế, khuyết điểm').fill('Hồ sơ nhân sự còn chậm');
  await form.getByLabel('Kiến nghị').fill('Hoàn thiện hồ sơ trước ngày 30/6/2020');
  await form.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toContainText('Đã ghi kết quả kiểm tra');
  const found = await view(request, id);
  expect(found.units.find((u) => u.org_code === unit.org_code)!.finding!.strengths).toBe(
    'Chuẩn bị văn kiện chu đáo, đúng tiến độ',
  );

  // The report.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-pdf').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: test.info().outputPath('inspection.png'), fullPage: true });
});
