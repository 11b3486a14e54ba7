/**
 * Numeric tables flattened by PDF extraction: a header line of years or dates (`2010K4`,
 * `31.12.2013`) or of column names (`0501 Lillehammer 0521 Øyer …`), maybe further header lines
 * of column titles, then one line per row: a label (`0501 Lillehammer`) followed by Norwegian
 * numbers. Cells are separated by runs of spaces where the PDF kept them, by single spaces where
 * it did not; then the header's column count and the grouping rules decide, and what cannot be
 * decided is said in the dataset's notes instead of guessed.
 */
import type { Dataset, DatasetRow } from '../../schemas/index.ts';
import { municipalities, regions } from '../../data/regions.ts';
import { urls } from '../../lib/urls.ts';
import { sourceOf, type SourceLine } from '../types.ts';
import { blockOf, type Block } from '../segment.ts';
import { numberTokens, readNumberRuns, type NumberCell } from './numbers.ts';

export interface NumericTableMatch { kind: 'numeric-table'; dataset: Dataset; first: number; last: number }

export interface NumericTableContext {
  file: string;
  documentId: string;
  chapterId?: string;
  /** Gives the next local id, e.g. `tabell-3`. */
  nextLocalId: () => string;
  /** Title to use when no title line stands above the table, e.g. the section heading `Finansieringsplan`. */
  titleHint?: string;
}

/** A year, quarter or date used as a column key: `2015`, `2010K4`, `31.12.2013`, `1.1.2000`, `2015/16`. */
const TIME_KEY = /^(?:(?:19|20)\d{2}(?:[KkQq][1-4]|\/\d{2}|-(?:19|20)?\d{2})?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})$/;
/** Column titles that mean a sum. */
const SUM_TITLE = /^(sum|totalt?|til sammen|i alt)$/i;
/** Row labels that mean a sum: `Sum`, `Sum finansiering`, `Totalt`, `Til sammen`, `I alt`. */
const SUM_LABEL = /^(sum|totalt?|til sammen|i alt)\b|\b(totalt|i alt)$/i;
/** Cells written for a missing value. */
const MISSING = /^(?:-|–|—|\.\.|\.|:|x)$/;
/** Municipality or county number before a name: `0501`, `05`, `0`. */
const CODE = /^\d{1,4}$/;

const hasLetter = (t: string) => /\p{L}/u.test(t);
const isUpper = (t: string) => /^[A-ZÆØÅ]/.test(t);

/** Splits a header into column titles: a time key, a code with its name, or a capitalised word starts a new column. */
export function splitColumnTitles(text: string): string[] {
  // `Lillehammer0521 Øyer`: the PDF glued a name to the next code
  const tokens = text.replace(/(\p{Ll})(\d{2,4}\s+[A-ZÆØÅ])/gu, '$1 $2').trim().split(/\s+/).filter(Boolean);
  const cols: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const cur = cols[cols.length - 1];
    const afterCode = prev !== undefined && CODE.test(prev) && !TIME_KEY.test(prev) && cur?.length === 1;
    const afterLower = prev !== undefined && /^\p{Ll}/u.test(prev);
    const starts =
      !cur ||
      (TIME_KEY.test(t) && !afterLower) ||
      (CODE.test(t) && tokens[i + 1] !== undefined && isUpper(tokens[i + 1]) && !afterLower) ||
      (isUpper(t) && !afterCode);
    if (starts) cols.push([t]);
    else cur.push(t);
  }
  return cols.map((c) => c.join(' '));
}

/** Header of years/dates: optional leading label words, then ≥ 2 time keys, maybe `Sum`/`Totalt` at the end. */
function readTimeHeader(text: string): { labelTitle?: string; columns: string[] } | undefined {
  const tokens = text.trim().split(/\s+/);
  const firstKey = tokens.findIndex((t) => TIME_KEY.test(t));
  if (firstKey < 0 || firstKey > 3) return undefined;
  const lead = tokens.slice(0, firstKey);
  if (lead.some((t) => /\d/.test(t))) return undefined;
  const rest = splitColumnTitles(tokens.slice(firstKey).join(' '));
  const keys = rest.filter((c) => TIME_KEY.test(c));
  if (keys.length < 2) return undefined;
  if (!rest.every((c) => TIME_KEY.test(c) || SUM_TITLE.test(c))) return undefined;
  return { labelTitle: lead.length ? lead.join(' ') : undefined, columns: rest };
}

/**
 * Header of category columns over a label column: `Område Regulert Ledig Under regulering Sum`. Words
 * alone prove nothing, so the two lines below must each read as a row with exactly one number per column.
 */
function readCategoryHeader(text: string, below: SourceLine[]): { labelTitle?: string; columns: string[] } | undefined {
  if (/\d|[.:;,!?]$/.test(text) || text.length > 120 || below.length < 2) return undefined;
  const titles = splitColumnTitles(text);
  if (titles.length < 3 || titles.length > 10 || titles.some((t) => t.split(' ').length > 3)) return undefined;
  const columns = titles.slice(1);
  if (!below.every((l) => readRow(l, columns.length)?.cells.length === columns.length)) return undefined;
  return { labelTitle: titles[0], columns };
}

/** Header of names: `0501 Lillehammer 0521 Øyer 0522 Gausdal 0 Hele landet`, no values. */
function readNameHeader(text: string): { columns: string[] } | undefined {
  if (/\d,\d|%/.test(text) || text.length > 160 || /[.:;]$/.test(text)) return undefined;
  const cols = splitColumnTitles(text);
  if (cols.length < 2 || cols.length > 15) return undefined;
  if (cols.some((c) => c.split(' ').length > 4) || /,/.test(text)) return undefined;
  // most columns must be places (with or without a code) or sums, as in `0501 Lillehammer 0521 Øyer Sum region`
  const placeLike = cols.filter((c) => /^\d{1,4} \p{Lu}/u.test(c) || placeNames.has(c) || /^(sum|totalt?|hele landet)\b/i.test(c)).length;
  if (placeLike < Math.max(2, cols.length * 0.6)) return undefined;
  return { columns: cols };
}

/** One row read from a line: label, the numbers as written and whether the split was certain. */
interface RowRead {
  label: string;
  cells: (NumberCell | null)[];
  /** More than one way to read the numbers gave the expected count. */
  ambiguous: boolean;
}

/**
 * Reads a row line: the label is everything up to the last word with letters (plus glued
 * period keys like `08-13`); the rest must be numbers. Runs of spaces in the raw line separate
 * cells; inside a run, readings with `expected` numbers are preferred.
 */
export function readRow(line: SourceLine, expected?: number, yearLabel = false): RowRead | undefined {
  const raw = line.raw.replace(/[\u00a0\t]/g, ' ').trim();
  const tokens = raw.split(/\s+/);
  let cut = 0;
  tokens.forEach((t, i) => {
    if (hasLetter(t) && !/^\(?\d/.test(t)) cut = i + 1;
  });
  // `Utvikling i % 08-13 8,2 %`: signs and period keys right after the label belong to it
  while (cut > 0 && cut < tokens.length && (/^%$/.test(tokens[cut]) || /^\d{2}-\d{2}$/.test(tokens[cut]))) cut++;
  if (cut === 0) {
    if (!yearLabel || !TIME_KEY.test(tokens[0])) return undefined;
    cut = 1;
  }
  const label = tokens.slice(0, cut).join(' ');
  if (label.length > 90 || /[.:;]$/.test(label)) return undefined;
  // the value text after the label, split at runs of ≥ 2 spaces
  const labelEnd = nthTokenEnd(raw, cut);
  const valueText = raw.slice(labelEnd);
  if (!valueText.trim()) return undefined;
  const chunks = valueText.split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
  const readings: (NumberCell | null)[][][] = [];
  for (const chunk of chunks) {
    const toks = numberTokens(chunk);
    if (toks.every((t) => MISSING.test(t))) {
      readings.push(toks.map(() => [null]) as never);
      readings[readings.length - 1] = [toks.map(() => null)];
      continue;
    }
    // a missing-value mark inside a chunk: split around it
    const parts: (NumberCell | null)[][][] = [];
    let cur: string[] = [];
    const flushCur = (): boolean => {
      if (!cur.length) return true;
      const r = readNumberRuns(cur);
      cur = [];
      if (!r.length) return false;
      parts.push(r);
      return true;
    };
    for (const t of toks) {
      if (MISSING.test(t)) {
        if (!flushCur()) return undefined;
        parts.push([[null]]);
      } else cur.push(t);
    }
    if (!flushCur()) return undefined;
    readings.push(combine(parts));
  }
  // every combination of the chunks' readings, counting numbers beyond one per chunk as splits
  let all: { cells: (NumberCell | null)[]; extra: number }[][] = [[]];
  for (const options of readings) {
    const next: typeof all = [];
    for (const a of all) for (const o of options) if (next.length < 500) next.push([...a, { cells: o, extra: Math.max(0, o.length - 1) }]);
    all = next;
  }
  if (!all.length) return undefined;
  const spaced = chunks.length >= 2;
  type Reading = { cells: (NumberCell | null)[]; splits: number; penalty: number; sumOk: boolean };
  let cands: Reading[] = all.map((parts) => {
    const cells = parts.flatMap((p) => p.cells);
    return {
      cells,
      splits: parts.reduce((s, p) => s + p.extra, 0),
      penalty: 0,
      sumOk: cells.length > 2 && cells.every((c) => c) && nearlyEqual(sumOf(cells.slice(0, -1)), cells[cells.length - 1]!.value),
    };
  });
  // a bare `1` before `820 000` is a lost group, unless nothing else reads
  const bare = (c: NumberCell | null, i: number, cells: (NumberCell | null)[]) => c !== null && /^[-−–]?\d{1,3}$/.test(c.text) && /^\d{3}(?:,\d+)?(?:\s|$)/.test(cells[i + 1]?.text ?? '');
  cands.forEach((r) => (r.penalty = r.cells.filter((c, i) => bare(c, i, r.cells)).length));
  if (expected !== undefined) {
    const fit = cands.filter((r) => r.cells.length <= expected);
    if (fit.length) cands = fit;
  }
  // a reading with the expected count whose last number is the sum of the others is proven by its sum,
  // even when a short number stands before a 3-digit one (`412 96 150 658`)
  const proven = (r: Reading) => (expected !== undefined && r.cells.length === expected && r.sumOk ? 0 : 1);
  const rank = (r: Reading) => [proven(r), r.penalty, expected !== undefined ? Math.abs(expected - r.cells.length) : 0, r.sumOk ? 0 : 1, spaced ? r.splits : -r.cells.length];
  cands.sort((a, b) => cmp(rank(a), rank(b)));
  const top = cands.filter((r) => cmp(rank(r), rank(cands[0])) === 0);
  const distinct = new Set(top.map((r) => r.cells.map((c) => c?.value ?? 'x').join('|')));
  return { label, cells: cands[0].cells, ambiguous: distinct.size > 1 };
}

function cmp(a: number[], b: number[]): number {
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
    for (const a of acc) for (const o of options) if (next.length < 500) next.push([...a, ...o]);
    acc = next;
  }
  return acc;
}

const sumOf = (cells: (NumberCell | null)[]) => cells.reduce((s, c) => s + (c?.value ?? 0), 0);
const nearlyEqual = (a: number, b: number) => Math.abs(a - b) < 0.5 + 1e-9 * Math.abs(b);

/** The local id's number for the dataset url. */
function datasetOf(ctx: NumericTableContext, partial: Omit<Dataset, 'id' | 'documentId' | 'url' | 'source' | 'themes' | 'regions' | 'chapterId'>, first: number, last: number): Dataset {
  const localId = ctx.nextLocalId();
  return {
    id: `${ctx.documentId}--${localId}`,
    documentId: ctx.documentId,
    chapterId: ctx.chapterId,
    ...partial,
    themes: [],
    regions: [],
    url: urls.dataset(ctx.documentId, localId),
    source: sourceOf(ctx.file, first, last),
  };
}

interface Flat { line: SourceLine; block: number }

/**
 * Finds numeric tables among blocks and replaces their lines by a match; every other line stays
 * in a block, in order. A table may run across blank lines and page breaks.
 * @example extractNumericTables(blocks, ctx).filter(b => 'kind' in b) // the tables as datasets
 */
export function extractNumericTables(blocks: Block[], ctx: NumericTableContext): Array<Block | NumericTableMatch> {
  const flat: Flat[] = blocks.flatMap((b, bi) => b.lines.map((line) => ({ line, block: bi })));
  const tables: { from: number; to: number; titleAt?: number; dataset: Dataset }[] = [];
  for (let i = 0; i < flat.length; i++) {
    const found = tableAt(flat, i, ctx, tables.length ? tables[tables.length - 1].to + 1 : 0);
    if (found) {
      tables.push(found);
      i = found.to;
    }
  }
  if (!tables.length) return blocks;
  const out: Array<Block | NumericTableMatch> = [];
  let cur: SourceLine[] = [];
  let curBlock = -1;
  const flush = () => {
    if (cur.length) out.push(blockOf(cur));
    cur = [];
  };
  let t = 0;
  for (let i = 0; i < flat.length; i++) {
    const table = tables[t];
    if (table && i === table.from) {
      flush();
      out.push({ kind: 'numeric-table', dataset: table.dataset, first: flat[table.from].line.no, last: flat[table.to].line.no });
      i = table.to;
      t++;
      curBlock = -1;
      continue;
    }
    if (flat[i].block !== curBlock) flush();
    curBlock = flat[i].block;
    cur.push(flat[i].line);
  }
  flush();
  return out;
}

/** Tries to read a table whose header is at `i`; `minFrom` keeps a title line out of an earlier table. */
function tableAt(flat: Flat[], i: number, ctx: NumericTableContext, minFrom: number): { from: number; to: number; dataset: Dataset } | undefined {
  const headLine = flat[i].line;
  if (headLine.bullet) return undefined;
  const timeHeader = readTimeHeader(headLine.text) ?? readCategoryHeader(headLine.text, flat.slice(i + 1, i + 3).map((f) => f.line));
  const nameHeader = timeHeader ? undefined : readNameHeader(headLine.text);
  if (!timeHeader && !nameHeader) return undefined;
  const dateColumns = timeHeader ? timeHeader.columns : nameHeader!.columns;

  // further header lines: short lines without numbers between the header and the first row
  let j = i + 1;
  const titleLines: SourceLine[] = [];
  while (j < flat.length && titleLines.length < 6 && !readRow(flat[j].line, undefined, !!nameHeader) && flat[j].line.text.length <= 120 && !/\d,\d/.test(flat[j].line.text)) {
    titleLines.push(flat[j].line);
    j++;
  }
  if (j >= flat.length) return undefined;
  // rows: all lines that read as rows with at most as many cells as the widest reading allows
  const maxCols = dateColumns.length + (titleLines.length ? 3 : 0);
  const rows: { line: SourceLine; read: RowRead }[] = [];
  const pageNumbers: SourceLine[] = [];
  let k = j;
  for (; k < flat.length; k++) {
    const line = flat[k].line;
    if (line.text === headLine.text && rows.length) continue; // header repeated after a page break
    // a bare page number the normaliser kept between two rows: no cell, but said in the notes so it is shown
    if (/^\d{1,3}$/.test(line.text) && rows.length && k + 1 < flat.length && readRow(flat[k + 1].line, undefined, !!nameHeader)) {
      pageNumbers.push(line);
      continue;
    }
    const read = readRow(line, undefined, !!nameHeader);
    if (!read || read.cells.length > maxCols + 2 || read.cells.length < Math.min(2, dateColumns.length)) break;
    rows.push({ line, read });
  }
  if (rows.length < 2) return undefined;
  const last = rows[rows.length - 1];
  const lastIndex = flat.findIndex((f) => f.line === last.line);

  // how many value columns: the most common count among rows (a missing cell makes a row shorter)
  const counts = rows.map((r) => r.read.cells.length);
  const width = Math.max(dateColumns.length, mode(counts));
  const notes: string[] = pageNumbers.map((l) => `Linje ${l.no} («${l.text}») står mellom radene og er trolig et sidetall; den er ikke med i tabellen.`);
  let columns = [...dateColumns];
  if (width > dateColumns.length) {
    const titles = splitColumnTitles(titleLines.map((l) => l.text).join(' '));
    const extra = width - dateColumns.length;
    if (titles.length >= extra) columns = [...columns, ...titles.slice(titles.length - extra)];
    else columns = [...columns, ...Array.from({ length: extra }, (_, n) => titles[n] ?? `Kolonne ${dateColumns.length + n + 1}`)];
  } else if (titleLines.length) {
    const titles = splitColumnTitles(titleLines.map((l) => l.text).join(' '));
    if (titles.length === columns.length) columns = columns.map((c, n) => `${titles[n]} ${c}`);
  }
  const usedInColumns = (l: SourceLine) => fold(columns.join(' ')).includes(fold(l.text));
  for (const l of titleLines) if (!usedInColumns(l)) notes.push(`Kolonneoverskrifter i kilden (linje ${l.no}): «${l.text}».`);

  // re-read every row against the column count now known
  const read = rows.map((r) => ({ line: r.line, read: readRow(r.line, columns.length, !!nameHeader)! }));
  const datasetRows: DatasetRow[] = [];
  const percentCells: boolean[][] = [];
  const unplaced: Unplaced[] = [];
  let group: string | undefined;
  for (const r of read) {
    let label = r.read.label;
    // `0501 Lillehammer Sysselsatte etter bosted` opens a group; `Sysselsatte etter arbeidssted` below belongs to it
    const g = groupOf(label);
    if (g) {
      group = g.group;
      label = `${g.group} – ${g.rest}`;
    } else if (group && !CODE.test(label.split(' ')[0]) && !SUM_LABEL.test(label) && !isPlaceName(label)) {
      label = `${group} – ${label}`;
    } else group = undefined;
    const cells = r.read.cells;
    let values: (number | null)[] = cells.map((c) => c?.value ?? null);
    let pct = cells.map((c) => !!c?.percent);
    let texts: (string | null)[] = cells.map((c) => c?.text ?? null);
    if (r.read.ambiguous) notes.push(`Raden «${r.line.text}» (linje ${r.line.no}) kan leses på flere måter; tallene er lest med minst mulige tall.`);
    if (values.length < columns.length) {
      const missing = columns.length - values.length;
      const sumCol = SUM_TITLE.test(columns[columns.length - 1]) ? columns.length - 1 : -1;
      if (sumCol >= 0 && values.length > 1 && values.every((v) => v !== null)) {
        // the last number is the row total; which columns the other numbers belong to is not certain
        const total = values[values.length - 1];
        unplaced.push({ index: datasetRows.length, values: values.slice(0, -1) as number[], text: r.line.text, line: r.line.no, label, total: total! });
        values = [...Array(columns.length - 1).fill(null), total];
        pct = Array(columns.length).fill(false);
        texts = [...Array(columns.length - 1).fill(null), texts[texts.length - 1]];
      } else {
        notes.push(`Raden «${r.line.text}» (linje ${r.line.no}) har ${values.length} tall for ${columns.length} kolonner; ${missing === 1 ? 'én celle mangler' : `${missing} celler mangler`}, og det er usikkert hvilke. Tallene er satt fra venstre.`);
        values = [...values, ...Array(missing).fill(null)];
        pct = [...pct, ...Array(missing).fill(false)];
        texts = [...texts, ...Array(missing).fill(null)];
      }
    } else if (values.length > columns.length) {
      notes.push(`Raden «${r.line.text}» (linje ${r.line.no}) har flere tall enn kolonner; de siste ${values.length - columns.length} er utelatt fra tabellen.`);
      values = values.slice(0, columns.length);
      pct = pct.slice(0, columns.length);
      texts = texts.slice(0, columns.length);
    }
    datasetRows.push({ label, values, texts, ...(SUM_LABEL.test(r.read.label) ? { isSum: true } : {}) });
    percentCells.push(pct);
  }

  const percentColumn = columns.map((_, c) => {
    const n = percentCells.filter((p) => p[c]).length;
    return n > 0 && n >= datasetRows.filter((r) => r.values[c] !== null).length / 2;
  });
  const sumChecks: Dataset['sumChecks'] = [];
  placeBySums(datasetRows, columns, unplaced, notes, percentColumn, sumChecks);
  checkSums(datasetRows, columns, percentColumn, sumChecks);

  // title: a short line right above the header that is no sentence, else the hint, else from the titles
  let from = i;
  let title: string | undefined;
  const above = i - 1 >= minFrom ? flat[i - 1] : undefined;
  if (above && above.line.text.length <= 100 && !/[.:;,!?]$/.test(above.line.text) && !/, /.test(above.line.text) && !above.line.bullet && !above.line.indented && !readRow(above.line) && /^[A-ZÆØÅ]/.test(above.line.text) && above.line.text.split(' ').length >= 2) {
    title = above.line.text;
    from = i - 1;
  }
  const titleWords = titleLines.length ? splitColumnTitles(titleLines[0].text)[0] : undefined;
  const timeCols = columns.filter((c) => TIME_KEY.test(c));
  title ??= ctx.titleHint ?? (titleWords && timeCols.length ? `${titleWords} ${timeCols[0]}–${timeCols[timeCols.length - 1]}` : timeCols.length ? `Tabell ${timeCols[0]}–${timeCols[timeCols.length - 1]}` : `Tabell: ${columns.slice(0, 3).join(', ')}`);

  const allPercent = percentColumn.every(Boolean);
  const somePercent = percentColumn.some(Boolean);
  if (somePercent && !allPercent) notes.push(`${listColumns(columns.filter((_, c) => percentColumn[c]))} er i prosent.`);
  const rowsAreTimes = datasetRows.every((r) => TIME_KEY.test(r.label.split(' ')[0]) || SUM_LABEL.test(r.label) || /^Utvikling/.test(r.label));
  const context = `${title} ${columns.join(' ')} ${titleLines.map((l) => l.text).join(' ')}`;
  const shape: Dataset['shape'] = allPercent ? 'shares' : /rangering|plassering|\bNM\b/i.test(context) ? 'ranking' : timeCols.length >= Math.max(2, columns.length / 2) || rowsAreTimes ? 'time-series' : 'categories';
  const unit = allPercent ? '%' : unitOf(context);

  const dataset = datasetOf(ctx, { title, unit, rowHeading: timeHeader?.labelTitle, columns, rows: datasetRows, shape, sumChecks, notes: [...new Set(notes)] }, flat[from].line.no, last.line.no);
  return { from, to: lastIndex, dataset };
}

function listColumns(cols: string[]): string {
  const q = cols.map((c) => `«${c}»`);
  return q.length === 1 ? `Kolonnen ${q[0]}` : `Kolonnene ${q.slice(0, -1).join(', ')} og ${q[q.length - 1]}`;
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function mode(xs: number[]): number {
  const c = new Map<number, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

/** Unit from the words around the table. */
function unitOf(context: string): string | undefined {
  if (/\bkr\b|kroner|finansier|omsetning|budsjett|kostnad|tilskudd|beløp/i.test(context)) return 'kr';
  if (/folketall|folkevekst|innbyggere|befolkning|sysselsatte|personer/i.test(context)) return 'personer';
  if (/arbeidsplasser/i.test(context)) return 'arbeidsplasser';
  if (/\(daa\)|\bdekar\b/i.test(context)) return 'daa';
  return undefined;
}

const placeNames = new Set<string>([...municipalities.map((m) => m.name as string), ...regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[])])]);
const isPlaceName = (label: string) => placeNames.has(label.replace(/^\d{1,4}\s+/, ''));

/** `0501 Lillehammer Sysselsatte etter bosted` → group `0501 Lillehammer`, rest `Sysselsatte etter bosted`. */
function groupOf(label: string): { group: string; rest: string } | undefined {
  const m = /^(\d{2,4})\s+(.+)$/.exec(label);
  if (!m) return undefined;
  const names = [...placeNames].filter((n) => m[2].startsWith(n + ' ')).sort((a, b) => b.length - a.length);
  const name = names[0] ?? /^(\S+)\s/.exec(m[2])?.[1];
  if (!name) return undefined;
  const rest = m[2].slice(name.length).trim();
  if (!rest || !/^[A-ZÆØÅ]/.test(rest) || rest.split(' ').length < 2) return undefined;
  return { group: `${m[1]} ${name}`, rest };
}

/**
 * Rows whose total is certain but whose other numbers could sit in more than one column: try every
 * placement; if exactly one makes all column sums agree with the sum row, use it; otherwise leave the
 * cells empty and say so.
 */
interface Unplaced { index: number; values: number[]; text: string; line: number; label: string; total: number }

function placeBySums(rows: DatasetRow[], columns: string[], unplaced: Unplaced[], notes: string[], percentColumn: boolean[], checks: Dataset['sumChecks']): void {
  if (!unplaced.length) return;
  for (const u of unplaced) {
    const actual = u.values.reduce((a, b) => a + b, 0);
    checks.push({ what: `Raden «${u.label}»: tallene lagt sammen mot «${columns[columns.length - 1]}»`, expected: u.total, actual, ok: nearlyEqual(actual, u.total) });
  }
  const sumRow = rows.find((r) => r.isSum);
  const slots = columns.length - 1;
  const options = unplaced.map((u) => placements(u.values.length, slots));
  const total = options.reduce((n, o) => n * o.length, 1);
  const solutions: number[][] = [];
  if (sumRow && total <= 200_000) {
    const choice = new Array(unplaced.length).fill(0);
    for (let n = 0; n < total && solutions.length < 2; n++) {
      let x = n;
      for (let u = 0; u < unplaced.length; u++) {
        choice[u] = x % options[u].length;
        x = Math.floor(x / options[u].length);
      }
      let ok = true;
      for (let c = 0; c < slots && ok; c++) {
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
        ok = nearlyEqual(s, sumRow.values[c]!);
      }
      if (ok) solutions.push([...choice]);
    }
  }
  if (solutions.length === 1) {
    unplaced.forEach((u, n) =>
      options[n][solutions[0][n]].forEach((c, v) => {
        rows[u.index].values[c] = u.values[v];
        rows[u.index].texts = undefined;
      }),
    );
    notes.push(`${unplaced.length} rader manglet celler; tallene er plassert slik at alle kolonnesummene stemmer (den eneste plasseringen som gjør det).`);
    return;
  }
  for (const u of unplaced) {
    notes.push(`Raden «${u.text}» (linje ${u.line}) har ${u.values.length} tall for ${slots} kolonner foran summen. Det er usikkert hvilke kolonner tallene hører til, så de er ikke plassert i tabellen.`);
  }
}

/** Every way to put n values in order into k slots. */
function placements(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, acc: number[]) => {
    if (acc.length === n) return void out.push(acc);
    for (let c = start; c <= k - (n - acc.length); c++) walk(c + 1, [...acc, c]);
  };
  walk(0, []);
  return out;
}

/** Checks sum columns, sum rows and region rows equal to the rows above them; records every check. */
function checkSums(rows: DatasetRow[], columns: string[], percentColumn: boolean[], checks: Dataset['sumChecks']): void {
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
