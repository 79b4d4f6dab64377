import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { appUrl } from './helpers';

// "Kết quả đại hội" of Trúc Bạch's congress (2020-2025): a committee election of 3 seats among 4
// names is counted through the API (two stations, 5 ballots, 5 convened), then on the page its
// result is applied (R-RANK order: Lan 5, Hùng 4, Minh 4), the superior committee's approval
// recorded (R-APPROVAL: provisional → approved), and the committee appears in Ba Đình's
// per-level structure table (R-STRUCTURE).
const CONGRESS = '/api/v1/congresses/BADINH-TRUCBACH/2020-2025';

async function post(request: APIRequestContext, path: string, data: unknown) {
  const response = await request.post(appUrl(path), { data });
  expect(response.ok(), `${path}: ${await response.text()}`).toBeTruthy();
  return response.json();
}

async function countedElection(request: APIRequestContext): Promise<number> {
  const election = await post(request, `${CONGRESS}/elections`, {
    kind: 'committee',
    seats: 3,
    title: 'Bầu Ban Chấp hành Đảng bộ phường Trúc Bạch',
    counting_committee: ['Nguyễn Văn Trưởng'],
  });
  const id: number = election.id;
  const put = await request.put(appUrl(`/api/v1/elections/${id}/candidates`), {
    data: {
      candidates: [
        { id: 'c1', full_name: 'Nguyễn Thị Lan', birth_date: '1988-09-01', gender: 'female' },
        { id: 'c2', full_name: 'Trần Văn Hùng', birth_date: '1965-01-20', gender: 'male' },
        { id: 'c3', full_name: 'Lê Văn Minh', birth_date: '1975-06-14', gender: 'male' },
        { id: 'c4', full_name: 'Phạm Văn Tư', birth_date: '1980-01-01', gender: 'male' },
      ],
    },
  });
  expect(put.ok(), await put.text()).toBeTruthy();
  const locked = await post(request, `/api/v1/elections/${id}/lock`, {});
  const rounds = locked.rounds;
  const round: number = rounds[0].id;
  const names: string[] = locked.candidates.map((c: { full_name: string }) => c.full_name);
  // Ballot order (R-ORDER): Hùng, Lan, Minh, Tư. Tư struck 3 times, Minh once, Hùng once.
  expect(names).toEqual(['Trần Văn Hùng', 'Nguyễn Thị Lan', 'Lê Văn Minh', 'Phạm Văn Tư']);
  const struck = [[3], [3], [3], [2], [0]];
  for (const clerk of ['Máy 1', 'Máy 2']) {
    for (let index = 0; index < struck.length; index++) {
      await post(request, `/api/v1/rounds/${round}/entries`, { clerk, number: index + 1, struck: struck[index] });
    }
  }
  await post(request, `/api/v1/rounds/${round}/close`, { convened: 5 });
  return id;
}

test('a counted election is applied, approved and rolled up', async ({ page, request }) => {
  const id = await countedElection(request);
  await page.goto(appUrl('/results/BADINH-TRUCBACH/2020-2025'));
  await expect(page.getByRole('heading', { level: 1, name: 'Kết quả đại hội' })).toBeVisible();
  await expect(page.getByTestId('results-status')).toHaveText(
    'Kết quả tạm thời: chưa được cấp ủy cấp trên chuẩn y',
  );

  const line = page.getByTestId(`election-${id}`);
  await line.getByRole('button', { name: 'Áp dụng kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã áp dụng kết quả bầu cử.');
  await expect(line.getByText('Đã áp dụng')).toBeVisible();
  const rows = page.locator('.results-body').filter({ hasText: 'Ban Chấp hành' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Nguyễn Thị Lan');
  await expect(rows.nth(1)).toContainText('Trần Văn Hùng');
  await expect(rows.nth(2)).toContainText('Lê Văn Minh');
  await expect(page.getByTestId('committee-stats')).toContainText('3 người, nữ 33,33%');

  // The approval form refuses a date before the congress opened (27/04/2020), then records.
  await page.getByLabel('Số quyết định').fill('Quyết định số 245-QĐ/QU');
  await page.getByLabel('Ngày quyết định').fill('2020-04-01');
  await page.getByRole('button', { name: /Ghi chuẩn y/ }).click();
  await expect(page.locator('.results-approval [role=alert]')).toContainText('trước ngày khai mạc');
  await page.getByLabel('Ngày quyết định').fill('2020-05-10');
  await page.getByRole('button', { name: /Ghi chuẩn y/ }).click();
  await expect(page.getByTestId('results-status')).toHaveText(
    /^Đã chuẩn y: Quyết định số 245-QĐ\/QU ngày 10\/05\/2020 của /,
  );

  const stats = page.getByTestId('stats-table');
  const grassroots = stats.locator('tbody tr').filter({ hasText: 'Tổ chức cơ sở đảng' });
  await expect(grassroots).toContainText('1/');
  await page.screenshot({ path: test.info().outputPath('results.png'), fullPage: true });
});
