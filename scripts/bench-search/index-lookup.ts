/**
 * A query answered from the index files on disk by the app's own engine and parsers
 * (src/bundle/search-engine.ts, src/bundle/parse-search-files.ts), recording what it
 * reads: the files a browser with an empty cache fetches for the query's answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { answerSearch, type SearchAnswer } from '../../src/bundle/search-engine';
import { parseSearchIdPage } from '../../src/bundle/parse-search-files';
import { searchFileName } from '../../src/shared/search-file-name';
import type { SearchPlan } from '../../src/shared/search-match';
import { diskSearchFiles } from '../../test/disk-search-files';
import type { BundleReader } from './bundle-reader';

export interface IndexAnswer {
  readonly answer: SearchAnswer;
  /** Bundle-relative paths of the index files the answer needs: shards, lists, positions. */
  readonly files: readonly string[];
}

export interface IndexLookup {
  answer(plan: SearchPlan): Promise<IndexAnswer>;
  /** The article id at every ordinal, from the id pages. */
  readonly ids: readonly string[];
  /** The id page that names an ordinal. */
  idPagePath(ordinal: number): string;
}

export function openIndex(reader: BundleReader): IndexLookup {
  const { manifest } = reader;
  const { idPageSize, segments } = manifest.search;
  const read = (path: string) => readFileSync(join(reader.dir, path), 'utf8');
  const ids: string[] = [];
  const pagePath = (name: string, j: number) => reader.searchPath(searchFileName(name, `i${j}`));
  for (const segment of segments) {
    for (let j = 0; j * idPageSize < segment.count; j++) {
      const path = pagePath(segment.name, j);
      const length = Math.min(idPageSize, segment.count - j * idPageSize);
      for (const [id] of parseSearchIdPage(JSON.parse(read(path)), path, j * idPageSize, length).articles) ids.push(id);
    }
  }
  return {
    ids,
    idPagePath: (ordinal) => {
      const segment = segments.find((s) => ordinal >= s.first && ordinal < s.first + s.count)!;
      return pagePath(segment.name, Math.floor((ordinal - segment.first) / idPageSize));
    },
    async answer(plan) {
      const files = new Set<string>();
      const answer = await answerSearch(
        plan,
        manifest.search,
        diskSearchFiles(manifest, read, (path) => files.add(path)),
      );
      return { answer, files: [...files] };
    },
  };
}
