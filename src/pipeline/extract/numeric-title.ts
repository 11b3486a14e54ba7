/**
 * A numeric table's title, unit and shape. The title is the caption above the header (`Tabell 1:
 * Innskot per kommune`, or a short line standing alone); where there is none, it is composed from
 * the row and column labels — never taken from a column title such as `Total økning`.
 */
import type { Dataset, DatasetRow } from '../../schemas/index.ts';
import { CAPTION_WORDS, UNIT_CUES } from '../../vocabulary/units.ts';
import { wordAlternation } from '../../vocabulary/time.ts';
import type { SourceLine } from '../types.ts';
import { readRow, SUM_LABEL, TIME_KEY } from './numeric-row.ts';

/** A line as the table finder sees it: the line and the block it stood in. */
export interface Flat { line: SourceLine; block: number }

/** `Tabell 1`, `Tabell 2.1:`, `Tab. 3`, `Figur 4` at the start of a caption. */
export const CAPTION = new RegExp(`^(?:${wordAlternation(CAPTION_WORDS)})\\s*\\d+(?:\\.\\d+)*\\b`, 'iu');
/** A caption is short; a longer line is prose. */
const CAPTION_LENGTH_MAX = 140;
/** Words a caption without `Tabell n` may have; a longer line standing alone is a sentence. */
const CAPTION_WORDS_MAX = 12;
/** Lines a caption's own block may have (a caption wrapped once). */
const CAPTION_BLOCK_LINES_MAX = 2;

/** A short line right above the header in the same block, as single-spaced extractions give a title. */
function titleLineAbove(f: Flat): boolean {
  const t = f.line.text;
  return t.length <= 100 && !/[.:;,!?]$/.test(t) && !/, /.test(t) && !f.line.bullet && !f.line.indented && !readRow(f.line) && /^[A-ZÆØÅ]/.test(t) && t.split(' ').length >= 2;
}

/** A caption in a block of its own above the header: `Tabell 1: Innskot per kommune`, `Sysselsatte i Rauma etter sektor, 2014 og 2018`. */
function captionBlockAbove(flat: Flat[], at: number): number | undefined {
  const f = flat[at];
  const block = flat.filter((x) => x.block === f.block);
  if (block.length > CAPTION_BLOCK_LINES_MAX || block[block.length - 1] !== f || f.block === flat[at + 1]?.block) return undefined;
  const text = block.map((x) => x.line.text).join(' ');
  if (text.length > CAPTION_LENGTH_MAX || f.line.bullet || !/^\p{Lu}/u.test(text)) return undefined;
  if (CAPTION.test(text)) return at - block.length + 1;
  // without `Tabell n`, a caption is a short phrase: no sentence, no percentages or decimals
  if (block.length > 1 || /[.:;!?]$/.test(text) || /%|\d,\d/.test(text)) return undefined;
  const words = text.split(' ').length;
  return words >= 2 && words <= CAPTION_WORDS_MAX ? at : undefined;
}

/** `Tabellen viser foreslått innskot per kommune.` right above the table: the sentence names what the table holds. */
const TABLE_SHOWS = /(?:^|[.!?]\s+)(?:tabellen(?:\s+(?:under|nedanfor|nedenfor))?|tabell\s+\d+(?:\.\d+)*)\s+(?:viser|syner)\s+([^.!?]{3,80})\.?\s*$/iu;

/** A title from the sentence above the table that says what it shows, when the table has no caption. */
export function titleFromSentenceAbove(flat: Flat[], i: number, minFrom: number): string | undefined {
  const at = i - 1;
  if (at < minFrom || flat[at].block === flat[i].block) return undefined;
  const m = TABLE_SHOWS.exec(flat[at].line.text);
  return m ? m[1].charAt(0).toUpperCase() + m[1].slice(1) : undefined;
}

/** The caption above the header at `i` (never before `minFrom`): its text and the index of its first line. */
export function captionAbove(flat: Flat[], i: number, minFrom: number): { title: string; from: number } | undefined {
  const at = i - 1;
  if (at < minFrom) return undefined;
  const start = captionBlockAbove(flat, at);
  if (start !== undefined && start >= minFrom) return { title: flat.slice(start, at + 1).map((f) => f.line.text).join(' '), from: start };
  if (titleLineAbove(flat[at])) return { title: flat[at].line.text, from: at };
  return undefined;
}

/** Words shared at the start of all texts. @example commonStart(['Sysselsatte etter bosted', 'Sysselsatte etter arbeidssted']) // 'Sysselsatte etter' */
function commonStart(texts: string[]): string {
  const words = texts.map((t) => t.split(' '));
  const out: string[] = [];
  for (let w = 0; words.every((x) => x[w] !== undefined && x[w] === words[0][w]); w++) out.push(words[0][w]);
  return out.join(' ');
}

/** Joins with commas and `og`. */
const listNb = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} og ${xs[xs.length - 1]}`);

/**
 * A title from the row and column labels when the table has no caption: the words standing over the
 * year columns, else what the row labels share, else the label column's heading.
 * @example titleFromLabels(rows of `0501 Lillehammer – Sysselsatte etter bosted` …, ['2006', …, '2012']) // 'Sysselsatte etter bosted og arbeidssted, 2006–2012'
 */
export function titleFromLabels(rows: DatasetRow[], columns: string[], rowHeading?: string, overTimes?: string): string {
  const times = columns.filter((c) => TIME_KEY.test(c));
  const span = times.length >= 2 ? `${times[0]}–${times[times.length - 1]}` : times[0];
  // a title standing over the year columns (`Folketall` over `2010K4 … 2013K4`) names what they count
  if (overTimes && span) return `${overTimes} ${span}`;
  const rests = [...new Set(rows.filter((r) => !SUM_LABEL.test(r.label)).map((r) => r.label.split(' – ')[1]).filter(Boolean))];
  let subject: string | undefined;
  if (rests.length && rows.every((r) => SUM_LABEL.test(r.label) || r.label.includes(' – '))) {
    const head = commonStart(rests);
    subject = head ? `${head} ${listNb(rests.map((r) => r.slice(head.length).trim()))}` : listNb(rests);
  } else if (rowHeading) subject = `${span ? 'Tall' : listNb(columns.slice(0, 3))} etter ${rowHeading.toLowerCase()}`;
  if (subject) return span ? `${subject}, ${span}` : subject;
  return span ? `Tabell ${span}` : `Tabell: ${columns.slice(0, 3).join(', ')}`;
}

/** A column title naming its own unit (`Innvilget (kr)`) while another does not: the table mixes units. */
const mixesUnits = (columns: string[]) => {
  const own = columns.filter((c) => /\([^)]*\)/.test(c)).length;
  return own > 0 && own < columns.length;
};

/** Unit from the caption, column titles and header lines; none where columns carry different units. */
export function unitOf(title: string, columns: string[], headerText: string): string | undefined {
  if (mixesUnits(columns)) return undefined;
  const context = `${title} ${columns.join(' ')} ${headerText}`;
  return UNIT_CUES.find((u) => new RegExp(u.cue, 'iu').test(context))?.unit ?? (/\bkr\b/i.test(context) ? 'kr' : undefined);
}

/** Shape for the chart: shares when every column is percent, a ranking, a time series, or categories. */
export function shapeOf(title: string, columns: string[], rows: DatasetRow[], allPercent: boolean, headerText: string): Dataset['shape'] {
  const timeCols = columns.filter((c) => TIME_KEY.test(c));
  const rowsAreTimes = rows.every((r) => TIME_KEY.test(r.label.split(' ')[0]) || SUM_LABEL.test(r.label) || /^Utvikling/.test(r.label));
  const context = `${title} ${columns.join(' ')} ${headerText}`;
  if (allPercent) return 'shares';
  if (/rangering|plassering|\bNM\b/i.test(context)) return 'ranking';
  return timeCols.length >= Math.max(2, columns.length / 2) || rowsAreTimes ? 'time-series' : 'categories';
}
