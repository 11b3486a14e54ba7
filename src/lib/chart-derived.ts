/**
 * Tables derived from the extracted data for charts that no document draws itself: actions by
 * deadline half-year, actions led per actor, population development per region. Each returns a
 * `DerivedTable` (a `ChartTable` with its notes), drawn with the same chart and table as a dataset.
 */
import type { Action, Dataset } from '../schemas/index.ts';
import type { ChartTable } from './chart-spec.ts';
import { formatNumberNb } from './format.ts';
import { periodBounds } from '../schemas/partial-date.ts';

/** A derived table: what the chart and the data table show, plus notes under the table. */
export type DerivedTable = ChartTable & { notes: string[] };

/** The half-year of an ISO date. @example halfYearOf('2015-03-31') // '1. halvår 2015' */
export function halfYearOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${month <= 6 ? 1 : 2}. halvår ${iso.slice(0, 4)}`;
}

/**
 * Counts actions per half-year of their deadline (`timeframe.to`), every half-year between the first
 * and the last included so gaps show. Continuous actions and those without a readable deadline are
 * named in a note, not drawn. Returns undefined when no action has a deadline.
 * @example actionsByDeadline(actions, 'Tiltak etter frist')?.columns // ['2. halvår 2014', '1. halvår 2015', …]
 */
export function actionsByDeadline(actions: Action[], title: string): DerivedTable | undefined {
  // a deadline counts in the half-year it ends in: `2015` in the second, `2015-01` in the first
  const dated = actions.map((a) => a.timeframe.to).filter((x): x is string => !!x).map((d) => periodBounds(d).end);
  if (dated.length === 0) return undefined;
  const key = (iso: string) => Number(iso.slice(0, 4)) * 2 + (Number(iso.slice(5, 7)) <= 6 ? 0 : 1);
  const keys = dated.map(key);
  const [lo, hi] = [Math.min(...keys), Math.max(...keys)];
  const counts = new Map<number, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const columns: string[] = [];
  const values: number[] = [];
  for (let k = lo; k <= hi; k++) {
    columns.push(`${(k % 2) + 1}. halvår ${Math.floor(k / 2)}`);
    values.push(counts.get(k) ?? 0);
  }
  const continuous = actions.filter((a) => !a.timeframe.to && a.timeframe.continuous).length;
  const undated = actions.length - dated.length - continuous;
  const notes = [
    `Diagrammet teller ${formatNumberNb(dated.length)} av ${formatNumberNb(actions.length)} tiltak etter halvåret for fristen.`,
    ...(continuous > 0 ? [`${formatNumberNb(continuous)} tiltak er løpende og har ingen frist.`] : []),
    ...(undated > 0 ? [`${formatNumberNb(undated)} tiltak har ingen frist som kan leses som dato.`] : []),
  ];
  return { title, unit: 'tiltak', columns, rows: [{ label: 'Tiltak med frist', values }], shape: 'categories', kind: 'bar', notes };
}

/**
 * The actors leading the most actions, most first (ties by name), at most `top` of them.
 * `led` maps an actor's display name to the number of actions it leads.
 */
export function actionsLedPerActor(led: Map<string, number>, title: string, top = 10): DerivedTable | undefined {
  const ranked = [...led.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb'));
  if (ranked.length === 0) return undefined;
  const shown = ranked.slice(0, top);
  const notes = ranked.length > top ? [`Viser de ${formatNumberNb(top)} aktørene med flest tiltak av ${formatNumberNb(ranked.length)} i alt.`] : [];
  return {
    title,
    unit: 'tiltak',
    columns: ['Tiltak med hovedansvar'],
    rows: shown.map(([label, n]) => ({ label, values: [n] })),
    shape: 'categories',
    kind: 'bar',
    horizontal: true,
    notes,
  };
}

const POPULATION = /befolkning|folketall|folkemengde|innbygger/i;

/** Whether a dataset is a population table. @example isPopulationDataset({ title: 'Befolkningsutvikling 2000–2013' }) // true */
export function isPopulationDataset(d: Pick<Dataset, 'title' | 'unit'>): boolean {
  return POPULATION.test(d.title) || POPULATION.test(d.unit ?? '');
}

/** Whether a row label names a place, e.g. `0501 Lillehammer` or `Lillehammer kommune` for `Lillehammer`. */
function labelNames(label: string, place: string): boolean {
  const clean = label.replace(/^\d{4}\s+/, '').replace(/\s+(kommune|i alt|totalt)$/i, '').trim().toLocaleLowerCase('nb');
  return clean === place.toLocaleLowerCase('nb');
}

/**
 * Population development for one region: the rows of every population dataset that name one of the
 * region's municipalities or the region itself, over that dataset's columns (the first dataset with
 * matching rows wins, so columns stay comparable). Undefined when no population table covers it.
 */
export function populationOfRegion(
  datasets: Dataset[],
  region: { id: string; name: string; municipalities: (string | { name: string })[] },
): (DerivedTable & { dataset: Dataset }) | undefined {
  const places = [region.name, ...region.municipalities.map((m) => (typeof m === 'string' ? m : m.name))];
  for (const d of datasets.filter(isPopulationDataset)) {
    const rows = d.rows.filter((r) => places.some((p) => labelNames(r.label, p)));
    if (rows.length === 0) continue;
    return {
      title: `Befolkningsutvikling i ${region.name}`,
      unit: d.unit ?? 'personer',
      columns: d.columns,
      rows: rows.map((r) => ({ label: r.label, values: r.values })),
      shape: 'time-series',
      notes: [`Fra tabellen «${d.title}».`],
      dataset: d,
    };
  }
  return undefined;
}
