import { ArticleBrowser } from '../../features/articles/components/article-browser';

/** "/": the article list with its filters. */
export function ArticleListRoute() {
  return <ArticleBrowser />;
}
