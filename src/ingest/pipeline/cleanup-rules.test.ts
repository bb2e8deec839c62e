import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, SITE_RULES, rulesForSource, type CleanupRules, type SiteRules } from './cleanup-rules';

const SINA = SITE_RULES['sina.com.cn'];

/** Distinct rules per key, so a test can tell which entry was picked. */
const EXAMPLE: CleanupRules = Object.freeze({ ...DEFAULT_RULES, removedClasses: ['example'] });
const NEWS_EXAMPLE: CleanupRules = Object.freeze({ ...DEFAULT_RULES, removedClasses: ['news-example'] });
const TABLE: SiteRules = Object.freeze({ 'example.com': EXAMPLE, 'news.example.com': NEWS_EXAMPLE });

describe('rulesForSource: the sites Ducai reads', () => {
  it.each([
    ['the bare host', 'https://sina.com.cn/a.html'],
    ['a subdomain', 'https://finance.sina.com.cn/stock/2025-11-05/doc-a.shtml'],
    ['a deeper subdomain', 'https://stock.finance.sina.com.cn/hkstock/quotes/00700.html'],
    ['the mobile site', 'https://finance.sina.cn/2025-11-05/detail-a.d.html'],
    ['an upper-case host', 'HTTPS://FINANCE.SINA.COM.CN/a.html'],
    ['a port and a query', 'http://finance.sina.com.cn:8080/a.html?from=wap'],
    ['a fully qualified host', 'https://finance.sina.com.cn./a.html'],
  ])('%s gets the Sina rules', (_name, url) => {
    expect(rulesForSource(url)).toBe(SINA);
  });

  it.each([
    ['another host', 'https://www.yicai.com/news/a.html'],
    ['a host that only ends like sina.com.cn', 'https://notsina.com.cn/a.html'],
    ['a host with sina.com.cn inside it', 'https://sina.com.cn.example.com/a.html'],
    ['no source URL', null],
    ['an unparsable string', 'not a url'],
    ['an empty string', ''],
  ])('%s gets the default rules', (_name, url) => {
    expect(rulesForSource(url)).toBe(DEFAULT_RULES);
  });
});

describe('rulesForSource: a table of its own', () => {
  it.each([
    ['the exact key', 'https://example.com/a', EXAMPLE],
    ['a subdomain of the shorter key', 'https://www.example.com/a', EXAMPLE],
    ['the longer key exactly', 'https://news.example.com/a', NEWS_EXAMPLE],
    ['a subdomain of both: the longest key wins', 'https://live.news.example.com/a', NEWS_EXAMPLE],
    ['a host that only ends like a key', 'https://badexample.com/a', DEFAULT_RULES],
    ['a host the table lacks, even Sina', 'https://finance.sina.com.cn/a', DEFAULT_RULES],
    ['no source URL', null, DEFAULT_RULES],
  ])('%s', (_name, url, rules) => {
    expect(rulesForSource(url, TABLE)).toBe(rules);
  });

  it('does not depend on the order of the keys', () => {
    const reversed: SiteRules = Object.freeze({ 'news.example.com': NEWS_EXAMPLE, 'example.com': EXAMPLE });
    expect(rulesForSource('https://live.news.example.com/a', reversed)).toBe(NEWS_EXAMPLE);
  });
});
