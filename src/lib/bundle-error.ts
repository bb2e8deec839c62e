/**
 * Why the bundle (manifest.json, meta pages, …) could not be used.
 *
 * - `missing`: the file is not there (404, or the server's SPA fallback answered with HTML).
 * - `schema`: the bundle was written for another BUNDLE_SCHEMA_VERSION.
 * - `invalid`: the file is there but is not JSON of the expected shape, or exceeds a limit.
 * - `http`: the server answered with another error status.
 * - `network`: the request never got an answer.
 */
export type BundleErrorKind = 'missing' | 'schema' | 'invalid' | 'http' | 'network';

export class BundleError extends Error {
  override readonly name = 'BundleError';
  readonly kind: BundleErrorKind;
  /** HTTP status when the server answered, else null. */
  readonly status: number | null;
  /** The bundle file at fault ("meta/abcdefghij.json"), when one is. */
  readonly file: string | null;
  /** The field at fault within it ("articles[3].title"; "" for the whole file), for `invalid`. */
  readonly field: string | null;

  /**
   * @param detail Technical detail for developers, e.g. "manifest.json: schemaVersion 2, expected 1".
   *   Not meant for readers: the UI words its own message from `kind`, `file` and `field`.
   */
  constructor(
    kind: BundleErrorKind,
    detail: string,
    options: { readonly cause?: unknown; readonly status?: number; readonly file?: string; readonly field?: string } = {},
  ) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status ?? null;
    this.file = options.file ?? null;
    this.field = options.field ?? null;
  }

  /** Only a flaky network or a failing server may heal by itself; a wrong bundle will not. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}
