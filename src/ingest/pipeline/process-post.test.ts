import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type SiteRules } from './cleanup-rules';
import { processPost } from './process-post';

const SITES: SiteRules = Object.freeze({
  'custom.example': Object.freeze({ ...DEFAULT_RULES, removedClasses: [...DEFAULT_RULES.removedClasses, 'custom-promo'] }),
});

function post(link: string): Uint8Array {
  return new TextEncoder().encode(
    [
      '---',
      "title: '央行开展逆回购操作 中标利率持平'",
      'categories:',
      ' - 金融',
      ' - 新浪财经',
      'date: Mon, 20 Oct 2025 02:00:00 GMT',
      `link: '${link}'`,
      '---',
      '',
      '<p>央行今日开展逆回购操作，中标利率与上期持平。</p>',
      '<div class="custom-promo">下载客户端，看更多行情</div>',
      '',
    ].join('\n'),
  );
}

function html(link: string): string {
  const outcome = processPost(post(link), SITES);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.article.html;
}

describe('processPost: the cleanup rules follow the source', () => {
  it('removes what the rules of the source’s host remove', () => {
    expect(html('https://www.custom.example/news/1.html')).not.toContain('下载客户端');
  });

  it('keeps it for a source on another host', () => {
    expect(html('https://finance.sina.com.cn/news/1.html')).toContain('下载客户端');
  });
});
