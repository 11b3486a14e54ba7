/**
 * Chapter and sub-heading lines of a programme report: known chapter titles alone on their line
 * (`Innleiing`, `Prosjektets målstruktur`, `Finansieringsplan`), numbered chapters in sequence
 * (`1 Innleiing`, `2. Tildelinger i 2023`), appendices (`Vedlegg: Fondsstyret i 2023`) and headings
 * that start a page.
 */
import { CAPTION } from '../../extract/numeric-title.ts';
import type { SourceLine } from '../../types.ts';
import { goalLabelOf } from '../../extract/goals.ts';
import { reportChapterPrefixes, reportChapterTitles } from '../../../vocabulary/programme-report.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { contentsKey } from '../contents.ts';

const CHAPTER_TITLE = new RegExp(`^(?:(?:${wordAlternation(reportChapterPrefixes)})\\s+)?(?:${wordAlternation(reportChapterTitles)})(?:\\s+(?:med|og)\\s+.+|\\s+\\d{1,2})?\\s*:?$`, 'iu');
/** `Vedlegg: Fondsstyret i 2023`, `Vedlegg 2 – Deltakarar`. */
const APPENDIX = /^Vedlegg(?:\s+\d{1,2})?\s*[:.–-]\s*\p{Lu}/u;
/** `1 Innleiing`, `2. Tildelinger i 2023`. */
const NUMBERED = /^(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
/** An amount of a table row (`4 478 497`, `12500`). */
const AMOUNT = /\d{1,3}(?: \d{3})+\b|\d{5,}/u;
/** Most numbers a heading holds (`Tildelinger i 2023`, `Perioden 2015–2018`); a header row of years has more. */
const HEADING_NUMBERS_MAX = 2;
const numbersIn = (text: string) => text.match(/\d+/g)?.length ?? 0;
/** Most words a heading that starts a page may have. */
const PAGE_HEADING_WORDS_MAX = 6;
/** Shortest line after a page-start heading that reads as its prose. */
const PROSE_LINE_MIN = 40;

/** A short line that reads as a heading: capitalised, few words, no sentence ending. */
export function headingLike(text: string): boolean {
  return text.length >= 3 && text.length <= 90 && /^[A-ZÆØÅ]/.test(text) && !/[.,;!?]$/.test(text) && text.split(/\s+/).length <= 14 && !AMOUNT.test(text) && numbersIn(text) <= HEADING_NUMBERS_MAX && !text.includes('•');
}

const endsSentence = (l: SourceLine | undefined) => !l || /[.:!?»)]$/.test(l.text);

/** The lines of a report and what is known of their layout. */
export interface ReportLines {
  lines: SourceLine[];
  /** Line numbers that follow a blank line. */
  breaks: Set<number>;
  /** Numbered chapter headings by line index: their number. */
  numbered: Map<number, string>;
}

/** A numbered heading line's key in the table of contents (`contentsKey`), if it is one. */
function contentsKeyOf(text: string): string | undefined {
  const m = NUMBERED.exec(text);
  return m ? contentsKey(m[1], m[2]) : undefined;
}

/**
 * Numbered chapter headings standing alone, or listed in the table of contents (`contents`, keys of
 * `contentsKey`) where double spacing hides the blank lines around them; accepted only in sequence
 * (1, 2, 3 …) so table rows and list items do not count.
 */
export function numberedChapters(lines: SourceLine[], breaks: Set<number>, contents: Set<string> = new Set()): Map<number, string> {
  const out = new Map<number, string>();
  let last = 0;
  lines.forEach((l, i) => {
    const m = NUMBERED.exec(l.text);
    if (!m || l.bullet || !headingLike(l.text.replace(/^\d{1,2}\.?\s+/, ''))) return;
    const next = lines[i + 1];
    const listed = contents.has(contentsKeyOf(l.text) ?? '');
    const alone = listed || ((breaks.has(l.no) || l.indented || i === 0) && (!next || breaks.has(next.no)));
    if (alone && Number(m[1]) === last + 1) {
      out.set(i, m[1]);
      last += 1;
    }
  });
  return out;
}

/** Number and title of a chapter heading. */
export function chapterTitleOf(r: ReportLines, i: number): { number?: string; title: string } {
  const number = r.numbered.get(i);
  const text = r.lines[i].text;
  return number ? { number, title: text.replace(/^\d{1,2}\.?\s+/, '') } : { title: text.replace(/\s*:$/, '') };
}

/** A chapter heading: numbered in sequence, a known chapter title or appendix, or a heading that starts a page. */
export function isChapterHeading(r: ReportLines, i: number): boolean {
  const { lines } = r;
  if (r.numbered.has(i)) return true;
  const l = lines[i];
  if (APPENDIX.test(l.text) && l.text.length <= 90) return true;
  if (l.bullet || !headingLike(l.text) || !endsSentence(lines[i - 1])) return false;
  const next = lines[i + 1];
  if (next && /^\p{Ll}/u.test(next.text)) return false;
  if (CHAPTER_TITLE.test(l.text)) return true;
  // a cover page before numbered chapters (` SLUTTRAPPORT` over the programme's name) titles the report, it opens no chapter
  if (beforeFirstNumbered(r, i)) return false;
  return l.indented && l.text.split(/\s+/).length <= PAGE_HEADING_WORDS_MAX && !!next && (next.text.length >= PROSE_LINE_MIN || next.bullet);
}

/** The line stands before the first numbered chapter of a report whose chapters are numbered. */
const beforeFirstNumbered = (r: ReportLines, i: number) => r.numbered.size > 0 && i < Math.min(...r.numbered.keys());

/** A sub-heading inside a chapter (one line, or two when the second is a short lower-case tail), followed by prose. Returns the number of lines. */
export function subHeadingAt(lines: SourceLine[], i: number): number {
  const l = lines[i];
  // a goal label alone on its line (`Formål`, `Effektmål (5-10 år)`) is a heading wherever it stands
  if (!l.bullet && l.text.length <= 30 && goalLabelOf(l.text)?.rest === '' && lines[i + 1] && !/^\p{Ll}/u.test(lines[i + 1].text)) return 1;
  // a table's caption (`Tabell 1 Finansiering av programmet per år (kr)`) titles the table below it, not a section
  if (l.bullet || !endsSentence(lines[i - 1]) || !headingLike(l.text) || CAPTION.test(l.text)) return 0;
  if (/:$/.test(l.text) && !goalLabelOf(l.text)) return 0;
  for (const k of [1, 2]) {
    const part = lines.slice(i, i + k);
    if (k === 2 && !(part[1] && /^\p{Ll}/u.test(part[1].text) && part[1].text.length <= 40 && !/[.,;!?]$/.test(part[1].text))) continue;
    const next = lines[i + k];
    if (!next || !(/^\p{Lu}/u.test(next.text) || next.bullet)) continue;
    if (goalLabelOf(l.text) && k === 1) return 1;
    if (next.text.length >= PROSE_LINE_MIN || next.bullet) return k;
  }
  return 0;
}
