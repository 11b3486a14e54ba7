/**
 * Agenda items: `Sak 19/24`, `PS 5/25`, `RS 1/25`, `Sak 4.`, `1.` — listed in a saksliste and often
 * repeated as the heading of the item's text, where each item counts once. Numbered decision points
 * inside an item (`1. Regionrådet godkjenner …`) are not items.
 */
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { AGENDA_ITEM, AGENDA_LIST_HEADER, KEPT_ITEM_PREFIXES } from '../../../vocabulary/agenda.ts';

/** One line that opens an item. */
interface ItemLine {
  /** The number as printed, without `Sak`, with `PS`/`RS`: `19/24`, `PS 5/25`, `4`. */
  number: string;
  /** Items of one series count up: `PS …/25` and `RS …/25` are two series. */
  series: string;
  seq: number;
  /** Numbered by the year (`19/24`): such numbering may start anywhere. */
  byYear: boolean;
  bySak: boolean;
  title: string;
}

/** An agenda item: its number and title, where it is listed first, and where its own text starts. */
export interface FoundItem {
  number: string;
  title: string;
  /** Index (in the non-blank lines) of the first line naming the item, and of the heading its text follows. */
  first: number;
  at: number;
  /** Lines the heading takes (a title may wrap). */
  headingLines: number;
}

/** Reads one line as an item opener. */
export function itemLineOf(text: string): ItemLine | undefined {
  const m = AGENDA_ITEM.exec(text.trim());
  if (!m) return undefined;
  const prefix = m[1]?.toLowerCase();
  // a bare number needs its period (`4. Eventuelt`), as in a numbered list; `Sak 4 Eventuelt` does not
  if (!prefix && !m[3] && !/^\d{1,3}\.\s/.test(text.trim())) return undefined;
  const kept = prefix && (KEPT_ITEM_PREFIXES as readonly string[]).includes(prefix) ? `${prefix.toUpperCase()} ` : '';
  return { number: `${kept}${m[2]}${m[3] ?? ''}`, series: `${kept}${m[3] ?? ''}`, seq: Number(m[2]), byYear: !!m[3], bySak: !!prefix, title: m[4].trim() };
}

/** Words a wrapped title may end its first line with. */
const OPEN_END = /(?:\s(?:og|i|for|av|til|med|om|på|fra|frå|ved|etter|mot|under)|[–,-])$/i;

/**
 * How many lines after `i` continue the title of the item line at `i`: a short line right below
 * (no blank line between), not a label, a bullet, an item or a sentence, when the title's line ends
 * open (`… AS og`), the next line starts in lower case, or the item stands in a list of items.
 */
function titleContinues(lines: SourceLine[], i: number, adjacent: (a: SourceLine, b: SourceLine) => boolean): boolean {
  const cur = lines[i];
  const next = lines[i + 1];
  if (!next || !adjacent(cur, next) || next.bullet || itemLineOf(next.text)) return false;
  const t = next.text.trim();
  if (/^[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,2}\s*:/.test(t) || /[.:;!?]$/.test(t) || t.split(/\s+/).length > 8) return false;
  const inList = (lines[i - 1] && adjacent(lines[i - 1], cur) && (itemLineOf(lines[i - 1].text) || AGENDA_LIST_HEADER.test(lines[i - 1].text))) || (lines[i + 2] && adjacent(next, lines[i + 2]) && itemLineOf(lines[i + 2].text));
  return OPEN_END.test(cur.text.trim()) || /^\p{Ll}/u.test(t) || !!inList;
}

/** Whether a candidate continues the items found so far: the next number of its series, or any year-numbered item. */
function follows(c: ItemLine, last: Map<string, number>, yearNumbered: boolean): boolean {
  if (yearNumbered) return c.byYear;
  const prev = last.get(c.series);
  return prev === undefined ? c.seq === 1 || c.bySak : c.seq === prev + 1;
}

/** Same item named twice: the titles agree at their start (one may be cut where it wrapped). */
const sameTitle = (a: string, b: string) => a.slice(0, 20).toLowerCase() === b.slice(0, 20).toLowerCase();

/**
 * The items between `start` and `end` (indices in the non-blank lines). When the notice numbers its
 * items by the year (`Sak 19/24`, `PS 5/25`), bare numbered lines are decision points, not items.
 */
export function findItems(lines: SourceLine[], start: number, end: number, adjacent: (a: SourceLine, b: SourceLine) => boolean): FoundItem[] {
  const candidates = lines.slice(start, end).map((l, k) => ({ i: start + k, c: itemLineOf(l.text) })).filter((x): x is { i: number; c: ItemLine } => !!x.c);
  const yearNumbered = new Set(candidates.filter((x) => x.c.byYear).map((x) => x.c.number)).size >= 2;
  const items = new Map<string, FoundItem>();
  const last = new Map<string, number>();
  for (const { i, c } of candidates) {
    let n = 0;
    while (titleContinues(lines, i + n, adjacent)) n++;
    const title = joinLines([c.title, ...lines.slice(i + 1, i + 1 + n).map((l) => l.text)]);
    const known = items.get(c.number);
    if (known && sameTitle(known.title, title)) {
      // the item again, as the heading of its text
      Object.assign(known, { at: i, headingLines: n + 1, title: title.length > known.title.length ? title : known.title });
    } else if (!known && follows(c, last, yearNumbered)) {
      items.set(c.number, { number: c.number, title, first: i, at: i, headingLines: n + 1 });
      last.set(c.series, c.seq);
    }
  }
  return [...items.values()];
}
