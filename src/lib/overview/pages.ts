/**
 * The static pages of an overview: its first pages at `/tiltak/`, `/tiltak/side-2/` …, and the same for
 * each value of a paged facet (`/tiltak/tema/ikt/`, `/tiltak/tema/ikt/side-2/`), which is how filters
 * work without JavaScript. Counts per facet value follow the page's own filter.
 */
import { facetCounts, filterRows, type Selection } from './filter.ts';
import type { OverviewIndex } from './model.ts';
import { joinPageParam, pagesOf, PAGE_SIZE, type ListPage } from '../paging.ts';

/** One static page of an overview. */
export interface OverviewPage {
  /** The fixed filter of the page. @example { tema: 'ikt' } */
  selection: Selection;
  /** Address of the page's first page. @example '/tiltak/tema/ikt/' */
  listBase: string;
  page: ListPage<OverviewIndex['rows'][number]>;
}

/** The address of the list with one facet fixed. @example facetHref('/tiltak/', 'tema', 'ikt') // '/tiltak/tema/ikt/' */
export function facetHref(base: string, facet: string, value: string): string {
  return `${base}${facet}/${value}/`;
}

/** Every static page of an overview, keyed by the rest parameter of its route (undefined for the first page). */
export function overviewPaths(index: OverviewIndex): { params: { page: string | undefined }; props: { view: OverviewPage } }[] {
  const lists: { prefix: string; selection: Selection }[] = [{ prefix: '', selection: {} }];
  for (const f of index.facets.filter((x) => x.paged)) for (const v of f.values) lists.push({ prefix: `${f.name}/${v.value}`, selection: { [f.name]: v.value } });
  return lists.flatMap(({ prefix, selection }) => {
    const listBase = prefix ? `${index.base}${prefix}/` : index.base;
    return pagesOf(filterRows(index.rows, selection), PAGE_SIZE).map((page) => ({ params: { page: joinPageParam(prefix, page.n) }, props: { view: { selection, listBase, page } } }));
  });
}

const countCache = new WeakMap<OverviewIndex, Map<string, Record<string, Map<string, number>>>>();

/** Facet counts under a page's filter, computed once per filter. */
export function countsFor(index: OverviewIndex, selection: Selection): Record<string, Map<string, number>> {
  let byKey = countCache.get(index);
  if (!byKey) countCache.set(index, (byKey = new Map()));
  const key = JSON.stringify(selection);
  let counts = byKey.get(key);
  if (!counts) byKey.set(key, (counts = facetCounts(index.rows, index.facets, selection)));
  return counts;
}
