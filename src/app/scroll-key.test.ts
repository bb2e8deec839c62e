import { describe, expect, it } from 'vitest';

import { claimEntryId, scrollKeyOf } from './scroll-key';

function fakeHistory(state: unknown) {
  const history = {
    state,
    replaceState(next: unknown) {
      history.state = next;
    },
  };
  return history;
}

describe('claimEntryId', () => {
  it('gives a fresh entry a new id and writes it into the entry, keeping what is there', () => {
    const history = fakeHistory({ idx: 0 });
    expect(claimEntryId(history, () => 'n1')).toBe('n1');
    expect(history.state).toEqual({ idx: 0, ducaiEntry: 'n1' });
  });

  it('finds the id again when the entry is reloaded or returned to', () => {
    const history = fakeHistory(null);
    claimEntryId(history, () => 'n1');
    expect(claimEntryId(history, () => 'n2')).toBe('n1');
  });
});

describe('scrollKeyOf', () => {
  it('keys the first entry of a document by its own id, not react-router’s shared "default"', () => {
    expect(scrollKeyOf({ key: 'default' }, 'n1')).toBe('entry-n1');
    expect(scrollKeyOf({ key: 'default' }, 'n2')).not.toBe(scrollKeyOf({ key: 'default' }, 'n1'));
  });

  it('keeps react-router’s key for the entries it pushed', () => {
    expect(scrollKeyOf({ key: 'abc123' }, 'n1')).toBe('abc123');
  });
});
