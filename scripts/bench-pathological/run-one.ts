/**
 * One pathological post through processPost, in its own process (the benchmark kills it
 * at its deadline). Prints one JSON line: ms, and the outcome.
 */
import { processPost } from '../../src/ingest/pipeline/process-post';
import { pathologicalPosts } from './pathological-posts';

const index = Number(process.argv[2]);
const scale = Number(process.argv[3] ?? 1);
const post = pathologicalPosts(scale)[index];
if (post === undefined) throw new Error(`no pathological post ${process.argv[2]}`);
const bytes = new TextEncoder().encode(post.text);
const started = performance.now();
const outcome = processPost(bytes);
const ms = performance.now() - started;
const described = outcome.ok
  ? `ok: html ${outcome.article.html.length.toLocaleString('en')} chars, ${outcome.article.stocks.length} stocks, ` +
    `${outcome.article.images.length} images, ${outcome.article.categories.length} categories`
  : `skipped: ${outcome.reason}`;
console.log(JSON.stringify({ ms, outcome: described }));
