import { DucaiDbError } from '../../lib/ducai-db';

/**
 * Why a write to the device's storage failed, as the reader is told:
 * - `quota`: the browser's storage for the site is full;
 * - `unavailable`: no IndexedDB (some private modes, storage disabled by policy);
 * - `version`: another tab opened a newer version of the app's database; reload;
 * - `unknown`: anything else (the write may succeed on a retry).
 */
export type StorageProblem = 'quota' | 'unavailable' | 'version' | 'unknown';

export function storageProblemOf(error: unknown): StorageProblem {
  if (error instanceof DucaiDbError) return error.problem;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'quota';
    case 'SecurityError':
    case 'NotAllowedError':
      return 'unavailable';
    case 'VersionError':
      return 'version';
    default:
      return 'unknown';
  }
}
