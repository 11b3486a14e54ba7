/**
 * One row of a numeric table read from its line: the label, then every way to read the numbers after
 * it. PDF extraction keeps runs of spaces between cells in some documents and single spaces in others,
 * where `214 300 188 900` can be two numbers or one; the readings are all kept here, and the table
 * (its header's column count and its sum row) chooses among them (numeric-sums.ts).
 */
import { MISSING_CELL_MARKS, SUM_TAIL_WORDS, SUM_WORDS } from '../../vocabulary/units.ts';
import { wordAlternation } from '../../vocabulary/time.ts';
import type { SourceLine } from '../types.ts';
import { numberTokens, readNumberRuns, type NumberCell } from './numbers.ts';

/** A year, quarter or date used as a column key: `2015`, `2010K4`, `31.12.2013`, `1.1.2000`, `2015/16`. */
export const TIME_KEY = /^(?:(?:19|20)\d{2}(?:[KkQq][1-4]|\/\d{2}|-(?:19|20)?\d{2})?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})$/;
/** Column titles that mean a sum. */
export const SUM_TITLE = new RegExp(`^(${wordAlternation(SUM_WORDS)})$`, 'i');
/** Row labels that mean a sum: `Sum`, `Sum finansiering`, `Totalt`, `Til sammen`, `I alt`, `Salten i alt`. */
export const SUM_LABEL = new RegExp(`^(${wordAlternation(SUM_WORDS)})(?![\\p{L}])|(?<![\\p{L}])(${wordAlternation(SUM_TAIL_WORDS)})$`, 'iu');
/** Cells written for a missing value. */
export const MISSING = new RegExp(`^(?:${wordAlternation(MISSING_CELL_MARKS)})$`);
/** Municipality or county number before a name: `0501`, `05`, `0`. */
export const CODE = /^\d{1,4}$/;

/** Readings of a row tried at most; a row of 12 ambiguous groups has far fewer. */
const MAX_READINGS = 500;
/** Readings of one run of numbers tried at most (`3 212 400 4 880 150 …` under five columns has a few hundred). */
const RUN_READINGS_MAX = 2000;

/** One reading of a row's numbers: the cells and how many numbers stood inside one space-separated chunk. */
export interface Reading {
  cells: (NumberCell | null)[];
  /** Numbers beyond one per run-of-spaces chunk: splits the PDF's spacing does not show. */
  splits: number;
}

/** A row's line cut into its label and the text of its numbers. */
export interface RowText {
  label: string;
  valueText: string;
}

const hasLetter = (t: string) => /\p{L}/u.test(t);

/**
 * Cuts a row line into its label and the numbers after it: the label runs to the last word with
 * letters (plus signs and period keys glued to it, `Utvikling i % 08-13`).
 * @example splitRowText('Bodø           30 412      30 955') // { label: 'Bodø', valueText: '           30 412      30 955' }
 */
export function splitRowText(line: SourceLine, yearLabel = false): RowText | undefined {
  const raw = line.raw.replace(/[\u00a0\t]/g, ' ').trim();
  const tokens = raw.split(/\s+/);
  let cut = 0;
  tokens.forEach((t, i) => {
    if (hasLetter(t) && !/^\(?\d/.test(t) && !MISSING.test(t)) cut = i + 1;
    // `Inngående saldo 01.01.2023 2 846 300`: a date belongs to the label
    else if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t) && cut === i) cut = i + 1;
  });
  while (cut > 0 && cut < tokens.length && (/^%$/.test(tokens[cut]) || /^\d{2}-\d{2}$/.test(tokens[cut]))) cut++;
  if (cut === 0) {
    if (!yearLabel || !TIME_KEY.test(tokens[0])) return undefined;
    cut = 1;
  }
  const label = tokens.slice(0, cut).join(' ');
  if (label.length > 90 || /[.:;]$/.test(label)) return undefined;
  const valueText = raw.slice(nthTokenEnd(raw, cut));
  return valueText.trim() ? { label, valueText } : undefined;
}

/** The readings of one chunk (text between runs of spaces): missing marks are cells of their own. */
function chunkReadings(chunk: string, maxCells: number): (NumberCell | null)[][] | undefined {
  const parts: (NumberCell | null)[][][] = [];
  let cur: string[] = [];
  const flush = (): boolean => {
    if (!cur.length) return true;
    const r = readNumberRuns(cur, RUN_READINGS_MAX, maxCells);
    cur = [];
    if (!r.length) return false;
    parts.push(r);
    return true;
  };
  for (const t of numberTokens(chunk)) {
    if (MISSING.test(t)) {
      if (!flush()) return undefined;
      parts.push([[null]]);
    } else cur.push(t);
  }
  if (!flush()) return undefined;
  return combine(parts);
}

/**
 * Every way to read the numbers of a row's value text; undefined when it holds anything but numbers.
 * @example valueReadings('612 340 398 115').length // 4 ways: 612340|398115, 612|340398|115, …
 */
export function valueReadings(valueText: string, maxCells = Infinity): Reading[] | undefined {
  const chunks = valueText.split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
  let all: Reading[] = [{ cells: [], splits: 0 }];
  for (const chunk of chunks) {
    const options = chunkReadings(chunk, maxCells);
    if (!options?.length) return undefined;
    const next: Reading[] = [];
    for (const a of all) for (const o of options) if (next.length < MAX_READINGS) next.push({ cells: [...a.cells, ...o], splits: a.splits + Math.max(0, o.length - 1) });
    all = next;
  }
  return all.length ? all : undefined;
}

/** One row read from a line: label, the numbers as written and whether the split was certain. */
export interface RowRead {
  label: string;
  cells: (NumberCell | null)[];
  /** More than one way to read the numbers gave the expected count. */
  ambiguous: boolean;
  /** Every reading of the numbers, for the table to choose from. */
  readings: Reading[];
  /** The numbers as written. */
  valueText: string;
}

/**
 * Reads a row line: the label, then the numbers; runs of spaces separate cells, and inside a run
 * readings with `expected` numbers are preferred.
 */
export function readRow(line: SourceLine, expected?: number, yearLabel = false): RowRead | undefined {
  const split = splitRowText(line, yearLabel);
  if (!split) return undefined;
  return readValues(split.label, split.valueText, expected);
}

/** Reads a line of numbers only (a row whose label stands on the lines above). */
export function readValuesOnly(line: SourceLine, expected?: number): RowRead | undefined {
  const raw = line.raw.replace(/[\u00a0\t]/g, ' ').trim();
  if (!raw || hasLetter(raw.replace(/%|prosent/gi, ''))) return undefined;
  return readValues('', raw, expected);
}

/** A bare `1` before `820 000` is a lost group, unless nothing else reads. */
export function lostGroups(cells: (NumberCell | null)[]): number {
  return cells.filter((c, i) => c !== null && /^[-−–]?[1-9]\d{0,2}$/.test(c.text) && /^\d{3}(?:,\d+)?(?:\s|$)/.test(cells[i + 1]?.text ?? '')).length;
}

const sumOf = (cells: (NumberCell | null)[]) => cells.reduce((s, c) => s + (c?.value ?? 0), 0);
export const nearlyEqual = (a: number, b: number) => Math.abs(a - b) < 0.5 + 1e-9 * Math.abs(b);
/** The last number is the sum of the others: a reading proven by its own row. */
export const sumsToLast = (cells: (NumberCell | null)[]) => cells.length > 2 && cells.every((c) => c) && nearlyEqual(sumOf(cells.slice(0, -1)), cells[cells.length - 1]!.value);

/** Ranks readings (lower is better): proven by its sum, no lost groups, the expected count, fewest splits. */
function rankOf(r: Reading, expected: number | undefined, spaced: boolean): number[] {
  const sumOk = sumsToLast(r.cells);
  const proven = expected !== undefined && r.cells.length === expected && sumOk ? 0 : 1;
  return [proven, lostGroups(r.cells), expected !== undefined ? Math.abs(expected - r.cells.length) : 0, sumOk ? 0 : 1, spaced ? r.splits : -r.cells.length];
}

function readValues(label: string, valueText: string, expected?: number): RowRead | undefined {
  // with a column count known, readings with more numbers are not built (a long row has thousands)
  const readings = (expected !== undefined ? valueReadings(valueText, expected) : undefined) ?? valueReadings(valueText);
  if (!readings) return undefined;
  const spaced = valueText.trim().split(/\s{2,}/).length >= 2;
  let cands = readings;
  if (expected !== undefined) {
    const fit = cands.filter((r) => r.cells.length <= expected);
    if (fit.length) cands = fit;
  }
  const ranked = cands.map((r) => ({ r, rank: rankOf(r, expected, spaced) })).sort((a, b) => cmp(a.rank, b.rank));
  const top = ranked.filter((x) => cmp(x.rank, ranked[0].rank) === 0);
  const distinct = new Set(top.map((x) => x.r.cells.map((c) => c?.value ?? 'x').join('|')));
  return { label, cells: ranked[0].r.cells, ambiguous: distinct.size > 1, readings, valueText };
}

/** Compares two rank vectors. */
export function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function nthTokenEnd(raw: string, n: number): number {
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  let end = 0;
  for (let i = 0; i < n && (m = re.exec(raw)); i++) end = m.index + m[0].length;
  return end;
}

function combine<T>(parts: T[][][]): T[][] {
  let acc: T[][] = [[]];
  for (const options of parts) {
    const next: T[][] = [];
    for (const a of acc) for (const o of options) if (next.length < MAX_READINGS) next.push([...a, ...o]);
    acc = next;
  }
  return acc;
}
