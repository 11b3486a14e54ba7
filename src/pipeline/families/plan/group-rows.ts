/**
 * Strategies written as spanning rows without a level label: inside a table with a `Nr.` column numbered in two
 * levels (`1.1`, `1.2`, `2.1` …), a short line standing alone before the first row of each group (`Grønn industri`
 * above `1.1 …`, `Reiseliv` above `2.1 …`) names the group. Only read so when every group has one and the first
 * stands right under the header, where no row can have wrapped onto it.
 */
import type { SourceLine } from '../../types.ts';
import type { TableHeader } from '../../extract/table-header.ts';
import { ROW_NUMBER } from '../../extract/table-tokens.ts';
import { SUBTOTAL_LINE, SUM_SENTENCE } from '../../../vocabulary/action-table.ts';

/** Longest line a group row takes; a table row with its cells runs longer. */
const GROUP_ROW_MAX = 60;
/** A line this long is prose across the page: the table has ended. */
const PROSE_LINE_MIN = 116;

/** A line that can name a group: short, capitalised, no figures (no row number, time or amount), no closing punctuation. */
const namesGroup = (t: string) => t.length <= GROUP_ROW_MAX && /^\p{Lu}/u.test(t) && !/\d/.test(t) && !/[.,:;-]$/.test(t);

/** The numbered rows under the header at `at`, up to where the table ends, each with its line index and group number. */
function numberedRows(filled: SourceLine[], at: number, header: TableHeader, headers: Map<number, TableHeader>): { i: number; group: string }[] {
  const rows: { i: number; group: string }[] = [];
  const columns = header.columns.join(' ');
  for (let j = at + 1; j < filled.length; j++) {
    const t = filled[j].text;
    const h = headers.get(filled[j].no);
    if (h && h.columns.join(' ') === columns) continue;
    if (h || t.length >= PROSE_LINE_MIN || SUBTOTAL_LINE.test(t) || SUM_SENTENCE.test(t)) break;
    const m = ROW_NUMBER.exec(t);
    if (!m) continue;
    const parts = m[1].split('.');
    // a number of another depth (`5. Oppfølging` after `4.2 …`) is no row of this table
    if (parts.length !== 2) break;
    rows.push({ i: j, group: parts.slice(0, -1).join('.') });
  }
  return rows;
}

/** The group lines of the table whose header is filled[at], or none when some group lacks one. */
function groupLinesUnder(filled: SourceLine[], at: number, headers: Map<number, TableHeader>): number[] {
  const rows = numberedRows(filled, at, headers.get(filled[at].no)!, headers);
  const starts = rows.filter((r, k) => k === 0 || r.group !== rows[k - 1].group);
  if (starts.length < 2 || starts[0].i !== at + 2) return [];
  const lines = starts.map((r) => filled[r.i - 1]);
  const standsAlone = lines.every((l) => namesGroup(l.text) && !ROW_NUMBER.test(l.text) && !headers.has(l.no));
  return standsAlone ? lines.map((l) => l.no) : [];
}

/**
 * Lines that are spanning rows naming a group of a numbered action table, read as strategy lines.
 * @example unlabelledGroupRows(lines, headers) // Set { 88, 95 } for `Havbruk` over `1.1 …` and `Reiseliv` over `2.1 …`
 */
export function unlabelledGroupRows(filled: SourceLine[], headers: Map<number, TableHeader>): Set<number> {
  const out = new Set<number>();
  filled.forEach((l, i) => {
    if (headers.get(l.no)?.roles[0] === 'number') for (const no of groupLinesUnder(filled, i, headers)) out.add(no);
  });
  return out;
}
