import { describe, expect, it } from 'vitest';

import { testMeta } from '../shared/test-articles';
import { FIRST_SCREEN_ARTICLES, renderFirstScreen } from './render-first-screen';

const NOW = new Date('2022-03-15T04:00:00Z');

describe('renderFirstScreen', () => {
  it('lists the newest articles as links below their Beijing day, with the count', () => {
    const html = renderFirstScreen(
      [
        testMeta('20220315-aaaaaaaaaaaa', { title: '最新一篇', date: '2022-03-15T02:00:00.000Z' }),
        testMeta('20220314-bbbbbbbbbbbb', { title: '前一天的', date: '2022-03-14T02:00:00.000Z' }),
      ],
      12345,
      '/reader/',
      NOW,
    );
    expect(html).toContain('href="/reader/articles/20220315-aaaaaaaaaaaa" data-article-link="20220315-aaaaaaaaaaaa"');
    expect(html).toContain('>最新一篇</a>');
    expect(html).toContain('3月15日 周二');
    expect(html).toContain('3月14日 周一');
    expect(html).toContain('共 12,345 篇');
    expect(html).toContain('>中关村<');
    expect(html.indexOf('最新一篇')).toBeLessThan(html.indexOf('前一天的'));
  });

  it('escapes every text it takes from the bundle', () => {
    const hostile = testMeta('20220315-aaaaaaaaaaaa', {
      title: '<img src=x onerror=alert(1)>',
      source: '"><script>alert(1)</script>',
      summary: "' onmouseover='alert(1)",
      stocks: [{ code: 'sz000931', market: 'SZ', symbol: '<b>', name: '&amp;' }],
    });
    const html = renderFirstScreen([hostile], 1, '/', NOW);
    expect(html).not.toMatch(/<img|<script|<b>|' onmouseover/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('&#38;amp;');
  });

  it(`shows at most ${FIRST_SCREEN_ARTICLES} articles`, () => {
    const many = Array.from({ length: 30 }, (_, i) => testMeta(`20220315-${String(i).padStart(12, 'a')}`));
    expect(renderFirstScreen(many, 30, '/', NOW).match(/data-article-link=/g)).toHaveLength(FIRST_SCREEN_ARTICLES);
  });
});
