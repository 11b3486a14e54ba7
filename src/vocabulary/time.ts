/**
 * Time vocabulary: month names, seasons, the words that open a deadline or a start, and the words
 * for ongoing work — bokmål and nynorsk as entries of the same lists — plus the one reader of
 * dates written `dd.mm.yyyy` and `7. november 2024`.
 *
 * Where the words come from: the month names are the same in both written standards (Språkrådet);
 * the short forms (`jan`, `sept`, `des`) are the ones Norwegian plans and milestone tables use;
 * seasons and time words are those found in regional plans, programme reports and agendas
 * (nynorsk `haust`, `sommar`, `innan`, `løpande`, `kontinuerleg`, `frå`).
 */

/** Month names, January first; bokmål and nynorsk write them alike. */
export const MONTH_NAMES = [
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
] as const;

/** Short forms of month names as tables write them (`jan.`, `sept`), → month number. */
const MONTH_SHORT: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
};

/** Every month word (full names and short forms) → month number 1–12. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1])),
  ...MONTH_SHORT,
};

/** A season as a precision of a date: the four the plans use. */
export type Season = 'vår' | 'sommer' | 'høst' | 'vinter';

/**
 * Season words (bare and definite, bokmål and nynorsk) → season.
 * `vinter 2015` is the winter at the start of 2015, as plans use it (`Lansering vinter 2015`).
 */
export const SEASON_WORDS: Readonly<Record<string, Season>> = {
  vår: 'vår', våren: 'vår',
  sommer: 'sommer', sommeren: 'sommer', sommar: 'sommer', sommaren: 'sommer',
  høst: 'høst', høsten: 'høst', haust: 'høst', hausten: 'høst',
  vinter: 'vinter', vinteren: 'vinter',
};

/** The months a season covers, as Norwegian plans use them: høst = august–desember, vår = januar–juni. */
export const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number]>> = {
  vår: [1, 6], sommer: [6, 8], høst: [8, 12], vinter: [1, 3],
};

/** Words for work with no end (`Kontinuerlig`, `Løpende`, `Årlig`), bokmål and nynorsk. */
export const CONTINUOUS_WORDS = [
  'kontinuerlig', 'kontinuerleg', 'løpende', 'løpande', 'fortløpende', 'fortløpande', 'årlig', 'årleg',
  'hvert år', 'kvart år', 'pågående', 'pågåande', 'permanent',
] as const;

/**
 * Words of repetition that open a timeframe cell with the period after them (`Kvart år`, `Hvert år`, `Kvar haust`,
 * `Hver vår`), bokmål and nynorsk. Capitalised in the middle of a row's line they open the time cell; in lower case
 * they may be the text's own words (`… ei samling kvart år`).
 */
export const EVERY_WORDS = ['hvert', 'hver', 'kvart', 'kvar', 'annethvert', 'annakvart'] as const;
/** Periods after a word of repetition: `år`, `halvår`, `kvartal`, `måned`/`månad`, `uke`/`veke` (seasons are read too). */
export const REPEATED_PERIODS = ['år', 'halvår', 'kvartal', 'måned', 'månad', 'uke', 'veke', 'semester'] as const;

/** Adjectives of repetition that may describe the noun after them (`en årlig messe`) instead of a timeframe. */
export const REPETITION_ADJECTIVES = [
  'årlig', 'årleg', 'halvårlig', 'halvårleg', 'løpende', 'løpande', 'fortløpende', 'fortløpande', 'kontinuerlig', 'kontinuerleg',
] as const;

/** Words that stand alone as a whole timeframe cell, even in lower case (`uavklart`, `snarest`). */
export const STANDALONE_TIME_WORDS = [
  'uavklart', 'kontinuerlig', 'kontinuerleg', 'løpende', 'løpande', 'fortløpende', 'fortløpande', 'snarest', 'snarast',
] as const;

/** Words that open a deadline: `Innen mars 2015`, nynorsk `Innan`, `Frist: 1.6.2015`, `Seinast 2016`. */
export const DEADLINE_WORDS = [
  'innen', 'innan', 'senest', 'seinast', 'frist', 'frist:', 'før', 'fram mot', 'frem mot', 'ferdig', 'klar', 'levering',
] as const;

/** Words that open a start: `Fra 2015`, nynorsk `Frå 2015`, `Oppstart høsten 2014`, `Operativ fra 2015`. */
export const START_WORDS = [
  'fra', 'frå', 'fom', 'fom.', 'f.o.m.', 'oppstart', 'operativ fra', 'operativ frå', 'etter',
] as const;

/** Words that place work inside a period without making its end a deadline: `i løpet av 2015`, `ila 2015`. */
export const WITHIN_WORDS = ['ila', 'i.l.a.', 'i løpet av'] as const;

/** Words for the halves of a year: `første halvår 2015`, `2. halvdel 2015`, nynorsk `fyrste halvår`. */
export const FIRST_HALF_WORDS = ['første', 'fyrste', '1.'] as const;
export const SECOND_HALF_WORDS = ['siste', 'andre', '2.'] as const;
export const HALF_WORDS = ['halvår', 'halvåret', 'halvdel', 'halvdelen'] as const;

/** Word for a quarter: `1. kvartal 2015`; `Q1 2015` is read too. */
export const QUARTER_WORDS = ['kvartal', 'kvartalet'] as const;

/**
 * Words that open or make up a timeframe cell in an action table (`Innen`, `Fra`, `Løpende`, `Ved behov`).
 * Narrower than the deadline and start words: `før`, `klar`, `etter` are common in action texts.
 */
export const TIME_CELL_WORDS = [
  'innen', 'innan', 'fra', 'frå', 'fom', 'fom.', 'f.o.m', 'f.o.m.', 'ila', 'oppstart', 'operativ', 'frist', 'frist:', 'ved',
  'kontinuerlig', 'kontinuerleg', 'løpende', 'løpande', 'fortløpende', 'fortløpande', 'årlig', 'årleg',
  'uavklart', 'snarest', 'snarast', 'halvår', 'halvåret', 'halvdel', 'kvartal',
] as const;

/** Escapes a word for a regular expression and lets a space match any run of white space. */
function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * A regular-expression alternation of words, longest first, without anchors or flags.
 * @example wordAlternation(['fra', 'frå']) // 'fra|frå'
 */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
}

/** Month words as a regex alternation. @example new RegExp(`^(${MONTH_PATTERN})$`, 'i').test('Sept') // true */
export const MONTH_PATTERN = wordAlternation(Object.keys(MONTH_WORDS));
/** Full month names only, as a regex alternation. */
export const MONTH_NAME_PATTERN = wordAlternation(MONTH_NAMES);
/** Season words as a regex alternation. */
export const SEASON_PATTERN = wordAlternation(Object.keys(SEASON_WORDS));

/** Month number of a month word, full or short, any case. @example monthOf('Januar') // 1 */
export function monthOf(word: string): number | undefined {
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')];
}

/** Season of a season word, bokmål or nynorsk. @example seasonOf('Hausten') // 'høst' */
export function seasonOf(word: string): Season | undefined {
  return SEASON_WORDS[word.toLowerCase()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month. @example daysInMonth(2016, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date from its parts, or undefined when the day does not exist. @example isoDate(2015, 2, 30) // undefined */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A two-digit year read as this century: `14` → 2014. */
export function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** A date found in a text: the ISO date, where it starts and the text as written. */
export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

/** `02.01.2015`, `1.5.2014`, `31.12.14`, `1. 5. 2014` (a PDF may put a space after the dots). */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)/;

/**
 * Reads the first date written `dd.mm.yyyy` (or `d.m.yy`) in a text; an impossible day is no date.
 * @example readNumericDate('Frist 1.6.2015') // { iso: '2015-06-01', index: 6, text: '1.6.2015' }
 */
export function readNumericDate(text: string): FoundDate | undefined {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return undefined;
  const iso = isoDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
  return iso ? { iso, index: m.index, text: m[0] } : undefined;
}

/** `1. juni 2023`, `15. mars 2015`, `7. nov. 2024`. */
const WRITTEN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?!\\d)`, 'iu');

/**
 * Reads the first date written out with a month word in a text.
 * @example readWrittenDate('Møte 7. november 2024 kl. 10') // { iso: '2024-11-07', index: 5, text: '7. november 2024' }
 */
export function readWrittenDate(text: string): FoundDate | undefined {
  const m = WRITTEN_DATE.exec(text);
  if (!m) return undefined;
  const iso = isoDate(Number(m[3]), monthOf(m[2])!, Number(m[1]));
  return iso ? { iso, index: m.index, text: m[0] } : undefined;
}

/**
 * Reads the first day-precise date in a text, written either way; the earlier one wins.
 * @example readDate('Sist endret 7. november 2024') // { iso: '2024-11-07', … }
 */
export function readDate(text: string): FoundDate | undefined {
  const found = [readNumericDate(text), readWrittenDate(text)].filter((d): d is FoundDate => !!d);
  return found.sort((a, b) => a.index - b.index)[0];
}
