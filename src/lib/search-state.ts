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
