/** Where a plan's action table ends, and which row splitter reads it. */
import { joinLines, type Block } from '../../segment.ts';
import type { TableHeader } from '../../extract/table-header.ts';
import { GOAL_SECTION } from '../../extract/goals.ts';
import { numberedHeading } from '../../layout/index.ts';
import { ROW_NUMBER, rowNumberAt, type NumberingStyle } from '../../extract/table-tokens.ts';
import { endsShort } from '../line-width.ts';
import { SUBTOTAL_LINE, SUM_SENTENCE } from '../../../vocabulary/action-table.ts';
import { isNumberedLevelLine } from '../../../vocabulary/levels.ts';
import { CAPTION_WORDS } from '../../../vocabulary/units.ts';
import type { PlanLines } from './lines.ts';

/** Longest line a sub-heading inside a chapter takes (`4.2 Mat og landbruk`); longer numbered lines are rows or list items. */
const SECTION_HEADING_MAX = 60;

/** Section headings after which a plan's strategies follow; they end a goal section. */
export const STRATEGY_SECTION = /^(strategiske satsingsområder|strategier( og tiltak)?|satsingsområder|tiltak)$/i;

/** A table caption opening a line: `Tabell 3: …`, `Tabell: …`, `Figur 2 …` (a caption word, then a number or a colon). */
const CAPTION_OPENER = new RegExp(`^(?:${CAPTION_WORDS.map((w) => w.replace('.', '\\.')).join('|')})\\s*(?:\\d+(?:\\.\\d+)*\\b|:)`, 'i');

/**
 * A block that cannot be part of an action table: very long lines (prose across the page) or a heading of the plan.
 * `rowStyle`: how the table's rows were numbered so far, under a `Nr.` column (`A1` … or `1.1` …).
 */
export function endsTable(b: Block, pl: PlanLines, header?: TableHeader, rowStyle?: NumberingStyle): boolean {
  // rows whose cells the PDF reader took from the page layout are table rows however long
  if (b.lines.every((l) => l.cells)) return false;
  if (runsLikeProse(b, header)) return true;
  const text = joinLines(b.lines.map((l) => l.text));
  // a sum line (`Sum satsingsområde 3.1 1 820`) closes the table; it is no action
  if (b.lines.length === 1 && (SUBTOTAL_LINE.test(text) || SUM_SENTENCE.test(text))) return true;
  // a heading of the plan's levels (`Innsatsområde 2 Reiseliv`, no colon) or the caption of the next table (`Tabell: …`)
  if (isNumberedLevelLine(b.lines[0].text) || CAPTION_OPENER.test(b.lines[0].text)) return true;
  // a sub-heading (`4.2 Mat og landbruk`, `5 Oppfølging`) after the table, unless the table numbers its rows
  // (rows lettered `A1`–`C4`: a heading numbered in digits, `5 Oppfølging`, is no row of it)
  const numbered = header?.roles.includes('number');
  if ((!numbered || rowStyle === 'letter') && isSectionHeading(b)) return true;
  // a paragraph under a numbered table: its rows open with their numbers, the paragraph runs as wide as the prose
  if (numbered && rowStyle && isParagraph(b, pl.width)) return true;
  return GOAL_SECTION.test(text) || STRATEGY_SECTION.test(text);
}

/** Line lengths (characters) past which a block reads as prose across the page rather than table cells. */
const PROSE_LINE = {
  /** One line this long is prose whatever else. */
  single: 150,
  /** Among several lines, one this long makes the block prose. */
  inBlock: 115,
};

/**
 * A block of lines as long as prose: a single table row can run long (`Bruke ungdoms-OL … Februar 2016`), prose
 * paragraphs run long on several lines. Under a `Nr.` column a line that opens with a row number is a row however
 * long (one row per line: `3.2 Lage en plan for besøksforvaltning … Bø kommune … 2026`), so only the others count.
 */
function runsLikeProse(b: Block, header?: TableHeader): boolean {
  const numbered = header?.roles.includes('number') && ROW_NUMBER.test(b.lines[0].text);
  const long = b.lines.filter((l) => !(numbered && ROW_NUMBER.test(l.text)));
  return long.some((l) => l.text.length > PROSE_LINE.single) || (b.lines.length > 1 && long.some((l) => l.text.length > PROSE_LINE.inBlock));
}

/** The column order the row splitter reads: the text first, then responsible, partners, timeframe, financing (each optional). */
export function isReadingOrder(h: TableHeader): boolean {
  const order = ['text', 'responsible', 'partners', 'timeframe', 'financing'];
  const at = h.roles.map((r) => order.indexOf(r));
  return at[0] === 0 && at.every((x, i) => i === 0 || x > at[i - 1]);
}

/**
 * A paragraph of prose: no row number opening it, every line but the last wrapped at the plan's prose width, and
 * a sentence closed at its end (`I tillegg til tiltaka … førstelinje-` / `arbeidet … planen.`). Cells wrap narrower.
 */
function isParagraph(b: Block, width: number): boolean {
  if (b.lines.length < 2 || rowNumberAt(b.lines[0].text)) return false;
  return /[.!?]$/.test(b.lines[b.lines.length - 1].text) && b.lines.slice(0, -1).every((l) => !endsShort(l.text, width));
}

/** A block that opens with a numbered heading standing alone on its line (`4.2 Mat og landbruk`), not a numbered row of text. */
function isSectionHeading(b: Block): boolean {
  const h = numberedHeading(b.lines[0].text);
  // a numbered row wraps mid-phrase (`2. Regulere nytt næringsområde på` / `Bø sør`); a heading ends its line
  if (!h || b.lines[0].text.length > SECTION_HEADING_MAX || /\s(og|i|for|av|med|til|på|som|samt|ved|mot)$/.test(b.lines[0].text)) return false;
  return b.lines.length === 1 || /^[A-ZÆØÅ]/.test(b.lines[1].text);
}
