import type { PdfRule } from './load.ts';
import { lineText, splitSegment, type Segment, type VisualLine } from './lines.ts';
import { joinWrapped } from './hyphen.ts';

/** A segment may start this share of an em left of its column's start and still stand in it. */
const COLUMN_TOLERANCE = 0.8;
/** Two lines of one table are at most this many ems apart (row padding and borders included). */
const MAX_ROW_GAP = 4.5;
/** A gap wider than this many ems starts a row, never a wrapped line; such a row has two or more cells. */
const NEW_ROW_GAP = 1.9;
/** A gap this much wider than the table's line step separates rows where no rule does. */
const ROW_GAP_RATIO = 1.25;
/** Lines of a table share one font size within this ratio (a header may be bold, never larger). */
const SIZE_RATIO = 1.15;
/** Header cells are short labels. */
const MAX_HEADER_WORDS = 5;
/** A cell line ending this many ems or less before the next column filled its column. */
const FULL_COLUMN = 1.2;
/** The end of a word the layout broke off is at most this long when no other evidence joins it. */
const MAX_STUB = 3;

/** A table read from the page geometry: column starts, the header cells, and rows of cells. */
export interface PdfTable {
  columns: number[];
  header?: string[];
  rows: { cells: string[]; lines: VisualLine[] }[];
  /** Every line the table covers, header included (for the line → page map). */
  lines: VisualLine[];
}

/**
 * The column a segment stands in: the last column starting at or left of it. A segment that reaches
 * into the next column belongs there if most of it lies there (right-aligned numbers), else to none.
 */
export function columnOf(seg: Segment, columns: number[], size: number): number {
  const tol = COLUMN_TOLERANCE * size;
  let j = -1;
  for (let k = 0; k < columns.length; k++) if (columns[k] <= seg.x + tol) j = k;
  if (j < 0) return -1;
  const next = columns[j + 1];
  if (next === undefined || seg.x2 <= next + tol) return j;
  const after = columns[j + 2];
  if (seg.x2 - next > next - seg.x && (after === undefined || seg.x2 <= after + tol)) return j + 1;
  return -1;
}

/** Lines below a header line whose segment starts may mark columns the header's words run together over. */
const LOOK_AHEAD = 4;

/**
 * A header: two or more short labels side by side. Its columns start at its segments and at any of its
 * words that starts where cell text below starts (`Tidsramme Kostnad` set closer than a word gap).
 */
function headerColumns(lines: VisualLine[], i: number): { columns: number[]; line: VisualLine } | undefined {
  const l = lines[i];
  const size = lines[i + 1]?.size ?? l.size;
  const below = lines.slice(i + 1, i + 1 + LOOK_AHEAD).flatMap((b) => b.segments.map((s) => s.x));
  const starts = l.segments.flatMap((s) => s.parts.map((p) => p.x)).filter((x) => below.some((b) => Math.abs(b - x) <= 0.3 * size));
  const line = atColumns(l, starts, size);
  if (line.segments.length < 2) return undefined;
  if (line.segments.some((s) => s.text.split(' ').length > MAX_HEADER_WORDS || /[.!?]$/.test(s.text))) return undefined;
  return { columns: line.segments.map((s) => s.x), line };
}

/** Lines that continue a header's labels (`SAMARBEIDS-` / `PARTNERE`): bold like it, close below, in its columns. */
function headerWraps(lines: VisualLine[], i: number, columns: number[]): VisualLine[] {
  const out: VisualLine[] = [];
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    const prev = lines[k - 1];
    if (!lines[i].bold || !l.bold || l.y - prev.y > NEW_ROW_GAP * l.size || !fits(l, columns, l.size)) break;
    out.push(l);
  }
  return out;
}

/** The line with segments split where a run starts at a column start (cells closer than a word gap). */
export function atColumns(l: VisualLine, columns: number[], size: number): VisualLine {
  if (l.segments.every((s) => s.parts.length === 1)) return l;
  return { ...l, segments: l.segments.flatMap((s) => splitSegment(s, columns, 0.3 * size)) };
}

/** A line fits a table when every segment stands in one column and the font is the table's. */
function fits(l: VisualLine, columns: number[], size: number): boolean {
  if (l.size > size * SIZE_RATIO || l.size * SIZE_RATIO < size) return false;
  const cols = atColumns(l, columns, size).segments.map((s) => columnOf(s, columns, size));
  return cols.every((c) => c >= 0) && new Set(cols).size === cols.length;
}

/**
 * Finds the tables among a page's lines: a header line of labels followed by lines whose segments
 * stand in its columns. `open` is a table that ended at the foot of the previous page: if this page
 * begins with lines in the same columns (a repeated header or none), they continue it.
 */
export function findTables(lines: VisualLine[], rules: PdfRule[], open?: PdfTable, words: Map<string, number> = new Map()): { tables: PdfTable[]; continued?: PdfTable; used: Set<VisualLine> } {
  const tables: PdfTable[] = [];
  const used = new Set<VisualLine>();
  const pageRight = Math.max(...lines.map((l) => l.segments[l.segments.length - 1].x2));
  let i = 0;
  let continued: PdfTable | undefined;
  if (open && lines.length) {
    const size = open.rows[0]?.lines[0]?.size ?? lines[0].size;
    let k = 0;
    if (open.header && lineText(lines[0]).replace(/\s+/g, ' ') === open.header.join(' ') ) k = 1;
    const body = grow(lines, k, open.columns, size);
    if (body.length && body[0].segments.length >= 1 && (k === 1 || body[0].segments.length >= 2)) {
      continued = open;
      for (const l of [...lines.slice(0, k), ...body]) used.add(l);
      open.lines.push(...lines.slice(0, k));
      i = k + body.length;
      pushRows(open, body, rules, words, pageRight);
    }
  }
  for (; i < lines.length; i++) {
    const head = headerColumns(lines, i);
    if (!head) continue;
    const size = lines[i + 1]?.size ?? lines[i].size;
    const wrapped = headerWraps(lines, i, head.columns);
    const body = grow(lines, i + 1 + wrapped.length, head.columns, size);
    if (body.length < 1 || !body.some((l) => l.segments.length >= 2)) continue;
    const headerRow: PdfTable = { columns: head.columns, rows: [], lines: [] };
    pushRows(headerRow, [head.line, ...wrapped], [], words, pageRight, true);
    const table: PdfTable = { columns: head.columns, header: headerRow.rows[0]?.cells ?? head.line.segments.map((s) => s.text), rows: [], lines: [lines[i], ...wrapped] };
    pushRows(table, body, rules, words, pageRight);
    for (const l of table.lines) used.add(l);
    tables.push(table);
    i += wrapped.length + body.length;
  }
  return { tables, continued, used };
}

/** The lines from `start` on that belong to a table with these columns. */
function grow(lines: VisualLine[], start: number, columns: number[], size: number): VisualLine[] {
  const body: VisualLine[] = [];
  for (let k = start; k < lines.length; k++) {
    const l = lines[k];
    const prev = lines[k - 1];
    if (prev && k > start && l.y - prev.y > MAX_ROW_GAP * size) break;
    if (prev && k > start && l.y - prev.y > NEW_ROW_GAP * size && l.segments.length < 2) break;
    if (!fits(l, columns, size)) break;
    body.push(l);
  }
  return body;
}

/** Cuts a table's body lines into rows (at rules or wider gaps) and each row into its cells. */
export function pushRows(table: PdfTable, body: VisualLine[], rules: PdfRule[] = [], words: Map<string, number> = new Map(), pageRight?: number, header = false): void {
  const size = body[0]?.size ?? 10;
  const gaps = body.slice(1).map((l, k) => l.y - body[k].y);
  const step = Math.min(...gaps);
  const varied = gaps.length > 0 && Math.max(...gaps) > step * ROW_GAP_RATIO;
  const ruledBetween = (a: VisualLine, b: VisualLine) => rules.some((r) => r.y > a.y + 0.15 * size && r.y < b.y - 0.6 * size && r.x1 <= table.columns[0] + size && r.x2 >= table.columns[0] + size);
  const ruledBefore = body.map((l, k) => k > 0 && ruledBetween(body[k - 1], l));
  // rules between body lines cut the rows; a table ruled only under its header is cut by gaps
  const hasRules = ruledBefore.some(Boolean);
  const right = pageRight ?? Math.max(...body.flatMap((l) => l.segments.map((s) => s.x2)));
  let row: VisualLine[] = [];
  const flush = () => {
    if (!row.length) return;
    const cells = table.columns.map((_, c) => joinWrapped(cellPieces(row.flatMap((l) => atColumns(l, table.columns, size).segments.filter((s) => columnOf(s, table.columns, size) === c)), table.columns[c + 1] ?? right, size, words, header)));
    // a row cut by a page break: its first cell is empty or goes on in lower case, so it continues the row above
    const last = table.rows[table.rows.length - 1];
    if ((!cells[0] || /^[a-zæøå]/.test(cells[0])) && last && row[0].page !== last.lines[last.lines.length - 1].page) {
      last.cells = last.cells.map((c, k) => joinWrapped([c, cells[k]].filter(Boolean)));
      last.lines.push(...row);
    } else table.rows.push({ cells, lines: row });
    row = [];
  };
  body.forEach((l, k) => {
    const prev = body[k - 1];
    const cut = !prev || hasRules ? ruledBefore[k] : varied ? l.y - prev.y > step * ROW_GAP_RATIO : startsRow(atColumns(l, table.columns, size), table.columns, size);
    if (prev && (cut || prev.page !== l.page)) flush();
    row.push(l);
  });
  flush();
  table.lines.push(...body);
}

/** Where line gaps do not tell rows apart: a row starts with a capital or digit in the first column and text in another. */
function startsRow(l: VisualLine, columns: number[], size: number): boolean {
  const first = l.segments.find((s) => columnOf(s, columns, size) === 0);
  return !!first && /^[A-ZÆØÅ0-9«"]/.test(first.text) && l.segments.length >= 2;
}

/**
 * The lines of one cell, with a word the layout broke without a hyphen because it did not fit the
 * column (`fylkeskommun` / `e`) joined again: a one-word line that fills the column, followed by a
 * fragment in lower case that the document uses nowhere else as a word, or that makes a word it does use.
 */
function cellPieces(segs: Segment[], limit: number, size: number, words: Map<string, number>, header: boolean): string[] {
  const out: string[] = [];
  segs.forEach((s, k) => {
    const prev = segs[k - 1];
    const fragment = s.text.split(' ')[0];
    const sameCase = /^[a-zæøå]/.test(fragment) || (/^[A-ZÆØÅ]{2,}$/.test(fragment) && /[A-ZÆØÅ]$/.test(prev?.text ?? ''));
    const fills = prev && prev.x2 >= limit - FULL_COLUMN * size && sameCase;
    const broken = prev?.text.split(' ').pop() ?? '';
    const uses = (w: string) => words.get(w.toLowerCase().replace(/[,.;:]$/, '')) ?? 0;
    // a header cell is one label: a long label broken to fit its column is joined without further evidence
    // a cell word broken by the layout: the joined word is used elsewhere, or the piece is a stub no text uses as a word (`e`, `ene`)
    const stub = fragment.replace(/[,.;:]$/, '').length <= MAX_STUB && uses(fragment) < 2;
    if (fills && (header || stub || uses(broken + fragment) > 0)) out[out.length - 1] += s.text;
    else out.push(s.text);
  });
  return out;
}
