import { Fragment } from 'react';
import { Link } from 'react-router';

import { paths } from '../../../app/paths';
import { strings } from '../../../shared/strings';
import type { CategoryPath } from '../../../shared/bundle-types';

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

/**
 * Source › category › subcategory: each category step links to the list filtered by the
 * path up to it. An article filed under several hierarchies shows each, separated by "·".
 */
export function ArticleBreadcrumb({ source, categories }: ArticleBreadcrumbProps) {
  return (
    <nav aria-label={strings.reader.breadcrumb} className="text-sm text-faint">
      <ol className="flex flex-wrap items-center gap-y-1">
        <li className="flex items-center">
          <span className="font-medium text-muted">{source}</span>
        </li>
        {categories.map((path, pathIndex) => (
          <Fragment key={path.join('/')}>
            {path.map((name, index) => {
              const joined = path.slice(0, index + 1).join('/');
              return (
                <li key={joined} className="flex items-center">
                  <Separator symbol={index === 0 && pathIndex > 0 ? '·' : '›'} />
                  <Link
                    to={paths.home.getHref(`?category=${encodeURIComponent(joined)}`)}
                    className="rounded-sm underline-offset-4 hover:text-accent hover:underline"
                  >
                    {name}
                  </Link>
                </li>
              );
            })}
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
