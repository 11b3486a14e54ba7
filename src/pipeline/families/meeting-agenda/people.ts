/**
 * The people a notice invites: a list under `Inviterte`/`Innkalte`/`Medlemer`, one person a line, as
 * `Namn, Organisasjon (rolle)`, as a flattened table (`Namn Funksjon Representerer`), or as
 * `Fornavn Etternavn Organisasjon`; grouped under role headings (`Ordførere`). `Kopi til:` and the
 * signature end the list: they are not invitees.
 */
import type { Person } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { COPY_TO, INVITEE_HEADING, inviteeGroupRole, PERSON_COLUMNS } from '../../../vocabulary/agenda.ts';
import { GREETING } from '../../../vocabulary/letter.ts';
import { itemLineOf } from './items.ts';
import { personOfLine, ROLE, splitNameOrganisation } from './person-line.ts';

export { personOfLine, splitNameOrganisation } from './person-line.ts';

const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The role a group heading names, in the singular: `Ordførere` → `Ordfører`, `Vararepresentanter` → `Vararepresentant`, `Andre` → none. */
export function roleOfHeading(text: string): string | undefined {
  const group = inviteeGroupRole(text);
  if (group) return capitalised(group);
  const m = ROLE.exec(text.replace(/:$/, '').trim());
  return m ? capitalised(m[1]) : undefined;
}

/** A heading that opens the invitee list: `Innkalte`, `Medlemmer:`, or a group with a role of its own (`Observatørar:`). */
const opensInvitees = (text: string) => INVITEE_HEADING.test(text) || inviteeGroupRole(text) !== undefined;

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

/** Most words a line the list cannot read may have to be kept in it as a name (longer, it is prose after the list). */
const KEPT_WORDS_MAX = 8;

/**
 * A line inside the list that reads as no person (`Representant frå Sametinget`, `Kari Nes Lyngen og Storfjord`):
 * kept as written and marked uncertain when it is short, no sentence, and the line after it is a person again.
 */
function keptAsWritten(lines: SourceLine[], at: number, roleColumn: boolean, known: string[]): Person | undefined {
  const t = lines[at].text.replace(/\s+/g, ' ').trim();
  const next = lines[at + 1];
  if (!next || !/^\p{Lu}/u.test(t) || /[.!?:]$/.test(t) || t.split(' ').length > KEPT_WORDS_MAX) return undefined;
  if (classify(next).kind !== 'person' || !personOfLine(next.text, roleColumn, known)) return undefined;
  return { name: t, uncertain: { reason: 'linjen står i listen over inviterte, men navn, rolle og organisasjon kunne ikke skilles; beholdt som skrevet', lines: [lines[at].no, lines[at].no] } };
}

/**
 * Reads the invitees from the first invitee heading at or after `from` (indices in the non-blank lines) that
 * heads a list: a heading word used otherwise (`Medlemmer:` over a sentence) is passed by.
 */
export function findInvitees(lines: SourceLine[], from = 0): InviteeList | undefined {
  for (let i = from; i < lines.length; i++) {
    if (!opensInvitees(lines[i].text.trim())) continue;
    const list = inviteesFrom(lines, i);
    if (list) return list;
  }
  return undefined;
}

/** The invitee list under the heading at `start`, when it names two people or more. */
function inviteesFrom(lines: SourceLine[], start: number): InviteeList | undefined {
  const known = knownOrganisations(lines.slice(start + 1));
  const people: InviteeList['people'] = [];
  const heading = lines[start].text.trim();
  let role = INVITEE_HEADING.test(heading) ? undefined : roleOfHeading(heading);
  let roleColumn = false;
  let columns: InviteeList['columns'];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const c = classify(lines[end]);
    if (c.kind === 'stop') break;
    if (c.kind === 'group') role = c.role;
    else if (c.kind === 'header') ({ roleColumn, columns } = { roleColumn: c.roleColumn, columns: columns ?? c.columns });
    else {
      const person = personOfLine(c.line.text, roleColumn, known) ?? keptAsWritten(lines, end, roleColumn, known);
      if (!person) break;
      people.push({ person: role && !person.role ? { ...person, role } : person, line: c.line });
    }
  }
  return people.length >= 2 ? { start, end, people, ...(columns ? { columns } : {}) } : undefined;
}
