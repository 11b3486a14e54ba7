/**
 * The actor register (`/aktorer/`): every organisation, role and group named as responsible or
 * partner, alphabetically, `REGISTER_PAGE_SIZE` to a static page (`/aktorer/`, `/aktorer/side-2/` …) so it
 * stays small at any number of documents. The «Finn en aktør» field searches all of them through a
 * compact index (`/aktorer/indeks.json`) fetched when the reader types. Pure functions of the site data.
 */
import type { SiteData } from '../site-data.ts';
import type { Actor, ActorKind } from '../../schemas/index.ts';
import { cleanName } from '../site-views.ts';
import { pagesOf, joinPageParam, type ListPage } from '../paging.ts';

/** Actors per static page of the register. */
export const REGISTER_PAGE_SIZE = 100;
/** Leaders shown above the register. */
const LEADERS = 8;

/** The kinds as the register names them. */
export const actorKindLabels: Record<ActorKind, string> = { organisation: 'Organisasjon', role: 'Rolle eller funksjon', group: 'Gruppe' };

/** One line of the register. */
export interface RegisterRow {
  name: string;
  acronym?: string;
  /** Actor page; groups have none. */
  url?: string;
  kind: ActorKind;
  leads: number;
  joins: number;
  /** Name, acronym and other spellings, lower case, for the filter. */
  search: string;
}

const distinctActions = (a: Actor, role: 'responsible' | 'partner') => new Set(a.roles.filter((r) => r.role === role).map((r) => r.actionId)).size;

/** Every actor as a register row, alphabetically (built once per build). */
export function registerRows(data: SiteData): RegisterRow[] {
  let rows = cache.get(data);
  if (!rows) {
    rows = data.actors
      .map((a) => ({
        name: cleanName(a.name), acronym: a.acronym, url: a.url, kind: a.kind, leads: distinctActions(a, 'responsible'), joins: distinctActions(a, 'partner'),
        search: [a.name, a.acronym ?? '', ...a.aliases].map(cleanName).join(' | ').toLocaleLowerCase('nb'),
      }))
      .sort((x, y) => x.name.localeCompare(y.name, 'nb', { sensitivity: 'base' }));
    cache.set(data, rows);
  }
  return rows;
}
const cache = new WeakMap<SiteData, RegisterRow[]>();

/** The actors leading the most actions (those with a page). */
export function registerLeaders(data: SiteData): RegisterRow[] {
  return registerRows(data).filter((r) => r.leads > 0 && r.url).sort((x, y) => y.leads - x.leads || x.name.localeCompare(y.name, 'nb')).slice(0, LEADERS);
}

/** The register's static pages. */
export function registerPaths(data: SiteData) {
  return pagesOf(registerRows(data), REGISTER_PAGE_SIZE).map((page) => ({ params: { page: joinPageParam('', page.n) }, props: { page } as { page: ListPage<RegisterRow> } }));
}

/** The filter's index: rows as short arrays `[name, acronym, url, kind, leads, joins, search]`. */
export function registerIndex(data: SiteData): (string | number)[][] {
  return registerRows(data).map((r) => [r.name, r.acronym ?? '', r.url ?? '', r.kind, r.leads, r.joins, r.search]);
}
