/**
 * Timeframe cells of action tables: the text as written, with `from`/`to` at the precision the text
 * gives (`Innen januar 2015` → to `2015-01`; `Høsten 2014` → `2014-høst`; `2014–2015` → `2014` to
 * `2015`), and the words that mark a timeframe cell for the table splitter. The words live in
 * src/vocabulary/time.ts.
 */
import type { Timeframe } from '../../schemas/action.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import {
  CONTINUOUS_WORDS, DEADLINE_WORDS, FIRST_HALF_WORDS, HALF_WORDS, MONTH_NAME_PATTERN, MONTH_PATTERN, QUARTER_WORDS, REPETITION_ADJECTIVES,
  SEASON_PATTERN, STANDALONE_TIME_WORDS, START_WORDS, SECOND_HALF_WORDS, TIME_CELL_WORDS, WITHIN_WORDS, monthOf, readNumericDate, readWrittenDate,
  seasonOf, wordAlternation,
} from '../../vocabulary/time.ts';

/** A word from a list, not inside another word (`å` is no `\w` in a JS regex, so no `\b`). */
const wordsRe = (words: readonly string[]) => new RegExp(`(?<!\\p{L})(?:${wordAlternation(words)})(?!\\p{L})`, 'iu');
const CONTINUOUS = wordsRe(CONTINUOUS_WORDS);
const DEADLINE = wordsRe(DEADLINE_WORDS);
const START = wordsRe(START_WORDS);
const WITHIN = wordsRe(WITHIN_WORDS);
/** Words after a start that name its end: `Fra 2015 til 2017`, `Oppstart høsten 2014. Lansering vinter 2015`. */
const END_AFTER_START = /(?<!\p{L})(til|lansering|innen|innan|ferdig)(?!\p{L})/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** A period read from a text: its first and last point at the text's precision, and where it was written. */
interface Period { from: PartialDate; to: PartialDate; index: number; end: number }

/** Readers of a period, most precise first; each returns the period a match names. */
const PERIOD_READERS: { re: RegExp; read: (m: RegExpExecArray) => { from: PartialDate; to: PartialDate } | undefined }[] = [
  {
    re: new RegExp(`(?<!\\p{L})(${wordAlternation([...FIRST_HALF_WORDS, ...SECOND_HALF_WORDS])})\\s*(?:${wordAlternation(HALF_WORDS)})(?:\\s+av)?\\s+(\\d{4})\\b`, 'iu'),
    read: (m) => {
      const half = (FIRST_HALF_WORDS as readonly string[]).includes(m[1].toLowerCase()) ? 'H1' : 'H2';
      return { from: `${m[2]}-${half}`, to: `${m[2]}-${half}` };
    },
  },
  {
    // `1. kvartal 2024`, `Q3 2025`
    re: new RegExp(`(?:\\b([1-4])\\.\\s*(?:${wordAlternation(QUARTER_WORDS)})|\\b[Qq]([1-4]))\\s+(\\d{4})\\b`, 'iu'),
    read: (m) => ({ from: `${m[3]}-Q${m[1] ?? m[2]}`, to: `${m[3]}-Q${m[1] ?? m[2]}` }),
  },
  {
    re: new RegExp(`(?<!\\p{L})(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\b`, 'iu'),
    read: (m) => ({ from: `${m[2]}-${pad(monthOf(m[1])!)}`, to: `${m[2]}-${pad(monthOf(m[1])!)}` }),
  },
  {
    re: new RegExp(`(?<!\\p{L})(${SEASON_PATTERN})\\s+(\\d{4})\\b`, 'iu'),
    read: (m) => ({ from: `${m[2]}-${seasonOf(m[1])}`, to: `${m[2]}-${seasonOf(m[1])}` }),
  },
  {
    re: /\b(20\d\d|19\d\d)\s*(?:-|–|—|\/|til)\s*(20\d\d|19\d\d|\d\d)\b/,
    read: (m) => {
      const a = Number(m[1]);
      const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      return b >= a ? { from: String(a), to: String(b) } : undefined;
    },
  },
  { re: /\b(20\d\d|19\d\d)\b/, read: (m) => ({ from: m[1], to: m[1] }) },
];

/** The period a fragment names: a day where it writes one, else the most precise period it writes. */
function readPeriod(text: string): Period | undefined {
  const day = readNumericDate(text) ?? readWrittenDate(text);
  if (day) return { from: day.iso, to: day.iso, index: day.index, end: day.index + day.text.length };
  for (const { re, read } of PERIOD_READERS) {
    const m = re.exec(text);
    const p = m && read(m);
    if (p) return { ...p, index: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** `Høst 2014/vår 2015`, `august 2014 – juni 2015`: a second period right after the first makes a range. */
function readRange(text: string): { from: PartialDate; to: PartialDate } | undefined {
  const p = readPeriod(text);
  if (!p) return undefined;
  const rest = text.slice(p.end);
  const sep = /^\s*(?:\/|-|–|—|til)\s*/u.exec(rest);
  const q = sep ? readPeriod(rest.slice(sep[0].length)) : undefined;
  return q && q.index === 0 ? { from: p.from, to: q.to } : { from: p.from, to: p.to };
}

/**
 * Reads a timeframe cell: keeps the text as written and adds from/to at the precision the text gives.
 * `Innen X` gives a deadline (to), `Fra X`/`Operativ fra X`/`Oppstart X` a start (from), a bare period both.
 * @example parseTimeframe('Innen mars 2015') // { text: 'Innen mars 2015', to: '2015-03' }
 * @example parseTimeframe('Høsten 2014') // { text: 'Høsten 2014', from: '2014-høst', to: '2014-høst' }
 * @example parseTimeframe('Kontinuerlig') // { text: 'Kontinuerlig', continuous: true }
 */
export function parseTimeframe(text: string): Timeframe {
  const clean = text.replace(/\s+/g, ' ').trim();
  const out: Timeframe = { text: clean };
  if (!clean) return out;
  if (CONTINUOUS.test(clean)) out.continuous = true;
  const deadline = DEADLINE.exec(clean);
  const start = START.exec(clean);
  const within = WITHIN.exec(clean);
  if (start && (!deadline || start.index < deadline.index)) {
    const fromText = clean.slice(start.index);
    const p = readPeriod(fromText);
    if (p) out.from = p.from;
    // `Fra 2015 til 2017`, `Oppstart høsten 2014. Lansering vinter 2015`
    const rest = p ? fromText.slice(p.end) : '';
    const q = rest && END_AFTER_START.test(rest) ? readPeriod(rest) : undefined;
    if (q) out.to = q.to;
    // `Frå 2024 til 2026` read as one range (not `fra skolestart 2015/2016`, a school year)
    else if (p && p.to !== p.from && END_AFTER_START.test(fromText.slice(0, p.end))) out.to = p.to;
    return out;
  }
  if (deadline && !within) {
    const p = readPeriod(clean.slice(deadline.index));
    if (p) out.to = p.to;
    return out;
  }
  // a bare range or period: both ends; a lone date (`Januar 2015`) reads as the period it names
  const p = readRange(within ? clean.slice(within.index) : clean);
  if (p) Object.assign(out, p);
  return out;
}

/** Words that open a timeframe cell or mark one: months, seasons, `Innen`, `Fra`, years, dates, `Løpende`… */
export const TIME_MARKER = new RegExp(
  [
    `^(${MONTH_PATTERN})[.,:]?$`,
    `^(${SEASON_PATTERN})[.,:]?$`,
    `^(${wordAlternation(TIME_CELL_WORDS)})[.,:]?$`,
    '^[Qq][1-4]$',
    '^(19|20)\\d\\d([-–/](19|20)?\\d\\d)?[.,:;)]?$',
    '^\\d{1,3}\\.\\d{1,2}\\.(\\d{4}|\\d{2})[.,]?$',
    `^\\d{1,2}\\.(${MONTH_NAME_PATTERN})$`,
  ].join('|'),
  'i',
);

/** True when a token marks time (`Innen`, `mars`, `2015`, `02.01.2015`, `Løpende`). @example isTimeMarker('Høsten') // true */
export function isTimeMarker(token: string): boolean {
  return TIME_MARKER.test(token.replace(/^[(«"]/, ''));
}

const STANDALONE = new RegExp(`^(${wordAlternation(STANDALONE_TIME_WORDS)})[.,]?$`, 'i');
/** Markers that stand alone as a whole cell even when written in lower case (`uavklart`, `kontinuerlig`). */
export function isStandaloneTimeWord(token: string): boolean {
  return STANDALONE.test(token);
}

const REPETITION = new RegExp(`^(${wordAlternation(REPETITION_ADJECTIVES)})$`);
/**
 * A lower-case `årlig`/`løpende` inside a sentence describes the noun after it (`en årlig lokalmatmesse`,
 * `løpende oppfølging`): it opens no timeframe cell.
 * @example isAdjectivalTimeWord(['Arrangere', 'en', 'årlig', 'messe'], 2) // true
 */
export function isAdjectivalTimeWord(tokens: string[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!REPETITION.test(t) || !next) return false;
  return /^[a-zæøå]/.test(next) && !isTimeMarker(next) && !/^(fra|innen|i|fom\.?|ila|med|og)$/.test(next);
}

/** True when a whole text reads as a timeframe: it contains a time marker near its start. @example looksLikeTimeframe('Plan klar innen januar 2015') // true */
export function looksLikeTimeframe(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (/,/.test(tokens.slice(0, 2).join(' ')) && !isTimeMarker(tokens[0])) return false;
  const weak = /^(fra|innen|ila|oppstart|operativ|frist:?|fom\.?)$/i;
  const i = tokens.findIndex((t, k) => isTimeMarker(t) && !/^ved$/i.test(t) && !isAdjectivalTimeWord(tokens, k) && (!weak.test(t) || tokens.slice(k + 1, k + 4).some((n) => isTimeMarker(n) && !weak.test(n))));
  if (/^ved\s+(behov|revisjon|rullering|oppstart)/i.test(text.trim())) return true;
  return i >= 0 && i <= 5;
}
