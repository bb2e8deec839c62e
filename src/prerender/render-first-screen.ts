import type { ArticleMeta } from '../shared/bundle-types';
import { formatBeijingDate } from '../shared/format-beijing-date';
import { beijingDayOfMs } from '../shared/beijing-day';
import { formatBeijingDay } from '../shared/format-beijing-day';
import { strings } from '../shared/strings';

/** How many articles the static first screen shows: more than any window's first screen. */
export const FIRST_SCREEN_ARTICLES = 12;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The first screen of `/` as static HTML, from the bundle's newest articles: the header,
 * the list's heading and count, and the newest articles as the list shows them (same
 * classes, so the same stylesheet lays it out). Plain links, no script: it reads and
 * navigates before the app has loaded, and the app replaces it once its own list is up
 * (src/lib/first-screen.ts). Every text is escaped; nothing of a post's HTML is used.
 *
 * `base` is the app's base path ("/" or "/reader/"); `now` decides whether dates show
 * their year, as the app does.
 */
export function renderFirstScreen(newestFirst: readonly ArticleMeta[], articleCount: number, base: string, now: Date): string {
  const items: string[] = [];
  let lastDay = Number.NaN;
  for (const article of newestFirst.slice(0, FIRST_SCREEN_ARTICLES)) {
    const day = beijingDayOfMs(Date.parse(article.date));
    if (day !== lastDay) {
      items.push(
        `<h2 class="border-b border-line bg-sunken/60 px-4 py-2.5 text-sm font-semibold text-muted sm:px-5">${escapeHtml(formatBeijingDay(day, now))}</h2>`,
      );
      lastDay = day;
    }
    const href = `${base}articles/${encodeURIComponent(article.id)}`;
    items.push(
      '<article class="border-b border-line"><div class="flex gap-4 px-4 py-4 sm:px-5"><div class="min-w-0 flex-1">' +
        `<h3 class="text-[17px] leading-snug font-semibold text-pretty"><a href="${escapeHtml(href)}" data-article-link="${escapeHtml(article.id)}" class="rounded-sm text-ink hover:text-accent">${escapeHtml(article.title)}</a></h3>` +
        `<p class="mt-1.5 flex flex-wrap items-center gap-x-2 text-sm text-faint"><span>${escapeHtml(article.source)}</span><span aria-hidden="true">·</span>` +
        `<time datetime="${escapeHtml(article.date)}" class="tabular-nums">${escapeHtml(formatBeijingDate(article.date, now))}</time><span aria-hidden="true">·</span>` +
        `<span>${escapeHtml(strings.list.readingMinutes(article.readingMinutes))}</span></p>` +
        (article.summary ? `<p class="mt-2 line-clamp-2 text-[15px] leading-relaxed text-muted">${escapeHtml(article.summary)}</p>` : '') +
        // The row the app puts its stock chips and 收藏 toggle in, at its height, so nothing moves when it takes over.
        `<div class="mt-2.5 flex items-center gap-2"><ul class="flex min-w-0 flex-1 flex-wrap gap-1.5">${article.stocks
          .slice(0, 4)
          .map(
            (stock) =>
              `<li><span class="inline-flex min-h-7 items-center gap-1 rounded-full border border-line px-2.5 text-xs text-muted"><span>${escapeHtml(stock.name)}</span><span class="text-faint tabular-nums">${stock.market === 'OTHER' ? '' : escapeHtml(stock.symbol)}</span></span></li>`,
          )
          .join('')}</ul><span class="ml-auto min-h-11 min-w-11"></span></div>` +
        '</div></div></article>',
    );
  }
  const nav = (href: string, label: string, active: boolean) =>
    `<a href="${escapeHtml(href)}" class="inline-flex min-h-10 items-center rounded-lg px-2.5 text-[15px] whitespace-nowrap sm:px-3 ${
      active ? 'bg-accent-soft font-semibold text-accent' : 'text-muted'
    }">${escapeHtml(label)}</a>`;
  return (
    '<div id="first-screen" class="min-h-dvh">' +
    '<header class="sticky top-0 z-20 border-b border-line bg-surface/90"><div class="mx-auto flex h-14 max-w-6xl items-center gap-1 px-3 sm:gap-2 sm:px-6">' +
    `<a href="${escapeHtml(base)}" class="mr-1 flex shrink-0 items-center gap-2 rounded-md sm:mr-2"><svg viewBox="0 0 32 32" aria-hidden="true" class="size-7 shrink-0"><rect width="32" height="32" rx="7" class="fill-accent"></rect><path d="M7 21l6-6 4 4 8-9" fill="none" stroke="white" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"></path></svg>` +
    `<span class="hidden text-xl font-bold tracking-wide whitespace-nowrap min-[400px]:inline">${escapeHtml(strings.app.name)}</span></a>` +
    `<nav class="flex min-w-0 items-center gap-0.5 sm:gap-1">${nav(base, strings.nav.latest, true)}${nav(`${base}stocks`, strings.nav.stocks, false)}${nav(`${base}bookmarks`, strings.nav.bookmarks, false)}</nav>` +
    '</div></header>' +
    '<main class="mx-auto max-w-6xl py-5 sm:px-6 sm:py-8"><div class="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8"><aside class="hidden lg:block"></aside><section class="min-w-0">' +
    `<div class="mb-3 px-4 sm:px-0"><h1 class="truncate text-xl font-bold">${escapeHtml(strings.list.heading)}</h1><p class="text-sm text-faint">${escapeHtml(strings.list.total(articleCount))}</p></div>` +
    `<div class="border-y border-line bg-surface sm:rounded-xl sm:border">${items.join('')}</div>` +
    '</section></div></main></div>'
  );
}
