/** Helpers for building overview indexes: facet values that occur, and tables of shared entries referred to by position. */
import type { FacetedRow, FacetValue } from './filter.ts';

/** The known values of a facet that at least one row has, in the known order. */
export function facetValues(rows: readonly FacetedRow[], name: string, known: FacetValue[]): FacetValue[] {
  const used = new Set(rows.flatMap((r) => r.f[name] ?? []));
  return known.filter((v) => used.has(v.value));
}

/** A list of entries, each added once (by key) and referred to by its position. */
export function tableOf<T>(key: (t: T) => string) {
  const list: T[] = [];
  const at = new Map<string, number>();
  return {
    list,
    add(entry: T): number {
      const k = key(entry);
      let i = at.get(k);
      if (i === undefined) at.set(k, (i = list.push(entry) - 1));
      return i;
    },
  };
}
