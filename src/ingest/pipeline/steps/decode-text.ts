import { Buffer, isUtf8 } from 'node:buffer';
import { accept, reject, type StepResult } from '../step-result';

/** Larger files are not news posts; reading them whole would only cost memory. */
export const MAX_POST_BYTES = 8 * 1024 * 1024;

/** How far into a file to look for signs of binary content. */
const SNIFF_BYTES = 8192;

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes a post's bytes. UTF-8 is tried first (with or without BOM), then GB18030,
 * a superset of GBK and GB2312 that Chinese sources still produce. A NUL byte or a
 * high share of control bytes means the file is not text at all.
 */
export function decodeText(bytes: Uint8Array): StepResult<DecodedText> {
  if (bytes.length > MAX_POST_BYTES) {
    return reject(`file too large (${bytes.length} bytes; posts are at most ${MAX_POST_BYTES})`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return accept({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return accept({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  // A NUL never occurs in text. Searched natively, as isUtf8 validates natively: the
  // common case (a UTF-8 post) never runs a JavaScript loop over its bytes.
  if (sniff.indexOf(0) !== -1) return reject('not a text file (binary content)');
  if (CONTROL_BYTE.test(Buffer.from(sniff.buffer, sniff.byteOffset, sniff.byteLength).toString('latin1')) && hasManyControlBytes(sniff)) {
    return reject('not a text file (binary content)');
  }
  if (isUtf8(bytes)) {
    return accept({ text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' });
  }
  try {
    return accept({ text: gb18030.decode(bytes), encoding: 'gb18030' });
  } catch {
    return reject('not a text file (neither UTF-8 nor GB18030)');
  }
}

/** Control characters other than tab, LF, FF and CR; their share decides. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds, on purpose
const CONTROL_BYTE = /[\x01-\x08\x0b\x0e-\x1f]/;

function hasManyControlBytes(sniff: Uint8Array): boolean {
  let control = 0;
  for (const b of sniff) {
    // Tab, LF, FF and CR are text; ESC appears in some legacy files but rarely.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return sniff.length > 0 && control / sniff.length > 0.05;
}
