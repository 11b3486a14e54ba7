import { describe, expect, test } from 'vitest';
import { personOfLine } from '../src/pipeline/families/meeting-agenda/person-line.ts';
import { findInvitees } from '../src/pipeline/families/meeting-agenda/people.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

/**
 * Invitee lines in the orders notices write them, role words from src/vocabulary/roles.ts (bokmål and nynorsk).
 * Whole notices with these lines: the fixtures agenda-hallingdal-role-first-invitees-in-head and
 * agenda-sunnfjord-namn-kommune-table (tests/meeting-agenda.test.ts). Names and places are made up.
 */
describe('an invitee line', () => {
  test('with the role first gives the role, the name and the organisation', () => {
    expect(personOfLine('Ordførar Siv Lunde, Stryn kommune', false)).toEqual({ name: 'Siv Lunde', organisation: 'Stryn kommune', role: 'Ordførar' });
    expect(personOfLine('Dagleg leiar Knut Aasen, Fjord Vekst AS', false)).toEqual({ name: 'Knut Aasen', organisation: 'Fjord Vekst AS', role: 'Dagleg leiar' });
    expect(personOfLine('Kommunedirektør: Berit Dahl, Lesja kommune', false)).toEqual({ name: 'Berit Dahl', organisation: 'Lesja kommune', role: 'Kommunedirektør' });
  });

  test('with the role between name and organisation, capitalised or not, or before «i»', () => {
    expect(personOfLine('Berit Dahl, Varaordfører, Lesja kommune', false)).toEqual({ name: 'Berit Dahl', organisation: 'Lesja kommune', role: 'Varaordfører' });
    expect(personOfLine('Knut Aasen, næringssjef i Skjåk kommune', false)).toEqual({ name: 'Knut Aasen', organisation: 'Skjåk kommune', role: 'næringssjef' });
  });

  test('with the organisation in brackets, or a role in brackets after the organisation', () => {
    expect(personOfLine('Siv Marie Lunde (Stryn kommune)', false)).toEqual({ name: 'Siv Marie Lunde', organisation: 'Stryn kommune' });
    expect(personOfLine('Siv Lunde, Stryn kommune (leiar)', false)).toEqual({ name: 'Siv Lunde', organisation: 'Stryn kommune', role: 'leiar' });
  });

  test('as a table row without separators ends the name where a municipality ends the row', () => {
    expect(personOfLine('Anne Grete Sletten Lesja', false)).toEqual({ name: 'Anne Grete Sletten', organisation: 'Lesja' });
    expect(personOfLine('Ordfører Anne Grete Sletten Lesja kommune', false)).toEqual({ name: 'Anne Grete Sletten', organisation: 'Lesja kommune', role: 'Ordfører' });
  });

  test('with a dash inside the organisation is split at the name, not at the dash', () => {
    expect(personOfLine('Kari Holm Oslo kommune - Bydel Frogner', false)).toEqual({ name: 'Kari Holm', organisation: 'Oslo kommune - Bydel Frogner' });
    expect(personOfLine('Kari Holm – Innovasjon Norge', false)).toEqual({ name: 'Kari Holm', organisation: 'Innovasjon Norge' });
  });
});

const line = (text: string, no: number): SourceLine => ({ no, text, raw: text, indented: false, bullet: false });

describe('an invitee list', () => {
  test('keeps a line it cannot place as written, marked uncertain, when people follow it', () => {
    const lines = ['Inviterte:', 'Siv Lunde, Stryn kommune', 'Representant frå Sametinget', 'Knut Aasen, Skjåk kommune', 'Med venleg helsing'].map((t, i) => line(t, i + 1));
    const list = findInvitees(lines)!;
    expect(list.people.map((p) => p.person.name)).toEqual(['Siv Lunde', 'Representant frå Sametinget', 'Knut Aasen']);
    expect(list.people[1].person.uncertain?.lines).toEqual([3, 3]);
    expect(list.people[0].person.uncertain).toBeUndefined();
  });

  test('ends at a sentence after the last person', () => {
    const lines = ['Inviterte:', 'Siv Lunde, Stryn kommune', 'Knut Aasen, Skjåk kommune', 'Forfall må meldast innan fredag.'].map((t, i) => line(t, i + 1));
    expect(findInvitees(lines)!.people).toHaveLength(2);
  });
});
