/**
 * One line of an invitee list read as a person, in the orders notices use: `Namn, Organisasjon`,
 * `Namn, rolle, Organisasjon`, `Rolle Namn, Organisasjon` (`Ordfører Kari Nes, Lyngen kommune`),
 * `Rolle: Namn, Organisasjon`, `Namn (Organisasjon)`, `Namn, Organisasjon (rolle)`, `Namn – Organisasjon`,
 * `Namn, rolle i Organisasjon`, `Organisasjon: Namn (rolle)` (`Alta: Kari Nes (ordførar)`), and table rows without separators (`Namn Organisasjon`, `Namn Rolle Organisasjon`).
 * Role words are data (src/vocabulary/roles.ts, agenda.ts).
 */
import type { Person } from '../../../schemas/index.ts';
import { municipalityByName } from '../../../data/regions.ts';
import { COPY_TO, MEETING_LABELS, ROLE_ENDINGS, ROLE_STEMS } from '../../../vocabulary/agenda.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';

/** A role word, singular or plural (`Ordfører`, `Ordførere`, `medlemane`). */
export const ROLE = new RegExp(`^(${wordAlternation(ROLE_STEMS)})(?:${ROLE_ENDINGS.filter(Boolean).join('|')})?$`, 'iu');
/** A role (one or two words) before the name: `Ordfører Kari Nes`, `Dagleg leiar: Kari Nes`. */
const ROLE_FIRST = new RegExp(`^(${wordAlternation(ROLE_STEMS)})\\s*:?\\s+(?=\\p{Lu})`, 'iu');
/** A role with the organisation after a preposition: `ordfører i Lyngen`, `leiar for Fjord Vekst`. */
const ROLE_IN = new RegExp(`^(${wordAlternation(ROLE_STEMS)})\\s+(?:i|for|på|ved)\\s+(\\p{Lu}.*)$`, 'iu');
/** Separators between name and organisation other than a comma: a spaced dash. */
const DASH = /\s+[–-]\s+/;

/** Words before `kommune` that belong to the municipality's name. */
const NAME_PREFIX = /^(nordre|søndre|østre|vestre|indre|ytre|nord|sør|øvre|nedre|store|lille)$/i;
/** Most words a municipality's name has (`Evje og Hornnes`). */
const PLACE_WORDS_MAX = 3;

/** A person's name: two to five words, each capitalised (particles such as `von`, `de` allowed). */
export const isName = (t: string) => /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:von|van|de|der|af|av)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(t.trim());

/** Where a municipality named at the end of `words` starts (`… Nordreisa`, `… Evje og Hornnes`), leaving two name words or more. */
function municipalityAtEnd(words: string[]): number {
  for (let k = PLACE_WORDS_MAX; k >= 1; k--) {
    const at = words.length - k;
    if (at >= 2 && municipalityByName.has(words.slice(at).join(' '))) return at;
  }
  return -1;
}

/**
 * Splits `Anne Kristine Feltman Bærum kommune` into name and organisation: the organisation starts
 * at the place before `kommune`, at a word naming a region, at a municipality's name ending the line, or else after the first two words.
 * @example splitNameOrganisation('Asbjørn Lunde Elverum Vekst') // { name: 'Asbjørn Lunde', organisation: 'Elverum Vekst' }
 */
export function splitNameOrganisation(text: string, knownOrganisations: string[] = []): Person {
  const words = text.trim().split(/\s+/);
  const joined = words.join(' ');
  for (const org of [...knownOrganisations].sort((a, b) => b.length - a.length)) {
    if (joined.endsWith(' ' + org) && joined.length > org.length + 3) return { name: joined.slice(0, -org.length - 1), organisation: org };
  }
  let at = words.findIndex((w, i) => i >= 2 && /^kommune\b/i.test(w));
  if (at >= 3) {
    at -= 1;
    if (at >= 3 && NAME_PREFIX.test(words[at - 1])) at -= 1;
  } else at = words.findIndex((w, i) => i >= 2 && /\p{L}region(en|ens)?$/iu.test(w));
  if (at < 2) at = municipalityAtEnd(words);
  if (at < 2) at = Math.min(2, words.length - 1);
  if (words.length <= 2) return { name: joined };
  return { name: words.slice(0, at).join(' '), organisation: words.slice(at).join(' ') };
}

/** Takes a leading role off: `Ordfører Kari Nes, Lyngen kommune` → role `Ordfører` and the rest. */
function leadingRole(text: string): { role?: string; rest: string } {
  const m = ROLE_FIRST.exec(text);
  return m ? { role: m[1], rest: text.slice(m[0].length) } : { rest: text };
}

/** `Name, Organisation`, `Name, role, Organisation`, `Name, role i Organisation`, `Name – Organisation`. */
function separated(t: string): Person | undefined {
  const parts = (t.includes(',') ? t.split(',') : t.split(DASH)).map((s) => s.trim()).filter(Boolean);
  const [name, ...rest] = parts;
  if (!isName(name) || !rest.length) return undefined;
  const roleIn = rest.length === 1 ? ROLE_IN.exec(rest[0]) : null;
  if (roleIn) return { name, organisation: roleIn[2], role: roleIn[1] };
  if (rest.length === 1 && ROLE.test(rest[0])) return { name, role: rest[0] };
  const role = rest.length > 1 && (/^\p{Ll}/u.test(rest[0]) || ROLE.test(rest[0])) ? rest.shift() : undefined;
  return { name, organisation: rest.join(', '), ...(role ? { role } : {}) };
}

/** `Organisasjon: Namn`: a capitalised name of one to five words and no digits before the colon (`Alta`, `Finnmark fylkeskommune`). */
const ORGANISATION_FIRST = /^(\p{Lu}[^:\d,()]{1,60}?)\s*:\s+(\p{Lu}.*)$/u;
/** Most words an organisation written before the name may have. */
const ORGANISATION_WORDS_MAX = 5;

/**
 * `Organisasjon: Namn` and `Organisasjon: Namn, rolle` (`Alta: Kari Nes`, `Sametinget: Ola Sara, rådgjevar`); a
 * meeting's own label (`Sted:`, `Tid:`) is no organisation.
 */
function organisationFirst(t: string): Person | undefined {
  const m = ORGANISATION_FIRST.exec(t);
  if (!m || m[1].trim().split(/\s+/).length > ORGANISATION_WORDS_MAX) return undefined;
  if (Object.values(MEETING_LABELS).some((re) => re.test(`${m[1]}: `)) || COPY_TO.test(`${m[1]}:`)) return undefined;
  const [name, ...rest] = m[2].split(',').map((x) => x.trim());
  if (!isName(name)) return undefined;
  const role = rest.length === 1 && isRole(rest[0]) ? rest[0] : undefined;
  if (rest.length && !role) return undefined;
  return { name, organisation: m[1].trim(), ...(role ? { role } : {}) };
}

/** A table row without separators: `Namn Organisasjon`, or `Namn Rolle Organisasjon` when the table has a role column. */
function unseparated(t: string, roleColumn: boolean, known: string[]): Person | undefined {
  const words = t.split(' ');
  const r = roleColumn ? words.findIndex((w, i) => i >= 2 && ROLE.test(w)) : -1;
  if (r >= 2) return { name: words.slice(0, r).join(' '), role: words[r], ...(r + 1 < words.length ? { organisation: words.slice(r + 1).join(' ') } : {}) };
  if (/^\p{Lu}\S*\s+\p{Lu}/u.test(t) && words.length >= 2) return splitNameOrganisation(t, known);
  return undefined;
}

/** A role word, or a text that starts with one (`leiar`, `dagleg leiar i styret`). */
const isRole = (text: string) => ROLE.test(text.trim()) || ROLE_FIRST.test(`${text.trim()} X`) || ROLE_IN.test(text.trim());

/** A bracket after the person: a role (`(leiar)`, and any bracket when the organisation is given), else the organisation. */
function withBracket(person: Person, bracket: string): Person {
  const b = bracket.trim();
  if (isRole(b) || person.organisation) return { ...person, role: b };
  return { ...person, organisation: b };
}

/**
 * A person from one line of an invitee list, or undefined when the line is no person.
 * @example personOfLine('Ordfører Kari Nes, Lyngen kommune', false) // { name: 'Kari Nes', organisation: 'Lyngen kommune', role: 'Ordfører' }
 */
export function personOfLine(text: string, roleColumn: boolean, known: string[] = []): Person | undefined {
  let t = text.replace(/\s+/g, ' ').trim();
  const paren = /\s*\(([^)]+)\)$/.exec(t);
  if (paren) t = t.slice(0, paren.index).trim();
  const lead = leadingRole(t);
  const body = lead.rest;
  // `Namn (Organisasjon)`: the whole line before the bracket is the name
  if (paren && !isRole(paren[1]) && !body.includes(',') && isName(body)) return { name: body, organisation: paren[1].trim(), ...(lead.role ? { role: lead.role } : {}) };
  const orgFirst = lead.role ? undefined : organisationFirst(body);
  if (orgFirst) return paren ? withBracket(orgFirst, paren[1]) : orgFirst;
  // a dash may also stand inside an organisation's name (`Oslo kommune - Byrådsavdelingene`): then the row has no separator
  const person = body.includes(',') ? separated(body) : ((DASH.test(body) ? separated(body) : undefined) ?? unseparated(body, roleColumn, known));
  if (!person || !isName(person.name)) return undefined;
  const withRole = lead.role && !person.role ? { ...person, role: lead.role } : person;
  return paren ? withBracket(withRole, paren[1]) : withRole;
}
