import type { Timeframe } from '../../schemas/action.ts';
import {
  CONTINUOUS_WORDS, MONTH_NAME_PATTERN, MONTH_PATTERN, MONTH_WORDS, SEASON_PATTERN, SEASON_MONTHS, SEASON_WORDS, STANDALONE_TIME_WORDS, REPETITION_ADJECTIVES,
  TIME_CELL_WORDS, readNumericDate, readWrittenDate, wordAlternation,
} from '../../vocabulary/time.ts';

const MONTHS = MONTH_WORDS;
/** Seasons as month spans: høst = august–desember, vår = januar–juni, as Norwegian plans use them. */
const SEASONS: Record<string, readonly [number, number]> = Object.fromEntries(
  Object.entries(SEASON_WORDS).map(([word, season]) => [word, SEASON_MONTHS[season]]),
);
// no \b: in a JS regex `å` is no word character, so `\bårlig` never matched `Årlig`
const CONTINUOUS = new RegExp(`(?<!\\p{L})(${wordAlternation(CONTINUOUS_WORDS)})(?!\\p{L})`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const first = (y: number, m = 1) => `${y}-${pad(m)}-01`;
const last = (y: number, m = 12) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\b`, 'i');
const SEASON_YEAR = new RegExp(`\\b(${SEASON_PATTERN})\\s+(\\d{4})\\b`, 'i');
const YEAR_RANGE = /\b(20\d\d|19\d\d)\s*(?:-|–|—|\/|til)\s*(20\d\d|19\d\d|\d\d)\b/;
const YEAR = /\b(20\d\d|19\d\d)\b/;
const HALF = /\b(første|siste|andre|1\.|2\.)\s*halv(?:år|del)(?:et)?(?:\s+av)?\s+(\d{4})\b/i;
/** A quarter: `1. kvartal 2024`, `Q3 2025`. */
const QUARTER = /(?:\b([1-4])\.\s*kvartal|\b[Qq]([1-4]))\s+(\d{4})\b/;

/** One point in time read from a fragment: the period it names. */
function readPeriod(text: string): { from: string; to: string } | undefined {
  const day = readNumericDate(text) ?? readWrittenDate(text);
  if (day) return { from: day.iso, to: day.iso };
  let m = HALF.exec(text);
  if (m) {
    const y = Number(m[2]);
    return /første|1\./i.test(m[1]) ? { from: first(y, 1), to: last(y, 6) } : { from: first(y, 7), to: last(y, 12) };
  }
  m = QUARTER.exec(text);
  if (m) {
    const y = Number(m[3]);
    const q = Number(m[1] ?? m[2]);
    return { from: first(y, q * 3 - 2), to: last(y, q * 3) };
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const y = Number(m[2]);
    const mo = MONTHS[m[1].toLowerCase()];
    return { from: first(y, mo), to: last(y, mo) };
  }
  m = SEASON_YEAR.exec(text);
  if (m) {
    const y = Number(m[2]);
    const [a, b] = SEASONS[m[1].toLowerCase()];
    return { from: first(y, a), to: last(y, b) };
  }
  m = YEAR_RANGE.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (b >= a) return { from: first(a), to: last(b) };
  }
  m = YEAR.exec(text);
  if (m) {
    const y = Number(m[1]);
    return { from: first(y), to: last(y) };
  }
  return undefined;
}

/**
 * Reads a timeframe cell: keeps the text as written and adds ISO from/to where they can be read.
 * `Innen X` gives a deadline (to), `Fra X`/`Operativ fra X`/`Oppstart X` a start (from), a bare period both.
 * @example parseTimeframe('Innen mars 2015') // { text: 'Innen mars 2015', to: '2015-03-31' }
 * @example parseTimeframe('Høsten 2014') // { text: 'Høsten 2014', from: '2014-08-01', to: '2014-12-31' }
 * @example parseTimeframe('Kontinuerlig') // { text: 'Kontinuerlig', continuous: true }
 */
export function parseTimeframe(text: string): Timeframe {
  const clean = text.replace(/\s+/g, ' ').trim();
  const out: Timeframe = { text: clean };
  if (!clean) return out;
  if (CONTINUOUS.test(clean)) out.continuous = true;
  const lower = clean.toLowerCase();
  // `Innen utgangen av 2016`, `Innen mars 2015`, `Frist: 1.6.2015`
  const deadline = /\b(innen|senest|frist:?|før|fram mot|frem mot|ferdig|klar|levering)\b/i.exec(clean);
  const start = /\b(fra|fom\.?|f\.o\.m\.?|oppstart|operativ fra|etter)\b/i.exec(clean);
  const withinYear = /\b(ila|i løpet av)\b/i.exec(clean);
  if (start && (!deadline || start.index < deadline.index)) {
    const p = readPeriod(clean.slice(start.index));
    if (p) out.from = p.from;
    // `Fra 2015 til 2017`, `Oppstart høsten 2014. Lansering vinter 2015`
    const rest = p ? clean.slice(start.index).replace(/^.*?\b(19|20)\d\d\b/, '') : '';
    const q = rest && /\b(til|lansering|innen|ferdig)\b/i.test(rest) ? readPeriod(rest) : undefined;
    if (q) out.to = q.to;
    return out;
  }
  if (deadline && !withinYear) {
    const p = readPeriod(clean.slice(deadline.index));
    if (p) out.to = p.to;
    return out;
  }
  const p = readPeriod(withinYear ? clean.slice(withinYear.index) : clean);
  if (p) {
    // a bare range or period: both ends; a lone date (`Januar 2015`) reads as the period it names
    out.from = p.from;
    out.to = p.to;
  }
  void lower;
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
