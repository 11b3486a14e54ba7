/**
 * Bare page numbers the first pass kept (a number alone under a blank line right above a page-start line,
 * `2` / ` 3. Satsingsområde`, or right under the page's last line, `… kommunane i Sogn.` / `2` / ` 2. Utviklingstrekk`,
 * which could also end a table cell, a footnote or a list), settled by evidence: a number whose neighbour among the
 * document's page numbers counts on by one (`2` … `3` … `4`), a page apart, is a page number and dropped as one. A
 * number alone between a blank line and a page start that fits no such sequence is dropped as a possible page number
 * (listed for the editor, never shown as a paragraph, no page break taken from it); one right under text stays.
 */
import type { DroppedLine, SourceLine } from './types.ts';

/** Fewest lines between two page numbers for them to be on different pages (a short last page included). */
const PAGE_LINES_MIN = 8;
/** A whitespace-only line this long is the rule PDF extraction leaves above footnotes: a number under it is a footnote's. */
export const FOOTNOTE_SEPARATOR_MIN = 20;
/** A page number as the first pass dropped it: alone, or after `Side`. */
const NUMBER = /^(?:side\s+)?(\d{1,3})(?:\s*(?:av|\/)\s*\d{1,3})?$/i;

/** Where a page number stands: dropped by the first pass, kept alone under a blank line, or kept right under text. */
type Standing = 'dropped' | 'alone' | 'under-text';

interface PageNumber {
  no: number;
  value: number;
  standing: Standing;
}

const isBlank = (s: string | undefined) => s !== undefined && s.trim() === '' && s.length < FOOTNOTE_SEPARATOR_MIN;
const isPageStart = (s: string | undefined) => s !== undefined && /^\s+\S/.test(s);

/** The next non-blank raw line after index i, undefined at the end. */
function nextText(raw: string[], i: number): string | undefined {
  let j = i + 1;
  while (j < raw.length && raw[j].trim() === '') j++;
  return raw[j];
}

/** How a kept bare number at raw index i stands at a page's end, if it does: the next page's start (or the end) below it. */
function standingAt(raw: string[], i: number): Standing | undefined {
  const above = raw[i - 1];
  const below = raw[i + 1];
  const next = nextText(raw, i);
  if (isBlank(above) && (next === undefined || isPageStart(next))) return 'alone';
  if (above !== undefined && above.trim() !== '' && isPageStart(below)) return 'under-text';
  return undefined;
}

/** The page numbers in reading order: those dropped already and the bare numbers kept at a page's end. */
function pageNumbersOf(raw: string[], lines: SourceLine[], dropped: DroppedLine[]): PageNumber[] {
  const found: PageNumber[] = dropped.filter((d) => d.reason === 'sidetall').flatMap((d) => {
    const m = NUMBER.exec(d.text.trim());
    return m ? [{ no: d.no, value: Number(m[1]), standing: 'dropped' as const }] : [];
  });
  for (const l of lines) {
    const standing = /^\d{1,3}$/.test(l.text) && !l.bullet ? standingAt(raw, l.no - 1) : undefined;
    if (standing) found.push({ no: l.no, value: Number(l.text), standing });
  }
  return found.sort((a, b) => a.no - b.no);
}

/** `b` counts on from `a` by one, a page further on; a number right under text confirms none. */
const countsOn = (a: PageNumber | undefined, b: PageNumber | undefined) =>
  a !== undefined && b !== undefined && b.value === a.value + 1 && b.no - a.no >= PAGE_LINES_MIN;

/** The number counts on from the one before it or into the one after it. */
function inSequence(list: PageNumber[], k: number): boolean {
  const confirms = (p: PageNumber | undefined) => p !== undefined && p.standing !== 'under-text';
  return (confirms(list[k - 1]) && countsOn(list[k - 1], list[k])) || (confirms(list[k + 1]) && countsOn(list[k], list[k + 1]));
}

/** Another bare number stands closer than a page: the numbers are a list (`1` / ` Innleiing` / `2` / ` Mål`), not page numbers. */
const inList = (list: PageNumber[], k: number) =>
  (k > 0 && list[k].no - list[k - 1].no < PAGE_LINES_MIN) || (k + 1 < list.length && list[k + 1].no - list[k].no < PAGE_LINES_MIN);

/** What becomes of a kept number: dropped as a page number, dropped as a possible one, or kept. */
function verdict(list: PageNumber[], k: number): DroppedLine['reason'] | undefined {
  if (inSequence(list, k)) return 'sidetall';
  return list[k].standing === 'alone' && !inList(list, k) ? 'mulig sidetall' : undefined;
}

/**
 * Drops the kept bare numbers at a page's end that the evidence settles (see above). Changes `lines` (the line
 * becomes blank) and `dropped` in place.
 */
export function settlePageNumbers(raw: string[], lines: SourceLine[], dropped: DroppedLine[]): void {
  const list = pageNumbersOf(raw, lines, dropped);
  const at = new Map(lines.map((l, i) => [l.no, i]));
  list.forEach((p, k) => {
    const reason = p.standing === 'dropped' ? undefined : verdict(list, k);
    if (!reason) return;
    const i = at.get(p.no)!;
    dropped.push({ no: p.no, text: lines[i].text, reason });
    lines[i] = { no: p.no, text: '', raw: '', indented: false, bullet: false };
  });
  dropped.sort((a, b) => a.no - b.no);
}
