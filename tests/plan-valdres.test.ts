import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlanFixture } from './helpers/plan-fixture.ts';
import { normaliseText } from '../src/pipeline/normalise.ts';

/**
 * An unseen plan extracted double-spaced, like `002`: every line followed by an empty line, paragraph
 * breaks as lines holding a single space. Header synonyms `Aktivitet Ansvarlig Medvirkende Når`, `•` bullets
 * (also inside an action's text), `årlig` inside action text, a region name opening two actor names
 * (`Valdres Destinasjon`, `Valdres Næringsforum`), wrapped cells and an empty partner cell.
 * Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-valdres-double-spaced/input.txt';
const { p, actions, row } = loadPlanFixture(file);

describe('a double-spaced plan (Valdres)', () => {
  test('is recognised as a double-spaced plan', () => {
    expect(p.family).toBe('plan');
    expect(normaliseText(file, readFileSync(path.join(import.meta.dirname, '..', file), 'utf8')).profile.doubleSpaced).toBe(true);
  });

  test('keeps the numbered chapters', () => {
    expect(p.document.chapters.map((c) => [c.number ?? null, c.title])).toEqual([
      [null, 'Innledning'],
      ['1', 'Innledning'],
      ['2', 'Landbruk og lokalmat'],
      ['3', 'Hyttebasert næringsutvikling'],
    ]);
  });

  test('reads the strategies, the title wrapped over the empty line joined', () => {
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Styrke samarbeidet mellom lokalmatprodusentene og reiselivet', ['Aktivitet', 'Ansvarlig', 'Medvirkende', 'Når']],
      ['3.1', 'Bruke hytteeierne som ressurs for næringslivet', ['Aktivitet', 'Ansvarlig', 'Medvirkende', 'Når']],
      ['3.2', 'Flere lokale leveranser til hyttebyggingen', ['Aktivitet', 'Ansvarlig', 'Medvirkende', 'Når']],
    ]);
  });

  test('splits every action row into all its fields', () => {
    expect(actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3']);
    expect(row('2.1.1')).toEqual({ text: 'Etablere en felles salgskanal for lokalmat rettet mot hytteeierne', responsible: ['VNK'], partners: ['Produsentene', 'Valdres Destinasjon'], timeframe: { text: 'Innen 1. juni 2023', to: '2023-06-01' }, financing: undefined });
    // a whole row on one line; `årlig` here describes the fair, it opens no timeframe
    expect(row('2.1.2')).toEqual({ text: 'Arrangere en årlig lokalmatmesse', responsible: ['VNK'], partners: ['Valdres Destinasjon'], timeframe: { text: 'Høsten 2022', from: '2022-høst', to: '2022-høst' }, financing: undefined });
    // the text carries a `•` list; a footnote marker is glued to the responsible name
    expect(row('2.1.3')).toEqual({ text: 'Kartlegge hvilke serveringssteder som ønsker å bruke mer lokalmat: hoteller og fjellstuer kafeer langs E16', responsible: ['Valdres Destinasjon'], partners: ['Produsentene', 'Bondelaget'], timeframe: { text: '2023', from: '2023', to: '2023' }, financing: undefined });
    expect(actions.find((a) => a.number === '2.1.3')).toMatchObject({ responsibleText: 'Valdres Destinasjon[^1]', partnersText: 'Produsentene, Bondelaget' });
    // the partner cell wraps; the timeframe is a block of its own
    expect(row('2.1.4')).toEqual({ text: 'Utrede et felles slakteri og foredlingsanlegg for småskala produsenter', responsible: ['Vang kommune'], partners: ['Nortura', 'Innovasjon Norge', 'Bondelaget'], timeframe: { text: '2023–2024', from: '2023', to: '2024' }, financing: undefined });
    expect(row('3.1.1')).toEqual({ text: 'Opprette et hytteeierforum i hver kommune', responsible: ['Kommunene'], partners: ['Hytteeierforeningene'], timeframe: { text: 'Løpende', continuous: true }, financing: undefined });
    expect(row('3.1.2')).toEqual({ text: 'Gjennomføre en spørreundersøkelse blant hytteeierne om behov for tjenester', responsible: ['Valdres Næringsforum'], partners: ['VNK', 'kommunene'], timeframe: { text: 'Våren 2023', from: '2023-vår', to: '2023-vår' }, financing: undefined });
    // an empty partner cell (double space before the timeframe)
    expect(row('3.2.1')).toEqual({ text: 'Lage en oversikt over lokale håndverkere og leverandører', responsible: ['Valdres Næringsforum'], partners: [], timeframe: { text: 'Innen desember 2022', to: '2022-12' }, financing: undefined });
    expect(row('3.2.2')).toEqual({ text: 'Holde kurs i offentlige anskaffelser for små bedrifter', responsible: ['Kommunene'], partners: ['Valdres Næringsforum', 'NHO Innlandet'], timeframe: { text: 'Fra januar 2023', from: '2023-01' }, financing: undefined });
    // every cell in a block of its own, responsible and partners wrapped
    expect(row('3.2.3')).toEqual({ text: 'Invitere hytteeierne til en årlig næringsdag', responsible: ['Valdres natur- og kulturpark'], partners: ['Kommunene', 'hytteeierforeningene'], timeframe: { text: 'Årlig fra 2023', from: '2023', continuous: true }, financing: undefined });
    expect(actions.flatMap((a) => a.warnings)).toEqual([]);
  });

  test('reads the goals, the main goal in a block of its own under its label', () => {
    expect(p.goals.map((g) => [g.kind, g.chapterId, g.text])).toEqual([
      ['hovedmal', 'kapittel-2', 'Minst 40 produsenter av lokalmat i Valdres i 2026'],
      ['delmal', 'kapittel-3', 'Flere hytteeiere bruker lokale tjenester hele året'],
      ['delmal', 'kapittel-3', 'Økt verdiskaping fra hyttebygging i lokale bedrifter'],
    ]);
  });

  test('finds the acronym and the footnote', () => {
    expect(p.document.acronyms.map((a) => [a.short, a.long])).toEqual([['VNK', 'Valdres natur- og kulturpark']]);
    const notes = p.document.chapters[2].body.find((n) => n.type === 'footnotes');
    expect(notes).toMatchObject({ items: [{ n: '1', text: 'Valdres Destinasjon er reiselivsselskapet for hele regionen.' }] });
  });
});
