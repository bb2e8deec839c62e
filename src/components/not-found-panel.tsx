import { Link } from 'react-router';

import { paths } from '../config/paths';
import { buttonClass } from './button-class';
import { strings } from '../shared/strings';

interface NotFoundPanelProps {
  /** The document title. */
  readonly title: string;
  readonly heading: string;
  readonly hint: string;
}

/** A proper not-found page: what is missing, why, and the way home. */
export function NotFoundPanel({ title, heading, hint }: NotFoundPanelProps) {
  return (
    <div className="mx-auto max-w-3xl border-y border-line bg-surface px-4 py-14 text-center sm:rounded-xl sm:border">
      <title>{title}</title>
      <p className="text-5xl font-bold text-faint tabular-nums" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-xl font-bold">{heading}</h1>
      <p className="mt-2 text-sm text-muted">{hint}</p>
      <Link to={paths.home.getHref()} className={`mt-6 ${buttonClass({ variant: 'primary' })}`}>
        {strings.notFound.home}
      </Link>
    </div>
  );
}
