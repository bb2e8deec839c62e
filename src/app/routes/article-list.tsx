import { LatestArticles } from '../../features/articles/components/latest-articles';

/** "/": the newest articles of the bundle. */
export function ArticleListRoute() {
  return (
    <>
      <title>读财 · 最新资讯</title>
      <LatestArticles />
    </>
  );
}
