import type { BodyNode } from '../../schemas/index.ts';
import { sourceOf } from '../types.ts';
import { joinLines, type Block } from '../segment.ts';
import { slugify } from '../../lib/slug.ts';
import { isNoHeading, joinBrokenParagraphs, signatureBlocks } from './furniture.ts';

/** A numbered heading: `2. Ytre rammebetingelser`, `4.1 Organisering`. */
export const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+([A-ZÆØÅ«"].{1,110})$/u;

/** True for a one-line block that reads like a heading: short, capitalised, no sentence ending. */
export function looksLikeHeading(block: Block): boolean {
  if (block.lines.length > 2) return false;
  const text = joinLines(block.lines.map((l) => l.text));
  if (block.lines.some((l) => l.bullet)) return false;
  if (text.length > 90 || text.length < 3) return false;
  if (/[.,;!?]$/.test(text)) return false;
  if (!/^[A-ZÆØÅ0-9«"]/.test(text)) return false;
  if (/\d[\d ]{3,}/.test(text)) return false;
  if (isNoHeading(block, text)) return false;
  return text.split(/\s+/).length <= 12;
}

/** Heading ids unique within one chapter. */
export class IdMaker {
  private used = new Set<string>();
  /** Per slug, the next suffix to try: every smaller one is taken already, so a repeated heading costs O(1). */
  private next = new Map<string, number>();
  make(base: string): string {
    const slug = slugify(base, 50);
    let id = slug;
    let n = this.next.get(slug) ?? 2;
    while (this.used.has(id)) id = `${slug}-${n++}`;
    this.next.set(slug, n);
    this.used.add(id);
    return id;
  }
}

/**
 * Turns unstructured blocks into readable body nodes: paragraphs, bullet lists, quotes and sub-headings.
 * Every line of every block ends up in a node, so nothing is lost.
 */
export function blocksToProse(input: Block[], file: string, ids: IdMaker, headingLevel = 2): BodyNode[] {
  const nodes: BodyNode[] = [];
  const blocks = joinBrokenParagraphs(input);
  const signature = signatureBlocks(blocks);
  for (const block of blocks) {
    const src = sourceOf(file, block.first, block.last);
    if (!signature.has(block) && looksLikeHeading(block)) {
      const text = joinLines(block.lines.map((l) => l.text)).replace(/:$/, '');
      const m = NUMBERED_HEADING.exec(text);
      nodes.push({ type: 'heading', level: headingLevel, id: ids.make(text), number: m?.[1], text: m ? m[2] : text, source: src });
      continue;
    }
    // split the block into runs: bullet items (with their continuation lines) and plain text
    let para: typeof block.lines = [];
    let items: { lines: typeof block.lines }[] = [];
    const flushPara = () => {
      if (!para.length) return;
      const text = joinLines(para.map((l) => l.text));
      const quote = /^[«"“]/.test(text) && /[»"”]\.?$/.test(text);
      nodes.push({ type: quote ? 'quote' : 'paragraph', text, source: sourceOf(file, para[0].no, para[para.length - 1].no) } as BodyNode);
      para = [];
    };
    const flushList = () => {
      if (!items.length) return;
      const first = items[0].lines[0].no;
      const lastItem = items[items.length - 1].lines;
      nodes.push({ type: 'list', ordered: false, items: items.map((i) => joinLines(i.lines.map((l) => l.text))), source: sourceOf(file, first, lastItem[lastItem.length - 1].no) });
      items = [];
    };
    for (const line of block.lines) {
      if (line.bullet) {
        flushPara();
        items.push({ lines: [line] });
      } else if (items.length) {
        items[items.length - 1].lines.push(line);
      } else {
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return mergeAdjacentLists(nodes);
}

/** Bullet items separated by blank lines arrive as one-item lists; merge neighbours. */
function mergeAdjacentLists(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.type === 'list' && prev?.type === 'list') {
      prev.items.push(...n.items);
      prev.source = { file: prev.source.file, lines: [prev.source.lines[0], n.source.lines[1]] };
    } else out.push(n);
  }
  return out;
}
