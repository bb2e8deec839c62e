import { BundleError } from './bundle-error';

/**
 * Checkers for JSON from the bundle: each takes `unknown` and returns a typed value or
 * throws BundleError('invalid') naming the file and the path of the bad field, e.g.
 * "manifest.json: stocks[3].market is not one of SH, SZ, …". Compose them, never cast:
 * bundle files are untrusted input.
 */
export type Check<T> = (value: unknown, path: string) => T;

export function failAt(path: string, what: string): never {
  // The path starts with the file name: "manifest.json.stocks[3]" reads as below.
  const dot = path.indexOf('.json');
  const file = dot === -1 ? path : path.slice(0, dot + 5);
  const field = dot === -1 ? '' : path.slice(dot + 5).replace(/^\./, '');
  throw new BundleError('invalid', `${file}: ${field ? `${field} ` : ''}${what}`);
}

export const text: Check<string> = (value, path) =>
  typeof value === 'string' ? value : failAt(path, 'is not a string');

export const nonEmptyText: Check<string> = (value, path) =>
  typeof value === 'string' && value.trim() !== '' ? value : failAt(path, 'is not a non-empty string');

export const count: Check<number> = (value, path) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : failAt(path, 'is not a count');

export const isoDate: Check<string> = (value, path) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : failAt(path, 'is not an ISO date');

/** A bundle-relative file path: no scheme, no leading slash, no "..". */
export const bundlePath: Check<string> = (value, path) =>
  typeof value === 'string' && /^[\w.{}-]+(?:\/[\w.{}-]+)*$/.test(value) && !value.split('/').includes('..')
    ? value
    : failAt(path, 'is not a bundle-relative path');

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null || value === undefined ? null : check(value, path));
}

export function oneOf<const T extends string>(options: readonly T[]): Check<T> {
  return (value, path) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? (value as T)
      : failAt(path, `is not one of ${options.join(', ')}`);
}

export function list<T>(check: Check<T>): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) failAt(path, 'is not a list');
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
    for (const key of Object.keys(shape)) out[key] = shape[key]!(record[key], `${path}.${key}`);
    return out as Checked<S>;
  };
}

/** A recursive checker, for trees such as the category tree. */
export function lazy<T>(get: () => Check<T>): Check<T> {
  return (value, path) => get()(value, path);
}
