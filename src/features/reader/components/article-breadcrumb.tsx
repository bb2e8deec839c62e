import { joinCategoryPath } from '../../../shared/category-path';
import { Fragment } from 'react';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { readerStrings } from '../reader-strings';
import type { CategoryPath } from '../../../shared/bundle-types';
import { breadcrumbTrail } from './breadcrumb-trail';

interface ArticleBreadcrumbProps {
  readonly source: string;
  readonly categories: readonly CategoryPath[];
}

function Separator({ symbol = '›' }: { readonly symbol?: string }) {
  return (
    <span aria-hidden="true" className="px-1.5 text-faint/60 select-none">
      {symbol}
    </span>
  );
}

function CategoryLink({ path, children }: { readonly path: CategoryPath; readonly children: string }) {
  return (
    <Link
      to={paths.home.getHref(`?category=${encodeURIComponent(joinCategoryPath(path))}`)}
      className="rounded-sm underline-offset-4 hover:text-accent hover:underline"
    >
      {children}
    </Link>
  );
}

/**
 * Source › category › subcategory: the source once, then each category step linking to
 * the list filtered by the path up to it, without the steps that only repeat the source
 * (the rule: breadcrumbTrail). An article filed under several hierarchies shows each,
 * separated by "·".
 */
export function ArticleBreadcrumb({ source, categories }: ArticleBreadcrumbProps) {
  const { sourcePath, trails } = breadcrumbTrail(source, categories);
  return (
    <nav aria-label={readerStrings.breadcrumb} className="text-sm text-faint">
      <ol className="flex flex-wrap items-center gap-y-1">
        {source.trim() !== '' && (
          <li className="flex items-center font-medium text-muted">
            {sourcePath ? <CategoryLink path={sourcePath}>{source}</CategoryLink> : <span>{source}</span>}
          </li>
        )}
        {trails.map((crumbs, trailIndex) => (
          <Fragment key={`${trailIndex}:${joinCategoryPath(crumbs.at(-1)!.path)}`}>
            {crumbs.map((crumb, index) => {
              const joined = joinCategoryPath(crumb.path);
              const first = trailIndex === 0 && index === 0;
              return (
                <li key={joined} className="flex items-center">
                  {!(first && source.trim() === '') && <Separator symbol={index === 0 && trailIndex > 0 ? '·' : '›'} />}
                  <CategoryLink path={crumb.path}>{crumb.label}</CategoryLink>
                </li>
              );
            })}
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
