import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { signIn } from './global-setup';
import { appUrl } from './helpers';

// A draft of Ba Đình's political report goes out for comment and comes back as a synthesis
// (issue 8): the subcommittee imports it from a Markdown file and publishes it to the public and
// to Quán Thánh ward; a citizen comments on the public page without an account (on a section,
// and on a selected passage); the ward's clerk enters its meeting's comment; the subcommittee
// shows the citizens' comments, groups the near-duplicates, gives the group a disposition and
// downloads the synthesis report, a PDF with the report's title.
const WARD = 'BADINH-QUANTHANH';
const DRAFT = `# I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XXV

Kinh tế của quận tiếp tục tăng trưởng ổn định; thu ngân sách trên địa bàn vượt dự toán hằng năm.

Công tác xây dựng Đảng được chú trọng; chất lượng sinh hoạt chi bộ từng bước được nâng lên.

# II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025

Phát triển kinh tế số, xây dựng chính quyền điện tử, nâng cao chất lượng phục vụ người dân và doanh nghiệp.

Tiếp tục chỉnh trang đô thị, giữ gìn trật tự, cảnh quan các tuyến phố.

# III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.
`;
const OPINION = 'Đề nghị bổ sung chỉ tiêu cụ thể về chuyển đổi số trong cải cách hành chính của quận';

function isoDay(offset: number): string {
  const day = new Date(Date.now() + offset * 86_400_000);
  return day.toISOString().slice(0, 10);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

test('a draft goes out for comment and comes back as a synthesis', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Báo cáo chính trị thử nghiệm ${Date.now()}`;

  // The subcommittee imports the draft from a file.
  await page.goto(appUrl('/documents/BADINH/2020-2025'));
  await expect(page.getByRole('heading', { level: 1, name: 'Văn kiện đại hội và lấy ý kiến góp ý' })).toBeVisible();
  const importForm = page.getByTestId('doc-import');
  await importForm.getByLabel('Tên văn kiện').fill(title);
  await importForm.getByLabel('Tệp .docx, .md hoặc .txt').setInputFiles({
    name: 'bao-cao-chinh-tri.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(DRAFT, 'utf8'),
  });
  await importForm.getByRole('button', { name: 'Nhập dự thảo' }).click();
  await expect(page).toHaveURL(/\/documents\/BADINH\/2020-2025\/\d+$/);
  const versionId = Number(/\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`${title} — Dự thảo lần 1`) })).toBeVisible();
  await expect(page.getByText('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025')).toBeVisible();

  // … and publishes it to the public and to Quán Thánh ward, open from yesterday for a month.
  await openTab(page, 'Công bố');
  await page.getByLabel('Công bố cho nhân dân góp ý').check();
  await page.getByRole('checkbox', { name: /Quán Thánh/ }).check();
  await page.getByLabel('Từ ngày').fill(isoDay(-1));
  await page.getByLabel('Đến ngày').fill(isoDay(30));
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await expect(page.getByText('Đã công bố dự thảo.')).toBeVisible();
  await expect(page.getByTestId('doc-public-link')).toHaveText(new RegExp(`/gop-y/${versionId}$`));

  // A citizen, on a phone, without an account.
  const citizen = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
  });
  const phone = await citizen.newPage();
  await phone.goto(appUrl(`/gop-y/${versionId}`));
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(phone.locator('.topbar')).toHaveCount(0);
  await expect(phone.getByRole('navigation', { name: 'Mục lục' }).getByRole('link')).toHaveCount(3);
  const second = phone.locator('#muc-2');
  await second.getByRole('button', { name: 'Góp ý mục này' }).click();
  const form = phone.getByRole('dialog');
  await form.getByLabel('Họ và tên').fill('Nguyễn Văn Bình');
  await form.getByLabel('Số điện thoại hoặc thư điện tử (không bắt buộc)').fill('0912 345 678');
  await form.getByLabel('Nội dung góp ý').fill(`${OPINION}.`);
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(phone.getByTestId('pd-sent')).toHaveText(
    'Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được duyệt.',
  );
  await phone.screenshot({ path: test.info().outputPath('public-page.png'), fullPage: true });

  // … then selects a passage of section II and comments on it.
  await phone.evaluate(() => {
    const paragraph = document.querySelector('#muc-2 [data-paragraph="0"]')!;
    const text = paragraph.firstChild!;
    const start = text.textContent!.indexOf('xây dựng chính quyền điện tử');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'xây dựng chính quyền điện tử'.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await phone.getByRole('button', { name: 'Góp ý đoạn đã chọn' }).click();
  await expect(phone.getByTestId('pd-quote')).toHaveText('“xây dựng chính quyền điện tử”');
  await form.getByLabel('Họ và tên').fill('Trần Thị Cúc');
  await form.getByLabel('Nội dung góp ý').fill(`${OPINION}!`);
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(phone.getByTestId('pd-sent')).toBeVisible();
  await citizen.close();

  // Quán Thánh's clerk enters the ward meeting's comment.
  const { state, csrf } = await signIn(appUrl(''), 'quanthanh.vp', 'quanthanh-2020');
  const clerkContext = await browser.newContext({ storageState: state, extraHTTPHeaders: { 'X-CSRF-Token': csrf } });
  const clerk = await clerkContext.newPage();
  await clerk.goto(appUrl(`/documents/BADINH/2020-2025/${versionId}`));
  await openTab(clerk, 'Ý kiến của đơn vị');
  const unitForm = clerk.getByTestId('doc-unit-form');
  await expect(unitForm.getByLabel('Đơn vị', { exact: true })).toHaveValue(WARD);
  await expect(unitForm.getByLabel('Đơn vị', { exact: true }).locator('option:checked')).toHaveText('Đảng bộ phường Quán Thánh');
  await unitForm.getByLabel('Góp ý vào mục').selectOption({ label: 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025' });
  await unitForm.getByLabel('Nội dung ý kiến').fill(`${OPINION} phường.`);
  await unitForm.getByLabel('Thay mặt hội nghị của đơn vị').check();
  await unitForm.getByLabel('Số đảng viên tán thành').fill('37');
  await unitForm.getByRole('button', { name: 'Ghi ý kiến' }).click();
  await expect(clerk.getByText('Đã ghi ý kiến của đơn vị.')).toBeVisible();
  await expect(clerk.getByTestId('doc-comment').first()).toContainText('thay mặt hội nghị, 37 đảng viên tán thành');
  await clerkContext.close();

  // The subcommittee shows the two citizens' comments …
  await page.reload();
  await openTab(page, 'Duyệt ý kiến (2)');
  const queue = page.getByTestId('doc-moderation');
  await expect(queue.getByTestId('doc-comment')).toHaveCount(2);
  await expect(queue).toContainText('0912 345 678'); // the contact: the subcommittee sees it
  for (let shown = 0; shown < 2; shown++) {
    await queue.getByRole('button', { name: 'Cho hiển thị' }).first().click();
    await expect(queue.getByTestId('doc-comment')).toHaveCount(1 - shown);
  }

  // … groups the near-duplicates: three comments, one opinion …
  await openTab(page, 'Tổng hợp ý kiến');
  await page.getByRole('button', { name: 'Gộp ý kiến trùng lặp' }).click();
  await expect(page.getByText(/Đã gộp thành \d+ nhóm ý kiến\./)).toBeVisible();
  const group = page.getByTestId('doc-group').first();
  await expect(group.getByTestId('doc-group-size')).toHaveText('3 ý kiến');
  await expect(group).toContainText('37 đảng viên tán thành');
  await expect(page.getByTestId('doc-per-unit')).toContainText('Quán Thánh');
  await expect(page.getByTestId('doc-per-section')).toContainText('II. PHƯƠNG HƯỚNG');

  // … gives it a disposition (an explanation is asked for unless accepted) …
  await group.getByLabel('Hình thức xử lý').selectOption('explained');
  await group.getByRole('button', { name: 'Lưu' }).click();
  await expect(group.getByRole('alert')).toHaveText('Cần ghi giải trình hoặc lý do không tiếp thu.');
  await group.getByLabel('Hình thức xử lý').selectOption('accepted');
  await group.getByLabel('Giải trình, lý do').fill('Đã bổ sung chỉ tiêu chuyển đổi số vào mục II của dự thảo.');
  await group.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('doc-per-section')).toBeVisible();
  await expect(page.getByTestId('doc-group').first().getByLabel('Hình thức xử lý')).toHaveValue('accepted');
  await page.screenshot({ path: test.info().outputPath('synthesis.png'), fullPage: true });

  // … and downloads the synthesis report.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('doc-synthesis-pdf').click()]);
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-synthesis-'));
  try {
    const file = join(dir, 'tong-hop.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`tong-hop-y-kien-${versionId}.pdf`);
    // Reading order (no -layout): a wrapped line of a table cell follows the one before it.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('TIỂU BAN VĂN KIỆN');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`Tổng hợp ý kiến góp ý dự thảo ${title}`);
    expect(text).toContain('Đã bổ sung chỉ tiêu chuyển đổi số');
    expect(text).toContain('Đảng bộ phường Quán Thánh');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
