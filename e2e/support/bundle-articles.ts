import type { APIRequestContext } from '@playwright/test';

interface MetaLike {
  readonly id: string;
  readonly title: string;
  readonly rev: string;
  readonly stocks: readonly unknown[];
}

/**
 * Every article of the served bundle, oldest first, read the way the app reads them:
 * the manifest names the timeline, the timeline names the metadata pages.
 */
export async function bundleArticles(request: APIRequestContext): Promise<MetaLike[]> {
  const manifest = (await (await request.get('/data/manifest.json')).json()) as {
    timeline: string;
    files: { timeline: string; page: string };
  };
  const timeline = (await (await request.get(`/data/${manifest.files.timeline.replace('{hash}', manifest.timeline)}`)).json()) as {
    pages: string[];
  };
  const pages = await Promise.all(
    timeline.pages.map(async (hash) => (await (await request.get(`/data/${manifest.files.page.replace('{hash}', hash)}`)).json()) as { articles: MetaLike[] }),
  );
  return pages.flatMap((page) => page.articles);
}

/** Title → id of every article of the served bundle. */
export async function bundleIds(request: APIRequestContext): Promise<Map<string, string>> {
  return new Map((await bundleArticles(request)).map((article) => [article.title, article.id]));
}

/** The files the unfiltered list's first screen reads: the manifest, the timeline and the head page. */
export async function listFiles(request: APIRequestContext): Promise<string[]> {
  const manifest = (await (await request.get('/data/manifest.json')).json()) as {
    timeline: string;
    head: string;
    files: { timeline: string; page: string };
  };
  return [
    '/data/manifest.json',
    `/data/${manifest.files.timeline.replace('{hash}', manifest.timeline)}`,
    `/data/${manifest.files.page.replace('{hash}', manifest.head)}`,
  ];
}
