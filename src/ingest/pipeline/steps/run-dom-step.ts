import render from 'dom-serializer';
import type { Document } from 'domhandler';

import { parseBody } from './parse-body';

/**
 * For the DOM steps' table-driven tests: parses `html` as the pipeline does, runs one
 * step on it, and serializes what is left (UTF-8, no entity noise), so a case reads as
 * HTML in, HTML out.
 */
export function runDomStep(html: string, step: (doc: Document) => unknown): string {
  const doc = parseBody(html);
  step(doc);
  return render(doc.children, { encodeEntities: 'utf8' }).trim();
}
