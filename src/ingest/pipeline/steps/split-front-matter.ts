import { accept, reject, type StepResult } from '../step-result';

export interface PostParts {
  /** The YAML between the fences. */
  readonly yaml: string;
  /** 1-based line of the file on which the YAML starts, for error messages. */
  readonly yamlLine: number;
  readonly body: string;
}

const FENCE = /^-{3,}[ \t]*$/;

/**
 * Splits a Hexo post into front matter and body. Tolerates what real pipelines emit:
 * a BOM, CRLF or CR line ends, blank lines before the opening fence (the seed starts
 * with one). The closing fence is the first `---` line after the opening one; the body
 * is everything after it, untouched.
 */
export function splitFrontMatter(input: string): StepResult<PostParts> {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let pos = 0;
  let line = 1;
  let opened = false;
  let yamlStart = 0;
  let yamlLine = 0;
  while (pos <= text.length) {
    const end = nextLineEnd(text, pos);
    const current = text.slice(pos, end);
    if (!opened) {
      if (FENCE.test(current)) {
        opened = true;
        yamlStart = end + 1;
        yamlLine = line + 1;
      } else if (current.trim() !== '') {
        return reject('no front matter (the post must start with a --- line)');
      }
    } else if (FENCE.test(current)) {
      return accept({
        yaml: text.slice(yamlStart, Math.max(yamlStart, pos - 1)),
        yamlLine,
        body: text.slice(Math.min(end + 1, text.length)),
      });
    }
    pos = end + 1;
    line++;
  }
  return reject(opened ? 'front matter is never closed (no second --- line)' : 'empty file');
}

function nextLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
