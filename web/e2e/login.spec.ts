// Sign-in (docs/security.md): starts signed out, unlike the other specs.
import { expect, test } from '@playwright/test';
import { appUrl } from './helpers';

test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });

async function signIn(page: import('@playwright/test').Page, login: string, password: string) {
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('a wrong password is refused without saying whether the login exists', async ({ page }) => {
  await page.goto(appUrl('/login'));
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await signIn(page, 'badinh.btc', 'không phải mật khẩu');
  await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu.');
  // Right after a failure the throttle asks to wait, with the time.
  await signIn(page, 'badinh.btc', 'badinh-2020');
  await expect(page.getByRole('alert')).toContainText(/thử lại sau \d+ giây/);
  await page.screenshot({ path: test.info().outputPath('login-refused.png') });
  // The failure also delays this address's next sign-in by a second (access::LoginPolicy),
  // counted from the end of the second it happened in.
  await page.waitForTimeout(2100);
});

test('the unit clerk signs in, sees its name and role, and signs out', async ({ page }) => {
  await page.goto(appUrl('/login'));
  await signIn(page, 'quanthanh.vp', 'quanthanh-2020');
  await expect(page).toHaveURL(appUrl('/'));
  const account = page.getByRole('button', { name: /Văn phòng Đảng ủy phường Quán Thánh/ });
  await expect(account).toBeVisible();
  await expect(account).toContainText('Văn phòng đơn vị');
  // The menu offers what a unit clerk can use: no import, audit trail or personnel work.
  const menu = page.getByRole('navigation');
  await expect(menu.getByRole('link', { name: 'Tiến độ đại hội' })).toBeVisible();
  for (const name of ['Nhập dữ liệu', 'Nhật ký thay đổi', 'Nhân sự']) {
    await expect(menu.getByRole('link', { name })).toHaveCount(0);
  }
  await page.screenshot({ path: test.info().outputPath('signed-in.png') });
  await account.click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(appUrl('/login'));
  const me = await page.request.get(appUrl('/api/v1/auth/me'));
  expect(me.status()).toBe(401);
});

test('a page opened while signed out goes to the sign-in and back', async ({ page }) => {
  await page.goto(appUrl('/org/BADINH'));
  await expect(page).toHaveURL(appUrl('/login?next=%2Forg%2FBADINH'));
  await signIn(page, 'badinh.btc', 'badinh-2020');
  await expect(page).toHaveURL(appUrl('/org/BADINH'));
  await expect(page.getByRole('button', { name: /Ban tổ chức/ }).first()).toBeVisible();
});
