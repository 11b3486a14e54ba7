/**
 * Static paging for long lists: page 1 at the list's own address, further pages at `side-2/`, `side-3/` …,
 * so every page is a small, linkable HTML file that works without JavaScript. Pure functions, shared by
 * every overview (actions, goals, theme and region lists, actors).
 */

/** Items per static page: a few dozen keeps a page small on a phone and in bytes at any corpus size. */
export const PAGE_SIZE = 25;

/** The address segment of page `n` (1-based); page 1 has none. @example pageSegment(3) // 'side-3' */
export function pageSegment(n: number): string {
  return n <= 1 ? '' : `side-${n}`;
}

/** The URL of page `n` of a list at `base` (ending with `/`). @example pageHref('/tiltak/', 2) // '/tiltak/side-2/' */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${pageSegment(n)}/`;
}

/** Number of pages for `total` items (at least 1, so an empty list still has its page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One static page of a list. */
export interface ListPage<T> {
  /** 1-based page number. */
  n: number;
  pages: number;
  items: T[];
  /** Position of the first item on this page in the whole list (0-based). */
  offset: number;
  total: number;
}

/** Splits a list into its static pages. @example pagesOf([1,2,3], 2).map((p) => p.items) // [[1,2],[3]] */
export function pagesOf<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, i) => ({ n: i + 1, pages, items: items.slice(i * size, (i + 1) * size), offset: i * size, total: items.length }));
}

/**
 * Page numbers to show in a page navigation: first, last, and a window around the current page,
 * with `null` where numbers are left out. @example pageWindow(7, 20) // [1, null, 6, 7, 8, null, 20]
 */
export function pageWindow(current: number, pages: number, around = 1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= around) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/**
 * Parses a rest parameter like `tema/ikt/side-2` into its prefix and page number.
 * @example splitPageParam('tema/ikt/side-2') // { prefix: 'tema/ikt', n: 2 }
 */
export function splitPageParam(param: string | undefined): { prefix: string; n: number } {
  const parts = (param ?? '').split('/').filter(Boolean);
  const m = /^side-(\d+)$/.exec(parts[parts.length - 1] ?? '');
  if (m) parts.pop();
  return { prefix: parts.join('/'), n: m ? Number(m[1]) : 1 };
}

/** Joins a prefix and page into a rest parameter; undefined for the list's first page. */
export function joinPageParam(prefix: string, n: number): string | undefined {
  const p = [prefix, pageSegment(n)].filter(Boolean).join('/');
  return p || undefined;
}
