import type { PdfItem, PdfPage } from './load.ts';

/** Items whose baselines differ by less than this share of the font size stand on one line (raised footnote markers included). */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size separates two cells or columns, not two words. */
const SEGMENT_GAP = 0.9;
/** A gap wider than this share of the font size is a word space even where the PDF drew no space character. */
const WORD_GAP = 0.15;

/** Text on one line with no wide gap inside: one cell, or a line of prose. */
export interface Segment {
  text: string;
  x: number;
  x2: number;
  size: number;
  bold: boolean;
  /** The text runs it was joined from: where each starts, and its text with the space before it. */
  parts: { x: number; x2: number; text: string }[];
}

/** What the eye reads as one line on a page: its segments from left to right. */
export interface VisualLine {
  page: number;
  /** Baseline from the top of the page. */
  y: number;
  size: number;
  bold: boolean;
  segments: Segment[];
}

export const lineText = (l: VisualLine): string => l.segments.map((s) => s.text).join('  ');
export const lineX = (l: VisualLine): number => l.segments[0].x;
export const lineX2 = (l: VisualLine): number => l.segments[l.segments.length - 1].x2;

/**
 * Groups a page's text runs into lines, top to bottom, and each line into segments split at wide gaps.
 * @example pageLines(page).map(lineText) // ['Tiltak  Ansvar  Partnere  Frist', …]
 */
export function pageLines(page: PdfPage): VisualLine[] {
  const items = page.items.slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    const ref = g?.find((o) => o.str.trim() !== '') ?? g?.[0];
    if (g && ref && Math.abs(it.y - ref.y) < SAME_LINE * Math.min(it.size, ref.size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => toLine(g, page.number)).filter((l): l is VisualLine => l !== undefined);
}

function toLine(items: PdfItem[], page: number): VisualLine | undefined {
  const sorted = items.slice().sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let cur: Segment | undefined;
  let pendingSpace = false;
  for (const it of sorted) {
    if (it.str.trim() === '') {
      pendingSpace = true;
      continue;
    }
    const gap = cur ? it.x - cur.x2 : 0;
    const em = Math.min(it.size, cur?.size ?? it.size);
    if (!cur || gap > SEGMENT_GAP * em) {
      const x = it.x + leadingSpace(it);
      cur = { text: it.str.trim(), x, x2: it.x + it.width, size: it.size, bold: it.bold, parts: [{ x, x2: it.x + it.width, text: it.str.trim() }] };
      segments.push(cur);
    } else {
      const space = pendingSpace || gap > WORD_GAP * em || /^\s/.test(it.str);
      cur.text = (cur.text + (space ? ' ' : '') + it.str).replace(/\s+/g, ' ').trim();
      cur.parts.push({ x: it.x + leadingSpace(it), x2: it.x + it.width, text: (space ? ' ' : '') + it.str.replace(/\s+/g, ' ').trimEnd() });
      cur.x2 = Math.max(cur.x2, it.x + it.width);
      cur.size = Math.max(cur.size, it.size);
      cur.bold &&= it.bold;
    }
    pendingSpace = /\s$/.test(it.str);
  }
  if (!segments.length) return undefined;
  const main = items.filter((i) => i.str.trim()).sort((a, b) => b.size - a.size)[0];
  return { page, y: main.y, size: main.size, bold: segments.every((s) => s.bold), segments };
}

/** Leading spaces inside a run move its visible start to the right; roughly a third of an em each. */
function leadingSpace(it: PdfItem): number {
  const n = it.str.length - it.str.trimStart().length;
  return n * it.size * 0.3;
}

/**
 * Splits a segment where one of its runs starts at a given x (a column start): narrow table columns
 * leave less than a word gap between two cells, but each cell is its own run.
 */
export function splitSegment(seg: Segment, at: number[], tolerance: number): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | undefined;
  for (const p of seg.parts) {
    const starts = !cur || at.some((x) => Math.abs(p.x - x) <= tolerance && p.x > cur!.x + tolerance);
    if (starts) {
      cur = { ...seg, text: p.text.trim(), x: p.x, x2: p.x2, parts: [{ ...p, text: p.text.trim() }] };
      out.push(cur);
    } else {
      cur!.text = (cur!.text + p.text).replace(/\s+/g, ' ').trim();
      cur!.x2 = Math.max(cur!.x2, p.x2);
      cur!.parts.push(p);
    }
  }
  return out;
}
