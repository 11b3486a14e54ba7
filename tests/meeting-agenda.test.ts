import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../src/pipeline/process.ts';
import { splitNameOrganisation, placeOfLine } from '../src/pipeline/families/meeting-agenda/index.ts';
import { unwrapTrackingLink } from '../src/pipeline/render/inline.ts';

/** Osloregionen, faggruppe for næringssamarbeid 7.11.2024; expectations read off the seed lines in the comments. */
const file = 'seeds/004_5318a11f292122d6.txt';
const p = processDocument({ file, bytes: readFileSync(path.join(import.meta.dirname, '..', file)) });
const agenda = p.document.agenda!;

describe('the Osloregionen agenda', () => {
  test('is recognised as a meeting agenda', () => expect(p.family).toBe('meeting-agenda'));

  test('reads date, time and place from the Tid and Sted lines (16, 18)', () => {
    expect(agenda.date).toBe('2024-11-07');
    expect(agenda.time).toBe('12:00');
    expect(agenda.endTime).toBe('13:00');
    expect(agenda.timeText).toBe('kl 12:00-13:00');
    expect(agenda.place).toBe('Oslo Rådhus, møteromssenteret (inngang sjøsiden)');
  });

  test('has the five agenda items (43–217)', () => {
    expect(agenda.items.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Godkjenning av innkalling og dagsorden',
      '2. Godkjenning av referat fra møte 12. september 2024',
      '3. Forslag til møteplan 2025',
      '4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.',
      '5. Eventuelt',
    ]);
  });

  test('has one round-table entry per member named as written, placed on its region, the misspelt Kongsvingerregoinen (155) included', () => {
    expect(agenda.roundTable.map((r) => r.who)).toEqual(['Ringeriksregionen', 'Elverum', 'Kongsvingerregoinen', 'Horten kommune', 'Lørenskog kommune']);
    expect(agenda.roundTable.map((r) => r.place)).toEqual(['Ringeriksregionen', 'Elverum', 'Kongsvingerregionen', 'Horten', 'Lørenskog']);
    const ringerike = agenda.roundTable[0];
    expect(ringerike.points).toHaveLength(3); // bullets on 59, 66, 69
    expect(ringerike.points[1]).toBe('Mobilitet er en gjennomgående utfordring for næringsutvikling i vår region. Særlig når det gjelder vei og kryssløsninger.');
    expect(agenda.roundTable[3].points).toHaveLength(3); // Horten: 188, 192, 195
    expect(agenda.roundTable[4].source.lines[0]).toBe(200);
  });

  test('reads the 45 invitees with their organisations (228–315)', () => {
    expect(agenda.invitees).toHaveLength(45);
    expect(agenda.invitees[0]).toEqual({ name: 'Anna Gyure-Szamosi', organisation: 'Fredrikstad kommune' });
    expect(agenda.invitees).toContainEqual({ name: 'Anne Kristine Feltman', organisation: 'Bærum kommune' });
    expect(agenda.invitees).toContainEqual({ name: 'Fredrik Salberg', organisation: 'Oslo Business Region' });
    expect(agenda.invitees).toContainEqual({ name: 'Terje Myrseth', organisation: 'Indre Østfold kommune' });
    expect(agenda.invitees).toContainEqual({ name: 'Gustav Weiberg-Aurdal', organisation: 'KS' });
  });

  test('takes the document date from the Dato line (6) and a title from the Sakskart line (37)', () => {
    expect(p.document.date).toBe('2024-11-01');
    expect(p.document.chapters.map((c) => c.id)).toEqual(['start', 'sak-1', 'sak-2', 'sak-3', 'sak-4', 'sak-5', 'inviterte']);
  });

  test('keeps tracking links in the text and they unwrap to the real address', () => {
    const text = JSON.stringify(p.document.chapters);
    const link = /https:\/\/eur04\.safelinks\.protection\.outlook\.com\/\?url=[^\s"]+/.exec(text)![0];
    expect(unwrapTrackingLink(link)).toBe('https://kongsvingerregionen.no/naering/kraftutfordringen/');
  });
});

describe('agenda helpers', () => {
  test('splits a name from an organisation', () => {
    expect(splitNameOrganisation('Kari Nordmann Sør-Odal kommune')).toEqual({ name: 'Kari Nordmann', organisation: 'Sør-Odal kommune' });
    expect(splitNameOrganisation('Per Hansen Hadelandregionen')).toEqual({ name: 'Per Hansen', organisation: 'Hadelandregionen' });
  });
  test('names the place a round-table line stands for', () => {
    expect(placeOfLine('Horten kommune')).toBe('Horten');
    expect(placeOfLine('Hadeland:')).toBe('Hadeland');
    expect(placeOfLine('Vi spisser oss i arbeidet med å tiltrekke oss ny næring.')).toBeUndefined();
  });
});

/**
 * Agendas of other regions, each `src/pipeline/families/meeting-agenda/fixtures/agenda-*∕input.txt` compared with an `expected.json`
 * written by hand from reading the input: date, time, place, items, round table, invitees.
 */
import { fixtureNames, loadFixtureDocument } from './helpers/fixture-documents.ts';

const agendaFixtures = fixtureNames('agenda-');

describe.each(agendaFixtures)('agenda fixture %s', (name) => {
  const { processed: q, expected } = loadFixtureDocument(name);
  const a = q.document.agenda;
  test('is recognised as a meeting agenda', () => expect(q.family).toBe(expected.family));
  test('reads the notice date and the meeting date, time and place', () => {
    expect({ documentDate: q.document.date, date: a?.date, time: a?.time, endTime: a?.endTime, place: a?.place }).toEqual({ documentDate: expected.documentDate, date: expected.date, time: expected.time, endTime: expected.endTime, place: expected.place });
  });
  test('reads the agenda items with their numbers', () => expect(a?.items.map((i) => [i.number, i.title])).toEqual(expected.items));
  test('reads one round-table entry per member with its points', () => expect(a?.roundTable.map((r) => ({ who: r.who, points: r.points }))).toEqual(expected.roundTable));
  test('reads the invitees with their organisations', () => expect(a?.invitees).toEqual(expected.invitees));
});

/**
 * Agendas of the development corpus (`tests/corpus/agenda-*`), with the ground truth written by hand
 * in `expected.json`: `Sak 19/24` listed and repeated as headings, nynorsk `PS 5/25`/`RS 1/25`,
 * round tables under `Runde rundt bordet` and `Orientering frå kommunane`, invitees under role headings
 * and as a `Namn Funksjon Representerer` table.
 */
const CORPUS = path.join(import.meta.dirname, 'corpus');
const corpusAgendas = readdirSync(CORPUS).filter((d) => d.startsWith('agenda-'));

describe.each(corpusAgendas)('corpus agenda %s', (slug) => {
  const q = processDocument({ file: `seeds/${slug}.txt`, bytes: readFileSync(path.join(CORPUS, slug, 'input.txt')) });
  const e = JSON.parse(readFileSync(path.join(CORPUS, slug, 'expected.json'), 'utf8'));
  const a = q.document.agenda!;
  test('reads the meeting date (not the letter date), start time and place', () => {
    expect({ date: a.date, time: a.time, timeText: a.timeText, place: a.place, documentDate: q.document.date }).toEqual({ date: e.meeting.date, time: e.meeting.time, timeText: e.meeting.timeText, place: e.meeting.place, documentDate: e.documentDate });
  });
  test('counts each item once, numbered as printed', () => expect(a.items.map((i) => ({ number: i.number, title: i.title }))).toEqual(e.meeting.items));
  test('reads one round-table entry per member, named as written, with its points', () => {
    expect(a.roundTable.map((r) => ({ name: r.who, points: r.points.length, pointTexts: r.points }))).toEqual(e.meeting.roundTable);
  });
  test('reads the invitees with organisation and role, and not the sender', () => expect(a.invitees).toEqual(e.meeting.invitees));
});

describe('agenda items carry their own proposed decision', () => {
  test('the numbered points under «Framlegg til vedtak» belong to their item and are no items themselves', () => {
    const slug = 'agenda-nordhordland-nynorsk-ps';
    const q = processDocument({ file: `seeds/${slug}.txt`, bytes: readFileSync(path.join(CORPUS, slug, 'input.txt')) });
    const item = q.document.agenda!.items.find((i) => i.number === 'PS 4/25')!;
    expect(item.decision).toEqual(['Regionrådet godkjenner framlegget til planprogram.', 'Kommunane peikar ut ein kontaktperson kvar til arbeidet innan 1. mai 2025.', 'Planutkast skal leggjast fram for regionrådet i desember 2025.']);
  });
});

describe('a nynorsk notice with a member table and copies', () => {
  const text = [
    'Innkalling til møte i Testregionrådet', '', 'Stad: Rådhuset, møterom 2', 'Dato: 4. april 2025', 'Tid: kl. 10.00–12.00', '',
    'Sakliste', '', 'Sak 7/25 Godkjenning av innkalling', '', 'Sak 8/25 Nytt frå kommunane', '',
    'Bø', '• Ny barnehage er opna.', '', 'Seljord:', '• Planen er vedteken.', '• Kaia er ferdig.', '',
    'Medlemer', '', 'Namn Kommune', 'Kari Lid Bø kommune', 'Per Aas Seljord kommune', '', 'Kopi til: Vestfold og Telemark fylkeskommune', '',
    'Med venleg helsing', 'Ola Nordmann', 'dagleg leiar',
  ].join('\n');
  const q = processDocument({ file: 'seeds/test.txt', bytes: new TextEncoder().encode(text) });
  const a = q.document.agenda!;
  test('reads Stad as the place and the written date as the meeting date', () => expect({ place: a.place, date: a.date, time: a.time, endTime: a.endTime }).toEqual({ place: 'Rådhuset, møterom 2', date: '2025-04-04', time: '10:00', endTime: '12:00' }));
  test('finds the round table under «Nytt frå kommunane»', () => expect(a.roundTable.map((r) => [r.who, r.points.length])).toEqual([['Bø', 1], ['Seljord', 2]]));
  test('reads the «Namn Kommune» table, and neither the copy line nor the sender is an invitee', () => {
    expect(a.invitees).toEqual([{ name: 'Kari Lid', organisation: 'Bø kommune' }, { name: 'Per Aas', organisation: 'Seljord kommune' }]);
  });
});

import { roundTableEntries } from '../src/pipeline/families/meeting-agenda/round-table.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

describe('a round table read line by line', () => {
  const at = (no: number, text: string, extra: Partial<SourceLine> = {}): SourceLine => ({ no, text, raw: text, indented: false, bullet: false, ...extra });
  const body = [
    at(10, 'Vinje'), at(11, 'Nytt kulturhus i Åmot opnar i haust.', { bullet: true }),
    at(13, 'Tokke'), at(14, 'Tokke kommune har tilsett ny næringssjef. Stillinga vart delt med'), at(15, 'Vinje.'),
    at(17, 'Side 2 av 3'), at(18, 'Telemark fylkeskommune', { indented: true }), at(19, 'Fylket lyser ut kompetansemidlar.', { bullet: true }),
    at(21, 'Forslag til vedtak:'), at(22, 'Orienteringane vert tekne til orientering.'),
  ];
  const entries = roundTableEntries(body, 'x.txt');
  test('takes a municipality with a paragraph and no bullet as an entry, an entry after a page line on its own, and stops at the proposed decision', () => {
    expect(entries.map((e) => [e.who, e.points.length])).toEqual([['Vinje', 1], ['Tokke', 1], ['Telemark fylkeskommune', 1]]);
    expect(entries[2].points).toEqual(['Fylket lyser ut kompetansemidlar.']);
  });
  test('places entries on the municipality register, and reads no short name as a neighbour one letter away', () => {
    expect(entries.map((e) => e.place)).toEqual(['Vinje', 'Tokke', undefined]);
    expect(placeOfLine('Tokkø')).toBeUndefined();
    expect(placeOfLine('Suldal')).toBe('Suldal');
  });
  test('leaves out a proposed decision written before the entries', () => {
    const first = roundTableEntries([at(1, 'Innstilling: Orienteringane vert tekne til orientering.'), at(3, 'Vinje'), at(4, 'Ny bru over elva.', { bullet: true })], 'x.txt');
    expect(first.map((e) => [e.who, e.points])).toEqual([['Vinje', ['Ny bru over elva.']]]);
  });
  test('takes no place ending a wrapped sentence as an entry', () => {
    const wrapped = roundTableEntries([at(1, 'Vinje'), at(2, 'Vegen er opna i samarbeid med', { bullet: true }), at(3, 'Tokke kommune.')], 'x.txt');
    expect(wrapped.map((e) => [e.who, e.points])).toEqual([['Vinje', ['Vegen er opna i samarbeid med Tokke kommune.']]]);
  });
});
