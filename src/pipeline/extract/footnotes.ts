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
export function findFootnotes(file: string, input: SourceLine[], pageEnds: ReadonlySet<number> = new Set()): { lines: SourceLine[]; footnotes: Footnote[] } {
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
    const marker = gluedMarker(n);
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
  footnotes.push(...pageEndFootnotes(file, lines, pageEnds, new Set(footnotes.flatMap((f) => f.lines))));
  return { lines, footnotes: footnotes.sort((a, b) => a.source.lines[0] - b.source.lines[0]) };
}

/**
 * A footnote marker glued to the end of a word or a closing bracket or quote (`regionråd1`, `(LRU)1`, `«Trainee»3`).
 * The word takes two letters at least: a single capital and digits is a code or a row number (`B3`, `E6`), no marker.
 */
const gluedMarker = (n: string) => new RegExp(`(\\p{L}\\p{L}|[)*»”])${n}(?=[\\s.,;:]|$)`, 'u');

/** A footnote line: its number, then a capitalised sentence (`2 Karriere Vestland er … for vaksne.`). */
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\p{Lu}.*)$/u;

/**
 * Footnotes with no rule above them: a numbered sentence after a blank line that ends its page (the line after it is
 * the page's footer or number, `pageEnds`), whose number is glued to a word earlier on that page (`Vestland2`).
 * Without such a marker the line is left alone (a numbered list item can end a page too).
 */
function pageEndFootnotes(file: string, lines: SourceLine[], pageEnds: ReadonlySet<number>, taken: Set<number>): Footnote[] {
  const out: Footnote[] = [];
  let pageStart = 0;
  for (let i = 1; i < lines.length; i++) {
    if (pageEnds.has(lines[i].no)) pageStart = i;
    const m = FOOTNOTE_LINE.exec(lines[i].text);
    if (!m || taken.has(lines[i].no) || lines[i - 1].text !== '') continue;
    let k = i + 1;
    while (k < lines.length && lines[k].text && !lines[k].indented) k++;
    const parts = [m[2], ...lines.slice(i + 1, k).map((l) => l.text)];
    if (!lines[k] || !pageEnds.has(lines[k].no) || !/[.!?)]$/.test(parts[parts.length - 1])) continue;
    const marker = gluedMarker(m[1]);
    const at = lines.slice(pageStart, i).findIndex((l) => l.text && marker.test(l.text));
    if (at < 0) continue;
    const l = lines[pageStart + at];
    l.text = l.text.replace(marker, `$1[^${m[1]}]`);
    const used = lines.slice(i, k).map((x) => x.no);
    out.push({ n: m[1], text: joinLines(parts), source: { file, lines: [used[0], used[used.length - 1]] }, lines: used, markerLine: l.no });
  }
  return out;
}
