import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, IngestProblem, IngestReport } from '../shared/bundle-types';
import { buildBundle } from './build-bundle';
import { listPosts } from './list-posts';
import { processPost, type PostOutcome } from './process-post';
import { writeBundle } from './write-bundle';

export interface IngestOptions {
  readonly postsDir: string;
  readonly outDir: string;
  /** The build time written into the bundle; injectable so tests are reproducible. */
  readonly now?: Date;
  /** Passed to writeBundle; for tests that need the disk to fail. */
  readonly writeFile?: (path: string, data: string) => void;
}

/**
 * Reads every post under postsDir and writes the bundle to outDir. A post that cannot be
 * read becomes a problem in the report, never an exception: one bad file must not cost
 * the reader the other 99,999. Two files of one article (same id) keep the fuller one
 * (more text; on a tie the first in path order) and report the other as a duplicate.
 */
export function ingestFolder(options: IngestOptions): IngestReport {
  const files = listPosts(options.postsDir);
  const problems: IngestProblem[] = [];
  const kept = new Map<string, { article: Article; file: string }>();
  let skipped = 0;
  let duplicates = 0;

  for (const file of files) {
    const outcome = readPost(join(options.postsDir, file));
    if (!outcome.ok) {
      skipped++;
      problems.push({ file, kind: 'skipped', reason: outcome.reason });
      continue;
    }
    for (const warning of outcome.warnings) problems.push({ file, kind: 'warning', reason: warning });
    const { article } = outcome;
    const earlier = kept.get(article.id);
    if (earlier === undefined) {
      kept.set(article.id, { article, file });
      continue;
    }
    duplicates++;
    const [winner, loser] =
      article.charCount > earlier.article.charCount ? [{ article, file }, earlier] : [earlier, { article, file }];
    kept.set(article.id, winner);
    problems.push({
      file: loser.file,
      kind: 'duplicate',
      reason: `same article as ${winner.file} (same title and date); kept ${winner.file}`,
    });
  }

  const articles = [...kept.values()].map((k) => k.article);
  const generatedAt = (options.now ?? new Date()).toISOString();
  const report: IngestReport = {
    generatedAt,
    read: files.length,
    ok: articles.length,
    skipped,
    duplicates,
    problems,
  };
  writeBundle(options.outDir, buildBundle(articles, generatedAt), articles, report, options.writeFile);
  return report;
}

function readPost(path: string): PostOutcome {
  try {
    return processPost(readFileSync(path));
  } catch (error) {
    // A bug of ours, or a file that vanished mid-run: report it against the file.
    return { ok: false, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
