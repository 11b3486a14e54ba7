import { lineText, type VisualLine } from './lines.ts';
import type { DroppedLine } from '../types.ts';

/** Running headers and footers stand in this share of the page height at the top or the bottom. */
const EDGE_ZONE = 0.12;
/** Lines from each edge that may be a running header or footer. */
const EDGE_LINES = 2;
/** A text at a page edge is a running header or footer when it repeats on this share of the pages. */
const REPEAT_SHARE = 0.5;
/** `Side 3 av 12`, `3/12`, `- 3 -`, `3`. */
const PAGE_NUMBER = /^(?:side|s\.|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:av|\/|of)\s*\d{1,4})?$/i;

/** Running headers and footers stand at the same height on every page, within this many points. */
const SAME_HEIGHT = 4;
/** and are set no larger than the body text (a heading at the top of each page is content). */
const MAX_SIZE_RATIO = 1.05;

/** The shape of an edge line with its numbers blanked, and where it stands: `Side 3 av 12` and `Side 4 av 12` are one. */
const shapeOf = (l: VisualLine) => `${lineText(l).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}@${Math.round(l.y / SAME_HEIGHT)}`;

function edgeLines(lines: VisualLine[], height: number): VisualLine[] {
  const top = lines.filter((l) => l.y < EDGE_ZONE * height).slice(0, EDGE_LINES);
  const bottom = lines.filter((l) => l.y > (1 - EDGE_ZONE) * height).slice(-EDGE_LINES);
  return [...top, ...bottom];
}

/**
 * The running headers and footers of a document: lines at a page's top or bottom edge whose shape
 * repeats on at least half the pages (the plan's short title, `Side 3 av 12`), and bare page numbers.
 */
export function runningLines(pages: { lines: VisualLine[]; height: number }[]): Map<VisualLine, DroppedLine['reason']> {
  const counts = new Map<string, number>();
  const body = bodySize(pages.flatMap((p) => p.lines));
  const edges = pages.map((p) => edgeLines(p.lines, p.height).filter((l) => l.size <= body * MAX_SIZE_RATIO));
  for (const e of edges) for (const shape of new Set(e.map(shapeOf))) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  const out = new Map<VisualLine, DroppedLine['reason']>();
  for (const e of edges) {
    for (const l of e) {
      if (PAGE_NUMBER.test(lineText(l).trim())) out.set(l, 'sidetall');
      else if ((counts.get(shapeOf(l)) ?? 0) >= needed) out.set(l, 'topp- eller bunntekst');
    }
  }
  return out;
}

/** The most common font size, weighted by characters: the body text's size. */
export function bodySize(lines: VisualLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + lineText(l).length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
