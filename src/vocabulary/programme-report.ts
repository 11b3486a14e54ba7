/**
 * Words of programme and project reports (sluttrapporter, statusrapporter, årsmeldinger for
 * næringsfond), bokmål and nynorsk entries in the same lists. Read off Byregionprogrammet's final
 * reports (Gjøvikregionen, Kongsbergregionen), regional development programmes (Hardanger) and
 * fund annual reports (Midt-Troms), and the label variants such reports use in both written standards.
 */

/**
 * Words that open an activity with its number: `Aktivitet 1.1: …`, `Delprosjekt 2: …`, `Prosjekt 3: …`
 * (programmes run as a set of projects), `Tiltak 2: …`, `Innsats 1: …` — bokmål and nynorsk write them alike.
 */
export const activityOpeners = [
  'Aktivitet',
  'Tilleggsaktivitet',
  'Delaktivitet',
  'Hovedaktivitet',
  'Hovudaktivitet',
  'Delprosjekt',
  'Tilleggsprosjekt',
  'Prosjekt',
  'Hovedprosjekt',
  'Hovudprosjekt',
  'Tiltak',
  'Deltiltak',
  'Innsats',
] as const;

/** The plain opener: an activity opened with it gets no `kindLabel`. */
export const plainActivityOpener = 'Aktivitet';

/** Levels above numbered activities: `Innsatsområde 1: …` followed by `1.1 Tittel`, `1.2 Tittel`. */
export const activityAreaLabels = ['Innsatsområde', 'Satsingsområde', 'Satsningsområde', 'Fokusområde', 'Hovedområde', 'Hovudområde'] as const;

/** The fields of an activity matrix. */
export type ActivityField = 'subGoal' | 'measures' | 'expectedResults' | 'effectGoals' | 'rationale' | 'milestones' | 'status' | 'recommendations' | 'involved';

/**
 * Row labels of an activity matrix, or labelled paragraphs (`Mål: …`, `Milepælar:`): a head and
 * optional tails (`Delmål for aktiviteten`). The first letter of a label must be a capital.
 */
export const activityFieldLabels: { field: ActivityField; heads: string[]; tails: string[] }[] = [
  { field: 'subGoal', heads: ['Delmål', 'Hovedmål', 'Hovudmål', 'Mål'], tails: ['for aktiviteten', 'for aktivitet', 'aktiviteten', 'aktivitet', 'for delprosjektet'] },
  { field: 'measures', heads: ['Tiltak'], tails: ['i aktiviteten', 'i aktivitet'] },
  { field: 'expectedResults', heads: ['Forventet', 'Forventede', 'Forventa', 'Venta'], tails: ['resultater', 'resultat'] },
  { field: 'effectGoals', heads: ['Effektmål'], tails: ['for aktiviteten', 'for aktivitet', 'aktiviteten', 'aktivitet'] },
  {
    field: 'rationale',
    heads: ['Begrunnelse', 'Grunngjeving'],
    tails: ['og beskrivelse av aktiviteten', 'og beskrivelse av aktivitet', 'og beskrivelse aktiviteten', 'og beskrivelse aktivitet', 'og beskrivelse', 'og skildring av aktiviteten', 'og skildring'],
  },
  { field: 'milestones', heads: ['Milepæler', 'Milepælar', 'Milepæl'], tails: ['med frister', 'og frister', 'med fristar', 'og fristar'] },
  { field: 'status', heads: ['Status'], tails: ['for aktiviteten', 'for aktivitet', 'for delprosjektet', 'aktiviteten', 'aktivitet', 'for'] },
  {
    field: 'recommendations',
    heads: ['Styringsgruppens anbefalinger', 'Styringsgruppens anbefaling', 'Styringsgruppa si tilråding', 'Anbefalinger', 'Anbefaling', 'Tilrådingar', 'Tilråding'],
    tails: ['for videre arbeid', 'for vidare arbeid'],
  },
  {
    field: 'involved',
    heads: ['Involverte', 'Involverte parter', 'Involverte aktører', 'Involverte partar', 'Involverte aktørar', 'Samarbeidspartnere', 'Samarbeidspartnarar', 'Samarbeidspartar', 'Partnere', 'Partnarar'],
    tails: [],
  },
];

/** Column words of a milestone table header: `Milepæl Dato Status`, `Milepælar Frist Status`. */
export const milestoneTableColumns = {
  milestone: ['Milepæl', 'Milepæler', 'Milepælar'],
  date: ['Dato', 'Frist', 'Tidspunkt', 'Når', 'Tidsfrist'],
  status: ['Status'],
} as const;

/**
 * Labels that number a milestone at the start of its line: a word and a number (`Milepæl 2: …`,
 * nynorsk `Milepæl` too) or an abbreviation written against the number (`M1 – …`, `MP3: …`).
 */
export const milestoneNumberWords = ['Milepæl', 'Milepel', 'Milepæl nr.', 'Milepæl nr'] as const;
export const milestoneNumberAbbreviations = ['M', 'MP'] as const;

/** Words that introduce a date after a milestone: `… gjennomført. Gjennomført 06.06.16`. */
export const milestoneDateLeads = ['gjennomført', 'ferdig', 'frist', 'innen', 'innan'] as const;

/**
 * Words of a milestone's state written where its date stands (`(utsett til 2025)`, `(ikkje gjennomført)`),
 * and in a milestone table's status column.
 */
export const milestoneStates = ['gjennomført', 'ikke gjennomført', 'ikkje gjennomført', 'utsatt', 'utsett', 'pågår', 'pågående', 'forsinket', 'forseinka', 'avlyst', 'ikke startet', 'ikkje starta', 'startet', 'starta', 'løpende'] as const;

/**
 * Titles of a report's own chapters, standing alone on their line (lower case; a prefix such as
 * `Prosjektets` and a tail such as `med anbefaling for videre arbeid` may go with them).
 */
export const reportChapterTitles = [
  'innledning', 'innleiing', 'bakgrunn', 'sammendrag', 'samandrag', 'oppsummering', 'forord', 'føreord',
  'målstruktur', 'mål', 'organisering', 'forankring', 'forankring og rapportering', 'økonomi', 'resultater', 'resultat',
  'gjennomføring', 'aktiviteter', 'aktivitetar', 'prosjekt', 'prosjekter', 'prosjekta', 'prosjektene',
  'delprosjekt', 'delprosjekter', 'delprosjekta', 'delprosjektene', 'status', 'status og anbefalinger', 'status og tilrådingar',
  'anbefalinger', 'anbefalinger for videre arbeid', 'tilrådingar', 'videre arbeid', 'vidare arbeid', 'evaluering',
  'finansiering', 'finansieringsplan', 'regnskap', 'rekneskap', 'budsjett', 'konklusjon', 'vedlegg',
];
/** Prefixes of a report's chapter titles: `Prosjektets målstruktur`, `Beskrivelse av aktiviteter`. */
export const reportChapterPrefixes = ['prosjektets', 'programmets', 'prosjektet sitt', 'programmet sitt', 'beskrivelse av', 'skildring av'];
