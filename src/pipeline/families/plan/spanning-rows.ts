/**
 * Strategies written as spanning rows inside one action table: a row across all columns that carries a level label
 * (`Innsatsområde 1 – Grønn industri`, `Satsingsområde 2: …`, `Strategi 3: …`) between the action rows, under a
 * header that stands above the first of them. Each such strategy reads the table's rows up to the next spanning
 * row with the header above it.
 */
import type { Block } from '../../segment.ts';
import type { TableHeader } from '../../extract/table-header.ts';
import type { PlanLines } from './lines.ts';
import { endsTable } from './table-bounds.ts';
import { numberedHeading } from '../../layout/index.ts';
import { ROW_NUMBER } from '../../extract/table-tokens.ts';

/**
 * The strategy has a table header of its own before the next strategy line or the next chapter heading: its
 * description and its own table follow, so it is a heading after the table, not a row of it. A header with the
 * open table's columns counts too (a numbered row right under the strategy overrides this: see below).
 */
function ownHeaderAhead(blocks: Block[], i: number, pl: PlanLines): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const l = blocks[j].lines[0];
    if (pl.isStrategyLine(l)) return false;
    if (pl.isHeaderLine(l)) return true;
    if (blocks[j].lines.length === 1 && isChapterHeading(l.text)) return false;
  }
  return false;
}

/** A chapter heading standing alone (`5. Oppfølging`, `6 Organisering`): a whole number, no sub-number. */
const isChapterHeading = (text: string) => /^\d{1,2}\.?\s/.test(text) && numberedHeading(text) !== undefined;

/** The line right under the strategy line (no blank line between) is a numbered row of a table with a `Nr.` column. */
function numberedRowRightUnder(b: Block, open: TableHeader): boolean {
  return open.roles[0] === 'number' && b.lines.length > 1 && b.lines[1].no === b.lines[0].no + 1 && ROW_NUMBER.test(b.lines[1].text);
}

/** The strategy line touches the table: no blank line between it and the block above, or the line under it. */
function touchesTable(blocks: Block[], i: number): boolean {
  const b = blocks[i];
  const above = i > 0 && blocks[i - 1].last === b.first - 1;
  return above || (b.lines.length > 1 && b.lines[1].no === b.lines[0].no + 1);
}

/**
 * The strategy lines that are spanning rows of an open action table, each with that table's header. A table is open
 * from its header through its rows (and headers repeated after a page break) until a block ends it; a strategy line
 * met while it is open is a spanning row when it touches the table (no blank line above or below it) and has no table
 * of its own — no header before the next strategy line, or a numbered row right under it. Any other strategy line
 * closes the table.
 * @example spanningRows(blocks, pl).get(88)?.columns // ['Nr.', 'Tiltak', 'Ansvar', …] for `Innsatsområde 1 – …` on line 88 right under the header
 */
export function spanningRows(blocks: Block[], pl: PlanLines): Map<number, TableHeader> {
  const out = new Map<number, TableHeader>();
  let open: TableHeader | undefined;
  blocks.forEach((b, i) => {
    const l = b.lines[0];
    const header = pl.headerAt(l);
    if (header) {
      open = header;
      return;
    }
    if (pl.isStrategyLine(l)) {
      if (open && touchesTable(blocks, i) && (numberedRowRightUnder(b, open) || !ownHeaderAhead(blocks, i, pl))) out.set(l.no, open);
      else open = undefined;
      return;
    }
    if (open && endsTable(b, pl, open)) open = undefined;
  });
  return out;
}
