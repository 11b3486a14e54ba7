/** One chapter of a plan: prose and numeric tables, goal sections, strategies, footnotes. */
import type { BodyNode, Chapter } from '../../../schemas/index.ts';
import { sourceOf } from '../../types.ts';
import { joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { chapterIdOf } from '../plain.ts';
import type { Footnote } from '../../extract/footnotes.ts';
import { extractGoals, GOAL_SECTION, goalLabelOf, isBareNumber, opensGoalList } from '../../extract/goals.ts';
import { listMarkOf } from '../../extract/list-items.ts';
import { extractNumericTables } from '../../extract/numeric-table.ts';
import type { PlanContext } from './context.ts';
import { footnoteNode, type Part } from './chapters.ts';
import { readStrategy } from './strategy.ts';
import { STRATEGY_SECTION } from './table-bounds.ts';

/** Where a chapter's body is read: its id and number, and how its prose is made. */
interface ChapterScope {
  chapterId: string;
  chapterNo: string;
  appendix: boolean;
  /** The chapter's own heading is a goal-section heading (`Visjon og mål`): its first blocks are goals. */
  goalChapter: boolean;
  /** Prose with the numeric tables among it turned into datasets. */
  prose: (bs: Block[]) => BodyNode[];
}

/** The chapter's blocks after its heading, footnote lines left out, each block's line span updated. */
function chapterBlocks(part: Part, footLines: Set<number>): Block[] {
  const headAt = part.head && !part.headInBody ? (part.headIndex ?? 0) : -1;
  return part.blocks.filter((_, i) => i !== headAt)
    .map((b) => ({ ...b, lines: b.lines.filter((l) => !footLines.has(l.no)) }))
    .filter((b) => b.lines.length)
    .map((b) => ({ ...b, first: b.lines[0].no, last: b.lines[b.lines.length - 1].no }));
}

/** Prose for a chapter: numeric tables (population, retail) among it become datasets, shown where they stood. */
function proseWithTables(ctx: PlanContext, chapterId: string, ids: IdMaker): (bs: Block[]) => BodyNode[] {
  const { file, documentId } = ctx.input;
  const plainProse = (bs: Block[]) => blocksToProse(bs, file, ids, 2);
  return (bs: Block[]): BodyNode[] => {
    const found = extractNumericTables(bs, { file, documentId, chapterId, nextLocalId: () => `tabell-${++ctx.tableCounter.n}` });
    const out: BodyNode[] = [];
    let run: Block[] = [];
    for (const item of found) {
      if ('kind' in item) {
        out.push(...plainProse(run));
        run = [];
        ctx.datasets.push(item.dataset);
        out.push({ type: 'dataset', id: item.dataset.id, source: sourceOf(file, item.first, item.last) });
      } else run.push(item);
    }
    out.push(...plainProse(run));
    return out;
  };
}

/** The block opens a goal section: a line `Mål` (or a synonym) on its own. */
const opensGoalSection = (b: Block) => b.lines.length === 1 && GOAL_SECTION.test(joinLines(b.lines.map((l) => l.text)).replace(/:$/, '').replace(NUMBERED, ''));

/** A section number before a heading: `3 `, `3. `, `4.1 `. */
const NUMBERED = /^\d+(?:\.\d+)*\.?\s+/;

/**
 * The block is the next item of a numbered list that double spacing split into blocks: its mark follows the mark of
 * the block before (`2.` after `1.`), or it is item `1.` right under a bare goal label (`Delmål`).
 */
function nextListItem(prevBlock: Block | undefined, block: Block): boolean {
  const mark = listMarkOf(block.lines[0].text);
  if (!mark || !prevBlock) return false;
  const prevText = prevBlock.lines[0].text;
  const prev = listMarkOf(prevText);
  if (prev) return prev.style === mark.style && prev.ordinal + 1 === mark.ordinal;
  return mark.ordinal === 1 && prevBlock.lines.length === 1 && goalLabelOf(prevText)?.rest === '';
}

/**
 * Where a goal section that starts at `start` ends: at the strategies, a table header, or a short line that is
 * the next heading — unless that line is one more goal (bulleted, indented under the one before, or under a label).
 */
function goalSectionEnd(ctx: PlanContext, blocks: Block[], start: number): number {
  const { isStrategyLine, isHeaderLine } = ctx.pl;
  let i = start;
  while (i < blocks.length) {
    const nb = blocks[i];
    const t = joinLines(nb.lines.map((l) => l.text));
    if (isStrategyLine(nb.lines[0]) || STRATEGY_SECTION.test(t) || isHeaderLine(nb.lines[0])) break;
    const prevBlock = i > start ? blocks[i - 1] : undefined;
    const prevLast = prevBlock?.lines[prevBlock.lines.length - 1].text ?? '';
    // the goal under a label (`Hovedmål:`), which double-spaced text puts in a block of its own
    const underLabel = prevBlock !== undefined && prevBlock.lines.length === 1 && /:$/.test(prevLast) && goalLabelOf(prevLast) !== undefined;
    const item = nb.lines[0].bullet || underLabel || (nb.lines[0].indented && prevBlock !== undefined && (prevBlock.lines[0].indented || /:$/.test(prevLast))) || nextListItem(prevBlock, nb);
    // a short line without a full stop is the next heading (`Bakgrunn`, `3 NÆRINGSAREALER OG LOKALISERING`)
    const heading = /^[A-ZÆØÅ][^.]{0,60}$/.test(t.replace(NUMBERED, '')) && (!NUMBERED.test(t) || !nb.lines[0].bullet);
    if (nb.lines.length === 1 && heading && !goalLabelOf(t) && !/:$/.test(t) && i > start && !item) break;
    i++;
  }
  return i;
}

/** Reads the goal section whose heading is block i into the body and the plan's goals; returns the index after it. */
function readGoalSection(ctx: PlanContext, blocks: Block[], i: number, scope: ChapterScope, body: BodyNode[]): number {
  body.push(...scope.prose([blocks[i]]));
  return readGoals(ctx, blocks, i + 1, scope, body);
}

/** Reads the goals from block `start` to the end of the goal section into the body and the plan's goals; returns the index after them. */
function readGoals(ctx: PlanContext, blocks: Block[], start: number, scope: ChapterScope, body: BodyNode[]): number {
  const { file, documentId } = ctx.input;
  const end = goalSectionEnd(ctx, blocks, start);
  const section = blocks.slice(start, end);
  // a bare number left by the PDF (a page number the normaliser could not be sure of) is never a goal: it stays prose
  const g = extractGoals(section.filter((b) => !isBareNumber(b)), { file, documentId, chapterId: scope.chapterId, nextNumber: () => ++ctx.goalCounter.n }, scope.prose);
  ctx.goals.push(...g.goals);
  body.push(...g.nodes, ...scope.prose(section.filter(isBareNumber)));
  return end;
}

/** The chapter's body: prose (with datasets), goal sections and strategies with their action tables, in order. */
function chapterBody(ctx: PlanContext, blocks: Block[], scope: ChapterScope): BodyNode[] {
  const body: BodyNode[] = [];
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length) body.push(...scope.prose(pending));
    pending = [];
  };
  // a chapter headed like a goal section (`3 Visjon og hovedmål`) opens with its goals
  let i = scope.goalChapter ? readGoals(ctx, blocks, 0, scope, body) : 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (!scope.appendix && opensGoalSection(b)) {
      flush();
      i = readGoalSection(ctx, blocks, i, scope, body);
    } else if (!scope.appendix && opensGoalList(b)) {
      flush();
      i = readGoals(ctx, blocks, i, scope, body);
    } else if (!scope.appendix && ctx.pl.isStrategyLine(b.lines[0])) {
      flush();
      i = readStrategy(ctx, blocks, i, scope.chapterId, scope.chapterNo, body, scope.prose);
    } else {
      pending.push(b);
      i++;
    }
  }
  flush();
  return body;
}

/** Builds one chapter: prose, goals, strategies with their action tables, footnotes. */
export function planChapter(ctx: PlanContext, part: Part, index: number, footnotes: Footnote[]): Chapter {
  const { file } = ctx.input;
  const title = part.head?.title ?? (index === 0 ? 'Innledning' : `Del ${index + 1}`);
  const chapterId = chapterIdOf(part.head?.number, title, index);
  const appendix = part.head?.appendix ?? false;
  const chapterNo = part.head?.number && !appendix ? part.head.number : String(index);
  const goalChapter = !appendix && part.head !== undefined && GOAL_SECTION.test(title.trim().replace(/:$/, ''));
  const scope: ChapterScope = { chapterId, chapterNo, appendix, goalChapter, prose: proseWithTables(ctx, chapterId, new IdMaker()) };
  const body = chapterBody(ctx, chapterBlocks(part, ctx.footnoteLines), scope);
  const fn = footnoteNode(file, footnotes);
  if (fn) body.push(fn);
  const first = part.blocks[0].first;
  const last = part.blocks[part.blocks.length - 1].last;
  return {
    id: chapterId,
    number: part.head?.number && !appendix ? part.head.number : undefined,
    title,
    themes: [],
    body,
    source: sourceOf(file, first, last),
  };
}
