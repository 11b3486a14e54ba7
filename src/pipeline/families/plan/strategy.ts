/** One strategy of a plan: its title, description and actions (a table in any column order, or a list of bullets). */
import type { Action, BodyNode, Strategy } from '../../../schemas/index.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { joinLines, type Block } from '../../segment.ts';
import { urls } from '../../../lib/urls.ts';
import { splitActionRows, type ActionRow } from '../../extract/action-table.ts';
import type { TableHeader } from '../../extract/table-header.ts';
import { opensActionList, readActionList, type ListedActionRow } from '../../extract/action-bullets.ts';
import { cellNames } from '../../extract/names.ts';
import { splitAnyOrderRows } from '../../extract/action-cells.ts';
import { readInterleavedRows } from '../../extract/interleaved-rows.ts';
import { numberingStyle, rowNumberAt, type NumberingStyle } from '../../extract/table-tokens.ts';
import { parseTimeframe } from '../../extract/timeframe.ts';
import { extractGoals, GOAL_SECTION, opensGoalList } from '../../extract/goals.ts';
import type { PlanLines } from './lines.ts';
import type { PlanContext } from './context.ts';
import { endsTable, isReadingOrder, STRATEGY_SECTION } from './table-bounds.ts';

/**
 * A strategy title wraps onto the next line when it has not ended (no full stop) and the next line continues it:
 * lower case (`… kultur som` / `grunnlag`) or after a hyphen, comma or joining word. A capitalised line after it
 * opens the description, which double-spaced text puts in the same block.
 */
function titleGoesOn(line: string, next: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  return /^[a-zæøå(«]/.test(next) || /[-–,]$/.test(line) || /\s(og|i|for|av|med|til|på|som|samt)$/.test(line);
}

/** Title of a strategy from its first block(s): wrapped lines joined, the `Strategi:` label removed; the rest is description. */
function strategyTitle(first: Block, pl: PlanLines): { title: string; titleLines: SourceLine[]; restLines: SourceLine[] } {
  const lines = first.lines;
  let end = 1;
  while (end < lines.length && titleGoesOn(lines[end - 1].text, lines[end].text)) end++;
  const titleLines = lines.slice(0, end);
  const title = joinLines(titleLines.map((l) => l.text)).replace(pl.strategyPattern, '$3').replace(/\s+\.$/, '.').trim();
  return { title, titleLines, restLines: lines.slice(end) };
}

/** The title of the strategy at blocks[start], joined over a blank line where it wraps there; the index after it. */
function readTitle(blocks: Block[], start: number, pl: PlanLines): { title: string; lastLine: number; rest: Block[]; next: number } {
  const { title, titleLines, restLines } = strategyTitle(blocks[start], pl);
  const rest = restLines.length ? [{ lines: restLines, first: restLines[0].no, last: restLines[restLines.length - 1].no }] : [];
  const next = blocks[start + 1];
  // a title wrapped across a blank line: the next block is one short line that continues it
  if (!restLines.length && next && next.lines.length === 1 && !/[.!?]$/.test(title) && next.lines[0].text.length < 60 && /^[a-zæøå(]/.test(next.lines[0].text)) {
    return { title: joinLines([title, next.lines[0].text]), lastLine: next.last, rest, next: start + 2 };
  }
  return { title, lastLine: titleLines[titleLines.length - 1].no, rest, next: start + 1 };
}

/** What stands between a strategy's title and its actions: description blocks, then a table header or a list of actions. */
interface Lead {
  description: Block[];
  header?: TableHeader;
  headerLine: number;
  listRows: ListedActionRow[];
  listBlocks: Block[];
  next: number;
}

/** Reads the description up to the action table's header (or an action list), from blocks[i]. */
function readLead(blocks: Block[], i: number, pl: PlanLines, description: Block[]): Lead {
  const lead: Lead = { description, headerLine: 0, listRows: [], listBlocks: [], next: i };
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (pl.isStrategyLine(b.lines[0])) break;
    if (pl.isHeaderLine(b.lines[0])) {
      lead.header = pl.headerAt(b.lines[0]);
      lead.headerLine = b.lines[0].no;
      i++;
      break;
    }
    const t = joinLines(b.lines.map((l) => l.text));
    if (STRATEGY_SECTION.test(t) || GOAL_SECTION.test(t)) break;
    // actions as a list of bullets with labelled lines (`Ansvar: …`), not a table
    if (opensActionList(blocks, i)) {
      const list = readActionList(blocks, i);
      lead.listRows = list.rows;
      lead.listBlocks = blocks.slice(i, list.next);
      i = list.next;
      break;
    }
    description.push(b);
  }
  lead.next = i;
  return lead;
}

/** A row cut by a page break: the text ends mid-word or inside a quote (`«Jobb i Vest-`), the page's first line ends it. */
const cutMidText = (b: Block) => /[-«(]$|«[^»]*$/.test(b.lines[b.lines.length - 1].text);

/** The blocks of an action table from blocks[i], past headers repeated at page starts; the index after the table. */
function readTableBlocks(blocks: Block[], i: number, header: TableHeader, pl: PlanLines): { rows: Block[]; repeated: Block[]; next: number } {
  const rows: Block[] = [];
  const repeated: Block[] = [];
  const headerText = header.columns.join(' ').toLowerCase();
  let afterRepeat = false;
  // how the rows are numbered, from the first numbered row (a `Nr.` column)
  let rowStyle: NumberingStyle | undefined;
  for (; i < blocks.length && !pl.isStrategyLine(blocks[i].lines[0]) && !endsTable(blocks[i], pl, header, rowStyle); i++) {
    const b = blocks[i];
    const n = header.roles[0] === 'number' ? rowNumberAt(b.lines[0].text) : undefined;
    if (n && !/^\d{1,3}$/.test(b.lines[0].text)) rowStyle ??= numberingStyle(n.number);
    if (pl.isHeaderLine(b.lines[0])) {
      if (pl.headerAt(b.lines[0])?.columns.join(' ').toLowerCase() !== headerText) break;
      repeated.push(b);
      afterRepeat = true;
      continue;
    }
    // the rest of a text the page break cut: `«Jobb i Vest-` / (header) / `Telemark»`
    const prev = rows[rows.length - 1];
    const pageNumberOnly = prev && prev.lines.length === 1 && /^\d{1,3}$/.test(prev.lines[0].text);
    const cut = rows[rows.length - (pageNumberOnly ? 2 : 1)];
    if (afterRepeat && cut && cutMidText(cut) && b.lines.length === 1 && b.lines[0].text.length < 30) {
      cut.lines = [...cut.lines, ...b.lines];
      cut.last = b.last;
    } else rows.push(b);
    afterRepeat = false;
  }
  return { rows, repeated, next: i };
}

/** One action from its row: numbered in the strategy (or as the plan numbers it), names cut out of its cells. */
function toAction(ctx: PlanContext, r: ListedActionRow, chapterNo: string, k: number, n: number): Action {
  const { file, documentId } = ctx.input;
  const anchor = `tiltak-${chapterNo}-${k}-${n}`;
  const number = r.number ?? `${chapterNo}.${k}.${n}`;
  const a: Action = {
    id: `${documentId}--${anchor}`,
    anchor,
    number,
    text: r.text || '(uten tekst)',
    // one name per body: the cell as written stays in responsibleText / partnersText for the pages
    responsible: cellNames(r.responsible),
    partners: cellNames(r.partners),
    timeframe: parseTimeframe(r.timeframe),
    themes: [],
    warnings: r.warnings,
    source: sourceOf(file, r.first, r.last),
  };
  if (r.responsibleText) a.responsibleText = r.responsibleText;
  if (r.partnersText) a.partnersText = r.partnersText;
  if (r.financing) a.financing = r.financing;
  if (r.uncertain) a.uncertain = r.uncertain;
  return a;
}

/** The rows of a strategy's actions: the classic order has its own splitter; any other order (or a number column) is cut role by role. */
function actionRows(ctx: PlanContext, lead: Lead, tableBlocks: Block[]): ListedActionRow[] {
  const { header } = lead;
  if (!header) return lead.listRows;
  // a flattened table whose rows wrap with text and cells side by side has its own reader; it declines other layouts
  const interleaved = readInterleavedRows(tableBlocks, header, ctx.lexicon);
  if (interleaved) return interleaved;
  return isReadingOrder(header) ? splitActionRows(tableBlocks, header, ctx.lexicon) : splitAnyOrderRows(tableBlocks, header, ctx.lexicon);
}

/** Reads one strategy from blocks[start]: title, description, actions; pushes its node (and any trailing notes) into body. Returns the next index. */
export function readStrategy(ctx: PlanContext, blocks: Block[], start: number, chapterId: string, chapterNo: string, body: BodyNode[], prose: (bs: Block[]) => BodyNode[]): number {
  const { file, documentId } = ctx.input;
  const k = ctx.strategies.filter((s) => s.chapterId === chapterId).length + 1;
  const localId = `strategi-${chapterNo}-${k}`;
  const head = readTitle(blocks, start, ctx.pl);
  // a spanning row inside a table (`Innsatsområde 2 – …` between action rows): the rows under it are its actions
  const spanning = ctx.spanning.get(blocks[start].lines[0].no);
  const lead: Lead = spanning ? { description: [], header: spanning, headerLine: 0, listRows: [], listBlocks: [], next: head.next } : readLead(blocks, head.next, ctx.pl, head.rest);
  const table = lead.header ? readTableBlocks(blocks, lead.next, lead.header, ctx.pl) : { rows: [], repeated: [], next: lead.next };
  if (spanning) table.rows.unshift(...head.rest);
  const actions = actionRows(ctx, lead, table.rows).map((r, n) => toAction(ctx, r, chapterNo, k, n + 1));
  const spans = [...lead.description, ...table.rows, ...table.repeated, ...lead.listBlocks].map((b) => b.last);
  const strategy: Strategy = {
    id: `${documentId}--${localId}`,
    documentId,
    chapterId,
    number: `${chapterNo}.${k}`,
    title: head.title,
    description: lead.description.filter((b) => !opensGoalList(b)).map((b) => joinLines(b.lines.map((l) => l.text))),
    columns: lead.header?.columns ?? [],
    actions,
    themes: [],
    regions: [],
    url: urls.strategy(documentId, localId),
    source: sourceOf(file, blocks[start].first, Math.max(head.lastLine, lead.headerLine, ...spans)),
  };
  ctx.strategies.push(strategy);
  // a goal stated with the strategy (`Delmål: Helgeland skal …` under `Satsingsområde 1`) is a goal of its chapter, shown above it
  const goalBlocks = lead.description.filter(opensGoalList);
  if (goalBlocks.length) {
    const g = extractGoals(goalBlocks, { file, documentId, chapterId, nextNumber: () => ++ctx.goalCounter.n }, prose);
    ctx.goals.push(...g.goals);
    body.push(...g.nodes);
  }
  body.push({ type: 'strategy', id: strategy.id, source: strategy.source });
  // page numbers the normaliser kept inside the table are no cells, but every line is shown
  const pageNumbers = table.rows.filter((b) => b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text));
  if (pageNumbers.length || table.repeated.length) body.push(...prose([...pageNumbers, ...table.repeated].sort((a, b) => a.first - b.first)));
  return readNotes(blocks, table.next, ctx.pl, body, prose);
}

/** Notes under a table (`*Arbeidsgruppen mener …`) stay prose of the chapter, up to the next strategy or goal section. */
function readNotes(blocks: Block[], i: number, pl: PlanLines, body: BodyNode[], prose: (bs: Block[]) => BodyNode[]): number {
  const notes: Block[] = [];
  while (i < blocks.length && !pl.isStrategyLine(blocks[i].lines[0])) {
    const t = joinLines(blocks[i].lines.map((l) => l.text));
    if ((GOAL_SECTION.test(t) && blocks[i].lines.length === 1) || opensGoalList(blocks[i])) break;
    notes.push(blocks[i++]);
  }
  if (notes.length) body.push(...prose(notes));
  return i;
}
