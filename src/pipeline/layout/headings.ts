/**
 * Headings by their look: a number (`1`, `1.`, `1.1`, `4 LANDBRUK OG MAT`), a chapter word (`Kapittel 2`,
 * `Vedlegg 1`), or a label with a number and a colon (`Satsingsområde 1: Grønn industri`). Which labels mean
 * what is the families' business: they pass the label words in (see `src/vocabulary/levels.ts`).
 */

/** A heading read off one line. */
export interface Heading {
  /** The number as written, without a trailing dot: `1`, `4.2`, `A`. */
  number?: string;
  /** The label word when the heading is labelled (`Strategi`, `Innsatsområde`, `Kapittel`). */
  label?: string;
  /** The title after the number or label, as written. */
  title: string;
}

/** Longest a numbered heading runs on its line; longer lines are numbered paragraphs or list items. */
const HEADING_MAX_LENGTH = 90;
/** Highest first number a chapter heading has; `2024 Planen …` is a year, not chapter 2024. */
const HEADING_MAX_NUMBER = 30;

/**
 * A numbered heading: `1 Innledning`, `2. Utviklingstrekk`, `4.3 Industri og energi`, `Kapittel 2 Mål`.
 * A sentence (ends with a full stop) is no heading.
 * @example numberedHeading('4.3 Industri og energi') // { number: '4.3', title: 'Industri og energi' }
 */
export function numberedHeading(text: string): Heading | undefined {
  if (text.length > HEADING_MAX_LENGTH || /[.;:]$/.test(text)) return undefined;
  const chapter = /^(?:kapittel|kap\.)\s+(\d{1,2})\.?\s*[:–-]?\s*(\S.*)?$/iu.exec(text);
  if (chapter) return { number: chapter[1], label: 'Kapittel', title: (chapter[2] ?? '').trim() };
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-ZÆØÅ«][^]*)$/u.exec(text);
  if (!m || Number(m[1].split('.')[0]) > HEADING_MAX_NUMBER) return undefined;
  return { number: m[1], title: m[2].trim() };
}

/**
 * A labelled heading line: one of `labels` (regular-expression fragments), an optional number or letter, a colon
 * or dash, then the title. Without a number the colon (or dash) is still required.
 * @example labelledHeading('Satsingsområde 1: Grønn industri og energi', ['satsingsområde']) // { label: 'Satsingsområde', number: '1', title: 'Grønn industri og energi' }
 */
export function labelledHeading(text: string, labels: readonly string[]): Heading | undefined {
  const m = new RegExp(String.raw`^(${labels.join('|')})(?:\s+(\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]))?\.?\s*[:–-]\s*(.*)$`, 'iu').exec(text);
  if (!m) return undefined;
  return { label: m[1], number: m[2], title: m[3].trim() };
}
