import { useManifest } from '../api/get-manifest';
import { useMetaPage } from '../api/get-meta-page';
import { ArticleList } from './article-list';
import { ArticleListSkeleton } from './article-list-skeleton';
import { BundleLoadError } from './bundle-load-error';

const HEADING_ID = 'latest-articles-heading';
const countFormat = new Intl.NumberFormat('zh-CN');

/** The newest articles: the first meta page of the bundle, with the corpus size. */
export function LatestArticles() {
  const manifest = useManifest();
  const firstPage = useMetaPage(manifest.data, 1);
  const failed = manifest.isError ? manifest : firstPage.isError ? firstPage : null;

  return (
    <section aria-labelledby={HEADING_ID}>
      <div className="mb-3 flex items-baseline justify-between gap-4 px-4 sm:px-0">
        <h1 id={HEADING_ID} className="text-xl font-bold text-stone-900">
          最新资讯
        </h1>
        {manifest.data && (
          <p className="text-sm text-stone-500">
            共 <span className="font-semibold text-stone-700 tabular-nums">{countFormat.format(manifest.data.articleCount)}</span> 篇
          </p>
        )}
      </div>

      {failed ? (
        <BundleLoadError
          error={failed.error}
          retrying={failed.isFetching}
          onRetry={() => void failed.refetch()}
        />
      ) : manifest.data && manifest.data.meta.pages.length === 0 ? (
        <p className="border-y border-stone-200 bg-white px-4 py-10 text-center text-stone-500 sm:rounded-xl sm:border">
          暂无资讯
        </p>
      ) : firstPage.data ? (
        <>
          <ArticleList articles={firstPage.data.articles} label="最新资讯列表" />
          {firstPage.data.articles.length < (manifest.data?.articleCount ?? 0) && (
            <p className="mt-4 px-4 text-center text-xs text-stone-400 sm:px-0">
              仅显示最新 {countFormat.format(firstPage.data.articles.length)} 篇
            </p>
          )}
        </>
      ) : (
        <ArticleListSkeleton />
      )}
    </section>
  );
}
