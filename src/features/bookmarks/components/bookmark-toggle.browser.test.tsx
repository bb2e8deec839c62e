import { QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';

import { getDucaiDb } from '../../../lib/ducai-db';
import { queryClient } from '../../../lib/query-client';
import { BookmarkToggle } from './bookmark-toggle';

/** In Chromium, against the real IndexedDB: what the reader sees and what is stored. */

const ID = '20220210-aaaaaaaaaaaa';
const OTHER = '20220210-bbbbbbbbbbbb';

async function stored(id: string) {
  return (await getDucaiDb()).get('bookmarks', id);
}

function renderToggles() {
  return render(
    <QueryClientProvider client={queryClient}>
      <ul>
        <li>
          <BookmarkToggle articleId={ID} />
        </li>
        <li>
          <BookmarkToggle articleId={OTHER} compact />
        </li>
      </ul>
    </QueryClientProvider>,
  );
}

beforeEach(async () => {
  await (await getDucaiDb()).clear('bookmarks');
  queryClient.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the 收藏 toggle', () => {
  it('saves to the device and removes again, saying which it is', async () => {
    const screen = await renderToggles();
    await screen.getByRole('button', { name: '收藏', exact: true }).first().click();
    await expect.element(screen.getByRole('button', { name: '已收藏' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await stored(ID))?.id).toBe(ID);
    // The other article is untouched.
    expect(await stored(OTHER)).toBeUndefined();
    await screen.getByRole('button', { name: '已收藏' }).click();
    await expect.element(screen.getByRole('button', { name: '收藏', exact: true }).first()).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => stored(ID)).toBeUndefined();
  });

  it('says when the device refuses the write, changes nothing, and the alert can be dismissed', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const screen = await renderToggles();
    await screen.getByRole('button', { name: '收藏', exact: true }).first().click();
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('收藏失败');
    await expect.element(alert).toHaveTextContent('存储空间已满');
    await expect.element(screen.getByRole('button', { name: '收藏', exact: true }).first()).toHaveAttribute('aria-pressed', 'false');
    expect(await stored(ID)).toBeUndefined();
    await alert.getByRole('button', { name: '知道了' }).click();
    await expect.element(alert).not.toBeInTheDocument();
  });

  it('a quick second click has the last word', async () => {
    const screen = await renderToggles();
    const toggle = screen.getByRole('button', { name: /^(收藏|已收藏)$/ }).first();
    await toggle.click();
    await toggle.click();
    await toggle.click();
    await expect.element(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await stored(ID))?.id).toBe(ID);
  });
});
