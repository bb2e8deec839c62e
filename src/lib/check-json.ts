import { displayText } from '../shared/display-text';
import { BundleError } from './bundle-error';

/**
 * Checkers for JSON from the bundle: each takes `unknown` and returns a typed value or
 * throws BundleError('invalid') naming the file and the path of the bad field, e.g.
 * "manifest.json: stocks[3].market is not one of SH, SZ, …". Compose them, never cast:
 * bundle files are untrusted input. Every string and list has a bound (checked before a
 * list is walked), and nothing here recurses on the data: a hostile file costs a clear
 * error, not a frozen tab or a stack overflow.
 */
export type Check<T> = (value: unknown, path: string) => T;

/** The error for `what` is wrong with `field` of `file` ("" for the file as a whole). */
export function invalid(file: string, field: string, what: string): BundleError {
  return new BundleError('invalid', `${file}: ${field ? `${field} ` : ''}${what}`, { file, field });
}

export function failAt(path: string, what: string): never {
  // The path starts with the file name: "manifest.json.stocks[3]" reads as below.
  const dot = path.indexOf('.json');
  const file = dot === -1 ? path : path.slice(0, dot + 5);
  const field = dot === -1 ? '' : path.slice(dot + 5).replace(/^\./, '');
  throw invalid(file, field, what);
}

/**
 * Runs a file's parser so that whatever it throws is about that file: an unexpected
 * error (a bug, a limit of the platform) becomes BundleError('invalid') for `file`,
 * a permanent fault, never an unexplained one.
 */
export function parseAtBoundary<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError('invalid', `${file}: ${error instanceof Error ? error.message : String(error)}`, { file, field: '', cause: error });
  }
}

/** A string of at most `max` UTF-16 units. */
export function boundedText(max: number): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') failAt(path, 'is not a string');
    if (value.length > max) failAt(path, `is longer than ${max} characters`);
    return value;
  };
}

/** A label the page shows (a title, a source, a name): bounded, and cleaned of bidi and invisible characters. */
export function label(max: number, { empty = false }: { readonly empty?: boolean } = {}): Check<string> {
  const check = boundedText(max);
  return (value, path) => {
    const text = displayText(check(value, path));
    if (!empty && text === '') failAt(path, 'is empty');
    return text;
  };
}

/** Any string; for the few whose bound is checked elsewhere (a search file's own). */
export const text: Check<string> = (value, path) => (typeof value === 'string' ? value : failAt(path, 'is not a string'));

export const count: Check<number> = (value, path) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : failAt(path, 'is not a count');

export const isoDate: Check<string> = (value, path) =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : failAt(path, 'is not an ISO date');

/** A bundle-relative file path: no scheme, no leading slash, no "..". */
export const bundlePath: Check<string> = (value, path) =>
  typeof value === 'string' && value.length <= 200 && /^[\w.{}-]+(?:\/[\w.{}-]+)*$/.test(value) && !value.split('/').includes('..')
    ? value
    : failAt(path, 'is not a bundle-relative path');

/** A string matching `pattern` (anchored), said as `what` when it does not. */
export function matching(pattern: RegExp, what: string): Check<string> {
  return (value, path) => (typeof value === 'string' && value.length <= 200 && pattern.test(value) ? value : failAt(path, `is not ${what}`));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null || value === undefined ? null : check(value, path));
}

export function oneOf<const T extends string>(options: readonly T[]): Check<T> {
  return (value, path) =>
    typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : failAt(path, `is not one of ${options.join(', ')}`);
}

/**
 * A list of at most `max` entries, each checked. Every list of the bundle's own files
 * states its bound; the default is only for callers whose files bound themselves.
 */
export function list<T>(check: Check<T>, max = Number.POSITIVE_INFINITY): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) failAt(path, 'is not a list');
    if (value.length > max) failAt(path, `has ${value.length} entries, more than ${max}`);
    const out = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = check(value[i], `${path}[${i}]`);
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { -readonly [K in keyof S]: ReturnType<S[K]> };

/** An object with (at least) these fields; other fields are dropped. */
export function object<S extends Shape>(shape: S): Check<Checked<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) failAt(path, 'is not an object');
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) out[key] = shape[key]!(Object.hasOwn(record, key) ? record[key] : undefined, `${path}.${key}`);
    return out as Checked<S>;
  };
}
