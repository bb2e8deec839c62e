import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import { Button } from '../../../components/button';
import { BeijingTime } from '../../../components/beijing-time';
import { cachedMetaOf } from '../../../bundle/cached-meta';
import { findMeta } from '../../../bundle/find-ordinal';
import { useManifestIfLoaded } from '../../../bundle/manifest-query';
import { strings } from '../../../shared/strings';
import { readerStrings } from '../reader-strings';
import { useOnline } from '../../offline/use-online';

interface ArticleNeedsNetworkProps {
  readonly id: string;
  /** The list's search string, for 返回列表. */
  readonly search: string;
  readonly retrying: boolean;
  readonly onRetry: () => void;
}

/**
 * An article that was never opened, asked for without a network: what the reader already
 * knows of it (title, time, summary, from the lists seen this visit), that it needs the
 * network, the way back, and a retry — which runs by itself when the network returns.
 * One message, in Chinese, with no file names or error text.
 */
export function ArticleNeedsNetwork({ id, search, retrying, onRetry }: ArticleNeedsNetworkProps) {
  const client = useQueryClient();
  const manifest = useManifestIfLoaded();
  const seen = cachedMetaOf(client, id);
  // Not seen this visit (a fresh load): the lists' files may still be in the worker's cache.
  const found = useQuery({
    queryKey: ['bundle', manifest?.version, 'meta-of', id],
    queryFn: () => findMeta(client, manifest!, id),
    enabled: seen === null && manifest !== undefined,
    retry: false,
    staleTime: Infinity,
  });
  const meta = seen ?? found.data ?? null;
  const online = useOnline();
  // When the network comes back: offline → online while this shows. Not as it mounts
  // online (the fetch just failed with the browser online: a retry would fail the same
  // way, and each retry mounts this again — a loop of skeleton and message).
  const retry = useEffectEvent(onRetry);
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) retry();
    wasOnline.current = online;
  }, [online]);

  return (
    <div role="alert" className="mx-auto max-w-[38em] border-y border-line bg-surface px-4 py-8 sm:rounded-xl sm:border sm:px-8">
      <title>{strings.app.pageTitle(meta?.title ?? readerStrings.needsNetworkTitle)}</title>
      <p className="text-sm font-semibold text-accent">{readerStrings.needsNetworkTitle}</p>
      {meta && (
        <>
          <h1 className="mt-3 text-xl leading-snug font-bold">{meta.title}</h1>
          <p className="mt-1.5 text-sm text-faint">
            {meta.source} · <BeijingTime iso={meta.date} />
          </p>
          {meta.summary && <p className="mt-3 text-[15px] leading-relaxed text-muted">{meta.summary}</p>}
        </>
      )}
      <p className="mt-4 text-sm text-muted">{online ? readerStrings.needsNetworkRetry : readerStrings.needsNetworkHint}</p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={onRetry} disabled={retrying || !online}>
          {retrying ? strings.errors.retrying : strings.errors.retry}
        </Button>
        <Link to={paths.home.getHref(search)} className="inline-flex min-h-11 items-center px-2 text-sm text-accent underline underline-offset-4">
          {readerStrings.backToList}
        </Link>
      </div>
    </div>
  );
}
