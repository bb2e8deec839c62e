import type { Document } from 'domhandler';
import type { CleanupRules } from '../cleanup-rules';
import { takeByline } from './credits/take-byline';
import { takeEditor } from './credits/take-editor';

export interface Credits {
  readonly byline: string | null;
  readonly editor: string | null;
}

/**
 * Takes the credits out of the body and returns them as metadata: the editor line
 * (责任编辑：…, usually last; credits/take-editor) and the reporter line that opens the
 * first paragraph (21世纪经济报道记者朱萍 北京报道; credits/take-byline). Run after
 * normalizeMarkup, so bold fonts are <strong> and indentation is gone, and before
 * markSubheadings, so a bold reporter line is taken as the byline before it could pass
 * for a subheading. The editor goes first: its line must not be taken for the byline.
 */
export function extractCredits(doc: Document, rules: CleanupRules): Credits {
  return { editor: takeEditor(doc, rules), byline: takeByline(doc, rules) };
}
