/**
 * Cross-cutting views over the corpus that several pages share: every action with its context,
 * actors by name, what belongs to a theme or a region. Pure functions of `SiteData`.
 */
import type { SiteData } from './site-data.ts';
import type { Action, Strategy, PublishedDocument, Actor } from '../schemas/index.ts';
import { nameKey } from '../shared/actor-names.ts';

/** An action with what a reader needs to place it: strategy, document, regions, themes, actors, deadline year. */
export interface ActionInContext {
  action: Action;
  strategy: Strategy;
  document: PublishedDocument | undefined;
  /** Page URL with the action's anchor. @example '/dokumenter/x/strategi-2-1/#tiltak-2-1-1' */
  url: string;
  regions: string[];
  themes: string[];
  /** Ids of actors responsible for the action. */
  responsibleActorIds: string[];
  /** Year of the deadline (`timeframe.to`, else `timeframe.from`); undefined when none can be read. */
  deadlineYear?: number;
}

/** Removes footnote markers the extractor keeps in names. @example cleanName('LRU[^1]') // 'LRU' */
export function cleanName(name: string): string {
  return name.replace(/\[\^[^\]]*\]/g, '').trim();
}

/** Looks up an actor with a page (an organisation or a named role) by any of its spellings; groups and unplaced names are not found. */
export function actorLookup(actors: Actor[]): (name: string) => Actor | undefined {
  // strategy and chapter pages each ask for it; build it once per actor list
  let lookup = actorLookupCache.get(actors);
  if (!lookup) actorLookupCache.set(actors, (lookup = buildActorLookup(actors)));
  return lookup;
}
const actorLookupCache = new WeakMap<Actor[], (name: string) => Actor | undefined>();

function buildActorLookup(actors: Actor[]): (name: string) => Actor | undefined {
  const byKey = new Map<string, Actor>();
  for (const a of actors.filter((x) => x.url)) for (const n of [a.name, ...a.aliases, ...(a.acronym ? [a.acronym] : [])]) byKey.set(nameKey(cleanName(n)), a);
  return (name) => byKey.get(nameKey(cleanName(name))) ?? byKey.get(nameKey(name));
}

/** Every action on the site, in document and strategy order. */
export function actionsInContext(data: SiteData): ActionInContext[] {
  // pages call this once each; computing it per page made actor, theme and region pages O(pages × actions)
  let cached = actionsInContextCache.get(data);
  if (!cached) actionsInContextCache.set(data, (cached = Object.freeze(listActionsInContext(data)) as ActionInContext[]));
  return cached;
}
const actionsInContextCache = new WeakMap<SiteData, ActionInContext[]>();

function listActionsInContext(data: SiteData): ActionInContext[] {
  const responsible = new Map<string, string[]>();
  for (const a of data.actors) for (const r of a.roles) if (r.role === 'responsible') responsible.set(r.actionId, [...(responsible.get(r.actionId) ?? []), a.id]);
  const out: ActionInContext[] = [];
  for (const s of sortStrategies(data, data.strategies)) {
    for (const a of s.actions) {
      const year = Number((a.timeframe.to ?? a.timeframe.from)?.slice(0, 4));
      out.push({
        action: a,
        strategy: s,
        document: data.documentById.get(s.documentId),
        url: `${s.url}#${a.anchor}`,
        regions: s.regions,
        themes: [...new Set([...s.themes, ...a.themes].map((t) => t.id))],
        responsibleActorIds: [...new Set(responsible.get(a.id) ?? [])],
        deadlineYear: Number.isFinite(year) && year > 0 ? year : undefined,
      });
    }
  }
  return out;
}

/** Compares strategy or action numbers like `2.10` after `2.9`. */
export function byNumber(a: string, b: string): number {
  return numberCollator.compare(a, b);
}
/** One collator for every comparison: `localeCompare` with options builds a new one per call, which dominated the build's profile. */
const numberCollator = new Intl.Collator('nb', { numeric: true });

/** Strategies sorted by document (as listed) then number. */
export function sortStrategies(data: SiteData, list: Strategy[]): Strategy[] {
  const rank = strategyRank(data);
  return [...list].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** Every strategy's place in site order (documents as listed, then strategy number), computed once per build. */
function strategyRank(data: SiteData): Map<string, number> {
  let rank = strategyRankCache.get(data);
  if (!rank) {
    const order = new Map(data.documents.map((d, i) => [d.id, i]));
    const sorted = [...data.strategies].sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) || byNumber(a.number, b.number));
    strategyRankCache.set(data, (rank = new Map(sorted.map((s, i) => [s.id, i]))));
  }
  return rank;
}
const strategyRankCache = new WeakMap<SiteData, Map<string, number>>();

/** Strategies per theme in site order, built once per build (every strategy page asks for its themes'). */
export function strategiesByTheme(data: SiteData): Map<string, Strategy[]> {
  let map = byThemeCache.get(data);
  if (!map) {
    map = new Map();
    for (const s of sortStrategies(data, data.strategies)) for (const t of s.themes) pushTo(map, t.id, s);
    byThemeCache.set(data, map);
  }
  return map;
}
const byThemeCache = new WeakMap<SiteData, Map<string, Strategy[]>>();

function pushTo<T>(map: Map<string, T[]>, key: string, x: T): void {
  const list = map.get(key);
  if (list) list.push(x);
  else map.set(key, [x]);
}

/** Groups a list by a key once per build and list; `groupOnce(data, 'goals', data.goals, key)`. */
export function groupOnce<T>(data: SiteData, name: string, list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const perData = groupCache.get(data) ?? new Map<string, Map<string, unknown[]>>();
  groupCache.set(data, perData);
  let map = perData.get(name) as Map<string, T[]> | undefined;
  if (!map) {
    map = new Map();
    for (const x of list) pushTo(map, key(x), x);
    perData.set(name, map);
  }
  return map;
}
const groupCache = new WeakMap<SiteData, Map<string, Map<string, unknown[]>>>();

/** Documents that concern a region: named in the document, or one of its municipalities is. */
export function documentsOfRegion(data: SiteData, regionId: string): PublishedDocument[] {
  return data.documents.filter((d) => d.regions.includes(regionId));
}

/** Label of a chapter. @example chapterLabel({ number: '2', title: 'IKT' }) // '2. IKT' */
export function chapterLabel(c: { number?: string | null; title: string }): string {
  return `${c.number ? `${c.number}. ` : ''}${c.title}`;
}
