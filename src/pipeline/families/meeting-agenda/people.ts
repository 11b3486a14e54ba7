/**
 * The people a notice invites: a list under `Inviterte`/`Innkalte`/`Medlemer`, one person a line, as
 * `Namn, Organisasjon (rolle)`, as a flattened table (`Namn Funksjon Representerer`), or as
 * `Fornavn Etternavn Organisasjon`; grouped under role headings (`Ordførere`). `Kopi til:` and the
 * signature end the list: they are not invitees.
 */
import type { Person } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { COPY_TO, INVITEE_HEADING, PERSON_COLUMNS, ROLE_ENDINGS, ROLE_STEMS } from '../../../vocabulary/agenda.ts';
import { GREETING } from '../../../vocabulary/letter.ts';
import { itemLineOf } from './items.ts';

/** Words before `kommune` that belong to the municipality's name. */
const NAME_PREFIX = /^(nordre|søndre|østre|vestre|indre|ytre|nord|sør|øvre|nedre|store|lille)$/i;

/**
 * Splits `Anne Kristine Feltman Bærum kommune` into name and organisation: the organisation starts
 * at the place before `kommune`, at a word naming a region, or else after the first two words.
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
  if (at < 2) at = Math.min(2, words.length - 1);
  if (words.length <= 2) return { name: joined };
  return { name: words.slice(0, at).join(' '), organisation: words.slice(at).join(' ') };
}

const ROLE = new RegExp(`^(${[...ROLE_STEMS].sort((a, b) => b.length - a.length).join('|')})(?:${ROLE_ENDINGS.filter(Boolean).join('|')})?$`, 'i');
/** The role a group heading names, in the singular: `Ordførere` → `Ordfører`, `Andre` → none. */
export function roleOfHeading(text: string): string | undefined {
  const m = ROLE.exec(text.replace(/:$/, '').trim());
  return m ? m[1].charAt(0).toUpperCase() + m[1].slice(1) : undefined;
}

/** A person's name: two to five words, each capitalised (particles such as `von`, `de` allowed). */
const isName = (t: string) => /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:von|van|de|der|af|av)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(t.trim());

/** `Name, Organisation (role)`, `Name, role, Organisation`, or a table row cut by its role word. */
export function personOfLine(text: string, roleColumn: boolean, known: string[] = []): Person | undefined {
  let t = text.replace(/\s+/g, ' ').trim();
  const paren = /\s*\(([^)]+)\)$/.exec(t);
  if (paren) t = t.slice(0, paren.index).trim();
  let person: Person | undefined;
  if (t.includes(',')) {
    const [name, ...rest] = t.split(',').map((s) => s.trim());
    if (!isName(name) || !rest.length) return undefined;
    const role = rest.length > 1 && /^\p{Ll}/u.test(rest[0]) ? rest.shift() : undefined;
    person = { name, organisation: rest.join(', '), ...(role ? { role } : {}) };
  } else {
    const words = t.split(' ');
    const r = roleColumn ? words.findIndex((w, i) => i >= 2 && ROLE.test(w)) : -1;
    if (r >= 2) person = { name: words.slice(0, r).join(' '), role: words[r], ...(r + 1 < words.length ? { organisation: words.slice(r + 1).join(' ') } : {}) };
    else if (/^\p{Lu}\S*\s+\p{Lu}/u.test(t) && words.length >= 2) person = splitNameOrganisation(t, known);
  }
  if (!person || !isName(person.name)) return undefined;
  return paren ? { ...person, role: paren[1].trim() } : person;
}

/** A table header of person columns: every word a column word (`Namn Funksjon Representerer`). */
function headerOf(text: string): { roleColumn: boolean; columns: NonNullable<InviteeList['columns']> } | undefined {
  const words = text.trim().split(/\s+/);
  const all = Object.values(PERSON_COLUMNS);
  if (words.length < 2 || !words.every((w) => all.some((re) => re.test(w))) || !words.some((w) => PERSON_COLUMNS.name.test(w))) return undefined;
  const of = (re: RegExp) => words.filter((w) => re.test(w)).join(' ') || undefined;
  return { roleColumn: words.some((w) => PERSON_COLUMNS.role.test(w)), columns: { name: of(PERSON_COLUMNS.name)!, role: of(PERSON_COLUMNS.role), organisation: of(PERSON_COLUMNS.organisation) } };
}

/** The invitee list: where it starts and ends, and each person with the line it came from. */
export interface InviteeList {
  start: number;
  end: number;
  /** The table header's own column words, when the list has one: `['Fornavn Etternavn', 'Organisasjon']`. */
  columns?: { name: string; role?: string; organisation?: string };
  people: { person: Person; line: SourceLine }[];
}

/** What a line inside the list is. */
type ListLine = { kind: 'stop' } | { kind: 'group'; role?: string } | ({ kind: 'header' } & NonNullable<ReturnType<typeof headerOf>>) | { kind: 'person'; line: SourceLine };

function classify(line: SourceLine): ListLine {
  const t = line.text.trim();
  if (GREETING.test(t) || COPY_TO.test(t) || itemLineOf(t)) return { kind: 'stop' };
  const header = headerOf(t);
  if (header) return { kind: 'header', ...header };
  if (INVITEE_HEADING.test(t)) return { kind: 'group' };
  const role = roleOfHeading(t);
  if (role || /^(?:andre|øvrige|gjester|gjestar)\s*:?$/i.test(t)) return { kind: 'group', role };
  return { kind: 'person', line };
}

/** Organisations named by at least two invitees, so a name + organisation line splits where the organisation starts. */
function knownOrganisations(lines: SourceLine[]): string[] {
  const count = new Map<string, number>();
  for (const l of lines) {
    const p = splitNameOrganisation(l.text.replace(/\s+/g, ' '));
    if (p.organisation) count.set(p.organisation, (count.get(p.organisation) ?? 0) + 1);
  }
  return [...count.entries()].filter(([, c]) => c >= 2).map(([o]) => o);
}

/** Reads the invitees from the first invitee heading at or after `from` (indices in the non-blank lines). */
export function findInvitees(lines: SourceLine[], from = 0): InviteeList | undefined {
  const start = lines.findIndex((l, i) => i >= from && INVITEE_HEADING.test(l.text.trim()));
  if (start < 0) return undefined;
  const known = knownOrganisations(lines.slice(start + 1));
  const people: InviteeList['people'] = [];
  let role: string | undefined;
  let roleColumn = false;
  let columns: InviteeList['columns'];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const c = classify(lines[end]);
    if (c.kind === 'stop') break;
    if (c.kind === 'group') role = c.role;
    else if (c.kind === 'header') ({ roleColumn, columns } = { roleColumn: c.roleColumn, columns: columns ?? c.columns });
    else {
      const person = personOfLine(c.line.text, roleColumn, known);
      if (!person) break;
      people.push({ person: role && !person.role ? { ...person, role } : person, line: c.line });
    }
  }
  return people.length >= 2 ? { start, end, people, ...(columns ? { columns } : {}) } : undefined;
}
