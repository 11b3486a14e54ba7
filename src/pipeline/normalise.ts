import { runningLineIndexes } from './running-lines.ts';
import type { DroppedLine, LayoutProfile, NormalisedDoc, SourceLine } from './types.ts';
import { FOOTNOTE_SEPARATOR_MIN, settlePageNumbers } from './page-numbers.ts';

/** Glyphs PDF extraction leaves where a list bullet stood. U+F0B7 is Symbol-font private use. */
const BULLET = /^([\uf0b7\uf0a7\uf076\uf0d8\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u2013\-*o])\s+(?=\S)/u;
/** A line that is only a rule: underscores, dashes, equals or box drawing. */
const RULE = /^[_\-=\u2500\u2014\u2013.]{5,}$/;
/** A contents line with dotted leaders and a page number: `3. Gründer- og vekstservice ........ 12`. */
const CONTENTS = /(?:\.{4,}|(?:\. ){4,}|…{2,})\s*\d{1,3}\s*$/;
const PAGE_NUMBER = /^(?:side\s+)?\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?$/i;
/** A page label naming its page and the page count (`Side 3 av 5`, `side 2/12`): page furniture wherever it stands, even right under the page's last line. */
const PAGE_OF_PAGES = /^side\s+\d{1,3}\s*(?:av|\/)\s*\d{1,3}$/i;
const ENDS_SENTENCE = /[.!?:;»"”)\]]$/;
const STARTS_LOWER = /^[a-zæøåäöéü(]/;

export interface NormaliseOptions {
  /** Lines holding tabs are table rows whose cells are known (the PDF reader writes them so). */
  tabCells?: boolean;
}

/** A tab-separated row: its cells as written, and its text with two spaces between the cells. */
function cellsOf(raw: string): { cells: string[]; text: string } {
  const cells = raw.split('\t').map((c) => c.replace(/\s+/g, ' ').trim());
  return { cells, text: cells.filter(Boolean).join('  ') };
}

/**
 * Stage 1: turns decoded text into numbered lines, drops PDF artefacts (rules, page numbers,
 * running headers and footers, contents lines) and the blank lines that only split a wrapped line in two.
 * @example normaliseText('x.txt', 'Strategi: Etablere et\n\nsystem').lines.map(l => l.text) // ['Strategi: Etablere et', 'system']
 */
export function normaliseText(file: string, text: string, options: NormaliseOptions = {}): NormalisedDoc {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const dropped: DroppedLine[] = [];
  const glyphs = new Set<string>();

  const isEmpty = (i: number) => rawLines[i] === '';
  const doubleSpaced = detectDoubleSpacing(rawLines);
  const running = runningLineIndexes(rawLines);

  const lines: SourceLine[] = [];
  let softBlankLines = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i].replace(/[\u00a0\t\u2007\u202f]/g, ' ').replace(/[\u200b\u00ad\ufeff]/g, '');
    const no = i + 1;
    let text = raw.trim();
    if (text === '') {
      if (isEmpty(i) && isSoftBlank(rawLines, i, doubleSpaced)) {
        softBlankLines++;
        continue;
      }
      lines.push({ no, text: '', raw, indented: false, bullet: false });
      continue;
    }
    if (RULE.test(text)) {
      dropped.push({ no, text, reason: 'linje' });
      lines.push({ no, text: '', raw: '', indented: false, bullet: false });
      continue;
    }
    if (running.has(i)) {
      dropped.push({ no, text, reason: 'topp- eller bunntekst' });
      lines.push({ no, text: '', raw: '', indented: false, bullet: false });
      continue;
    }
    if (CONTENTS.test(text)) {
      dropped.push({ no, text, reason: 'innholdsfortegnelse' });
      continue;
    }
    if (PAGE_OF_PAGES.test(text) || (PAGE_NUMBER.test(text) && isPageNumberContext(rawLines, i))) {
      dropped.push({ no, text, reason: 'sidetall' });
      lines.push({ no, text: '', raw: '', indented: false, bullet: false });
      continue;
    }
    let bullet = false;
    const m = BULLET.exec(text);
    if (m && !(m[1] === '-' && /^-\s*\d/.test(text))) {
      glyphs.add(m[1]);
      bullet = true;
      text = text.slice(m[0].length);
    }
    const line: SourceLine = { no, text, raw, indented: /^\s/.test(raw), bullet };
    if (options.tabCells && rawLines[i].includes('\t')) Object.assign(line, cellsOf(rawLines[i]));
    lines.push(line);
  }
  settlePageNumbers(rawLines, lines, dropped);
  const profile: LayoutProfile = { doubleSpaced, softBlankLines, bulletGlyphs: [...glyphs] };
  return { file, lines, dropped, profile, diagnostics: [] };
}

/**
 * True when most non-blank lines are followed by an empty line and sentences run on across those
 * empty lines (`… skal det dannes et` / `` / `kunnskapsgrunnlag …`): the `002` style of extraction.
 * A single-spaced plan of one-line table rows and short paragraphs has the first trait, never the second.
 */
export function detectDoubleSpacing(raw: string[]): boolean {
  let nonBlank = 0;
  let followedByEmpty = 0;
  let wrapsAcrossEmpty = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i].trim() === '') continue;
    nonBlank++;
    if (raw[i + 1] !== '') continue;
    followedByEmpty++;
    if (STARTS_LOWER.test((raw[i + 2] ?? '').trim()) && !ENDS_SENTENCE.test(raw[i].trim())) wrapsAcrossEmpty++;
  }
  return nonBlank > 20 && followedByEmpty / nonBlank > 0.6 && wrapsAcrossEmpty >= Math.max(3, 0.05 * nonBlank);
}

function neighbour(raw: string[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < raw.length && raw[j] === '') j += step;
  return j;
}

/** An empty line between the two halves of a wrapped sentence is not a paragraph break. */
function isSoftBlank(raw: string[], i: number, doubleSpaced: boolean): boolean {
  const prev = raw[i - 1];
  const next = raw[i + 1];
  if (prev === undefined || next === undefined) return false;
  const p = prev.trim();
  const n = next.trim();
  if (p === '' || n === '') return false;
  if (ENDS_SENTENCE.test(p)) return false;
  if (BULLET.test(n)) return false;
  if (doubleSpaced) return true;
  return STARTS_LOWER.test(n);
}

/** A bare number is a page number when blank or page-start lines surround it, not when it ends a table cell or starts a footnote. */
function isPageNumberContext(raw: string[], i: number): boolean {
  const p = neighbour(raw, i, -1);
  const n = neighbour(raw, i, 1);
  const prev = p >= 0 ? raw[p] : '';
  const next = n < raw.length ? raw[n] : '';
  if (prev.trim() === '' && prev.length >= FOOTNOTE_SEPARATOR_MIN) return false; // footnote number under the separator
  const prevBlank = prev.trim() === '';
  const nextBlankOrPage = next.trim() === '' || /^\s+\S/.test(next) || n >= raw.length;
  // a number alone between blank lines, just before a page-start line (` 3. Reiseliv`, ` – kurs for ledere`), ends a page
  // (also right under the last line of the page: `… knytter sammen` / `11` / `` / ` reiselivsaktørene …`)
  const aloneBeforePageStart = (raw[i + 1] ?? '').trim() === '' && /^\s+\S/.test(next) && !/^\s*\d[\d\s,.%]*$/.test(raw[i - 1] ?? '');
  return (prevBlank && nextBlankOrPage) || aloneBeforePageStart;
}
