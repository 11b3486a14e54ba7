/**
 * Words of action tables (tiltakstabeller) in Norwegian plans: the column headings and what each column
 * holds, in both written standards. Gathered from the seeds (Lillehammer), the development corpus
 * (Sogn, Salten, Helgeland, Indre Østfold, Vest-Telemark, Orkland) and the header words other regional
 * plans use. One entry per line: adding a synonym is one line here; the parser (`parseTableHeader`),
 * the labelled-line reader (`Ansvar: …`) and the benchmark corpus generator all read this list.
 */

/** What a column of an action table holds. */
export type ColumnRole = 'number' | 'text' | 'responsible' | 'partners' | 'timeframe' | 'financing';

/** Written standard of a word: bokmål, nynorsk, or both. */
export type Standard = 'nb' | 'nn' | 'both';

/** A header word and the column role it names. */
export interface HeaderWord {
  word: string;
  role: ColumnRole;
  standard: Standard;
}

/** Every known column heading, lower-case, without a trailing `:` or `.`. */
export const HEADER_WORDS: readonly HeaderWord[] = [
  { word: 'nr', role: 'number', standard: 'both' },
  { word: 'tiltak', role: 'text', standard: 'both' },
  { word: 'aktivitet', role: 'text', standard: 'both' },
  { word: 'aktiviteter', role: 'text', standard: 'nb' },
  { word: 'aktivitetar', role: 'text', standard: 'nn' },
  { word: 'tiltaksbeskrivelse', role: 'text', standard: 'nb' },
  { word: 'tiltaksskildring', role: 'text', standard: 'nn' },
  { word: 'handling', role: 'text', standard: 'both' },
  { word: 'handlinger', role: 'text', standard: 'nb' },
  { word: 'hovedansvar', role: 'responsible', standard: 'nb' },
  { word: 'hovudansvar', role: 'responsible', standard: 'nn' },
  { word: 'ansvar', role: 'responsible', standard: 'both' },
  { word: 'ansvarlig', role: 'responsible', standard: 'nb' },
  { word: 'ansvarlige', role: 'responsible', standard: 'nb' },
  { word: 'ansvarleg', role: 'responsible', standard: 'nn' },
  { word: 'ansvarlege', role: 'responsible', standard: 'nn' },
  { word: 'hovedansvarlig', role: 'responsible', standard: 'nb' },
  { word: 'hovudansvarleg', role: 'responsible', standard: 'nn' },
  { word: 'ansvarshaver', role: 'responsible', standard: 'nb' },
  { word: 'samarbeidspartnere', role: 'partners', standard: 'nb' },
  { word: 'samarbeidspartnarar', role: 'partners', standard: 'nn' },
  { word: 'samarbeidspartner', role: 'partners', standard: 'nb' },
  { word: 'samarbeidspartnar', role: 'partners', standard: 'nn' },
  { word: 'samarbeidsparter', role: 'partners', standard: 'nb' },
  { word: 'samarbeidspart', role: 'partners', standard: 'both' },
  { word: 'samarbeidspartar', role: 'partners', standard: 'nn' },
  { word: 'samarbeidspartane', role: 'partners', standard: 'nn' },
  { word: 'samarbeidspartnarane', role: 'partners', standard: 'nn' },
  { word: 'samarbeidspartnerne', role: 'partners', standard: 'nb' },
  { word: 'samarbeid', role: 'partners', standard: 'both' },
  { word: 'partnere', role: 'partners', standard: 'nb' },
  { word: 'partnarar', role: 'partners', standard: 'nn' },
  { word: 'partner', role: 'partners', standard: 'nb' },
  { word: 'partnar', role: 'partners', standard: 'nn' },
  { word: 'medvirkende', role: 'partners', standard: 'nb' },
  { word: 'medverkande', role: 'partners', standard: 'nn' },
  { word: 'involverte', role: 'partners', standard: 'both' },
  { word: 'medansvar', role: 'partners', standard: 'both' },
  { word: 'bidragsytere', role: 'partners', standard: 'nb' },
  { word: 'tidsbruk', role: 'timeframe', standard: 'both' },
  { word: 'tidsramme', role: 'timeframe', standard: 'both' },
  { word: 'frist', role: 'timeframe', standard: 'both' },
  { word: 'frister', role: 'timeframe', standard: 'nb' },
  { word: 'fristar', role: 'timeframe', standard: 'nn' },
  { word: 'når', role: 'timeframe', standard: 'both' },
  { word: 'tidsplan', role: 'timeframe', standard: 'both' },
  { word: 'tidsperspektiv', role: 'timeframe', standard: 'both' },
  { word: 'tidspunkt', role: 'timeframe', standard: 'both' },
  { word: 'periode', role: 'timeframe', standard: 'both' },
  { word: 'tid', role: 'timeframe', standard: 'both' },
  { word: 'tidsrom', role: 'timeframe', standard: 'both' },
  { word: 'finansiering', role: 'financing', standard: 'both' },
  { word: 'kostnad', role: 'financing', standard: 'both' },
  { word: 'kostnader', role: 'financing', standard: 'nb' },
  { word: 'kostnadar', role: 'financing', standard: 'nn' },
  { word: 'budsjett', role: 'financing', standard: 'both' },
  { word: 'økonomi', role: 'financing', standard: 'both' },
  { word: 'kostnadsramme', role: 'financing', standard: 'both' },
  { word: 'ressurser', role: 'financing', standard: 'nb' },
  { word: 'ressursar', role: 'financing', standard: 'nn' },
  { word: 'ressursbehov', role: 'financing', standard: 'both' },
  { word: 'finansieringskilde', role: 'financing', standard: 'nb' },
  { word: 'finansieringskjelde', role: 'financing', standard: 'nn' },
];

const ROLE_OF = new Map(HEADER_WORDS.map((h) => [h.word, h.role]));

/**
 * The column role a header word names, if it is one.
 * @example headerRole('Samarbeidspartnarar') // 'partners'
 * @example headerRole('Nr.') // 'number'
 */
export function headerRole(word: string): ColumnRole | undefined {
  return ROLE_OF.get(word.toLowerCase().replace(/[:.]$/, ''));
}

/** The header words of one role, as a table writes them (capitalised). @example headerWordsOf('timeframe') // ['Tidsbruk', 'Tidsramme', …] */
export function headerWordsOf(role: ColumnRole): string[] {
  const words = [...new Set(HEADER_WORDS.filter((h) => h.role === role).map((h) => h.word))];
  return words.map((w) => w[0].toUpperCase() + w.slice(1));
}

/**
 * A unit in brackets after a header word: `Kostnad (1000 kr)`, `Budsjett (mill. kr)`, `Kostnad (NOK)`.
 * The cell then holds a bare amount (`1 200`), kept as written.
 */
export const HEADER_UNIT = /^\((?:\d[\d\s]*\s*)?(?:kr\.?|nok|mill\.?\s*kr\.?|tusen\s*kr|mnok|kroner|%)\)$/i;

/**
 * Lines inside an action table that sum up rather than name an action: `Sum satsingsområde 3.1 1 820`,
 * `Samlet kostnad 2025 3 730`, `Totalt 2 400`, `I alt`, `Sum tiltak`. Bokmål and nynorsk.
 */
export const SUBTOTAL_LINE = /^(?:sum|delsum|totalsum|totalt|i alt|samla?et?|samla|til saman|til sammen)\b(?:\s+(?:kostnad(?:er)?|kostnadar|for|tiltak|satsingsområde|innsatsområde|strategi|budsjett)\b)?[^a-zæøå]*(?:[a-zæøå.]+\s*){0,3}[\d\s.,]*\d$/i;

/**
 * A sentence under an action table that sums its money up (`Sum regionrådets budsjett 2026: 1 330 000 kroner.`,
 * `Totalt 2,4 mill. kr`, `Til saman 800 000 kr`): a sum word opening the line and an amount in it. Bokmål and nynorsk.
 */
export const SUM_SENTENCE = /^(?:sum|totalsum|totalt|i alt|til sammen|til saman|samlet|samla)\b.*\d[\d\s.,]*\s*(?:kr\.?|kroner|nok|mill\.?(?:\s*kr\.?)?)?\.?$/i;

/**
 * Legal forms and organisation heads that close an organisation's name: a cell `TINE SA Nortura SA` holds two
 * names, one after each `SA`. (A small list of our own; the actor register keeps the fuller one.)
 */
export const NAME_CLOSING_WORDS: readonly string[] = ['AS', 'ASA', 'SA', 'BA', 'IKS', 'KF', 'SF', 'HF', 'DA', 'ANS', 'NUF', 'FKF'];

/**
 * Words for a unit inside an organisation: after a comma they name a part of the body before it, not a second
 * actor (`Orkland kommune, landbruksforvaltningen`, `Vestland fylkeskommune, næringsavdelinga`). Word endings.
 */
export const ORGANISATION_UNIT_ENDINGS: readonly string[] = ['forvaltningen', 'forvaltninga', 'avdelingen', 'avdelinga', 'kontoret', 'etaten', 'seksjonen', 'seksjonen', 'tjenesten', 'tenesta', 'sektoren', 'staben', 'enheten', 'eininga'];

/**
 * Heads that end a public body's name in lower case (`Trøndelag fylkeskommune`, `Luster kommune`): a capitalised
 * word right after one, with no comma, opens the next name (`Trøndelag fylkeskommune SINTEF AS`).
 */
export const NAME_CLOSING_HEADS: readonly string[] = ['kommune', 'fylkeskommune', 'regionråd', 'fylkesmann', 'statsforvaltar', 'statsforvalter'];

/** Plural generic actors written after a slash (`Helgelandsrådet/kommunene`): the slash then joins two actors. */
export const GENERIC_PLURAL_ACTOR = /^(kommunene|kommunane|bedriftene|verksemdene|virksomhetene|næringslivet|regionråda|regionrådene|fylkeskommunane|fylkeskommunene)$/;

/**
 * Words after which a capitalised word continues the same phrase instead of opening a new cell
 * (`samarbeid med LKP`, `Regionrådet i Midt-Gudbrandsdalen`, `Universitetet for …`): prepositions, conjunctions,
 * articles and the abbreviations the seeds' tables use, bokmål and nynorsk, with the English `the`/`of` of names.
 */
export const CELL_CONNECTORS: readonly string[] = [
  'og', 'i', 'for', 'av', 'med', 'ved', 'v/', 'til', 'på', 'mot', 'fra', 'hos', 'om', 'under', 'mellom', 'blant', 'samt', 'eller', 'el', 'som',
  'at', 'å', '&', '+', '–', '-', '/', 'en', 'et', 'ei', 'den', 'det', 'de', 'der', 'innen', 'etter', 'ifbm', 'ift', 'jfr.', 'bl.a.', 'the', 'of',
];

/**
 * Prepositions whose object is the capitalised word after them, in an action's text (`til Statnett`, `på Helgeland`,
 * `langs Nasjonal turistveg`): that word belongs to the text, not to the cells. Bokmål and nynorsk.
 */
export const OBJECT_PREPOSITIONS: readonly string[] = ['i', 'på', 'til', 'for', 'av', 'med', 'mot', 'om', 'fra', 'frå', 'ved', 'langs', 'over', 'under', 'mellom', 'innen', 'innan', 'overfor'];

/**
 * Heads that make the place name before them an organisation in an action table's cells (`Oppland Fylkeskommune`,
 * `Tynset kommune`, `Gausdal næringsråd`): the two words are read as one actor.
 */
export const PLACE_ORGANISATION_HEAD = /^(fylkeskommune|kommune|regionråd|næringsråd|næringsforening|næringsforum|næringshage|kunnskapspark|bondelag|idrettskrets|høgskole|universitet)$/i;

/**
 * Word stems of a financing cell (`Innenfor rammen`, `Tilskudd 50 000`, `Egen drift`, `Avklares`): after a row's
 * time, a block holding one is the financing cell rather than the next row. Digits count too.
 */
export const FINANCING_CUE = /\d|\bkr\b|mill|tilskudd|midler|budsjett|finansier|egen|eksisterende|ramme|innenfor|drift|avklar/i;

/** Units of an amount in a financing cell after the time: `500 000 kr`, `2 mill.`, `NOK`. */
export const AMOUNT_UNIT_WORD = /^(kr\.?|nok|mill\.?)$/i;

/** First words of a one-line block that is a timeframe cell however long the line: `Oppstart …`, `Høsten …`, `2015 …`. */
export const TIME_CELL_OPENER = /^(oppstart|innen|fra|fom\.?|ila|høst(en)?|vår(en)?|vinter(en)?|sommer(en)?|(19|20)\d\d)$/i;

/** Nouns after which `ved` marks a time (`ved behov`, `ved revisjon`); elsewhere `ved` is a preposition (`NTNU ved …`). */
export const VED_TIME_NOUN = /^(behov|revisjon|rullering|oppstart)/i;

/** Time words that mark a timeframe only when a date, year, month or season follows soon (`fra 2015`, not `fra kommunene`). */
export const TIME_WORD_NEEDING_DATE = /^(fra|frå|innen|innan|ila|oppstart|operativ|frist:?|fom\.?)$/i;

/** Time words that are no date themselves: what follows a `TIME_WORD_NEEDING_DATE` must be something else. */
export const TIME_WORD_NOT_DATE = /^(fra|frå|innen|innan|ila|ved)$/i;
