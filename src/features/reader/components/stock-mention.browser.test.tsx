import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MemoryRouter } from 'react-router';

import type { StockRef } from '../../../shared/bundle-types';
import { StockMention } from './stock-mention';

/** In Chromium: the card is a real popover (top layer, light dismiss, Esc), placed beside the name. */

const MOUTAI: StockRef = { code: 'sh600519', market: 'SH', symbol: '600519', name: '贵州茅台' };

function renderMention() {
  return render(
    <MemoryRouter>
      <p style={{ width: 320 }}>
        白酒板块早盘低开后震荡回升，龙头个股<StockMention stock={MOUTAI}>贵州茅台</StockMention>成交额位居两市前列。
      </p>
      <p>
        <button type="button">别处</button>
      </p>
    </MemoryRouter>,
  );
}

describe('a stock named in the body', () => {
  it('opens its card on focus, in the top layer beside the name; Tab reaches its links; Esc closes it and focus returns', async () => {
    const screen = await renderMention();
    const name = screen.getByRole('button', { name: '贵州茅台' });
    const card = screen.getByRole('group', { name: '贵州茅台的股票信息' });
    await expect.element(card).not.toBeInTheDocument();

    (name.element() as HTMLElement).focus();
    await expect.element(card).toBeVisible();
    await expect.element(card).toHaveTextContent('贵州茅台 · 600519.SH · 上交所');
    await expect.element(name).toHaveAttribute('aria-expanded', 'true');
    const popover = (card.element() as HTMLElement).closest('[popover]')!;
    expect(popover.matches(':popover-open')).toBe(true);
    // Below the name, within a few pixels of it.
    const anchor = name.element().getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(anchor.bottom);
    expect(box.top - anchor.bottom).toBeLessThan(16);

    await userEvent.keyboard('{Tab}');
    await expect.element(card.getByRole('link', { name: '读财股票页' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(card).not.toBeInTheDocument();
    await expect.element(name).toHaveFocus();
    await expect.element(name).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when the reader clicks elsewhere (light dismiss)', async () => {
    const screen = await renderMention();
    await screen.getByRole('button', { name: '贵州茅台' }).hover();
    const card = screen.getByRole('group', { name: '贵州茅台的股票信息' });
    await expect.element(card).toBeVisible();
    await screen.getByRole('button', { name: '别处' }).click();
    await expect.element(card).not.toBeInTheDocument();
  });
});
