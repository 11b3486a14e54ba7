import type { Source } from '../../schemas/source.ts';
import type { SourceLine } from '../types.ts';
import { joinLines } from '../segment.ts';

/** A whitespace-only line at least this long is the rule PDF extraction leaves above a page's footnotes. */
const SEPARATOR_MIN = 20;

/** A footnote with the lines it was read from and the line of its marker, if found. */
export interface Footnote {
  n: string;
  text: string;
  source: Source;
  /** Source line numbers the footnote text occupies (number line included). */
  lines: number[];
  /** Line that carries the marker (`(LRU)1`), where one was found. */
  markerLine?: number;
}

/**
 * Finds footnotes: a long whitespace-only line, then a line starting with the number (`1 Lillehammer-regionen utvikling, LRU, er …`)
 * or holding only the number with the text on the next line. The text runs until a blank line or a page start.
 * Markers glued to words earlier on the page (`(LRU)1`, `Regionmarkedsfører2`) are rewritten as `[^1]` in the returned lines.
 * @example findFootnotes(file, lines).footnotes[0] // { n: '1', text: 'Lillehammer-regionen utvikling, LRU, er kun en arbeidstittel. …' }
 */
export function findFootnotes(file: string, input: SourceLine[]): { lines: SourceLine[]; footnotes: Footnote[] } {
  const lines = input.map((l) => ({ ...l }));
  const footnotes: Footnote[] = [];
  let searchFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const sep = lines[i];
    if (sep.text !== '' || sep.raw.length < SEPARATOR_MIN || sep.raw.trim() !== '') continue;
    let j = i + 1;
    while (j < lines.length && lines[j].text === '') j++;
    const head = lines[j];
    const m = head && /^(\d{1,2})(?:\s+(\S.*))?$/.exec(head.text);
    if (!m) continue;
    const parts: string[] = [];
    const used = [head.no];
    let k = j + 1;
    if (m[2]) parts.push(m[2]);
    else if (k < lines.length && lines[k].text) {
      parts.push(lines[k].text);
      used.push(lines[k].no);
      k++;
    } else continue;
    while (k < lines.length && lines[k].text && !lines[k].indented) {
      parts.push(lines[k].text);
      used.push(lines[k].no);
      k++;
    }
    const n = m[1];
    const fn: Footnote = { n, text: joinLines(parts), source: { file, lines: [head.no, used[used.length - 1]] }, lines: used };
    // the marker: the number glued to the end of a word or closing bracket earlier on the page
    const marker = new RegExp(`([\\p{L})*»”])${n}(?=[\\s.,;:]|$)`, 'u');
    for (let p = searchFrom; p < i; p++) {
      const l = lines[p];
      if (!l.text || !marker.test(l.text)) continue;
      l.text = l.text.replace(marker, `$1[^${n}]`);
      fn.markerLine = l.no;
      break;
    }
    footnotes.push(fn);
    searchFrom = k;
    i = k - 1;
  }
  return { lines, footnotes };
}
