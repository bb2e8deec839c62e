import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';

import { BookmarkFailureAlert } from '../features/bookmarks/components/bookmark-failure-alert';
import { queryClient } from '../lib/query-client';
import { ToastRegion } from './toast-region';
import { UndoToast } from './undo-toast';

/** In Chromium with the app's styles: toasts that show at once are laid out, not piled. */

const noop = () => {};

function box(element: Element): DOMRect {
  return element.getBoundingClientRect();
}

function disjoint(a: DOMRect, b: DOMRect): boolean {
  return a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
}

function inViewport(rect: DOMRect): boolean {
  return rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
}

function renderTwoToasts() {
  return render(
    <QueryClientProvider client={queryClient}>
      <ToastRegion>
        <main>
          {/* An undo toast with nothing to say keeps its live region in the stack. */}
          <UndoToast message={null} stamp={0} onUndo={noop} onExpire={noop} />
          <BookmarkFailureAlert failure={{ id: 'a', action: 'save', problem: 'quota', at: 1 }} floating />
          <UndoToast message="已移除“茅台一季报”" stamp={1} onUndo={noop} onExpire={noop} />
        </main>
      </ToastRegion>
    </QueryClientProvider>,
  );
}

describe('the toast region', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`stacks a status and an alert without overlap, both in view (${width}×${height})`, async () => {
      await page.viewport(width, height);
      const screen = await renderTwoToasts();
      const status = screen.getByRole('status').filter({ hasText: '已移除' });
      const alert = screen.getByRole('alert');
      await expect.element(status).toBeVisible();
      await expect.element(alert).toHaveTextContent('收藏失败');
      await expect.element(status.getByRole('button', { name: '撤销' })).toBeVisible();

      // Both left the page's flow for the one region at the bottom.
      const region = document.querySelector('[data-toast-region]');
      expect(region?.contains(alert.element())).toBe(true);
      expect(region?.contains(status.element())).toBe(true);
      expect(document.querySelector('main')?.childElementCount).toBe(0);

      const a = box(alert.element());
      const s = box(status.element());
      expect(disjoint(a, s), JSON.stringify({ alert: a, status: s })).toBe(true);
      expect(inViewport(a)).toBe(true);
      expect(inViewport(s)).toBe(true);
      // One gap between the two that show: the empty live region adds none.
      expect(s.top - a.bottom).toBeCloseTo(8, 0);
      expect(window.innerHeight - s.bottom).toBeGreaterThanOrEqual(12);
      // Clicks pass through the region beside the toasts, to the page below.
      const beside = document.elementFromPoint(2, s.top + s.height / 2);
      expect(beside === region || region?.contains(beside ?? null)).toBe(false);
    });
  }

  it('a toast with no region above renders in place', async () => {
    const screen = await render(
      <main>
        <UndoToast message="已将 3 篇标为已读" stamp={1} onUndo={noop} onExpire={noop} />
      </main>,
    );
    await expect.element(screen.getByRole('status')).toHaveTextContent('已将 3 篇标为已读');
    expect(document.querySelector('main')?.contains(screen.getByRole('status').element())).toBe(true);
  });
});
