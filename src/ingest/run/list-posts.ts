import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The extensions Hexo pipelines give posts; everything else in the folder is ignored. */
export const POST_EXTENSIONS = Object.freeze(['.md', '.markdown', '.txt', '.html', '.htm']);

/**
 * Every post file under `root`, recursively, as sorted paths relative to root with "/"
 * separators (sorted so that every run reads, and reports, in the same order). Hidden
 * files and folders (".git", macOS "._" files) are not posts.
 */
export function listPosts(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && hasPostExtension(entry.name)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}

function hasPostExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return POST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
