import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processPost, type ArticleBody } from '../src/ingest/pipeline/process-post';

// The real post the project was designed from. It lives outside the repository, in
// ../shared/seed/; where that folder is absent (a user's clone) these tests skip.
const SEED_DIR = join(import.meta.dirname, '..', '..', 'shared', 'seed');
const seedFiles = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(seedFiles.length === 0)('the real seed post', () => {
  // Vitest still collects a skipped suite, so nothing may read the seed out here.
  let article: ArticleBody;
  beforeAll(() => {
    const outcome = processPost(readFileSync(join(SEED_DIR, seedFiles[0]!)));
    if (!outcome.ok) throw new Error(`the seed post was skipped: ${outcome.reason}`);
    article = outcome.article;
  });

  it('reads the front matter as Hexo means it, without Hexo’s 8-hour shift', () => {
    expect(article.title).toBe('双奥之城北京市“两区”建设：金融、人才、知识产权等取得阶段性成效');
    expect(article.date).toBe('2022-02-10T12:50:43.000Z');
    expect(article.categories).toEqual([['金融', '新浪财经', '新浪财经－国內']]);
    expect(article.source).toBe('新浪财经');
  });

  it('takes out the credits and keeps them as metadata', () => {
    expect(article.byline).toBe('21世纪经济报道记者朱萍 北京报道');
    expect(article.editor).toBe('李墨轩');
    expect(article.html).not.toContain('责任编辑');
    expect(article.html).not.toContain('朱萍');
  });

  it('drops the boilerplate, the promo QR code and its image as head image', () => {
    for (const gone of ['尽在新浪财经APP', 'appendQr', '<style', '<!--', 'cms-style', '　　', 'data-sudaclick', 'quote_']) {
      expect(article.html).not.toContain(gone);
    }
    expect(article.headImage).toBeNull();
  });

  it('finds the linked stock and marks it', () => {
    expect(article.stocks).toEqual([{ code: 'sz000931', market: 'SZ', symbol: '000931', name: '中关村' }]);
    expect(article.html).toContain('<mark data-stock="sz000931">中关村</mark>');
  });

  it('keeps every paragraph of the article', () => {
    expect(article.html.match(/<p>/g)).toHaveLength(13);
    expect(article.summary.startsWith('2月10日，2022北京新闻中心召开')).toBe(true);
    expect(article.readingMinutes).toBe(6);
  });
});
