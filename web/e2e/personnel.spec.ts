import { expect, test } from '@playwright/test';
import { apiGet, appUrl } from './helpers';

// "Nhân sự" on the demo's Ba Đình congress XXVI: the personnel scheme (41 seats, 47 nominees →
// 14,63%), version 1 returned by Hà Nội with its comment and version 2 approved, the structure
// against the targets and the outgoing committee, concurrent positions, the vetting board (46
// nominees cleared), and a complaint that keeps the list from being finalized (R-VETTING) until it
// is concluded on this page.
test('personnel: scheme versions, statistics, vetting board, a complaint blocks finalize', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const scheme = await apiGet(request, '/congresses/BADINH/2020-2025/scheme');
  expect(scheme.status).toBe(200);
  const complained = scheme.body.nominees[36];
  const elections = await apiGet(request, '/congresses/BADINH/2020-2025/elections');
  const election = elections.body.items.find((e: { title: string }) =>
    e.title.startsWith('Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI'),
  );
  // A complaint arrives about a nominee (an anonymous letter is recorded as such).
  const added = await request.post(appUrl('/api/v1/congresses/BADINH/2020-2025/complaints'), {
    data: {
      member_id: complained.member_id,
      received_on: '2020-06-12',
      source: 'anonymous_letter',
      summary: 'Phản ánh về việc sử dụng đất',
      assigned_to: 'Ủy ban Kiểm tra Thành ủy Hà Nội',
    },
  });
  expect(added.status()).toBe(201);

  await page.goto(appUrl('/personnel/BADINH/2020-2025'));
  await expect(page.getByRole('heading', { name: 'Nhân sự đại hội' })).toBeVisible();
  await expect(page.getByTestId('scheme-status')).toContainText('Phiên bản 2: Đã phê duyệt');
  await expect(page.getByTestId('scheme-versions').getByRole('button')).toHaveText([
    'Phiên bản 1: Cấp trên trả lại',
    'Phiên bản 2: Đã phê duyệt',
  ]);
  await expect(page.getByTestId('scheme-surplus')).toHaveText(
    'Danh sách cấp ủy giới thiệu: 47 người cho 41 chỉ tiêu, số dư 6 (14,63%)',
  );
  await expect(page.getByTestId('scheme-history')).toContainText('Đề nghị bổ sung nhân sự nữ');
  await expect(page.getByTestId('scheme-nominees').locator('tbody tr')).toHaveCount(47);
  await expect(page.getByTestId('scheme-nominees')).toContainText(
    'Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã',
  );
  const statistics = page.getByTestId('scheme-statistics');
  await expect(statistics.locator('tbody tr').first()).toHaveText(/Tổng số\s*41\s*47\s*41/);
  await expect(page.getByTestId('vetting-board').locator('tbody tr')).toHaveCount(47);
  await expect(page.getByTestId('vetting-summary')).toContainText('46 người đủ tiêu chuẩn');
  await expect(page.getByTestId('vetting-blocked')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('personnel.png'), fullPage: true });

  // R-VETTING: the list is not final while the complaint is open.
  const refused = await request.post(appUrl(`/api/v1/elections/${election.id}/finalize`), { data: {} });
  expect(refused.status()).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain(complained.member_id);

  // Version 1, as it was returned.
  await page.getByTestId('scheme-versions').getByRole('button', { name: /Phiên bản 1/ }).click();
  await expect(page.getByTestId('scheme-status')).toContainText('Phiên bản 1: Cấp trên trả lại');
  await expect(page.getByTestId('scheme-nominees').locator('tbody tr')).toHaveCount(46);

  // The complaints are concluded on the page; then nothing keeps the list from being final.
  const complaints = page.getByTestId('complaints');
  while ((await complaints.getByTestId('complaint-conclude').count()) > 0) {
    const before = await complaints.getByTestId('complaint-conclude').count();
    await complaints.getByTestId('complaint-conclusion').first().fill('Đã xác minh, không có cơ sở');
    await complaints.getByTestId('complaint-conclude').first().click();
    await expect(complaints.getByTestId('complaint-conclude')).toHaveCount(before - 1);
  }
  await expect(page.getByTestId('vetting-blocked')).toHaveCount(0);
  const finalized = await request.post(appUrl(`/api/v1/elections/${election.id}/finalize`), { data: {} });
  expect(finalized.status()).toBe(200);
});
