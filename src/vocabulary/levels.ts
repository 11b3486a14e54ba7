/**
 * Labels of the levels a plan is built from, in both written standards: the strategy level that owns an
 * action table (`Strategi:`, `Satsingsområde 2:`, `Innsatsområde 1 –`, `Fokusområde A:`), and the labels
 * of an action written as a list item with labelled lines (`Ansvar: …`, `Partnere: …`, `Frist: …`).
 * Gathered from the seeds and the development corpus; one entry per line.
 */
import { headerRole } from './action-table.ts';
import { FIELD_ONLY_LABELS, type ActionFieldRole } from './action-labels.ts';

/** A strategy-level label and how specific it is: a plan's strategies are its most specific level that occurs. */
export interface LevelLabel {
  /** The label word, as a regular-expression fragment matching both written standards and upper case. */
  word: string;
  /** Higher is more specific: a `Strategi:` under a `Satsingsområde` is the strategy. */
  depth: number;
}

/** Strategy-level labels, most specific last. */
export const STRATEGY_LEVELS: readonly LevelLabel[] = [
  { word: 'satsingsområde', depth: 1 },
  { word: 'satsingsområdet', depth: 1 },
  { word: 'satsområde', depth: 1 },
  { word: 'innsatsområde', depth: 1 },
  { word: 'innsatsområdet', depth: 1 },
  { word: 'fokusområde', depth: 1 },
  { word: 'hovudstrategi', depth: 1 },
  { word: 'hovedstrategi', depth: 1 },
  { word: 'strategi', depth: 2 },
  { word: 'delstrategi', depth: 2 },
];

/** A label's number or letter: `2`, `2.1`, `1.2.1`, `A`. */
const LEVEL_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z])`;

/**
 * A strategy-level line: `Strategi: Etablere …`, `Satsingsområde 1: Grønn industri`, `Innsatsområde 2 – Reiseliv`,
 * `STRATEGI 1.2.1: …`. Groups: 1 the label word, 2 its number, 3 the title.
 * (Without a number the colon is required: `Satsingsområde` alone is a heading word, not a label.)
 */
export function levelLinePattern(words: readonly string[]): RegExp {
  const alt = words.join('|');
  return new RegExp(String.raw`^(${alt})(?:\s+(${LEVEL_NUMBER}))?\.?\s*[:–-]\s*(.*)$`, 'iu');
}

/** Longest line a level heading takes; a longer line is a sentence that happens to open with a label word. */
const LEVEL_HEADING_MAX = 100;

const NUMBERED_LEVEL = new RegExp(String.raw`^(${STRATEGY_LEVELS.map((l) => l.word).join('|')})\s+${LEVEL_NUMBER}\.?\s*[:–-]?\s+(\S.*)$`, 'i');

/**
 * A line opening with any level's label and number and a capitalised title, the separator left out or not
 * (`Innsatsområde 2 Reiseliv og opplevingar`, `Satsingsområde 3: Kompetanse`): a heading of the plan's structure,
 * never a row of an action table.
 * @example isNumberedLevelLine('Innsatsområde 2 Reiseliv og opplevingar') // true
 * @example isNumberedLevelLine('Innsatsområdet er viktig') // false
 */
export function isNumberedLevelLine(text: string): boolean {
  const m = NUMBERED_LEVEL.exec(text.trim());
  return m !== null && text.trim().length <= LEVEL_HEADING_MAX && /^\p{Lu}/u.test(m[2]);
}

/** The label opening a list of actions written as bullets: `Tiltak:`, `Aktuelle tiltak:`, `Tiltak i planperioden:`. */
export const ACTION_LIST_LABEL = /^(?:aktuelle\s+|prioriterte\s+)?(?:tiltak|aktivitetar|aktiviteter)(?:\s+i\s+\S+)?:$/i;

/**
 * The role of a labelled line under an action written as a bullet: the label is a table-header word of that
 * role (`Ansvar:`, `Ansvarleg:`, `Partnere:`, `Partnarar:`, `Samarbeidspartnere:`, `Frist:`, `Tidsrom:`,
 * `Finansiering:`), so a synonym added to the header list works here too, or a label only lines use
 * (`Med:`, `Involverte parter:`, `Ramme:`; `src/vocabulary/action-labels.ts`).
 * @example actionFieldRole('Partnarar') // 'partners'
 */
export function actionFieldRole(label: string): ActionFieldRole | undefined {
  const r = headerRole(label) ?? FIELD_ONLY_LABELS[label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')];
  return r === 'number' || r === 'text' ? undefined : r;
}
