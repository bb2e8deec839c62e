import { describe, expect, it } from 'vitest';
import { orderArticles } from './order-articles';

const a = (id: string, date: string) => ({ id, date });

describe('orderArticles', () => {
  it.each([
    { name: 'empty', input: [], expected: [] },
    {
      name: 'oldest first',
      input: [a('x', '2025-03-02T00:00:00.000Z'), a('y', '2024-01-01T00:00:00.000Z'), a('z', '2025-01-01T00:00:00.000Z')],
      expected: ['y', 'z', 'x'],
    },
    {
      name: 'same moment: by id',
      input: [a('b', '2025-01-01T00:00:00.000Z'), a('c', '2025-01-01T00:00:00.000Z'), a('a', '2025-01-01T00:00:00.000Z')],
      expected: ['a', 'b', 'c'],
    },
  ])('$name', ({ input, expected }) => {
    expect(orderArticles(input).map((x) => x.id)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const input = [a('b', '2025-01-02T00:00:00.000Z'), a('a', '2025-01-01T00:00:00.000Z')];
    orderArticles(input);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('refuses two articles with one id', () => {
    expect(() => orderArticles([a('x', '2025-01-01T00:00:00.000Z'), a('x', '2025-01-01T00:00:00.000Z')])).toThrow(/two articles/);
  });
});
