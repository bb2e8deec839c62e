import { describe, expect, it } from 'vitest';

import { chooseDuplicate } from './choose-duplicate';

const a = { file: '2024/a.txt', index: 3, textHash: 'aaaa' };

describe('chooseDuplicate', () => {
  it('keeps the file first in path order, whichever comes first', () => {
    const b = { file: 'mirror/a.txt', index: 9, textHash: 'aaaa' };
    expect(chooseDuplicate(a, b).kept).toBe(a);
    expect(chooseDuplicate(b, a).kept).toBe(a);
    expect(chooseDuplicate(b, a)).toMatchObject({
      dropped: b,
      conflict: false,
      reason: 'same article as 2024/a.txt (same title, date and text); kept 2024/a.txt',
    });
  });

  it('does not let a later, longer text take the article (issue 12, 7), and says so loudly naming both files', () => {
    const forged = { file: 'zz/new.txt', index: 40, textHash: 'bbbb' };
    const decision = chooseDuplicate(forged, a);
    expect(decision.kept).toBe(a);
    expect(decision.conflict).toBe(true);
    expect(decision.reason).toBe(
      'CONFLICT: same title and date as 2024/a.txt but different text; kept 2024/a.txt (first in path order), dropped zz/new.txt: check which is genuine',
    );
  });
});
