/** The data index of the goals overview (`/mal/`): every goal with kind, region, theme and whether it has numeric targets. */
import { stringify as csvStringify } from 'csv-stringify/sync';
import type { SiteData } from '../site-data.ts';
import type { Goal } from '../../schemas/index.ts';
import { goalKindLabels } from '../../schemas/goal.ts';
import { formatNumberNb } from '../format.ts';
import { urls } from '../urls.ts';
import type { Facet } from './filter.ts';
import type { GoalRow, OverviewIndex } from './model.ts';
import { facetValues, tableOf } from './facets.ts';

/** Values of the «tall» facet: goals with and without numeric targets. */
export const TARGET_VALUES = [{ value: 'med-tall', label: 'Med tall' }, { value: 'uten-tall', label: 'Uten tall' }];

/** A numeric target as a reader says it. @example targetText({ from: 750, value: 2000, unit: 'arbeidsplasser', year: 2024 }) // 'fra 750 til 2 000 arbeidsplasser innen 2024' */
export function targetText(t: Goal['targets'][number]): string {
  return `${t.from !== undefined ? `fra ${formatNumberNb(t.from)} til ` : ''}${formatNumberNb(t.value)} ${t.unit}${t.year ? ` innen ${t.year}` : ''}`.trim();
}

/** Goals by document (as the site lists documents), then chapter, then as read; sorted once per build. */
export function sortedGoals(data: SiteData): Goal[] {
  let sorted = sortedCache.get(data);
  if (!sorted) sortedCache.set(data, (sorted = sortGoals(data)));
  return sorted;
}
const sortedCache = new WeakMap<SiteData, Goal[]>();

function sortGoals(data: SiteData): Goal[] {
  const docOrder = new Map(data.documents.map((d, i) => [d.id, i]));
  const chapterOrder = new Map(data.documents.flatMap((d) => d.chapters.map((c, i) => [`${d.id}/${c.id}`, i] as const)));
  const pos = new Map(data.goals.map((g, i) => [g.id, i]));
  const key = (g: Goal) => [docOrder.get(g.documentId) ?? 1e9, chapterOrder.get(`${g.documentId}/${g.chapterId}`) ?? 1e9, pos.get(g.id)!];
  return [...data.goals].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

const cache = new WeakMap<SiteData, OverviewIndex>();

/** The goals overview's index, built once per build. */
export function goalIndex(data: SiteData): OverviewIndex {
  let index = cache.get(data);
  if (!index) cache.set(data, (index = buildGoalIndex(data)));
  return index;
}

function buildGoalIndex(data: SiteData): OverviewIndex {
  const docs = tableOf((d: { t: string; u: string }) => d.u);
  const rows: GoalRow[] = sortedGoals(data).map((g) => {
    const doc = data.documentById.get(g.documentId);
    return {
      id: g.id, k: goalKindLabels[g.kind], x: g.text, u: g.url, d: docs.add({ t: doc?.title ?? g.documentId, u: doc?.url ?? '' }), g: g.targets.map(targetText),
      f: { type: [g.kind], region: g.regions, tema: g.themes.map((t) => t.id), tall: [g.targets.length ? 'med-tall' : 'uten-tall'] },
    };
  });
  const facets: Facet[] = [
    { name: 'type', label: 'Type mål', all: 'Alle typer', paged: true, values: facetValues(rows, 'type', Object.entries(goalKindLabels).map(([value, label]) => ({ value, label }))) },
    { name: 'tall', label: 'Tall', all: 'Med og uten tall', paged: true, values: facetValues(rows, 'tall', TARGET_VALUES) },
    { name: 'region', label: 'Region', all: 'Alle regioner', paged: true, values: facetValues(rows, 'region', data.regions.map((r) => ({ value: r.id, label: r.name }))) },
    { name: 'tema', label: 'Tema', all: 'Alle tema', paged: true, values: facetValues(rows, 'tema', data.themes.map((t) => ({ value: t.id, label: t.label }))) },
  ];
  return { kind: 'mal', noun: ['mål', 'mål'], base: urls.goals(), csv: `${urls.goals()}mal.csv`, facets, docs: docs.list, strategies: [], rows };
}

/** Every goal as CSV (BOM, `;`, CRLF, like /data/tiltak.csv), one row per goal, the goal's id first. */
export function goalsCsv(data: SiteData): string {
  const header = ['id', 'dokument', 'type', 'mål', 'tall', 'temaer', 'regioner', 'kilde', 'url'];
  const rows = sortedGoals(data).map((g) => [
    g.id, data.documentById.get(g.documentId)?.title ?? g.documentId, goalKindLabels[g.kind], g.text, g.targets.map(targetText).join('; '),
    g.themes.map((t) => t.id).join(', '), g.regions.join(', '), `${g.source.file}:${g.source.lines[0]}-${g.source.lines[1]}`, g.url,
  ]);
  return '\ufeff' + csvStringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ });
}
