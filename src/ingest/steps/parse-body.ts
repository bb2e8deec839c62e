import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';

const HAS_MARKUP = /<[a-z!/]/i;

/**
 * Parses the body with a real HTML parser (htmlparser2): unquoted attributes, unclosed
 * tags and stray comments are all handled the way a browser would. A body with no
 * markup at all (a plain-text or Markdown-ish post) becomes one paragraph per blank-line
 * separated block, so it reads as paragraphs rather than one wall of text.
 */
export function parseBody(body: string): Document {
  if (!HAS_MARKUP.test(body)) return parseDocument(paragraphsOf(body));
  return parseDocument(body, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false });
}

function paragraphsOf(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${escapeText(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
