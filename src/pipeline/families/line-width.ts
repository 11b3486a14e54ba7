/**
 * How wide a document's wrapped lines run, for telling a line that ends because its text ended (a lost
 * bullet's item, a heading, the last line of a paragraph) from one that ends because the page did.
 */
import type { SourceLine } from '../types.ts';
import { openEndWords } from '../../vocabulary/line-ends.ts';

/** Share of the lines at or below the width taken as the wrap width: most prose lines are wrapped, a few run long. */
const WIDTH_QUANTILE = 0.9;
/** A line shorter than this share of the wrap width ended before the page did. */
const SHORT_SHARE = 0.75;

/** The width a document's lines wrap at: a high quantile of their lengths (0 when there are none). */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.min(lengths.length - 1, Math.floor(WIDTH_QUANTILE * lengths.length))] : 0;
}

/** The line ended well before the wrap width: what follows it is not its wrapped continuation by width alone. */
export function endsShort(text: string, width: number): boolean {
  return width > 0 && text.length < SHORT_SHARE * width;
}

const OPEN_END = new RegExp(`(?:[,–-]|\\s(?:${openEndWords.join('|')}))$`, 'iu');

/** The line ends on a comma, a dash or a word a sentence goes on after (`… samarbeid med`). */
export function endsOpen(text: string): boolean {
  return OPEN_END.test(text.trim());
}

/**
 * The next line opens an item of its own rather than continuing this one: it starts with a capital or a
 * digit, and this line ended short of the wrap width and closed (a list whose bullets the PDF lost).
 */
export function opensNewItem(text: string, next: string, width: number): boolean {
  return /^[\p{Lu}\d]/u.test(next) && endsShort(text, width) && !endsOpen(text);
}
