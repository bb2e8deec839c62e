/**
 * Filtering benchmark: loads a bundle's index (default .bench/bundle-10000; pass a
 * folder, e.g. one ingested from `npm run corpus -- /tmp/c 100000`) and times the
 * list's filters — a top-level category, a leaf, a stock, both, and the faceted
 * category counts — printing p50/p95/max over repeated runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleIndex, Manifest } from '../src/shared/bundle-types';
import { categoryCounts, filterRows } from '../src/shared/filter-index';
import type { ListFilters } from '../src/shared/list-filters';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '.bench', 'bundle-10000');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const index = JSON.parse(readFileSync(join(dir, manifest.index), 'utf8')) as ArticleIndex;
const top = manifest.categories[0]!;
let leaf = top;
while (leaf.children[0]) leaf = leaf.children[0];
const stock = manifest.stocks[0]!.code;
const base: ListFilters = { categories: [], stock: null, unread: false };
const cases: [string, () => unknown][] = [
  ['no filter', () => filterRows(index, base)],
  [`category ${top.path.join('/')}`, () => filterRows(index, { ...base, categories: [top.path.join('/')] })],
  [`leaf ${leaf.path.join('/')}`, () => filterRows(index, { ...base, categories: [leaf.path.join('/')] })],
  [`stock ${stock}`, () => filterRows(index, { ...base, stock })],
  ['category + stock', () => filterRows(index, { ...base, categories: [top.path.join('/')], stock })],
  ['faceted category counts', () => categoryCounts(index, { ...base, stock })],
];
console.log(`${index.ids.length} articles from ${dir}`);
for (const [name, run] of cases) {
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${name.padEnd(40)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
}
