/**
 * What a table's own totals settle. A row like `Hotell 612 340 398 115 655 870` under three year
 * columns can be read in ten ways; the sum row (`Sum`, `I alt`, `Totalt`, `Til saman`, or a last row
 * that adds up) usually leaves exactly one. Rows with fewer numbers than columns are placed the same
 * way. What the totals do not settle is left as written and said once for the table.
 */
import type { Dataset, DatasetRow } from '../../schemas/index.ts';
import { regions } from '../../data/regions.ts';
import { cmp, lostGroups, nearlyEqual, SUM_TITLE, sumsToLast, type Reading, type RowRead } from './numeric-row.ts';
import type { NumberCell } from './numbers.ts';

/** Combinations of row readings tried against the sums at most. */
const JOINT_SEARCH_MAX = 200_000;

/** How the numbers of every row were chosen. */
export interface ChosenReadings {
  cells: (NumberCell | null)[][];
  /** Rows whose reading nothing settled (more than one reading fits equally well). */
  unsettled: number[];
  /** The totals settled every ambiguous row. */
  bySums: boolean;
  /** Index of a last row that is a sum by its numbers although its label does not say so. */
  impliedSum?: number;
}

/** A column's cells add up only when they are whole amounts, not shares or rates. */
const summable = (c: NumberCell | null | undefined) => !!c && !c.percent && !c.text.includes(',');

/** True when rows `parts` add up to row `sum` in every summable column (and at least one column is checked). */
function addsUp(parts: (NumberCell | null)[][], sum: (NumberCell | null)[], k: number): boolean {
  let checked = 0;
  for (let c = 0; c < k; c++) {
    if (!summable(sum[c])) continue;
    const vals = parts.map((p) => p[c]);
    if (vals.some((v) => v && !summable(v))) continue;
    checked++;
    if (!nearlyEqual(vals.reduce((s, v) => s + (v?.value ?? 0), 0), sum[c]!.value)) return false;
  }
  return checked > 0;
}

/** Digits of a cell's whole part, for comparing magnitudes within a column. */
const digits = (c: NumberCell | null) => (c ? String(Math.round(Math.abs(c.value))).length : 0);
/** Digits a cell may differ from its column's typical number and still belong to it. */
const DIGITS_TOLERANCE = 1;

/** True when every short cell standing before a thousands group is as small as its column's other numbers. */
function lostCellsFit(cells: (NumberCell | null)[], typical: (number | undefined)[]): boolean {
  return cells.every((c, i) => {
    const lost = c && /^[-−–]?[1-9]\d{0,2}$/.test(c.text) && /^\d{3}(?:,\d+)?(?:\s|$)/.test(cells[i + 1]?.text ?? '');
    return !lost || (typical[i] !== undefined && Math.abs(digits(c) - typical[i]!) <= DIGITS_TOLERANCE);
  });
}

/** Readings of a row ranked: lost groups, splits the spacing does not show, magnitudes unlike the column's settled rows. */
function rankReadings(options: Reading[], typical: (number | undefined)[], spaced: boolean): Reading[] {
  const lost = (r: Reading) => r.cells.filter((c, i) => c && /^[-−–]?[1-9]\d{0,2}$/.test(c.text) && /^\d{3}(?:\s|$)/.test(r.cells[i + 1]?.text ?? '')).length;
  const spread = (r: Reading) => {
    const d = r.cells.map((c, i) => (typical[i] === undefined ? 0 : Math.abs(digits(c) - typical[i]!)));
    const n = r.cells.filter(Boolean).map((c) => c!.text.split(' ').length);
    return [d.reduce((a, b) => a + b, 0), n.length ? Math.max(...n) - Math.min(...n) : 0];
  };
  const key = (r: Reading) => [sumsToLast(r.cells) ? 0 : 1, lost(r), spaced ? r.splits : 0, ...spread(r)];
  return [...options].sort((a, b) => cmp(key(a), key(b)));
}

/** The typical number of digits per column among rows with one reading. */
function typicalDigits(options: Reading[][], k: number): (number | undefined)[] {
  return Array.from({ length: k }, (_, c) => {
    const ds = options.filter((o) => o.length === 1).map((o) => digits(o[0].cells[c])).filter((d) => d > 0).sort((a, b) => a - b);
    return ds.length ? ds[Math.floor(ds.length / 2)] : undefined;
  });
}

/** Every combination of the rows' options (index per row) that `accept` takes, stopping after two. */
function jointSolutions(options: Reading[][], rows: number[], accept: (choice: Map<number, Reading>) => boolean): Map<number, Reading>[] {
  const total = rows.reduce((n, r) => n * options[r].length, 1);
  if (total > JOINT_SEARCH_MAX) return [];
  const found: Map<number, Reading>[] = [];
  for (let n = 0; n < total && found.length < 2; n++) {
    let x = n;
    const choice = new Map<number, Reading>();
    for (const r of rows) {
      choice.set(r, options[r][x % options[r].length]);
      x = Math.floor(x / options[r].length);
    }
    if (accept(choice)) found.push(choice);
  }
  return found;
}

/** Tries the sum row at `sumAt` over the rows from `start`: the one combination of readings that adds up, if exactly one does. */
function settleBySum(options: Reading[][], start: number, sumAt: number, k: number): Map<number, Reading> | undefined {
  const rows = Array.from({ length: sumAt - start + 1 }, (_, i) => start + i);
  if (rows.length < 3 || !rows.some((r) => options[r].length > 1)) return undefined;
  const solutions = jointSolutions(options, rows, (choice) => addsUp(rows.slice(0, -1).map((r) => choice.get(r)!.cells), choice.get(sumAt)!.cells, k));
  return solutions.length === 1 ? solutions[0] : undefined;
}

/**
 * Chooses each row's reading with exactly `k` cells: the only one, else the one combination the
 * sum rows allow, else the best-ranked. Rows with no such reading keep their best reading.
 */
export function chooseReadings(rows: RowRead[], k: number, isSumLabel: (label: string) => boolean, sumColumn = false): ChosenReadings {
  const spaced = rows.map((r) => r.valueText.trim().split(/\s{2,}/).length >= 2);
  const exact = rows.map((r) => r.readings.filter((x) => x.cells.length === k));
  const typical = typicalDigits(exact.map((o) => o.filter((x) => !lostGroups(x.cells))), k);
  // a reading that splits off a bare `1` from `820 000` needs the column's other rows to have numbers that small
  const options = exact.map((o) => o.filter((x) => !lostGroups(x.cells) || lostCellsFit(x.cells, typical)));
  const chosen = new Map<number, Reading>();
  let bySums = true;
  let impliedSum: number | undefined;
  let start = 0;
  rows.forEach((r, i) => {
    if (!isSumLabel(r.label) || !options[i].length) return;
    const s = settleBySum(options, start, i, k);
    if (s) s.forEach((v, key) => chosen.set(key, v));
    start = i + 1;
  });
  const last = rows.length - 1;
  if (start === 0 && last >= 2 && options[last].length) {
    const s = settleBySum(options, 0, last, k);
    if (s) {
      s.forEach((v, key) => chosen.set(key, v));
      impliedSum = last;
    } else if (options.every((o) => o.length === 1) && addsUp(options.slice(0, last).map((o) => o[0].cells), options[last][0].cells, k)) impliedSum = last;
  }
  const unsettled: number[] = [];
  const cells = rows.map((r, i) => {
    const fixed = chosen.get(i);
    if (fixed) return fixed.cells;
    if (!options[i].length) return shortRowCells(r, k, sumColumn);
    const ranked = rankReadings(options[i], typical, spaced[i]);
    if (ranked.length > 1) {
      bySums = false;
      if (sameRank(ranked[0], ranked[1], typical, spaced[i])) unsettled.push(i);
    }
    return ranked[0].cells;
  });
  return { cells, unsettled, bySums, impliedSum };
}

/** A row with fewer numbers than columns: under a sum column, the one reading whose last number is the sum of the others. */
function shortRowCells(r: RowRead, k: number, sumColumn: boolean): (NumberCell | null)[] {
  if (!sumColumn) return r.cells;
  const proven = r.readings.filter((x) => x.cells.length < k && sumsToLast(x.cells));
  const distinct = new Set(proven.map((x) => x.cells.map((c) => c?.value).join('|')));
  return distinct.size === 1 ? proven[0].cells : r.cells;
}

/** True when two readings rank alike: nothing in the table tells them apart. */
function sameRank(a: Reading, b: Reading, typical: (number | undefined)[], spaced: boolean): boolean {
  const [first] = rankReadings([a, b], typical, spaced);
  const [second] = rankReadings([b, a], typical, spaced);
  return first !== second;
}

/** A row whose total is certain but whose other numbers could sit in more than one column. */
export interface Unplaced {
  index: number;
  values: number[];
  text: string;
  /** The row's numbers as written, shown when they cannot be placed. */
  written: string;
  line: number;
  label: string;
  total: number;
}

/** Every way to put n values in order into k slots. */
export function placements(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, acc: number[]) => {
    if (acc.length === n) return void out.push(acc);
    for (let c = start; c <= k - (n - acc.length); c++) walk(c + 1, [...acc, c]);
  };
  walk(0, []);
  return out;
}

/** The column sums of every row but the sum row, with the unplaced rows placed as `choice` says. */
function columnAddsUp(rows: DatasetRow[], sumRow: DatasetRow, unplaced: Unplaced[], options: number[][][], choice: number[], slots: number, percentColumn: boolean[]): boolean {
  for (let c = 0; c < slots; c++) {
    if (percentColumn[c] || sumRow.values[c] === null) continue;
    let s = 0;
    rows.forEach((r, ri) => {
      if (r === sumRow) return;
      const u = unplaced.findIndex((p) => p.index === ri);
      if (u >= 0) {
        const at = options[u][choice[u]].indexOf(c);
        s += at >= 0 ? unplaced[u].values[at] : 0;
      } else s += r.values[c] ?? 0;
    });
    if (!nearlyEqual(s, sumRow.values[c]!)) return false;
  }
  return true;
}

/**
 * Places rows with fewer numbers than columns by the sum row: if exactly one placement makes every
 * column add up, it is used and true returned; otherwise the rows stay unplaced (false).
 */
export function placeBySums(rows: DatasetRow[], columns: string[], unplaced: Unplaced[], percentColumn: boolean[]): boolean {
  const sumRow = rows.find((r) => r.isSum);
  const slots = columns.length - 1;
  const options = unplaced.map((u) => placements(u.values.length, slots));
  const total = options.reduce((n, o) => n * o.length, 1);
  if (!sumRow || total > JOINT_SEARCH_MAX) return false;
  const solutions: number[][] = [];
  const choice = new Array(unplaced.length).fill(0);
  for (let n = 0; n < total && solutions.length < 2; n++) {
    let x = n;
    for (let u = 0; u < unplaced.length; u++) {
      choice[u] = x % options[u].length;
      x = Math.floor(x / options[u].length);
    }
    if (columnAddsUp(rows, sumRow, unplaced, options, choice, slots, percentColumn)) solutions.push([...choice]);
  }
  if (solutions.length !== 1) return false;
  unplaced.forEach((u, n) =>
    options[n][solutions[0][n]].forEach((c, v) => {
      rows[u.index].values[c] = u.values[v];
      rows[u.index].texts = undefined;
    }),
  );
  return true;
}

/** Checks sum columns, sum rows and region rows equal to the rows above them; records every check. */
export function checkSums(rows: DatasetRow[], columns: string[], percentColumn: boolean[], checks: Dataset['sumChecks']): void {
  const sumCol = columns.findIndex((c) => SUM_TITLE.test(c));
  if (sumCol > 0 && !percentColumn[sumCol]) {
    for (const r of rows) {
      const parts = r.values.slice(0, sumCol).filter((_, c) => !percentColumn[c]);
      if (r.values[sumCol] === null || parts.some((v) => v === null) || !parts.length) continue;
      const actual = parts.reduce<number>((s, v) => s + (v as number), 0);
      checks.push({ what: `Raden «${r.label}»: tallene lagt sammen mot «${columns[sumCol]}»`, expected: r.values[sumCol]!, actual, ok: nearlyEqual(actual, r.values[sumCol]!) });
    }
  }
  rows.forEach((r, ri) => {
    const parts = partsOf(rows, ri);
    if (!parts) return;
    columns.forEach((col, c) => {
      if (percentColumn[c] || r.values[c] === null) return;
      const vals = parts.map((p) => p.values[c]);
      if (vals.some((v) => v === null)) return;
      const actual = vals.reduce<number>((s, v) => s + (v as number), 0);
      checks.push({ what: `Kolonnen «${col}»: radene over lagt sammen mot «${r.label}»`, expected: r.values[c]!, actual, ok: nearlyEqual(actual, r.values[c]!) });
    });
  });
}

/** The rows a sum or region row adds up: for `Sum …` every row above it; for a region, its municipalities. */
function partsOf(rows: DatasetRow[], ri: number): DatasetRow[] | undefined {
  const r = rows[ri];
  if (r.isSum) {
    const start = rows.slice(0, ri).map((x) => x.isSum).lastIndexOf(true) + 1;
    return rows.slice(start, ri);
  }
  const name = r.label.replace(/^\d{1,4}\s+/, '');
  const region = regions.find((g) => g.name === name || (g.aliases as readonly string[]).includes(name));
  if (region) {
    const members = rows.filter((x) => (region.municipalities as readonly string[]).includes(x.label.replace(/^\d{1,4}\s+/, '')));
    if (members.length >= 2 && members.length === region.municipalities.length) return members;
  }
  // `… totalt`, `…regionen`: the rows just above that add up to it in the first column
  if (/region|totalt|i alt/i.test(name)) {
    for (let k = 2; k <= Math.min(8, ri); k++) {
      const run = rows.slice(ri - k, ri);
      const c = r.values.findIndex((v) => v !== null);
      if (c >= 0 && run.every((x) => x.values[c] !== null) && nearlyEqual(run.reduce((s, x) => s + (x.values[c] ?? 0), 0), r.values[c]!)) return run;
    }
  }
  return undefined;
}
