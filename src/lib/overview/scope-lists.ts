/**
 * The long lists of a theme or region page (strategies, documents, activities, tables, chapters): the
 * page shows the first few and links to the whole list, paged at `/tema/<id>/<liste>/` and
 * `/regioner/<id>/<liste>/`. Pure functions of the site data.
 */
import type { SiteData } from '../site-data.ts';
import { chapterLabel, documentsOfRegion, sortStrategies } from '../site-views.ts';
import { documentKinds } from '../../schemas/document-kind.ts';
import { formatNumberNb } from '../format.ts';

/** One entry of a list: a link with a line of context; `group` starts a sub-heading (e.g. the region). */
export interface ListItem {
  href: string;
  label: string;
  meta?: string;
  group?: string;
}

/** A named list of a theme or region. @example { slug: 'strategier', title: 'Strategier', items: [...] } */
export interface ScopeList {
  slug: string;
  title: string;
  items: ListItem[];
}

/** Items shown on the theme or region page itself before «Alle …». */
export const FIRST_ITEMS = 6;

type Data = SiteData;
const docTitle = (data: Data, id: string) => data.documentById.get(id)?.title ?? id;
const tiltak = (n: number) => `${formatNumberNb(n)} tiltak`;

/** The lists of a theme page. Strategies are grouped by region so regions can be compared. */
export function themeLists(data: Data, themeId: string): ScopeList[] {
  const has = (list: { id: string }[]) => list.some((x) => x.id === themeId);
  const strategies = sortStrategies(data, data.strategies.filter((s) => has(s.themes)));
  const byRegion = [...data.regions.map((r) => ({ id: r.id, name: r.name })), { id: '', name: 'Uten region' }].flatMap((r) =>
    strategies.filter((s) => (r.id ? s.regions[0] === r.id : s.regions.length === 0)).map((s) => ({ href: s.url, label: `Strategi ${s.number}: ${s.title}`, meta: `${docTitle(data, s.documentId)} · ${tiltak(s.actions.length)}`, group: r.name })),
  );
  return [
    { slug: 'strategier', title: 'Strategier', items: byRegion },
    { slug: 'tall', title: 'Tall', items: data.datasets.filter((t) => has(t.themes)).map((t) => ({ href: t.url, label: t.title, meta: docTitle(data, t.documentId) })) },
    { slug: 'aktiviteter', title: 'Aktiviteter', items: data.activities.filter((a) => has(a.themes)).map((a) => ({ href: a.url, label: `Aktivitet ${a.number}: ${a.title}`, meta: docTitle(data, a.documentId) })) },
    { slug: 'kapitler', title: 'Kapitler', items: data.documents.flatMap((d) => d.chapters.filter((c) => has(c.themes)).map((c) => ({ href: c.url, label: chapterLabel(c), meta: d.title }))) },
  ];
}

/** The lists of a region page. */
export function regionLists(data: Data, regionId: string): ScopeList[] {
  const strategies = sortStrategies(data, data.strategies.filter((s) => s.regions.includes(regionId)));
  return [
    { slug: 'dokumenter', title: 'Dokumenter', items: documentsOfRegion(data, regionId).map((d) => ({ href: d.url, label: d.title, meta: `${documentKinds[d.kind]}${d.year ? ` · ${d.year}` : ''}` })) },
    { slug: 'strategier', title: 'Strategier', items: strategies.map((s) => ({ href: s.url, label: `Strategi ${s.number}: ${s.title}`, meta: `${docTitle(data, s.documentId)} · ${tiltak(s.actions.length)}` })) },
    { slug: 'tall', title: 'Tall', items: data.datasets.filter((t) => t.regions.includes(regionId)).map((t) => ({ href: t.url, label: t.title, meta: docTitle(data, t.documentId) })) },
    { slug: 'aktiviteter', title: 'Aktiviteter', items: data.activities.filter((a) => a.regions.includes(regionId)).map((a) => ({ href: a.url, label: `Aktivitet ${a.number}: ${a.title}`, meta: docTitle(data, a.documentId) })) },
  ];
}

/** One list by slug. */
export function listBySlug(lists: ScopeList[], slug: string): ScopeList {
  return lists.find((l) => l.slug === slug) ?? { slug, title: slug, items: [] };
}
