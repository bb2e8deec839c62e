import type { CategoryPath } from '../../../shared/bundle-types';

/** One step of a category path as the breadcrumb shows it. */
export interface Crumb {
  /** What the step reads as. */
  readonly label: string;
  /** The category path up to and including this step: what its link filters by. */
  readonly path: CategoryPath;
}

export interface BreadcrumbTrail {
  /**
   * A path whose last step is the source's own name: the source links to that category,
   * since its step is dropped below. Null when there is none (the source is plain text).
   */
  readonly sourcePath: CategoryPath | null;
  /** One trail per hierarchy, each already without the repetitions of the source. */
  readonly trails: readonly (readonly Crumb[])[];
}

/** How feeds join a source and a subcategory: 财联社－电力 (full-width), 财联社-电力, 财联社—电力. */
const JOINERS = ['－', '-', '—', '–'];

/**
 * The breadcrumb says the source once, first; the category paths after it do not repeat
 * it. Feeds file articles under their own name (财联社 › 能源 › 财联社 › 财联社－电力), which
 * reads as noise. The rule, per step of every path:
 * - a step named exactly as the source is not shown;
 * - a step named "source－rest" (joined by － - — or –) is shown as "rest" (财联社－电力
 *   → 电力);
 * - every other step is shown as it is.
 * Names are compared without the whitespace around them (and around the joiner).
 * Links still filter by the full path up to their step, so a step not shown changes no
 * link. When a path's last step is the one not shown, the source itself links to it, so
 * the article's own category stays one click away. So 财联社 › 能源 › 财联社 › 财联社－电力
 * reads 财联社 › 能源 › 电力, and 电力 links to 能源/财联社/财联社－电力. With no source,
 * the paths are shown as they are.
 */
export function breadcrumbTrail(source: string, categories: readonly CategoryPath[]): BreadcrumbTrail {
  const name = source.trim();
  let sourcePath: CategoryPath | null = null;
  const trails = categories.map((path) => {
    const crumbs: Crumb[] = [];
    path.forEach((step, index) => {
      const label = name === '' ? step : withoutSource(step, name);
      if (label !== '') crumbs.push({ label, path: path.slice(0, index + 1) });
      else if (index === path.length - 1) sourcePath ??= path;
    });
    return crumbs;
  });
  return { sourcePath, trails: trails.filter((crumbs) => crumbs.length > 0) };
}

/** The step's label once the source's name is taken off it: '' when nothing else is left. */
function withoutSource(step: string, source: string): string {
  const trimmed = step.trim();
  if (trimmed === source) return '';
  if (!trimmed.startsWith(source)) return step;
  const rest = trimmed.slice(source.length).trimStart();
  return JOINERS.some((joiner) => rest.startsWith(joiner)) ? rest.slice(1).trim() : step;
}
