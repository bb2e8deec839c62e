import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';

import type { ListData } from '../../../bundle/list-data';
import { queryClient } from '../../../lib/query-client';
import { beijingDayOfDate, DAY_MS } from '../../../shared/beijing-day';
import type { Manifest } from '../../../shared/bundle-types';
import { testMeta } from '../../../shared/test-articles';
import { VirtualArticleList } from './virtual-article-list';

/** In Chromium: a long list keeps a page's worth of rows in the DOM, whatever its length. */

const COUNT = 3_000;
const PER_DAY = 100;
const FIRST_DAY = beijingDayOfDate('2022-01-01T04:00:00Z');

/** Ordinal o (oldest first) is on day FIRST_DAY + floor(o / PER_DAY). */
const metas = Array.from({ length: COUNT }, (_, o) => {
  const day = FIRST_DAY + Math.floor(o / PER_DAY);
  const date = new Date(day * DAY_MS + (o % PER_DAY) * 60_000).toISOString();
  return testMeta(`${date.slice(0, 10).replaceAll('-', '')}-${String(o).padStart(12, '0')}`, { title: `第 ${o} 篇`, date });
});

// Only what the list reads of the manifest: every row's metadata is at hand, so no page
// of the bundle is ever asked for.
const manifest = { version: 'test000000', articleCount: COUNT, pageSize: 100 } as unknown as Manifest;

const data: ListData = {
  manifest,
  rows: Int32Array.from({ length: COUNT }, (_, i) => COUNT - 1 - i),
  total: COUNT,
  partial: false,
  stock: null,
  related: [],
  readOrdinals: null,
  stockOrdinals: null,
  counts: new Map(),
  dayOf: (ordinal) => FIRST_DAY + Math.floor(ordinal / PER_DAY),
  locate: (ordinal) => ({ meta: metas[ordinal]! }),
};

function Opened() {
  return <p>opened {useParams().id}</p>;
}

async function renderList() {
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path="/" element={<VirtualArticleList data={data} search="" activeStock={null} from={null} hrefFrom={() => '/'} />} />
          <Route path="/articles/:id" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the virtual article list', () => {
  it('renders the newest rows first, under their day, and only a window of the 3,000', async () => {
    const screen = await renderList();
    await expect.element(screen.getByText(`第 ${COUNT - 1} 篇`)).toBeVisible();
    const articles = document.querySelectorAll('[data-article]');
    expect(articles.length).toBeGreaterThan(5);
    expect(articles.length).toBeLessThan(80);
    expect(document.querySelectorAll('h2').length).toBeGreaterThanOrEqual(1);
  });

  it('renders the rows scrolled to, and drops the ones scrolled past', async () => {
    const screen = await renderList();
    await expect.element(screen.getByText(`第 ${COUNT - 1} 篇`)).toBeVisible();
    const list = document.querySelector<HTMLElement>('[data-article]')!.parentElement!;
    window.scrollTo(0, list.offsetTop + list.offsetHeight / 2);
    // About the middle of the list: ordinal 1,500, give or take a screen.
    await expect
      .poll(() => [...document.querySelectorAll('[data-article] h3, [data-article] a')].some((el) => /第 1[45]\d\d 篇/.test(el.textContent ?? '')))
      .toBe(true);
    expect(screen.getByText(`第 ${COUNT - 1} 篇`).query()).toBeNull();
    expect(document.querySelectorAll('[data-article]').length).toBeLessThan(80);
  });

  it('opens an article from its row', async () => {
    const screen = await renderList();
    await screen.getByText(`第 ${COUNT - 2} 篇`).click();
    await expect.element(screen.getByText(`opened ${metas[COUNT - 2]!.id}`)).toBeVisible();
  });
});
