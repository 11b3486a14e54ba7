/** A plan's chapters: numbered headings over a rule or at a page start, numbers rising by one. */
import type { BodyNode } from '../../../schemas/index.ts';
import { sourceOf } from '../../types.ts';
import { joinLines, type Block } from '../../segment.ts';
import { chapterHeadingOf } from '../plain.ts';
import type { Footnote } from '../../extract/footnotes.ts';

/** A chapter heading: `N. Title`, `Vedlegg N …`, or `N Title` standing alone above a rule, at a page start or in capitals. */
export function planHeadingOf(block: Block, ruleAfter: Set<number>): ReturnType<typeof chapterHeadingOf> {
  const h = chapterHeadingOf(block);
  if (h) return h;
  if (block.lines.length > 2) return undefined;
  const text = joinLines(block.lines.map((l) => l.text));
  const m = /^(\d{1,2})\s+([A-ZÆØÅ][^.;]{2,90})$/u.exec(text);
  // over a rule, alone on a page-start line (` 3 Reiseliv`), or alone in capitals (`4 LANDBRUK OG MAT`)
  const pageStart = block.lines.length === 1 && block.lines[0].indented && text.length <= 60;
  const capitals = block.lines.length === 1 && m !== null && m[2] === m[2].toLocaleUpperCase('nb') && /\p{Lu}{3}/u.test(m[2]);
  if (m && (ruleAfter.has(block.last) || pageStart || capitals) && Number(m[1]) <= 30) return { number: m[1], title: m[2].trim(), appendix: false };
  return undefined;
}

export type Part = { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[] };

/**
 * Splits a plan into chapters: numbers must rise by one (a list `1. … 2. …` inside a chapter is no chapter);
 * a contents page whose entries look like headings is folded back into the lead when the numbering restarts.
 */
export function splitPlanChapters(blocks: Block[], ruleAfter: Set<number>): Part[] {
  let parts: Part[] = [{ blocks: [] }];
  let lastNumber = 0;
  // headings keep the look of the first one: on a page-start line or over a rule; a numbered action
  // (`3. Etablere en tomtebank for` / `næringsliv`) inside a table has neither
  const styled = (b: Block) => b.lines[0].indented || ruleAfter.has(b.last);
  let requireStyle = false;
  for (const block of blocks) {
    let h = planHeadingOf(block, ruleAfter);
    if (h && !h.appendix && requireStyle && !styled(block) && Number(h.number) !== 1) h = undefined;
    const n = h && !h.appendix ? Number(h.number) : NaN;
    if (h && !h.appendix && n === 1 && lastNumber >= 1 && parts.slice(1).every((p) => p.blocks.length <= 2)) {
      // the headings so far were a contents list: keep them as lead text
      parts = [{ blocks: parts.flatMap((p) => p.blocks) }];
      lastNumber = 0;
    }
    if (h && (h.appendix || n === lastNumber + 1 || (lastNumber === 0 && n <= 2))) {
      if (!h.appendix && lastNumber === 0) requireStyle = styled(block);
      if (!h.appendix) lastNumber = n;
      parts.push({ head: h, blocks: [block] });
    } else parts[parts.length - 1].blocks.push(block);
  }
  // a lone `Vedlegg` line just before the first appendix belongs to it
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i - 1];
    const lastBlock = p.blocks[p.blocks.length - 1];
    if (parts[i].head?.appendix && lastBlock && p.blocks.length > 1 && /^vedlegg:?$/i.test(joinLines(lastBlock.lines.map((l) => l.text)))) {
      p.blocks.pop();
      parts[i].blocks.unshift(lastBlock);
    }
  }
  return parts.filter((p) => p.blocks.length);
}

/** Footnotes whose marker or text falls in a chapter, as one node. */
export function footnoteNode(file: string, notes: Footnote[]): BodyNode | undefined {
  if (!notes.length) return undefined;
  const first = Math.min(...notes.map((n) => n.source.lines[0]));
  const last = Math.max(...notes.map((n) => n.source.lines[1]));
  return { type: 'footnotes', items: notes.map((n) => ({ n: n.n, text: n.text, source: n.source })), source: sourceOf(file, first, last) };
}
