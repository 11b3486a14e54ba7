import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';
import { personOfLine } from '../src/pipeline/families/meeting-agenda/person-line.ts';

/**
 * An invented nynorsk notice: invitees written `Organisasjon: Namn (rolle)` under group headings (`Medlemar:`,
 * `Observatørar:`, `Vararepresentantar:`), and a round table under an item whose title names it, with one
 * entry whose bullets are lost and one whose point wraps. Line numbers in the comments are the notice's own.
 */
const text = [
  'Innkalling til møte i Fjordtun regionråd', // 1
  '',
  'Dato: 12. mai 2026', // 3
  'Tid: kl. 09.30–14.00',
  'Stad: Heradshuset i Etne, møterom Fjord', // 5
  '',
  'Medlemane vert med dette kalla inn til møte i regionrådet. Forfall må meldast til', // 7
  'sekretariatet så snart som råd, slik at vararepresentanten kan kallast inn. Lunsj vert',
  'servert i kantina.', // 9
  '',
  'Innkalla', // 11
  '',
  'Medlemar:', // 13
  'Etne: Solveig Hauge (ordførar)',
  'Sveio: Tor Arne Lid (ordførar)', // 15
  'Vindafjord: Ingrid Myklebust (varaordførar)',
  '',
  'Observatørar:', // 18
  'Vestland fylkeskommune: Per Olav Vik (rådgjevar)',
  'Representant frå Sametinget', // 20
  'Statsforvaltaren: Kari Sunde',
  '',
  'Vararepresentantar:', // 23
  'Etne: Nils Eide',
  '',
  'Kopi: kommunedirektørane i medlemskommunane', // 26
  '',
  'Sakliste', // 28
  'Sak 10/26 Godkjenning av innkalling',
  'Sak 11/26 Orienteringar frå medlemskommunane', // 30
  'Sak 12/26 Eventuelt',
  '',
  'Med venleg helsing', // 33
  'Ola Nordmann',
  'dagleg leiar', // 35
  '',
  'Sak 10/26 Godkjenning av innkalling', // 37
  'Framlegg til vedtak:',
  'Innkallinga vert godkjend.', // 39
  '',
  'Sak 11/26 Orienteringar frå medlemskommunane', // 41
  '',
  'Etne kommune', // 43
  '- Ny ferjekai i Skånevik vert opna i juni.',
  '- Kommunen har tilsett ein ny næringssjef.', // 45
  '',
  'Sveio kommune', // 47
  'Vegen over Vikebygd er open att.',
  'Kommunen startar arbeid med ny sentrumsplan i haust.', // 49
  '',
  'Vindafjord kommune', // 51
  '- Ølen Betong har fått ein stor kontrakt og tilset fleire',
  'fagarbeidarar i år.', // 53
  '',
  'Framlegg til vedtak:', // 55
  'Orienteringane vert tekne til orientering.',
  '',
  'Sak 12/26 Eventuelt', // 58
  'Ingen saker er melde inn.',
].join('\n');

const p = processDocument({ file: 'seeds/fjordtun.txt', bytes: new TextEncoder().encode(text) });
const agenda = p.document.agenda!;

describe('a nynorsk notice with invitees written «Organisasjon: Namn (rolle)»', () => {
  test('is read as a meeting agenda with its three items', () => {
    expect(p.family).toBe('meeting-agenda');
    expect(agenda.items.map((i) => `${i.number} ${i.title}`)).toEqual(['10/26 Godkjenning av innkalling', '11/26 Orienteringar frå medlemskommunane', '12/26 Eventuelt']);
  });

  test('reads each member line as organisation before the colon, name, and the role in brackets (14–16)', () => {
    expect(agenda.invitees.slice(0, 3)).toEqual([
      { name: 'Solveig Hauge', organisation: 'Etne', role: 'ordførar' },
      { name: 'Tor Arne Lid', organisation: 'Sveio', role: 'ordførar' },
      { name: 'Ingrid Myklebust', organisation: 'Vindafjord', role: 'varaordførar' },
    ]);
  });

  test('gives observers and deputies the role their group heading names when the line has none of its own (18–24)', () => {
    const rest = agenda.invitees.slice(3).map(({ name, organisation, role }) => ({ name, organisation, role }));
    expect(rest).toEqual([
      { name: 'Per Olav Vik', organisation: 'Vestland fylkeskommune', role: 'rådgjevar' },
      { name: 'Representant frå Sametinget', organisation: undefined, role: 'Observatør' },
      { name: 'Kari Sunde', organisation: 'Statsforvaltaren', role: 'Observatør' },
      { name: 'Nils Eide', organisation: 'Etne', role: 'Vararepresentant' },
    ]);
  });

  test('keeps a line in the list that names no person as written and marks it uncertain (20)', () => {
    const kept = agenda.invitees.find((i) => i.name === 'Representant frå Sametinget')!;
    expect(kept.uncertain?.lines).toEqual([20, 20]);
  });

  test('takes neither the copy line nor the signer as an invitee', () => {
    expect(agenda.invitees).toHaveLength(7);
    expect(agenda.invitees.map((i) => i.name)).not.toContain('Ola Nordmann');
  });

  test('finds the round table under «Orienteringar frå medlemskommunane», one entry per municipality (43–53)', () => {
    expect(agenda.roundTable.map((r) => [r.who, r.place, r.points.length])).toEqual([
      ['Etne kommune', 'Etne', 2],
      ['Sveio kommune', 'Sveio', 2],
      ['Vindafjord kommune', 'Vindafjord', 1],
    ]);
  });

  test('splits lines whose bullets were lost into one point each, joins a wrapped point, and leaves out the proposed decision', () => {
    expect(agenda.roundTable[1].points).toEqual(['Vegen over Vikebygd er open att.', 'Kommunen startar arbeid med ny sentrumsplan i haust.']);
    expect(agenda.roundTable[2].points).toEqual(['Ølen Betong har fått ein stor kontrakt og tilset fleire fagarbeidarar i år.']);
  });
});

describe('the organisation-first order line by line', () => {
  test('reads a name with a role after a comma', () => {
    expect(personOfLine('Sametinget: Berit Sara, rådgjevar', false)).toEqual({ name: 'Berit Sara', organisation: 'Sametinget', role: 'rådgjevar' });
  });
  test('takes a meeting label before a colon for no organisation', () => {
    expect(personOfLine('Stad: Heradshuset Etne', false)).toBeUndefined();
  });
  test('still reads a role before the colon as the role (`Leiar: Namn, Organisasjon`)', () => {
    expect(personOfLine('Leiar: Kari Nes, Fjordtun regionråd', false)).toEqual({ name: 'Kari Nes', organisation: 'Fjordtun regionråd', role: 'Leiar' });
  });
});
