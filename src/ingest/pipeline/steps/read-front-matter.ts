import yaml from 'js-yaml';
import { accept, reject, type StepResult } from '../step-result';

/** The front matter fields Ducai reads, checked but not yet interpreted. */
export interface FrontMatter {
  readonly title: string;
  readonly date: string;
  /** As written: a string, a list, or a list of lists; parseCategories interprets it. */
  readonly categories: unknown;
  readonly author: string | null;
  readonly headimg: string | null;
  readonly thumbnail: string | null;
  /**
   * The post's link to the article on its source site, as written: the values of
   * `link`, `source` and `url`, in that order, those present; pickSourceUrl checks them.
   */
  readonly sourceLinks: readonly string[];
}

/**
 * Characters of front matter read at most: a post's fields fit in a few hundred. js-yaml
 * reads nested collections by recursion, so its size also bounds how deep it can nest.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** Where feed pipelines put the link to the original, most specific first. */
const SOURCE_LINK_FIELDS = ['link', 'source', 'url'] as const;

/**
 * Parses and checks the YAML. The core schema keeps dates as the strings they were
 * written as: the default schema would turn `2022-02-10 12:50:43` into a Date in UTC,
 * silently eight hours off for Beijing posts (Hexo's own bug, in reverse).
 */
export function readFrontMatter(source: string, firstLine: number): StepResult<FrontMatter> {
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    return reject(`front matter too large (${source.length} characters; at most ${MAX_FRONT_MATTER_CHARS})`);
  }
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
  } catch (error) {
    // js-yaml bounds nesting itself (maxDepth); should a version not, the stack would.
    if (error instanceof RangeError) return reject('broken YAML: nested too deep');
    return reject(describeYamlError(error, firstLine));
  }
  if (!isRecord(data)) return reject('front matter is not a set of "key: value" fields');
  const title = scalarText(data.title);
  if (title === null || title.trim() === '') return reject('missing title');
  const date = scalarText(data.date);
  if (date === null || date.trim() === '') return reject('missing date');
  return accept({
    title,
    date,
    categories: data.categories ?? null,
    author: optionalText(data.author),
    headimg: optionalText(data.headimg),
    thumbnail: optionalText(data.thumbnail),
    sourceLinks: SOURCE_LINK_FIELDS.flatMap((field) => optionalText(data[field]) ?? []),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML reads `title: 2022` as a number; a title is still a title. */
function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function optionalText(value: unknown): string | null {
  const text = scalarText(value)?.trim();
  return text ? text : null;
}

function describeYamlError(error: unknown, firstLine: number): string {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? ` at line ${firstLine + error.mark.line}` : '';
    return `broken YAML${line}: ${error.reason}`;
  }
  return `broken YAML: ${error instanceof Error ? error.message : String(error)}`;
}
