/** One chapter of a plan: prose and numeric tables, goal sections, strategies, footnotes. */
import type { BodyNode, Chapter } from '../../../schemas/index.ts';
import { sourceOf } from '../../types.ts';
import { joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { chapterIdOf } from '../plain.ts';
import type { Footnote } from '../../extract/footnotes.ts';
import { extractGoals, GOAL_SECTION, goalLabelOf } from '../../extract/goals.ts';
import { extractNumericTables } from '../../extract/numeric-table.ts';
import type { PlanContext } from './context.ts';
import { footnoteNode, type Part } from './chapters.ts';
import { readStrategy } from './strategy.ts';
import { STRATEGY_SECTION } from './table-bounds.ts';

/** Builds one chapter: prose, goals, strategies with their action tables, footnotes. */
export function planChapter(ctx: PlanContext, part: Part, index: number, footnotes: Footnote[]): Chapter {
  const { file, documentId } = ctx.input;
  const { isStrategyLine, isHeaderLine } = ctx.pl;
  const title = part.head?.title ?? (index === 0 ? 'Innledning' : `Del ${index + 1}`);
  const chapterId = chapterIdOf(part.head?.number, title, index);
  const appendix = part.head?.appendix ?? false;
  const chapterNo = part.head?.number && !appendix ? part.head.number : String(index);
  const ids = new IdMaker();
  const body: BodyNode[] = [];
  const footLines = ctx.footnoteLines;
  const blocks = (part.head ? part.blocks.slice(1) : part.blocks)
    .map((b) => ({ ...b, lines: b.lines.filter((l) => !footLines.has(l.no)) }))
    .filter((b) => b.lines.length)
    .map((b) => ({ ...b, first: b.lines[0].no, last: b.lines[b.lines.length - 1].no }));
  const plainProse = (bs: Block[]) => blocksToProse(bs, file, ids, 2);
  // numeric tables (population, retail) among the prose become datasets, shown where they stood
  const prose = (bs: Block[]): BodyNode[] => {
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

  let i = 0;
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length) body.push(...prose(pending));
    pending = [];
  };
  while (i < blocks.length) {
    const b = blocks[i];
    const text = joinLines(b.lines.map((l) => l.text));
    // a goal section: `Mål` and what follows until the strategies
    if (!appendix && b.lines.length === 1 && GOAL_SECTION.test(text.replace(/:$/, ''))) {
      flush();
      body.push(...prose([b]));
      const section: Block[] = [];
      i++;
      while (i < blocks.length) {
        const nb = blocks[i];
        const t = joinLines(nb.lines.map((l) => l.text));
        if (isStrategyLine(nb.lines[0]) || STRATEGY_SECTION.test(t) || isHeaderLine(nb.lines[0])) break;
        // a short line after the goals is the next heading, unless it is one more (bulleted) goal
        const prevBlock = section[section.length - 1];
        const prevLast = prevBlock?.lines[prevBlock.lines.length - 1].text ?? '';
        // the goal under a label (`Hovedmål:`), which double-spaced text puts in a block of its own
        const underLabel = prevBlock !== undefined && prevBlock.lines.length === 1 && /:$/.test(prevLast) && goalLabelOf(prevLast) !== undefined;
        const item = nb.lines[0].bullet || underLabel || (nb.lines[0].indented && prevBlock !== undefined && (prevBlock.lines[0].indented || /:$/.test(prevLast)));
        if (nb.lines.length === 1 && /^[A-ZÆØÅ][^.]{0,60}$/.test(t) && !goalLabelOf(t) && !/:$/.test(t) && section.length && !item) break;
        section.push(nb);
        i++;
      }
      const g = extractGoals(section, { file, documentId, chapterId, nextNumber: () => ++ctx.goalCounter.n }, prose);
      ctx.goals.push(...g.goals);
      body.push(...g.nodes);
      continue;
    }
    if (!appendix && isStrategyLine(b.lines[0])) {
      flush();
      i = readStrategy(ctx, blocks, i, chapterId, chapterNo, body, prose);
      continue;
    }
    pending.push(b);
    i++;
  }
  flush();
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
