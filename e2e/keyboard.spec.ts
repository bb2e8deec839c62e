import { expect, test } from './support/offline-test';

test('j and k move through the list, Enter opens, u returns to the same item', async ({ page }) => {
  await page.goto('/?category=%E9%87%91%E8%9E%8D');
  const links = page.locator('main article h3 a');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  const title = await links.nth(1).textContent();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/[^?]+\?category=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');

  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\/\?category=/);
  await expect(links.nth(1)).toBeFocused();
});

test('o opens the current item and Esc goes back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('main article h3 a').first()).toBeFocused();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/');
});

test('b bookmarks the current item', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article h3 a').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('main article h3 a').first()).toBeFocused();
  const toggle = page.locator('main article').first().locator('[data-shortcut="bookmark"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('b');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName('已收藏');
  await page.keyboard.press('b');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('? opens the shortcut help, Esc closes it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('下一条');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('shortcuts stay out of the way while typing', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'scratch');
    document.querySelector('main')?.prepend(input);
  });
  await page.getByLabel('scratch').fill('jjk?');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeHidden();
  await expect(page.getByLabel('scratch')).toHaveValue('jjk?');
});
