import { describe, expect, it } from 'vitest';

import { listMemory } from './list-memory';

describe('listMemory', () => {
  it('remembers the article opened, per list', () => {
    listMemory.opened('?a', 'x', 7);
    listMemory.opened('?b', 'y', 3);
    expect(listMemory.get('?a')?.lastOpened).toEqual({ id: 'x', row: 7 });
    expect(listMemory.get('?b')?.lastOpened).toEqual({ id: 'y', row: 3 });
  });

  it('keeps the ordinal the list knew when the reading view says the same article', () => {
    listMemory.opened('?c', 'x', 7);
    listMemory.opened('?c', 'x');
    expect(listMemory.get('?c')?.lastOpened).toEqual({ id: 'x', row: 7 });
    listMemory.opened('?c', 'z');
    expect(listMemory.get('?c')?.lastOpened).toEqual({ id: 'z', row: null });
  });

  it('keeps the last opened when the layout is saved', () => {
    listMemory.opened('?d', 'x', 1);
    listMemory.saveLayout('?d', []);
    expect(listMemory.get('?d')).toEqual({ measurements: [], lastOpened: { id: 'x', row: 1 } });
  });
});
