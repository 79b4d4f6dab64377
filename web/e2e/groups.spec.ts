import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { appUrl } from './helpers';

// Working groups, subcommittees and commendations (docs/groups.md) on the demo: Ba Đình's 12
// working and 4 guidance groups, a double booking refused with the clash shown, an overdue task
// marked done, and Đống Đa's commendations. Expected figures are read from the API first.
const GROUPS = '/api/v1/congresses/BADINH/2020-2025/working-groups';

interface Unit {
  assignment_id: number;
  unit_code: string;
  unit_name: string;
  start: string | null;
  end: string | null;
  attendees: { group_member_id: number; full_name: string }[];
}
interface Group {
  id: number;
  kind: string;
  name: string;
  members: { id: number; full_name: string; role: string }[];
  units: Unit[];
}

async function groups(request: APIRequestContext): Promise<Group[]> {
  const response = await request.get(appUrl(GROUPS));
  expect(response.status()).toBe(200);
  return ((await response.json()) as { groups: Group[] }).groups;
}

test('groups: a double booking is refused and the clash named', async ({ page, request }) => {
  const all = await groups(request);
  expect(all.filter((g) => g.kind === 'working')).toHaveLength(12);
  expect(all.filter((g) => g.kind === 'guidance')).toHaveLength(4);

  // The first working group's leader attends one of its units; another Ba Đình unit's congress
  // overlaps that one. Assigning that unit to the group and booking the leader there must fail.
  const group = all[0];
  const leader = group.members[0];
  const booked = group.units.find((u) => u.attendees.some((a) => a.group_member_id === leader.id));
  expect(booked).toBeDefined();
  const other = all
    .flatMap((g) => g.units)
    .find(
      (u) =>
        !group.units.some((x) => x.unit_code === u.unit_code) &&
        u.start !== null && u.end !== null && booked!.start !== null && booked!.end !== null &&
        u.start <= booked!.end && booked!.start <= u.end,
    );
  expect(other).toBeDefined();

  await page.goto(appUrl('/groups/BADINH/2020-2025'));
  await expect(page.getByRole('heading', { name: 'Tổ công tác, tiểu ban, khen thưởng' })).toBeVisible();
  await expect(page.locator('.group-card')).toHaveCount(all.length);
  const card = page.locator(`.group-card[data-group="${group.id}"]`);
  await card.getByPlaceholder('Mã đơn vị').fill(other!.unit_code);
  await card.getByRole('button', { name: 'Phân công theo dõi' }).click();
  const row = card.locator(`tr[data-unit="${other!.unit_code}"]`);
  await expect(row).toBeVisible();
  await row.getByLabel('Người dự').selectOption({ label: leader.full_name });
  await row.getByRole('button', { name: 'Phân công' }).click();
  const clash = page.locator('.groups-clash');
  await expect(clash).toBeVisible();
  await expect(clash).toContainText('trùng với');
  await expect(clash).toContainText(booked!.unit_name);
  await expect(clash).toContainText(other!.unit_name);
  await expect(clash).toContainText(leader.full_name);
  // Nothing was written.
  const after = await groups(request);
  const unit = after.find((g) => g.id === group.id)!.units.find((u) => u.unit_code === other!.unit_code)!;
  expect(unit.attendees).toHaveLength(0);
  await page.screenshot({ path: test.info().outputPath('groups.png'), fullPage: false });
});

test('subcommittees: overdue in red, marked done', async ({ page }) => {
  await page.goto(appUrl('/groups/BADINH/2020-2025'));
  await page.getByRole('tab', { name: 'Tiểu ban' }).click();
  await page.getByLabel('Tính đến ngày').fill('2020-05-26');
  await expect(page.locator('.subcommittee-card').first()).toBeVisible();
  const personnel = page.locator('.subcommittee-card[data-subcommittee="personnel"]');
  await expect(personnel.getByRole('heading', { name: 'Tiểu ban Nhân sự' })).toBeVisible();
  const overdue = personnel.locator('tr.task-overdue', { hasText: 'Hồ sơ nhân sự' });
  await expect(overdue).toBeVisible();
  await expect(overdue).toContainText('Quá hạn');
  const color = await overdue.locator('td').nth(1).evaluate((cell) => getComputedStyle(cell).color);
  expect(color).not.toBe('rgb(0, 0, 0)');
  await overdue.getByRole('checkbox').click();
  await expect(personnel.locator('tr.task-done', { hasText: 'Hồ sơ nhân sự' })).toContainText('Đã xong');
  await page.screenshot({ path: test.info().outputPath('subcommittees.png') });
});

test('commendations: Đống Đa, add one, export', async ({ page, request }) => {
  const before = await (await request.get(appUrl('/api/v1/congresses/DONGDA/2020-2025/commendations'))).json();
  expect(before.collectives).toBe(27);
  await page.goto(appUrl('/groups/DONGDA/2020-2025'));
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  await expect(page.locator('.groups-summary')).toContainText(`27 tập thể, ${before.individuals} cá nhân`);
  await expect(page.locator('.commendation-table tbody tr')).toHaveCount(27 + before.individuals);
  const form = page.locator('.commendation-form');
  await form.getByLabel('Họ và tên').fill('Đỗ Thị Mai');
  await form.getByLabel('Số quyết định').fill('Quyết định số 1070-QĐ/QU');
  await form.getByLabel('Thành tích').fill('Hoàn thành xuất sắc nhiệm vụ phục vụ đại hội');
  await form.getByRole('button', { name: 'Ghi khen thưởng' }).click();
  await expect(page.locator('.groups-summary')).toContainText(`27 tập thể, ${before.individuals + 1} cá nhân`);
  await expect(page.locator('.commendation-table')).toContainText('Đỗ Thị Mai');
  const pdf = await request.get(appUrl('/api/v1/congresses/DONGDA/2020-2025/commendations.pdf'));
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('link', { name: 'Xuất Excel' })).toHaveAttribute('href', /commendations\.xlsx$/);
  await page.screenshot({ path: test.info().outputPath('commendations.png') });
});

// Removals, each asked twice: a group with a member, a unit it covered, a subcommittee's task and
// the subcommittee, a commendation. What the page shows is checked against the API after each.
test('a group, a member, a subcommittee, a task and a commendation removed after confirming', async ({ page, request }) => {
  await page.goto(appUrl('/groups/BADINH/2020-2025'));
  const before = await groups(request);
  const add = page.locator('form.groups-add');
  await add.getByPlaceholder(/Tên tổ/).fill('Tổ công tác tạm');
  await add.getByRole('button', { name: 'Thêm tổ' }).click();
  await expect(page.locator('.group-card')).toHaveCount(before.length + 1);
  const created = (await groups(request)).find((g) => g.name === 'Tổ công tác tạm')!;
  const card = page.locator(`.group-card[data-group="${created.id}"]`);
  await card.getByPlaceholder('Họ và tên').fill('Vũ Văn Tạm');
  await card.getByRole('button', { name: 'Thêm thành viên' }).click();
  await expect(card.locator('.group-members')).toContainText('Vũ Văn Tạm');

  // The member: "Thôi" keeps them, "Xóa" removes them.
  await card.getByRole('button', { name: 'Bỏ Vũ Văn Tạm khỏi Tổ công tác tạm' }).click();
  await card.getByRole('alertdialog').getByRole('button', { name: 'Thôi' }).click();
  await expect(card.locator('.group-members')).toContainText('Vũ Văn Tạm');
  await card.getByRole('button', { name: 'Bỏ Vũ Văn Tạm khỏi Tổ công tác tạm' }).click();
  await card.getByRole('alertdialog', { name: 'Bỏ Vũ Văn Tạm khỏi tổ?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(card.locator('.group-members')).not.toContainText('Vũ Văn Tạm');
  expect((await groups(request)).find((g) => g.id === created.id)!.members).toHaveLength(0);

  // The group.
  await card.getByRole('button', { name: 'Xóa Tổ công tác tạm' }).click();
  await card.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.locator('.group-card')).toHaveCount(before.length);
  expect((await groups(request)).some((g) => g.id === created.id)).toBe(false);

  // A subcommittee with a task.
  await page.getByRole('tab', { name: 'Tiểu ban' }).click();
  const addSub = page.getByRole('form', { name: 'Thêm tiểu ban' });
  await addSub.getByLabel('Loại tiểu ban').selectOption('other');
  await addSub.getByPlaceholder(/Tên tiểu ban/).fill('Tiểu ban Tuyên truyền');
  await addSub.getByRole('button', { name: 'Thêm tiểu ban' }).click();
  const sub = page.locator('.subcommittee-card', { has: page.getByRole('heading', { name: 'Tiểu ban Tuyên truyền' }) });
  await expect(sub).toBeVisible();
  await sub.getByPlaceholder('Công việc').fill('Trang trí khánh tiết');
  await sub.getByLabel('Hạn').fill('10/06/2020');
  await sub.getByRole('button', { name: 'Thêm việc' }).click();
  await expect(sub.locator('tr', { hasText: 'Trang trí khánh tiết' })).toContainText('10/06/2020');
  await sub.getByRole('button', { name: 'Xóa Trang trí khánh tiết' }).click();
  await sub.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(sub.locator('tr', { hasText: 'Trang trí khánh tiết' })).toHaveCount(0);
  await sub.getByRole('button', { name: 'Xóa Tiểu ban Tuyên truyền' }).click();
  await sub.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(sub).toHaveCount(0);
  const subs = await (await request.get(appUrl('/api/v1/congresses/BADINH/2020-2025/subcommittees'))).json();
  expect(subs.subcommittees.some((s: { name: string }) => s.name === 'Tiểu ban Tuyên truyền')).toBe(false);

  // A commendation.
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  const form = page.locator('.commendation-form');
  await form.getByLabel('Họ và tên').fill('Hoàng Văn Tạm');
  await form.getByLabel('Số quyết định').fill('Quyết định số 9-QĐ/QU');
  await form.getByLabel('Ngày quyết định').fill('30/06/2020');
  await form.getByLabel('Thành tích').fill('Tham gia phục vụ đại hội');
  await form.getByRole('button', { name: 'Ghi khen thưởng' }).click();
  const row = page.locator('.commendation-table tr', { hasText: 'Hoàng Văn Tạm' });
  await expect(row).toContainText('30/06/2020');
  await row.getByRole('button', { name: 'Xóa Hoàng Văn Tạm' }).click();
  await row.getByRole('alertdialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.locator('.commendation-table tr', { hasText: 'Hoàng Văn Tạm' })).toHaveCount(0);
  const list = await (await request.get(appUrl('/api/v1/congresses/BADINH/2020-2025/commendations'))).json();
  expect(list.commendations.some((c: { full_name: string }) => c.full_name === 'Hoàng Văn Tạm')).toBe(false);
  await page.screenshot({ path: test.info().outputPath('groups-removed.png') });
});
