/**
 * Numeric tables flattened by PDF extraction, in single- or double-spaced text: a caption, a header
 * line (years, places, categories, or a label-column heading with column titles), then one line per
 * row — a label and Norwegian numbers, the label maybe wrapped over the lines around its numbers.
 * The stages: find a header (numeric-header.ts) → collect its rows (numeric-rows.ts) → choose each
 * row's reading by the header's column count and the table's own sums (numeric-sums.ts) → title,
 * unit and shape (numeric-title.ts). What the text does not settle is kept as written and marked
 * `uncertain`, with one short note for the reader.
 */
import type { Dataset, DatasetRow } from '../../schemas/index.ts';
import { urls } from '../../lib/urls.ts';
import { sourceOf, type SourceLine } from '../types.ts';
import { blockOf, type Block } from '../segment.ts';
import { groupOf, isPlaceName, readCategoryHeader, readLabelledHeader, readNameHeader, readTimeHeader, splitColumnTitles, type HeaderRead } from './numeric-header.ts';
import { collectRows, type TableRow } from './numeric-rows.ts';
import { CODE, SUM_LABEL, SUM_TITLE } from './numeric-row.ts';
import { checkSums, chooseReadings, placeBySums, type Unplaced } from './numeric-sums.ts';
import { CAPTION, captionAbove, shapeOf, titleFromLabels, titleFromSentenceAbove, unitOf, type Flat } from './numeric-title.ts';

export { splitColumnTitles };
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

/**
 * Finds numeric tables among blocks and replaces their lines by a match; every other line stays
 * in a block, in order. A table may run across blank lines and page breaks.
 * @example extractNumericTables(blocks, ctx).filter(b => 'kind' in b) // the tables as datasets
 */
export function extractNumericTables(blocks: Block[], ctx: NumericTableContext): Array<Block | NumericTableMatch> {
  const flat: Flat[] = blocks.flatMap((b, bi) => b.lines.map((line) => ({ line, block: bi })));
  const tables: { from: number; to: number; dataset: Dataset }[] = [];
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

/** The header at `i`, of whichever kind reads; `labelled` when the column count is the header's own. */
function headerAt(flat: Flat[], i: number): { header: HeaderRead; names: boolean; labelled: boolean } | undefined {
  const head = flat[i].line;
  // a caption (`Tabell 2 Aktivitet i Dalane Næringsutvikling 2022–2024`) names the table; it is never its header
  if (head.bullet || CAPTION.test(head.text)) return undefined;
  const below = flat.slice(i + 1, i + 7).map((f) => f.line);
  const time = readTimeHeader(head.text) ?? readCategoryHeader(head.text, below.slice(0, 2));
  if (time) return { header: time, names: false, labelled: false };
  const names = readNameHeader(head.text);
  if (names) return { header: names, names: true, labelled: false };
  const labelled = readLabelledHeader(head, below);
  return labelled ? { header: labelled, names: false, labelled: true } : undefined;
}

/**
 * Column titles once the rows have shown how many value columns there are, and the title line left
 * standing over the header's own columns (`Folketall` over the years), if any.
 */
function columnsOf(header: HeaderRead, titleLines: SourceLine[], width: number): { columns: string[]; overTimes?: string } {
  const base = header.columns;
  const titles = splitColumnTitles(titleLines.map((l) => l.text).join(' '));
  if (width > base.length) {
    const extra = width - base.length;
    if (titles.length >= extra) return { columns: [...base, ...titles.slice(titles.length - extra)], overTimes: titles.length > extra ? titles[0] : undefined };
    return { columns: [...base, ...Array.from({ length: extra }, (_, n) => titles[n] ?? `Kolonne ${base.length + n + 1}`)] };
  }
  if (titleLines.length && titles.length === base.length) return { columns: base.map((c, n) => `${titles[n]} ${c}`) };
  return { columns: [...base], overTimes: titles[0] };
}

/** `0501 Lillehammer Sysselsatte etter bosted` opens a group; the rows under it that name no place belong to it. */
function groupLabels(labels: string[]): string[] {
  let group: string | undefined;
  return labels.map((label) => {
    const g = groupOf(label);
    if (g) {
      group = g.group;
      return `${g.group} – ${g.rest}`;
    }
    if (group && !CODE.test(label.split(' ')[0]) && !SUM_LABEL.test(label) && !isPlaceName(label)) return `${group} – ${label}`;
    group = undefined;
    return label;
  });
}

/** What the assembly of rows found uncertain: reasons for the editor, one note for the reader. */
interface Doubts { reasons: string[]; lines: number[]; notes: string[] }

/** Dataset rows from the chosen cells: short rows filled or left unplaced, long rows cut, sums marked. */
function assembleRows(rows: TableRow[], cells: ReturnType<typeof chooseReadings>, columns: string[], doubts: Doubts) {
  const labels = groupLabels(rows.map((r) => r.label));
  const out: DatasetRow[] = [];
  const percent: boolean[][] = [];
  const unplaced: Unplaced[] = [];
  const sumCol = SUM_TITLE.test(columns[columns.length - 1]);
  rows.forEach((r, i) => {
    const row = cells.cells[i];
    let values = row.map((c) => c?.value ?? null);
    let pct = row.map((c) => !!c?.percent);
    let texts: (string | null)[] = row.map((c) => c?.text ?? null);
    const line = r.lines[r.lines.length - 1];
    if (values.length < columns.length) {
      const missing = columns.length - values.length;
      if (sumCol && values.length > 1 && values.every((v) => v !== null)) {
        unplaced.push({ index: out.length, values: values.slice(0, -1) as number[], text: line.text, written: r.read.valueText.trim(), line: line.no, label: labels[i], total: values[values.length - 1]! });
      } else {
        doubts.reasons.push(`Raden «${line.text}» (linje ${line.no}) har ${values.length} tall for ${columns.length} kolonner; tallene er satt fra venstre.`);
        doubts.lines.push(line.no);
      }
      values = [...values, ...Array(missing).fill(null)];
      pct = [...pct, ...Array(missing).fill(false)];
      texts = [...texts, ...Array(missing).fill(null)];
    } else if (values.length > columns.length) {
      doubts.reasons.push(`Raden «${line.text}» (linje ${line.no}) har flere tall enn kolonner; de siste ${values.length - columns.length} er utelatt.`);
      doubts.lines.push(line.no);
      values = values.slice(0, columns.length);
      pct = pct.slice(0, columns.length);
      texts = texts.slice(0, columns.length);
    }
    const isSum = SUM_LABEL.test(r.label) || cells.impliedSum === i;
    out.push({ label: labels[i], values, texts, ...(isSum ? { isSum: true } : {}) });
    percent.push(pct);
  });
  return { rows: out, percent, unplaced };
}

/** Places or shows as written the rows with fewer numbers than columns before a sum column. */
function settleUnplaced(rows: DatasetRow[], columns: string[], unplaced: Unplaced[], percentColumn: boolean[], doubts: Doubts, checks: Dataset['sumChecks']): void {
  if (!unplaced.length) return;
  for (const u of unplaced) {
    const actual = u.values.reduce((a, b) => a + b, 0);
    checks.push({ what: `Raden «${u.label}»: tallene lagt sammen mot «${columns[columns.length - 1]}»`, expected: u.total, actual, ok: Math.abs(actual - u.total) < 0.5 });
  }
  const slots = columns.length - 1;
  for (const u of unplaced) rows[u.index].values = [...Array(slots).fill(null), u.total];
  if (placeBySums(rows, columns, unplaced, percentColumn)) {
    doubts.notes.push(`${unplaced.length} rader har færre tall enn kolonner; tallene er plassert slik at alle kolonnesummene stemmer, den eneste plasseringen som gjør det.`);
    return;
  }
  for (const u of unplaced) {
    rows[u.index].asWritten = u.written;
    rows[u.index].texts = undefined;
    doubts.lines.push(u.line);
  }
  const counts = [...new Set(unplaced.map((u) => u.values.length))];
  doubts.reasons.push(`${unplaced.length} av ${rows.length} rader har ${listCounts(counts)} tall for ${slots} kolonner foran summen, og summene gir ingen entydig plassering.`);
  doubts.notes.push(`${unplaced.length} av ${rows.length} rader har færre tall enn kolonner, og tabellens summer viser ikke hvor tallene hører hjemme. Disse radene er gjengitt slik de står i kilden, og tabellen vises uten figur.`);
}

const listCounts = (ns: number[]) => ns.join(' eller ');

/** Tries to read a table whose header is at `i`; `minFrom` keeps a title line out of an earlier table. */
function tableAt(flat: Flat[], i: number, ctx: NumericTableContext, minFrom: number): { from: number; to: number; dataset: Dataset } | undefined {
  const found = headerAt(flat, i);
  if (!found) return undefined;
  const { header, names, labelled } = found;
  const collected = collectRows(flat, i, header, { names, labelled });
  if (!collected || collected.rows.length < 2) return undefined;
  const { rows, titleLines, pageNumbers } = collected;
  const width = labelled ? header.columns.length : Math.max(header.columns.length, mode(rows.map((r) => r.read.cells.length)));
  const { columns, overTimes } = columnsOf(header, titleLines, width);
  const doubts: Doubts = { reasons: [], lines: [], notes: pageNumbers.map((l) => `Linje ${l.no} («${l.text}») står mellom radene og er trolig et sidetall; den er ikke med i tabellen.`) };
  const usedInColumns = (l: SourceLine) => fold(columns.join(' ')).includes(fold(l.text));
  for (const l of titleLines) if (!usedInColumns(l)) doubts.notes.push(`Kolonneoverskrifter i kilden (linje ${l.no}): «${l.text}».`);

  const chosen = chooseReadings(rows.map((r) => r.read), columns.length, (label) => SUM_LABEL.test(label), SUM_TITLE.test(columns[columns.length - 1]));
  for (const u of chosen.unsettled) {
    const line = rows[u].lines[rows[u].lines.length - 1];
    doubts.reasons.push(`Raden «${line.text}» (linje ${line.no}) kan leses på flere måter; tallene er lest som tregrupper.`);
    doubts.lines.push(line.no);
  }
  if (chosen.unsettled.length) doubts.notes.push('Noen tall i tabellen kan deles på flere måter i kilden; sjekk dem mot kilden før du bruker dem.');
  else if (chosen.bySums === true && rows.some((r) => r.read.ambiguous)) doubts.notes.push('Kilden skiller ikke alle tallene tydelig; de er delt slik at summene i tabellen stemmer.');
  const { rows: datasetRows, percent, unplaced } = assembleRows(rows, chosen, columns, doubts);

  const percentColumn = columns.map((_, c) => {
    const n = percent.filter((p) => p[c]).length;
    return n > 0 && n >= datasetRows.filter((r) => r.values[c] !== null).length / 2;
  });
  const sumChecks: Dataset['sumChecks'] = [];
  settleUnplaced(datasetRows, columns, unplaced, percentColumn, doubts, sumChecks);
  checkSums(datasetRows, columns, percentColumn, sumChecks);

  const caption = captionAbove(flat, i, minFrom);
  const title = caption?.title ?? ctx.titleHint ?? titleFromSentenceAbove(flat, i, minFrom) ?? titleFromLabels(datasetRows, columns, header.labelTitle, overTimes);
  const headerText = titleLines.map((l) => l.text).join(' ');
  const allPercent = percentColumn.every(Boolean);
  if (percentColumn.some(Boolean) && !allPercent) doubts.notes.push(`${listColumns(columns.filter((_, c) => percentColumn[c]))} er i prosent.`);
  const last = rows[rows.length - 1].lines.at(-1)!;
  const dataset = datasetOf(ctx, {
    title,
    unit: allPercent ? '%' : unitOf(caption?.title ?? ctx.titleHint ?? '', columns, headerText),
    rowHeading: header.labelTitle,
    columns,
    rows: datasetRows,
    shape: shapeOf(title, columns, datasetRows, allPercent, headerText),
    sumChecks,
    notes: [...new Set(doubts.notes)],
    ...(doubts.reasons.length ? { uncertain: { reason: doubts.reasons.join(' '), lines: [Math.min(...doubts.lines), Math.max(...doubts.lines)] as [number, number] } } : {}),
  }, flat[caption?.from ?? i].line.no, last.no);
  return { from: caption?.from ?? i, to: collected.end, dataset };
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
