/**
 * The page the reader was on before this one, for behaviour that depends on where the
 * reader came from (a list returns focus only when coming back from one of its articles).
 * The frame records every location change in a layout effect, which runs before any
 * page's effects, so a page's effects see the previous page here.
 */
let current: string | null = null;
let previous: string | null = null;

/** Called once per location (a new history entry or Back/Forward), not per render. */
export function recordLocation(pathname: string): void {
  previous = current;
  current = pathname;
}

/** The pathname of the page before the current one; null on the first page of a load. */
export function previousPathname(): string | null {
  return previous;
}
