import { BundleError } from '../../../lib/bundle-error';
import { strings } from '../../../shared/strings';
import { NeedsNetwork } from '../../offline/components/needs-network';

interface BundleLoadErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/** What the reader is told for each kind of failure; the technical detail goes below it. */
function describe(error: Error): { readonly title: string; readonly hint: string } {
  if (!(error instanceof BundleError)) return strings.errors.bundleGeneric;
  switch (error.kind) {
    case 'missing':
      return strings.errors.bundleMissing;
    case 'schema':
      return strings.errors.bundleSchema;
    case 'invalid':
      return strings.errors.bundleInvalid;
    case 'http':
      return strings.errors.bundleHttp;
    case 'network':
      return strings.errors.bundleNetwork;
  }
}

export function BundleLoadError({ error, onRetry, retrying }: BundleLoadErrorProps) {
  const { title, hint } = describe(error);
  return (
    <div role="alert" className="border-y border-accent/40 bg-surface px-4 py-8 text-center sm:rounded-xl sm:border sm:px-8">
      <p className="text-lg font-semibold">{title}</p>
      <p className="mt-2 text-sm text-muted">{hint}</p>
      <p className="mt-3 font-mono text-xs break-all text-faint">{error.message}</p>
      <NeedsNetwork className="mt-3" />
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-6 inline-flex min-h-11 items-center justify-center rounded-lg bg-accent px-6 text-sm font-medium text-accent-ink shadow-sm transition-opacity hover:opacity-90 disabled:cursor-wait disabled:opacity-60"
      >
        {retrying ? strings.errors.retrying : strings.errors.retry}
      </button>
    </div>
  );
}
