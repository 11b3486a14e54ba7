/**
 * Collects a numeric table's rows under its header: one line per row, or a label wrapped over the
 * lines around its numbers (`Offentlig administrasjon og` / `forsvar` / `2 302 5,8 %`, or
 * `Offentlig administrasjon, undervisning, 1 135 …` / `helse og sosial`). The table ends at the
 * source line (`Kilde:`, `Kjelde:`) or at the first line that is neither row nor label.
 */
import { SOURCE_LINE_WORDS } from '../../vocabulary/units.ts';
import { nameJoiners } from '../../vocabulary/organisations.ts';
import { OBJECT_PREPOSITIONS } from '../../vocabulary/action-table.ts';
import { wordAlternation } from '../../vocabulary/time.ts';
import type { SourceLine } from '../types.ts';
import { joinLines } from '../segment.ts';
import type { HeaderRead } from './numeric-header.ts';
import { readRow, readValuesOnly, type RowRead } from './numeric-row.ts';
import type { Flat } from './numeric-title.ts';

/** A row of the table: its label (wrapped lines joined), its lines and its numbers. */
export interface TableRow {
  label: string;
  lines: SourceLine[];
  read: RowRead;
}

/** `Kilde: SSB, tabell 07459` under a table. */
const SOURCE_LINE = new RegExp(`^(?:${wordAlternation(SOURCE_LINE_WORDS)})\\s*:`, 'iu');
/** A label line is short; a longer line without numbers is prose. */
const LABEL_LINE_LENGTH_MAX = 60;
/** Wrapped label lines waiting for their numbers, at most. */
const PENDING_LABEL_LINES_MAX = 2;
/** Title lines between a header of years and the first row, at most. */
const TITLE_LINES_MAX = 6;
/** More cells than the header has columns a row may show before it ends the table (titles below the header may add columns). */
const EXTRA_COLUMNS_FROM_TITLES = 3;

const isLabelLine = (l: SourceLine) => l.text.length <= LABEL_LINE_LENGTH_MAX && !l.bullet && /\p{L}/u.test(l.text) && !/[.:;!?]$/.test(l.text) && !SOURCE_LINE.test(l.text);

/** Words that leave a label open at its line's end (`Deltakere på kurs og`, `Reiser til`): joiners and prepositions. */
const OPEN_LABEL_WORDS: ReadonlySet<string> = new Set([...nameJoiners, ...OBJECT_PREPOSITIONS]);
/** A label left open at its line's end: such a word, a hyphen or a comma (`Kultur-`). */
const labelLeftOpen = (label: string) => /[-,]$/.test(label) || OPEN_LABEL_WORDS.has(label.split(/\s+/).at(-1)!.toLowerCase());

/**
 * A lower-case line after a row continues that row's label (`Deltakere på kurs og  312  355` / `arrangementer`)
 * when a row or the source line follows it, or when it ends the table's block and the label was left open.
 */
function labelGoesOn(prev: TableRow, flat: Flat[], k: number, expected: number | undefined, opts: RowOptions): boolean {
  const next = flat[k + 1];
  if (next && (readRow(next.line, expected, opts.names) || SOURCE_LINE.test(next.line.text))) return true;
  return next?.block !== flat[k].block && labelLeftOpen(prev.label);
}

/** How the rows are read: under a name header a year may be the label; a labelled header fixes the column count. */
export interface RowOptions { names: boolean; labelled: boolean }

/** Column-title lines under a header of years (`Total økning` / `%`): short lines without numbers before the first row. */
function titleLinesUnder(flat: Flat[], j: number, opts: RowOptions): SourceLine[] {
  const out: SourceLine[] = [];
  while (j + out.length < flat.length && out.length < TITLE_LINES_MAX) {
    const l = flat[j + out.length].line;
    if (readRow(l, undefined, opts.names) || l.text.length > 120 || /\d,\d/.test(l.text)) break;
    out.push(l);
  }
  return out;
}

/** True when a row read fits the header: enough cells, and not far more than the columns. */
function fitsHeader(read: RowRead, header: HeaderRead, opts: RowOptions, titled: boolean): boolean {
  const k = header.columns.length;
  if (opts.labelled) return read.readings.some((r) => r.cells.length === k) || (k > 2 && read.cells.length >= k - 1 && read.cells.length < k);
  if (read.readings.some((r) => r.cells.length === k)) return true;
  return read.cells.length <= k + (titled ? EXTRA_COLUMNS_FROM_TITLES : 0) + 2 && read.cells.length >= Math.min(2, k);
}

/** The line at `k` is a line of numbers, or a lower-case label line followed by one: wrapped label lines may wait for it. */
function numbersFollow(flat: Flat[], k: number, expected: number | undefined): boolean {
  const l = flat[k]?.line;
  if (!l) return false;
  if (readValuesOnly(l, expected) || /^\p{Ll}/u.test(readRow(l, expected)?.label ?? '')) return true;
  return isLabelLine(l) && /^\p{Ll}/u.test(l.text) && !!flat[k + 1] && !!readValuesOnly(flat[k + 1].line, expected);
}

/**
 * The rows under the header at `i`; undefined when none read.
 * @example collectRows(flat, i, header, opts)?.rows.map((r) => r.label) // ['Bømlo', 'Fitjar', …, 'Sum']
 */
export function collectRows(flat: Flat[], i: number, header: HeaderRead, opts: RowOptions): { rows: TableRow[]; titleLines: SourceLine[]; pageNumbers: SourceLine[]; end: number } | undefined {
  const head = flat[i].line;
  const first = i + 1 + (header.continued ?? 0);
  const titleLines = opts.labelled ? [] : titleLinesUnder(flat, first, opts);
  const expected = opts.labelled || !titleLines.length ? header.columns.length : undefined;
  const rows: TableRow[] = [];
  const pageNumbers: SourceLine[] = [];
  let pending: SourceLine[] = [];
  let end = -1;
  for (let k = first + titleLines.length; k < flat.length; k++) {
    const line = flat[k].line;
    if (line.text === head.text && rows.length) continue; // header repeated after a page break
    if (SOURCE_LINE.test(line.text)) break;
    // a bare page number the normaliser kept between two rows: no cell, but named in the notes so it is shown
    if (/^\d{1,3}$/.test(line.text) && rows.length && !pending.length && k + 1 < flat.length && readRow(flat[k + 1].line, undefined, opts.names)) {
      pageNumbers.push(line);
      continue;
    }
    const read = readRow(line, expected, opts.names) ?? (pending.length ? readValuesOnly(line, expected) : undefined);
    if (read && fitsHeader(read, header, opts, titleLines.length > 0)) {
      const label = joinLines([...pending.map((l) => l.text), read.label]);
      rows.push({ label, lines: [...pending, line], read: { ...read, label } });
      pending = [];
      end = k;
      continue;
    }
    if (read || !isLabelLine(line)) break;
    const prev = rows[rows.length - 1];
    if (/^\p{Ll}/u.test(line.text) && !pending.length && prev && labelGoesOn(prev, flat, k, expected, opts)) {
      prev.label = joinLines([prev.label, line.text]);
      prev.read = { ...prev.read, label: prev.label };
      prev.lines.push(line);
      end = k;
      continue;
    }
    if (pending.length < PENDING_LABEL_LINES_MAX && numbersFollow(flat, k + 1, expected)) {
      pending.push(line);
      continue;
    }
    break;
  }
  return rows.length ? { rows, titleLines, pageNumbers, end } : undefined;
}
