/**
 * The data of a theme page (`/tema/<id>/`) and a region page (`/regioner/<id>/`): the long lists
 * (first few shown, the whole list one link away), the actions and goals in scope, the figures drawn
 * on the page, and — for a region — its themes and member municipalities. Pure functions of the
 * site data; the pages are markup over them.
 */
import type { SiteData } from '../site-data.ts';
import type { Goal } from '../../schemas/index.ts';
import { actionsInContext, type ActionInContext } from '../site-views.ts';
import { urls } from '../urls.ts';
import { sortedGoals } from './goals.ts';
import { listBySlug, regionLists, themeLists, type ScopeList } from './scope-lists.ts';
import { municipalityByName } from '../../data/regions.ts';

/** Goals shown on a theme or region page before «Alle mål …». */
export const FIRST_GOALS = 3;
/** Figures (each a chart with its table) shown on a theme or region page before «Alle tabeller». */
export const FIRST_FIGURES = 1;

/** What a theme or region page shows. */
export interface ScopePage {
  /** One of the page's long lists by slug (`strategier`, `tall`, …); empty when the scope has none. */
  list(slug: string): ScopeList;
  /** Address of a whole list. @example listHref('strategier') // '/tema/ikt/strategier/' */
  listHref(slug: string): string;
  actions: ActionInContext[];
  goals: Goal[];
  /** The figures drawn on the page itself. */
  firstDatasets: SiteData['datasets'];
}

/** Which items of each kind belong to a scope. */
interface Scope {
  href: string;
  lists: ScopeList[];
  action(a: ActionInContext): boolean;
  goal(g: Goal): boolean;
  dataset(t: SiteData['datasets'][number]): boolean;
}

function scopePage(data: SiteData, scope: Scope): ScopePage {
  return {
    list: (slug) => listBySlug(scope.lists, slug),
    listHref: (slug) => `${scope.href}${slug}/`,
    actions: actionsInContext(data).filter(scope.action),
    goals: sortedGoals(data).filter(scope.goal),
    firstDatasets: data.datasets.filter(scope.dataset).slice(0, FIRST_FIGURES),
  };
}

/** The data of a theme's page. */
export function themePage(data: SiteData, themeId: string): ScopePage {
  const has = (list: { id: string }[]) => list.some((x) => x.id === themeId);
  return scopePage(data, { href: urls.theme(themeId), lists: themeLists(data, themeId), action: (a) => a.themes.includes(themeId), goal: (g) => has(g.themes), dataset: (t) => has(t.themes) });
}

/** A member municipality with its kommunenummer before 2020, in 2020–2023 and now, and its county. */
export interface RegionMember {
  name: string;
  before: string;
  in2020: string;
  now: string;
  county: string;
}

/** What a region's page shows beyond a theme page: the themes of its strategies and its municipalities. */
export interface RegionPage extends ScopePage {
  themeCounts: Array<{ t: SiteData['themes'][number]; n: number }>;
  members: RegionMember[];
}

/** The data of a region's page. */
export function regionPage(data: SiteData, region: SiteData['regions'][number]): RegionPage {
  const id = region.id;
  const page = scopePage(data, { href: urls.region(id), lists: regionLists(data, id), action: (a) => a.regions.includes(id), goal: (g) => g.regions.includes(id), dataset: (t) => t.regions.includes(id) });
  const strategies = data.strategies.filter((s) => s.regions.includes(id));
  const themeCounts = data.themes.map((t) => ({ t, n: strategies.filter((s) => s.themes.some((x) => x.id === t.id)).length })).filter((x) => x.n > 0);
  return { ...page, themeCounts, members: region.municipalities.map(regionMember) };
}

function regionMember(name: string): RegionMember {
  const m = municipalityByName.get(name);
  return { name, before: m?.before2020.map((b) => (b.name ? `${b.number} ${b.name}` : b.number)).join(', ') || m?.number || '', in2020: m?.number2020 ?? m?.number ?? '', now: m?.number ?? '', county: m?.county ?? '' };
}
