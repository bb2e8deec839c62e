import { describe, expect, it } from 'vitest';

import { classifyRequest, type RequestInfo } from './sw-routes';

const ORIGIN = 'https://ducai.example';

function request(url: string, overrides: Partial<Omit<RequestInfo, 'url'>> = {}): RequestInfo {
  return { url: new URL(url, ORIGIN), method: 'GET', mode: 'cors', destination: '', ...overrides };
}

describe('classifyRequest at the root', () => {
  const kind = (info: RequestInfo) => classifyRequest(info, ORIGIN, '/');

  it.each([
    ['/data/manifest.json', 'bundle-meta'],
    ['/data/meta/abcdefghij.json', 'bundle-file'],
    ['/data/facets/k2m4n6p7q2.json', 'bundle-file'],
    ['/data/timeline/abcdefgh23.json', 'bundle-file'],
    ['/data/stocks/abcdefgh23.json?x=1', 'bundle-file'],
    ['/data/search/hroo3jylro-s12.json', 'search-file'],
    ['/data/search/hroo3jylro-l12-0.json', 'search-file'],
    ['/data/search/hroo3jylro.json', 'network'],
    ['/data/search/../meta/abcdefghij.json', 'bundle-file'],
    ['/data/search/nested/hroo3jylro-s1.json', 'network'],
    ['/data/articles/20220210-z32ns2p5qzuc.json?v=Ab3_x-9', 'article'],
    ['/data/articles/20220210-z32ns2p5qzuc.json', 'article-latest'],
    ['/data/report.json', 'network'],
    ['/data/index.json', 'network'],
    ['/data/meta/page-0001.json', 'network'],
    ['/data/meta/ABC.json', 'network'],
    ['/data/articles/nested/x.json', 'network'],
    ['/images/posts/chart.svg', 'image'],
    ['/assets/index-abc.js', 'network'],
  ] as const)('%s is %s', (url, expected) => {
    expect(kind(request(url))).toBe(expected);
  });

  it('answers navigations with the app shell, except to bundle files and images', () => {
    expect(kind(request('/', { mode: 'navigate', destination: 'document' }))).toBe('app-shell');
    expect(kind(request('/articles/20220210-z32ns2p5qzuc', { mode: 'navigate' }))).toBe('app-shell');
    expect(kind(request('/bookmarks?x=1', { mode: 'navigate' }))).toBe('app-shell');
    expect(kind(request('/data/manifest.json', { mode: 'navigate' }))).toBe('bundle-meta');
    expect(kind(request('/data/report.json', { mode: 'navigate' }))).toBe('network');
    expect(kind(request('/images/posts/chart.svg', { mode: 'navigate' }))).toBe('image');
  });

  it('caches cross-origin images, opaque or not, and nothing else from other hosts', () => {
    expect(kind(request('https://n.sinaimg.cn/a.jpg', { mode: 'no-cors', destination: 'image' }))).toBe('image');
    expect(kind(request('https://n.sinaimg.cn/a.jpg', { mode: 'no-cors', destination: '' }))).toBe('network');
    expect(kind(request('https://finance.sina.com.cn/', { mode: 'navigate', destination: 'document' }))).toBe('network');
  });

  it('leaves non-GET requests alone', () => {
    expect(kind(request('/data/manifest.json', { method: 'POST' }))).toBe('network');
  });
});

describe('classifyRequest under a sub-path', () => {
  const kind = (info: RequestInfo) => classifyRequest(info, ORIGIN, '/reader/');

  it('reads the bundle and images below the base', () => {
    expect(kind(request('/reader/data/manifest.json'))).toBe('bundle-meta');
    expect(kind(request('/reader/data/articles/a.json?v=1'))).toBe('article');
    expect(kind(request('/reader/images/x.png'))).toBe('image');
    expect(kind(request('/reader/stocks', { mode: 'navigate' }))).toBe('app-shell');
  });

  it('leaves paths outside the base alone', () => {
    expect(kind(request('/data/manifest.json'))).toBe('network');
    expect(kind(request('/other-app/', { mode: 'navigate' }))).toBe('network');
  });
});
