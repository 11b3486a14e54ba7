/**
 * Words of meeting notices and agendas (møteinnkalling, sakskart, saksliste), bokmål and nynorsk in
 * the same lists. From the seeds' Osloregionen agenda, the corpus agendas (Fosen, Nordhordland) and
 * the notices printed by municipal case-handling systems (Elements, ePhorte, Acos: `PS 5/25`, `RS 1/25`,
 * `Saksnr Innhald Lukka`, `Møtestad:`, `Tidspunkt:`).
 */
import { MEETING_ROLES, PERSON_ROLES } from './roles.ts';

/** Title lines of a notice and the line that opens the list of items. */
export const AGENDA_TITLE = /^(?:møteinnkalling|innkalling til møte|innkalling|sakskart|saksliste|sakliste|dagsorden)\b/i;
export const AGENDA_LIST = /^(?:sakskart|saksliste|sakliste|dagsorden)\b/i;

/** The header of a saksliste laid out as a table (`Saksnr Innhald Lukka`, `Saksnr. Tittel`): not an item. */
export const AGENDA_LIST_HEADER = /^(?:saksnr\.?|sak\s*nr\.?)\s+(?:innhald|innhold|tittel|sak|sakstittel)\b/i;

/**
 * An agenda item: `Sak 19/24 Tittel`, `PS 5/25 Tittel`, `RS 1/25 Tittel`, `Sak 4. Tittel`, `Sak 4: Tittel`,
 * `1. Tittel`. Groups: prefix word (`Sak`, `PS`, `RS`), running number, `/year`, title.
 * `PS` (politisk sak) and `RS` (referatsak) are kept in the number; `Sak` is not.
 */
export const AGENDA_ITEM = /^(?:(sak|ps|rs|os|ds)\s+)?(\d{1,3})(\/\d{2,4})?(?:\s*[.:]|\s+[-–])?\s+(\p{Lu}.{1,150}|«.{2,150})$/iu;
/** Prefixes kept in an item's number (upper-cased): they tell item series apart (`PS 1/25` and `RS 1/25`). */
export const KEPT_ITEM_PREFIXES = ['ps', 'rs', 'os', 'ds'] as const;

/**
 * Who reports at a round table, in the definite plural (`kommunene`, `medlemskommunane`, `eigarane`): the
 * members of regional councils and partnerships as their notices name them.
 */
const ROUND_TABLE_MEMBERS = [
  'kommunene', 'kommunane', 'medlemskommunene', 'medlemskommunane', 'eierkommunene', 'eigarkommunane',
  'medlemmene', 'medlemene', 'medlemane', 'regionene', 'regionane', 'deltakerne', 'deltakarane',
  'partnerne', 'partnarane', 'eierne', 'eigarane',
];
const MEMBERS = ROUND_TABLE_MEMBERS.join('|');

/** The round-table item under its usual names (`Runde rundt bordet`, `Orienteringer fra medlemskommunene`, `Nytt frå kommunane`). */
export const ROUND_TABLE = new RegExp(
  `runde rundt bordet|rundt bordet|kommunerunde(?:n)?|orientering(?:ar|er)?\\s+(?:fra|frå)\\s+(?:${MEMBERS})|nytt\\s+(?:fra|frå)\\s+(?:${MEMBERS})|gjensidig orientering|orientering(?:ar|er)? om aktuelle saker`,
  'i',
);

/** Labels of the meeting's own fields. The value follows the colon. */
export const MEETING_LABELS = {
  date: /^(?:dato|møtedato|møtedag)\s*:\s*/i,
  time: /^(?:tid|tidspunkt|møtetid|klokkeslett)\s*:\s*/i,
  place: /^(?:sted|stad|møtested|møtestad|møterom)\s*:\s*/i,
  timeAndPlace: /^(?:tid og sted|tid og stad)\s*:\s*/i,
  body: /^(?:utval|utvalg|organ)\s*:\s*/i,
} as const;

/**
 * A summons naming who meets as its subject: `Rådet for Valdres natur- og kulturpark innkalles til møte`, nynorsk
 * `… vert kalla inn til møte`. Group 1 is the subject.
 */
export const SUMMONS = /^(.+?)\s+(?:innkalles|innkallast|blir innkalt|vert innkalla|blir kalt inn|vert kalla inn|kalles inn|kallast inn)\s+(?:med dette\s+)?til\s+(?:møte|møtet)\b/i;

/** Words for a body that are no names, written in lower case inside a title (`Møteinnkalling – rådet for …`). */
export const GENERIC_BODIES = [
  'rådet', 'styret', 'utvalget', 'utvalet', 'representantskapet', 'arbeidsutvalget', 'arbeidsutvalet', 'eierrådet', 'eigarrådet',
  'årsmøtet', 'forumet', 'nettverket', 'faggruppa', 'faggruppen', 'styringsgruppa', 'styringsgruppen',
] as const;

/**
 * Headings over the list of people invited or summoned, or over a group in it that names no role of its
 * own (`Innkalte`, `Medlemmer:`, nynorsk `Medlemar:`); bokmål and nynorsk.
 */
/** Words for the members or representatives a list names (`medlemmer`, nynorsk `medlemar`, `representantar`). */
const MEMBER_WORDS = ['medlemmer', 'medlemer', 'medlemar', 'varamedlemmer', 'varamedlemer', 'varamedlemar', 'representanter', 'representantar'];
/** Words put before MEMBER_WORDS in a heading (`Innkalla medlemmer`, `Faste medlemar`). */
const MEMBER_PREFIXES = ['innkalte', 'innkalla', 'inviterte', 'faste'];
export const INVITEE_HEADINGS: readonly string[] = [
  ...MEMBER_WORDS, ...MEMBER_PREFIXES.flatMap((p) => MEMBER_WORDS.map((w) => `${p} ${w}`)),
  'inviterte', 'invitert', 'andre inviterte', 'innkalte', 'innkalt', 'innkalla', 'deltakere', 'deltagere', 'deltakarar',
  'møtedeltakere', 'møtedeltakarar', 'til stede', 'mottakere', 'mottakarar',
];
export const INVITEE_HEADING = new RegExp(`^(?:${INVITEE_HEADINGS.join('|')})\\s*:?$`, 'i');

/**
 * Group headings in an invitee list that give the people below them a role (`Observatører:` → observatør),
 * heading → role; a person's own role (`(rådgiver)`) wins. From regional councils' notices, which list
 * observers (county, Sametinget, state agencies) and deputies apart from the members.
 */
export const INVITEE_GROUP_ROLES: Readonly<Record<string, string>> = {
  observatører: 'observatør', observatørar: 'observatør', observatør: 'observatør',
  vararepresentanter: 'vararepresentant', vararepresentantar: 'vararepresentant',
};

/** The role a group heading of INVITEE_GROUP_ROLES gives (`Observatører:` → `observatør`), else undefined. */
export function inviteeGroupRole(text: string): string | undefined {
  return INVITEE_GROUP_ROLES[text.replace(/\s*:\s*$/, '').trim().toLowerCase()];
}

/** `Kopi til:` and its kin: people who get the notice without being invited. */
export const COPY_TO = /^(?:kopi|kopi til|kopimottakere|kopimottakarar|gjenpart)\s*:/i;

/** Column words of an invitee table header (`Namn Funksjon Representerer`, `Fornavn Etternavn Organisasjon`). */
export const PERSON_COLUMNS = {
  name: /^(?:navn|namn|fornavn|førenamn|etternavn|etternamn)$/i,
  role: /^(?:funksjon|rolle|verv|tittel|stilling)$/i,
  organisation: /^(?:organisasjon|virksomhet|verksemd|kommune|representerer|representerar|institusjon|firma)$/i,
} as const;

/**
 * Roles a person has in a meeting or an organisation (the titles of src/vocabulary/roles.ts and the meeting's own roles); singular stems, so `Ordførere`, `Ordførarar` and
 * `Kommunedirektører` as group headings name the role of the people below them.
 */
export const ROLE_STEMS: readonly string[] = [...new Set([...PERSON_ROLES, ...MEETING_ROLES, 'rådmenn', 'sekretariatet'])];

/** Plural and definite endings of role stems in a group heading (`Ordførere`, `Medlemane`). */
export const ROLE_ENDINGS = ['', 'e', 'er', 'ar', 'ane', 'ene', 'mer', 'mar'] as const;
