/**
 * Numbered and lettered list items at the start of a line (`1.`, `2)`, `(3)`, `a)`, `b.`), told apart from a
 * wrapped line that happens to begin with a number (`1. halvår 2027`, `20. juni`): a mark counts only in a run of
 * at least two items numbered in sequence in the same style, whose first item opens a unit (a block, or the line
 * after a label or a colon).
 */
import type { SourceLine } from '../types.ts';
import { HALF_WORDS, MONTH_PATTERN, QUARTER_WORDS, wordAlternation } from '../../vocabulary/time.ts';

/** A list mark: a number of one or two digits or a single letter, with `.` or `)` after it, or in brackets. */
const MARK = /^\(?(?:(\d{1,2})|([a-z]))([.)])\s+(?=\S)/u;

/** A number followed by a date word is a date or a period, not a list mark: `1. halvår`, `2. kvartal`, `20. juni`. */
const DATE_AFTER = new RegExp(`^(?:${wordAlternation([...HALF_WORDS, ...QUARTER_WORDS])}|${MONTH_PATTERN})(?![\\p{L}])`, 'iu');

/** The fewest items in sequence that make a list. */
const MIN_ITEMS = 2;

/** A line's list mark: its ordinal (1 for `1.` and `a)`), its style (digits or letters, and the sign after), and the text after it. */
export interface ListMark {
  ordinal: number;
  style: string;
  rest: string;
}

/**
 * The list mark at the start of a text, if any.
 * @example listMarkOf('2) Flere arbeidsplasser') // { ordinal: 2, style: 'digit)', rest: 'Flere arbeidsplasser' }
 * @example listMarkOf('1. halvår 2027') // undefined
 */
export function listMarkOf(text: string): ListMark | undefined {
  const t = text.trim();
  const m = MARK.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  if (m[1] !== undefined && DATE_AFTER.test(rest)) return undefined;
  const ordinal = m[1] !== undefined ? Number(m[1]) : m[2].charCodeAt(0) - 'a'.charCodeAt(0) + 1;
  return { ordinal, style: `${m[1] !== undefined ? 'digit' : 'letter'}${m[3]}`, rest };
}

/** Strips a list mark from the start of a text. @example withoutListMark('a) Flere besøkende') // 'Flere besøkende' */
export const withoutListMark = (text: string) => listMarkOf(text)?.rest ?? text;

const startsUpper = (s: string) => /^[\p{Lu}\d«"]/u.test(s);

/** A run of marked lines in sequence. */
interface Run {
  style: string;
  upper: boolean;
  lines: SourceLine[];
}

/** The mark continues the run: same style, the next number, and (when the run's items start upper-case) not a lower-case word. */
const continuesRun = (run: Run | undefined, mark: ListMark) =>
  run !== undefined && mark.style === run.style && mark.ordinal === run.lines.length + 1 && (!run.upper || startsUpper(mark.rest));

/**
 * The lines among `lines` (in reading order) that open a numbered or lettered list item.
 * `opensUnit(i)` says whether line i may open a list: the first line of a block, or after a label or a colon.
 * @example listItemLines(['Delmål', '1. A skal …', 'over to linjer.', '2. B skal …'].map(line), (i) => i <= 1) // lines 1 and 3
 */
export function listItemLines(lines: SourceLine[], opensUnit: (i: number) => boolean): Set<SourceLine> {
  const items = new Set<SourceLine>();
  let run: Run | undefined;
  const close = () => {
    if (run && run.lines.length >= MIN_ITEMS) run.lines.forEach((l) => items.add(l));
    run = undefined;
  };
  lines.forEach((l, i) => {
    const mark = listMarkOf(l.text);
    if (!mark) return;
    if (continuesRun(run, mark)) run!.lines.push(l);
    else if (mark.ordinal === 1 && opensUnit(i)) {
      close();
      run = { style: mark.style, upper: startsUpper(mark.rest), lines: [l] };
    }
  });
  close();
  return items;
}
