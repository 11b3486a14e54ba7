/**
 * From a numeric table to a chart description: which chart (line, bar, dot plot), what is on the
 * axes, which axis format (number, percent, rank) and what the chart says to a screen reader.
 * Pure and serialisable, so the page renders it into a `data-chart` attribute and the client
 * script (src/scripts/charts.ts) only draws what it is given.
 */
import type { Dataset } from '../schemas/index.ts';
import { formatNumberNb, listNb } from './format.ts';

/** What a chart needs from a table: the dataset fields, or a derived table of the same form. */
export type ChartTable = Pick<Dataset, 'title' | 'columns' | 'rows' | 'shape'> & {
  unit?: string;
  /** Force the chart kind (derived counts per half-year are bars although their columns are periods). */
  kind?: 'bar' | 'line';
  /** Lay category bars horizontally (long labels, such as actor names). */
  horizontal?: boolean;
};

/** One drawn series: a row of the table, or a column when the table is drawn transposed. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

/** Everything the client script needs to draw one chart. */
export interface ChartSpec {
  /** `line` for time series, `bar` for categories, `dots` (points without lines) for rankings across categories. */
  kind: 'line' | 'bar' | 'dots';
  /** Labels along the category / time axis. */
  labels: string[];
  series: ChartSeries[];
  /** `percent` adds ` %` to ticks and tooltips; `rank` turns the value axis so 1 is on top. */
  axis: 'number' | 'percent' | 'rank';
  /** Unit shown in tooltips and as the value-axis title (not for percent). */
  unit?: string;
  /** Bars along the y axis. */
  horizontal: boolean;
  /** The canvas's `aria-label`: what the chart shows, in one sentence. */
  ariaLabel: string;
  /** What the chart leaves out that the table has (mixed units, totals far larger than the rest), in Norwegian. */
  omitted?: string;
}

const TIME_LABEL = [
  /^(1[89]|20)\d{2}$/, // 2013
  /^(1[89]|20)\d{2}\s*[KQ][1-4]$/i, // 2010K4
  /^\d{1,2}\.\d{1,2}\.(1[89]|20)\d{2}$/, // 31.12.2013
  /^(1[89]|20)\d{2}\s*[-–]\s*(\d{2}|\d{4})$/, // 2014–2015
  /^[12]\.\s*halvår\s+(1[89]|20)\d{2}$/i, // 1. halvår 2015
  /^(1[89]|20)\d{2}-\d{2}(-\d{2})?$/, // 2015-03
];

/** Whether a column or row heading names a point in time. @example isTimeLabel('2010K4') // true */
export function isTimeLabel(label: string): boolean {
  const s = label.trim();
  return TIME_LABEL.some((re) => re.test(s));
}

/** Whether every label is a time and there are at least two of them. */
function isTimeAxis(labels: string[]): boolean {
  return labels.length >= 2 && labels.every(isTimeLabel);
}

/** Whether a table's values are shares in percent. */
export function isPercent(t: Pick<ChartTable, 'shape' | 'unit'>): boolean {
  return t.shape === 'shares' || /^%|prosent/i.test(t.unit?.trim() ?? '');
}

/**
 * The rows a chart draws: every row except sum rows (a sum drawn beside its parts dwarfs them;
 * the table under the chart keeps it).
 */
export function chartRows(t: Pick<ChartTable, 'rows'>): ChartTable['rows'] {
  const parts = t.rows.filter((r) => !r.isSum);
  return parts.length > 0 ? parts : t.rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Narrows a mixed table to what one chart can show honestly: percentage columns beside absolute
 * numbers (`Folketall … Vekst siden 2000 %`) are left out, and so are rows far larger than the rest
 * (`Hele landet` beside municipalities), which would flatten every other bar. The table keeps them all.
 * @example chartSelection({ columns: ['2000', 'Vekst %'], rows: [...], shape: 'time-series', title: '' }).columns // [0]
 */
export function chartSelection(t: Pick<ChartTable, 'columns' | 'rows' | 'shape' | 'unit'>): { columns: number[]; rows: ChartTable['rows']; omitted?: string } {
  const rows = chartRows(t);
  const texts = (i: number) => rows.map((r) => ('texts' in r && Array.isArray(r.texts) ? (r.texts[i] as string | null) : null)).filter((x): x is string => !!x);
  const percentCol = t.columns.map((_, i) => {
    const ts = texts(i);
    return ts.length > 0 && ts.every((x) => /%\s*$/.test(x));
  });
  let columns = t.columns.map((_, i) => i);
  const notes: string[] = [];
  if (!isPercent(t) && percentCol.some(Boolean) && percentCol.some((p) => !p)) {
    const dropped = columns.filter((i) => percentCol[i]).map((i) => t.columns[i]);
    columns = columns.filter((i) => !percentCol[i]);
    notes.push(`prosentkolonnene (${listNb(dropped)})`);
  }
  // columns of another order of magnitude measure something else (quarterly growth beside population): keep the largest kind
  const colSize = (i: number) => median(rows.map((r) => Math.abs(r.values[i] ?? 0)).filter((v) => v > 0));
  const biggest = Math.max(0, ...columns.map(colSize));
  const small = biggest > 0 ? columns.filter((i) => colSize(i) * 20 < biggest) : [];
  if (small.length > 0 && small.length < columns.length) {
    columns = columns.filter((i) => !small.includes(i));
    notes.push(`kolonnene med mye mindre tall (${listNb(small.map((i) => t.columns[i]))})`);
  }
  const size = (r: ChartTable['rows'][number]) => Math.max(0, ...columns.map((i) => Math.abs(r.values[i] ?? 0)));
  let kept = rows;
  if (rows.length >= 5 && t.shape !== 'ranking') {
    const m = median(rows.map(size));
    const big = m > 0 ? rows.filter((r) => size(r) > 5 * m) : [];
    if (big.length > 0 && big.length <= rows.length / 3) {
      kept = rows.filter((r) => !big.includes(r));
      notes.push(`${listNb(big.map((r) => r.label))}, som har mye større tall enn de andre radene`);
    }
  }
  return { columns, rows: kept, omitted: notes.length ? `Figuren viser ikke ${notes.join(', og heller ikke ')}. Alle tallene står i tabellen.` : undefined };
}

/**
 * Chooses the chart for a table from its shape: years or dates along the columns (or rows) → lines,
 * categories → bars, shares → bars or lines on a percent axis, rankings → an inverted axis (dots
 * across categories, lines over time).
 * @example chartSpecFor({ title: 'Folketall', columns: ['2000', '2013'], rows: [{ label: 'Øyer', values: [4 900, 5 000] }], shape: 'time-series' }).kind // 'line'
 */
export function chartSpecFor(full: ChartTable): ChartSpec {
  const selection = chartSelection(full);
  const t: ChartTable = { ...full, columns: selection.columns.map((i) => full.columns[i]) };
  const rows = selection.rows.map((r) => ({ ...r, values: selection.columns.map((i) => r.values[i] ?? null) }));
  const rowLabels = rows.map((r) => r.label);
  let labels: string[];
  let series: ChartSeries[];
  let time: boolean;
  if (isTimeAxis(t.columns)) {
    [labels, series, time] = [t.columns, rows.map((r) => ({ label: r.label, values: r.values })), true];
  } else if (isTimeAxis(rowLabels)) {
    [labels, series, time] = [rowLabels, transpose(t.columns, rows), true];
  } else if (rows.length >= t.columns.length || t.columns.length === 1) {
    // categories down the rows (municipalities, actors): one bar group per row, one series per column
    [labels, series, time] = [rowLabels, transpose(t.columns, rows), false];
  } else {
    [labels, series, time] = [t.columns, rows.map((r) => ({ label: r.label, values: r.values })), false];
  }
  const axis: ChartSpec['axis'] = t.shape === 'ranking' ? 'rank' : isPercent(t) ? 'percent' : 'number';
  const kind: ChartSpec['kind'] = t.kind ?? (time ? 'line' : axis === 'rank' ? 'dots' : 'bar');
  const horizontal = kind === 'bar' && (t.horizontal ?? (labels.length > 8 || Math.max(0, ...labels.map((l) => l.length)) > 16));
  const spec: Omit<ChartSpec, 'ariaLabel'> = { kind, labels, series, axis, unit: axis === 'percent' ? '%' : t.unit?.trim() || undefined, horizontal };
  return { ...spec, ariaLabel: describeChart(t.title, spec), ...(selection.omitted ? { omitted: selection.omitted } : {}) };
}

function transpose(columns: string[], rows: ChartTable['rows']): ChartSeries[] {
  return columns.map((c, i) => ({ label: c, values: rows.map((r) => r.values[i] ?? null) }));
}

const KIND_WORD: Record<ChartSpec['kind'], string> = { line: 'Linjediagram', bar: 'Stolpediagram', dots: 'Punktdiagram' };

/**
 * One sentence for the canvas's `aria-label`: kind, title, what the series and the axis are, the range.
 * @example describeChart('Folketall', spec) // 'Linjediagram: Folketall. 3 serier (Lillehammer, Øyer og Gausdal) fra 2000 til 2013, i personer. Tallene står i tabellen.'
 */
export function describeChart(title: string, s: Omit<ChartSpec, 'ariaLabel'>): string {
  const names = s.series.map((x) => x.label);
  const seriesText = names.length === 1 ? '' : ` ${formatNumberNb(names.length)} serier (${names.length <= 5 ? listNb(names) : `${listNb(names.slice(0, 4))} med flere`})`;
  const first = s.labels[0] ?? '';
  const last = s.labels[s.labels.length - 1] ?? '';
  const span = s.kind === 'line' ? ` fra ${first} til ${last}` : ` for ${formatNumberNb(s.labels.length)} kategorier`;
  const axisText = s.axis === 'percent' ? ', i prosent' : s.axis === 'rank' ? ', rangering der 1 er best (øverst)' : s.unit ? `, i ${s.unit}` : '';
  const values = s.series.flatMap((x) => x.values).filter((v): v is number => v !== null);
  const range = values.length > 0 ? ` Verdier fra ${formatValue(Math.min(...values), s)} til ${formatValue(Math.max(...values), s)}.` : '';
  const body = `${seriesText}${span}${axisText}`.trim();
  const sentence = body.charAt(0).toUpperCase() + body.slice(1);
  return `${KIND_WORD[s.kind]}: ${title.replace(/[.:]\s*$/, '')}. ${sentence}.${range} Tallene står i tabellen.`.replace(/ {2,}/g, ' ');
}

/** A value as shown on ticks and tooltips. @example formatValue(12.8, { axis: 'percent' }) // '12,8 %' */
export function formatValue(v: number | null, s: Pick<ChartSpec, 'axis' | 'unit'>): string {
  if (v === null) return 'mangler';
  if (s.axis === 'percent') return `${formatNumberNb(v)} %`;
  if (s.axis === 'rank') return `nr. ${formatNumberNb(v)}`;
  return formatNumberNb(v);
}
