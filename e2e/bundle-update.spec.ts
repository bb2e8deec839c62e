import { expect, test } from './support/offline-test';
import { bundleWithout, serveBundleFrom } from './support/rebuilt-bundle';

/**
 * A reader on the page while a new ingest is published: the files only the old manifest
 * named are deleted after the new one is in place, so the reader's next request for one
 * finds nothing. The app loads the new manifest and goes on, with no error shown.
 */
test.use({ serviceWorkers: 'block' });

const DROPPED = '央行开展逆回购操作 维护季末流动性合理充裕';

test('a file the reader’s old manifest named, gone after a new ingest, reloads the manifest and the view goes on', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(page.locator('main article').filter({ hasText: DROPPED })).toHaveCount(1);

  // Published: the rebuild without one article, and none of the files only the old one had.
  const rebuilt = await bundleWithout(DROPPED);
  const manifests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/manifest.json')) manifests.push(request.url());
  });
  await serveBundleFrom(page, rebuilt);

  // The category's facet changed with the article gone: the old manifest names a file that is no more.
  await page.getByRole('navigation', { name: '分类' }).getByRole('checkbox', { name: /^金融/ }).click();
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('main article').filter({ hasText: DROPPED })).toHaveCount(0);
  expect(manifests.length).toBeGreaterThan(0);
});

test('a page whose file went with the old manifest recovers by itself once the new one is in', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main article').first()).toBeVisible();

  // The only other article on 宁德时代: with it gone, the stock directory's counts (and so its file's name) change.
  const rebuilt = await bundleWithout('新能源车企密集发布年末促销 动力电池供应趋紧');
  await serveBundleFrom(page, rebuilt);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '股票' }).click();
  const list = page.getByRole('list', { name: '股票列表' });
  await expect(list.getByRole('listitem').filter({ hasText: '宁德时代' })).toContainText('1 篇资讯');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
