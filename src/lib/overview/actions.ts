/** The data index of the actions overview (`/tiltak/`): every action with region, theme, deadline year and responsible actors to filter on. */
import type { SiteData } from '../site-data.ts';
import { actionsInContext, actorLookup, cleanName, type ActionInContext } from '../site-views.ts';
import { urls } from '../urls.ts';
import type { Facet } from './filter.ts';
import type { ActionRow, OverviewIndex } from './model.ts';
import { facetValues, tableOf } from './facets.ts';

/** Deadline facet value: the year, `lopende` for continuous work, `ingen` when no year can be read. */
export function deadlineKey(a: ActionInContext): string {
  return a.action.timeframe.continuous ? 'lopende' : a.deadlineYear ? String(a.deadlineYear) : 'ingen';
}

const cache = new WeakMap<SiteData, OverviewIndex>();

/** The actions overview's index, built once per build. */
export function actionIndex(data: SiteData): OverviewIndex {
  let index = cache.get(data);
  if (!index) cache.set(data, (index = buildActionIndex(data)));
  return index;
}

function buildActionIndex(data: SiteData): OverviewIndex {
  const actions = actionsInContext(data);
  const find = actorLookup(data.actors);
  const docs = tableOf((d: { t: string; u: string }) => d.u);
  const strategies = tableOf((s: { n: string; t: string; u: string; d: number }) => s.u);
  const rows: ActionRow[] = actions.map((a) => {
    const d = docs.add({ t: a.document?.title ?? a.strategy.documentId, u: a.document?.url ?? '' });
    const s = strategies.add({ n: a.strategy.number, t: a.strategy.title, u: a.strategy.url, d });
    return {
      id: a.action.id, n: a.action.number, x: a.action.text, u: a.url, s,
      r: a.action.responsible.map((name) => [cleanName(name), find(name)?.url ?? '']),
      t: a.action.timeframe.text,
      f: { region: a.regions, tema: a.themes, frist: [deadlineKey(a)], ansvarlig: a.responsibleActorIds },
    };
  });
  const actorName = new Map(data.actors.map((a) => [a.id, cleanName(a.name)]));
  const facets: Facet[] = [
    { name: 'region', label: 'Region', all: 'Alle regioner', paged: true, values: facetValues(rows, 'region', data.regions.map((r) => ({ value: r.id, label: r.name }))) },
    { name: 'tema', label: 'Tema', all: 'Alle tema', paged: true, values: facetValues(rows, 'tema', data.themes.map((t) => ({ value: t.id, label: t.label }))) },
    { name: 'frist', label: 'Frist (år)', all: 'Alle frister', paged: true, values: deadlineValues(rows) },
    { name: 'ansvarlig', label: 'Hovedansvarlig', all: 'Alle aktører', paged: false, values: facetValues(rows, 'ansvarlig', [...actorName].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nb', { sensitivity: 'base' }))) },
  ];
  return { kind: 'tiltak', noun: ['tiltak', 'tiltak'], base: urls.actions(), csv: urls.dataFile('tiltak.csv'), facets, docs: docs.list, strategies: strategies.list, rows };
}

function deadlineValues(rows: ActionRow[]) {
  const keys = new Set(rows.flatMap((r) => r.f.frist));
  const years = [...keys].filter((k) => /^\d+$/.test(k)).sort().map((y) => ({ value: y, label: y }));
  return [...years, ...(keys.has('lopende') ? [{ value: 'lopende', label: 'Løpende' }] : []), ...(keys.has('ingen') ? [{ value: 'ingen', label: 'Uten lesbar frist' }] : [])];
}
