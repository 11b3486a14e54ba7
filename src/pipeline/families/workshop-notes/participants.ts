/**
 * A workshop's participant list: `Navn, Organisasjon` lines, `Referent: Navn, Organisasjon` role
 * lines, or a flattened `Navn Organisasjon` table (its header repeated after a page break, a wrapped
 * organisation on the next line).
 */
import type { Person } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { participantTableColumns, roleLabels } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { cutNameOrganisation, personOf } from './people.ts';

/** `Prosessleder: Navn, Organisasjon`. */
export const ROLE_LINE = new RegExp(`^(${wordAlternation(roleLabels)})\\s*:\\s*(.+)$`, 'iu');
/** `Navn, Organisasjon` on one line; a comma inside brackets (`Navn (gardbrukar, Hå)`) is no such separator. */
const NAME_COMMA_ORGANISATION = /^[^,(]{3,60},\s*\S.{1,80}$/;
const TABLE_WORDS = new Set<string>(Object.values(participantTableColumns).flat().map((w) => w.toLowerCase()));
/** A bare page number between the rows of a table that runs over a page. */
const PAGE_NUMBER = /^\d{1,3}$/;

/** `Navn (Organisasjon)`. */
const NAME_BRACKET_ORGANISATION = /^([^(),]{3,60}?)\s*\(([^()]{2,80})\)$/u;

/** A participant written on one line, `Navn, Organisasjon` or `Navn (Organisasjon)`, a bullet before it or not. */
function personLine(raw: string): Person | undefined {
  const text = raw.replace(/^•\s*/, '');
  if (/[.:;]$/.test(text)) return undefined;
  if (NAME_COMMA_ORGANISATION.test(text)) return personOf(text);
  const b = NAME_BRACKET_ORGANISATION.exec(text);
  return b ? { name: b[1].trim(), organisation: b[2].trim() } : undefined;
}

/** A participant table's header: column words only, a name column among them. */
export function isParticipantTableHeader(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length >= 2 && words.every((w) => TABLE_WORDS.has(w)) && participantTableColumns.name.some((w) => words.includes(w.toLowerCase()));
}

export interface ParticipantReading {
  participants: Person[];
  /** Lines read as participants (shown as the participant table). */
  rows: SourceLine[];
  /** Lines read as a role (`Referent: …`) or a table header, shown as they are. */
  other: SourceLine[];
}

/** Adds a person unless the list already has the name (a `Referent:` line repeating a participant). */
function add(list: Person[], p: Person): void {
  if (!list.some((q) => q.name === p.name)) list.push(p);
}

/** Participants of a list's lines, in the order written; `text` is the whole document, the evidence for cutting table rows. */
export function readParticipants(lines: SourceLine[], text: string): ParticipantReading {
  const out: ParticipantReading = { participants: [], rows: [], other: [] };
  const table = lines.some((l) => isParticipantTableHeader(l.text));
  let row: SourceLine[] = [];
  const flushRow = () => {
    const person = row.length ? cutNameOrganisation(row.map((l) => l.text).join(' '), text) : undefined;
    if (person?.uncertain) person.uncertain.lines = [row[0].no, row[row.length - 1].no];
    if (person) add(out.participants, person);
    out.rows.push(...row);
    row = [];
  };
  for (const l of lines) {
    const role = ROLE_LINE.exec(l.text);
    // a wrapped organisation (`Evje og Hornnes` / `kommune`) continues the row above
    if (table && row.length && /^\p{Ll}/u.test(l.text)) row.push(l);
    else if (table && !role && !isParticipantTableHeader(l.text) && !PAGE_NUMBER.test(l.text)) {
      flushRow();
      row = [l];
    } else {
      flushRow();
      if (role) add(out.participants, personOf(role[2], role[1]));
      if (role || table) out.other.push(l);
      else if (personLine(l.text)) {
        out.rows.push(l);
        add(out.participants, personLine(l.text)!);
      } else out.other.push(l);
    }
  }
  flushRow();
  return out;
}
