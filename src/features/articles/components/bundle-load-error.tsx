import { Button } from '../../../components/button';
import { BundleError } from '../../../lib/bundle-error';
import { strings } from '../../../shared/strings';
import { NeedsNetwork } from '../../offline/components/needs-network';

interface BundleLoadErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

export interface BundleErrorDescription {
  readonly title: string;
  readonly hint: string;
  /** Where the fault is, in words ("文件 meta/x.json 中的 articles[3].title 不符合数据格式。"), when known. */
  readonly where: string | null;
  /** A fault in the data (invalid): retrying cannot help, so none is offered. */
  readonly permanent: boolean;
}

/** What the reader is told for each kind of failure; every view words it the same way. */
export function describeBundleError(error: Error | null): BundleErrorDescription {
  if (!(error instanceof BundleError)) return { ...strings.errors.bundleGeneric, where: null, permanent: false };
  switch (error.kind) {
    case 'missing':
      return { ...strings.errors.bundleMissing, where: null, permanent: false };
    case 'schema':
      // A new deployment of the app (or of the data) ends it: the retry stays.
      return { ...strings.errors.bundleSchema, where: null, permanent: false };
    case 'invalid':
      return {
        title: strings.errors.bundleInvalid.title,
        hint: strings.errors.bundlePermanent,
        where: error.file === null ? null : strings.errors.bundleInvalidAt(error.file, error.field ?? ''),
        permanent: true,
      };
    case 'http':
      return { ...strings.errors.bundleHttp, where: null, permanent: false };
    case 'network':
      return { ...strings.errors.bundleNetwork, where: null, permanent: false };
  }
}

export function BundleLoadError({ error, onRetry, retrying }: BundleLoadErrorProps) {
  const { title, hint, where, permanent } = describeBundleError(error);
  return (
    <div role="alert" className="border-y border-accent/40 bg-surface px-4 py-8 text-center sm:rounded-xl sm:border sm:px-8">
      <p className="text-lg font-semibold">{title}</p>
      {where && <p className="mt-2 text-sm [overflow-wrap:anywhere]">{where}</p>}
      <p className="mt-2 text-sm text-muted">{hint}</p>
      <p className="mt-3 font-mono text-xs break-all text-faint">{error.message.slice(0, 300)}</p>
      {!permanent && (
        <>
          <NeedsNetwork className="mt-3" />
          <Button variant="primary" onClick={onRetry} disabled={retrying} className="mt-6 disabled:cursor-wait">
            {retrying ? strings.errors.retrying : strings.errors.retry}
          </Button>
        </>
      )}
    </div>
  );
}
