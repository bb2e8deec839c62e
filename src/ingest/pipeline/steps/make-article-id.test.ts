import { describe, expect, it } from 'vitest';
import { makeArticleId } from './make-article-id';

describe('makeArticleId', () => {
  const id = makeArticleId('北京市“两区”建设', '2022-02-10T12:50:43.000Z');

  it('is URL-safe and starts with the Beijing calendar day', () => {
    expect(id).toMatch(/^20220210-[a-z2-7]{12}$/);
    expect(makeArticleId('x', '2022-02-10T17:00:00.000Z')).toMatch(/^20220211-/);
  });

  it.each([
    ['extra whitespace', ' 北京市 “两区” 建设 '],
    ['straight quotes', '北京市"两区"建设'],
    ['full-width letters fold (NFKC)', '北京市“两区”建设'],
  ])('is the same for %s', (_name, title) => {
    expect(makeArticleId(title, '2022-02-10T12:50:43.000Z')).toBe(id);
  });

  it.each([
    ['another title', '北京市“三区”建设', '2022-02-10T12:50:43.000Z'],
    ['another second', '北京市“两区”建设', '2022-02-10T12:50:44.000Z'],
  ])('differs for %s', (_name, title, date) => {
    expect(makeArticleId(title, date)).not.toBe(id);
  });
});
