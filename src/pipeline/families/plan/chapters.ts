/** A plan's chapters: numbered headings over a rule or at a page start, numbers rising by one. */
import type { BodyNode } from '../../../schemas/index.ts';
import { sourceOf } from '../../types.ts';
import { joinLines, type Block } from '../../segment.ts';
import { chapterHeadingOf } from '../plain.ts';
import { listMarkOf } from '../../extract/list-items.ts';
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

/** A chapter as split: its heading, its blocks (the heading's first), and whether the heading block is read as body too (a strategy heading). */
export type Part = { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[]; headIndex?: number; headInBody?: boolean };

/** Longest unnumbered heading standing alone on a page-start line (` Oppfølging`, ` Fokusområde 2: Reiseliv og besøk`). */
const PAGE_HEADING_MAX = 70;

/**
 * An unnumbered heading: a one-line block on a page-start line (the extraction indents it), short, capitalised,
 * no sentence or list end. Only read in a plan without numbered chapters, and never on its first page (the cover).
 */
function pageStartHeading(block: Block): { title: string } | undefined {
  const l = block.lines[0];
  const t = l.text.trim();
  if (block.lines.length !== 1 || !l.indented || t.length > PAGE_HEADING_MAX || !/^\p{Lu}/u.test(t) || /[.,;!?–-]$/.test(t)) return undefined;
  return /:$/.test(t) || /\d{4}$/.test(t) ? undefined : { title: t };
}

/**
 * A plan whose headings carry no numbers: each unnumbered page-start heading after the first page opens a chapter;
 * the lead before the first one (the cover) joins it. A heading that is a strategy line stays in the body as the strategy.
 * Undefined when there are fewer than two such headings (one is as likely a stray indented line).
 */
export function splitUnnumberedChapters(blocks: Block[], isStrategy: (b: Block) => boolean): Part[] | undefined {
  const parts: Part[] = [{ blocks: [] }];
  for (const b of blocks) {
    const h = b !== blocks[0] ? pageStartHeading(b) : undefined;
    if (h) parts.push({ head: { title: h.title, appendix: false }, blocks: [b], headInBody: isStrategy(b) });
    else parts[parts.length - 1].blocks.push(b);
  }
  if (parts.length < 3) return undefined;
  const [lead, first, ...rest] = parts;
  return [{ ...first, blocks: [...lead.blocks, ...first.blocks], headIndex: lead.blocks.length }, ...rest];
}

/** A numbered heading line (`2 Næringslivet i Orkland`, `5. Oppfølging`): short, no full stop. */
const HEADING_LINE = /^(\d{1,2})\.?\s+([A-ZÆØÅ][^.;:]{2,60})$/u;

/**
 * The next chapter's heading alone on an unstyled line (`4 Strategier og tiltak` in double-spaced text, where
 * neither a rule nor a page start marks it): only with the next chapter number, after a first heading, outside tables.
 */
function nextPlainHeading(block: Block, lastNumber: number, inTable: (b: Block) => boolean): ReturnType<typeof chapterHeadingOf> {
  const m = block.lines.length === 1 ? HEADING_LINE.exec(block.lines[0].text.trim()) : null;
  if (!m || lastNumber === 0 || Number(m[1]) !== lastNumber + 1 || inTable(block)) return undefined;
  return { number: m[1], title: m[2].trim(), appendix: false };
}

/**
 * The next chapter's heading on the first line of a longer block, split off: only with the next chapter
 * number and a new sentence on the line after (a wrapped numbered row continues in lower case).
 */
function leadingHeading(block: Block, lastNumber: number): { head: Block; rest: Block; heading: NonNullable<ReturnType<typeof chapterHeadingOf>> } | undefined {
  if (block.lines.length < 2) return undefined;
  const [first, second] = block.lines;
  const m = HEADING_LINE.exec(first.text.trim());
  if (!m || Number(m[1]) !== lastNumber + 1 || !/^[A-ZÆØÅ«]/u.test(second.text.trim())) return undefined;
  const rest = block.lines.slice(1);
  return {
    head: { ...block, lines: [first], first: first.no, last: first.no },
    rest: { ...block, lines: rest, first: rest[0].no, last: rest[rest.length - 1].no },
    heading: { number: m[1], title: m[2].trim(), appendix: false },
  };
}

/**
 * The block is the next item of a numbered list in the chapter so far (`3. Fleire lærlingar` under `2. Ny næringshamn`),
 * not the next chapter: the block before it, not the chapter's own heading, carries the mark before.
 */
function continuesList(part: Part, block: Block): boolean {
  const before = part.blocks.length > 1 ? part.blocks[part.blocks.length - 1] : undefined;
  const prev = before && listMarkOf(before.lines[0].text);
  const mark = listMarkOf(block.lines[0].text);
  return !!prev && !!mark && prev.style === mark.style && prev.ordinal + 1 === mark.ordinal;
}

/**
 * Splits a plan into chapters: numbers must rise by one (a list `1. … 2. …` inside a chapter is no chapter);
 * a contents page whose entries look like headings is folded back into the lead when the numbering restarts.
 */
export function splitPlanChapters(blocks: Block[], ruleAfter: Set<number>, inTable: (b: Block) => boolean = () => false, isStrategy: (b: Block) => boolean = () => false): Part[] {
  const parts = splitNumberedChapters(blocks, ruleAfter, inTable);
  return (parts.every((p) => !p.head) && splitUnnumberedChapters(blocks, isStrategy)) || parts;
}

/** Splits a plan at its numbered headings (see `splitPlanChapters`). */
function splitNumberedChapters(blocks: Block[], ruleAfter: Set<number>, inTable: (b: Block) => boolean): Part[] {
  let parts: Part[] = [{ blocks: [] }];
  let lastNumber = 0;
  // headings keep the look of the first one: on a page-start line or over a rule; a numbered action
  // (`3. Etablere en tomtebank for` / `næringsliv`) inside a table has neither
  const styled = (b: Block) => b.lines[0].indented || ruleAfter.has(b.last);
  let requireStyle = false;
  for (const whole of blocks) {
    // double-spaced text runs a heading into its first paragraph: `2 Næringslivet i Orkland` / `Orkland har …`
    const run = leadingHeading(whole, lastNumber);
    const block = run?.head ?? whole;
    let h = run ? planHeadingOf(run.head, ruleAfter) ?? run.heading : planHeadingOf(block, ruleAfter) ?? nextPlainHeading(block, lastNumber, inTable);
    if (h && !run && !h.appendix && requireStyle && !styled(block) && Number(h.number) !== 1 && (inTable(block) || continuesList(parts[parts.length - 1], block))) h = undefined;
    const n = h && !h.appendix ? Number(h.number) : NaN;
    if (h && !h.appendix && n === 1 && lastNumber >= 1 && parts.slice(1).every((p) => p.blocks.length <= 2)) {
      // the headings so far were a contents list: keep them as lead text
      parts = [{ blocks: parts.flatMap((p) => p.blocks) }];
      lastNumber = 0;
    }
    if (h && (h.appendix || n === lastNumber + 1 || (lastNumber === 0 && n <= 2))) {
      if (!h.appendix && lastNumber === 0) requireStyle = styled(block);
      if (!h.appendix) lastNumber = n;
      parts.push({ head: h, blocks: run ? [run.head, run.rest] : [block] });
    } else parts[parts.length - 1].blocks.push(whole);
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
