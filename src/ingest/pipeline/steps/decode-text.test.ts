import { describe, expect, it } from 'vitest';
import { decodeText, MAX_POST_BYTES } from './decode-text';

const TEXT = '---\ntitle: 读财\n---\n<p>正文</p>';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM (the BOM is kept for splitFrontMatter)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    [
      'GB18030',
      Buffer.from(
        new Uint8Array([...Buffer.from('---\ntitle: '), 0xb6, 0xc1, 0xb2, 0xc6, ...Buffer.from('\n---\n<p>'), 0xd5, 0xfd, 0xce, 0xc4, ...Buffer.from('</p>')]),
      ),
      'gb18030',
    ],
  ])('%s', (_name, bytes, encoding) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.encoding).toBe(encoding);
      expect(result.value.text.replace(/^\uFEFF/, '')).toBe(TEXT);
    }
  });

  it.each([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary'],
    ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary'],
    ['invalid in both encodings', Buffer.from([0x41, 0xff, 0xff, 0xff, 0x41]), 'neither UTF-8 nor GB18030'],
    ['too large', Buffer.alloc(MAX_POST_BYTES + 1, 0x41), 'too large'],
  ])('rejects %s', (_name, bytes, reason) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
