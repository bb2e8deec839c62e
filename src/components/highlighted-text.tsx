import { highlightParts } from '../lib/highlight-ranges';

interface HighlightedTextProps {
  readonly text: string;
  /** Normalized search terms (src/shared/search-text.ts). */
  readonly terms: readonly string[];
}

/** Text with every occurrence of the terms in <mark>, as written (ＡＢＣ matches abc). */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  if (terms.length === 0) return text;
  return highlightParts(text, terms).map((part, i) =>
    part.match ? (
      <mark key={i} data-search-hit="" className="rounded-sm bg-mark px-px text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
