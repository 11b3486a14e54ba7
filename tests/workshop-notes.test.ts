import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../src/pipeline/process.ts';

/** Workshop on business in ATS Mjøsbyen; expectations read off the seed lines in the comments. */
const file = 'seeds/000_f4cd6d401eed3491.txt';
const p = processDocument({ file, bytes: readFileSync(path.join(import.meta.dirname, '..', file)) });
const w = p.document.workshop!;

describe('the Mjøsbyen workshop notes', () => {
  test('is recognised as workshop notes', () => expect(p.family).toBe('workshop-notes'));

  test('reads the seven programme items with their speakers, joined across wrapped lines (15–37)', () => {
    expect(w.programme).toHaveLength(7);
    expect(w.programme[1]).toEqual({ title: 'Kort introduksjon om ATS Mjøsbyen', speakers: [] });
    expect(w.programme[3]).toEqual({ title: 'Transport og reisevaner i Mjøsbyen', speakers: [{ name: 'Paul Berger', organisation: 'Statens vegvesen' }] });
    expect(w.programme[5].speakers).toEqual([{ name: 'Morten Ørbeck', organisation: 'Høgskolen i Innlandet' }]);
  });

  test('reads 19 participants and the process leader (45–68)', () => {
    expect(w.participants).toHaveLength(20);
    expect(w.participants[0]).toEqual({ name: 'Anne Vigdis Ellingsen', organisation: 'Elverum kommune' });
    expect(w.participants).toContainEqual({ name: 'Kjersti Granaasen', organisation: 'NHO' });
    expect(w.participants).toContainEqual({ name: 'Ingrid Øvsteng', organisation: 'Statens vegvesen', role: 'Prosessleder' });
  });

  test('has three tasks, each answered by three groups, with every bullet point', () => {
    expect(w.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(w.tasks.map((t) => t.groups.map((g) => g.points.length))).toEqual([[8, 4, 5], [8, 7, 7], [6, 4, 6]]);
    expect(w.tasks[2].question).toBe('Hva forventer dere at ATS Mjøsbyen skal gi svar på innen teamet næringsliv?');
    // a point wrapped over two lines (85–86)
    expect(w.tasks[0].groups[0].points[0]).toBe('Ønsker økt andel privat næring? Ønsker trend fra 2012 til nå. Nye tall om sysselsetting kom forrige uke.');
  });

  test('does not take the page footer (135) into the last point', () => {
    expect(w.tasks[0].groups[2].points.at(-1)).toBe('Ønske om økt andel privat næring - trender i næringsstruktur med oppdaterte tall.');
  });

  test('renders the participants as a table in the lead chapter', () => {
    const table = p.document.chapters[0].body.find((n) => n.type === 'table');
    expect(table && table.type === 'table' && table.rows.length).toBe(19);
  });
});

/**
 * Workshop notes of other regions, each `src/pipeline/families/workshop-notes/fixtures/workshop-*∕input.txt` compared with an
 * `expected.json` written by hand from reading the input: programme, participants, tasks → groups → points.
 */
import { fixtureNames, loadFixtureDocument } from './helpers/fixture-documents.ts';

const workshopFixtures = fixtureNames('workshop-');

describe.each(workshopFixtures)('workshop notes fixture %s', (name) => {
  const { processed: q, expected } = loadFixtureDocument(name);
  const ws = q.document.workshop;
  test('is recognised as workshop notes', () => expect(q.family).toBe(expected.family));
  test('reads the programme with its speakers', () => expect(ws?.programme).toEqual(expected.programme));
  test('reads the participants with organisation and role', () => expect(ws?.participants).toEqual(expected.participants));
  test('reads every task with its groups and their points', () => {
    expect(ws?.tasks.map((t) => ({ number: t.number, question: t.question, groups: t.groups }))).toEqual(expected.tasks);
  });
});

import { cutNameOrganisation } from '../src/pipeline/families/workshop-notes/people.ts';

describe('a participant table row with no separator between name and organisation', () => {
  const text = 'Program: Velkommen Tone Bjørgum, leder i Setesdal regionråd. Deltakere: Tone Bjørgum Setesdal regionråd; Halvor Straume Hovdestøylen Hotell AS';
  test('is cut after the name the document writes elsewhere', () => {
    expect(cutNameOrganisation('Tone Bjørgum Setesdal regionråd', text)).toEqual({ name: 'Tone Bjørgum', organisation: 'Setesdal regionråd' });
  });
  test('is cut after a surname when only the given-name list speaks, and marked uncertain', () => {
    const p = cutNameOrganisation('Halvor Straume Hovdestøylen Hotell AS', text);
    expect({ name: p.name, organisation: p.organisation }).toEqual({ name: 'Halvor Straume', organisation: 'Hovdestøylen Hotell AS' });
    expect(p.uncertain?.reason).toMatch(/kan også deles etter 3 ord/);
  });
});

import { groupLabelOf } from '../src/pipeline/families/workshop-notes/tasks.ts';
import { readTimedLines } from '../src/pipeline/families/workshop-notes/programme.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

const line = (no: number, text: string): SourceLine => ({ no, text, raw: text, indented: false, bullet: false });

describe('notes that name groups by table and write their lines in nynorsk (fixture workshop-sunnmore-bord-tapte-punkt)', () => {
  const { processed: q } = loadFixtureDocument('workshop-sunnmore-bord-tapte-punkt');
  test('takes the title from the kind-led line in capitals and the name under it (3–5)', () => {
    expect(q.document.title).toBe('Referat frå arbeidsmøte: Havrommet som ny næringsveg');
  });
  test('ends the last task at the heading after its lost-bullet groups, so the closing text is no point (47–51)', () => {
    const task2 = q.document.workshop!.tasks[1];
    expect(task2.source.lines[1]).toBeLessThan(47);
  });
});

describe('a group label', () => {
  test('is read with the word the notes use (`Bord 2`, `Team 3`), not always as `Gruppe`', () => {
    expect(groupLabelOf(line(1, 'Bord 2'))?.name).toBe('Bord 2');
    expect(groupLabelOf(line(1, 'Team 3:'))?.name).toBe('Team 3');
  });
  test('is not a sentence about a group that starts with its name', () => {
    expect(groupLabelOf(line(1, 'Bord 4 kom seint i gang.'))).toBeUndefined();
  });
});

describe('a programme line with the speaker after a dash', () => {
  const page = { breaks: new Set<number>(), width: 70 };
  test('splits off a speaker the participant list names, with the organisation after the comma', () => {
    const [it] = readTimedLines([line(1, '09:15 Status for fisket – Tor Aasen, Fiskarlaget Nord')], [{ name: 'Tor Aasen' }], page);
    expect(it.item).toEqual({ time: '09:15', title: 'Status for fisket', speakers: [{ name: 'Tor Aasen', organisation: 'Fiskarlaget Nord' }] });
  });
  test('marks a name the participant list and the given names do not know as uncertain', () => {
    const [it] = readTimedLines([line(1, '09:15 Reiseliv – Vikane Hamn, Herøy')], [], page);
    expect(it.item.title).toBe('Reiseliv');
    expect(it.item.speakers[0].uncertain?.reason).toMatch(/Vikane Hamn/);
  });
  test('leaves a dash followed by lower-case words in the title', () => {
    const [it] = readTimedLines([line(1, '09:15 Reiseliv – status og vegen vidare')], [], page);
    expect(it.item).toEqual({ time: '09:15', title: 'Reiseliv – status og vegen vidare', speakers: [] });
  });
  test('goes on to a capitalised line when it ran to the wrap width (a wrapped organisation)', () => {
    const lines = [line(1, '09:15 Status for fisket i regionen – Tor Aasen, Fiskarlaget'), line(2, 'Nord'), line(3, '10:00 Pause')];
    const items = readTimedLines(lines, [{ name: 'Tor Aasen' }], page);
    expect(items.map((i) => i.item.speakers[0]?.organisation ?? i.item.title)).toEqual(['Fiskarlaget Nord', 'Pause']);
  });
});
