// The YAML front matter exactly as our Hexo scraper writes it, including its
// quirks (a blank line before the opening fence, `categories: ` with a
// trailing space, one-space list indentation, single-quoted title and URLs,
// an unquoted date), so the ingest's parser is benchmarked on the real shape.

export type Categories =
  | { readonly kind: 'path'; readonly path: readonly string[] }
  | { readonly kind: 'plain'; readonly name: string }
  | { readonly kind: 'paths'; readonly paths: readonly (readonly string[])[] };

export interface FrontMatter {
  readonly title: string;
  readonly categories: Categories;
  readonly headimg: string | null;
  readonly author: string;
  /** Already formatted; written unquoted. */
  readonly date: string;
  readonly thumbnail: string | null;
}

const quoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function categoryLines(categories: Categories): string[] {
  switch (categories.kind) {
    case 'plain':
      return [`categories: ${categories.name}`];
    case 'path':
      return ['categories: ', ...categories.path.map((name) => ` - ${name}`)];
    case 'paths':
      return ['categories: ', ...categories.paths.map((path) => ` - [${path.join(', ')}]`)];
  }
}

/** The front matter block, from the leading blank line to the blank line after the closing fence. */
export function renderFrontMatter(fm: FrontMatter): string {
  const lines = [
    '',
    '---',
    `title: ${quoted(fm.title)}`,
    ...categoryLines(fm.categories),
    ...(fm.headimg === null ? [] : [`headimg: ${quoted(fm.headimg)}`]),
    `author: ${fm.author}`,
    'comments: false',
    `date: ${fm.date}`,
    ...(fm.thumbnail === null ? [] : [`thumbnail: ${quoted(fm.thumbnail)}`]),
    '---',
    '',
    '',
  ];
  return lines.join('\n');
}
