import type { Chapter } from '../../schemas/index.ts';
import { sourceOf } from '../types.ts';
import { joinLines, type Block } from '../segment.ts';
import { blocksToProse, IdMaker, NUMBERED_HEADING } from './prose.ts';
import { emptyParts, type Recogniser, type RecogniserInput } from './types.ts';

/** A top-level chapter heading: a one-line block `N. Title` (N ≤ 30) or `Vedlegg N`. */
export function chapterHeadingOf(block: Block): { number?: string; title: string; appendix: boolean } | undefined {
  if (block.lines.length > 2) return undefined;
  const text = joinLines(block.lines.map((l) => l.text));
  if (text.length > 120 || /[.;,]$/.test(text)) return undefined;
  const app = /^Vedlegg\s+(\d+)\.?\s*(.*)$/i.exec(text);
  if (app) return { number: `V${app[1]}`, title: text, appendix: true };
  const m = /^(\d{1,2})\.\s+([A-ZÆØÅ«"].+)$/u.exec(text);
  if (m && Number(m[1]) <= 30) return { number: m[1], title: m[2].trim(), appendix: false };
  return undefined;
}

/**
 * Splits blocks into chapters at top-level headings. Blocks before the first heading form a
 * lead chapter. Used by every recogniser for the parts it does not structure further.
 */
export function splitChapters(input: RecogniserInput, isHeading = chapterHeadingOf): { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[] }[] {
  const parts: { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[] }[] = [{ blocks: [] }];
  let lastNumber = 0;
  for (const block of input.blocks) {
    const h = isHeading(block);
    // chapter numbers must rise; a list item `2. Arrangement: …` inside a chapter is not a new chapter
    const n = h && !h.appendix ? Number(h.number) : NaN;
    if (h && (h.appendix || n === lastNumber + 1 || (lastNumber === 0 && n <= 2))) {
      if (!h.appendix) lastNumber = n;
      parts.push({ head: h, blocks: [block] });
    } else parts[parts.length - 1].blocks.push(block);
  }
  return parts.filter((p) => p.blocks.length);
}

/** Builds a chapter from a heading and its blocks as prose. */
export function proseChapter(input: RecogniserInput, part: { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[] }, index: number): Chapter {
  const { file } = input;
  const blocks = part.head ? part.blocks.slice(1) : part.blocks;
  const first = part.blocks[0].first;
  const last = part.blocks[part.blocks.length - 1].last;
  const title = part.head?.title ?? (index === 0 ? 'Innledning' : `Del ${index + 1}`);
  const id = chapterIdOf(part.head?.number, title, index);
  return {
    id,
    number: part.head?.number && !part.head.number.startsWith('V') ? part.head.number : undefined,
    title,
    themes: [],
    body: blocksToProse(blocks, file, new IdMaker()),
    source: sourceOf(file, first, last),
  };
}

/** `kapittel-2`, `vedlegg-1`, or a slug of the title. */
export function chapterIdOf(number: string | undefined, title: string, index: number): string {
  if (number?.startsWith('V')) return `vedlegg-${number.slice(1)}`;
  if (number) return `kapittel-${number}`;
  return index === 0 ? 'start' : `del-${index + 1}`;
}

/** The faithful fallback: any text is published in full as readable prose. */
export const plainRecogniser: Recogniser = {
  family: 'plain',
  kind: 'annet',
  extract(input) {
    const parts = emptyParts();
    parts.chapters = splitChapters(input).map((p, i) => proseChapter(input, p, i));
    const firstText = input.blocks[0] ? joinLines(input.blocks[0].lines.map((l) => l.text)) : '';
    parts.guessedTitle = firstText.replace(NUMBERED_HEADING, '$2').slice(0, 120) || undefined;
    return parts;
  },
};
