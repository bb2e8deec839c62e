import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './split-front-matter';

describe('splitFrontMatter', () => {
  it.each([
    ['leading blank line, as the seed', '\n---\ntitle: a\n---\n<p>x</p>', 'title: a', 3, '<p>x</p>'],
    ['no leading line', '---\ntitle: a\n---\nbody', 'title: a', 2, 'body'],
    ['BOM and CRLF', '\uFEFF---\r\ntitle: a\r\n---\r\nb\r\nc', 'title: a', 2, 'b\nc'],
    ['old Mac CR', '---\rtitle: a\r---\rb', 'title: a', 2, 'b'],
    ['several blank lines and spaces', '\n  \n\t\n---\ntitle: a\n---\nb', 'title: a', 5, 'b'],
    ['fence with trailing spaces', '---  \ntitle: a\n---   \nb', 'title: a', 2, 'b'],
    ['a --- inside the body stays', '---\ntitle: a\n---\nb\n---\nc', 'title: a', 2, 'b\n---\nc'],
    ['empty body', '---\ntitle: a\n---', 'title: a', 2, ''],
    ['multi-line YAML', '---\na: 1\nb:\n - x\n---\nbody', 'a: 1\nb:\n - x', 2, 'body'],
  ])('%s', (_name, input, yaml, yamlLine, body) => {
    expect(splitFrontMatter(input)).toEqual({ ok: true, value: { yaml, yamlLine, body } });
  });

  it.each([
    ['empty file', '', 'empty file'],
    ['only blank lines', '\n\n  \n', 'empty file'],
    ['no fence', '<p>x</p>', 'no front matter'],
    ['text before the fence', 'hello\n---\ntitle: a\n---\n', 'no front matter'],
    ['never closed', '---\ntitle: a\n<p>x</p>', 'never closed'],
  ])('rejects %s', (_name, input, reason) => {
    const result = splitFrontMatter(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
