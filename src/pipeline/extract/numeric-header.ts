/**
 * Header lines of numeric tables: a line of years or dates (`2010K4`, `31.12.2013`), of place
 * names (`0501 Lillehammer 0521 Øyer …`), of category words over a label column
 * (`Område Regulert Ledig Sum`), or a label-column heading followed by column titles that mix words
 * and years (`Kommune 2014 2019 2024 Endring 2014–2024`, `Kommune Innbyggjarar 1.1.2024 Innskot per år (kr)`).
 * The rows under a header decide how many columns it has.
 */
import { municipalities, regions } from '../../data/regions.ts';
import type { SourceLine } from '../types.ts';
import { CODE, lostGroups, readRow, readValuesOnly, splitRowText, SUM_TITLE, TIME_KEY } from './numeric-row.ts';

/** A header read: the label column's heading (when the header gives one) and the value columns' titles. */
export interface HeaderRead {
  labelTitle?: string;
  columns: string[];
  /** Lines under the header that continue its column titles (`i %` under `Endring`). */
  continued?: number;
}

const isUpper = (t: string) => /^\p{Lu}/u.test(t);

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
export function readTimeHeader(text: string): HeaderRead | undefined {
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
export function readCategoryHeader(text: string, below: SourceLine[]): HeaderRead | undefined {
  if (/\d|[.:;,!?]$/.test(text) || text.length > 120 || below.length < 2) return undefined;
  const titles = splitColumnTitles(text);
  if (titles.length < 3 || titles.length > 10 || titles.some((t) => t.split(' ').length > 3)) return undefined;
  const columns = titles.slice(1);
  if (!below.every((l) => exactReading(l, columns.length))) return undefined;
  return { labelTitle: titles[0], columns };
}

const placeNames = new Set<string>([...municipalities.flatMap((m) => [m.name, m.shortName]), ...regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[])])]);
/** True when a row label names a municipality or region, with or without its number. */
export const isPlaceName = (label: string) => placeNames.has(label.replace(/^\d{1,4}\s+/, ''));
/** Known place names, longest first, for splitting `0501 Lillehammer Sysselsatte etter bosted`. */
export const placeNamesStartingLabel = (text: string) => [...placeNames].filter((n) => text.startsWith(n + ' ')).sort((a, b) => b.length - a.length);

/** Header of names: `0501 Lillehammer 0521 Øyer 0522 Gausdal 0 Hele landet`, no values. */
export function readNameHeader(text: string): HeaderRead | undefined {
  if (/\d,\d|%/.test(text) || text.length > 160 || /[.:;]$/.test(text)) return undefined;
  const cols = splitColumnTitles(text);
  if (cols.length < 2 || cols.length > 15) return undefined;
  if (cols.some((c) => c.split(' ').length > 4) || /,/.test(text)) return undefined;
  // most columns must be places (with or without a code) or sums, as in `0501 Lillehammer 0521 Øyer Sum region`
  const placeLike = cols.filter((c) => /^\d{1,4} \p{Lu}/u.test(c) || placeNames.has(c) || /^(sum|totalt?|hele landet)\b/i.test(c)).length;
  if (placeLike < Math.max(2, cols.length * 0.6)) return undefined;
  return { columns: cols };
}

/** True when a line reads as a row with exactly `k` cells (its label on the line or on the lines above). */
function exactReading(line: SourceLine, k: number): boolean {
  const r = readRow(line, k) ?? readValuesOnly(line, k);
  return !!r && r.readings.some((x) => x.cells.length === k);
}

/** A line under a header that continues its last column's title: `i %`, `(kr)`, `personer`. */
export function continuesHeader(line: SourceLine): boolean {
  return line.text.length <= 30 && /^[\p{Ll}(%]/u.test(line.text) && !/\d{2}/.test(line.text) && !line.bullet;
}

/** Column titles where a year or date after a word belongs to it (`Innbyggjarar 1.1.2024`, `Vekst 2012–2022`). */
function mergeTimeKeys(groups: string[]): string[] {
  const out: string[] = [];
  groups.forEach((g, i) => {
    if (i > 1 && TIME_KEY.test(g) && !TIME_KEY.test(groups[i - 1]) && !SUM_TITLE.test(groups[i - 1])) out[out.length - 1] += ` ${g}`;
    else out.push(g);
  });
  return out;
}

/** Rows a labelled header must have under it before it counts as one. */
const LABELLED_HEADER_ROWS_MIN = 2;

/**
 * Header of a label-column heading and column titles that mix words and years. It counts only when
 * the rows under it read with exactly as many numbers as it has column titles.
 * @example readLabelledHeader('Kommune Antall saker Innvilget (kr)', rows) // { labelTitle: 'Kommune', columns: ['Antall saker', 'Innvilget (kr)'] }
 */
export function readLabelledHeader(head: SourceLine, below: SourceLine[]): HeaderRead | undefined {
  const text = head.text;
  if (head.bullet || text.length > 120 || /[.:;,!?]$|:/.test(text) || !isUpper(text)) return undefined;
  // a header that reads as a row of years (`Innskot 2025 Innskot 2026`) is still a header; other numbers make it a row
  const asRow = splitRowText(head) && readRow(head);
  if (asRow && !asRow.cells.every((c) => c && TIME_KEY.test(c.text))) return undefined;
  const aligned = alignedSecondLine(head, below[0]);
  if (aligned) return headerFromGroups(aligned, 1, below.slice(1, 5));
  let continued = 0;
  while (continued < 2 && below[continued] && continuesHeader(below[continued])) continued++;
  const rows = below.slice(continued, continued + 4);
  const tried = [splitColumnTitles(text), mergeTimeKeys(splitColumnTitles(text))]
    .filter((groups) => groups.length >= 2 && groups.every((g) => g.split(' ').length <= 5))
    .map((groups) => ({ groups, lost: lostGroupsUnder(rows, groups.length - 1) }))
    .filter((t) => t.lost !== undefined)
    .sort((a, b) => a.lost! - b.lost!);
  if (!tried.length) return undefined;
  const { groups } = tried[0];
  const columns = groups.slice(1);
  if (continued) columns[columns.length - 1] = [columns[columns.length - 1], ...below.slice(0, continued).map((l) => l.text)].join(' ');
  return { labelTitle: groups[0], columns, continued };
}

/** A header read from its groups (label heading, then column titles) when the rows under it read with as many numbers. */
function headerFromGroups(groups: string[], continued: number, rows: SourceLine[]): HeaderRead | undefined {
  if (groups.length < 2 || lostGroupsUnder(rows, groups.length - 1) === undefined) return undefined;
  return { labelTitle: groups[0], columns: groups.slice(1), continued };
}

/** Pieces of a raw line between runs of two or more spaces, with the column each starts and ends at. */
function gapPieces(raw: string): { text: string; from: number; to: number }[] {
  return [...raw.replace(/[\u00a0\t]/g, ' ').matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
}

/** Columns a space-aligned header needs, its label heading included, before a second line may continue it. */
const ALIGNED_HEADER_PIECES_MIN = 3;

/**
 * A header set in space-aligned columns over two lines (`Kommune   Innbyggere   Andel per   Sum` /
 * `          1.1.2025     innbygger`): each piece of the second line stands under one value column of the first
 * and no row reads on it. The header's groups with the pieces added, or undefined.
 */
function alignedSecondLine(head: SourceLine, next: SourceLine | undefined): string[] | undefined {
  const cols = gapPieces(head.raw);
  if (!next || next.bullet || cols.length < ALIGNED_HEADER_PIECES_MIN || readRow(next) || readValuesOnly(next)) return undefined;
  const groups = cols.map((c) => c.text);
  for (const piece of gapPieces(next.raw)) {
    const under = cols.findIndex((c) => piece.from < c.to && c.from < piece.to);
    if (under < 1 || cols.some((c, n) => n !== under && piece.from < c.to && c.from < piece.to)) return undefined;
    groups[under] += ` ${piece.text}`;
  }
  return groups;
}

/**
 * How many lost thousands groups the rows under a header need to read with `k` numbers each (`12 164`
 * read as `12` and `164`); undefined when the first row or too few rows read with `k` numbers.
 */
function lostGroupsUnder(rows: SourceLine[], k: number): number | undefined {
  const exact = rows.map((l) => {
    const r = readRow(l, k) ?? readValuesOnly(l, k);
    const fits = r?.readings.filter((x) => x.cells.length === k) ?? [];
    return fits.length ? Math.min(...fits.map((x) => lostGroups(x.cells))) : undefined;
  });
  if (exact[0] === undefined || exact.filter((x) => x !== undefined).length < LABELLED_HEADER_ROWS_MIN) return undefined;
  return exact.reduce<number>((s, x) => s + (x ?? 0), 0);
}
/** `0501 Lillehammer Sysselsatte etter bosted` → group `0501 Lillehammer`, rest `Sysselsatte etter bosted`. */
export function groupOf(label: string): { group: string; rest: string } | undefined {
  const m = /^(\d{2,4})\s+(.+)$/.exec(label);
  if (!m) return undefined;
  const name = placeNamesStartingLabel(m[2])[0] ?? /^(\S+)\s/.exec(m[2])?.[1];
  if (!name) return undefined;
  const rest = m[2].slice(name.length).trim();
  if (!rest || !/^[A-ZÆØÅ]/.test(rest) || rest.split(' ').length < 2) return undefined;
  return { group: `${m[1]} ${name}`, rest };
}
