import { urls } from './urls.ts';

/**
 * The search page's state in the URL, and excerpt cleaning; pure, so the tests use it too.
 * `?q=klynge&region=Gjøvikregionen&tema=IKT&type=Plan&ar=2014` — several values of one facet repeat the parameter.
 */

/** Facets: Pagefind filter key (src/components/SearchMeta.astro), URL parameter and label. */
export const FACETS = [
  { key: 'region', param: 'region', label: 'Region' },
  { key: 'tema', param: 'tema', label: 'Tema' },
  { key: 'type', param: 'type', label: 'Dokumenttype' },
  { key: 'år', param: 'ar', label: 'År' },
  { key: 'status', param: 'status', label: 'Status' },
] as const;

export interface SearchState {
  q: string;
  /** Selected values per Pagefind filter key. */
  filters: Partial<Record<(typeof FACETS)[number]['key'], string[]>>;
}

/** Reads the state from a query string. @example readSearchState('?q=klynge&region=Gjøvikregionen') */
export function readSearchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const values = p.getAll(f.param).filter(Boolean);
    if (values.length) filters[f.key] = values;
  }
  return { q: (p.get('q') ?? '').trim(), filters };
}

/** The search page URL for a state. @example searchUrl({ q: 'klynge', filters: { tema: ['IKT'] } }) // '/sok/?q=klynge&tema=IKT' */
export function searchUrl(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f.key] ?? []) p.append(f.param, v);
  const qs = p.toString();
  return `${urls.search()}${qs ? `?${qs}` : ''}`;
}

/**
 * Removes the hidden compound tails (src/search/prepare-html.ts) from a Pagefind excerpt: a word that
 * repeats the end of the word before it goes, and its highlight moves to that word.
 * @example cleanExcerpt('styrke næringsklynger <mark>klynger</mark> i regionen') // 'styrke <mark>næringsklynger</mark> i regionen'
 */
export function cleanExcerpt(excerpt: string): string {
  const out: string[] = [];
  const recent: string[] = []; // the last visible words: a heading's tails come after the heading, a few words on
  for (const token of excerpt.split(/\s+/)) {
    const plain = token.replace(/<\/?mark>/g, '');
    const word = plain.toLocaleLowerCase('nb').replace(/[^\p{L}]/gu, '');
    const whole = word.length >= 4 ? recent.findLast((w) => w.length > word.length && w.endsWith(word)) : undefined;
    if (whole !== undefined && out.length) {
      if (token.includes('<mark>') && !out[out.length - 1].includes('<mark>') && out[out.length - 1].toLocaleLowerCase('nb').includes(whole)) out[out.length - 1] = `<mark>${out[out.length - 1]}</mark>`;
      continue;
    }
    out.push(token);
    if (word) recent.push(word);
    if (recent.length > 12) recent.shift();
  }
  return out.join(' ');
}

/** The words of a query, as the index sees them (letters and digits). @example queryWords('klynge, «reiseliv»') // ['klynge', 'reiseliv'] */
export function queryWords(q: string): string[] {
  return q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * How exactly a result's title names the query: 2 when the title is the query or its acronym in
 * parentheses is (`Lillehammer-regionen utvikling (LRU)` for `LRU`), 1 when the title starts with the
 * query as whole words, else 0. A page about the thing searched for then ranks above pages that mention it.
 * @example titleMatch('Innovasjon Norge', 'innovasjon norge') // 2
 */
export function titleMatch(title: string, q: string): number {
  const norm = (s: string) => queryWords(s.toLocaleLowerCase('nb')).join(' ');
  const t = norm(title);
  const query = norm(q);
  if (!query) return 0;
  const acronym = /\(([^()]+)\)\s*$/.exec(title)?.[1];
  if (t === query || (acronym && norm(acronym) === query)) return 2;
  return t.startsWith(`${query} `) ? 1 : 0;
}

/** Moves results whose titles name the query to the front, keeping the index's order otherwise (stable). */
export function rankByTitle<T>(items: T[], titleOf: (item: T) => string, q: string): T[] {
  return items.map((item, i) => ({ item, i, score: titleMatch(titleOf(item), q) })).sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.item);
}

/** One of Pagefind's sub-results: a heading with an anchor on the page and the hits under it. */
export interface SubResult {
  title: string;
  url: string;
  anchor?: unknown;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score?: number }[];
}

/** How many sections with hits a result shows under its title. */
export const SUB_RESULTS_SHOWN = 3;

/**
 * The sections a result links to: the `n` with the strongest hits (Pagefind's score per hit, so a hit
 * in a heading counts above one in the text under it), shown in page order. Strategies and activities
 * are found inside their chapters, so the section is where the strategy a query names is.
 */
export function bestSubResults<T extends SubResult>(subs: T[], pageUrl: string, n = SUB_RESULTS_SHOWN): T[] {
  const score = (s: SubResult) => s.weighted_locations?.reduce((sum, w) => sum + (w.balanced_score ?? w.weight), 0) ?? s.locations?.length ?? 0;
  const anchored = subs.map((s, i) => ({ s, i })).filter(({ s }) => s.anchor && s.url !== pageUrl);
  const best = [...anchored].sort((a, b) => score(b.s) - score(a.s) || a.i - b.i).slice(0, n);
  return best.sort((a, b) => a.i - b.i).map((x) => x.s);
}
