import { describe, expect, it } from 'vitest';

import { DucaiDbError } from '../../lib/ducai-db';
import { storageProblemOf } from './storage-problem';

describe('storageProblemOf', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [{ name: 'QuotaExceededError' }, 'quota'],
    [new DOMException('no', 'SecurityError'), 'unavailable'],
    [new DucaiDbError('unavailable', 'no IndexedDB'), 'unavailable'],
    [new DucaiDbError('version', 'newer'), 'version'],
    [new DOMException('x', 'VersionError'), 'version'],
    [new DOMException('x', 'AbortError'), 'unknown'],
    [new Error('boom'), 'unknown'],
    ['boom', 'unknown'],
  ])('%o → %s', (error, problem) => {
    expect(storageProblemOf(error)).toBe(problem);
  });
});
