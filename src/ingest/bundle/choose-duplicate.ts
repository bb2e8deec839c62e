/** One of two files that make the same article (the same id: same title and date). */
export interface DuplicateCandidate {
  /** Path relative to the posts folder, as the report names it. */
  readonly file: string;
  /** Position in path order (listPosts' order): the tie-breaker that no content can buy. */
  readonly index: number;
  /** PostOutcome.textHash: equal exactly when the two articles read the same. */
  readonly textHash: string;
}

export interface DuplicateDecision<C extends DuplicateCandidate> {
  readonly kept: C;
  readonly dropped: C;
  /** The texts differ: one file is not what the other says, and the run must say so loudly. */
  readonly conflict: boolean;
  /** For the report, about the dropped file (the caller prefixes its name). */
  readonly reason: string;
}

/**
 * Which of two files of one article is published. The file first in path order, always:
 * the rule looks at nothing a post's author controls, so a later file cannot take an
 * article's id by being longer or newer (issue 12, 7: "same title and date, longer text"
 * used to win). When the texts are the same it is an ordinary duplicate (a re-crawl, a
 * mirror). When they differ it is a conflict: the reason names both files and says
 * which was kept, and `npm run ingest -- --strict` fails on it as on every duplicate.
 * Pure: the orchestrator decides what to do with the files.
 */
export function chooseDuplicate<C extends DuplicateCandidate>(a: C, b: C): DuplicateDecision<C> {
  const [kept, dropped] = a.index <= b.index ? [a, b] : [b, a];
  const conflict = a.textHash !== b.textHash;
  const reason = conflict
    ? `CONFLICT: same title and date as ${kept.file} but different text; kept ${kept.file} (first in path order), dropped ${dropped.file}: check which is genuine`
    : `same article as ${kept.file} (same title, date and text); kept ${kept.file}`;
  return { kept, dropped, conflict, reason };
}
