import { expect, test } from '@playwright/test';
import { apiGet, appUrl } from './helpers';

// "Đề cử, ứng cử" on the demo's Ba Đình committee election (41 seats, 47 nominees from the
// committee's list): a member is nominated from the floor and held until the nomination poll
// (R-FLOOR-GATE), a withdrawal waits for the congress's vote (R-WITHDRAW), the structure warns in
// amber against a raised target (R-STRUCTURE), and "Lập danh sách bầu cử từ đề cử" writes the final list as the
// election's candidates.
test('nominations: floor nominee through the poll, a withdrawal by vote, structure warnings, finalize', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const elections = await apiGet(request, '/congresses/BADINH/2020-2025/elections');
  const election = elections.body.items.find((e: { title: string }) =>
    e.title.startsWith('Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI'),
  );
  expect(election).toBeTruthy();
  const before = await apiGet(request, `/elections/${election.id}/nominations`);
  const convened: number = before.body.convened;
  // A full member of the registry who is not nominated: from a school's cell.
  const members = await apiGet(request, '/members?root=BADINH-THPT-PHANDINHPHUNG&status=full&limit=50');
  const member = members.body.items[0];

  await page.goto(appUrl(`/elections/BADINH/2020-2025/${election.id}`));
  const section = page.getByTestId('nominations');
  await expect(section.getByRole('heading', { name: 'Đề cử, ứng cử' })).toBeVisible();
  await expect(section.getByTestId('nominations-table').locator('tbody tr')).toHaveCount(47);
  await expect(section.getByTestId('nominations-surplus')).toHaveText(
    'Danh sách: 47 người cho 41 chỗ, số dư 6 (14,63%)',
  );

  // From the floor: found in the registry by name, nominated by a delegation.
  await section.getByLabel('Tìm đảng viên (họ tên hoặc mã)').fill(member.full_name);
  await section.getByRole('option', { name: new RegExp(member.id) }).click();
  await section.getByLabel('Nguồn đề cử').selectOption('floor');
  await section.getByLabel('Người đề cử', { exact: true }).fill('Đoàn đại biểu Đảng bộ phường Kim Mã');
  await section.getByRole('button', { name: 'Thêm vào danh sách đề cử' }).click();
  const row = section.getByTestId(`nomination-${member.id}`);
  await expect(row.getByTestId('status')).toHaveText('Chờ lấy phiếu giới thiệu');
  await expect(section.getByTestId('finalize-blockers')).toContainText('R-FLOOR-GATE');
  await expect(section.getByRole('button', { name: 'Lập danh sách bầu cử từ đề cử' })).toBeDisabled();

  // The nomination poll: 82 of 270 present is more than 30%.
  await row.getByRole('button', { name: 'Ghi phiếu giới thiệu' }).click();
  const pollForm = section.getByTestId('nomination-action');
  await pollForm.getByLabel('Số có mặt').fill('270');
  await pollForm.getByLabel('Số đồng ý').fill('82');
  await pollForm.getByRole('button', { name: 'Ghi', exact: true }).click();
  await expect(row.getByTestId('status')).toHaveText('Có tên trong danh sách');
  await expect(row).toContainText('82/270 có mặt đồng ý (đạt)');

  // A withdrawal: requested, then voted by more than half of the convened.
  const first = section.getByTestId('nominations-table').locator('tbody tr').first();
  await first.getByRole('button', { name: 'Xin rút' }).click();
  await section.getByTestId('nomination-action').getByLabel('Lý do xin rút').fill('Lý do sức khỏe');
  await section.getByTestId('nomination-action').getByRole('button', { name: 'Ghi', exact: true }).click();
  await expect(first.getByTestId('status')).toHaveText('Xin rút, chờ biểu quyết');
  await expect(section.getByTestId('finalize-blockers')).toContainText('R-WITHDRAW');
  await first.getByRole('button', { name: 'Ghi biểu quyết' }).click();
  const voteForm = section.getByTestId('nomination-action');
  await expect(voteForm.getByLabel('Số triệu tập')).toHaveValue(String(convened));
  await voteForm.getByLabel('Số có mặt').fill(String(convened));
  await voteForm.getByLabel('Số tán thành').fill(String(Math.floor(convened / 2) + 1));
  await voteForm.getByRole('button', { name: 'Ghi', exact: true }).click();
  await expect(first.getByTestId('status')).toHaveText('Đã rút');
  await expect(section.getByTestId('nominations-surplus')).toHaveText(
    'Danh sách: 47 người cho 41 chỗ, số dư 6 (14,63%)',
  );

  // R-STRUCTURE: a raised target warns in amber; finalizing is still allowed.
  await section.getByRole('button', { name: 'Sửa chỉ tiêu cơ cấu' }).click();
  await section.getByLabel('Nữ tối thiểu (%)').fill('60');
  await section.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(section.getByTestId('structure-women')).toHaveClass(/warn-row/);
  await expect(section.getByTestId('structure-warnings')).toContainText('Tỷ lệ nữ');
  await expect(section.getByTestId('finalize-blockers')).toHaveCount(0);
  await section.screenshot({ path: test.info().outputPath('nominations.png') });

  // The demo's open complaint about a nominee (R-VETTING, docs/personnel.md) is concluded first.
  const vetting = await apiGet(request, '/congresses/BADINH/2020-2025/vetting');
  for (const complaint of vetting.body.complaints.filter((c: { open: boolean }) => c.open)) {
    const answer = await request.post(appUrl(`/api/v1/complaints/${complaint.id}/conclusion`), {
      data: { conclusion: 'Không có cơ sở', concluded_on: '2020-06-10' },
    });
    expect(answer.status()).toBe(200);
  }
  await section.getByRole('button', { name: 'Lập danh sách bầu cử từ đề cử' }).click();
  await expect(section.getByTestId('finalized')).toBeVisible();
  const finalized = await apiGet(request, `/elections/${election.id}`);
  expect(finalized.body.candidates).toHaveLength(47);
  expect(finalized.body.candidates.some((c: { member_id: string }) => c.member_id === member.id)).toBe(true);
  // The list editor above shows the same 47 names, ready to lock.
  await expect(page.getByTestId('surplus')).toContainText('47 người cho 41 chỗ');
});
